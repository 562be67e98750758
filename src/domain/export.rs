//! A server's scores as CSV, one row per member with accuracy per topic, and its question
//! statistics, one row per question. Written for spreadsheets: a UTF-8 byte-order mark so that non-ASCII names read right, Discord ids as
//! text so that no digit is lost, and nothing a member typed read as a formula.

use std::collections::{BTreeSet, HashMap};
use std::io::{self, Write};

use crate::deck::LoadedDeck;
use crate::labels::{Arg, Say};
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

/// What an export wrote: its rows, and the rows left out because they did not fit its limit
/// (the last ones: the members with fewest points, the questions last by deck and id).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    pub rows: usize,
    pub left_out: usize,
}

/// A CSV document written row by row into `out`, that takes rows while they fit in `limit`
/// bytes and counts the others: an export costs at most its limit in bytes, whatever the
/// server's size.
struct Capped<W: Write> {
    out: W,
    limit: usize,
    bytes: usize,
    line: Vec<u8>,
    written: Written,
}

impl<W: Write> Capped<W> {
    /// A document that starts with a byte-order mark and `header`.
    fn new(mut out: W, limit: usize, header: &[String]) -> io::Result<Self> {
        let bom = "\u{feff}".as_bytes();
        out.write_all(bom)?;
        let mut doc = Capped {
            out,
            limit,
            bytes: bom.len(),
            line: Vec::new(),
            written: Written::default(),
        };
        doc.encode(header)?;
        doc.out.write_all(&doc.line)?;
        doc.bytes += doc.line.len();
        Ok(doc)
    }

    fn encode(&mut self, record: &[String]) -> io::Result<()> {
        self.line.clear();
        let mut line = csv::Writer::from_writer(&mut self.line);
        line.write_record(record)?;
        line.flush()
    }

    /// Writes the row `record` builds if it fits; once one did not, later rows are only
    /// counted, never built.
    fn row(&mut self, record: impl FnOnce() -> Vec<String>) -> io::Result<()> {
        if self.written.left_out == 0 {
            self.encode(&record())?;
            if self.bytes + self.line.len() <= self.limit {
                self.out.write_all(&self.line)?;
                self.bytes += self.line.len();
                self.written.rows += 1;
                return Ok(());
            }
        }
        self.written.left_out += 1;
        Ok(())
    }

    fn finish(mut self) -> io::Result<Written> {
        self.out.flush()?;
        Ok(self.written)
    }
}

/// The scores of `board` as CSV into `out`, at most `limit` bytes: one row per member in
/// leaderboard order (points first); a topic column is empty where a member has not answered
/// that topic. The week's and month's points are those of `now`'s week and month.
pub fn scores_csv(
    board: &Scoreboard,
    now: Periods,
    say: &dyn Say,
    out: impl Write,
    limit: usize,
) -> io::Result<Written> {
    let topics: BTreeSet<&str> = board.topics().collect();
    let column: HashMap<&str, usize> = topics.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    let mut rows: Vec<Member<'_>> = board.members().collect();
    rows.sort_by(|a, b| {
        b.score
            .points
            .cmp(&a.score.points)
            .then(a.user.cmp(&b.user))
    });
    let mut header: Vec<String> = [
        "csv-user-id",
        "csv-name",
        "csv-points",
        "csv-answered",
        "csv-correct",
        "csv-accuracy",
        "csv-streak",
        "csv-best-streak",
        "csv-daily-streak",
        "csv-best-daily-streak",
        "csv-points-this-week",
        "csv-points-this-month",
    ]
    .map(|key| text(&say.say(key, &[])))
    .to_vec();
    let accuracy_of = say.say("csv-accuracy", &[]);
    header.extend(topics.iter().map(|t| text(&format!("{accuracy_of}: {t}"))));
    let mut doc = Capped::new(out, limit, &header)?;
    for member in rows {
        doc.row(|| {
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
            let first_topic = record.len();
            record.resize(first_topic + topics.len(), String::new());
            for (topic, tally) in member.topics() {
                if let Some(at) = column.get(topic) {
                    record[first_topic + at] = accuracy(tally);
                }
            }
            record
        })?;
    }
    doc.finish()
}

/// One row per question with statistics, by deck and question id: its deck's id and its
/// topic as `deck_of` finds the deck today (by qualified id), its counts, the bucket of its
/// median time to a right answer, and the wrong options chosen, most chosen first, each with
/// its count. A question answered wrong
/// in other ways (typed, or past the options kept) counts them in `other_wrong`.
pub fn stats_csv<'a>(
    stats: &ServerStats,
    deck_of: impl Fn(&str) -> Option<&'a LoadedDeck>,
    say: &dyn Say,
    out: impl Write,
    limit: usize,
) -> io::Result<Written> {
    let mut rows: Vec<_> = stats.all().collect();
    rows.sort_unstable_by_key(|(deck, question, _)| (*deck, *question));
    let mut header: Vec<String> = [
        "csv-deck",
        "csv-question-id",
        "csv-topic",
        "csv-asked",
        "csv-answers",
        "csv-right",
        "csv-share-right",
        "csv-median-seconds-to-right-under",
        "csv-other-wrong",
        "csv-reports",
    ]
    .map(|key| text(&say.say(key, &[])))
    .to_vec();
    for n in 1..=WRONG_KEPT {
        let n = [("n", Arg::Count(n as u64))];
        header.push(text(&say.say("csv-wrong-option", &n)));
        header.push(text(&say.say("csv-wrong-option-chosen", &n)));
    }
    let mut doc = Capped::new(out, limit, &header)?;
    for (key, question, q) in rows {
        doc.row(|| {
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
                q.reports.to_string(),
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
            record
        })?;
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ChannelId, UserId};
    use crate::labels::Keys;
    use crate::scores::Scored;

    /// The whole scores export, with room for any size.
    fn scores(board: &Scoreboard) -> Vec<u8> {
        let mut out = Vec::new();
        let written = scores_csv(board, Periods::default(), &Keys, &mut out, usize::MAX).unwrap();
        assert_eq!((written.rows, written.left_out), (board.len(), 0));
        out
    }

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
        let csv = String::from_utf8(scores(&board)).unwrap();
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines[0],
            "csv-user-id,csv-name,csv-points,csv-answered,csv-correct,csv-accuracy,csv-streak,csv-best-streak,csv-daily-streak,csv-best-daily-streak,csv-points-this-week,csv-points-this-month,csv-accuracy: errors,csv-accuracy: loops"
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
        let csv = {
            let mut out = Vec::new();
            let written = stats_csv(
                &stats,
                |id| (id == "1/d").then_some(&deck),
                &Keys,
                &mut out,
                usize::MAX,
            )
            .unwrap();
            assert_eq!(
                written,
                Written {
                    rows: 3,
                    left_out: 0
                }
            );
            String::from_utf8(out).unwrap()
        };
        assert!(csv.starts_with('\u{feff}'), "a UTF-8 BOM first");
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert!(lines[0].starts_with("csv-deck,csv-question-id,csv-topic,csv-asked,csv-answers,csv-right,csv-share-right,csv-median-seconds-to-right-under,csv-other-wrong,csv-reports,csv-wrong-option n=Count(1),csv-wrong-option-chosen n=Count(1),"));
        assert_eq!(lines[1], "d,q1,'=sum,0,1,0,0.000,,0,0,b,1,,,,,,,,,,");
        assert_eq!(lines[2], "d,q2,loops,1,3,1,0.333,6,1,0,'-1,1,,,,,,,,,,");
        assert_eq!(lines[3], "gone,q9,,0,1,1,1.000,6,0,0,,,,,,,,,,,,");
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
        let bytes = scores(&board);
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

    #[test]
    fn an_export_past_its_limit_keeps_the_best_members_that_fit_and_counts_the_rest() {
        let mut board = Scoreboard::default();
        for user in 1..=100u32 {
            board.record(
                UserId(u64::from(user)),
                &format!("member {user}"),
                Scored {
                    channel: ChannelId(1),
                    topic: "t",
                    right: true,
                    points: user,
                },
            );
        }
        let whole = scores(&board);
        let limit = whole.len() / 2;
        let mut out = Vec::new();
        let written = scores_csv(&board, Periods::default(), &Keys, &mut out, limit).unwrap();
        assert!(out.len() <= limit, "{} bytes past {limit}", out.len());
        assert!(written.rows > 0 && written.left_out > 0, "{written:?}");
        assert_eq!(written.rows + written.left_out, 100);
        // The rows kept are the whole export's first ones, whole lines: the best members.
        assert!(whole.starts_with(&out));
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 1 + written.rows);
        assert!(text.lines().nth(1).unwrap().starts_with("'100,member 100,"));
        // A limit too small for any row still gives the header.
        let mut out = Vec::new();
        let written = scores_csv(&board, Periods::default(), &Keys, &mut out, 10).unwrap();
        assert_eq!(
            written,
            Written {
                rows: 0,
                left_out: 100
            }
        );
        assert!(String::from_utf8(out)
            .unwrap()
            .contains("csv-user-id,csv-name"));
    }
}
