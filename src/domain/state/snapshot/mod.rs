//! The snapshot file: versioned JSON, written atomically, refused (and left untouched) when it
//! cannot be trusted. Version 2 writes each score row as an array naming its channels and
//! topics by position (about a third of version 1's bytes); version 1 files are still read.
//! The document is written by hand (here and in `Scoreboard::write_json`: a snapshot is nearly
//! all score rows, and encoding them is most of its time) and read back through serde.

mod v1;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;

use serde::Deserialize;

use super::{GuildState, State};
use crate::atomic_file::WriteBehind;
use crate::ids::GuildId;

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

/// The snapshot of `state`, in memory: the bytes [`save`] writes.
pub fn encode(state: &State) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing plain data into memory cannot fail; an empty document would be caught on load.
    let _ = write_document(&mut out, state, |out: &mut Vec<u8>| {
        write_guilds(out, state.guilds.iter())
    });
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

/// Servers are encoded in this many batches: small enough that a batch in flight is a megabyte
/// or two at a million score rows, and that two encoders finish at about the same time.
const BATCHES: usize = 64;

/// Batches encoded, or waiting to be written, at once.
const IN_FLIGHT: usize = 4;

/// The snapshot document around its servers, which `guilds` writes: the frame is written by
/// hand, so that [`save`] can have the servers encoded on other threads. The destructuring
/// stops the build when `State` gains a field.
fn write_document<W: Write>(
    out: &mut W,
    state: &State,
    guilds: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    let State {
        guilds: _,
        reviews,
        open,
        next_open_id,
    } = state;
    write!(out, "{{\"version\":{VERSION},\"state\":{{\"guilds\":{{")?;
    guilds(out)?;
    out.write_all(b"},\"reviews\":")?;
    serde_json::to_writer(&mut *out, reviews)?;
    out.write_all(b",\"open\":")?;
    serde_json::to_writer(&mut *out, open)?;
    write!(out, ",\"next_open_id\":{next_open_id}}}}}")
}

/// `"id":{server},..`: the entries of the servers' map, without its braces.
fn write_guilds<'a>(
    out: &mut Vec<u8>,
    guilds: impl Iterator<Item = (&'a GuildId, &'a GuildState)>,
) -> io::Result<()> {
    for (i, (id, guild)) in guilds.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write!(out, "\"{id}\":")?;
        write_guild(out, guild)?;
    }
    Ok(())
}

/// A server as `GuildState`'s `Deserialize` reads it. The destructuring stops the build when
/// `GuildState` gains a field.
fn write_guild(out: &mut Vec<u8>, guild: &GuildState) -> io::Result<()> {
    let GuildState {
        scores,
        cycles,
        daily,
        daily_posted_before_off,
    } = guild;
    out.extend_from_slice(b"{\"scores\":");
    scores.write_json(out)?;
    out.extend_from_slice(b",\"cycles\":");
    serde_json::to_writer(Bytes(out), cycles)?;
    if let Some(daily) = daily {
        out.extend_from_slice(b",\"daily\":");
        serde_json::to_writer(Bytes(out), daily)?;
    }
    if let Some(date) = daily_posted_before_off {
        out.extend_from_slice(b",\"daily_posted_before_off\":");
        serde_json::to_writer(Bytes(out), date)?;
    }
    out.push(b'}');
    Ok(())
}

/// The bytes of [`encode`], written as they are made. Encoding is most of a snapshot's time,
/// and servers are nearly all of it, so two threads encode batches of servers while this one
/// only writes them, in order. Writing waits on the disk at times, and an encoder that also
/// wrote stopped encoding meanwhile (issue 9: 560-600 ms for a million rows against 480-490
/// with the writing on a thread of its own).
///
/// Each encoder takes the next batch not yet taken, so the faster one does more: with batches
/// dealt even and odd, the encoder that shared its core with the writer was late for every
/// other batch (issue 9: the writer waited 80 of a save's 110 ms while the encoders' work was
/// 75 ms each). An encoder takes a batch only with one of [`IN_FLIGHT`] buffers, which bounds
/// what waits in memory for its turn to be written.
fn write_to(out: &mut impl Write, state: &State) -> io::Result<()> {
    let next = AtomicUsize::new(0);
    let encode = |spare: &Mutex<Receiver<Vec<u8>>>, done: Sender<Made>| {
        lower_priority();
        // Until the writer stops: it then sends back no more buffers, nor takes batches.
        while let Some(mut buf) = spare.lock().ok().and_then(|spare| spare.recv().ok()) {
            let at = next.fetch_add(1, Ordering::Relaxed);
            if at >= BATCHES {
                return;
            }
            buf.clear();
            let made = write_guilds(&mut buf, state.guilds.part(at, BATCHES)).map(|()| buf);
            if done.send((at, made)).is_err() {
                return;
            }
        }
    };
    let encode = &encode;
    write_document(out, state, |out| {
        let (done, finished) = mpsc::channel();
        let (reuse, spare) = mpsc::channel();
        for _ in 0..IN_FLIGHT {
            let _ = reuse.send(Vec::new());
        }
        let spare = &Mutex::new(spare);
        // Moved in, so that the encoders see the writer stop even when it fails: dropped, the
        // channels end their waits.
        std::thread::scope(move |s| -> io::Result<()> {
            let second = done.clone();
            s.spawn(move || encode(spare, done));
            s.spawn(move || encode(spare, second));
            let mut waiting: Vec<Option<Vec<u8>>> = vec![None; BATCHES];
            let mut first = true;
            for at in 0..BATCHES {
                let entries = loop {
                    if let Some(entries) = waiting[at].take() {
                        break entries;
                    }
                    let (made_at, made) = finished
                        .recv()
                        .map_err(|_| io::Error::other("a snapshot encoder stopped"))?;
                    waiting[made_at] = Some(made?);
                };
                if !entries.is_empty() {
                    if !first {
                        out.write_all(b",")?;
                    }
                    out.write_all(&entries)?;
                    first = false;
                }
                let _ = reuse.send(entries);
            }
            Ok(())
        })
    })
}

/// A batch's number and its bytes.
type Made = (usize, io::Result<Vec<u8>>);

/// Makes the calling thread yield to every other: nice 19, for this thread alone on Linux.
/// Encoders yield to the bot's own threads, so that answers keep both cores while a snapshot
/// is written (issue 9: with one encoder at nice 0 taking every batch it could, answers'
/// handling p99 during a snapshot reached 1.6-1.9x idle in three runs of nine; with both at
/// nice 19, 0.7-1.2x in seven). A snapshot waits only while the bot is busy, and Discord
/// lets a bot receive about 50 requests a second. `SCHED_IDLE` was no better, and would
/// starve a snapshot on a host kept busy by anything else.
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

    /// `servers` servers of one member each.
    fn many_servers(servers: u64) -> State {
        use crate::ids::{ChannelId, UserId};
        use crate::scores::Scored;
        let mut state = State::default();
        for g in 0..servers {
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
        state
    }

    #[test]
    fn save_writes_the_bytes_of_encode_whichever_thread_encoded_each_server() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quizbot.json");
        let state = many_servers(2_000);
        save(&path, &state).unwrap();
        assert_eq!(fs::read(&path).unwrap(), encode(&state));
        assert_eq!(load(&path).unwrap(), Some(state));
    }

    /// A disk that fails part way: the writer stops, and so do the encoders that were ahead
    /// of it (were they left waiting, the snapshot would never return).
    #[test]
    fn a_write_that_fails_midway_stops_the_encoders_and_reports_it() {
        struct Fails {
            left: usize,
        }
        impl Write for Fails {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                if buf.len() > self.left {
                    return Err(io::Error::other("disk full"));
                }
                self.left -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let state = many_servers(2_000);
        let whole = encode(&state).len();
        for left in [0, 100, whole / 3, whole - 10] {
            let err = write_to(&mut Fails { left }, &state).unwrap_err();
            assert_eq!(err.to_string(), "disk full");
        }
        let mut room = Fails { left: whole };
        write_to(&mut room, &state).unwrap();
        assert_eq!(room.left, 0);
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
