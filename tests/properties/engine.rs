//! Arbitrary sequences of opens, answers, clock moves, closes, snapshots, restarts and kills
//! against [`App`] on the bundled deck, compared after every step with a model of the scores.

use super::*;

const DECK: &str = "async-python";
const USERS: u64 = 4;

fn place(guild: u8, channel: u8) -> Place {
    let guild = u64::from(guild) + 1;
    Place {
        guild: GuildId(guild),
        channel: ChannelId(guild * 100 + u64::from(channel)),
    }
}

fn places() -> Vec<Place> {
    (0..2)
        .flat_map(|g| (0..2).map(move |c| place(g, c)))
        .collect()
}

/// Which question an answer or close is for.
#[derive(Debug, Clone)]
enum Target {
    /// One of the questions open now (or, if none is, id 0).
    Open(Index),
    /// Any id issued so far, open or closed.
    Issued(Index),
    /// An id not issued yet: the next one, or a few past it.
    Unissued(u8),
    /// Any number at all.
    Any(u64),
}

#[derive(Debug, Clone)]
enum Pick {
    /// The right option, whichever letter it is.
    Right,
    /// This option index (4 and 5 are past the options).
    Raw(u8),
}

#[derive(Debug, Clone)]
enum Op {
    Open {
        guild: u8,
        channel: u8,
        secs: u16,
    },
    Answer {
        target: Target,
        /// Pressed in another place than the question's.
        elsewhere: Option<Index>,
        user: u64,
        name: u8,
        pick: Pick,
    },
    Advance(u16),
    Close(Target),
    Snapshot,
    /// A snapshot, then a new app loaded from it.
    Restart,
    /// A new app loaded from the last snapshot, without taking one (a kill).
    Crash,
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        8 => any::<Index>().prop_map(Target::Open),
        3 => any::<Index>().prop_map(Target::Issued),
        1 => (0u8..3).prop_map(Target::Unissued),
        1 => any::<u64>().prop_map(Target::Any),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u8..2, 0u8..2, 1u16..=120).prop_map(|(guild, channel, secs)| Op::Open { guild, channel, secs }),
        10 => (
            target(),
            prop::option::weighted(0.1, any::<Index>()),
            1..=USERS,
            0u8..2,
            prop_oneof![2 => Just(Pick::Right), 3 => (0u8..4).prop_map(Pick::Raw), 1 => (4u8..=5).prop_map(Pick::Raw)],
        )
            .prop_map(|(target, elsewhere, user, name, pick)| Op::Answer { target, elsewhere, user, name, pick }),
        2 => prop_oneof![3 => 0u16..=10, 1 => 0u16..=120].prop_map(Op::Advance),
        2 => target().prop_map(Op::Close),
        1 => Just(Op::Snapshot),
        1 => Just(Op::Restart),
        1 => Just(Op::Crash),
    ]
}

#[derive(Debug, Clone)]
struct ModelOpen {
    place: Place,
    question: Question,
    correct: u8,
    closes_at: DateTime<Utc>,
    /// In order of arrival: user, option, points.
    answers: Vec<(u64, u8, u32)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct ModelScore {
    name: String,
    points: u64,
    answered: u32,
    correct: u32,
    streak: u32,
    best_streak: u32,
    channels: BTreeMap<u64, u64>,
    topics: BTreeMap<String, (u32, u32)>,
}

#[derive(Debug, Clone, Default)]
struct Model {
    next_id: u64,
    open: BTreeMap<u64, ModelOpen>,
    /// (guild, user).
    scores: BTreeMap<(u64, u64), ModelScore>,
    /// Each user's cards, graded as the app should grade them: wrong is Again, right Good.
    books: BTreeMap<u64, ReviewBook>,
    /// Per guild, the questions asked since its cycle of the deck began.
    asked: BTreeMap<u64, HashSet<String>>,
}

impl Model {
    fn resolve(&self, target: &Target) -> u64 {
        match target {
            Target::Open(i) if !self.open.is_empty() => {
                *self.open.keys().nth(i.index(self.open.len())).unwrap()
            }
            Target::Issued(i) if self.next_id > 0 => i.index(self.next_id as usize) as u64,
            Target::Open(_) | Target::Issued(_) => 0,
            Target::Unissued(k) => self.next_id + u64::from(*k),
            Target::Any(n) => *n,
        }
    }

    /// What answering should give: the points, or the refusal.
    fn expect_answer(
        &self,
        id: u64,
        at: Place,
        user: u64,
        option: u8,
        now: DateTime<Utc>,
    ) -> Result<u32, UserError> {
        let Some(open) = self.open.get(&id) else {
            return Err(if id < self.next_id {
                UserError::QuestionClosed
            } else {
                UserError::NotRecognised
            });
        };
        if open.place != at {
            return Err(UserError::NotRecognised);
        }
        if now >= open.closes_at {
            return Err(UserError::QuestionClosed);
        }
        if option >= 4 {
            return Err(UserError::NotRecognised);
        }
        if let Some((_, first, _)) = open.answers.iter().find(|(u, _, _)| *u == user) {
            return Err(UserError::AlreadyAnswered(char::from(b'A' + first)));
        }
        Ok(match option == open.correct {
            false => 0,
            true if open.answers.iter().any(|(_, o, _)| *o == open.correct) => 10,
            true => 12,
        })
    }

    fn record(
        &mut self,
        id: u64,
        user: u64,
        name: &str,
        option: u8,
        points: u32,
        now: DateTime<Utc>,
    ) {
        let open = self.open.get_mut(&id).unwrap();
        open.answers.push((user, option, points));
        let right = option == open.correct;
        let s = self.scores.entry((open.place.guild.0, user)).or_default();
        s.name = name.to_owned();
        s.answered += 1;
        let topic = s.topics.entry(open.question.topic.clone()).or_default();
        topic.0 += 1;
        if right {
            s.correct += 1;
            topic.1 += 1;
            s.streak += 1;
            s.best_streak = s.best_streak.max(s.streak);
        } else {
            s.streak = 0;
        }
        s.points += u64::from(points);
        *s.channels.entry(open.place.channel.0).or_default() += u64::from(points);
        let grade = if right { Grade::Good } else { Grade::Again };
        self.books.entry(user).or_default().grade(
            &CardKey::new(DECK, open.question.id.as_str()),
            grade,
            now,
        );
    }

    /// Members of `guild` best first in `scope` as the leaderboard should list them: user, points.
    fn standings(&self, guild: u64, channel: Option<u64>) -> Vec<(u64, u64)> {
        let mut rows: Vec<(u64, u64, &ModelScore)> = self
            .scores
            .iter()
            .filter(|((g, _), _)| *g == guild)
            .map(|((_, u), s)| {
                let points = match channel {
                    None => s.points,
                    Some(c) => s.channels.get(&c).copied().unwrap_or(0),
                };
                (*u, points, s)
            })
            .filter(|(_, p, s)| *p > 0 || (channel.is_none() && s.answered > 0))
            .collect();
        rows.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.2.correct.cmp(&a.2.correct))
                .then(a.2.answered.cmp(&b.2.answered))
                .then(a.0.cmp(&b.0))
        });
        rows.into_iter().map(|(u, p, _)| (u, p)).collect()
    }
}

fn whole(app: &App) -> State {
    app.store.read(State::clone)
}

/// The app's state and views equal the model's.
fn assert_matches_model(app: &App, model: &Model) -> TestResult {
    let state = whole(app);
    prop_assert_eq!(state.next_open_id, model.next_id);
    let open_ids: Vec<u64> = model.open.keys().copied().collect();
    let mut state_ids: Vec<u64> = state.open.keys().map(|id| id.0).collect();
    state_ids.sort_unstable();
    prop_assert_eq!(&state_ids, &open_ids);
    for (id, m) in &model.open {
        let q = &state.open[&OpenId(*id)];
        prop_assert_eq!((q.guild, q.channel), (m.place.guild, m.place.channel));
        prop_assert_eq!(q.card.question(), m.question.id.as_str());
        prop_assert_eq!(q.correct, m.correct);
        prop_assert_eq!(q.closes_at, m.closes_at);
        let answers: HashMap<UserId, Answer> = m
            .answers
            .iter()
            .enumerate()
            .map(|(seq, &(u, option, points))| {
                (
                    UserId(u),
                    Answer {
                        option,
                        seq: seq as u32,
                        points,
                    },
                )
            })
            .collect();
        prop_assert_eq!(
            &q.answers.clone().into_iter().collect::<HashMap<_, _>>(),
            &answers
        );
        let first_right = m
            .answers
            .iter()
            .find(|a| a.1 == m.correct)
            .map(|a| UserId(a.0));
        prop_assert_eq!(q.first_right, first_right);
    }

    // Scores: everything the model counts, nothing for anyone it does not.
    let mut members = 0;
    for (guild, g) in state.guilds.iter() {
        for member in g.scores.members() {
            let (user, s) = (member.user, member.score);
            members += 1;
            let Some(m) = model.scores.get(&(guild.0, user.0)) else {
                return Err(TestCaseError::fail(format!(
                    "{user:?} has a score in {guild:?}: {s:?}"
                )));
            };
            let channels: BTreeMap<u64, u64> = member
                .channels()
                .filter(|(_, p)| *p > 0)
                .map(|(c, p)| (c.0, p))
                .collect();
            let model_channels: BTreeMap<u64, u64> = m
                .channels
                .iter()
                .filter(|(_, p)| **p > 0)
                .map(|(c, p)| (*c, *p))
                .collect();
            let topics: BTreeMap<String, (u32, u32)> = member
                .topics()
                .map(|(t, n)| (t.to_owned(), (n.answered, n.correct)))
                .collect();
            let got = ModelScore {
                name: member.name.to_owned(),
                points: s.points,
                answered: s.answered,
                correct: s.correct,
                streak: s.streak,
                best_streak: s.best_streak,
                channels,
                topics,
            };
            let want = ModelScore {
                channels: model_channels,
                ..m.clone()
            };
            prop_assert_eq!(&got, &want, "guild {} user {}", guild.0, user.0);
            prop_assert_eq!(
                (s.daily_streak, s.best_daily_streak, s.last_daily_right),
                (0, 0, None)
            );
        }
    }
    prop_assert_eq!(members, model.scores.len());

    // Review cards: each answer graded its card, Again when wrong, Good when right.
    let cards: usize = state.reviews.values().map(|b| b.len()).sum();
    prop_assert_eq!(
        cards,
        model.books.values().map(ReviewBook::len).sum::<usize>()
    );
    for (user, book) in &model.books {
        for (deck, question, card) in book.cards() {
            let got = state
                .reviews
                .get(&UserId(*user))
                .and_then(|b| b.card(&CardKey::new(deck, question)));
            prop_assert_eq!(got, Some(card));
        }
    }

    // What members see: score cards and leaderboards.
    for p in places() {
        for user in 1..=USERS {
            let card = app.score_card(p.guild, UserId(user));
            match model.scores.get(&(p.guild.0, user)) {
                None => prop_assert!(card.is_none()),
                Some(m) => {
                    let card = card.unwrap();
                    prop_assert_eq!(
                        (
                            card.score.points,
                            card.score.answered,
                            card.score.correct,
                            card.score.streak,
                            card.score.best_streak
                        ),
                        (m.points, m.answered, m.correct, m.streak, m.best_streak)
                    );
                }
            }
        }
        for (scope, channel) in [
            (Scope::Server, None),
            (Scope::Channel(p.channel), Some(p.channel.0)),
        ] {
            let want = model.standings(p.guild.0, channel);
            match app.leaderboard(p.guild, scope, Period::All, 1) {
                Ok(page) => {
                    let got: Vec<(u64, u64)> =
                        page.rows.iter().map(|r| (r.user.0, r.points)).collect();
                    prop_assert_eq!(got, want);
                    let ranks: Vec<usize> = page.rows.iter().map(|r| r.rank).collect();
                    prop_assert_eq!(ranks, (1..=page.rows.len()).collect::<Vec<_>>());
                }
                Err(e) => {
                    prop_assert!(want.is_empty(), "{:?} while the model has {:?}", e, want);
                    prop_assert!(matches!(e, UserError::EmptyLeaderboard(_)), "{:?}", e);
                }
            }
        }
    }

    let mut closing = app.closing_times();
    closing.sort();
    let want: Vec<(OpenId, DateTime<Utc>)> = model
        .open
        .iter()
        .map(|(id, m)| (OpenId(*id), m.closes_at))
        .collect();
    prop_assert_eq!(closing, want);
    Ok(())
}

struct Engine {
    config: Config,
    clock: TestClock,
    _dir: tempfile::TempDir,
}

impl Engine {
    fn new(seed: u64) -> Engine {
        let dir = scratch_dir();
        let mut config = Config::from_vars(|name| match name {
            "DISCORD_TOKEN" => Some("t".into()),
            _ => None,
        })
        .unwrap();
        config.data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        config.state_path = dir.path().join("state/quizbot.json");
        config.rng_seed = Some(seed);
        let clock = TestClock::at(Utc.with_ymd_and_hms(2026, 5, 4, 18, 0, 0).unwrap());
        config.clock = Arc::new(clock.clone());
        Engine {
            config,
            clock,
            _dir: dir,
        }
    }

    fn start(&self) -> App {
        quizbot::load(&self.config).unwrap()
    }
}

/// Runs `ops` against the app and the model side by side, comparing after every step.
fn run_against_model(seed: u64, ops: &[Op]) -> TestResult {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let engine = Engine::new(seed);
    let mut app = engine.start();
    let deck = app.library().get(None, DECK).unwrap().clone();
    let mut model = Model::default();
    // What the snapshot file holds: nothing yet, so an empty state.
    let (mut saved, mut saved_state) = (Model::default(), State::default());
    let names = ["ana", "Ana (she/her)"];
    for op in ops {
        let now = engine.clock.now();
        match op {
            Op::Open {
                guild,
                channel,
                secs,
            } => {
                let at = place(*guild, *channel);
                let posted = app
                    .open_question(at, None, None, Duration::seconds(i64::from(*secs)))
                    .map_err(|e| TestCaseError::fail(format!("open refused: {e}")))?;
                prop_assert_eq!(posted.id, OpenId(model.next_id));
                prop_assert_eq!(posted.place, at);
                prop_assert_eq!(posted.closes_at, now + Duration::seconds(i64::from(*secs)));
                prop_assert_eq!(&posted.deck.id, DECK);
                prop_assert_eq!(deck.question(&posted.question.id), Some(&posted.question));
                let q = &posted.question;
                prop_assert_eq!(posted.options.len(), 4);
                prop_assert_eq!(posted.options.iter().filter(|o| **o == q.answer).count(), 1);
                prop_assert!(posted
                    .options
                    .iter()
                    .all(|o| *o == q.answer || q.distractors.contains(o)));
                let distinct: HashSet<&String> = posted.options.iter().collect();
                prop_assert_eq!(distinct.len(), 4);
                let correct = posted.options.iter().position(|o| *o == q.answer).unwrap() as u8;
                // No question comes back before the server has had every one of the deck.
                let asked = model.asked.entry(at.guild.0).or_default();
                prop_assert!(
                    asked.insert(q.id.clone()),
                    "{} repeated within a cycle",
                    q.id
                );
                if asked.len() == deck.len() {
                    asked.clear();
                }
                model.open.insert(
                    model.next_id,
                    ModelOpen {
                        place: at,
                        question: q.clone(),
                        correct,
                        closes_at: posted.closes_at,
                        answers: Vec::new(),
                    },
                );
                model.next_id += 1;
            }
            Op::Answer {
                target,
                elsewhere,
                user,
                name,
                pick,
            } => {
                let id = model.resolve(target);
                let home = model.open.get(&id).map_or(place(0, 0), |m| m.place);
                let at = elsewhere.as_ref().map_or(home, |i| places()[i.index(4)]);
                let option = match pick {
                    Pick::Right => model.open.get(&id).map_or(0, |m| m.correct),
                    Pick::Raw(o) => *o,
                };
                let name = names[usize::from(*name)];
                let expected = model.expect_answer(id, at, *user, option, now);
                let before = whole(&app);
                let got = app.answer(OpenId(id), at, UserId(*user), name, option);
                match (got, expected) {
                    (Ok(answered), Ok(points)) => {
                        let m = &model.open[&id];
                        prop_assert_eq!(answered.points, points);
                        prop_assert_eq!(answered.option, option);
                        prop_assert_eq!(answered.correct, m.correct);
                        prop_assert_eq!(answered.right(), option == m.correct);
                        prop_assert_eq!(answered.correct_text(), Some(m.question.answer.as_str()));
                        prop_assert_eq!(answered.explanation(), m.question.explanation.as_deref());
                        model.record(id, *user, name, option, points, now);
                    }
                    (Err(got), Err(expected)) => {
                        prop_assert_eq!(got, expected);
                        prop_assert_eq!(whole(&app), before, "a refused answer changed the state");
                    }
                    (got, expected) => {
                        return Err(TestCaseError::fail(format!(
                            "answer to {id} in {at:?} by {user} with {option}: got {got:?}, the model expects {expected:?}"
                        )));
                    }
                }
            }
            Op::Advance(secs) => engine.clock.advance(Duration::seconds(i64::from(*secs))),
            Op::Close(target) => {
                let id = model.resolve(target);
                let closed = app.close(OpenId(id));
                match (closed, model.open.remove(&id)) {
                    (None, None) => {}
                    (Some(closed), Some(m)) => {
                        prop_assert_eq!(closed.id, OpenId(id));
                        prop_assert_eq!(closed.question.as_ref(), Some(&m.question));
                        let reveal = &closed.reveal;
                        prop_assert_eq!(reveal.correct, m.correct);
                        prop_assert_eq!(reveal.answered, m.answers.len());
                        let right: Vec<UserId> = m
                            .answers
                            .iter()
                            .filter(|a| a.1 == m.correct)
                            .map(|a| UserId(a.0))
                            .collect();
                        prop_assert_eq!(&reveal.right, &right);
                        let mut counts = [0usize; 4];
                        for a in &m.answers {
                            counts[usize::from(a.1)] += 1;
                        }
                        prop_assert_eq!(reveal.counts, counts);
                    }
                    (closed, m) => {
                        return Err(TestCaseError::fail(format!(
                            "closing {id}: the app gave {closed:?}, the model had {m:?}"
                        )));
                    }
                }
            }
            Op::Snapshot | Op::Restart => {
                rt.block_on(app.store.snapshot())
                    .map_err(|e| TestCaseError::fail(format!("snapshot: {e}")))?;
                (saved, saved_state) = (model.clone(), whole(&app));
                if let Op::Restart = op {
                    drop(app);
                    app = engine.start();
                    prop_assert_eq!(
                        &whole(&app),
                        &saved_state,
                        "the restart did not restore the state"
                    );
                }
            }
            Op::Crash => {
                drop(app);
                app = engine.start();
                prop_assert_eq!(
                    &whole(&app),
                    &saved_state,
                    "after a kill the app did not start from the last snapshot"
                );
                model = saved.clone();
            }
        }
        assert_matches_model(&app, &model)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(1000))]

    /// Arbitrary sequences of opens (2 servers x 2 channels), answers (4 members, any option
    /// including ones past the four, ids open, closed, never issued or random, sometimes pressed
    /// in another channel), clock moves, closes, snapshots and restarts: after every step each
    /// member's points, answers, right answers, streaks, per-channel points, topics and review
    /// cards, the open questions with their answers, the leaderboards and score cards equal a
    /// simple model; every answer is accepted or refused (already answered, closed, not
    /// recognised) as the model says, a refusal changes nothing, a close reveals what the model
    /// holds, no question repeats within a server's cycle, a restart restores the state
    /// exactly, and after a kill (a restart without a snapshot) the app is back at its last
    /// snapshot, all of it and nothing after it.
    #[test]
    fn the_engine_keeps_scores_like_the_model(
        seed in any::<u64>(),
        ops in prop::collection::vec(op(), 1..60),
    ) {
        run_against_model(seed, &ops)?;
    }
}
