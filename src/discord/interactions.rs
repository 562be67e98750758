//! Button presses (answers, flashcard steps, leaderboard pages, `/stats`'s study buttons) and
//! submitted forms (typed answers); those of suggestions and reports go to `suggestions`.

use serenity::all::{
    ActionRowComponent, ComponentInteraction, Context as SerenityContext, CreateActionRow,
    CreateEmbed, CreateInputText, CreateInteractionResponse, CreateInteractionResponseMessage,
    CreateModal, InputTextStyle, ModalInteraction,
};

use super::commands::{session_view, OPEN_FOR};
use super::custom_id::{CustomId, Session, Step, Study};
use super::who::Who;
use super::{embeds, questions, suggestions, words, Data, Error};
use crate::i18n::Words;
use quizbot_domain::app::App;
use quizbot_domain::deck::library::Scope;
use quizbot_domain::deck::limits::MAX_OPTION;
use quizbot_domain::error::UserError;
use quizbot_domain::ids::{GuildId, UserId};

pub async fn handle(
    ctx: &SerenityContext,
    data: &Data,
    press: &ComponentInteraction,
) -> Result<(), Error> {
    let id = CustomId::parse(&press.data.custom_id).ok_or(UserError::NotRecognised)?;
    let app = &data.app;
    let who = Who::pressed(press);
    let user = who.user;
    words::note_server(app, press.guild_id, press.guild_locale.as_deref());
    let w = words::user(&press.locale);
    let place = || who.place.ok_or(UserError::NotRecognised);
    let response = match id {
        CustomId::Answer { open, option } => {
            let place = place()?;
            let answered = app.answer(open, place, user, who.name, option)?;
            tracing::info!(question = %open, user = %user, right = answered.right(), "answer");
            CreateInteractionResponse::Message(
                CreateInteractionResponseMessage::new()
                    .embed(embeds::quiz::answered(w, &answered))
                    .ephemeral(true),
            )
        }
        CustomId::Type { open } => {
            let place = place()?;
            app.may_type(open, place, user)?;
            let label = embeds::clip(&w.get("typed-form-label"), embeds::FORM_LABEL_MAX);
            let input = CreateInputText::new(InputTextStyle::Short, label, "answer")
                .max_length(MAX_OPTION as u16)
                .required(true);
            CreateInteractionResponse::Modal(
                CreateModal::new(
                    CustomId::Form { open }.to_string(),
                    embeds::clip(&w.get("typed-form-title"), embeds::FORM_LABEL_MAX),
                )
                .components(vec![CreateActionRow::InputText(input)]),
            )
        }
        CustomId::Form { .. } => return Err(UserError::NotRecognised.into()),
        CustomId::Flashcard {
            step,
            deck,
            question,
        } => {
            let scope = press.guild_id.map(|g| GuildId(g.get()));
            let (embed, components) = match step {
                Step::Reveal => reveal(w, app, user, scope, &deck, &question, None)?,
                Step::Grade(grade) => {
                    let card = app.grade(user, scope, &deck, &question, grade)?;
                    (
                        embeds::study::graded(w, &card, grade, app.clock.now()),
                        Vec::new(),
                    )
                }
            };
            tracing::info!(user = %user, deck, question, ?step, "flashcard");
            CreateInteractionResponse::UpdateMessage(
                CreateInteractionResponseMessage::new()
                    .embed(embed)
                    .components(components),
            )
        }
        CustomId::Review {
            step,
            session,
            deck,
            question,
        } => {
            let scope = press.guild_id.map(|g| GuildId(g.get()));
            let (embed, components) = match step {
                Step::Reveal => reveal(w, app, user, scope, &deck, &question, Some(session))?,
                Step::Grade(grade) => {
                    app.grade(user, scope, &deck, &question, grade)?;
                    session_view(w, app, user, scope, session.after(grade))?
                }
            };
            tracing::info!(user = %user, deck, question, ?step, reviewed = session.reviewed, "review");
            CreateInteractionResponse::UpdateMessage(
                CreateInteractionResponseMessage::new()
                    .embed(embed)
                    .components(components),
            )
        }
        CustomId::StartReview => {
            let scope = press.guild_id.map(|g| GuildId(g.get()));
            let (embed, components) = session_view(w, app, user, scope, Session::default())?;
            tracing::info!(user = %user, "review started from a reminder");
            CreateInteractionResponse::Message(
                CreateInteractionResponseMessage::new()
                    .embed(embed)
                    .components(components)
                    .ephemeral(true),
            )
        }
        CustomId::Hardest {
            study: Study::Quiz,
            deck,
            topic,
        } => {
            let place = place()?;
            let posted = app.quiz_hardest(place, user, &deck, topic, OPEN_FOR)?;
            questions::post(ctx.http.clone(), data, &posted).await?;
            tracing::info!(user = %user, deck, question = %posted.id, "quiz on the hardest");
            CreateInteractionResponse::Message(
                CreateInteractionResponseMessage::new()
                    .embed(embeds::quiz::posted(w, posted.closes_at))
                    .ephemeral(true),
            )
        }
        CustomId::Hardest {
            study: Study::Flashcards,
            deck,
            topic,
        } => {
            let place = place()?;
            let (deck, cards, card) = app.hardest_cards(place.guild, &deck, topic)?;
            let heading = w.get("card-flashcard");
            let (front, components) = embeds::study::card_front(w, &heading, &deck, &card, None);
            tracing::info!(user = %user, deck = deck.id, "flashcards of the hardest");
            CreateInteractionResponse::Message(
                CreateInteractionResponseMessage::new()
                    .embeds(vec![embeds::stats::hardest_cards(w, &deck, &cards), front])
                    .components(components)
                    .ephemeral(true),
            )
        }
        id @ (CustomId::Suggestion { .. }
        | CustomId::FixIt
        | CustomId::Report { .. }
        | CustomId::Reported { .. }) => suggestions::press(ctx, data, press, id).await?,
        CustomId::Written(_) => return Err(UserError::NotRecognised.into()),
        CustomId::Page { table, page } => {
            let place = place()?;
            let page = super::commands::show_table(data, place, table, page).await?;
            let words = words::server(app, place.guild);
            let (embed, components) = embeds::standings::leaderboard(words, &page, table);
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

/// A typed answer's form, submitted: graded, scored, and answered privately.
pub async fn submitted(
    ctx: &SerenityContext,
    data: &Data,
    submit: &ModalInteraction,
) -> Result<(), Error> {
    let open = match CustomId::parse(&submit.data.custom_id) {
        Some(CustomId::Form { open }) => open,
        Some(CustomId::Written(written)) => {
            return suggestions::submitted(ctx, data, submit, written).await
        }
        _ => return Err(UserError::NotRecognised.into()),
    };
    let who = Who::submitted(submit);
    let place = who.place.ok_or(UserError::NotRecognised)?;
    let text = submit
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .find_map(|c| match c {
            ActionRowComponent::InputText(input) => input.value.clone(),
            _ => None,
        })
        .ok_or(UserError::NotRecognised)?;
    let user = who.user;
    let answered = data.app.answer_typed(open, place, user, who.name, &text)?;
    tracing::info!(question = %open, user = %user, right = answered.right(), "typed answer");
    let reply = CreateInteractionResponseMessage::new()
        .embed(embeds::quiz::answered(
            words::user(&submit.locale),
            &answered,
        ))
        .ephemeral(true);
    submit
        .create_response(&ctx.http, CreateInteractionResponse::Message(reply))
        .await?;
    Ok(())
}

/// A card turned over: its answer, and the four grades labelled with their intervals; in a
/// `/review` session when `session` is given.
fn reveal(
    w: Words,
    app: &App,
    user: UserId,
    scope: Scope,
    deck: &str,
    question: &str,
    session: Option<Session>,
) -> Result<(CreateEmbed, Vec<CreateActionRow>), UserError> {
    let preview = app.preview(user, scope, deck, question)?;
    let (deck, question) = app.card(scope, deck, question)?;
    Ok(embeds::study::card_back(
        w,
        &deck,
        &question,
        &preview,
        app.clock.now(),
        session,
        scope.is_some(),
    ))
}
