//! The dashboard's signing key when `QUIZBOT_WEB_SECRET` is unset: made once from the
//! system's random source and kept beside the snapshot, readable by the bot's user only, so
//! links survive a restart.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use rand::TryRngCore as _;

use crate::config::MIN_SECRET_BYTES;

/// The key file for the snapshot at `state_path`.
pub fn path_beside(state_path: &Path) -> PathBuf {
    state_path.with_file_name("dashboard.key")
}

/// The key in `path`, made there first if there is none.
pub fn load_or_create(path: &Path) -> anyhow::Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(key) if key.len() >= MIN_SECRET_BYTES => return Ok(key),
        Ok(_) => anyhow::bail!(
            "the dashboard's key file {} is too short to be a key: remove it to make a new one (every link made so far stops working)",
            path.display()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(e).with_context(|| format!("cannot read the dashboard's key file {}", path.display()))
        }
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create {} for the dashboard's key", dir.display()))?;
    }
    let mut key = vec![0u8; MIN_SECRET_BYTES];
    rand::rngs::OsRng
        .try_fill_bytes(&mut key)
        .context("no random source for the dashboard's key")?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create the dashboard's key file {}", path.display()))?;
    file.write_all(&key)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write the dashboard's key file {}", path.display()))?;
    tracing::info!(path = %path.display(), "dashboard key made");
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = path_beside(&dir.path().join("state/quizbot.json"));
        assert_eq!(path, dir.path().join("state/dashboard.key"));
        let made = load_or_create(&path).unwrap();
        assert_eq!(made.len(), MIN_SECRET_BYTES);
        assert_eq!(load_or_create(&path).unwrap(), made, "kept, not made again");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, b"short").unwrap();
        let err = load_or_create(&path).unwrap_err().to_string();
        assert!(err.contains("too short"), "{err}");
    }
}
