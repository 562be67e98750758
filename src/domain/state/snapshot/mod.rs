//! The snapshot file: versioned JSON, written atomically, refused (and left untouched) when it
//! cannot be trusted. Version 2 writes each score row as an array naming its channels and
//! topics by position (about a third of version 1's bytes); version 1 files are still read.

mod v1;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use serde::{Deserialize, Serialize};

use super::State;
use crate::atomic_file::WriteBehind;

pub const VERSION: u32 = 2;

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("cannot read the snapshot {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("the snapshot {path} is not a quizbot snapshot ({reason}); it was left as it is: fix or move it away to start with an empty state")]
    Corrupt { path: PathBuf, reason: String },
    #[error("the snapshot {path} has version {found}, and this quizbot reads versions 1 and {VERSION}; it was left as it is")]
    Version { path: PathBuf, found: u64 },
    #[error("the snapshot {path} is inconsistent: {reason}; it was left as it is")]
    Inconsistent { path: PathBuf, reason: String },
    #[error("cannot write the snapshot {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
}

#[derive(Serialize)]
struct Out<'a> {
    version: u32,
    state: &'a State,
}

#[derive(Deserialize)]
struct Header {
    version: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct In {
    #[serde(rename = "version")]
    _version: u64,
    state: State,
}

pub fn encode(state: &State) -> Vec<u8> {
    let mut out = Vec::new();
    // Serialising plain maps of owned data into memory cannot fail; an empty document would
    // be caught on load.
    let _ = encode_to(Bytes(&mut out), state);
    out
}

/// A byte vector for serde_json to write into. serde_json writes every bracket, comma and
/// colon on its own, and `Vec`'s own writer copies each with a call to `memcpy`.
struct Bytes<'a>(&'a mut Vec<u8>);

impl Write for Bytes<'_> {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match buf {
            [byte] => self.0.push(*byte),
            _ => self.0.extend_from_slice(buf),
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn encode_to(out: impl Write, state: &State) -> serde_json::Result<()> {
    serde_json::to_writer(
        out,
        &Out {
            version: VERSION,
            state,
        },
    )
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
        2 => serde_json::from_slice::<In>(bytes).map_err(corrupt)?.state,
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

/// Encodes `state` straight into the snapshot at `path`, atomically: no copy of the whole
/// document in memory (a million score rows are about 100 MB of JSON), the servers encoded by
/// two threads, and the first megabytes on their way to disk while the last are encoded.
pub fn save(path: &Path, state: &State) -> Result<(), SnapshotError> {
    crate::atomic_file::write_with(path, |file| {
        let mut out = BufWriter::with_capacity(1 << 20, WriteBehind::new(file));
        write_to(&mut out, state)?;
        out.flush()
    })
    .map_err(|source| SnapshotError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Servers are encoded in this many batches, the even ones by one thread and the odd ones by
/// another: small enough that a batch in flight is a megabyte or two at a million score rows.
const BATCHES: usize = 64;

/// The bytes of [`encode`], written as they are made. Encoding is most of a snapshot's time
/// (issue 9: about 400 ms of CPU for a million rows, against 270 ms to write and fsync the
/// bytes), and servers are nearly all of it, so two threads encode the batches of servers,
/// turn about, while this one only writes them in order. Writing waits on the disk at
/// times, and an encoder that also wrote stopped encoding meanwhile: issue 9 measured a
/// million rows saved in 335 ms to memory (tmpfs) but 560-600 ms to disk, nearly encoding
/// plus the disk's 300 ms; with the writing on a thread of its own, 480-490 ms.
///
/// The document's frame is written here by hand: the destructuring below stops the build when
/// `State` gains a field, and the valid-state property compares these bytes with `encode`'s.
fn write_to(out: &mut impl Write, state: &State) -> io::Result<()> {
    let State {
        guilds,
        reviews,
        open,
        next_open_id,
    } = state;
    write!(out, "{{\"version\":{VERSION},\"state\":{{\"guilds\":{{")?;
    let batch = &|at: usize, buf: &mut Vec<u8>| -> io::Result<()> {
        buf.clear();
        let mut json = serde_json::Serializer::new(Bytes(buf));
        serde::Serializer::collect_map(&mut json, guilds.part(at, BATCHES))?;
        Ok(())
    };
    std::thread::scope(|s| -> io::Result<()> {
        // Encoder `first` makes batches `first`, `first + 2`, ...; the second yields to the
        // bot's own threads, so that answers keep a core while a snapshot is written.
        let encoder = |first: usize| {
            let (done, finished) = mpsc::sync_channel::<io::Result<Vec<u8>>>(1);
            let (reuse, spare) = mpsc::channel::<Vec<u8>>();
            s.spawn(move || {
                if first == 1 {
                    lower_priority();
                }
                for at in (first..BATCHES).step_by(2) {
                    let mut buf = spare.try_recv().unwrap_or_default();
                    let made = batch(at, &mut buf).map(|()| buf);
                    // The writer hung up: it failed, and says why.
                    if done.send(made).is_err() {
                        return;
                    }
                }
            });
            (finished, reuse)
        };
        let encoders = [encoder(0), encoder(1)];
        let mut first = true;
        for at in 0..BATCHES {
            let (finished, reuse) = &encoders[at % 2];
            let buf = finished
                .recv()
                .map_err(|_| io::Error::other("a snapshot encoder stopped"))??;
            // Each batch is a JSON object: its entries are what lies between the braces.
            let entries = buf.get(1..buf.len().saturating_sub(1)).unwrap_or_default();
            if !entries.is_empty() {
                if !first {
                    out.write_all(b",")?;
                }
                out.write_all(entries)?;
                first = false;
            }
            let _ = reuse.send(buf);
        }
        Ok(())
    })?;
    out.write_all(b"},\"reviews\":")?;
    serde_json::to_writer(&mut *out, reviews)?;
    out.write_all(b",\"open\":")?;
    serde_json::to_writer(&mut *out, open)?;
    write!(out, ",\"next_open_id\":{next_open_id}}}}}")
}

/// Makes the calling thread yield to every other: nice 19, for this thread alone on Linux.
#[cfg(target_os = "linux")]
fn lower_priority() {
    // SAFETY: a plain system call about the calling thread, with no pointers.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 19);
    }
}

#[cfg(not(target_os = "linux"))]
fn lower_priority() {}

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
    fn save_writes_the_bytes_of_encode_whichever_thread_encoded_each_server() {
        use crate::ids::{ChannelId, GuildId, UserId};
        use crate::scores::Scored;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quizbot.json");
        let mut state = State::default();
        for g in 0..2_000u64 {
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
        save(&path, &state).unwrap();
        assert_eq!(fs::read(&path).unwrap(), encode(&state));
        assert_eq!(load(&path).unwrap(), Some(state));
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
