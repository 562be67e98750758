//! The snapshot file: versioned JSON, written atomically, refused (and left untouched) when it
//! cannot be trusted. The state is written and read through serde; older versions are read
//! through their own frozen types and written as the current one at the next snapshot:
//! version 1, from before score rows named their channels and topics by position, and
//! version 2, from before reviews were scheduled by FSRS (its Leitner boxes: `leitner`).

pub mod leitner;
mod v1;
mod v2;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::State;

pub const VERSION: u32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("cannot read the snapshot {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("the snapshot {path} is not a quizbot snapshot ({reason}); it was left as it is: fix or move it away to start with an empty state")]
    Corrupt { path: PathBuf, reason: String },
    #[error("the snapshot {path} has version {found}, and this quizbot reads versions 1 to {VERSION}; it was left as it is")]
    Version { path: PathBuf, found: u64 },
    #[error("the snapshot {path} is inconsistent: {reason}; it was left as it is")]
    Inconsistent { path: PathBuf, reason: String },
    #[error("cannot write the snapshot {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
}

#[derive(Deserialize)]
struct Header {
    version: u64,
}

#[derive(Serialize)]
struct Out<'a> {
    version: u32,
    state: &'a State,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct In {
    #[serde(rename = "version")]
    _version: u64,
    state: State,
}

fn document(state: &State) -> Out<'_> {
    Out {
        version: VERSION,
        state,
    }
}

/// The snapshot of `state`, in memory: the bytes [`save`] writes.
pub fn encode(state: &State) -> Vec<u8> {
    // Plain data with string keys: serialising into memory cannot fail.
    serde_json::to_vec(&document(state)).unwrap_or_default()
}

/// Parses a snapshot; `path` is only for the error message.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<State, SnapshotError> {
    let corrupt = |e: serde_json::Error| SnapshotError::Corrupt {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    let header: Header = serde_json::from_slice(bytes).map_err(corrupt)?;
    let state = match header.version {
        1 => v1::decode(bytes).map_err(corrupt)?,
        2 => v2::decode(bytes).map_err(corrupt)?,
        3 => serde_json::from_slice::<In>(bytes).map_err(corrupt)?.state,
        found => {
            return Err(SnapshotError::Version {
                path: path.to_owned(),
                found,
            })
        }
    };
    state
        .check()
        .map_err(|reason| SnapshotError::Inconsistent {
            path: path.to_owned(),
            reason,
        })?;
    Ok(state)
}

/// The saved state, or `None` when there is no snapshot yet.
pub fn load(path: &Path) -> Result<Option<State>, SnapshotError> {
    match fs::read(path) {
        Ok(bytes) => decode(path, &bytes).map(Some),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(SnapshotError::Read {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Writes `bytes` as the snapshot at `path`, atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SnapshotError> {
    crate::atomic_file::write(path, bytes).map_err(|source| SnapshotError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Encodes `state` straight into the snapshot at `path`, atomically, without a copy of the
/// whole document in memory (a million score rows are about 100 MB of JSON).
pub fn save(path: &Path, state: &State) -> Result<(), SnapshotError> {
    crate::atomic_file::write_with(path, |file| {
        let mut out = BufWriter::with_capacity(1 << 20, file);
        serde_json::to_writer(&mut out, &document(state))?;
        out.flush()
    })
    .map_err(|source| SnapshotError::Write {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_is_no_state() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(&dir.path().join("none.json")).unwrap().is_none());
    }

    #[test]
    fn write_creates_the_folder_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/quizbot.json");
        write_atomic(&path, &encode(&State::default())).unwrap();
        save(&path, &State::default()).unwrap();
        assert_eq!(load(&path).unwrap(), Some(State::default()));
        let files: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn a_snapshot_is_written_through_serde_and_read_back_the_same() {
        use crate::ids::{ChannelId, GuildId, UserId};
        use crate::scores::Scored;
        let mut state = State::default();
        for g in 0..50 {
            state.guild_mut(GuildId(g * 7_919)).scores.record(
                UserId(g),
                "ann",
                Scored {
                    channel: ChannelId(g),
                    topic: "t",
                    right: true,
                    points: 10,
                },
            );
        }
        state.next_open_id = 9;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quizbot.json");
        save(&path, &state).unwrap();
        let bytes = fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"{\"version\":3,"));
        assert_eq!(decode(&path, &bytes).unwrap(), state);
        assert_eq!(decode(&path, &encode(&state)).unwrap(), state);
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let p = Path::new("s.json");
        let cases: [(&[u8], &str); 6] = [
            (
                b"{\"version\":1,\"state\":{\"guil",
                "not a quizbot snapshot",
            ),
            (b"garbage", "not a quizbot snapshot"),
            (b"{\"state\":{}}", "missing field `version`"),
            (b"{\"version\":99,\"state\":{}}", "version 99"),
            (
                b"{\"version\":1,\"state\":{\"open\":{\"5\":{}}}}",
                "not a quizbot snapshot",
            ),
            (
                b"{\"version\":2,\"state\":{\"guilds\":{\"1\":{\"scores\":{\"members\":{\"2\":{}}}}}}}",
                "not a quizbot snapshot",
            ),
        ];
        for (bytes, needle) in cases {
            let text = decode(p, bytes).unwrap_err().to_string();
            assert!(text.contains("s.json") && text.contains(needle), "{text}");
        }
    }
}
