//! A server's scores as CSV: one row per member, with accuracy per topic.

use std::collections::BTreeSet;

use crate::scores::{Member, Scoreboard, Tally};

fn accuracy(tally: Tally) -> String {
    if tally.answered == 0 {
        String::new()
    } else {
        format!("{:.3}", tally.accuracy())
    }
}

/// Rows in leaderboard order (points first); a topic column is empty where a member has not
/// answered that topic.
pub fn scores_csv(board: &Scoreboard) -> Vec<u8> {
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
    ]
    .map(String::from)
    .to_vec();
    header.extend(topics.iter().map(|t| format!("accuracy: {t}")));
    // Writing to a Vec cannot fail; a failed record would only shorten the export.
    let _ = out.write_record(&header);
    for member in rows {
        let m = member.score;
        let mut record = vec![
            member.user.to_string(),
            member.name.to_owned(),
            m.points.to_string(),
            m.answered.to_string(),
            m.correct.to_string(),
            accuracy(m.tally()),
            m.streak.to_string(),
            m.best_streak.to_string(),
            m.daily_streak.to_string(),
            m.best_daily_streak.to_string(),
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
    out.into_inner().unwrap_or_default()
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
        let text = String::from_utf8(scores_csv(&board)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "user_id,name,points,answered,correct,accuracy,streak,best_streak,daily_streak,best_daily_streak,accuracy: errors,accuracy: loops"
        );
        assert_eq!(
            lines[1],
            "7,\"Ana, \"\"the\"\" quick\",12,2,1,0.500,0,1,0,0,,0.500"
        );
        assert_eq!(lines[2], "9,ben,10,1,1,1.000,1,1,0,0,1.000,");
        assert_eq!(lines.len(), 3);
    }
}
