//! The route table: what each known endpoint does to the state and answers.

use std::net::SocketAddr;

use serde_json::{json, Value};

use crate::fixtures::{APP_ID, GUILD};
use crate::limits;
use crate::render;
use crate::rest::{error, id, json_reply, no_content, reject, snowflake, Recorded, Reply, State};

impl State {
    /// The answer of a known endpoint, `None` for an unknown one.
    pub(crate) fn route(&mut self, addr: SocketAddr, req: &Recorded) -> Option<Reply> {
        let base = &format!("http://{addr}");
        let ws_url = format!("ws://{addr}/ws");
        if let Some(file) = req.path.strip_prefix("/files/") {
            let (content_type, bytes) = self.files.get(file)?.clone();
            return Some(Reply {
                status: 200,
                headers: vec![("content-type", content_type)],
                body: bytes,
            });
        }
        let path = req.path.strip_prefix("/api/v10/")?;
        let segments: Vec<&str> = path.split('/').collect();
        let app = APP_ID.to_string();
        let body = &req.json;
        Some(match (req.method.as_str(), segments.as_slice()) {
            ("GET", ["gateway"]) => json_reply(200, json!({ "url": ws_url })),
            ("GET", ["gateway", "bot"]) => {
                let (shards, limit) = self.gateway_bot;
                let limit = json!({
                    "total": limit.total, "remaining": limit.remaining,
                    "reset_after": limit.reset_after, "max_concurrency": limit.max_concurrency,
                });
                let gateway =
                    json!({ "url": ws_url, "shards": shards, "session_start_limit": limit });
                json_reply(200, gateway)
            }
            ("GET", ["oauth2", "applications", "@me"]) => json_reply(200, render::application()),
            ("GET", ["users", "@me"]) => json_reply(200, render::bot_user()),
            ("PUT", ["applications", a, "commands"]) if *a == app => self.commands(body, None),
            ("PUT", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                self.commands(body, Some(id(g)?))
            }
            ("POST", ["interactions", i, token, "callback"]) => self.callback(base, i, token, req),
            (_, ["webhooks", a, token, tail @ ..]) if *a == app => {
                let Some(pending) = self.interactions.get(*token) else {
                    return Some(error(404, 10015, "Unknown Webhook"));
                };
                let (channel, original) = (pending.channel, pending.original);
                let message = match tail {
                    [] if req.method == "POST" => None,
                    ["messages", "@original"] => match original {
                        Some(m) => Some(m),
                        None => return Some(error(404, 10008, "Unknown Message")),
                    },
                    ["messages", m] => Some(id(m)?),
                    _ => return None,
                };
                self.message_request(base, req, channel, message, true)?
            }
            // A DM channel's id is its recipient's, as `fixtures::...in_dm` makes it.
            ("POST", ["users", "@me", "channels"]) => {
                let recipient = body["recipient_id"].as_str().and_then(|u| u.parse().ok());
                match recipient {
                    Some(user) => json_reply(200, render::dm_channel(user)),
                    None => error(400, 50035, "Invalid Form Body"),
                }
            }
            (_, ["channels", c, "messages"]) if req.method == "POST" => {
                if self.dms_closed.contains(&id(c)?) {
                    return Some(error(403, 50007, "Cannot send messages to this user"));
                }
                self.message_request(base, req, id(c)?, None, false)?
            }
            (_, ["channels", c, "messages", m]) => {
                self.message_request(base, req, id(c)?, Some(id(m)?), false)?
            }
            ("GET", ["channels", c]) => {
                let channel = id(c)?;
                let (guild, denied) = self.channels.get(&channel).copied().unwrap_or((GUILD, 0));
                json_reply(200, render::channel(channel, guild, denied))
            }
            ("GET", ["guilds", g]) => json_reply(200, render::guild(id(g)?)),
            ("GET", ["guilds", g, "members", u]) => json_reply(200, render::member(id(g)?, id(u)?)),
            _ => return None,
        })
    }

    /// A command list registered globally (`guild` `None`) or in a guild.
    fn commands(&mut self, body: &Value, guild: Option<u64>) -> Reply {
        if let Some(rejection) = reject(limits::commands(body), false) {
            return rejection;
        }
        let commands = body.as_array().cloned().unwrap_or_default();
        let commands = commands
            .into_iter()
            .map(|command| render::command(command, self.new_id(), guild));
        json_reply(200, Value::Array(commands.collect()))
    }

    fn callback(&mut self, base: &str, interaction_id: &str, token: &str, req: &Recorded) -> Reply {
        let (channel, component_message, modal_submit) = match self.interactions.get(token) {
            Some(pending) if pending.id == interaction_id => {
                (pending.channel, pending.message, pending.modal_submit)
            }
            _ => return error(404, 10062, "Unknown interaction"),
        };
        let (body, files) = (&req.json, &req.files);
        let data = &body["data"];
        let kind = body["type"].as_u64().unwrap_or_default();
        let problems = match kind {
            4 | 7 => limits::message(data),
            5 | 6 => Vec::new(),
            8 => limits::choices(data),
            9 if modal_submit => {
                return error(
                    400,
                    50035,
                    "Interaction callback type MODAL is not allowed here",
                )
            }
            9 => limits::modal(data),
            _ => return error(400, 50035, "Invalid Form Body"),
        };
        let problems = problems
            .into_iter()
            .map(|(path, code, message)| (format!("data.{path}"), code, message));
        let empty = kind == 4 && limits::is_empty(data, !files.is_empty());
        if let Some(rejection) = reject(problems.collect(), empty) {
            return rejection;
        }
        if self.interactions.get(token).is_some_and(|p| p.acknowledged) {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        let original = match kind {
            4 | 5 => Some(self.new_id()),
            6 | 7 => component_message,
            _ => None,
        };
        if let Some(pending) = self.interactions.get_mut(token) {
            pending.acknowledged = true;
            pending.original = original;
        }
        match (kind, original) {
            (4 | 5, Some(id)) => {
                let attachments = self.attachments(base, data, files, None);
                let message = render::message(id, channel, data, None, attachments, true);
                self.messages.insert(id, message);
            }
            (7, Some(id)) => {
                if let Some(current) = self.messages.get(&id).cloned() {
                    let attachments = self.attachments(base, data, files, Some(&current));
                    let updated =
                        render::message(id, channel, data, Some(&current), attachments, false);
                    self.messages.insert(id, updated);
                }
            }
            _ => {}
        }
        no_content()
    }

    /// GET/POST/PATCH/DELETE of a channel or webhook message; `message` is `None` for POST.
    fn message_request(
        &mut self,
        base: &str,
        req: &Recorded,
        channel: u64,
        message: Option<u64>,
        webhook: bool,
    ) -> Option<Reply> {
        let current = match message {
            Some(m) => match self.messages.get(&m) {
                Some(current) if snowflake(&current["channel_id"]) == Some(channel) => {
                    Some(current.clone())
                }
                _ => return Some(error(404, 10008, "Unknown Message")),
            },
            None => None,
        };
        let body = &req.json;
        Some(match (req.method.as_str(), current) {
            ("GET", Some(current)) => json_reply(200, current),
            ("DELETE", Some(_)) => {
                self.messages.remove(&message?);
                no_content()
            }
            ("POST", None) | ("PATCH", Some(_)) => {
                let empty = message.is_none() && limits::is_empty(body, !req.files.is_empty());
                if let Some(rejection) = reject(limits::message(body), empty) {
                    return Some(rejection);
                }
                let id = message.unwrap_or_else(|| self.new_id());
                let previous = self.messages.get(&id).cloned();
                let attachments = self.attachments(base, body, &req.files, previous.as_ref());
                let rendered =
                    render::message(id, channel, body, previous.as_ref(), attachments, webhook);
                self.messages.insert(id, rendered.clone());
                json_reply(200, rendered)
            }
            _ => return None,
        })
    }

    /// The attachments of a created or edited message: entries of `attachments` with a filename
    /// are new uploads (served under `/files/attachments/{id}/{filename}`), entries without one
    /// keep an attachment of `previous`. `None` = leave them as they are.
    fn attachments(
        &mut self,
        base: &str,
        body: &Value,
        files: &[(String, Vec<u8>)],
        previous: Option<&Value>,
    ) -> Option<Value> {
        let uploads = |name: &str| files.iter().find(|(f, _)| f == name);
        let entries = match body["attachments"].as_array() {
            Some(entries) => entries.clone(),
            None if files.is_empty() => return None,
            None => files
                .iter()
                .map(|(name, _)| json!({ "filename": name }))
                .collect(),
        };
        let mut out = Vec::new();
        for entry in entries {
            if let Some((name, bytes)) = entry["filename"].as_str().and_then(uploads) {
                let id = self.new_id();
                let path = format!("attachments/{id}/{name}");
                self.files.insert(
                    path.clone(),
                    ("application/octet-stream".into(), bytes.clone()),
                );
                let url = format!("{base}/files/{path}");
                out.push(json!({
                    "id": id.to_string(), "filename": name, "size": bytes.len(), "url": url,
                    "proxy_url": url, "description": entry["description"],
                }));
            } else if let Some(previous) = previous {
                let kept = limits::items(&previous["attachments"]);
                out.extend(
                    kept.filter(|a| snowflake(&a["id"]) == snowflake(&entry["id"]))
                        .cloned(),
                );
            }
        }
        Some(Value::Array(out))
    }
}
