//! Snapshot files: arbitrary bytes, arbitrary JSON and damaged snapshots through
//! [`snapshot::decode`] and [`snapshot::load`]; generated valid states round-tripping, in
//! version 2 and as version 1 wrote them; and score boards changed while copies are alive.

use super::*;
use quizbot_domain::ids::RoleId;
use quizbot_domain::suggest::{
    Closure, Decision, Draft, Posted, ProblemReport, ReviewSetup, Suggestion, Suggestions,
};

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 1970 to 2200, to the nanosecond.
    (0i64..7_258_118_400, 0u32..1_000_000_000).prop_map(|(s, ns)| Utc.timestamp_opt(s, ns).unwrap())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..84_000).prop_map(|d| NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + Duration::days(d))
}

fn name() -> impl Strategy<Value = String> {
    "(?s).{0,12}"
}

/// A row with the channel points and topic tallies that go in beside it.
fn member_score() -> impl Strategy<
    Value = (
        MemberScore,
        HashMap<ChannelId, u64>,
        BTreeMap<String, Tally>,
    ),
> {
    (
        name(),
        any::<u64>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        prop::option::of(date()),
        prop::collection::hash_map(any::<u64>().prop_map(ChannelId), any::<u64>(), 0..3),
        prop::collection::btree_map(
            name(),
            (any::<u32>(), any::<u32>())
                .prop_map(|(answered, correct)| Tally { answered, correct }),
            0..3,
        ),
        prop::collection::vec((0u32..100_000, 1u32..100), 0..4),
    )
        .prop_map(
            |(
                name,
                points,
                answered,
                correct,
                streak,
                best_streak,
                daily_streak,
                best_daily_streak,
                last_daily_right,
                channels,
                topics,
                days,
            )| {
                let mut row = MemberScore::default();
                // Points on days in order, the latest within the last thirty kept.
                let mut day = 0;
                for (gap, points) in days {
                    day += gap;
                    let periods = Periods {
                        day,
                        ..Periods::default()
                    };
                    row.record_period(periods, points);
                }
                row.name = name.into();
                row.points = points;
                row.answered = answered;
                row.correct = correct;
                row.streak = streak;
                row.best_streak = best_streak;
                row.daily_streak = daily_streak;
                row.best_daily_streak = best_daily_streak;
                row.last_daily_right = last_daily_right;
                (row, channels, topics)
            },
        )
}

fn daily_schedule() -> impl Strategy<Value = DailySchedule> {
    (
        any::<u64>().prop_map(ChannelId),
        (0u32..24, 0u32..60).prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()),
        prop::sample::select(chrono_tz::TZ_VARIANTS.to_vec()),
        prop::option::of("[a-z0-9-]{1,40}"),
        prop::option::of(name()),
        instant(),
        prop::option::of(date()),
        prop::option::of(
            (date(), instant(), name()).prop_map(|(date, at, message)| DeliveryError {
                date,
                at,
                message,
            }),
        ),
    )
        .prop_map(
            |(channel, time, zone, deck, topic, set_at, last_posted, last_error)| DailySchedule {
                channel,
                time,
                zone,
                deck,
                topic,
                set_at,
                last_posted,
                last_error,
            },
        )
}

/// A cycle as drawing leaves it: each id once.
fn cycle() -> impl Strategy<Value = Cycle> {
    prop::collection::hash_set("[a-z0-9-]{1,40}", 0..5).prop_map(|ids| {
        let ids: Vec<String> = ids.into_iter().collect();
        serde_json::from_value(json!(ids)).unwrap()
    })
}

/// Statistics as answers leave them: questions asked, answered right or wrong (with or
/// without an option's text) after some seconds.
fn server_stats() -> impl Strategy<Value = ServerStats> {
    prop::collection::vec(
        (
            "[a-z]{1,3}",
            "[a-z0-9-]{1,40}",
            prop::option::of((any::<bool>(), prop::option::of(name()), 0i64..1_000)),
        ),
        0..12,
    )
    .prop_map(|events| {
        let mut stats = ServerStats::default();
        for (deck, question, answer) in events {
            match answer {
                None => stats.asked(&deck, &question),
                Some((right, wrong_option, seconds)) => stats.answered(
                    &deck,
                    &question,
                    Counted {
                        right,
                        wrong_option: wrong_option.as_deref().filter(|_| !right),
                        after: Duration::seconds(seconds),
                    },
                ),
            }
        }
        stats
    })
}

/// A draft as a form leaves it: any text, wrong options one a line.
fn draft() -> impl Strategy<Value = Draft> {
    (
        name(),
        name(),
        prop::collection::vec(name(), 0..4),
        prop::option::of(name()),
        prop::option::of(name()),
    )
        .prop_map(|(question, answer, wrong, explanation, topic)| Draft {
            question,
            answer,
            wrong,
            explanation,
            topic,
        })
}

/// Suggestions pending, approved and rejected, and reports open and closed, with ids issued
/// in order and the review channel set or not.
fn suggestions() -> impl Strategy<Value = Suggestions> {
    (
        prop::option::of((any::<u64>(), prop::option::of(any::<u64>()))),
        prop::collection::vec(
            (
                draft(),
                any::<u64>(),
                0u8..3,
                prop::option::of("[a-z0-9-]{1,40}"),
            ),
            0..4,
        ),
        prop::collection::vec((name(), any::<bool>(), prop::option::of(0u8..3)), 0..3),
        0i64..2_000_000_000,
    )
        .prop_map(|(setup, suggested, reported, at)| {
            let at = DateTime::from_timestamp(at, 0).unwrap();
            let mut s = Suggestions {
                setup: setup.map(|(channel, role)| ReviewSetup {
                    channel: ChannelId(channel),
                    role: role.map(RoleId),
                }),
                ..Suggestions::default()
            };
            for (draft, author, state, deck) in suggested {
                let id = s.issue_id();
                let decision = match state {
                    0 => None,
                    1 => Some(Decision::Approved {
                        by: UserId(author ^ 1),
                        deck: deck.clone().unwrap_or_else(|| "community".into()),
                        question: "q".into(),
                    }),
                    _ => Some(Decision::Rejected {
                        by: (author % 2 == 0).then_some(UserId(author)),
                        reason: draft.question.clone(),
                    }),
                };
                let posted = (author % 3 == 0).then_some(Posted {
                    channel: ChannelId(author),
                    message: MessageId(author / 2),
                });
                let told = decision.is_some() && author % 2 == 1;
                s.suggestions.insert(
                    id,
                    Suggestion {
                        id,
                        author: UserId(author),
                        deck,
                        draft,
                        at,
                        posted,
                        decision,
                        told,
                    },
                );
            }
            for (text, bundled, closed) in reported {
                let id = s.issue_id();
                let closed = closed.map(|c| {
                    let how =
                        [Closure::Dismissed, Closure::Edited, Closure::Removed][usize::from(c)];
                    (how, UserId(id))
                });
                s.reports.insert(
                    id,
                    ProblemReport {
                        id,
                        reporter: UserId(7),
                        deck: "d".into(),
                        bundled,
                        question: "q".into(),
                        text,
                        at,
                        posted: None,
                        closed,
                    },
                );
            }
            s
        })
}

fn guild_state() -> impl Strategy<Value = GuildState> {
    (
        prop::collection::hash_map(any::<u64>().prop_map(UserId), member_score(), 0..4),
        prop::collection::hash_map("[a-z0-9-]{1,40}", cycle(), 0..3),
        prop::option::of(daily_schedule()),
        prop::option::of("[a-z0-9-]{1,40}"),
        (
            any::<u32>(),
            any::<u32>(),
            prop::option::of((any::<u64>(), name(), any::<u64>())),
        ),
        (
            server_stats(),
            any::<u32>(),
            suggestions(),
            prop::option::of("[a-z]{2}(-[A-Z]{2})?"),
        ),
    )
        .prop_map(
            |(
                members,
                cycles,
                daily,
                default_deck,
                (week, month, winner),
                (stats, links, suggestions, language),
            )| {
                let mut scores = Scoreboard::default();
                for (user, (row, channels, topics)) in members {
                    let topics = topics.iter().map(|(t, n)| (t.as_str(), *n));
                    scores.insert(user, row, channels, topics);
                }
                GuildState {
                    language,
                    scores,
                    cycles: Arc::new(cycles),
                    daily,
                    daily_posted_before_off: None,
                    default_deck,
                    weeks: PeriodTable {
                        current: week,
                        previous: winner.clone().map(|(user, name, points)| Winners {
                            period: week.wrapping_sub(1),
                            top: vec![(UserId(user), name, points)],
                        }),
                    },
                    months: PeriodTable {
                        current: month,
                        previous: None,
                    },
                    stats,
                    dashboard_links: links,
                    suggestions,
                }
            },
        )
}

fn grade() -> impl Strategy<Value = Grade> {
    prop::sample::select(Grade::ALL.to_vec())
}

/// A review book whose cards were each graded a few times from some instant on, with a
/// desired retention of its own.
fn review_book() -> impl Strategy<Value = ReviewBook> {
    (
        prop::collection::vec(
            (
                "[a-z0-9-]{1,10}",
                "[a-z0-9-]{1,10}",
                instant(),
                prop::collection::vec((grade(), 0i64..100_000_000), 1..4),
            ),
            0..5,
        ),
        70u32..=97,
    )
        .prop_map(|(cards, retention)| {
            let mut book = ReviewBook::default();
            book.settings.retention = retention as f32 / 100.0;
            for (deck, question, mut at, grades) in cards {
                let card = CardKey::new(deck, question);
                for (grade, after) in grades {
                    book.grade(&card, grade, at);
                    at += Duration::seconds(after);
                }
            }
            book
        })
}

/// An open question that passes [`OpenQuestion::check`]: 2 to 4 options, the right one among
/// them, answers only to options it has, and a first right answerer who answered right.
fn open_question() -> impl Strategy<Value = OpenQuestion> {
    (2usize..=4).prop_flat_map(|n| {
        (
            (
                any::<u64>().prop_map(GuildId),
                any::<u64>().prop_map(ChannelId),
                "[a-z0-9-]{1,40}",
                "[a-z0-9-]{1,40}",
                name(),
                prop::collection::vec(name(), n),
                0..n as u8,
            ),
            (instant(), instant()),
            prop::option::of(any::<u64>().prop_map(MessageId)),
            prop::collection::hash_map(
                any::<u64>().prop_map(UserId),
                (0..n as u8, any::<u32>(), any::<u32>()).prop_map(|(option, seq, points)| Answer {
                    option,
                    seq,
                    points,
                }),
                0..5,
            ),
            prop::option::of(any::<Index>()),
            prop::option::of(date()),
            any::<bool>(),
        )
            .prop_map(
                |(
                    (guild, channel, deck, question, topic, mut options, correct),
                    (opened_at, closes_at),
                    message,
                    answers,
                    first,
                    daily,
                    typed,
                )| {
                    // A typed question holds its answer alone; its answers are right (0) or
                    // wrong (1), as two options' would be.
                    let typed = typed && options.len() == 2 && correct == 0;
                    if typed {
                        options.truncate(1);
                    }
                    let mut right: Vec<UserId> = answers
                        .iter()
                        .filter(|(_, a)| a.option == correct)
                        .map(|(u, _)| *u)
                        .collect();
                    right.sort();
                    let first_right = first
                        .filter(|_| !right.is_empty())
                        .map(|i| right[i.index(right.len())]);
                    OpenQuestion {
                        guild,
                        channel,
                        card: CardKey::new(deck, question),
                        topic: topic.into(),
                        options,
                        correct,
                        opened_at,
                        closes_at,
                        message,
                        answers: answers.into_iter().collect(),
                        first_right,
                        daily,
                        typed,
                    }
                },
            )
    })
}

/// A round part way through: some questions asked, members with round points.
fn round() -> impl Strategy<Value = Round> {
    (
        (any::<u64>(), any::<u64>(), name()),
        (1usize..=25, 0usize..=25, 10u16..=300),
        prop::option::of("[a-z0-9-]{1,40}"),
        prop::collection::hash_set("[a-z0-9-]{1,40}", 0..4),
        prop::collection::hash_map(
            any::<u64>().prop_map(UserId),
            (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()),
            0..4,
        ),
    )
        .prop_map(
            |((guild, starter, starter_name), (total, done, seconds), topic, asked, scores)| {
                Round {
                    guild: GuildId(guild),
                    starter: UserId(starter),
                    starter_name,
                    deck: "async-python".into(),
                    topic,
                    // No more asked or done than the round's total, as a round leaves them.
                    total: total.max(asked.len()),
                    seconds,
                    done: done.min(total.max(asked.len())),
                    asked,
                    scores: scores
                        .into_iter()
                        .map(|(user, (points, right, answered, fastest))| {
                            (
                                user,
                                RoundScore {
                                    points,
                                    right,
                                    answered,
                                    fastest,
                                },
                            )
                        })
                        .collect(),
                    current: None,
                }
            },
        )
}

/// A consistent state: every open id below `next_open_id`, every card in boxes 1 to 5, every
/// open question passing its check.
fn valid_state() -> impl Strategy<Value = State> {
    (
        prop::collection::hash_map(any::<u64>().prop_map(GuildId), guild_state(), 0..3),
        prop::collection::hash_map(any::<u64>().prop_map(UserId), review_book(), 0..3),
        prop::collection::hash_map(0..u64::MAX / 2, open_question(), 0..4),
        0u64..1000,
        prop::collection::hash_map(any::<u64>().prop_map(ChannelId), round(), 0..3),
    )
        .prop_map(|(guilds, reviews, open, extra, mut rounds)| {
            let next_open_id = open.keys().max().map_or(extra, |max| max + 1 + extra);
            // A round's open question is one of the state's, when it has one.
            let ids: Vec<u64> = open.keys().copied().collect();
            for (i, round) in rounds.values_mut().enumerate() {
                round.current = ids.get(i).map(|id| OpenId(*id));
            }
            State {
                guilds: guilds
                    .into_iter()
                    .map(|(id, g)| (id, Arc::new(g)))
                    .collect(),
                reviews: reviews
                    .into_iter()
                    .map(|(id, b)| (id, Arc::new(b)))
                    .collect(),
                open: open
                    .into_iter()
                    .map(|(id, q)| (OpenId(id), Arc::new(q)))
                    .collect(),
                next_open_id,
                rounds,
            }
        })
}

/// A change anywhere in a JSON document: remove a key or element, or replace a value.
#[derive(Debug, Clone)]
enum Poke {
    Remove,
    Replace(Value),
}

fn poke_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            Value::Null,
            json!(true),
            json!(0),
            json!(-1),
            json!(1),
            json!(2),
            json!(4),
            json!(5),
            json!(9),
            json!(u64::MAX),
            json!(1.5),
            json!(""),
            json!("x"),
            json!("1"),
            json!("UTC"),
            json!("Mars/Olympus"),
            json!("25:00"),
            json!("2026-01-01T00:00:00Z"),
            json!("2026-02-30"),
            json!([]),
            json!({}),
            json!({"1": {}}),
        ]),
        any::<i64>().prop_map(Value::from),
    ]
}

fn poke() -> impl Strategy<Value = (Vec<Index>, Poke)> {
    (
        prop::collection::vec(any::<Index>(), 1..8),
        prop_oneof![
            1 => Just(Poke::Remove),
            3 => poke_value().prop_map(Poke::Replace),
        ],
    )
}

/// Applies `poke` at the node `path` leads to (each step picks a child of a non-empty container).
fn apply_poke(value: &mut Value, path: &[Index], poke: &Poke) {
    let (step, rest) = match path.split_first() {
        Some(split) => split,
        None => {
            if let Poke::Replace(v) = poke {
                *value = v.clone();
            }
            return;
        }
    };
    let descend = |child: &Value| {
        !rest.is_empty()
            && match child {
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
                _ => false,
            }
    };
    match value {
        Value::Array(items) if !items.is_empty() => {
            let i = step.index(items.len());
            if descend(&items[i]) {
                apply_poke(&mut items[i], rest, poke);
            } else {
                match poke {
                    Poke::Remove => {
                        items.remove(i);
                    }
                    Poke::Replace(v) => items[i] = v.clone(),
                }
            }
        }
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(step.index(map.len())).unwrap().clone();
            if descend(&map[&key]) {
                apply_poke(map.get_mut(&key).unwrap(), rest, poke);
            } else {
                match poke {
                    Poke::Remove => {
                        map.remove(&key);
                    }
                    Poke::Replace(v) => {
                        map.insert(key, v.clone());
                    }
                }
            }
        }
        _ => {
            if let Poke::Replace(v) = poke {
                *value = v.clone();
            }
        }
    }
}

/// Whatever the bytes: `decode` and `load` never panic, agree, and either give a consistent
/// state that round-trips or an error naming the file; `load` leaves the file as it was.
fn check_snapshot_outcome(bytes: &[u8]) -> Result<Option<State>, TestCaseError> {
    let dir = scratch_dir();
    let path = dir.path().join("state dir").join("quizbot.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    let decoded = snapshot::decode(&path, bytes);
    let loaded = snapshot::load(&path);
    prop_assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "load changed the snapshot file"
    );
    let files = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
    prop_assert_eq!(files, 1, "load left files beside the snapshot");
    match (decoded, loaded) {
        (Ok(state), Ok(Some(again))) => {
            prop_assert_eq!(&state, &again);
            prop_assert_eq!(state.check(), Ok(()));
            let reencoded = snapshot::encode(&state);
            let back = snapshot::decode(&path, &reencoded);
            prop_assert!(
                matches!(&back, Ok(s) if *s == state),
                "an accepted snapshot does not round-trip: {:?}",
                back
            );
            Ok(Some(state))
        }
        (Err(e), Err(again)) => {
            let shown = e.to_string();
            // The same refusal; its text may differ, since the check reports the first bad open
            // question in a hash map's order.
            prop_assert_eq!(std::mem::discriminant(&e), std::mem::discriminant(&again));
            prop_assert!(again.to_string().contains(&*path.to_string_lossy()));
            prop_assert!(
                shown.contains(&*path.to_string_lossy()),
                "{:?} does not name the file",
                shown
            );
            let io_error = matches!(e, SnapshotError::Read { .. } | SnapshotError::Write { .. });
            prop_assert!(!io_error, "{}", shown);
            Ok(None)
        }
        (decoded, loaded) => Err(TestCaseError::fail(format!(
            "decode and load disagree: {decoded:?} / {loaded:?}"
        ))),
    }
}

/// `state` as version 1 wrote it.
fn as_version_1(state: &State) -> Value {
    let mut doc: Value = serde_json::from_slice(&snapshot::encode(state)).unwrap();
    doc["version"] = json!(1);
    // Version 1's review books were Leitner boxes, as version 2's: their migration is tested
    // with version 2 files.
    doc["state"]["reviews"] = json!({});
    // Version 1 saved no rounds.
    doc["state"].as_object_mut().unwrap().remove("rounds");
    for guild in doc["state"]["guilds"].as_object_mut().unwrap().values_mut() {
        let guild = guild.as_object_mut().unwrap();
        // Version 1 had no default deck, weekly and monthly tables, statistics, suggestions nor
        // language per server.
        for newer in [
            "default_deck",
            "weeks",
            "months",
            "stats",
            "dashboard_links",
            "suggestions",
            "language",
        ] {
            guild.remove(newer);
        }
        let scores = guild.remove("scores").unwrap();
        let (channels, topics) = (&scores["channels"], &scores["topics"]);
        let members: serde_json::Map<String, Value> = scores["members"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(user, row)| {
                let at = |v: &Value| v.as_u64().unwrap() as usize;
                let mut member = json!({
                    "name": row[0], "points": row[1], "answered": row[2], "correct": row[3],
                    "streak": row[4], "best_streak": row[5], "daily_streak": row[6],
                    "best_daily_streak": row[7],
                    "channels": row[9].as_array().unwrap().iter()
                        .map(|c| (channels[at(&c[0])].to_string(), c[1].clone()))
                        .collect::<serde_json::Map<_, _>>(),
                    "topics": row[10].as_array().unwrap().iter()
                        .map(|t| (
                            topics[at(&t[0])].as_str().unwrap().to_owned(),
                            json!({"answered": t[1], "correct": t[2]}),
                        ))
                        .collect::<serde_json::Map<_, _>>(),
                });
                if !row[8].is_null() {
                    member["last_daily_right"] = row[8].clone();
                }
                (user.clone(), member)
            })
            .collect();
        guild.insert("members".into(), Value::Object(members));
    }
    doc
}

/// Every member's score as a user sees it: counters, points per channel, tally per topic.
type SeenScore = (
    String,
    [u64; 7],
    Option<NaiveDate>,
    BTreeMap<u64, u64>,
    BTreeMap<String, Tally>,
);

fn scores_seen(state: &State) -> BTreeMap<(u64, u64), SeenScore> {
    let mut seen = BTreeMap::new();
    for (guild, g) in state.guilds.iter() {
        for member in g.scores.members() {
            let (user, m) = (member.user, member.score);
            let counters = [
                m.points,
                m.answered.into(),
                m.correct.into(),
                m.streak.into(),
                m.best_streak.into(),
                m.daily_streak.into(),
                m.best_daily_streak.into(),
            ];
            let channels = member.channels().map(|(c, p)| (c.0, p)).collect();
            let topics = member.topics().map(|(t, n)| (t.to_owned(), n)).collect();
            seen.insert(
                (guild.0, user.0),
                (
                    member.name.to_owned(),
                    counters,
                    m.last_daily_right,
                    channels,
                    topics,
                ),
            );
        }
    }
    seen
}

fn sample_snapshot_bytes() -> Vec<u8> {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut state = valid_state().new_tree(&mut runner).unwrap().current();
    while state.open.is_empty() || state.guilds.is_empty() {
        state = valid_state().new_tree(&mut runner).unwrap().current();
    }
    snapshot::encode(&state)
}

/// How many different answers an open question in a snapshot takes: its options, or right
/// and wrong when it is typed.
fn choices(q: &Value) -> u64 {
    if q["typed"] == json!(true) {
        2
    } else {
        q["options"].as_array().unwrap().len() as u64
    }
}

proptest! {
    #![proptest_config(config(2000))]

    /// Arbitrary bytes, and a snapshot with bytes cut, changed or inserted, as the snapshot file:
    /// no panic; a consistent state, or an error naming the file; the file is never modified.
    #[test]
    fn snapshot_bytes_load_or_are_refused_naming_the_file(
        bytes in damaged_bytes(sample_snapshot_bytes()),
    ) {
        check_snapshot_outcome(&bytes)?;
    }

    /// Arbitrary JSON as the snapshot file, bare or inside `{"version": 1 or 2, "state": ...}`:
    /// no panic; a consistent state, or an error naming the file; the file is never modified.
    #[test]
    fn snapshot_json_of_any_shape_loads_or_is_refused_naming_the_file(
        doc in json_tree(),
        wrapped in prop::option::of(1u32..=2),
    ) {
        let text = match wrapped {
            Some(version) => format!("{{\"version\":{version},\"state\":{}}}", doc.text()),
            None => doc.text(),
        };
        check_snapshot_outcome(text.as_bytes())?;
    }
}

/// One step against the state's review books while copies (the snapshots' view) come and go.
#[derive(Debug, Clone)]
enum BookStep {
    /// Grades question `q` in user `u`'s book (made if missing, through `book_mut`).
    Grade(u64, u8, Grade),
    Remove(u64),
    Copy,
    /// Drops one of the copies alive.
    DropCopy(Index),
}

fn book_step() -> impl Strategy<Value = BookStep> {
    let user = 0..60u64;
    prop_oneof![
        6 => (user.clone(), 0..4u8, grade()).prop_map(|(u, q, g)| BookStep::Grade(u, q, g)),
        1 => user.prop_map(BookStep::Remove),
        1 => Just(BookStep::Copy),
        1 => any::<Index>().prop_map(BookStep::DropCopy),
    ]
}

fn books(state: &State) -> BTreeMap<u64, ReviewBook> {
    state
        .reviews
        .iter()
        .map(|(user, book)| (user.0, ReviewBook::clone(book)))
        .collect()
}

proptest! {
    #![proptest_config(config(500))]

    /// Whatever is graded or removed while copies of the state are alive, the live state reads
    /// like a plain map given the same steps, and every copy still reads exactly as it did
    /// when taken (and round-trips through a snapshot).
    #[test]
    fn state_changed_while_copies_are_alive_leaves_each_copy_as_it_was(
        steps in proptest::collection::vec(book_step(), 1..80),
    ) {
        let at = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap();
        let mut live = State::default();
        let mut model: BTreeMap<u64, ReviewBook> = BTreeMap::new();
        let mut copies: Vec<(State, BTreeMap<u64, ReviewBook>)> = Vec::new();
        for step in steps {
            match step {
                BookStep::Grade(user, q, grade) => {
                    let card = CardKey::new("d", format!("q{q}"));
                    live.book_mut(UserId(user)).grade(&card, grade, at);
                    model.entry(user).or_default().grade(&card, grade, at);
                }
                BookStep::Remove(user) => {
                    prop_assert_eq!(
                        live.reviews.remove(&UserId(user)).map(Arc::unwrap_or_clone),
                        model.remove(&user)
                    );
                }
                BookStep::Copy => copies.push((live.clone(), model.clone())),
                BookStep::DropCopy(which) => {
                    if !copies.is_empty() {
                        copies.remove(which.index(copies.len()));
                    }
                }
            }
            prop_assert_eq!(&books(&live), &model);
            for (copy, seen) in &copies {
                prop_assert_eq!(&books(copy), seen);
            }
        }
        let back = snapshot::decode(Path::new("s.json"), &snapshot::encode(&live)).unwrap();
        prop_assert_eq!(books(&back), model);
    }
}

/// `board` written as a snapshot holds it and read back.
fn reread(board: &Scoreboard) -> Scoreboard {
    serde_json::from_slice(&serde_json::to_vec(board).unwrap()).unwrap()
}

/// One step against a server's [`Scoreboard`] while copies (the snapshots' view) come and go.
#[derive(Debug, Clone)]
enum BoardStep {
    Answer {
        user: u64,
        renamed: bool,
        channel: u64,
        topic: usize,
        right: bool,
        points: u32,
    },
    /// A right daily answer through `member_mut`.
    Daily(u64, u32),
    Copy,
    DropCopy(Index),
}

fn board_step() -> impl Strategy<Value = BoardStep> {
    prop_oneof![
        8 => (0..40u64, any::<bool>(), 0..3u64, 0..4usize, any::<bool>(), 0..20u32).prop_map(
            |(user, renamed, channel, topic, right, points)| BoardStep::Answer {
                user,
                renamed,
                channel,
                topic,
                right,
                points,
            }
        ),
        1 => (0..40u64, 0..30u32).prop_map(|(user, day)| BoardStep::Daily(user, day)),
        1 => Just(BoardStep::Copy),
        1 => any::<Index>().prop_map(BoardStep::DropCopy),
    ]
}

fn apply_board_step(board: &mut Scoreboard, step: &BoardStep) {
    const TOPICS: [&str; 4] = ["basics", "errors", "tasks", "event loop"];
    match *step {
        BoardStep::Answer {
            user,
            renamed,
            channel,
            topic,
            right,
            points,
        } => {
            let name = format!("member {user}{}", if renamed { " (renamed)" } else { "" });
            board.record(
                UserId(user),
                &name,
                Scored {
                    channel: ChannelId(channel),
                    topic: TOPICS[topic],
                    right,
                    points,
                },
            );
        }
        BoardStep::Daily(user, day) => {
            let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(day.into());
            if let Some(score) = board.member_mut(UserId(user)) {
                score.record_daily(date, true);
            }
        }
        BoardStep::Copy | BoardStep::DropCopy(_) => {}
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Answers recorded while copies of a server's scores are alive (a row then leaves the
    /// shared rows for the live side alone) read exactly as on a board that was never copied,
    /// and every copy still reads as the board did when it was taken; after a snapshot round
    /// trip too.
    #[test]
    fn scores_changed_while_copies_are_alive_read_like_a_board_never_copied(
        start in proptest::collection::vec(board_step(), 0..60),
        steps in proptest::collection::vec(board_step(), 1..80),
    ) {
        // The model is never cloned (a clone shares rows): its expected copies are rebuilt
        // from its snapshot form.
        let (mut live, mut model) = (Scoreboard::default(), Scoreboard::default());
        for step in &start {
            apply_board_step(&mut live, step);
            apply_board_step(&mut model, step);
        }
        let mut copies: Vec<(Scoreboard, Scoreboard)> = Vec::new();
        for step in &steps {
            match step {
                BoardStep::Copy => copies.push((live.clone(), reread(&model))),
                BoardStep::DropCopy(which) => {
                    if !copies.is_empty() {
                        copies.remove(which.index(copies.len()));
                    }
                }
                _ => {
                    apply_board_step(&mut live, step);
                    apply_board_step(&mut model, step);
                }
            }
            prop_assert_eq!(&live, &model);
            prop_assert_eq!(live.len(), model.len());
            prop_assert_eq!(live.members().count(), model.len());
            for (copy, seen) in &copies {
                prop_assert_eq!(copy, seen);
            }
        }
        prop_assert!(live.check().is_ok());
        prop_assert_eq!(reread(&live), model);
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Valid states (guilds, members with scores, daily schedules in every zone, cycles, open
    /// questions that pass their check, review cards graded in any order, `next_open_id` above every
    /// open id) round-trip through `encode` + `decode`, and through a file and `load`; `save`
    /// (which encodes servers on two threads) writes exactly the bytes of `encode`.
    #[test]
    fn valid_states_round_trip(state in valid_state()) {
        let bytes = snapshot::encode(&state);
        let dir = scratch_dir();
        let saved = dir.path().join("saved.json");
        snapshot::save(&saved, &state).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(std::fs::read(&saved).ok(), Some(bytes.clone()), "save writes what encode makes");
        let decoded = snapshot::decode(Path::new("s.json"), &bytes);
        prop_assert!(matches!(&decoded, Ok(s) if *s == state), "{:?}", decoded.err());
        prop_assert_eq!(check_snapshot_outcome(&bytes)?, Some(state));
    }

    /// Any valid state written as a version 1 file (each score row an object naming its
    /// channels and topics) loads with every score, streak, channel and topic as it was.
    #[test]
    fn version_1_files_load_with_every_score(state in valid_state()) {
        let v1 = as_version_1(&state);
        let loaded = snapshot::decode(Path::new("s.json"), v1.to_string().as_bytes());
        let loaded = loaded.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(scores_seen(&loaded), scores_seen(&state));
        prop_assert_eq!(&loaded.open, &state.open);
        prop_assert_eq!(loaded.next_open_id, state.next_open_id);
        for (id, g) in state.guilds.iter() {
            let other = &loaded.guilds[id];
            prop_assert_eq!((&other.cycles, &other.daily), (&g.cycles, &g.daily));
        }
    }

    /// A valid snapshot with one key or element removed, or one value replaced anywhere: no
    /// panic; either still a consistent state (that round-trips) or an error naming the file,
    /// and the file is never modified.
    #[test]
    fn a_damaged_snapshot_loads_consistently_or_is_refused(
        state in valid_state(),
        (path, how) in poke(),
    ) {
        let mut value: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        apply_poke(&mut value, &path, &how);
        check_snapshot_outcome(&serde_json::to_vec(&value).unwrap())?;
    }

    /// A snapshot of any other version is refused as such, naming the version it has.
    #[test]
    fn other_versions_are_refused_naming_the_version(
        state in valid_state(),
        version in any::<u64>().prop_filter("not ours", |v| !(1..=u64::from(snapshot::VERSION)).contains(v)),
    ) {
        let mut value: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        value["version"] = json!(version);
        let err = snapshot::decode(Path::new("s.json"), &serde_json::to_vec(&value).unwrap());
        prop_assert!(
            matches!(err, Err(SnapshotError::Version { found, .. }) if found == version),
            "{:?}", err
        );
    }

    /// A snapshot that parses but does not hold together (an open id never issued, a right option
    /// or an answer past the options, too few or too many options, a first right answerer who
    /// was wrong, a question with more right answers than answers, a review card with a
    /// stability or difficulty FSRS cannot have) is refused as inconsistent, naming the file.
    #[test]
    fn inconsistent_snapshots_are_refused(
        state in valid_state(),
        which in 0u8..7,
        pick in any::<Index>(),
        number in any::<u8>(),
    ) {
        let mut value: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        let s = &mut value["state"];
        let open_ids: Vec<String> = s["open"].as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
        let guild_ids: Vec<String> = s["guilds"].as_object().map(|g| g.keys().cloned().collect()).unwrap_or_default();
        let expected = match which {
            0 if !open_ids.is_empty() => {
                let id: u64 = open_ids[pick.index(open_ids.len())].parse().unwrap();
                s["next_open_id"] = json!(id - u64::from(number) % (id + 1));
                "was never issued"
            }
            1 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let n = choices(q);
                q["correct"] = json!(n + u64::from(number % 200));
                "correct option"
            }
            2 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let n = choices(q);
                q["answers"]["77"] = json!({"option": n + u64::from(number % 200), "seq": 0, "points": 0});
                "answered option"
            }
            3 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let typed = q["typed"] == json!(true);
                let options = q["options"].as_array_mut().unwrap();
                if typed {
                    options.push(json!("another"));
                } else if number % 2 == 0 {
                    options.truncate(1);
                    q["correct"] = json!(0);
                    q["answers"] = json!({});
                    q["first_right"] = Value::Null;
                } else {
                    options.resize(5 + usize::from(number % 7), json!("more"));
                }
                "options"
            }
            4 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let n = choices(q);
                let correct = q["correct"].as_u64().unwrap();
                q["answers"]["77"] = json!({"option": (correct + 1) % n, "seq": 0, "points": 0});
                q["first_right"] = json!(77);
                "first right answer"
            }
            5 if !guild_ids.is_empty() => {
                let g = &mut s["guilds"][&guild_ids[pick.index(guild_ids.len())]];
                let right = 2 + u32::from(number);
                let times = [0u32; 12];
                g["stats"]["zz"] = json!({"q": [0, 1, right, [], 0, times]});
                "statistics of question"
            }
            _ => {
                let (stability, difficulty) = [(-1.0, 5.0), (0.0, 5.0), (3.0, 0.5), (3.0, 11.0)][usize::from(number) % 4];
                s["reviews"]["5"] = json!({"cards": {"d": {"q": {
                    "memory": [stability, difficulty], "due": "2026-01-01T00:00:00Z",
                    "last_review": "2025-12-30T00:00:00Z", "reps": 1, "lapses": 0}}}});
                "stability"
            }
        };
        let bytes = serde_json::to_vec(&value).unwrap();
        let err = snapshot::decode(Path::new("dir/s.json"), &bytes);
        match &err {
            Err(e @ SnapshotError::Inconsistent { .. }) => {
                let shown = e.to_string();
                prop_assert!(shown.contains("dir/s.json") && shown.contains(expected), "{}", shown);
            }
            other => return Err(TestCaseError::fail(format!("expected an inconsistency ({expected}): {other:?}"))),
        }
        check_snapshot_outcome(&bytes)?;
    }
}

/// A Leitner card as version 2 wrote it: its box and due time.
type LeitnerCard = (u8, DateTime<Utc>);
/// Leitner books per user, `{deck: {question: card}}`.
type LeitnerBooks = BTreeMap<u64, BTreeMap<String, BTreeMap<String, LeitnerCard>>>;

/// Leitner books as version 2 wrote them: per user, `{deck: {question: {box, due}}}`.
fn leitner_books() -> impl Strategy<Value = LeitnerBooks> {
    prop::collection::btree_map(
        any::<u64>(),
        prop::collection::btree_map(
            "[a-z0-9-]{1,10}",
            prop::collection::btree_map("[a-z0-9-]{1,10}", (1u8..=5, instant()), 0..6),
            0..3,
        ),
        0..4,
    )
}

proptest! {
    #![proptest_config(config(500))]

    /// Any valid state written as a version 2 file, with Leitner books of cards in every box:
    /// it loads with every card, each due when its box made it due, and saves as the current
    /// version, which loads the same.
    #[test]
    fn version_2_files_keep_every_leitner_card_due_when_it_was(
        state in valid_state(),
        books in leitner_books(),
    ) {
        let mut doc: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        doc["version"] = json!(2);
        doc["state"]["reviews"] = books
            .iter()
            .map(|(user, decks)| {
                let decks: serde_json::Map<String, Value> = decks
                    .iter()
                    .map(|(deck, questions)| {
                        let questions: serde_json::Map<String, Value> = questions
                            .iter()
                            .map(|(q, (level, due))| (q.clone(), json!({"box": level, "due": due})))
                            .collect();
                        (deck.clone(), Value::Object(questions))
                    })
                    .collect();
                (user.to_string(), Value::Object(decks))
            })
            .collect::<serde_json::Map<_, _>>()
            .into();
        let loaded = snapshot::decode(Path::new("s.json"), doc.to_string().as_bytes())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut kept = 0;
        for (user, decks) in &books {
            for (deck, questions) in decks {
                for (question, (level, due)) in questions {
                    let card = loaded
                        .reviews
                        .get(&UserId(*user))
                        .and_then(|b| b.card(&CardKey::new(deck.as_str(), question.as_str())));
                    let card = card.ok_or_else(|| TestCaseError::fail(format!("{user}: {deck}/{question} lost")))?;
                    prop_assert_eq!(card.due, *due);
                    prop_assert!(card.last_review <= card.due);
                    prop_assert_eq!(card.reps, u32::from(*level));
                    kept += 1;
                }
            }
        }
        prop_assert_eq!(loaded.reviews.values().map(|b| b.len()).sum::<usize>(), kept);
        prop_assert_eq!(scores_seen(&loaded), scores_seen(&state));
        prop_assert_eq!(&loaded.open, &state.open);
        let saved = snapshot::encode(&loaded);
        let current = format!("{{\"version\":{},", snapshot::VERSION);
        prop_assert!(saved.starts_with(current.as_bytes()), "saved as the current version");
        prop_assert_eq!(snapshot::decode(Path::new("s.json"), &saved).ok(), Some(loaded));
    }
}
