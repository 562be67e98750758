//! Suggested questions and problem reports: where a server reviews them, a member's
//! suggestion from form to review, a reviewer's approval (the question appended to a server
//! deck, written like an upload), rejection or edit, and reports closed by dismissing,
//! editing or removing the question.

use std::io;
use std::sync::{Arc, PoisonError};

use super::App;
use crate::deck::table::with_ids;
use crate::deck::{Deck, LoadedDeck, Question, Report};
use crate::error::UserError;
use crate::ids::{GuildId, UserId};
use crate::state::GuildState;
use crate::stats::QuestionStats;
use crate::suggest::{
    Closure, Decision, Draft, Posted, ProblemReport, ReviewSetup, Suggestion,
    MAX_OPEN_REPORTS_PER_MEMBER, MAX_OPEN_REPORTS_PER_SERVER, MAX_PENDING_PER_MEMBER,
    MAX_PENDING_PER_SERVER, MAX_REASON,
};

/// Which form a refused draft was typed into, so that "Fix it" reopens that one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftFor {
    /// A new suggestion, for this server deck (or the community deck).
    New(Option<String>),
    /// A reviewer's edit of a pending suggestion.
    Suggestion(u64),
    /// A reviewer's edit of a reported question.
    Report(u64),
}

/// A report just filed, with what reviewers are shown beside it.
#[derive(Debug, Clone)]
pub struct Reported {
    pub report: ProblemReport,
    pub setup: ReviewSetup,
    pub deck: Arc<LoadedDeck>,
    pub question: Question,
    pub stats: QuestionStats,
}

impl App {
    /// Names `guild`'s review channel and, optionally, its reviewer role.
    pub fn set_review(&self, guild: GuildId, setup: ReviewSetup) {
        self.store
            .write(|state, _| state.guild_mut(guild).suggestions.setup = Some(setup));
    }

    /// Where `guild` reviews suggestions and reports.
    pub fn review_setup(&self, guild: GuildId) -> Result<ReviewSetup, UserError> {
        self.store
            .read(|state| state.guilds.get(&guild)?.suggestions.setup)
            .ok_or(UserError::NoReviewChannel)
    }

    /// Whether `author` may suggest a question for `deck` (a server deck; none: the
    /// community deck) now: asked before the form opens, so nobody types for nothing, and
    /// again when it is submitted.
    pub fn may_suggest(
        &self,
        guild: GuildId,
        author: UserId,
        deck: Option<&str>,
    ) -> Result<ReviewSetup, UserError> {
        let setup = self.review_setup(guild)?;
        if let Some(id) = deck {
            let library = self.library();
            if library.is_bundled(id) {
                return Err(UserError::SuggestToBundled(id.to_owned()));
            }
            library
                .get(Some(guild), id)
                .ok_or_else(|| UserError::UnknownDeck(id.to_owned()))?;
        }
        self.store.read(|state| match state.guilds.get(&guild) {
            Some(g) => room_for_suggestion(g, author),
            None => Ok(()),
        })?;
        Ok(setup)
    }

    /// Files `draft` by `author` for review. `Ok(Err(problems))` when it breaks the deck
    /// rules: the draft is kept for [`App::refused_draft`].
    pub fn suggest(
        &self,
        guild: GuildId,
        author: UserId,
        deck: Option<String>,
        draft: Draft,
    ) -> Result<Result<(Suggestion, ReviewSetup), Vec<String>>, UserError> {
        let setup = self.may_suggest(guild, author, deck.as_deref())?;
        let problems = draft.problems();
        if !problems.is_empty() {
            self.keep_draft(guild, author, DraftFor::New(deck), draft);
            return Ok(Err(problems));
        }
        let at = self.clock.now();
        let suggestion = self.store.write(|state, _| {
            let g = state.guild_mut(guild);
            room_for_suggestion(g, author)?;
            let id = g.suggestions.issue_id();
            let suggestion = Suggestion {
                id,
                author,
                deck,
                draft,
                at,
                posted: None,
                decision: None,
                told: false,
            };
            g.suggestions.suggestions.insert(id, suggestion.clone());
            Ok(suggestion)
        })?;
        Ok(Ok((suggestion, setup)))
    }

    fn keep_draft(&self, guild: GuildId, user: UserId, form: DraftFor, draft: Draft) {
        self.drafts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert((guild, user), (form, draft));
    }

    /// The last draft `user` typed that was refused (or could not be posted), and its form.
    pub fn refused_draft(&self, guild: GuildId, user: UserId) -> Option<(DraftFor, Draft)> {
        self.drafts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&(guild, user))
            .cloned()
    }

    /// Keeps a reviewer's refused edit for [`App::refused_draft`].
    pub fn refused_edit(&self, guild: GuildId, user: UserId, form: DraftFor, draft: Draft) {
        self.keep_draft(guild, user, form, draft);
    }

    /// Suggestion `id` is shown to reviewers at `posted`.
    pub fn suggestion_posted(&self, guild: GuildId, id: u64, posted: Posted) {
        self.store.write(|state, _| {
            if let Some(s) = state
                .existing_guild_mut(guild)
                .and_then(|g| g.suggestions.suggestions.get_mut(&id))
            {
                s.posted = Some(posted);
            }
        });
    }

    /// Suggestion `id` could not be shown to reviewers: it is withdrawn, and its draft kept
    /// for [`App::refused_draft`], so the author can send it again once the channel works.
    pub fn withdraw_suggestion(&self, guild: GuildId, id: u64) {
        let removed = self.store.write(|state, _| {
            state
                .existing_guild_mut(guild)?
                .suggestions
                .suggestions
                .remove(&id)
        });
        if let Some(s) = removed {
            self.keep_draft(guild, s.author, DraftFor::New(s.deck), s.draft);
        }
    }

    pub fn suggestion(&self, guild: GuildId, id: u64) -> Result<Suggestion, UserError> {
        self.store
            .read(|state| {
                state
                    .guilds
                    .get(&guild)?
                    .suggestions
                    .suggestions
                    .get(&id)
                    .cloned()
            })
            .ok_or(UserError::UnknownSuggestion)
    }

    /// Suggestion `id`, if it is still pending.
    pub fn pending_suggestion(&self, guild: GuildId, id: u64) -> Result<Suggestion, UserError> {
        let s = self.suggestion(guild, id)?;
        match &s.decision {
            None => Ok(s),
            Some(decision) => Err(UserError::AlreadyDecided(decision.clone())),
        }
    }

    /// A reviewer's version of pending suggestion `id` replaces the author's.
    pub fn edit_suggestion(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
        draft: Draft,
    ) -> Result<Result<Suggestion, Vec<String>>, UserError> {
        let problems = draft.problems();
        if !problems.is_empty() {
            self.keep_draft(guild, reviewer, DraftFor::Suggestion(id), draft);
            return Ok(Err(problems));
        }
        self.decide(guild, id, |s| {
            s.draft = draft;
            Ok(())
        })
        .map(Ok)
    }

    /// Changes pending suggestion `id` with `change`, under the store's lock.
    fn decide(
        &self,
        guild: GuildId,
        id: u64,
        change: impl FnOnce(&mut Suggestion) -> Result<(), UserError>,
    ) -> Result<Suggestion, UserError> {
        self.store.write(|state, _| {
            let g = state
                .existing_guild_mut(guild)
                .ok_or(UserError::UnknownSuggestion)?;
            let s = g
                .suggestions
                .suggestions
                .get_mut(&id)
                .ok_or(UserError::UnknownSuggestion)?;
            if let Some(decision) = &s.decision {
                return Err(UserError::AlreadyDecided(decision.clone()));
            }
            change(s)?;
            let s = s.clone();
            g.suggestions.trim();
            Ok(s)
        })
    }

    /// Approves suggestion `id`: its question is appended to its server deck (the community
    /// deck is created on the first), written like an upload and served at once. The
    /// suggestion is marked approved before the deck is written, so two approvals at once
    /// add it once; if the deck cannot take it, it is pending again (or, when the deck it
    /// named was removed, rejected with that reason). Blocking file I/O: call it off the
    /// async runtime.
    pub fn approve(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
    ) -> io::Result<Result<Suggestion, UserError>> {
        let claimed = self.decide(guild, id, |s| {
            s.decision = Some(Decision::Approved {
                by: reviewer,
                deck: s.deck_id().to_owned(),
                question: String::new(),
            });
            Ok(())
        });
        let suggestion = match claimed {
            Ok(s) => s,
            Err(e) => return Ok(Err(e)),
        };
        let deck_id = suggestion.deck_id().to_owned();
        let added = self.edit_own_deck(guild, &deck_id, |current| {
            let mut deck = match (current, &suggestion.deck) {
                (Some(deck), _) => deck.clone(),
                (None, Some(named)) => return Err(UserError::SuggestedDeckGone(named.clone())),
                (None, None) => community_deck(),
            };
            let mut questions = std::mem::take(&mut deck.questions);
            questions.push(suggestion.draft.to_question(suggestion.author));
            deck.questions = with_ids(questions);
            let question = deck.questions.last().map(|q| q.id.clone());
            Ok((deck, question.unwrap_or_default()))
        });
        let settled = |outcome: Option<Result<&String, &UserError>>| {
            self.store.write(|state, _| {
                let s = state
                    .existing_guild_mut(guild)?
                    .suggestions
                    .suggestions
                    .get_mut(&id)?;
                s.decision = match outcome {
                    Some(Ok(question)) => Some(Decision::Approved {
                        by: reviewer,
                        deck: deck_id.clone(),
                        question: question.clone(),
                    }),
                    Some(Err(UserError::SuggestedDeckGone(deck))) => Some(Decision::Rejected {
                        by: None,
                        reason: format!("its deck `{deck}` was removed before it was approved"),
                    }),
                    Some(Err(_)) | None => None,
                };
                Some(s.clone())
            })
        };
        match added {
            Err(e) => {
                settled(None);
                Err(e)
            }
            Ok(outcome) => {
                let after = settled(Some(outcome.as_ref()));
                Ok(outcome.and_then(|_| after.ok_or(UserError::UnknownSuggestion)))
            }
        }
    }

    /// Rejects suggestion `id`, with `reason` for its author.
    pub fn reject(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
        reason: &str,
    ) -> Result<Suggestion, UserError> {
        let reason = reason_text(reason)?;
        self.decide(guild, id, |s| {
            s.decision = Some(Decision::Rejected {
                by: Some(reviewer),
                reason,
            });
            Ok(())
        })
    }

    /// The author of suggestion `id` was told of its decision.
    pub fn told(&self, guild: GuildId, id: u64) {
        self.store.write(|state, _| {
            if let Some(s) = state
                .existing_guild_mut(guild)
                .and_then(|g| g.suggestions.suggestions.get_mut(&id))
            {
                s.told = true;
            }
        });
    }

    /// `author`'s suggestions in `guild`, newest first.
    pub fn suggestions_of(&self, guild: GuildId, author: UserId) -> Vec<Suggestion> {
        self.store.read(|state| {
            state.guilds.get(&guild).map_or_else(Vec::new, |g| {
                g.suggestions
                    .suggestions
                    .values()
                    .rev()
                    .filter(|s| s.author == author)
                    .cloned()
                    .collect()
            })
        })
    }

    /// Files `reporter`'s report that question `question` of `deck` (as `guild` sees it) is
    /// wrong, and counts it in the question's statistics.
    pub fn report_problem(
        &self,
        guild: GuildId,
        reporter: UserId,
        deck: &str,
        question: &str,
        text: &str,
    ) -> Result<Reported, UserError> {
        let setup = self.review_setup(guild)?;
        let text = reason_text(text)?;
        let deck = self
            .library()
            .get(Some(guild), deck)
            .cloned()
            .ok_or_else(|| UserError::UnknownDeck(deck.to_owned()))?;
        let asked = deck
            .question(question)
            .cloned()
            .ok_or(UserError::QuestionGone)?;
        let at = self.clock.now();
        let qualified = deck.qualified_id();
        let (report, stats) = self.store.write(|state, _| {
            let g = state.guild_mut(guild);
            let (all, mine) = g.suggestions.open_reports(reporter);
            if mine >= MAX_OPEN_REPORTS_PER_MEMBER {
                return Err(UserError::TooManyReports(MAX_OPEN_REPORTS_PER_MEMBER));
            }
            if all >= MAX_OPEN_REPORTS_PER_SERVER {
                return Err(UserError::ReportsFull(MAX_OPEN_REPORTS_PER_SERVER));
            }
            let id = g.suggestions.issue_id();
            let report = ProblemReport {
                id,
                reporter,
                deck: deck.id.clone(),
                bundled: deck.owner.is_none(),
                question: asked.id.clone(),
                text,
                at,
                posted: None,
                closed: None,
            };
            g.suggestions.reports.insert(id, report.clone());
            g.stats.reported(&qualified, &asked.id);
            let stats = g.stats.question(&qualified, &asked.id).cloned();
            Ok((report, stats.unwrap_or_default()))
        })?;
        Ok(Reported {
            report,
            setup,
            deck,
            question: asked,
            stats,
        })
    }

    /// Report `id` is shown to reviewers at `posted`.
    pub fn report_posted(&self, guild: GuildId, id: u64, posted: Posted) {
        self.store.write(|state, _| {
            if let Some(r) = state
                .existing_guild_mut(guild)
                .and_then(|g| g.suggestions.reports.get_mut(&id))
            {
                r.posted = Some(posted);
            }
        });
    }

    /// A report could not be shown to reviewers: it is withdrawn (its count stays: the
    /// problem was seen).
    pub fn withdraw_report(&self, guild: GuildId, id: u64) {
        self.store.write(|state, _| {
            state
                .existing_guild_mut(guild)
                .map(|g| g.suggestions.reports.remove(&id))
        });
    }

    /// Open report `id`, and the question it is about if its deck still has it.
    pub fn open_report(
        &self,
        guild: GuildId,
        id: u64,
    ) -> Result<(ProblemReport, Option<Question>), UserError> {
        let report = self
            .store
            .read(|state| {
                state
                    .guilds
                    .get(&guild)?
                    .suggestions
                    .reports
                    .get(&id)
                    .cloned()
            })
            .ok_or(UserError::UnknownReport)?;
        if report.closed.is_some() {
            return Err(UserError::ReportClosed);
        }
        let question = self
            .library()
            .get(Some(guild), &report.deck)
            .and_then(|d| d.question(&report.question))
            .cloned();
        Ok((report, question))
    }

    /// Closes open report `id` as `how` by `reviewer`.
    fn close_report(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
        how: Closure,
    ) -> Result<ProblemReport, UserError> {
        self.store.write(|state, _| {
            let g = state
                .existing_guild_mut(guild)
                .ok_or(UserError::UnknownReport)?;
            let r = g
                .suggestions
                .reports
                .get_mut(&id)
                .ok_or(UserError::UnknownReport)?;
            if r.closed.is_some() {
                return Err(UserError::ReportClosed);
            }
            r.closed = Some((how, reviewer));
            let r = r.clone();
            g.suggestions.trim();
            Ok(r)
        })
    }

    /// Closes report `id` with nothing changed.
    pub fn dismiss_report(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
    ) -> Result<ProblemReport, UserError> {
        self.open_report(guild, id)?;
        self.close_report(guild, id, reviewer, Closure::Dismissed)
    }

    /// Replaces the reported question with a reviewer's `draft` (same id, so its scores,
    /// cards and statistics stay; same author) and closes the report. `Ok(Ok(Err(problems)))`
    /// when the draft breaks the deck rules (kept for [`App::refused_draft`]). Blocking file
    /// I/O: call it off the async runtime.
    pub fn fix_reported(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
        draft: Draft,
    ) -> io::Result<Result<Result<ProblemReport, Vec<String>>, UserError>> {
        let report = match self.editable_report(guild, id) {
            Ok(report) => report,
            Err(e) => return Ok(Err(e)),
        };
        let problems = draft.problems();
        if !problems.is_empty() {
            self.keep_draft(guild, reviewer, DraftFor::Report(id), draft);
            return Ok(Ok(Err(problems)));
        }
        let edited = self.edit_own_deck(guild, &report.deck, |current| {
            let mut deck = current.cloned().ok_or(UserError::QuestionGone)?;
            let q = deck
                .questions
                .iter_mut()
                .find(|q| q.id == report.question)
                .ok_or(UserError::QuestionGone)?;
            *q = Question {
                id: q.id.clone(),
                author: q.author,
                accept: std::mem::take(&mut q.accept),
                format: q.format,
                ..draft.to_question(UserId(0))
            };
            Ok((deck, ()))
        })?;
        Ok(edited.and_then(|()| {
            self.close_report(guild, id, reviewer, Closure::Edited)
                .map(Ok)
        }))
    }

    /// Removes the reported question from its deck and closes the report. Blocking file
    /// I/O: call it off the async runtime.
    pub fn remove_reported(
        &self,
        guild: GuildId,
        id: u64,
        reviewer: UserId,
    ) -> io::Result<Result<ProblemReport, UserError>> {
        let report = match self.editable_report(guild, id) {
            Ok(report) => report,
            Err(e) => return Ok(Err(e)),
        };
        let removed = self.edit_own_deck(guild, &report.deck, |current| {
            let mut deck = current.cloned().ok_or(UserError::QuestionGone)?;
            let before = deck.questions.len();
            deck.questions.retain(|q| q.id != report.question);
            if deck.questions.len() == before {
                return Err(UserError::QuestionGone);
            }
            if deck.questions.is_empty() {
                return Err(UserError::LastQuestion(report.deck.clone()));
            }
            Ok((deck, ()))
        })?;
        Ok(removed.and_then(|()| self.close_report(guild, id, reviewer, Closure::Removed)))
    }

    /// Open report `id`, if its question is in a deck of the server's own (a bundled deck's
    /// reports can only be dismissed).
    fn editable_report(&self, guild: GuildId, id: u64) -> Result<ProblemReport, UserError> {
        let (report, _) = self.open_report(guild, id)?;
        if report.bundled {
            return Err(UserError::BundledReport(report.deck));
        }
        Ok(report)
    }

    /// Open reports on bundled decks in every server: the operator's to look at.
    pub fn open_bundled_reports(&self) -> usize {
        self.store.read(|state| state.bundled_reports().len())
    }

    /// Changes `guild`'s own deck `id` (`None` to `edit` if it has none yet: `edit` may make
    /// one) with the library locked throughout, so that two changes never overwrite each
    /// other; the result is checked with the deck rules and written like an upload.
    fn edit_own_deck<T>(
        &self,
        guild: GuildId,
        id: &str,
        edit: impl FnOnce(Option<&Deck>) -> Result<(Deck, T), UserError>,
    ) -> io::Result<Result<T, UserError>> {
        let mut library = self.library.write().unwrap_or_else(PoisonError::into_inner);
        if library.is_bundled(id) {
            return Ok(Err(UserError::BundledDeck(id.to_owned())));
        }
        let current = library.get(Some(guild), id).map(|d| &d.deck);
        let existed = current.is_some();
        let (deck, value) = match edit(current) {
            Ok(edited) => edited,
            Err(e) => return Ok(Err(e)),
        };
        // A deck is plain strings and lists: serialising it cannot fail.
        let bytes = serde_json::to_vec_pretty(&deck).unwrap_or_default();
        let path = self.deck_path(guild, id);
        let loaded = match LoadedDeck::parse(id, &path, &bytes) {
            Ok(loaded) => loaded,
            Err(problems) => {
                return Ok(Err(UserError::EditWouldNotLoad {
                    deck: id.to_owned(),
                    problems: Report { problems }.truncated(1_500),
                }))
            }
        };
        Ok(self
            .install_locked(&mut library, guild, loaded, &bytes, existed)?
            .map(|_| value))
    }
}

/// Refuses a suggestion past the member's or the server's limit of pending ones.
fn room_for_suggestion(guild: &GuildState, author: UserId) -> Result<(), UserError> {
    let (all, mine) = guild.suggestions.pending(author);
    if mine >= MAX_PENDING_PER_MEMBER {
        return Err(UserError::TooManySuggestions(MAX_PENDING_PER_MEMBER));
    }
    if all >= MAX_PENDING_PER_SERVER {
        return Err(UserError::SuggestionsFull(MAX_PENDING_PER_SERVER));
    }
    Ok(())
}

/// A rejection's reason or a report's text, trimmed and within [`MAX_REASON`].
fn reason_text(text: &str) -> Result<String, UserError> {
    let text = text.trim();
    let chars = text.chars().count();
    if text.is_empty() || chars > MAX_REASON {
        return Err(UserError::ReasonLength {
            given: chars,
            max: MAX_REASON,
        });
    }
    Ok(text.to_owned())
}

/// The deck approved suggestions go into when they name none, as first created.
fn community_deck() -> Deck {
    Deck {
        title: "Community".to_owned(),
        description: "Questions this server's members wrote, approved by its reviewers.".to_owned(),
        source: String::new(),
        language: None,
        format: None,
        questions: Vec::new(),
    }
}
