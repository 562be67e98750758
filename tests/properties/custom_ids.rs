//! Component custom ids through [`CustomId::parse`]: only the forms the bot writes parse.

use super::*;

/// Custom ids as the bot writes them, with one or more pieces slightly off: prefixes, signs,
/// leading zeros, numbers past their range, steps and scopes, deck ids of every length, the
/// number of fields.
fn custom_id_text() -> impl Strategy<Value = String> {
    let prefix = |ours: &'static str| {
        prop_oneof![
            8 => Just(ours),
            1 => prop::sample::select(vec!["q1", "f1", "f2", "v1", "l1", "s1", "u1", "p1", "o1", "w1", "Q1", "q2", "q", "l1 ", " q1", "q01", "S1", "V1", "W1", "u2", ""]),
        ]
    };
    let number = || {
        prop_oneof![
            6 => "0|[1-9][0-9]{0,5}",
            2 => "[1-9][0-9]{17,20}",
            1 => "[0-9]{1,4}",
            2 => prop::sample::select(vec![
                "", "00", "01", "-1", "+1", " 1", "1 ", "100000", "100001",
                "18446744073709551615", "18446744073709551616", "\u{0661}", "\u{ff11}", "1\u{0}",
            ])
            .prop_map(str::to_owned),
        ]
    };
    let word = || {
        prop_oneof![
            6 => "[a-z0-9-]{1,40}",
            1 => "[a-z0-9-]{41,45}",
            2 => prop::sample::select(vec!["", "A", "a b", "é", "a_b", "a.b", "-", "0"])
                .prop_map(str::to_owned),
        ]
    };
    let letter = || {
        prop::sample::select(vec![
            "r", "a", "h", "g", "e", "k", "m", "s", "c", "q", "f", "x", "n", "o", "d", "R", "G",
            "N", "", "rk",
        ])
        .prop_map(str::to_owned)
    };
    let field = prop_oneof![number(), word(), letter(), "[a-z0-9:+ -]{0,6}"];
    prop_oneof![
        (prefix("q1"), number(), number()).prop_map(|(p, a, b)| format!("{p}:{a}:{b}")),
        (prefix("f2"), letter(), word(), word())
            .prop_map(|(p, s, d, q)| format!("{p}:{s}:{d}:{q}")),
        (prefix("v1"), letter(), number(), number(), word(), word())
            .prop_map(|(p, s, a, b, d, q)| format!("{p}:{s}:{a}:{b}:{d}:{q}")),
        (prefix("v1"), letter()).prop_map(|(p, s)| format!("{p}:{s}")),
        (prefix("l1"), letter(), number()).prop_map(|(p, s, n)| format!("{p}:{s}:{n}")),
        (prefix("s1"), letter(), word()).prop_map(|(p, s, d)| format!("{p}:{s}:{d}")),
        (prefix("s1"), letter(), word(), number())
            .prop_map(|(p, s, d, n)| format!("{p}:{s}:{d}:{n}")),
        (prefix("u1"), letter(), number()).prop_map(|(p, s, n)| format!("{p}:{s}:{n}")),
        (prefix("u1"), letter()).prop_map(|(p, s)| format!("{p}:{s}")),
        (prefix("p1"), word(), word()).prop_map(|(p, d, q)| format!("{p}:{d}:{q}")),
        (prefix("o1"), letter(), number()).prop_map(|(p, s, n)| format!("{p}:{s}:{n}")),
        (prefix("w1"), letter(), number()).prop_map(|(p, s, n)| format!("{p}:{s}:{n}")),
        (prefix("w1"), letter(), word()).prop_map(|(p, s, d)| format!("{p}:{s}:{d}")),
        (prefix("w1"), letter(), word(), word())
            .prop_map(|(p, s, d, q)| format!("{p}:{s}:{d}:{q}")),
        (
            prop::sample::select(vec![
                "q1", "f2", "v1", "l1", "s1", "u1", "p1", "o1", "w1", "Q1", "x"
            ]),
            prop::collection::vec(field, 0..6)
        )
            .prop_map(|(p, fields)| {
                let mut s = p.to_owned();
                for f in fields {
                    s.push(':');
                    s.push_str(&f);
                }
                s
            }),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Reveal),
        prop::sample::select(Grade::ALL.to_vec()).prop_map(Step::Grade),
    ]
}

fn issued_custom_id() -> impl Strategy<Value = CustomId> {
    prop_oneof![
        (any::<u64>(), 0u8..4).prop_map(|(open, option)| CustomId::Answer {
            open: OpenId(open),
            option
        }),
        (step(), "[a-z0-9-]{1,40}", "[a-z0-9-]{1,40}").prop_map(|(step, deck, question)| {
            CustomId::Flashcard {
                step,
                deck,
                question,
            }
        }),
        (
            step(),
            (0..=MAX_SESSION).prop_flat_map(|reviewed| (Just(reviewed), 0..=reviewed)),
            "[a-z0-9-]{1,40}",
            "[a-z0-9-]{1,40}"
        )
            .prop_map(
                |(step, (reviewed, remembered), deck, question)| CustomId::Review {
                    step,
                    session: Session {
                        reviewed,
                        remembered
                    },
                    deck,
                    question
                }
            ),
        Just(CustomId::StartReview),
        (
            prop::sample::select(vec![
                Table::Server,
                Table::Channel,
                Table::Week,
                Table::Month
            ]),
            1usize..=100_000
        )
            .prop_map(|(table, page)| CustomId::Page { table, page }),
        (
            prop::sample::select(vec![Study::Quiz, Study::Flashcards]),
            "[a-z0-9-]{1,40}",
            prop::option::of(0usize..10_000)
        )
            .prop_map(|(study, deck, topic)| CustomId::Hardest { study, deck, topic }),
        (
            prop::sample::select(vec![Decide::Approve, Decide::Edit, Decide::Reject]),
            any::<u64>()
        )
            .prop_map(|(act, id)| CustomId::Suggestion { act, id }),
        Just(CustomId::FixIt),
        ("[a-z0-9-]{1,40}", "[a-z0-9-]{1,40}")
            .prop_map(|(deck, question)| CustomId::Report { deck, question }),
        (
            prop::sample::select(vec![Handle::Edit, Handle::Remove, Handle::Dismiss]),
            any::<u64>()
        )
            .prop_map(|(act, id)| CustomId::Reported { act, id }),
        (
            0u8..5,
            any::<u64>(),
            prop::option::of("[a-z0-9-]{1,40}"),
            "[a-z0-9-]{1,40}"
        )
            .prop_map(|(kind, id, deck, question)| CustomId::Written(match kind {
                0 => Written::Suggestion { deck },
                1 => Written::EditedSuggestion(id),
                2 => Written::Rejection(id),
                3 => Written::EditedQuestion(id),
                _ => Written::Report {
                    deck: deck.unwrap_or_else(|| "d".into()),
                    question
                },
            })),
    ]
}

fn check_custom_id(text: &str) -> TestResult {
    if let Some(id) = CustomId::parse(text) {
        let again = id.to_string();
        prop_assert_eq!(
            again.as_str(),
            text,
            "{:?} was accepted as {:?}, which the bot writes differently",
            text,
            id
        );
        prop_assert!(
            text.len() <= 100,
            "{:?} is longer than Discord allows",
            text
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(5000))]

    /// Arbitrary strings never panic the custom id parser, and a string it accepts is exactly what
    /// the bot writes for that id (at most 100 characters): nothing else gets in under another
    /// spelling.
    #[test]
    fn arbitrary_custom_ids_parse_only_in_the_form_the_bot_writes(text in "(?s).{0,120}") {
        check_custom_id(&text)?;
    }

    /// The same for strings built from the id alphabet (prefixes, digits, signs, zeros, steps,
    /// deck ids of every length, separators) and their near misses.
    #[test]
    fn near_miss_custom_ids_parse_only_in_the_form_the_bot_writes(text in custom_id_text()) {
        check_custom_id(&text)?;
    }

    /// Every id the bot issues fits Discord's 100 characters and parses back to itself.
    #[test]
    fn issued_custom_ids_parse_back_to_themselves(id in issued_custom_id()) {
        let text = id.to_string();
        prop_assert!(text.len() <= 100, "{}", text);
        prop_assert_eq!(CustomId::parse(&text), Some(id));
    }
}
