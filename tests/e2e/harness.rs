//! What the feature modules share: the bot started against the double, the members, the
//! checks on replies.
//!
//! A bot is started with [`Bot::builder`] and [`Builder::start`], and only that way: the
//! builder's methods name what a test changes from the usual (see [`Builder`]), and
//! [`Bot::shutdown`] gives the builder back for a restart.

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

/// A running bot: its double, and the setup it was started with (its folder, data and clock).
pub(crate) struct Bot {
    pub(crate) double: Double,
    pub(crate) task: JoinHandle<anyhow::Result<()>>,
    stop: oneshot::Sender<()>,
    setup: Builder,
}

/// How a bot is started: [`Bot::builder`], what differs from the usual, then
/// [`Builder::start`]. The usual is a snapshot `s.json` in a folder of the bot's own (deleted
/// with it), the repository's decks, the test clock at [`clock`], global registration and a
/// fresh double. [`Bot::shutdown`] hands the builder back, to start the bot again on the same
/// folder, decks and clock.
pub(crate) struct Builder {
    dir: tempfile::TempDir,
    state: PathBuf,
    clock: TestClock,
    /// The data folder; the repository's `data/` when `None`.
    data: Option<PathBuf>,
    dev_guild: Option<u64>,
    double: Option<Double>,
    tune: Box<Tune>,
}

/// A test's last say on the configuration ([`Builder::tuned`]).
type Tune = dyn Fn(&mut Config) + Send + Sync;

impl Bot {
    pub(crate) fn builder() -> Builder {
        let dir = tempfile::tempdir().unwrap();
        Builder {
            state: dir.path().join("s.json"),
            dir,
            clock: clock(),
            data: None,
            dev_guild: None,
            double: None,
            tune: Box::new(|_| {}),
        }
    }

    /// The clock the bot reads, to move it on.
    pub(crate) fn clock(&self) -> &TestClock {
        &self.setup.clock
    }

    /// The bot's folder: its snapshot, and what it keeps beside it.
    pub(crate) fn dir(&self) -> &Path {
        self.setup.dir.path()
    }

    /// The data folder the builder made ([`Builder::decks`], [`Builder::deck`]).
    pub(crate) fn data(&self) -> &Path {
        let data = self.setup.data.as_deref();
        data.expect("a data folder of the test's own")
    }
}

impl Builder {
    /// A data folder of the test's own (decks may change there) with copies of these bundled
    /// decks (`async-python` for `data/async-python.json`).
    pub(crate) fn decks(mut self, bundled: &[&str]) -> Builder {
        for name in bundled {
            let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/{name}.json"));
            std::fs::copy(from, self.data_file(name)).unwrap();
        }
        self
    }

    /// `deck` as `name.json` in the test's own data folder.
    pub(crate) fn deck(mut self, name: &str, deck: &Value) -> Builder {
        std::fs::write(self.data_file(name), deck.to_string()).unwrap();
        self
    }

    fn data_file(&mut self, name: &str) -> PathBuf {
        let dir = self.dir.path();
        let data = self.data.get_or_insert_with(|| dir.join("data"));
        std::fs::create_dir_all(&*data).unwrap();
        data.join(format!("{name}.json"))
    }

    /// Commands registered in `guild` only.
    pub(crate) fn dev_guild(mut self, guild: u64) -> Builder {
        self.dev_guild = Some(guild);
        self
    }

    /// The snapshot at `relative` in the bot's folder.
    pub(crate) fn state_file(mut self, relative: &str) -> Builder {
        self.state = self.dir.path().join(relative);
        self
    }

    /// A double the test has set up (options, failures, timings) instead of a fresh one.
    pub(crate) fn double(mut self, double: Double) -> Builder {
        self.double = Some(double);
        self
    }

    /// A last say on the configuration, at every start.
    pub(crate) fn tuned(mut self, tune: impl Fn(&mut Config) + Send + Sync + 'static) -> Builder {
        self.tune = Box::new(tune);
        self
    }

    /// The clock the bot reads (and reads again when started again).
    pub(crate) fn clock(&self) -> &TestClock {
        &self.clock
    }

    /// The snapshot file.
    pub(crate) fn snapshot(&self) -> &Path {
        &self.state
    }

    /// Starts the bot and waits until it is connected and its commands are registered.
    pub(crate) async fn start(mut self) -> Bot {
        let double = match self.double.take() {
            Some(double) => double,
            None => Double::start().await,
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(quizbot::run(self.config(&double), async {
            let _ = stopped.await;
        }));
        double.wait_ready().await;
        Bot {
            double,
            task,
            stop,
            setup: self,
        }
    }

    /// Runs the bot against a fresh double until `shutdown`, without waiting for it to connect:
    /// for a stop that comes while it is still starting. Returns what `run` returned, and the
    /// builder for what the bot left behind.
    pub(crate) async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send,
    ) -> (anyhow::Result<()>, Builder) {
        let double = Double::start().await;
        let ran = quizbot::run(self.config(&double), shutdown).await;
        (ran, self)
    }

    /// The configuration the bot is started with: the double's address, this builder's
    /// folder, data, clock and registration, a fixed seed, then [`Builder::tuned`].
    fn config(&self, double: &Double) -> Config {
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
        config.data_dir = self
            .data
            .clone()
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
        config.state_path = self.state.clone();
        config.rng_seed = Some(5);
        config.dev_guild = self.dev_guild;
        config.clock = Arc::new(self.clock.clone());
        (self.tune)(&mut config);
        config
    }
}

impl Bot {
    /// Shuts down as Ctrl-C would, checking the bot exits cleanly, used only known endpoints and
    /// sent only what Discord's API spec allows. Returns the builder, to start it again.
    pub(crate) async fn shutdown(self) -> Builder {
        let _ = self.stop.send(());
        let limit = std::time::Duration::from_secs(60);
        tokio::time::timeout(limit, self.task)
            .await
            .unwrap_or_else(|_| panic!("the bot did not end within {limit:?} of a stop"))
            .unwrap()
            .expect("run returns Ok after shutdown");
        assert_discord_would_accept(&self.double);
        self.setup
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

    /// The first message posted in the channel whose embeds say `text`.
    pub(crate) async fn post_saying(&self, text: &str) -> Recorded {
        let path = format!("/channels/{CHANNEL}/messages");
        self.double
            .wait_for(&format!("a post saying {text:?}"), |r| {
                r.is("POST", &path) && r.embed_text().contains(text)
            })
            .await
    }

    /// The edit that closes `q` and reveals its answer.
    pub(crate) async fn reveal_of(&self, q: &Question) -> Recorded {
        let path = format!("/channels/{}/messages/{}", q.channel, q.message_id);
        self.double
            .wait_for("the reveal", |r| r.is("PATCH", &path))
            .await
    }

    /// How many messages the bot has posted in `channel` (a DM's channel id is the member's).
    pub(crate) fn posts_in(&self, channel: u64) -> usize {
        let path = format!("/channels/{channel}/messages");
        let requests = self.double.requests();
        requests.iter().filter(|r| r.is("POST", &path)).count()
    }

    /// `by`'s points, as `/score` shows them.
    pub(crate) async fn points(&self, by: &Member) -> String {
        let score = self.command("score", by, &[]).await;
        field(&score, "Points").to_owned()
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

/// The usual start: Monday 1 June 2026, 17:00 UTC (19:00 in Berlin).
fn clock() -> TestClock {
    TestClock::at(Utc.with_ymd_and_hms(2026, 6, 1, 17, 0, 0).unwrap())
}

/// A posted question, with which button is right (looked up in the bundled deck).
pub(crate) struct Question {
    pub(crate) channel: u64,
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
        let channel = post.path.rsplit('/').nth(1).and_then(|c| c.parse().ok());
        Question {
            channel: channel.expect("posted to /channels/{id}/messages"),
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
