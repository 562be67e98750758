//! `/stats`: the hardest questions, accuracy per topic and the study buttons, and the
//! hardest questions as cards for one member.

use std::fmt::Write as _;

use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use quizbot_domain::deck::{LoadedDeck, Question};
use quizbot_domain::stats::Report;

use super::{clip, topic_lines, BLURPLE, DESCRIPTION_MAX, FIELD_MAX};
use crate::discord::custom_id::{CustomId, Study};
use crate::i18n::Words;
use crate::say;

/// `/stats`: the hardest questions in words (for screen readers and for clients that hide
/// the picture below it), accuracy per topic, and the two study buttons.
pub fn stats(w: Words, report: &Report) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut hardest = String::new();
    for (i, hard) in report.hardest.iter().enumerate() {
        let line = say!(
            w,
            "stats-hardest-line",
            place = i + 1,
            question = clip(&hard.question, 200),
            correct = hard.tally.correct,
            answered = hard.tally.answered
        );
        hardest.push_str(&line);
        if let Some((wrong, count)) = &hard.most_wrong {
            let chose = say!(
                w,
                "stats-most-chose",
                wrong = clip(wrong, 100),
                count = *count
            );
            let _ = write!(hardest, " · {chose}");
        }
        hardest.push('\n');
    }
    let topics = topic_lines(w, &report.topics);
    let deck = report.title.as_str();
    let title = match report.topic.as_deref() {
        Some(topic) => say!(w, "stats-title-topic", deck, topic),
        None => say!(w, "stats-title", deck),
    };
    let mut embed = CreateEmbed::new()
        .title(clip(&title, 256))
        .description(clip(&hardest, DESCRIPTION_MAX))
        .field(w.get("score-by-topic"), clip(&topics, FIELD_MAX), false);
    if !report.reported.is_empty() {
        let lines: String = report
            .reported
            .iter()
            .map(|(question, n)| format!("{} · {n}\n", clip(question, 150)))
            .collect();
        embed = embed.field(w.get("stats-reported"), clip(&lines, FIELD_MAX), false);
    }
    let footer = say!(
        w,
        "stats-footer",
        answers = report.answers,
        at_least = quizbot_domain::stats::MIN_ANSWERS
    );
    let embed = embed.footer(CreateEmbedFooter::new(footer)).colour(BLURPLE);
    let button = |study, label, style| {
        let id = CustomId::Hardest {
            study,
            deck: report.deck.clone(),
            topic: report.topic_at,
        };
        CreateButton::new(id.to_string()).label(label).style(style)
    };
    let row = CreateActionRow::Buttons(vec![
        button(Study::Quiz, w.get("stats-quiz-me"), ButtonStyle::Primary),
        button(
            Study::Flashcards,
            w.get("stats-flashcards"),
            ButtonStyle::Secondary,
        ),
    ]);
    (embed, vec![row])
}

/// The hardest questions with their answers hidden behind spoilers, for one member's eyes.
pub fn hardest_cards(w: Words, deck: &LoadedDeck, cards: &[Question]) -> CreateEmbed {
    let mut text = String::new();
    for (i, q) in cards.iter().enumerate() {
        let _ = writeln!(
            text,
            "{}. {}\n||{}||",
            i + 1,
            clip(&q.question, 300),
            clip(&q.answer, 200)
        );
    }
    CreateEmbed::new()
        .title(clip(&say!(w, "stats-title", deck = deck.title()), 256))
        .description(clip(&text, DESCRIPTION_MAX))
        .footer(CreateEmbedFooter::new(w.get("stats-cards-footer")))
        .colour(BLURPLE)
}
