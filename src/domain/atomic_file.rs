//! Replacing a file so that a crash at any moment leaves either the old or the new file whole:
//! write a temporary file beside it, fsync it, rename it over, fsync the folder.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |file| file.write_all(bytes))
}

/// Like [`write`], with `fill` writing the contents into the temporary file.
pub fn write_with(path: &Path, fill: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    // One fixed name: writes to one path are serialised by their owner, and a crash's leftover
    // is truncated by the next write. The leading dot keeps it out of `*.json` deck listings.
    let tmp = dir.join(format!(".{name}.tmp"));
    let written = (|| {
        let mut file = File::create(&tmp)?;
        fill(&mut file)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        File::open(dir)?.sync_all()
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

/// A file written front to back whose pages start going to disk every few megabytes, while
/// the rest is still being written: the closing fsync then waits for the tail, not for the
/// whole file. (The kernel alone starts writing back only when dirty pages pass a share of
/// memory, so a 100 MB snapshot otherwise waited for all of its bytes in the fsync.)
pub struct WriteBehind<'a> {
    file: &'a mut File,
    written: u64,
    /// Where the bytes not yet sent to disk start.
    pending: u64,
}

impl<'a> WriteBehind<'a> {
    const STEP: u64 = 8 << 20;

    pub fn new(file: &'a mut File) -> Self {
        WriteBehind {
            file,
            written: 0,
            pending: 0,
        }
    }
}

impl Write for WriteBehind<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.pending >= Self::STEP {
            start_writeback(self.file, self.pending, self.written - self.pending);
            self.pending = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(target_os = "linux")]
fn start_writeback(file: &File, offset: u64, len: u64) {
    use std::os::fd::AsRawFd;
    let (Ok(offset), Ok(len)) = (i64::try_from(offset), i64::try_from(len)) else {
        return;
    };
    // SAFETY: the descriptor stays open while `file` is borrowed, and the call takes no
    // pointers: it only queues the writing of that file's pages. Its result is a hint's: the
    // closing fsync reports every write error.
    unsafe {
        libc::sync_file_range(file.as_raw_fd(), offset, len, libc::SYNC_FILE_RANGE_WRITE);
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_: &File, _: u64, _: u64) {}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_the_file_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/file.json");
        super::write(&path, b"one").unwrap();
        super::write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }
}
