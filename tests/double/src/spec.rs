//! Discord's published OpenAPI 3.1 spec as the judge of every REST request the double receives:
//! the route and method must be in it, and a JSON body (or a multipart body's `payload_json`)
//! must validate against the operation's request schema (JSON Schema 2020-12, whose `$ref`s
//! point into the spec's `components`). What the double answers is its own business; what the
//! bot sends must be what Discord documents, or it would fail on Discord while passing here.
//!
//! The spec is read once per process from `../shared/discord-openapi.json` beside the repository
//! when it is there, else from the copy in `spec/` (Discord's discord-api-spec repository,
//! `specs/openapi.json`, MIT; see `spec/README.md`). Validators are compiled once per operation.
//! Where the spec is narrower than what Discord documents and accepts, `QUIRKS` widens the one
//! field, each with its reason; nothing else is exempt.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Registry, ValidationError, Validator};
use serde_json::{json, Value};

/// The URI the spec is registered under, so that a schema's `#/components/...` resolves in it.
const SPEC_URI: &str = "https://discord.com/api/v10/openapi.json";

/// The prefix of every API path serenity requests (`/api/v10` is the spec's server URL).
const API: &str = "/api/v10";

/// A permission bit set as Discord documents it: a string of digits.
const PERMISSION_STRING: &str = r#"{ "type": "string", "pattern": "^[0-9]{1,20}$" }"#;

/// Fields whose spec schema is narrower than what Discord documents and accepts: (JSON pointer
/// into the spec, the schema also accepted there). Each field's schema becomes `anyOf` [the
/// spec's, this one].
const QUIRKS: &[(&str, &str)] = &[
    // Permission bit sets: the spec types `default_member_permissions` as an integer, while
    // Discord's documentation gives it as a string ("?string") and serenity sends it as one (a
    // bit set outgrows the 53 bits a JSON number keeps exactly in many clients).
    (
        "/components/schemas/ApplicationCommandCreateRequest/properties/default_member_permissions",
        PERMISSION_STRING,
    ),
    (
        "/components/schemas/ApplicationCommandPatchRequestPartial/properties/default_member_permissions",
        PERMISSION_STRING,
    ),
    (
        "/components/schemas/ApplicationCommandUpdateRequest/properties/default_member_permissions",
        PERMISSION_STRING,
    ),
    // A new upload's attachment id: the spec types it as a snowflake string, while Discord's
    // "Uploading Files" documentation numbers new uploads `"id": 0, 1, ...` as integers, and
    // serenity sends them so.
    (
        "/components/schemas/MessageAttachmentRequest/properties/id",
        r#"{ "type": "integer", "minimum": 0 }"#,
    ),
];

/// A request that does not conform to Discord's spec.
#[derive(Clone, Debug)]
pub struct Violation {
    pub method: String,
    /// The request's path, e.g. `/api/v10/channels/42/messages`.
    pub path: String,
    /// The spec's route it matched, e.g. `/channels/{channel_id}/messages`; `None` if none.
    pub route: Option<String>,
    /// JSON pointer to the offending part of the body ("" for the body as a whole).
    pub at: String,
    /// The validator's (or the route check's) message.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let route = self.route.as_deref().unwrap_or("no route of the spec");
        let at = if self.at.is_empty() { "/" } else { &self.at };
        write!(
            f,
            "{} {} ({route}): at {at}: {}",
            self.method, self.path, self.message
        )
    }
}

/// A request's body, as far as the spec check cares.
pub(crate) enum Body<'a> {
    /// No body, or a multipart body without a `payload_json` part.
    None,
    /// The JSON body, or a multipart body's `payload_json`.
    Json(&'a Value),
    /// A body that should have been JSON and is not.
    NotJson,
}

/// Where the spec is read from: `../shared/discord-openapi.json` beside the repository if it is
/// there, else the copy in this crate.
pub(crate) fn spec_file() -> PathBuf {
    let shared = shared_spec_file();
    if shared.is_file() {
        shared
    } else {
        copied_spec_file()
    }
}

fn shared_spec_file() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/discord-openapi.json"
    ))
}

fn copied_spec_file() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/discord-openapi.json"
    ))
}

/// The violations of one request, none if it conforms. Paths outside `/api/v10/` (the double's
/// stand-in for Discord's CDN, which the API spec does not describe) are not checked.
pub(crate) fn check(method: &str, path: &str, body: Body<'_>) -> Vec<Violation> {
    let Some(api_path) = path.strip_prefix(API) else {
        return Vec::new();
    };
    let violation = |route: Option<&str>, at: &str, message: String| Violation {
        method: method.to_string(),
        path: path.to_string(),
        route: route.map(str::to_string),
        at: at.to_string(),
        message,
    };
    let spec = Spec::get();
    let Some(route) = spec.route(api_path) else {
        let message = "the spec has no such route".to_string();
        return vec![violation(None, "", message)];
    };
    let template = Some(route.template.as_str());
    let Some(operation) = route.operations.get(&method.to_ascii_lowercase()) else {
        let message = format!("the spec has no {method} on this route");
        return vec![violation(template, "", message)];
    };
    match (body, operation) {
        (Body::None, Operation { required: true, .. }) => {
            vec![violation(template, "", "a body is required".into())]
        }
        (Body::None, _) => Vec::new(),
        (Body::NotJson, _) => vec![violation(template, "", "the body is not JSON".into())],
        (Body::Json(_), Operation { schema: None, .. }) => {
            let message = "the operation takes no body".to_string();
            vec![violation(template, "", message)]
        }
        (
            Body::Json(json),
            Operation {
                schema: Some(pointer),
                ..
            },
        ) => {
            let validator = spec.validator(pointer);
            if validator.is_valid(json) {
                return Vec::new();
            }
            let problems = validator.iter_errors(json).flat_map(|e| explain(&e));
            problems
                .map(|(at, message)| violation(template, &at, message))
                .collect()
        }
    }
}

/// (instance path, message) of what an error says is wrong. An `anyOf`/`oneOf` failure names
/// the problems of the alternative that got furthest into the body before failing (for a
/// message callback with a too-long embed title, the message alternative's title, not every
/// other callback type's `type`); when several got as far, it names the problems of each.
fn explain(error: &ValidationError<'_>) -> Vec<(String, String)> {
    let branches = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            context
        }
        _ => return vec![(error.instance_path().to_string(), message(error))],
    };
    let explained: Vec<Vec<(String, String)>> = branches
        .iter()
        .map(|errors| errors.iter().flat_map(|e| explain(e)).collect())
        .collect();
    // How far a branch got: the depth of its shallowest problem.
    let depth = |problems: &Vec<(String, String)>| {
        let depths = problems.iter().map(|(at, _)| at.matches('/').count());
        depths.min().unwrap_or(0)
    };
    let furthest = explained.iter().map(depth).max().unwrap_or(0);
    let mut best = explained.into_iter().filter(|b| depth(b) == furthest);
    match (best.next(), best.next()) {
        (Some(only), None) => only,
        (first, second) => {
            let mut problems: Vec<(String, String)> = first
                .into_iter()
                .chain(second)
                .chain(best)
                .flatten()
                .collect();
            problems.sort();
            problems.dedup();
            let at = error.instance_path().to_string();
            let each: Vec<String> = problems
                .into_iter()
                .map(|(path, message)| format!("{path}: {message}"))
                .collect();
            vec![(at, format!("no alternative fits: {}", each.join("; ")))]
        }
    }
}

/// The validator's message, cut to a readable length (it quotes the offending value).
fn message(error: &ValidationError<'_>) -> String {
    const MAX: usize = 300;
    let message = error.to_string();
    match message.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message,
    }
}

/// The spec, loaded and indexed once per process.
struct Spec {
    registry: Registry<'static>,
    routes: Vec<Route>,
    /// Request schema pointer -> its compiled validator.
    validators: Mutex<HashMap<String, Arc<Validator>>>,
}

/// One path of the spec, e.g. `/channels/{channel_id}/messages`.
struct Route {
    template: String,
    /// `None` for a `{parameter}` segment.
    segments: Vec<Option<String>>,
    /// Lower-case method -> operation.
    operations: HashMap<String, Operation>,
}

struct Operation {
    /// JSON pointer (into the spec) of the request body's schema, if it takes one.
    schema: Option<String>,
    required: bool,
}

impl Spec {
    fn get() -> &'static Spec {
        static SPEC: OnceLock<Spec> = OnceLock::new();
        SPEC.get_or_init(Spec::load)
    }

    fn load() -> Spec {
        let file = spec_file();
        let text = std::fs::read(&file)
            .unwrap_or_else(|e| panic!("double: cannot read {}: {e}", file.display()));
        let mut spec: Value = serde_json::from_slice(&text)
            .unwrap_or_else(|e| panic!("double: {} is not JSON: {e}", file.display()));
        for &(quirk, also) in QUIRKS {
            let also: Value = serde_json::from_str(also)
                .unwrap_or_else(|e| panic!("double: the quirk of {quirk} is not JSON: {e}"));
            let field = spec.pointer_mut(quirk).unwrap_or_else(|| {
                panic!("double: the spec no longer has {quirk}; drop it from the quirks")
            });
            let as_specified = field.take();
            *field = json!({ "anyOf": [as_specified, also] });
        }
        let routes = routes(&spec);
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .add(SPEC_URI, spec)
            .and_then(|builder| builder.prepare())
            .unwrap_or_else(|e| panic!("double: cannot index {}: {e}", file.display()));
        Spec {
            registry,
            routes,
            validators: Mutex::new(HashMap::new()),
        }
    }

    /// The route matching `path` (below `/api/v10`); literal segments win over parameters, so
    /// `.../messages/@original` is not taken for `.../messages/{message_id}`.
    fn route(&self, path: &str) -> Option<&Route> {
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let matching = self.routes.iter().filter(|route| {
            route.segments.len() == segments.len()
                && route
                    .segments
                    .iter()
                    .zip(&segments)
                    .all(|(pattern, segment)| pattern.as_deref().is_none_or(|p| p == *segment))
        });
        matching.max_by_key(|route| route.segments.iter().filter(|s| s.is_some()).count())
    }

    /// The validator of the schema at `pointer`, compiled on first use.
    fn validator(&self, pointer: &str) -> Arc<Validator> {
        let mut validators = self.validators.lock().unwrap_or_else(|e| e.into_inner());
        let compiled = validators.entry(pointer.to_string()).or_insert_with(|| {
            let schema = json!({ "$ref": format!("{SPEC_URI}#{}", uri_fragment(pointer)) });
            let validator = jsonschema::draft202012::options()
                .with_registry(&self.registry)
                .build(&schema)
                .unwrap_or_else(|e| panic!("double: cannot compile the spec's {pointer}: {e}"));
            Arc::new(validator)
        });
        compiled.clone()
    }
}

/// The routes of the spec, with the request schema of each operation.
fn routes(spec: &Value) -> Vec<Route> {
    let paths = spec["paths"].as_object().into_iter().flatten();
    let routes = paths.map(|(template, item)| {
        let segments = template.trim_start_matches('/').split('/');
        let segments = segments.map(|s| (!s.starts_with('{')).then(|| s.to_string()));
        let methods = ["get", "put", "post", "delete", "patch", "head", "options"];
        let operations = methods.iter().filter_map(|&method| {
            let body = &item.get(method)?["requestBody"];
            let content = &body["content"];
            let media = ["application/json", "multipart/form-data"]
                .into_iter()
                .find(|media| content.get(media).is_some());
            let schema = media.map(|media| {
                let escaped = |s: &str| s.replace('~', "~0").replace('/', "~1");
                format!(
                    "/paths/{}/{method}/requestBody/content/{}/schema",
                    escaped(template),
                    escaped(media)
                )
            });
            let required = body["required"].as_bool().unwrap_or(false);
            Some((method.to_string(), Operation { schema, required }))
        });
        Route {
            template: template.clone(),
            segments: segments.collect(),
            operations: operations.collect(),
        }
    });
    routes.collect()
}

/// A JSON pointer as a URI fragment: the characters a fragment may not hold, percent-encoded.
fn uri_fragment(pointer: &str) -> String {
    let mut fragment = String::with_capacity(pointer.len());
    for c in pointer.chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '/' | '~' | '-' | '.' | '_' | '@' | ':' => {
                fragment.push(c)
            }
            _ => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    fragment.push_str(&format!("%{byte:02X}"));
                }
            }
        }
    }
    fragment
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Double;

    /// POSTs `body` as JSON to the double, as a bot would.
    async fn post(double: &Double, path: &str, body: &Value) {
        send(double, reqwest::Method::POST, path, body).await;
    }

    async fn send(double: &Double, method: reqwest::Method, path: &str, body: &Value) {
        let url = format!("{}/api/v10{path}", double.base_url());
        let request = reqwest::Client::new().request(method, url);
        let request = request.header("content-type", "application/json");
        request.body(body.to_string()).send().await.unwrap();
    }

    #[test]
    fn the_shared_spec_and_the_copy_are_identical() {
        let shared = shared_spec_file();
        if shared.is_file() {
            let copy = std::fs::read(copied_spec_file()).unwrap();
            assert!(
                std::fs::read(&shared).unwrap() == copy,
                "{} and spec/discord-openapi.json differ: update the copy and its README",
                shared.display()
            );
        }
    }

    #[tokio::test]
    async fn an_embed_title_over_256_characters_is_reported() {
        let double = Double::start().await;
        let embed = json!({ "title": "t".repeat(257), "description": "fine" });
        let reply = json!({ "type": 4, "data": { "embeds": [embed], "flags": 64 } });
        post(&double, "/interactions/1/tok-1/callback", &reply).await;

        let violations = double.take_violations();
        assert_eq!(violations.len(), 1, "{violations:#?}");
        let violation = &violations[0];
        assert_eq!(
            violation.route.as_deref(),
            Some("/interactions/{interaction_id}/{interaction_token}/callback")
        );
        assert_eq!(violation.at, "/data/embeds/0/title");
        assert!(violation.message.contains("longer than 256"), "{violation}");
    }

    #[tokio::test]
    async fn an_unknown_callback_type_is_reported() {
        let double = Double::start().await;
        let reply = json!({ "type": 99, "data": { "content": "hi" } });
        post(&double, "/interactions/1/tok-1/callback", &reply).await;

        let violations = double.take_violations();
        assert_eq!(violations.len(), 1, "{violations:#?}");
        assert!(
            violations[0].message.contains("/type: 99 is not one of"),
            "{}",
            violations[0]
        );
    }

    #[tokio::test]
    async fn what_discord_documents_conforms_and_unknown_routes_do_not() {
        let double = Double::start().await;
        let commands = json!([{
            "name": "stats", "description": "Server stats", "type": 1,
            "default_member_permissions": "32", "options": [],
        }]);
        let registration = "/applications/2000/commands";
        send(&double, reqwest::Method::PUT, registration, &commands).await;
        let upload = json!({ "content": "", "attachments": [{ "id": 0, "filename": "a.csv" }] });
        post(&double, "/channels/42/messages", &upload).await;
        let violations = double.take_violations();
        assert!(violations.is_empty(), "{violations:#?}");

        post(&double, "/channels/42/nowhere", &json!({})).await;
        let violations = double.take_violations();
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].route, None);
    }

    #[tokio::test]
    #[should_panic(expected = "broke Discord's API spec")]
    async fn a_violation_fails_the_next_wait() {
        let double = Double::start().await;
        post(
            &double,
            "/interactions/1/tok-1/callback",
            &json!({ "type": 99 }),
        )
        .await;
        double.wait_ready().await;
    }

    #[tokio::test]
    #[should_panic(expected = "broke Discord's API spec")]
    async fn a_violation_nobody_took_fails_the_test_when_the_double_goes() {
        let double = Double::start().await;
        post(
            &double,
            "/interactions/1/tok-1/callback",
            &json!({ "type": 99 }),
        )
        .await;
        drop(double);
    }
}
