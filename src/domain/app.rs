//! The core the Discord adapter drives: decks, state and clock together, with one method per
//! thing a user can do. Never touches Discord; every method is a short, lock-scoped step.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rand::seq::IndexedRandom;
use tokio::sync::{watch, Notify};

use crate::clock::Clock;
use crate::deck::{Library, LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::{ChannelId, GuildId, IdMap, MessageId, OpenId, UserId};
use crate::quiz::{deal, OpenQuestion, Reveal, Round, RoundScore};
use crate::review::{Card, CardKey, Next};
use crate::schedule::{self, DailySchedule};
use crate::scores::{self, Page, Scope, ScoreCard, Scoreboard, Scored};
use crate::state::{Dropped, State, Store};

pub struct App {
    library: RwLock<Arc<Library>>,
    /// Where decks live, and where uploaded ones are written.
    data_dir: PathBuf,
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    /// Pinged when a daily schedule changes, so the scheduler recomputes its next wake-up.
    pub daily_changed: Notify,
    /// Rounds running now, by channel; each with the switch that stops it.
    rounds: Mutex<HashMap<ChannelId, (Round, watch::Sender<bool>)>>,
}

/// Where a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub guild: GuildId,
    pub channel: ChannelId,
}

/// A question just opened, for the adapter to post.
#[derive(Debug, Clone)]
pub struct Posted {
    pub id: OpenId,
    pub place: Place,
    pub deck: Arc<LoadedDeck>,
    pub question: Question,
    pub options: Vec<String>,
    pub closes_at: DateTime<Utc>,
}

/// What an answerer is told at once. The right option's text and the explanation are read
/// from the library when the reply is written, not copied while the store is locked (the
/// copy of the text was an allocation per answer). It holds no handle on the open
/// question itself: a handle alive after the answer would make the next answer copy the
/// question (copy-on-write).
#[derive(Debug, Clone)]
pub struct Answered {
    pub option: u8,
    pub correct: u8,
    pub points: u32,
    pub card: Arc<CardKey>,
    pub library: Arc<Library>,
}

impl Answered {
    pub fn right(&self) -> bool {
        self.option == self.correct
    }

    /// The right option's text: the deck's answer, as the options are the deck's own texts
    /// (if the deck still has the question).
    pub fn correct_text(&self) -> Option<&str> {
        Some(&self.deck_question()?.answer)
    }

    /// The deck's explanation, if it has one (and still has the question).
    pub fn explanation(&self) -> Option<&str> {
        self.deck_question()?.explanation.as_deref()
    }

    fn deck_question(&self) -> Option<&Question> {
        self.library
            .get(self.card.deck())?
            .question(self.card.question())
    }
}

/// What `/round start` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSpec {
    pub questions: u8,
    pub seconds: u16,
    pub deck: Option<String>,
    pub topic: Option<String>,
}

/// A question that just closed, for the adapter to edit into its reveal.
#[derive(Debug, Clone)]
pub struct Closed {
    pub id: OpenId,
    pub open: OpenQuestion,
    pub reveal: Reveal,
    pub question: Option<Question>,
}

impl App {
    pub fn new(library: Library, data_dir: PathBuf, store: Store, clock: Arc<dyn Clock>) -> Self {
        App {
            library: RwLock::new(Arc::new(library)),
            data_dir,
            store,
            clock,
            rounds: Mutex::new(HashMap::new()),
            daily_changed: Notify::new(),
        }
    }

    pub fn library(&self) -> Arc<Library> {
        self.library
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The deck a command names (or the default one) and the deck's spelling of the topic.
    pub fn resolve(
        &self,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Option<String>), UserError> {
        let library = self.library();
        let deck = match deck.map(str::trim).filter(|d| !d.is_empty()) {
            Some(id) => library.get(id),
            None => library.default_deck(),
        }
        .cloned()
        .ok_or_else(|| UserError::UnknownDeck(deck.unwrap_or_default().to_owned()))?;
        let topic = match topic.map(str::trim).filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => Some(deck.find_topic(t).map(str::to_owned).ok_or_else(|| {
                UserError::UnknownTopic {
                    deck: deck.id.clone(),
                    topic: t.to_owned(),
                }
            })?),
        };
        Ok((deck, topic))
    }

    /// Refuses to overwrite deck `id` unless `replace` says so.
    pub fn may_install(&self, id: &str, replace: bool) -> Result<(), UserError> {
        match self.library().get(id) {
            Some(_) if !replace => Err(UserError::DeckExists(id.to_owned())),
            _ => Ok(()),
        }
    }

    /// Writes `deck` (parsed from `bytes`) into the data folder and serves it from now on.
    /// State that refers to questions the new version no longer has is dropped; scores stay.
    /// Blocking file I/O: call it off the async runtime.
    pub fn install_deck(&self, deck: LoadedDeck, bytes: &[u8]) -> std::io::Result<Dropped> {
        // Held across the write so that two uploads cannot interleave file and library.
        let mut library = self.library.write().unwrap_or_else(PoisonError::into_inner);
        crate::atomic_file::write(&self.data_dir.join(format!("{}.json", deck.id)), bytes)?;
        let updated = Arc::new(library.with(deck));
        *library = updated.clone();
        drop(library);
        Ok(self.store.write(|state, _| state.retain_known(&updated)))
    }

    /// The server's scores as CSV.
    pub fn export_scores(&self, guild: GuildId) -> Vec<u8> {
        self.store.read(|state| match state.guilds.get(&guild) {
            Some(g) => crate::export::scores_csv(&g.scores),
            None => crate::export::scores_csv(&Scoreboard::default()),
        })
    }

    /// Draws the next question of the server's cycle and opens it in `place` for `open_for`.
    pub fn open_question(
        &self,
        place: Place,
        deck: Option<&str>,
        topic: Option<&str>,
        open_for: Duration,
    ) -> Result<Posted, UserError> {
        let (deck, topic) = self.resolve(deck, topic)?;
        self.open_drawn(place, &deck, topic.as_deref(), &HashSet::new(), open_for)
    }

    fn open_drawn(
        &self,
        place: Place,
        deck: &Arc<LoadedDeck>,
        topic: Option<&str>,
        exclude: &HashSet<String>,
        open_for: Duration,
    ) -> Result<Posted, UserError> {
        let now = self.clock.now();
        self.store.write(|state, rng| {
            let guild = state.guild_mut(place.guild);
            // Room for an answer from every member the server has scored, so that no answer
            // waits under the lock while the table moves all the answers before it to a
            // bigger one. Room no answer takes is never written: it costs address space, not
            // resident memory.
            let answers = IdMap::with_capacity_and_hasher(guild.scores.len(), Default::default());
            let cycles = Arc::make_mut(&mut guild.cycles);
            let cycle = match cycles.get_mut(&deck.id) {
                Some(cycle) => cycle,
                None => cycles.entry(deck.id.clone()).or_default(),
            };
            let drawn = cycle.draw(deck, topic, exclude, rng);
            let question = drawn
                .and_then(|id| deck.question(&id))
                .cloned()
                .ok_or_else(|| UserError::UnknownTopic {
                    deck: deck.id.clone(),
                    topic: topic.unwrap_or_default().to_owned(),
                })?;
            let card = Arc::clone(deck.key(&question.id).ok_or(UserError::NotRecognised)?);
            let dealt = deal(&question, rng);
            let id = OpenId(state.next_open_id);
            state.next_open_id += 1;
            let closes_at = now + open_for;
            state.open.insert(
                id,
                OpenQuestion {
                    guild: place.guild,
                    channel: place.channel,
                    card,
                    topic: question.topic.as_str().into(),
                    options: dealt.options.clone(),
                    correct: dealt.correct,
                    opened_at: now,
                    closes_at,
                    message: None,
                    answers,
                    first_right: None,
                    daily: None,
                },
            );
            Ok(Posted {
                id,
                place,
                deck: deck.clone(),
                question,
                options: dealt.options,
                closes_at,
            })
        })
    }

    /// Remembers the message that shows question `id`, so its reveal can edit it.
    pub fn set_message(&self, id: OpenId, message: MessageId) {
        self.store.write(|state, _| {
            if let Some(q) = state.open_mut(id) {
                q.message = Some(message);
            }
        });
    }

    /// Forgets a question whose message could not be posted.
    pub fn withdraw(&self, id: OpenId) {
        self.store.write(|state, _| state.open.remove(&id));
    }

    /// `user` (called `name`) picks `option` on question `id`, pressed in `place`.
    pub fn answer(
        &self,
        id: OpenId,
        place: Place,
        user: UserId,
        name: &str,
        option: u8,
    ) -> Result<Answered, UserError> {
        let now = self.clock.now();
        let library = self.library();
        self.store.write(|state, _| {
            let State {
                guilds,
                reviews,
                open,
                next_open_id,
            } = state;
            let Some(open) = open.get_mut(&id) else {
                return Err(if id.0 < *next_open_id {
                    UserError::QuestionClosed
                } else {
                    UserError::NotRecognised
                });
            };
            if open.guild != place.guild || open.channel != place.channel {
                return Err(UserError::NotRecognised);
            }
            // The card's reference count and the server's copy-on-write check are locked
            // instructions, which wait for every read in flight: they come before the member's
            // first cache miss. (The book's check comes once the answer is accepted, so that a
            // refused answer makes no book.)
            let card = Arc::clone(&open.card);
            let guild = guilds.get_or_default(place.guild);
            // The member's places in the three tables, guessed from the id's hash: the loads
            // below then find them arriving rather than each waiting for the one before.
            crate::ids::prefetch_slot(&open.answers, &user);
            guild.scores.prefetch_slot(user);
            reviews.prefetch_slot(&user);
            guild.scores.prefetch(user);
            let answer = open.answer(user, option, now)?;
            let book = reviews.get_or_default(user);
            book.prefetch(&card);
            let right = answer.option == open.correct;
            let member = guild.scores.record(
                user,
                name,
                Scored {
                    channel: place.channel,
                    topic: &open.topic,
                    right,
                    points: answer.points,
                },
            );
            if let Some(date) = open.daily {
                member.record_daily(date, right);
            }
            book.grade(&card, right, now);
            Ok(Answered {
                option: answer.option,
                correct: open.correct,
                points: answer.points,
                card,
                library,
            })
        })
    }

    /// Closes question `id`; `None` if it was already closed.
    pub fn close(&self, id: OpenId) -> Option<Closed> {
        let open = self.store.write(|state, _| state.open.remove(&id))?;
        let question = self
            .library()
            .get(open.card.deck())
            .and_then(|d| d.question(open.card.question()))
            .cloned();
        Some(Closed {
            id,
            reveal: open.reveal(),
            open,
            question,
        })
    }

    /// Open questions and when each closes, to arm their timers (again, after a restart).
    pub fn closing_times(&self) -> Vec<(OpenId, DateTime<Utc>)> {
        self.store.read(|state| {
            state
                .open
                .iter()
                .map(|(id, q)| (*id, q.closes_at))
                .collect()
        })
    }

    /// A random card for `/flashcard`.
    pub fn flashcard(
        &self,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let (deck, topic) = self.resolve(deck, topic)?;
        let candidates: Vec<&Question> = deck.questions_in(topic.as_deref()).collect();
        let question = self
            .store
            .with_rng(|rng| candidates.choose(rng).map(|q| (*q).clone()))
            .ok_or_else(|| UserError::UnknownTopic {
                deck: deck.id.clone(),
                topic: topic.clone().unwrap_or_default(),
            })?;
        Ok((deck, question))
    }

    /// The card `deck`/`question`, as named in a button.
    pub fn card(
        &self,
        deck: &str,
        question: &str,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let library = self.library();
        let deck = library.get(deck).ok_or(UserError::NotRecognised)?;
        let question = deck
            .question(question)
            .ok_or(UserError::NotRecognised)?
            .clone();
        Ok((deck.clone(), question))
    }

    /// Self-grading of a flashcard feeds `user`'s review schedule.
    pub fn grade(
        &self,
        user: UserId,
        deck: &str,
        question: &str,
        knew: bool,
    ) -> Result<Card, UserError> {
        let card = Arc::clone(
            self.library()
                .key(deck, question)
                .ok_or(UserError::NotRecognised)?,
        );
        let now = self.clock.now();
        Ok(self
            .store
            .write(|state, _| state.book_mut(user).grade(&card, knew, now)))
    }

    /// What `/review` shows `user` now.
    pub fn review(&self, user: UserId) -> Next {
        let now = self.clock.now();
        self.store.read(|state| {
            state
                .reviews
                .get(&user)
                .map_or(Next::Empty, |b| b.next(now))
        })
    }

    pub fn score_card(&self, guild: GuildId, user: UserId) -> Option<ScoreCard> {
        self.store.read(|state| {
            let g = state.guilds.get(&guild)?;
            let mut card = scores::score_card(&g.scores, user)?;
            let today = g.daily.as_ref().and_then(|d| d.last_posted);
            card.score.daily_streak = card.score.daily_streak_on(today);
            Some(card)
        })
    }

    pub fn leaderboard(
        &self,
        guild: GuildId,
        scope: Scope,
        page: usize,
    ) -> Result<Page, UserError> {
        let name = match scope {
            Scope::Server => "server",
            Scope::Channel(_) => "channel",
        };
        let all = self.store.read(|state| {
            state
                .guilds
                .get(&guild)
                .map(|g| scores::standings(&g.scores, scope))
                .unwrap_or_default()
        });
        scores::page(all, page, name)
    }

    fn rounds(&self) -> MutexGuard<'_, HashMap<ChannelId, (Round, watch::Sender<bool>)>> {
        self.rounds.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts a round in `place` (of at most as many questions as the deck or topic has);
    /// the receiver turns true when someone stops it.
    pub fn start_round(
        &self,
        place: Place,
        starter: UserId,
        starter_name: &str,
        spec: &RoundSpec,
    ) -> Result<(Round, watch::Receiver<bool>), UserError> {
        let (deck, topic) = self.resolve(spec.deck.as_deref(), spec.topic.as_deref())?;
        let available = deck.questions_in(topic.as_deref()).count();
        let mut rounds = self.rounds();
        if let Some((running, _)) = rounds.get(&place.channel) {
            return Err(UserError::RoundRunning {
                starter: running.starter_name.clone(),
                left: running.left(),
            });
        }
        let round = Round {
            starter,
            starter_name: starter_name.to_owned(),
            deck: deck.id.clone(),
            topic,
            total: usize::from(spec.questions).min(available),
            seconds: spec.seconds,
            asked: HashSet::new(),
            done: 0,
            scores: HashMap::new(),
        };
        let (stop, stopped) = watch::channel(false);
        rounds.insert(place.channel, (round.clone(), stop));
        Ok((round, stopped))
    }

    /// Opens the round's next question, or `None` when the round has asked them all (or ended).
    pub fn next_round_question(&self, place: Place) -> Result<Option<Posted>, UserError> {
        let (deck, topic, asked, seconds) = {
            let rounds = self.rounds();
            let Some((round, _)) = rounds.get(&place.channel) else {
                return Ok(None);
            };
            if round.asked.len() >= round.total {
                return Ok(None);
            }
            (
                round.deck.clone(),
                round.topic.clone(),
                round.asked.clone(),
                round.seconds,
            )
        };
        let (deck, _) = self.resolve(Some(&deck), None)?;
        let posted = self.open_drawn(
            place,
            &deck,
            topic.as_deref(),
            &asked,
            Duration::seconds(i64::from(seconds)),
        )?;
        if let Some((round, _)) = self.rounds().get_mut(&place.channel) {
            round.asked.insert(posted.question.id.clone());
        }
        Ok(Some(posted))
    }

    /// Adds a closed round question to the round; returns the standings so far.
    pub fn record_round(
        &self,
        place: Place,
        closed: &Closed,
    ) -> Option<(Round, Vec<(UserId, RoundScore)>)> {
        let mut rounds = self.rounds();
        let (round, _) = rounds.get_mut(&place.channel)?;
        round.record(&closed.open);
        Some((round.clone(), round.standings()))
    }

    /// Asks the round in `place` to stop: its starter may, and so may a member who can manage
    /// messages.
    pub fn stop_round(
        &self,
        place: Place,
        user: UserId,
        may_manage: bool,
    ) -> Result<(), UserError> {
        let rounds = self.rounds();
        let (round, stop) = rounds.get(&place.channel).ok_or(UserError::NoRound)?;
        if round.starter != user && !may_manage {
            return Err(UserError::NotYourRound(round.starter_name.clone()));
        }
        stop.send_replace(true);
        Ok(())
    }

    /// Ends the round in `place`, returning it with its final standings.
    pub fn end_round(&self, place: Place) -> Option<(Round, Vec<(UserId, RoundScore)>)> {
        let (round, _) = self.rounds().remove(&place.channel)?;
        let standings = round.standings();
        Some((round, standings))
    }

    /// Sets (or replaces) the server's daily question; returns it as stored.
    pub fn set_daily(&self, guild: GuildId, schedule: DailySchedule) -> DailySchedule {
        let stored = self.store.write(|state, _| {
            let guild = state.guild_mut(guild);
            let mut schedule = match guild.daily.take() {
                Some(previous) => schedule.replacing(&previous),
                None => schedule,
            };
            if let Some(posted) = guild.daily_posted_before_off.take() {
                schedule.last_posted = Some(posted);
            }
            guild.daily = Some(schedule.clone());
            schedule
        });
        self.daily_changed.notify_one();
        stored
    }

    pub fn daily(&self, guild: GuildId) -> Option<DailySchedule> {
        self.store
            .read(|state| state.guilds.get(&guild).and_then(|g| g.daily.clone()))
    }

    /// Turns the daily question off; the question already posted stays open until its time.
    pub fn daily_off(&self, guild: GuildId) -> Result<(), UserError> {
        self.store
            .write(|state, _| {
                let g = state.guilds.get_mut(&guild)?;
                let off = g.daily.take()?;
                g.daily_posted_before_off = off.last_posted;
                Some(off)
            })
            .ok_or(UserError::NoDaily)?;
        self.daily_changed.notify_one();
        Ok(())
    }

    /// Servers whose daily question is due now, with the local date it is for.
    pub fn dailies_due(&self, now: DateTime<Utc>) -> Vec<(GuildId, NaiveDate)> {
        self.store.read(|state| {
            state
                .guilds
                .iter()
                .filter_map(|(g, s)| Some((*g, s.daily.as_ref()?.due(now)?)))
                .collect()
        })
    }

    /// When the scheduler should wake next.
    pub fn next_daily(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.store.read(|state| {
            schedule::earliest(state.guilds.values().filter_map(|g| g.daily.as_ref()), now)
        })
    }

    /// Opens the daily question of `date` for `guild`, open until the next one, and counts
    /// the day as posted: if the post then fails, [`App::daily_failed`] says so; if the bot
    /// dies in between, the day is not posted twice.
    pub fn open_daily(&self, guild: GuildId, date: NaiveDate) -> Result<Posted, UserError> {
        let schedule = self.daily(guild).ok_or(UserError::NoDaily)?;
        let (deck, topic) = self.resolve(schedule.deck.as_deref(), schedule.topic.as_deref())?;
        let place = Place {
            guild,
            channel: schedule.channel,
        };
        let next = date
            .succ_opt()
            .map_or(schedule.fire_time(date), |d| schedule.fire_time(d));
        let open_for = next - self.clock.now();
        let posted = self.open_drawn(place, &deck, topic.as_deref(), &HashSet::new(), open_for)?;
        self.store.write(|state, _| {
            if let Some(q) = state.open_mut(posted.id) {
                q.daily = Some(date);
            }
            if let Some(daily) = state.guilds.get_mut(&guild).and_then(|g| g.daily.as_mut()) {
                daily.mark_posted(date);
            }
        });
        Ok(posted)
    }

    /// Records that the daily question of `date` could not be posted; the next try is the
    /// next day's.
    pub fn daily_failed(&self, guild: GuildId, date: NaiveDate, message: String) {
        let at = self.clock.now();
        self.store.write(|state, _| {
            if let Some(daily) = state.guilds.get_mut(&guild).and_then(|g| g.daily.as_mut()) {
                daily.mark_failed(date, at, message);
            }
        });
    }
}
