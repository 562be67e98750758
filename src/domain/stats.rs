//! Per-question statistics of a server: how often each question was asked and answered, how
//! often right, which wrong options were chosen, and how long right answers took. They feed
//! `/stats` (the server's hardest questions) and its CSV export.
//!
//! Times to a right answer are kept as a histogram of fixed buckets, not as samples: a
//! question's statistics stay the same few dozen bytes however often it is answered, and a
//! median to the nearest bucket is all `/stats` shows. Wrong options are counted by their
//! text (options are dealt afresh each time, so their letters mean nothing later), at most
//! [`WRONG_KEPT`] texts a question; typed answers are not kept, only counted.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Duration;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use serde_tuple::Serialize_tuple;

use crate::deck::LoadedDeck;
use crate::scores::Tally;

/// Upper bounds, in seconds, of the buckets of times to a right answer; the last is open.
pub const BUCKETS: [u32; 11] = [2, 4, 6, 8, 10, 15, 20, 30, 45, 60, 120];

/// A question needs this many answers before `/stats` ranks it.
pub const MIN_ANSWERS: u32 = 3;

/// Distinct wrong option texts counted per question; a question has at most 10 distractors
/// and is dealt 3 of them, so more than this is rare, and the rest count in `other_wrong`.
pub const WRONG_KEPT: usize = 6;

/// One question's statistics in one server. Written as an array of these fields in this
/// order; a field added later goes at the end with `#[serde(default)]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize_tuple, Deserialize)]
pub struct QuestionStats {
    pub asked: u32,
    pub answers: u32,
    pub right: u32,
    /// (option text, times chosen), most chosen first.
    pub wrong: Vec<(CompactString, u32)>,
    /// Wrong answers not among `wrong`: typed ones, and options past [`WRONG_KEPT`].
    pub other_wrong: u32,
    /// Right answers by time taken: one count per bucket of [`BUCKETS`], and one past them.
    pub to_right: [u32; BUCKETS.len() + 1],
    /// Problems members reported on it.
    #[serde(default)]
    pub reports: u32,
}

/// How one answer went, as the statistics count it.
#[derive(Debug, Clone, Copy)]
pub struct Counted<'a> {
    pub right: bool,
    /// The option's text, for a wrong option picked from a list.
    pub wrong_option: Option<&'a str>,
    /// From the question's posting to the answer.
    pub after: Duration,
}

impl QuestionStats {
    fn count(&mut self, answer: Counted<'_>) {
        self.answers = self.answers.saturating_add(1);
        if answer.right {
            self.right = self.right.saturating_add(1);
            let seconds = u32::try_from(answer.after.num_seconds()).unwrap_or(0);
            let bucket = BUCKETS
                .iter()
                .position(|&bound| seconds < bound)
                .unwrap_or(BUCKETS.len());
            self.to_right[bucket] = self.to_right[bucket].saturating_add(1);
            return;
        }
        let kept = self.wrong.len();
        match answer.wrong_option {
            Some(text) => match self.wrong.iter_mut().find(|(t, _)| t == text) {
                Some((_, n)) => *n = n.saturating_add(1),
                None if kept < WRONG_KEPT => self.wrong.push((text.into(), 1)),
                None => self.other_wrong = self.other_wrong.saturating_add(1),
            },
            None => self.other_wrong = self.other_wrong.saturating_add(1),
        }
        // Stable, so options chosen equally often keep their first-seen order.
        self.wrong.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    }

    pub fn tally(&self) -> Tally {
        Tally {
            answered: self.answers,
            correct: self.right,
        }
    }

    /// The wrong option chosen most often, with its count.
    pub fn most_wrong(&self) -> Option<(&str, u32)> {
        self.wrong.first().map(|(t, n)| (t.as_str(), *n))
    }

    /// The bucket holding the median time to a right answer, as its upper bound in seconds
    /// (`None` past the last bound, or with no right answer).
    pub fn median_to_right(&self) -> Option<u32> {
        let total: u64 = self.to_right.iter().map(|&n| u64::from(n)).sum();
        if total == 0 {
            return None;
        }
        let mut seen = 0;
        for (at, &n) in self.to_right.iter().enumerate() {
            seen += u64::from(n);
            if 2 * seen >= total {
                return BUCKETS.get(at).copied();
            }
        }
        None
    }

    fn check(&self) -> Result<(), String> {
        let wrong: u64 = self.wrong.iter().map(|(_, n)| u64::from(*n)).sum::<u64>()
            + u64::from(self.other_wrong);
        let timed: u64 = self.to_right.iter().map(|&n| u64::from(n)).sum();
        if self.right > self.answers || wrong + u64::from(self.right) > u64::from(self.answers) {
            return Err("counts more right or wrong answers than answers".into());
        }
        if timed > u64::from(self.right) {
            return Err("times more right answers than it counts".into());
        }
        if self.wrong.len() > WRONG_KEPT {
            return Err(format!("keeps more than {WRONG_KEPT} wrong options"));
        }
        Ok(())
    }
}

/// A server's statistics: per deck (named as review cards name it, see
/// [`LoadedDeck::qualified_id`]), per question id. Each deck's table sits behind an
/// `Arc`, so a snapshot's copy of the server shares it, and an answer while the snapshot
/// is written copies the one deck it counts in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ServerStats {
    decks: HashMap<CompactString, Arc<HashMap<CompactString, QuestionStats>>>,
}

impl ServerStats {
    pub fn is_empty(&self) -> bool {
        self.decks.is_empty()
    }

    /// Ids are at most 40 characters, so their keys are mostly inline: finding a question
    /// allocates nothing.
    fn question_mut(&mut self, deck: &str, question: &str) -> &mut QuestionStats {
        let table = self.decks.entry(deck.into()).or_default();
        Arc::make_mut(table).entry(question.into()).or_default()
    }

    /// Question `question` of `deck` was posted.
    pub fn asked(&mut self, deck: &str, question: &str) {
        let stats = self.question_mut(deck, question);
        stats.asked = stats.asked.saturating_add(1);
    }

    /// Question `question` of `deck` was answered.
    pub fn answered(&mut self, deck: &str, question: &str, answer: Counted<'_>) {
        self.question_mut(deck, question).count(answer);
    }

    /// Question `question` of `deck` was reported as wrong.
    pub fn reported(&mut self, deck: &str, question: &str) {
        let stats = self.question_mut(deck, question);
        stats.reports = stats.reports.saturating_add(1);
    }

    pub fn question(&self, deck: &str, question: &str) -> Option<&QuestionStats> {
        self.decks.get(deck)?.get(question)
    }

    /// Every question with statistics, by qualified deck id and question id.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str, &QuestionStats)> {
        self.decks.iter().flat_map(|(deck, table)| {
            table
                .iter()
                .map(move |(question, stats)| (deck.as_str(), question.as_str(), stats))
        })
    }

    /// Keeps the statistics of the questions that `keeps` keeps (by qualified deck id and
    /// question id); returns how many questions' statistics were dropped.
    pub fn retain_known(&mut self, keeps: impl Fn(&str, &str) -> bool) -> usize {
        let mut dropped = 0;
        self.decks.retain(|id, table| {
            if table.keys().any(|q| !keeps(id, q)) {
                let table = Arc::make_mut(table);
                let before = table.len();
                table.retain(|q, _| keeps(id, q));
                dropped += before - table.len();
            }
            !table.is_empty()
        });
        dropped
    }

    /// Whether a snapshot's copy holds together: no question counts more right or wrong
    /// answers than answers.
    pub fn check(&self) -> Result<(), String> {
        let mut all: Vec<_> = self.all().collect();
        all.sort_unstable_by_key(|(deck, question, _)| (*deck, *question));
        for (deck, question, stats) in all {
            stats
                .check()
                .map_err(|e| format!("statistics of question {deck}/{question}: {e}"))?;
        }
        Ok(())
    }
}

/// A hard question, as `/stats` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hard {
    pub id: String,
    pub question: String,
    pub topic: String,
    pub answer: String,
    pub tally: Tally,
    /// The wrong option chosen most often, and how often.
    pub most_wrong: Option<(String, u32)>,
    pub median_to_right: Option<u32>,
}

/// What `/stats` shows of one deck in one server.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub deck: String,
    pub title: String,
    pub topic: Option<String>,
    /// The topic's position among the deck's topics (in name order), as buttons name it.
    pub topic_at: Option<usize>,
    /// Lowest share right first, [`MIN_ANSWERS`] answers or more each.
    pub hardest: Vec<Hard>,
    /// Answers per topic of the deck's questions, weakest first.
    pub topics: Vec<(String, Tally)>,
    /// Answers in all, to the questions counted.
    pub answers: u32,
    /// Questions members reported as wrong, with how often, most reported first.
    pub reported: Vec<(String, u32)>,
}

/// How many hard questions `/stats` shows.
pub const HARDEST: usize = 5;

/// `deck`'s report from `stats`, in `topic` if given. Ties go to the question answered more
/// often, then to the question id, so the same statistics always give the same report.
pub fn report(stats: &ServerStats, deck: &LoadedDeck, topic: Option<&str>) -> Report {
    let mut hardest = Vec::new();
    let mut topics: Vec<(String, Tally)> = Vec::new();
    let mut answers = 0u32;
    let mut reported = Vec::new();
    let key = deck.qualified_id();
    for q in deck.questions_in(topic) {
        let Some(s) = stats.question(&key, &q.id) else {
            continue;
        };
        if s.reports > 0 {
            reported.push((q.question.clone(), s.reports));
        }
        answers = answers.saturating_add(s.answers);
        let tally = s.tally();
        match topics.iter_mut().find(|(t, _)| *t == q.topic) {
            Some((_, sum)) => {
                sum.answered = sum.answered.saturating_add(tally.answered);
                sum.correct = sum.correct.saturating_add(tally.correct);
            }
            None => topics.push((q.topic.clone(), tally)),
        }
        if s.answers >= MIN_ANSWERS {
            hardest.push(Hard {
                id: q.id.clone(),
                question: q.question.clone(),
                topic: q.topic.clone(),
                answer: q.answer.clone(),
                tally,
                most_wrong: s.most_wrong().map(|(t, n)| (t.to_owned(), n)),
                median_to_right: s.median_to_right(),
            });
        }
    }
    hardest.sort_by(|a, b| {
        a.tally
            .accuracy()
            .total_cmp(&b.tally.accuracy())
            .then(b.tally.answered.cmp(&a.tally.answered))
            .then(a.id.cmp(&b.id))
    });
    hardest.truncate(HARDEST);
    topics.retain(|(_, t)| t.answered > 0);
    topics.sort_by(|a, b| {
        a.1.accuracy()
            .total_cmp(&b.1.accuracy())
            .then(b.1.answered.cmp(&a.1.answered))
            .then(a.0.cmp(&b.0))
    });
    reported.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    reported.truncate(HARDEST);
    Report {
        reported,
        deck: deck.id.clone(),
        title: deck.title().to_owned(),
        topic: topic.map(str::to_owned),
        topic_at: topic.and_then(|t| deck.topics().position(|(name, _)| name == t)),
        hardest,
        topics,
        answers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrong(text: &str) -> Counted<'_> {
        Counted {
            right: false,
            wrong_option: Some(text),
            after: Duration::seconds(3),
        }
    }

    fn right(seconds: i64) -> Counted<'static> {
        Counted {
            right: true,
            wrong_option: None,
            after: Duration::seconds(seconds),
        }
    }

    #[test]
    fn counts_answers_wrong_options_and_the_median_bucket() {
        let mut stats = ServerStats::default();
        stats.asked("d", "q");
        for answer in [
            wrong("b"),
            wrong("c"),
            wrong("c"),
            right(1),
            right(5),
            right(7),
        ] {
            stats.answered("d", "q", answer);
        }
        let q = stats.question("d", "q").unwrap();
        assert_eq!((q.asked, q.answers, q.right), (1, 6, 3));
        assert_eq!(q.most_wrong(), Some(("c", 2)));
        assert_eq!(q.median_to_right(), Some(6));
        stats.check().unwrap();
    }

    #[test]
    fn wrong_options_past_the_limit_and_typed_answers_count_as_other() {
        let mut stats = ServerStats::default();
        for i in 0..WRONG_KEPT + 2 {
            stats.answered("d", "q", wrong(&i.to_string()));
        }
        stats.answered(
            "d",
            "q",
            Counted {
                wrong_option: None,
                ..wrong("")
            },
        );
        let q = stats.question("d", "q").unwrap();
        assert_eq!((q.wrong.len(), q.other_wrong), (WRONG_KEPT, 3));
        assert_eq!(q.median_to_right(), None);
        stats.check().unwrap();
    }

    #[test]
    fn a_question_answered_after_the_last_bucket_has_no_median_bound() {
        let mut stats = ServerStats::default();
        stats.answered("d", "q", right(600));
        assert_eq!(stats.question("d", "q").unwrap().median_to_right(), None);
    }

    #[test]
    fn round_trips_as_arrays_and_check_refuses_impossible_counts() {
        let mut stats = ServerStats::default();
        stats.answered("d", "q", wrong("b"));
        stats.answered("d", "q", right(3));
        stats.reported("d", "q");
        let json = serde_json::to_string(&stats).unwrap();
        assert_eq!(
            json,
            r#"{"d":{"q":[0,2,1,[["b",1]],0,[0,1,0,0,0,0,0,0,0,0,0,0],1]}}"#
        );
        assert_eq!(serde_json::from_str::<ServerStats>(&json).unwrap(), stats);
        // Written before reports were counted: none.
        let older = r#"{"d":{"q":[0,2,1,[["b",1]],0,[0,1,0,0,0,0,0,0,0,0,0,0]]}}"#;
        let older = serde_json::from_str::<ServerStats>(older).unwrap();
        assert_eq!(older.question("d", "q").map(|q| q.reports), Some(0));
        for bad in [
            r#"{"d":{"q":[0,1,2,[],0,[0,0,0,0,0,0,0,0,0,0,0,0]]}}"#,
            r#"{"d":{"q":[0,2,1,[["b",2]],0,[0,0,0,0,0,0,0,0,0,0,0,0]]}}"#,
            r#"{"d":{"q":[0,2,1,[],0,[0,2,0,0,0,0,0,0,0,0,0,0]]}}"#,
        ] {
            let stats: ServerStats = serde_json::from_str(bad).unwrap();
            assert!(stats.check().is_err(), "{bad}");
        }
    }
}
