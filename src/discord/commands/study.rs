//! `/flashcard` and `/review`: personal, ephemeral study that feeds the review schedule.

use super::{complete, scope};
use crate::discord::{embeds, Context, Error};
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
    let (embed, components) = embeds::card_front("Flashcard", &deck, &question);
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .components(components)
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// The next card due in your review schedule (Leitner boxes: 0, 1, 3, 7, 14 days).
#[poise::command(slash_command)]
pub async fn review(ctx: Context<'_>) -> Result<(), Error> {
    let app = &ctx.data().app;
    let reply = poise::CreateReply::default().ephemeral(true);
    let reply = match app.review(UserId(ctx.author().id.get()), scope(ctx)) {
        Next::Due {
            deck,
            question,
            card,
        } => {
            let (deck, question) = app.card(scope(ctx), &deck, &question)?;
            let (embed, components) =
                embeds::card_front(&format!("Review · box {}", card.level), &deck, &question);
            reply.embed(embed).components(components)
        }
        Next::Later(at) => reply.embed(embeds::note(&format!(
            "Nothing is due. Your next card is due {}.",
            embeds::relative(at)
        ))),
        Next::Empty => reply.embed(embeds::note(
            "Nothing to review yet: cards join your schedule when you grade a `/flashcard` \
             or answer a quiz question.",
        )),
    };
    ctx.send(reply).await?;
    Ok(())
}
