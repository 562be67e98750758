//! The layout's two rules, read from the source: only `src/discord/` names serenity or poise,
//! and no two modules import each other, directly or round a longer circle (in the adapter,
//! the modules of `src/` and of `src/discord/`; in the domain, those of `src/domain/`). A
//! module's parent is not counted: a folder's `mod.rs` declares its children and they use
//! its shared items, which is how a room of the crate is built.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's code before its tests, without comments.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or_default();
    before_tests
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module path of `file` under `root` (`discord/embeds/mod.rs` is `[discord, embeds]`).
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .strip_prefix(root)
        .unwrap()
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The paths `code` names from `crate::` or `super::`, resolved from `module`: each to its
/// first two names past the prefix (enough to tell a module of a folder).
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = ["crate::", "super::"]
        .iter()
        .filter_map(|p| code[at..].find(p).map(|i| at + i))
        .min()
    {
        let before = code[..found].chars().next_back();
        at = found + "crate::".len();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let mut base: Vec<String> = module.to_vec();
        // A `use` group may span lines: read the tail without its spaces.
        let tail: String = code[found..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(4096)
            .collect();
        let mut rest = tail.as_str();
        if let Some(r) = rest.strip_prefix("crate::") {
            base.clear();
            rest = r;
        } else {
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
        }
        for item in items(rest) {
            let mut path = base.clone();
            path.extend(item.into_iter().take(2));
            out.push(path);
        }
    }
    out
}

/// The names a path's tail starts with: `a::b::C` is one, `{a::B, c}` one per member.
fn items(tail: &str) -> Vec<Vec<String>> {
    let name = |s: &str| -> Vec<String> {
        s.split("::")
            .map(|p| {
                p.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|p| !p.is_empty())
            .collect()
    };
    let Some(group) = tail.strip_prefix('{') else {
        return vec![name(tail)];
    };
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.push(name(&group[start..i]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(name(&group[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.retain(|n| !n.is_empty());
    out
}

/// The import graph between the modules `node` maps files to.
fn graph(
    root: &Path,
    skip: impl Fn(&Path) -> bool,
    node: impl Fn(&[String]) -> Vec<String>,
) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    sources(root, &mut files);
    files.retain(|f| !skip(f));
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| node(&module_of(root, f))).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let module = module_of(root, file);
        let from = node(&module);
        for path in named_paths(&module, &code(file)) {
            let to = node(&path);
            if to != from && modules.contains(&to) && !from.starts_with(&to) {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    edges
}

/// A circle of imports, if there is one.
fn circle(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        at: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        trail: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(i) = trail.iter().position(|m| m == at) {
            let mut names: Vec<String> = trail[i..].iter().map(|m| m.join("::")).collect();
            names.push(at.join("::"));
            return Some(names);
        }
        if !done.insert(at.clone()) {
            return None;
        }
        trail.push(at.clone());
        for next in edges.get(at).into_iter().flatten() {
            if let Some(found) = visit(next, edges, trail, done) {
                return Some(found);
            }
        }
        trail.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|start| visit(start, edges, &mut Vec::new(), &mut done))
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn only_the_adapter_names_serenity_or_poise() {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let discord = src().join("discord");
    let outside: Vec<_> = files
        .iter()
        .filter(|f| !f.starts_with(&discord))
        .filter(|f| {
            let code = code(f);
            code.contains("serenity::") || code.contains("poise::")
        })
        .collect();
    assert!(
        outside.is_empty(),
        "serenity or poise outside src/discord/: {outside:?}"
    );
}

#[test]
fn no_module_of_the_adapter_imports_one_that_imports_it() {
    let domain = src().join("domain");
    let edges = graph(
        &src(),
        |f| f.starts_with(&domain),
        |m| match m.first().map(String::as_str) {
            Some("discord") => m.iter().take(2).cloned().collect(),
            _ => m.iter().take(1).cloned().collect(),
        },
    );
    assert!(edges.contains_key(&vec!["discord".to_owned(), "rounds".to_owned()]));
    assert_eq!(circle(&edges), None, "an import circle in src/");
}

#[test]
fn no_module_of_the_domain_imports_one_that_imports_it() {
    let edges = graph(
        &src().join("domain"),
        |_| false,
        |m| m.iter().take(1).cloned().collect(),
    );
    assert!(edges.contains_key(&vec!["app".to_owned()]));
    assert_eq!(circle(&edges), None, "an import circle in src/domain/");
}

#[test]
fn a_circle_is_found() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("a.rs"), "use crate::b::B;\n").unwrap();
    fs::write(
        root.path().join("b.rs"),
        "use super::{\n    c::{C, D},\n    d,\n};\n",
    )
    .unwrap();
    fs::write(
        root.path().join("c.rs"),
        "// use crate::a;\nfn f() { crate::a::g() }\n",
    )
    .unwrap();
    fs::write(root.path().join("d.rs"), "").unwrap();
    let first = |m: &[String]| m.iter().take(1).cloned().collect();
    let edges = graph(root.path(), |_| false, first);
    assert_eq!(
        circle(&edges),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    fs::write(root.path().join("c.rs"), "// use crate::a;\n").unwrap();
    assert_eq!(circle(&graph(root.path(), |_| false, first)), None);
}
