//! Failure injection: [`Fail`] rules that make matching requests fail the way Discord's do.

use serde_json::json;

use crate::rest::{json_reply, Reply};

/// `retry_after` (seconds) of a 429 answer made by a [`Fail`] rule.
const RETRY_AFTER: f64 = 1.5;

/// Makes matching requests fail with Discord's error body `{"code", "message"}` (and, for 429,
/// `retry_after`/`global` and the `Retry-After`/`X-RateLimit-*` headers). A request matches if
/// its method is `method` and its path contains `path_contains`; `times: None` = every time.
#[derive(Clone, Debug)]
pub struct Fail {
    pub method: &'static str,
    pub path_contains: String,
    pub status: u16,
    pub code: u32,
    pub message: String,
    pub times: Option<usize>,
}

impl Fail {
    pub fn new(
        method: &'static str,
        path_contains: &str,
        status: u16,
        code: u32,
        message: &str,
    ) -> Fail {
        Fail {
            method,
            path_contains: path_contains.to_string(),
            status,
            code,
            message: message.to_string(),
            times: None,
        }
    }

    /// 403, code 50013 "Missing Permissions".
    pub fn missing_permissions(method: &'static str, path_contains: &str) -> Fail {
        Fail::new(method, path_contains, 403, 50013, "Missing Permissions")
    }

    /// 404, code 10003 "Unknown Channel".
    pub fn unknown_channel(method: &'static str, path_contains: &str) -> Fail {
        Fail::new(method, path_contains, 404, 10003, "Unknown Channel")
    }

    /// 429 "You are being rate limited." with `retry_after` 1.5 s.
    pub fn rate_limited(method: &'static str, path_contains: &str) -> Fail {
        Fail::new(method, path_contains, 429, 0, "You are being rate limited.")
    }

    /// Only the next `n` matching requests fail.
    pub fn times(self, n: usize) -> Fail {
        Fail {
            times: Some(n),
            ..self
        }
    }
}

/// The answer of the first rule of `rules` matching `method` and `path`, if any; a rule with
/// `times` left is used up by one.
pub(crate) fn apply(rules: &mut Vec<Fail>, method: &str, path: &str) -> Option<Reply> {
    let i = rules
        .iter()
        .position(|f| f.method.eq_ignore_ascii_case(method) && path.contains(&f.path_contains))?;
    let reply = reply(&rules[i]);
    if let Some(times) = &mut rules[i].times {
        *times -= 1;
        if *times == 0 {
            rules.remove(i);
        }
    }
    Some(reply)
}

fn reply(rule: &Fail) -> Reply {
    let mut body = json!({ "code": rule.code, "message": rule.message });
    if rule.status != 429 {
        return json_reply(rule.status, body);
    }
    body["retry_after"] = json!(RETRY_AFTER);
    body["global"] = json!(false);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    let reset = now.unwrap_or_default().as_secs_f64() + RETRY_AFTER;
    let mut reply = json_reply(429, body);
    reply.headers.extend([
        ("retry-after", RETRY_AFTER.ceil().to_string()),
        ("x-ratelimit-limit", "5".into()),
        ("x-ratelimit-remaining", "0".into()),
        ("x-ratelimit-reset", format!("{reset:.3}")),
        ("x-ratelimit-reset-after", format!("{RETRY_AFTER:.3}")),
        ("x-ratelimit-bucket", "double".into()),
        ("x-ratelimit-scope", "user".into()),
    ]);
    reply
}
