//! What a study group writes itself: the questions its members suggest, waiting for its
//! reviewers, and the problems they report on questions; with each server's review setup.
//! Plain data and its rules; the steps that change decks are in `app/suggest.rs`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::deck::limits::{MAX_DISTRACTORS, MAX_EXPLANATION, MAX_OPTION, MAX_QUESTION, MAX_TOPIC};
use crate::deck::report::check_form;
use crate::deck::Question;
use crate::ids::{ChannelId, MessageId, RoleId, UserId};

/// Suggestions one member may have waiting for review in one server.
pub const MAX_PENDING_PER_MEMBER: usize = 5;
/// Suggestions waiting for review in one server.
pub const MAX_PENDING_PER_SERVER: usize = 100;
/// Problem reports one member may have open in one server.
pub const MAX_OPEN_REPORTS_PER_MEMBER: usize = 5;
/// Problem reports open in one server.
pub const MAX_OPEN_REPORTS_PER_SERVER: usize = 100;
/// Decided suggestions and closed reports a server keeps (for `/suggest mine`), each; the
/// oldest go first.
pub const MAX_DECIDED_KEPT: usize = 200;
/// A rejection's reason and a report's "what is wrong?".
pub const MAX_REASON: usize = 1_000;
/// The server deck approved suggestions go into when `/suggest` names none.
pub const COMMUNITY_DECK: &str = "community";
/// The topic of a suggestion that names none.
pub const DEFAULT_TOPIC: &str = "suggested";

/// Where a server's suggestions and reports are reviewed, and by whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewSetup {
    pub channel: ChannelId,
    /// Members with this role review; without one, members who may manage messages do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
}

impl ReviewSetup {
    /// Whether a member with `roles` (and Manage Messages or Administrator, as
    /// `manages_messages`, `administrator` say) reviews here. Administrators always do.
    pub fn is_reviewer(
        &self,
        roles: &[RoleId],
        manages_messages: bool,
        administrator: bool,
    ) -> bool {
        administrator
            || match self.role {
                Some(role) => roles.contains(&role),
                None => manages_messages,
            }
    }
}

/// A question as a member typed it into the form: five fields, as Discord's forms hold five.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub question: String,
    pub answer: String,
    /// Wrong options, one a line in the form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

/// The longest text each of the form's fields takes (Discord caps a text input at 4,000):
/// the deck's limits, and for the wrong options as many as a question may have, one a line.
pub mod field_max {
    use super::*;
    pub const QUESTION: usize = MAX_QUESTION;
    pub const ANSWER: usize = MAX_OPTION;
    pub const WRONG: usize = 4_000;
    pub const EXPLANATION: usize = MAX_EXPLANATION;
    pub const TOPIC: usize = MAX_TOPIC;
    pub const REASON: usize = super::MAX_REASON;
    /// Lines of the wrong-options field.
    pub const WRONG_LINES: usize = MAX_DISTRACTORS;
}

impl Draft {
    /// The form's five fields as typed: trimmed, wrong options one a line (empty lines
    /// skipped), empty optional fields left out.
    pub fn from_form(
        question: &str,
        answer: &str,
        wrong: &str,
        explanation: &str,
        topic: &str,
    ) -> Draft {
        let optional = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        Draft {
            question: question.trim().to_owned(),
            answer: answer.trim().to_owned(),
            wrong: wrong
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            explanation: optional(explanation),
            topic: optional(topic),
        }
    }

    /// The wrong options as the form shows them, one a line.
    pub fn wrong_lines(&self) -> String {
        self.wrong.join("\n")
    }

    /// The question this draft makes, with no id yet (the deck it joins gives it one).
    pub fn to_question(&self, author: UserId) -> Question {
        Question {
            id: String::new(),
            topic: self
                .topic
                .clone()
                .unwrap_or_else(|| DEFAULT_TOPIC.to_owned()),
            question: self.question.clone(),
            answer: self.answer.clone(),
            distractors: self.wrong.clone(),
            explanation: self.explanation.clone(),
            accept: Vec::new(),
            format: None,
            author: Some(author),
        }
    }

    /// The same question as a draft, to edit in the form.
    pub fn of(question: &Question) -> Draft {
        Draft {
            question: question.question.clone(),
            answer: question.answer.clone(),
            wrong: question.distractors.clone(),
            explanation: question.explanation.clone(),
            topic: Some(question.topic.clone()),
        }
    }

    /// What breaks the deck rules, each as the deck checker says it, naming the form's field.
    pub fn problems(&self) -> Vec<String> {
        let question = Question {
            // Ids are the deck's to give; this one only passes the id rule.
            id: COMMUNITY_DECK.to_owned(),
            ..self.to_question(UserId(0))
        };
        check_form(&question)
    }
}

/// How a suggestion was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "lowercase", tag = "decision")]
pub enum Decision {
    /// Added to `deck` as question `question`.
    Approved {
        by: UserId,
        deck: String,
        question: String,
    },
    Rejected {
        /// `None` when the bot closed it (its deck was removed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<UserId>,
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub id: u64,
    pub author: UserId,
    /// The server deck it is for; `None`: the server's [`COMMUNITY_DECK`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deck: Option<String>,
    pub draft: Draft,
    pub at: DateTime<Utc>,
    /// The message reviewers decide on, once posted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted: Option<Posted>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Whether the author was told of the decision by DM.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub told: bool,
}

impl Suggestion {
    /// The deck it goes into.
    pub fn deck_id(&self) -> &str {
        self.deck.as_deref().unwrap_or(COMMUNITY_DECK)
    }

    pub fn is_pending(&self) -> bool {
        self.decision.is_none()
    }
}

/// A message in the review channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Posted {
    pub channel: ChannelId,
    pub message: MessageId,
}

/// How a problem report was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Closure {
    /// Nothing to change.
    Dismissed,
    /// The question was edited.
    Edited,
    /// The question was removed from its deck.
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemReport {
    pub id: u64,
    pub reporter: UserId,
    /// The deck's id as the server sees it.
    pub deck: String,
    /// Whether it is a bundled deck (reviewers can only dismiss; the operator sees it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bundled: bool,
    pub question: String,
    /// What the reporter says is wrong.
    pub text: String,
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted: Option<Posted>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<(Closure, UserId)>,
}

/// A server's suggestions and reports: what `GuildState` keeps of this feature.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup: Option<ReviewSetup>,
    /// The id the next suggestion or report gets; every id below it was issued.
    #[serde(default)]
    pub next_id: u64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub suggestions: BTreeMap<u64, Suggestion>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reports: BTreeMap<u64, ProblemReport>,
}

impl Suggestions {
    pub fn is_empty(&self) -> bool {
        *self == Suggestions::default()
    }

    pub fn issue_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Pending suggestions: the server's, and `author`'s among them.
    pub fn pending(&self, author: UserId) -> (usize, usize) {
        let pending = self.suggestions.values().filter(|s| s.is_pending());
        pending.fold((0, 0), |(all, mine), s| {
            (all + 1, mine + usize::from(s.author == author))
        })
    }

    /// Open reports: the server's, and `reporter`'s among them.
    pub fn open_reports(&self, reporter: UserId) -> (usize, usize) {
        let open = self.reports.values().filter(|r| r.closed.is_none());
        open.fold((0, 0), |(all, mine), r| {
            (all + 1, mine + usize::from(r.reporter == reporter))
        })
    }

    /// Forgets the oldest decided suggestions and closed reports past [`MAX_DECIDED_KEPT`].
    pub fn trim(&mut self) {
        let decided: Vec<u64> = self
            .suggestions
            .values()
            .filter(|s| !s.is_pending())
            .map(|s| s.id)
            .collect();
        for id in decided
            .iter()
            .take(decided.len().saturating_sub(MAX_DECIDED_KEPT))
        {
            self.suggestions.remove(id);
        }
        let closed: Vec<u64> = self
            .reports
            .values()
            .filter(|r| r.closed.is_some())
            .map(|r| r.id)
            .collect();
        for id in closed
            .iter()
            .take(closed.len().saturating_sub(MAX_DECIDED_KEPT))
        {
            self.reports.remove(id);
        }
    }

    /// Whether a loaded snapshot's copy holds together.
    pub fn check(&self) -> Result<(), String> {
        for (id, s) in &self.suggestions {
            if *id != s.id || *id >= self.next_id {
                return Err(format!("suggestion {id} was never issued"));
            }
        }
        for (id, r) in &self.reports {
            if *id != r.id || *id >= self.next_id {
                return Err(format!("problem report {id} was never issued"));
            }
        }
        let pending = self.suggestions.values().filter(|s| s.is_pending()).count();
        let open = self.reports.values().filter(|r| r.closed.is_none()).count();
        if pending > MAX_PENDING_PER_SERVER || open > MAX_OPEN_REPORTS_PER_SERVER {
            return Err(format!(
                "{pending} suggestions pending and {open} reports open, over the limits"
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_is_trimmed_and_its_wrong_options_read_one_a_line() {
        let draft = Draft::from_form(" Q? ", " A ", "x\n\n  y  \n", "  ", "");
        assert_eq!(draft.question, "Q?");
        assert_eq!(draft.answer, "A");
        assert_eq!(draft.wrong, ["x", "y"]);
        assert_eq!(draft.explanation, None);
        assert_eq!(draft.topic, None);
        assert_eq!(draft.wrong_lines(), "x\ny");
        let q = draft.to_question(UserId(7));
        assert_eq!(
            (q.topic.as_str(), q.author),
            (DEFAULT_TOPIC, Some(UserId(7)))
        );
        assert_eq!(Draft::of(&q).wrong, draft.wrong);
    }

    #[test]
    fn a_draft_is_held_to_the_deck_rules_naming_the_form_fields() {
        let empty = Draft::from_form("", "A", "A", "", "");
        let problems = empty.problems().join("\n");
        assert!(problems.contains("Question"), "{problems}");
        assert!(problems.contains("the same as the answer"), "{problems}");
        let long = Draft::from_form("Q", &"a".repeat(MAX_OPTION + 1), "", "", "");
        assert!(long.problems().join(" ").contains("Answer"));
        assert!(Draft::from_form("Q?", "A", "B\nC", "", "t")
            .problems()
            .is_empty());
    }

    #[test]
    fn reviewers_are_the_role_or_those_who_manage_messages() {
        let open = ReviewSetup {
            channel: ChannelId(1),
            role: None,
        };
        assert!(open.is_reviewer(&[], true, false));
        assert!(!open.is_reviewer(&[RoleId(5)], false, false));
        let role = ReviewSetup {
            role: Some(RoleId(5)),
            ..open
        };
        assert!(role.is_reviewer(&[RoleId(5)], false, false));
        assert!(!role.is_reviewer(&[RoleId(6)], true, false));
        assert!(role.is_reviewer(&[], false, true));
    }

    #[test]
    fn only_the_newest_decided_are_kept() {
        let mut s = Suggestions::default();
        for _ in 0..MAX_DECIDED_KEPT + 3 {
            let id = s.issue_id();
            s.suggestions.insert(
                id,
                Suggestion {
                    id,
                    author: UserId(1),
                    deck: None,
                    draft: Draft::default(),
                    at: DateTime::UNIX_EPOCH,
                    posted: None,
                    decision: (id > 0).then(|| Decision::Rejected {
                        by: None,
                        reason: "r".into(),
                    }),
                    told: false,
                },
            );
        }
        s.trim();
        assert_eq!(s.suggestions.len(), MAX_DECIDED_KEPT + 1);
        assert!(s.suggestions.contains_key(&0), "the pending one stays");
        assert!(!s.suggestions.contains_key(&1));
        assert_eq!(s.check(), Ok(()));
    }
}
