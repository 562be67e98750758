//! Request bodies: JSON, or multipart/form-data with a `payload_json` part and file parts, as
//! serenity sends messages with attachments.

use serde_json::Value;

/// A request body taken apart.
pub(crate) struct Parsed {
    /// The JSON body, or the `payload_json` part of a multipart body.
    pub(crate) json: Option<Value>,
    /// Multipart file parts: (filename, bytes).
    pub(crate) files: Vec<(String, Vec<u8>)>,
    /// Each file part's `Content-Type` ("" without one), in the order of `files`.
    pub(crate) file_types: Vec<String>,
    /// The body, or its `payload_json` part, is there but is not JSON.
    pub(crate) not_json: bool,
}

/// The JSON body (or the `payload_json` part of a multipart body) and the multipart files.
pub(crate) fn parse(content_type: &str, body: &[u8]) -> Parsed {
    let Some(boundary) = content_type.split("boundary=").nth(1) else {
        let json = serde_json::from_slice(body).ok();
        let not_json = json.is_none() && !body.is_empty();
        return Parsed {
            json,
            files: Vec::new(),
            file_types: Vec::new(),
            not_json,
        };
    };
    let delimiter = format!("--{}", boundary.trim_matches('"'));
    let mut json = None;
    let mut not_json = false;
    let mut files = Vec::new();
    let mut file_types = Vec::new();
    for part in split(body, delimiter.as_bytes()) {
        let Some(head_end) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..head_end]);
        let data = &part[head_end + 4..];
        let data = data.strip_suffix(b"\r\n").unwrap_or(data);
        match (attribute(&head, "name"), attribute(&head, "filename")) {
            (_, Some(filename)) => {
                files.push((filename, data.to_vec()));
                file_types.push(header(&head, "content-type").unwrap_or_default());
            }
            (Some(name), None) if name == "payload_json" => {
                json = serde_json::from_slice(data).ok();
                not_json = json.is_none();
            }
            _ => {}
        }
    }
    Parsed {
        json,
        files,
        file_types,
        not_json,
    }
}

/// The value of header `name` (lowercase) among a part's header lines.
fn header(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_string())
    })
}

fn attribute(head: &str, key: &str) -> Option<String> {
    let pattern = format!(" {key}=\"");
    let start = head.find(&pattern)? + pattern.len();
    let len = head[start..].find('"')?;
    Some(head[start..start + len].to_string())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn split<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(at) = find(body, delimiter) {
        parts.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    parts
}
