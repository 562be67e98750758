//! Button presses: answers, flashcard steps and leaderboard pages.

use serenity::all::{
    ComponentInteraction, Context as SerenityContext, CreateInteractionResponse,
    CreateInteractionResponseMessage,
};

use super::custom_id::{CustomId, Step};
use super::{embeds, Data, Error};
use crate::app::Place;
use crate::error::UserError;
use crate::ids::{ChannelId, GuildId, UserId};

pub async fn handle(
    ctx: &SerenityContext,
    data: &Data,
    press: &ComponentInteraction,
) -> Result<(), Error> {
    let id = CustomId::parse(&press.data.custom_id).ok_or(UserError::NotRecognised)?;
    let app = &data.app;
    let user = UserId(press.user.id.get());
    let place = || {
        press.guild_id.map(|g| Place {
            guild: GuildId(g.get()),
            channel: ChannelId(press.channel_id.get()),
        })
    };
    let response = match id {
        CustomId::Answer { open, option } => {
            let place = place().ok_or(UserError::NotRecognised)?;
            let name = press
                .member
                .as_ref()
                .map_or_else(|| press.user.display_name(), |m| m.display_name());
            let answered = app.answer(open, place, user, name, option)?;
            tracing::info!(question = %open, user = %user, right = answered.right(), "answer");
            CreateInteractionResponse::Message(
                CreateInteractionResponseMessage::new()
                    .embed(embeds::answered(&answered))
                    .ephemeral(true),
            )
        }
        CustomId::Flashcard {
            step,
            deck,
            question,
        } => {
            let scope = press.guild_id.map(|g| crate::ids::GuildId(g.get()));
            let (embed, components) = match step {
                Step::Reveal => {
                    let (deck, question) = app.card(scope, &deck, &question)?;
                    embeds::card_back(&deck, &question)
                }
                Step::Knew | Step::Missed => {
                    let knew = step == Step::Knew;
                    let card = app.grade(user, scope, &deck, &question, knew)?;
                    (embeds::graded(card, knew), Vec::new())
                }
            };
            tracing::info!(user = %user, deck, question, ?step, "flashcard");
            CreateInteractionResponse::UpdateMessage(
                CreateInteractionResponseMessage::new()
                    .embed(embed)
                    .components(components),
            )
        }
        CustomId::Page { table, page } => {
            let place = place().ok_or(UserError::NotRecognised)?;
            let page = super::commands::show_table(data, place, table, page)?;
            let (embed, components) = embeds::leaderboard(&page, table);
            tracing::info!(user = %user, page = page.page, ?table, "leaderboard page");
            CreateInteractionResponse::UpdateMessage(
                CreateInteractionResponseMessage::new()
                    .embed(embed)
                    .components(components),
            )
        }
    };
    press.create_response(&ctx.http, response).await?;
    Ok(())
}
