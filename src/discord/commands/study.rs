//! `/flashcard` and `/review`: personal, ephemeral study that feeds the review schedule.

use serenity::all::{CreateActionRow, CreateEmbed};

use super::{complete, scope, with_picture};
use crate::discord::custom_id::Session;
use crate::discord::{embeds, words, Context, Error};
use crate::i18n::Words;
use crate::say;
use quizbot_domain::app::App;
use quizbot_domain::deck::library::Scope;
use quizbot_domain::error::UserError;
use quizbot_domain::ids::UserId;
use quizbot_domain::review::Next;
use quizbot_domain::schedule;

/// A personal flashcard: the question, then the answer, then grade yourself. No points.
#[poise::command(slash_command)]
pub async fn flashcard(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: Option<String>,
    #[autocomplete = "complete::topic"] topic: Option<String>,
) -> Result<(), Error> {
    let (deck, question) =
        ctx.data()
            .app
            .flashcard(scope(ctx), deck.as_deref(), topic.as_deref())?;
    let w = words::private(ctx);
    let heading = w.get("card-flashcard");
    let (embed, components) = embeds::study::card_front(w, &heading, &deck, &question, None);
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .components(components)
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// Review what is due (FSRS), or see your stats, set a reminder or your settings.
///
/// Bare, a session: due cards first, then new ones, in one message. With `stats`, your
/// cards and retention; with any setting, that setting changed. (Options rather than
/// subcommands: Discord does not let a command with subcommands run by itself.)
#[poise::command(slash_command)]
#[allow(clippy::too_many_arguments)]
pub async fn review(
    ctx: Context<'_>,
    stats: Option<bool>,
    remind: Option<String>,
    #[autocomplete = "complete::zone"] timezone: Option<String>,
    #[min = 0.7]
    #[max = 0.97]
    retention: Option<f64>,
    #[min = 0]
    #[max = 100]
    new_per_day: Option<u32>,
) -> Result<(), Error> {
    let app = &ctx.data().app;
    let user = UserId(ctx.author().id.get());
    let mut embeds = Vec::new();
    if app.take_refused_notice(user) {
        embeds.push(embeds::note(
            "Your review reminder is off: Discord would not let me DM you (DMs from this \
             server's members may be closed in your privacy settings). Open them, then set it \
             again with `/review remind:HH:MM`.",
        ));
    }
    let zone = timezone
        .as_deref()
        .map(schedule::parse_zone)
        .transpose()
        .map_err(UserError::Schedule)?;
    let changes =
        remind.is_some() || zone.is_some() || retention.is_some() || new_per_day.is_some();
    let mut reply = poise::CreateReply::default().ephemeral(true);
    if changes {
        app.set_study(user, retention, new_per_day, zone)?;
        match remind.as_deref().map(str::trim) {
            Some(off) if off.eq_ignore_ascii_case("off") => {
                app.reminder_off(user);
            }
            Some(time) => {
                let time = schedule::parse_time(time).map_err(UserError::Schedule)?;
                let zone = app.study_settings(user).0.zone;
                app.set_reminder(user, time, zone, ctx.locale().map(str::to_owned));
            }
            None => {}
        }
        let (settings, reminder) = app.study_settings(user);
        embeds.push(embeds::study::review_settings(
            words::private(ctx),
            &settings,
            reminder.as_ref(),
            app.clock.now(),
        ));
    }
    if stats == Some(true) {
        let outlook = app.review_outlook(user, scope(ctx));
        let (settings, reminder) = app.study_settings(user);
        let embed = embeds::study::review_stats(
            words::private(ctx),
            &outlook,
            &settings,
            reminder.as_ref(),
            app.clock.now(),
        );
        let name = ctx.author().display_name().to_owned();
        let w = words::private(ctx);
        let mut pictured = with_picture(embed, "reviews.png", move || {
            quizbot_domain::picture::review_card(&name, &outlook, &w)
        })
        .await;
        pictured.embeds.splice(0..0, embeds);
        ctx.send(pictured.ephemeral(true)).await?;
        return Ok(());
    }
    if !changes {
        let (embed, components) = session_view(
            words::private(ctx),
            app,
            user,
            scope(ctx),
            Session::default(),
        )?;
        embeds.push(embed);
        reply = reply.components(components);
    }
    for embed in embeds {
        reply = reply.embed(embed);
    }
    ctx.send(reply).await?;
    Ok(())
}

/// A session's next view for `user`: the next card's front, or how the session ended.
pub fn session_view(
    w: Words,
    app: &App,
    user: UserId,
    scope: Scope,
    session: Session,
) -> Result<(CreateEmbed, Vec<CreateActionRow>), UserError> {
    Ok(match app.review(user, scope) {
        Next::Due {
            deck,
            question,
            card,
        } => {
            let (deck, question) = app.card(scope, &deck, &question)?;
            let heading = match (card.is_some(), session.reviewed) {
                (true, 0) => w.get("card-review"),
                (false, 0) => w.get("card-review-new"),
                (true, done) => say!(w, "card-review-done", done),
                (false, done) => say!(w, "card-review-done-new", done),
            };
            embeds::study::card_front(w, &heading, &deck, &question, Some(session))
        }
        Next::Later(at) => (
            embeds::study::session_done(w, session, Some(at), &app.review_outlook(user, scope)),
            Vec::new(),
        ),
        Next::Empty if session.reviewed > 0 => (
            embeds::study::session_done(w, session, None, &app.review_outlook(user, scope)),
            Vec::new(),
        ),
        Next::Empty => (embeds::note(&w.get("session-empty")), Vec::new()),
    })
}
