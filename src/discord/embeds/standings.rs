//! `/score` and `/leaderboard`: a member's points by period and topic, and a page of a
//! server's table with its buttons.

use std::fmt::Write as _;

use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use quizbot_domain::scores::{Page, ScoreCard};

use super::{clip, percent, topic_lines, BLURPLE, DESCRIPTION_MAX, FIELD_MAX};
use crate::discord::custom_id::{CustomId, Table};
use crate::i18n::Words;
use crate::say;

pub fn score(w: Words, name: &str, card: &ScoreCard) -> CreateEmbed {
    let s = &card.score;
    let topics = topic_lines(w, &card.topics);
    let with_best = |now: u32, best: u32| say!(w, "score-with-best", now, best);
    let rank = say!(w, "score-rank-of", rank = card.rank, of = card.of);
    CreateEmbed::new()
        .title(clip(&say!(w, "score-title", name), 256))
        .colour(BLURPLE)
        .field(w.get("score-points"), s.points.to_string(), true)
        .field(w.get("score-rank"), rank, true)
        .field(
            w.get("score-accuracy"),
            percent(w, s.correct, s.answered),
            true,
        )
        .field(w.get("score-answered"), s.answered.to_string(), true)
        .field(w.get("score-correct"), s.correct.to_string(), true)
        .field(
            w.get("score-streak"),
            with_best(s.streak, s.best_streak),
            true,
        )
        .field(
            w.get("score-daily-streak"),
            with_best(s.daily_streak, s.best_daily_streak),
            true,
        )
        .field(w.get("score-week"), in_period(w, card.week), true)
        .field(w.get("score-month"), in_period(w, card.month), true)
        .field(w.get("score-by-topic"), clip(&topics, FIELD_MAX), false)
}

/// A period's points, with the rank when the member scored in it.
fn in_period(w: Words, (points, rank): (u64, Option<usize>)) -> String {
    match rank {
        Some(rank) => say!(w, "score-period-ranked", points, rank),
        None => say!(w, "score-period", points),
    }
}

pub fn leaderboard(w: Words, page: &Page, table: Table) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut rows = String::new();
    for s in &page.rows {
        let row = say!(
            w,
            "leaderboard-row",
            rank = s.rank,
            who = format!("<@{}>", s.user),
            points = s.points,
            correct = s.correct,
            answered = s.answered
        );
        let _ = writeln!(rows, "{row}");
    }
    let (title, last) = match table {
        Table::Server => ("leaderboard-server", None),
        Table::Channel => ("leaderboard-channel", None),
        Table::Week => ("leaderboard-week", Some("leaderboard-last-week")),
        Table::Month => ("leaderboard-month", Some("leaderboard-last-month")),
    };
    if page.rows.is_empty() {
        rows.push_str(&w.get("leaderboard-empty"));
    }
    let footer = say!(w, "leaderboard-page", page = page.page, pages = page.pages);
    let mut embed = CreateEmbed::new()
        .title(w.get(title))
        .description(clip(&rows, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(footer));
    if let (Some(winners), Some(last)) = (&page.previous, last) {
        let mut top = String::new();
        for (i, (user, _, points)) in winners.top.iter().enumerate() {
            let who = format!("<@{user}>");
            let line = say!(
                w,
                "leaderboard-winner",
                place = i + 1,
                who,
                points = *points
            );
            let _ = writeln!(top, "{line}");
        }
        embed = embed.field(w.get(last), clip(&top, FIELD_MAX), false);
    }
    let link = |page: usize| CustomId::Page { table, page }.to_string();
    let row = CreateActionRow::Buttons(vec![
        CreateButton::new(link(page.page.saturating_sub(1).max(1)))
            .label(w.get("leaderboard-previous"))
            .style(ButtonStyle::Secondary)
            .disabled(page.page <= 1),
        CreateButton::new(link(page.page + 1))
            .label(w.get("leaderboard-next"))
            .style(ButtonStyle::Secondary)
            .disabled(page.page >= page.pages),
    ]);
    (embed, vec![row])
}
