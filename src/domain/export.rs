//! A server's scores as CSV, one row per member with accuracy per topic, and its question
//! statistics, one row per question. Written for spreadsheets: a UTF-8 byte-order mark so that non-ASCII names read right, Discord ids as
//! text so that no digit is lost, and nothing a member typed read as a formula.

use std::collections::BTreeSet;

use crate::deck::LoadedDeck;
use crate::scores::{Member, Period, Periods, Scoreboard, Tally};
use crate::stats::{ServerStats, WRONG_KEPT};

/// A cell a spreadsheet reads as text: a leading apostrophe before anything it would read as a
/// formula (a display name such as `=HYPERLINK(..)`) or as a number (an 18-digit id, which a
/// spreadsheet would round).
fn text(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit());
    if formula || number {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn accuracy(tally: Tally) -> String {
    if tally.answered == 0 {
        String::new()
    } else {
        format!("{:.3}", tally.accuracy())
    }
}

/// Rows in leaderboard order (points first); a topic column is empty where a member has not
/// answered that topic.
/// The week's and month's points are those of `now`'s week and month.
pub fn scores_csv(board: &Scoreboard, now: Periods) -> Vec<u8> {
    let topics: BTreeSet<&str> = board.topics().collect();
    let mut rows: Vec<Member<'_>> = board.members().collect();
    rows.sort_by(|a, b| {
        b.score
            .points
            .cmp(&a.score.points)
            .then(a.user.cmp(&b.user))
    });

    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "user_id",
        "name",
        "points",
        "answered",
        "correct",
        "accuracy",
        "streak",
        "best_streak",
        "daily_streak",
        "best_daily_streak",
        "points_this_week",
        "points_this_month",
    ]
    .map(String::from)
    .to_vec();
    header.extend(topics.iter().map(|t| text(&format!("accuracy: {t}"))));
    // Writing to a Vec cannot fail; a failed record would only shorten the export.
    let _ = out.write_record(&header);
    for member in rows {
        let m = member.score;
        let mut record = vec![
            text(&member.user.to_string()),
            text(member.name),
            m.points.to_string(),
            m.answered.to_string(),
            m.correct.to_string(),
            accuracy(m.tally()),
            m.streak.to_string(),
            m.best_streak.to_string(),
            m.daily_streak.to_string(),
            m.best_daily_streak.to_string(),
            m.points_in(Period::Week, now.of(Period::Week)).to_string(),
            m.points_in(Period::Month, now.of(Period::Month))
                .to_string(),
        ];
        let tallies: Vec<(&str, Tally)> = member.topics().collect();
        record.extend(topics.iter().map(|t| {
            tallies
                .iter()
                .find(|(name, _)| name == t)
                .map(|(_, tally)| accuracy(*tally))
                .unwrap_or_default()
        }));
        let _ = out.write_record(&record);
    }
    with_bom(out)
}

/// The document, after a byte-order mark.
fn with_bom(out: csv::Writer<Vec<u8>>) -> Vec<u8> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(out.into_inner().unwrap_or_default());
    bytes
}

/// One row per question with statistics, by deck and question id: its deck's id and its
/// topic as `deck_of` finds the deck today (by qualified id), its counts, the bucket of its
/// median time to a right answer, and the wrong options chosen, most chosen first, each with
/// its count. A question answered wrong
/// in other ways (typed, or past the options kept) counts them in `other_wrong`.
pub fn stats_csv<'a>(
    stats: &ServerStats,
    deck_of: impl Fn(&str) -> Option<&'a LoadedDeck>,
) -> Vec<u8> {
    let mut rows: Vec<_> = stats.all().collect();
    rows.sort_unstable_by_key(|(deck, question, _)| (*deck, *question));
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "deck",
        "question_id",
        "topic",
        "asked",
        "answers",
        "right",
        "share_right",
        "median_seconds_to_right_under",
        "other_wrong",
    ]
    .map(String::from)
    .to_vec();
    for n in 1..=WRONG_KEPT {
        header.push(format!("wrong_option_{n}"));
        header.push(format!("wrong_option_{n}_chosen"));
    }
    let _ = out.write_record(&header);
    for (key, question, q) in rows {
        let deck = deck_of(key);
        let topic = deck
            .and_then(|d| d.question(question))
            .map_or("", |q| q.topic.as_str());
        let mut record = vec![
            text(deck.map_or(key, |d| d.id.as_str())),
            text(question),
            text(topic),
            q.asked.to_string(),
            q.answers.to_string(),
            q.right.to_string(),
            accuracy(q.tally()),
            q.median_to_right()
                .map_or_else(String::new, |s| s.to_string()),
            q.other_wrong.to_string(),
        ];
        for n in 0..WRONG_KEPT {
            match q.wrong.get(n) {
                Some((option, chosen)) => {
                    record.push(text(option));
                    record.push(chosen.to_string());
                }
                None => record.extend([String::new(), String::new()]),
            }
        }
        let _ = out.write_record(&record);
    }
    with_bom(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ChannelId, UserId};
    use crate::scores::Scored;

    #[test]
    fn one_row_per_member_with_topic_columns_and_quoted_names() {
        let mut board = Scoreboard::default();
        let answer = |topic, right, points| Scored {
            channel: ChannelId(1),
            topic,
            right,
            points,
        };
        let ana = "Ana, \"the\" quick";
        board.record(UserId(7), ana, answer("loops", true, 12));
        board.record(UserId(7), ana, answer("loops", false, 0));
        board.record(UserId(9), "ben", answer("errors", true, 10));
        let csv = String::from_utf8(scores_csv(&board, Periods::default())).unwrap();
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines[0],
            "user_id,name,points,answered,correct,accuracy,streak,best_streak,daily_streak,best_daily_streak,points_this_week,points_this_month,accuracy: errors,accuracy: loops"
        );
        assert_eq!(
            lines[1],
            "'7,\"Ana, \"\"the\"\" quick\",12,2,1,0.500,0,1,0,0,0,0,,0.500"
        );
        assert_eq!(lines[2], "'9,ben,10,1,1,1.000,1,1,0,0,0,0,1.000,");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn one_row_per_question_with_its_wrong_options() {
        use crate::stats::Counted;
        let json = br#"{"title": "D", "description": "", "questions": [
            {"id": "q1", "topic": "=sum", "question": "Q?", "answer": "a", "distractors": ["b", "c", "d"]},
            {"id": "q2", "topic": "loops", "question": "Q?", "answer": "a", "distractors": ["b", "c", "d"]}
        ]}"#;
        let deck = LoadedDeck::parse("d", std::path::Path::new("d.json"), json).unwrap();
        let mut stats = ServerStats::default();
        let answer = |right, wrong_option| Counted {
            right,
            wrong_option,
            after: chrono::Duration::seconds(5),
        };
        // A server's own deck, named with its server in the statistics.
        let deck = deck.owned_by(crate::ids::GuildId(1));
        assert_eq!(deck.qualified_id(), "1/d");
        stats.asked("1/d", "q2");
        stats.answered("1/d", "q2", answer(true, None));
        stats.answered("1/d", "q2", answer(false, Some("-1")));
        stats.answered("1/d", "q2", answer(false, None));
        stats.answered("1/d", "q1", answer(false, Some("b")));
        stats.answered("gone", "q9", answer(true, None));
        let csv =
            String::from_utf8(stats_csv(&stats, |id| (id == "1/d").then_some(&deck))).unwrap();
        assert!(csv.starts_with('\u{feff}'), "a UTF-8 BOM first");
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert!(lines[0].starts_with("deck,question_id,topic,asked,answers,right,share_right,median_seconds_to_right_under,other_wrong,wrong_option_1,wrong_option_1_chosen,"));
        assert_eq!(lines[1], "d,q1,'=sum,0,1,0,0.000,,0,b,1,,,,,,,,,,");
        assert_eq!(lines[2], "d,q2,loops,1,3,1,0.333,6,1,'-1,1,,,,,,,,,,");
        assert_eq!(lines[3], "gone,q9,,0,1,1,1.000,6,0,,,,,,,,,,,,");
        assert_eq!(lines.len(), 4);
    }

    /// What a spreadsheet does with a cell: a number if it parses as one, a formula if it
    /// starts with a formula character, text otherwise.
    fn as_spreadsheet(cell: &str) -> &'static str {
        if cell.parse::<f64>().is_ok() {
            "number"
        } else if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            "formula"
        } else {
            "text"
        }
    }

    #[test]
    fn names_never_read_as_formulas_and_ids_keep_every_digit() {
        let mut board = Scoreboard::default();
        let id = UserId(123_456_789_012_345_678);
        let names = [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tpad",
            "\rcr",
            "Zoë 日本",
        ];
        for (i, name) in names.iter().enumerate() {
            let user = UserId(id.0 + i as u64);
            board.record(
                user,
                name,
                Scored {
                    channel: ChannelId(1),
                    topic: "=cmd",
                    right: true,
                    points: 10,
                },
            );
        }
        let bytes = scores_csv(&board, Periods::default());
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "a UTF-8 BOM first"
        );
        let csv = String::from_utf8(bytes).unwrap();
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let header = reader.headers().unwrap().clone();
        assert!(
            header.iter().all(|h| as_spreadsheet(h) == "text"),
            "{header:?}"
        );
        let mut seen = Vec::new();
        for row in reader.records() {
            let row = row.unwrap();
            let (user, name) = (&row[0], &row[1]);
            assert_eq!(as_spreadsheet(user), "text", "{user}");
            assert_eq!(as_spreadsheet(name), "text", "{name}");
            let digits = user.trim_start_matches('\'');
            seen.push(digits.parse::<u64>().unwrap());
            assert!(
                names.iter().any(|n| name.trim_start_matches('\'') == *n),
                "{name}"
            );
        }
        seen.sort_unstable();
        let want: Vec<u64> = (0..names.len() as u64).map(|i| id.0 + i).collect();
        assert_eq!(seen, want, "every id with every digit");
    }
}
