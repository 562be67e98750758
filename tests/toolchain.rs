//! The toolchain the README names is the one the build needs: no locked package may ask for a
//! newer Rust than the workspace's `rust-version`, or a learner with that Rust gets a build error
//! far from anything they did.

use std::process::Command;

/// `1.88`, `1.88.0` -> (1, 88, 0); `None` for anything else.
fn version(text: &str) -> Option<(u64, u64, u64)> {
    let parts: Vec<u64> = text
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts[..] {
        [major] => Some((major, 0, 0)),
        [major, minor] => Some((major, minor, 0)),
        [major, minor, patch] => Some((major, minor, patch)),
        _ => None,
    }
}

#[test]
fn no_locked_package_needs_a_newer_rust_than_the_workspace_says() {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let packages = metadata["packages"].as_array().expect("a package list");
    let rust_version = |p: &serde_json::Value| p["rust_version"].as_str().map(str::to_owned);
    let ours = packages
        .iter()
        .find(|p| p["name"] == "quizbot")
        .and_then(rust_version)
        .expect("quizbot declares a rust-version");
    let ours = version(&ours).expect("a version number");
    let newer: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let wanted = rust_version(p)?;
            (version(&wanted)? > ours)
                .then(|| format!("{} {} needs Rust {wanted}", p["name"], p["version"]))
        })
        .collect();
    assert!(
        newer.is_empty(),
        "the workspace's rust-version ({}.{}) is older than what these locked packages need; \
         raise it in Cargo.toml and the README's quick start:\n{}",
        ours.0,
        ours.1,
        newer.join("\n")
    );
}

#[test]
fn versions_compare_by_number_not_by_text() {
    assert_eq!(version("1.88"), Some((1, 88, 0)));
    assert_eq!(version("1.88.1"), Some((1, 88, 1)));
    assert!(version("1.100").unwrap() > version("1.88.0").unwrap());
    assert_eq!(version("1.x"), None);
    assert_eq!(version("1.2.3.4"), None);
}
