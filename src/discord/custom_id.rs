//! Component custom ids: compact, versioned, parsed strictly. Anything the bot did not issue
//! parses to `None`.
//!
//! - `q1:<open id>:<option 0-3>`: an answer button.
//! - `t1:<open id>`: a typed question's "Answer" button, which opens its form.
//! - `m1:<open id>`: that form, submitted.
//! - `f2:<r|a|h|g|e>:<deck>:<question>`: a flashcard's Reveal, and its grades Again, Hard,
//!   Good, Easy.
//! - `v1:<r|a|h|g|e>:<reviewed>:<remembered>:<deck>:<question>`: the same on a `/review`
//!   session's card, with the session's count so far (so a session outlives a restart).
//! - `v1:s`: a reminder's "Start reviewing", which starts a session.
//! - `l1:<s|c|w|m>:<page>`: a leaderboard page: the server's, this channel's, this week's or
//!   this month's.
//! - `s1:<q|f>:<deck>[:<topic>]`: `/stats`'s "Quiz me on these" and "Flashcards", on the
//!   hardest questions of a deck (in its topic number `topic`, in the deck's name order).
//! - `u1:<a|e|x>:<suggestion>`: a suggestion's Approve, Edit and Reject, for reviewers;
//!   `u1:f`: "Fix it", which reopens the pressing member's last refused form.
//! - `p1:<deck>:<question>`: "Report a problem" under a revealed question or a card.
//! - `o1:<e|d|k>:<report>`: a problem report's Edit, Remove and Dismiss, for reviewers.
//! - `w1:...`: the forms those open, submitted: `w1:n[:<deck>]` a new suggestion, `w1:e:<id>`
//!   a suggestion edited, `w1:x:<id>` a rejection's reason, `w1:r:<deck>:<question>` a
//!   report, `w1:o:<id>` a reported question edited.

use std::fmt;

use quizbot_domain::deck::limits::is_valid_id;
use quizbot_domain::ids::OpenId;
use quizbot_domain::quiz::OPTIONS;
use quizbot_domain::review::Grade;

/// Pages beyond this are not links the bot would ever make.
const MAX_PAGE: usize = 100_000;

/// A deck has fewer topics than questions, and fewer questions than this.
const MAX_TOPIC: usize = 10_000;

/// A session's counts stop here (four digits keep the longest id within Discord's 100).
pub const MAX_SESSION: u32 = 9_999;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomId {
    Answer {
        open: OpenId,
        option: u8,
    },
    Type {
        open: OpenId,
    },
    Form {
        open: OpenId,
    },
    Flashcard {
        step: Step,
        deck: String,
        question: String,
    },
    Review {
        step: Step,
        session: Session,
        deck: String,
        question: String,
    },
    StartReview,
    Page {
        table: Table,
        page: usize,
    },
    Hardest {
        study: Study,
        deck: String,
        /// The topic's position among the deck's topics, in name order.
        topic: Option<usize>,
    },
    Suggestion {
        act: Decide,
        id: u64,
    },
    FixIt,
    Report {
        deck: String,
        question: String,
    },
    Reported {
        act: Handle,
        id: u64,
    },
    Written(Written),
}

/// What a reviewer does with a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decide {
    Approve,
    Edit,
    Reject,
}

/// What a reviewer does with a problem report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handle {
    Edit,
    Remove,
    Dismiss,
}

/// A suggestion or report form, submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    Suggestion { deck: Option<String> },
    EditedSuggestion(u64),
    Rejection(u64),
    Report { deck: String, question: String },
    EditedQuestion(u64),
}

/// What to do with the hardest questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Study {
    /// Post one as a quiz in the channel.
    Quiz,
    /// Show them privately as flashcards.
    Flashcards,
}

/// Which leaderboard a page button turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Server,
    Channel,
    Week,
    Month,
}

impl Table {
    const ALL: [(Table, char); 4] = [
        (Table::Server, 's'),
        (Table::Channel, 'c'),
        (Table::Week, 'w'),
        (Table::Month, 'm'),
    ];

    fn letter(self) -> char {
        Table::ALL
            .iter()
            .find(|(t, _)| *t == self)
            .map_or('s', |(_, l)| *l)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Reveal,
    Grade(Grade),
}

impl Step {
    const ALL: [(Step, &'static str); 5] = [
        (Step::Reveal, "r"),
        (Step::Grade(Grade::Again), "a"),
        (Step::Grade(Grade::Hard), "h"),
        (Step::Grade(Grade::Good), "g"),
        (Step::Grade(Grade::Easy), "e"),
    ];

    fn parse(text: &str) -> Option<Step> {
        Step::ALL.iter().find(|(_, l)| *l == text).map(|(s, _)| *s)
    }

    fn letter(self) -> &'static str {
        Step::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("r", |(_, l)| l)
    }
}

/// A `/review` session's cards graded so far, and how many of them were remembered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Session {
    pub reviewed: u32,
    pub remembered: u32,
}

impl Session {
    /// The session after one more grade (its counts held at [`MAX_SESSION`]).
    pub fn after(self, grade: Grade) -> Session {
        if self.reviewed >= MAX_SESSION {
            return self;
        }
        Session {
            reviewed: self.reviewed + 1,
            remembered: self.remembered + u32::from(grade.remembered()),
        }
    }
}

/// Plain decimal digits only: no sign, no spaces, no leading zeros.
fn number(text: &str) -> Option<u64> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

impl CustomId {
    pub fn parse(text: &str) -> Option<CustomId> {
        let parts: Vec<&str> = text.split(':').collect();
        match parts.as_slice() {
            ["q1", open, option] => {
                let option = number(option).filter(|o| *o < OPTIONS as u64)? as u8;
                Some(CustomId::Answer {
                    open: OpenId(number(open)?),
                    option,
                })
            }
            ["t1", open] => Some(CustomId::Type {
                open: OpenId(number(open)?),
            }),
            ["m1", open] => Some(CustomId::Form {
                open: OpenId(number(open)?),
            }),
            ["f2", step, deck, question] if is_valid_id(deck) && is_valid_id(question) => {
                Some(CustomId::Flashcard {
                    step: Step::parse(step)?,
                    deck: (*deck).to_owned(),
                    question: (*question).to_owned(),
                })
            }
            ["v1", step, reviewed, remembered, deck, question]
                if is_valid_id(deck) && is_valid_id(question) =>
            {
                let count = |text| {
                    number(text)
                        .filter(|n| *n <= u64::from(MAX_SESSION))
                        .map(|n| n as u32)
                };
                let session = Session {
                    reviewed: count(reviewed)?,
                    remembered: count(remembered)?,
                };
                (session.remembered <= session.reviewed).then_some(())?;
                Some(CustomId::Review {
                    step: Step::parse(step)?,
                    session,
                    deck: (*deck).to_owned(),
                    question: (*question).to_owned(),
                })
            }
            ["v1", "s"] => Some(CustomId::StartReview),
            ["s1", study, deck, topic @ ..] if is_valid_id(deck) && topic.len() <= 1 => {
                let study = match *study {
                    "q" => Study::Quiz,
                    "f" => Study::Flashcards,
                    _ => return None,
                };
                let topic = match topic {
                    [] => None,
                    [at] => Some(number(at).filter(|t| *t < MAX_TOPIC as u64)? as usize),
                    _ => return None,
                };
                Some(CustomId::Hardest {
                    study,
                    deck: (*deck).to_owned(),
                    topic,
                })
            }
            ["u1", "f"] => Some(CustomId::FixIt),
            ["u1", act, id] => {
                let act = match *act {
                    "a" => Decide::Approve,
                    "e" => Decide::Edit,
                    "x" => Decide::Reject,
                    _ => return None,
                };
                Some(CustomId::Suggestion {
                    act,
                    id: number(id)?,
                })
            }
            ["p1", deck, question] if is_valid_id(deck) && is_valid_id(question) => {
                Some(CustomId::Report {
                    deck: (*deck).to_owned(),
                    question: (*question).to_owned(),
                })
            }
            ["o1", act, id] => {
                let act = match *act {
                    "e" => Handle::Edit,
                    "d" => Handle::Remove,
                    "k" => Handle::Dismiss,
                    _ => return None,
                };
                Some(CustomId::Reported {
                    act,
                    id: number(id)?,
                })
            }
            ["w1", "n"] => Some(CustomId::Written(Written::Suggestion { deck: None })),
            ["w1", "n", deck] if is_valid_id(deck) => {
                Some(CustomId::Written(Written::Suggestion {
                    deck: Some((*deck).to_owned()),
                }))
            }
            ["w1", "e", id] => Some(CustomId::Written(Written::EditedSuggestion(number(id)?))),
            ["w1", "x", id] => Some(CustomId::Written(Written::Rejection(number(id)?))),
            ["w1", "o", id] => Some(CustomId::Written(Written::EditedQuestion(number(id)?))),
            ["w1", "r", deck, question] if is_valid_id(deck) && is_valid_id(question) => {
                Some(CustomId::Written(Written::Report {
                    deck: (*deck).to_owned(),
                    question: (*question).to_owned(),
                }))
            }
            ["l1", table, page] => {
                let mut letter = table.chars();
                let (Some(letter), None) = (letter.next(), letter.next()) else {
                    return None;
                };
                let table = Table::ALL.iter().find(|(_, l)| *l == letter)?.0;
                let page = number(page).filter(|p| (1..=MAX_PAGE as u64).contains(p))? as usize;
                Some(CustomId::Page { table, page })
            }
            _ => None,
        }
    }
}

impl fmt::Display for CustomId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CustomId::Answer { open, option } => write!(f, "q1:{open}:{option}"),
            CustomId::Type { open } => write!(f, "t1:{open}"),
            CustomId::Form { open } => write!(f, "m1:{open}"),
            CustomId::Flashcard {
                step,
                deck,
                question,
            } => write!(f, "f2:{}:{deck}:{question}", step.letter()),
            CustomId::Review {
                step,
                session,
                deck,
                question,
            } => write!(
                f,
                "v1:{}:{}:{}:{deck}:{question}",
                step.letter(),
                session.reviewed,
                session.remembered
            ),
            CustomId::StartReview => write!(f, "v1:s"),
            CustomId::Page { table, page } => write!(f, "l1:{}:{page}", table.letter()),
            CustomId::Suggestion { act, id } => {
                let act = match act {
                    Decide::Approve => 'a',
                    Decide::Edit => 'e',
                    Decide::Reject => 'x',
                };
                write!(f, "u1:{act}:{id}")
            }
            CustomId::FixIt => write!(f, "u1:f"),
            CustomId::Report { deck, question } => write!(f, "p1:{deck}:{question}"),
            CustomId::Reported { act, id } => {
                let act = match act {
                    Handle::Edit => 'e',
                    Handle::Remove => 'd',
                    Handle::Dismiss => 'k',
                };
                write!(f, "o1:{act}:{id}")
            }
            CustomId::Written(written) => match written {
                Written::Suggestion { deck: None } => write!(f, "w1:n"),
                Written::Suggestion { deck: Some(deck) } => write!(f, "w1:n:{deck}"),
                Written::EditedSuggestion(id) => write!(f, "w1:e:{id}"),
                Written::Rejection(id) => write!(f, "w1:x:{id}"),
                Written::Report { deck, question } => write!(f, "w1:r:{deck}:{question}"),
                Written::EditedQuestion(id) => write!(f, "w1:o:{id}"),
            },
            CustomId::Hardest { study, deck, topic } => {
                let study = match study {
                    Study::Quiz => 'q',
                    Study::Flashcards => 'f',
                };
                write!(f, "s1:{study}:{deck}")?;
                match topic {
                    Some(at) => write!(f, ":{at}"),
                    None => Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_bot_issues_parses_back_and_fits_discord() {
        let long = "x".repeat(40);
        let ids = [
            CustomId::Answer {
                open: OpenId(u64::MAX),
                option: 3,
            },
            CustomId::Answer {
                open: OpenId(0),
                option: 0,
            },
            CustomId::Flashcard {
                step: Step::Grade(Grade::Again),
                deck: long.clone(),
                question: long.clone(),
            },
            CustomId::Review {
                step: Step::Grade(Grade::Easy),
                session: Session {
                    reviewed: MAX_SESSION,
                    remembered: MAX_SESSION,
                },
                deck: long.clone(),
                question: long,
            },
            CustomId::Review {
                step: Step::Reveal,
                session: Session::default(),
                deck: "d".into(),
                question: "q".into(),
            },
            CustomId::StartReview,
            CustomId::Flashcard {
                step: Step::Reveal,
                deck: "d".into(),
                question: "q".into(),
            },
            CustomId::Page {
                table: Table::Channel,
                page: 7,
            },
            CustomId::Page {
                table: Table::Month,
                page: 1,
            },
            CustomId::Type {
                open: OpenId(u64::MAX),
            },
            CustomId::Form { open: OpenId(12) },
            CustomId::Hardest {
                study: Study::Quiz,
                deck: "x".repeat(40),
                topic: Some(MAX_TOPIC - 1),
            },
            CustomId::Hardest {
                study: Study::Flashcards,
                deck: "d".into(),
                topic: None,
            },
            CustomId::Hardest {
                study: Study::Flashcards,
                deck: "d".into(),
                topic: Some(0),
            },
            CustomId::Suggestion {
                act: Decide::Approve,
                id: u64::MAX,
            },
            CustomId::Suggestion {
                act: Decide::Reject,
                id: 0,
            },
            CustomId::FixIt,
            CustomId::Report {
                deck: "x".repeat(40),
                question: "y".repeat(40),
            },
            CustomId::Reported {
                act: Handle::Remove,
                id: 7,
            },
            CustomId::Written(Written::Suggestion { deck: None }),
            CustomId::Written(Written::Suggestion {
                deck: Some("x".repeat(40)),
            }),
            CustomId::Written(Written::EditedSuggestion(3)),
            CustomId::Written(Written::Rejection(u64::MAX)),
            CustomId::Written(Written::EditedQuestion(9)),
            CustomId::Written(Written::Report {
                deck: "x".repeat(40),
                question: "y".repeat(40),
            }),
        ];
        for id in ids {
            let text = id.to_string();
            assert!(text.len() <= 100, "{text}");
            assert_eq!(CustomId::parse(&text), Some(id), "{text}");
        }
    }

    #[test]
    fn a_session_counts_grades_and_what_was_remembered_up_to_its_cap() {
        let session = Session::default()
            .after(Grade::Good)
            .after(Grade::Again)
            .after(Grade::Hard);
        assert_eq!(
            session,
            Session {
                reviewed: 3,
                remembered: 2
            }
        );
        let full = Session {
            reviewed: MAX_SESSION,
            remembered: 1,
        };
        assert_eq!(full.after(Grade::Easy), full);
    }

    #[test]
    fn anything_else_is_refused() {
        for text in [
            "",
            "q1",
            "q1:5",
            "q1:5:4",
            "q1:5:-1",
            "q1:-5:1",
            "q1:+5:1",
            "q1:05:1",
            "q1:5:1:",
            "q1: 5:1",
            "q2:5:1",
            "q1:99999999999999999999:1",
            "f1:r:d:q",
            "f1:k:d:q",
            "f2:x:d:q",
            "f2:k:d:q",
            "f2:r:D:q",
            "f2:r:d",
            "f2:r:d:q:z",
            "v1:g:1:2:d:q",
            "v1:g:01:0:d:q",
            "v1:g:10000:0:d:q",
            "v1:s:0:0:d:q",
            "v1:g:1:1:d",
            "v1:s:",
            "v1:x",
            "v2:s",
            "l1:s:0",
            "l1:x:1",
            "l1:s:100001",
            "Q1:5:1",
            "t1",
            "t1:05",
            "t1:5:1",
            "m1:",
            "m1:x",
            "s1",
            "s1:q",
            "s1:x:d",
            "s1:q:D",
            "s1:q:d:",
            "s1:q:d:01",
            "s1:q:d:-1",
            "s1:q:d:10000",
            "s1:q:d:1:2",
            "s1:f:../d",
            "u1",
            "u1:a",
            "u1:y:1",
            "u1:a:01",
            "u1:a:-1",
            "u1:f:1",
            "u2:a:1",
            "p1:D:q",
            "p1:d",
            "p1:d:q:1",
            "o1:x:1",
            "o1:e",
            "o1:e:1:2",
            "w1",
            "w1:n:",
            "w1:n:D",
            "w1:n:d:e",
            "w1:e:x",
            "w1:x:",
            "w1:o:1:2",
            "w1:r:d",
            "w1:r:d:Q",
            "w1:q:1",
        ] {
            assert_eq!(CustomId::parse(text), None, "{text:?}");
        }
    }
}
