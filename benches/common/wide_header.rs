//! The costly upload: a CSV deck whose header names unknown columns up to a size, and one row.
//! Plain std, shared by the domain benches (through `common`) and the whole-bot bench (`e2e`,
//! by path), so that both send the same file.

/// A CSV of about `bytes` bytes (1 MiB in a full run: some 210,000 column names), refused for
/// its unknown columns once they are all read.
pub fn wide_header(bytes: usize) -> Vec<u8> {
    let mut text = String::from("question,answer");
    let mut n = 0;
    while text.len() < bytes - 100 {
        text.push_str(&format!(",c{n}"));
        n += 1;
    }
    text.push_str("\nQ?,A\n");
    text.into_bytes()
}
