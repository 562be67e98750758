//! `/flashcard` and `/review`: personal, ephemeral study that feeds the review schedule.

use serenity::all::{CreateActionRow, CreateEmbed};

use super::{complete, scope};
use crate::app::App;
use crate::deck::library::Scope;
use crate::discord::custom_id::Session;
use crate::discord::{embeds, Context, Error};
use crate::error::UserError;
use crate::ids::UserId;
use crate::review::Next;

/// A personal flashcard: the question, then the answer, then grade yourself. No points.
#[poise::command(slash_command)]
pub async fn flashcard(
    ctx: Context<'_>,
    #[description = "Deck to draw from (default: the first deck)"]
    #[autocomplete = "complete::deck"]
    deck: Option<String>,
    #[description = "Only questions on this topic"]
    #[autocomplete = "complete::topic"]
    topic: Option<String>,
) -> Result<(), Error> {
    let (deck, question) =
        ctx.data()
            .app
            .flashcard(scope(ctx), deck.as_deref(), topic.as_deref())?;
    let (embed, components) = embeds::card_front("Flashcard", &deck, &question, None);
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .components(components)
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// A review session (FSRS): due cards first, then new ones, one after another.
#[poise::command(slash_command)]
pub async fn review(ctx: Context<'_>) -> Result<(), Error> {
    let user = UserId(ctx.author().id.get());
    let (embed, components) = session_view(&ctx.data().app, user, scope(ctx), Session::default())?;
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .components(components)
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// A session's next view for `user`: the next card's front, or how the session ended.
pub fn session_view(
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
                (true, 0) => "Review".to_owned(),
                (false, 0) => "Review · new card".to_owned(),
                (true, n) => format!("Review · {n} done"),
                (false, n) => format!("Review · {n} done · new card"),
            };
            embeds::card_front(&heading, &deck, &question, Some(session))
        }
        Next::Later(at) => (
            embeds::session_done(session, Some(at), &app.review_outlook(user, scope)),
            Vec::new(),
        ),
        Next::Empty if session.reviewed > 0 => (
            embeds::session_done(session, None, &app.review_outlook(user, scope)),
            Vec::new(),
        ),
        Next::Empty => (
            embeds::note(
                "Nothing to review yet: cards join your schedule when you grade a `/flashcard` \
                 or answer a quiz question.",
            ),
            Vec::new(),
        ),
    })
}
