//! What the feature modules share: the bot started against the double, the members, the
//! checks on replies.

use super::*;

pub(crate) const CAROL: Member = Member {
    user_id: 503,
    name: "carol",
    permissions: EVERYONE,
};
pub(crate) const DAVE: Member = Member {
    user_id: 504,
    name: "dave",
    permissions: EVERYONE,
};
pub(crate) const DEV_GUILD: u64 = 777;

/// A running bot, its double and its clock.
pub(crate) struct Bot {
    pub(crate) double: Double,
    pub(crate) stop: oneshot::Sender<()>,
    pub(crate) task: JoinHandle<anyhow::Result<()>>,
}

pub(crate) struct Options {
    pub(crate) state: PathBuf,
    pub(crate) clock: TestClock,
    pub(crate) dev_guild: Option<u64>,
    /// The data folder; the repository's `data/` when `None`.
    pub(crate) data: Option<PathBuf>,
}

impl Options {
    /// The usual, with the decks of `data` (a copy the test may change).
    pub(crate) fn with_data(dir: &Path, clock: TestClock, data: &Path) -> Options {
        Options {
            data: Some(data.to_owned()),
            ..Options::at(dir, clock)
        }
    }

    /// The usual: a snapshot in `dir`, the repository's decks, global registration.
    pub(crate) fn at(dir: &Path, clock: TestClock) -> Options {
        Options {
            state: dir.join("s.json"),
            clock,
            dev_guild: None,
            data: None,
        }
    }
}

impl Bot {
    pub(crate) async fn start(options: Options) -> Bot {
        Bot::start_with(Double::start().await, options).await
    }

    pub(crate) async fn start_with(double: Double, options: Options) -> Bot {
        Bot::start_tuned(double, options, |_| {}).await
    }

    /// [`Bot::start_with`], with a last say on the configuration.
    pub(crate) async fn start_tuned(
        double: Double,
        options: Options,
        tune: impl FnOnce(&mut Config),
    ) -> Bot {
        // RUST_LOG=quizbot=debug shows the bot's side of a failing test.
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .try_init();
        let mut config = Config::from_vars(|name| match name {
            "DISCORD_TOKEN" => Some("test-token".into()),
            _ => None,
        })
        .unwrap();
        config.api_base = Some(double.base_url());
        config.data_dir = options
            .data
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
        config.state_path = options.state;
        config.rng_seed = Some(5);
        config.dev_guild = options.dev_guild;
        config.clock = Arc::new(options.clock);
        tune(&mut config);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(quizbot::run(config, async {
            let _ = stopped.await;
        }));
        double.wait_ready().await;
        Bot { double, stop, task }
    }

    /// Shuts down as Ctrl-C would, checking the bot exits cleanly, used only known endpoints and
    /// sent only what Discord's API spec allows.
    pub(crate) async fn shutdown(self) {
        let _ = self.stop.send(());
        self.task
            .await
            .unwrap()
            .expect("run returns Ok after shutdown");
        assert_discord_would_accept(&self.double);
    }

    /// Sends `interaction` and returns the bot's callback to it.
    pub(crate) async fn reply(&self, interaction: &Value) -> Recorded {
        self.double.interact(interaction).await;
        self.double.callback(interaction).await
    }

    pub(crate) async fn command(
        &self,
        name: &str,
        by: &Member,
        options: &[(&str, &str)],
    ) -> Recorded {
        let mut builder = fixtures::command(name).by(by);
        for (k, v) in options {
            builder = builder.str_opt(k, v);
        }
        self.reply(&builder.build()).await
    }

    /// `/quiz` by `by`; returns the question as posted in the channel.
    pub(crate) async fn quiz(&self, by: &Member, nth: usize) -> Question {
        let reply = self.command("quiz", by, &[]).await;
        assert_eq!(reply.kind(), Some(4));
        assert!(reply.is_ephemeral(), "the poster's confirmation is private");
        let post = self
            .double
            .wait_for_nth("the question post", nth, |r| {
                r.is("POST", &format!("/channels/{CHANNEL}/messages")) && r.status == 200
            })
            .await;
        Question::from_post(&self.double, &post)
    }

    /// Presses and checks what the presser is told.
    pub(crate) async fn press_says(
        &self,
        custom_id: &str,
        message: &Value,
        by: &Member,
        says: &str,
    ) {
        let reply = self.press(custom_id, message, by).await;
        assert!(
            reply.embed_text().contains(says),
            "expected {says:?} in {}",
            reply.embed_text()
        );
    }

    pub(crate) async fn press(&self, custom_id: &str, message: &Value, by: &Member) -> Recorded {
        self.reply(&fixtures::button(custom_id, message).by(by).build())
            .await
    }
}

/// What a reply says, checked with the reply shown when it does not.
pub(crate) trait Says {
    fn says(&self, text: &str);
}

impl Says for Recorded {
    fn says(&self, text: &str) {
        let shown = self.embed_text();
        assert!(shown.contains(text), "expected {text:?} in:\n{shown}");
    }
}

pub(crate) fn assert_discord_would_accept(double: &Double) {
    double.assert_conforms();
    let unknown: Vec<String> = double
        .unknown()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(
        unknown.is_empty(),
        "the bot called endpoints Discord does not have: {unknown:?}"
    );
}

pub(crate) fn clock() -> TestClock {
    TestClock::at(Utc.with_ymd_and_hms(2026, 6, 1, 17, 0, 0).unwrap())
}

/// A posted question, with which button is right (looked up in the bundled deck).
pub(crate) struct Question {
    pub(crate) message_id: u64,
    pub(crate) message: Value,
    pub(crate) buttons: Vec<String>,
    pub(crate) correct: usize,
}

/// The question in a posted question's description: its first line, bold.
fn asked_in(description: &str) -> &str {
    description
        .lines()
        .next()
        .unwrap_or_default()
        .trim_matches('*')
}

impl Question {
    pub(crate) fn from_post(double: &Double, post: &Recorded) -> Question {
        let message_id = post.answer_id();
        let message = double.message(message_id);
        let description = post.message()["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .to_owned();
        let asked = asked_in(&description);
        let deck: Value = serde_json::from_slice(
            &std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json"))
                .unwrap(),
        )
        .unwrap();
        let question = deck["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["question"] == asked)
            .unwrap_or_else(|| panic!("the posted question is not in the deck: {asked}"));
        let answer = question["answer"].as_str().unwrap();
        let options: Vec<&str> = description
            .lines()
            .filter_map(|l| l.split_once(".** ").map(|(_, text)| text))
            .collect();
        assert_eq!(options.len(), 4, "{description}");
        let correct = options
            .iter()
            .position(|o| *o == answer)
            .expect("the answer is an option");
        Question {
            message_id,
            message,
            buttons: post.custom_ids(),
            correct,
        }
    }

    /// The question asked, as its post's first line says it.
    pub(crate) fn asked(&self) -> String {
        let description = self.message["embeds"][0]["description"].as_str().unwrap();
        asked_in(description).to_owned()
    }

    pub(crate) fn right(&self) -> &str {
        &self.buttons[self.correct]
    }

    pub(crate) fn wrong(&self) -> &str {
        &self.buttons[(self.correct + 1) % 4]
    }
}

pub(crate) fn field<'a>(reply: &'a Recorded, name: &str) -> &'a str {
    reply.message()["embeds"][0]["fields"]
        .as_array()
        .and_then(|fields| fields.iter().find(|f| f["name"] == name))
        .and_then(|f| f["value"].as_str())
        .unwrap_or_else(|| panic!("no field {name:?} in {}", reply.embed_text()))
}
