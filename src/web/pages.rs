//! The dashboard's pages as HTML (maud escapes every value it inserts). Each page reads one
//! copy of the server's state (an `Arc` taken under the store's lock) and renders after.

use std::sync::Arc;

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::markdown;
use super::token::{Grant, Refused};
use quizbot_domain::error::UserError;
use quizbot_domain::review::FORECAST_DAYS;
use quizbot_domain::scores::{Period, Scope};
use quizbot_domain::state::GuildState;
use quizbot_domain::{stats, App};

/// Rows of the streaks and topics tables.
const TOP: usize = 10;

fn layout(title: &str, grant: Option<&Grant>, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (title) " · quizbot" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header {
                    strong { "quizbot" }
                    @if let Some(g) = grant {
                        nav {
                            @let base = format!("/servers/{}", g.guild.0);
                            a href=(base) { "Overview" }
                            a href={ (base) "/hardest" } { "Hardest questions" }
                            a href={ (base) "/me" } { "Me" }
                            a href={ (base) "/decks" } { "Decks" }
                            @if g.manager { a href={ (base) "/export.csv" } { "Export" } }
                        }
                    }
                }
                main { h1 { (title) } (body) }
            }
        }
    }
    .into_string()
}

fn guild(app: &App, grant: &Grant) -> Arc<GuildState> {
    app.store
        .read(|state| state.guilds.get(&grant.guild).cloned())
        .unwrap_or_default()
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

pub fn refused(why: Refused) -> String {
    layout(
        "This link does not open these pages",
        None,
        html! {
            p { "Sorry: " (why) "." }
            p { "Use " code { "/dashboard" } " in the server for a new link. A link is personal and opens the server's pages for "
                (super::LINK_HOURS) " hours." }
        },
    )
}

pub fn not_found() -> String {
    layout("Not found", None, html! { p { "There is no such page." } })
}

pub fn managers_only(grant: &Grant) -> String {
    layout(
        "For the server's managers",
        Some(grant),
        html! { p { "The export is for members with Manage Server: ask one of them, or use a link they made." } },
    )
}

pub fn moving_on(to: &str) -> String {
    let refresh = format!("0; url={to}");
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="refresh" content=(refresh);
                title { "Opening the dashboard" }
                link rel="stylesheet" href="/style.css";
            }
            body { main { p { a href=(to) { "Open the server's pages" } } } }
        }
    }
    .into_string()
}

pub fn overview(app: &App, grant: &Grant, board: Option<&str>, page: usize) -> String {
    let (period, name) = match board {
        Some("week") => (Period::Week, "week"),
        Some("month") => (Period::Month, "month"),
        _ => (Period::All, "all"),
    };
    let table = app.leaderboard(grant.guild, Scope::Server, period, page.max(1));
    let g = guild(app, grant);
    let mut streaks: Vec<_> = g
        .scores
        .members()
        .filter(|m| m.score.best_streak > 0)
        .collect();
    streaks.sort_by(|a, b| {
        (b.score.streak, b.score.best_streak, a.user).cmp(&(
            a.score.streak,
            a.score.best_streak,
            b.user,
        ))
    });
    let mut topics: Vec<(String, quizbot_domain::scores::Tally)> = Vec::new();
    for member in g.scores.members() {
        for (topic, tally) in member.topics() {
            match topics.iter_mut().find(|(t, _)| t == topic) {
                Some((_, sum)) => {
                    sum.answered += tally.answered;
                    sum.correct += tally.correct;
                }
                None => topics.push((topic.to_owned(), tally)),
            }
        }
    }
    topics.sort_by(|a, b| {
        a.1.accuracy()
            .total_cmp(&b.1.accuracy())
            .then(a.0.cmp(&b.0))
    });
    let base = format!("/servers/{}", grant.guild.0);
    layout(
        "Leaderboard",
        Some(grant),
        html! {
            nav.tabs {
                @for (key, label) in [("all", "All time"), ("week", "This week"), ("month", "This month")] {
                    @if key == name { strong { (label) } } @else { a href={ (base) "?board=" (key) } { (label) } }
                }
            }
            @match &table {
                Ok(p) => {
                    div.scroll { table id="leaderboard" {
                        thead { tr { th { "#" } th { "Member" } th.n { "Points" } th.n { "Right" } } }
                        tbody { @for row in &p.rows { tr {
                            td { (row.rank) } td { (row.name) } td.n { (row.points) }
                            td.n { (row.correct) " / " (row.answered) }
                        } } }
                    } }
                    @if let Some(previous) = &p.previous {
                        p { "Last " (name) "'s winners: "
                            @for (i, (_, who, points)) in previous.top.iter().enumerate() {
                                @if i > 0 { ", " } (who) " (" (points) ")"
                            }
                        }
                    }
                    @if p.pages > 1 {
                        nav.pager {
                            @if p.page > 1 { a href={ (base) "?board=" (name) "&page=" (p.page - 1) } { "← Previous" } }
                            span { "Page " (p.page) " of " (p.pages) }
                            @if p.page < p.pages { a href={ (base) "?board=" (name) "&page=" (p.page + 1) } { "Next →" } }
                        }
                    }
                }
                Err(UserError::EmptyLeaderboard(_)) => { p { "Nobody has scored here yet." } }
                Err(e) => { p { (e) } }
            }
            h2 { "Streaks" }
            @if streaks.is_empty() { p { "No streaks yet." } } @else {
                div.scroll { table {
                    thead { tr { th { "Member" } th.n { "Right in a row" } th.n { "Best" } th.n { "Daily" } } }
                    tbody { @for m in streaks.iter().take(TOP) { tr {
                        td { (m.name) } td.n { (m.score.streak) } td.n { (m.score.best_streak) } td.n { (m.score.daily_streak) }
                    } } }
                } }
            }
            h2 { "Accuracy per topic" }
            @if topics.is_empty() { p { "No answers yet." } } @else {
                ul.bars { @for (topic, tally) in &topics { li {
                    span { (topic) } progress value=(tally.correct) max=(tally.answered.max(1)) {}
                    span.n { (percent(tally.accuracy())) " of " (tally.answered) }
                } } }
            }
        },
    )
}

pub fn hardest(app: &App, grant: &Grant) -> String {
    let g = guild(app, grant);
    let library = app.library();
    let reports: Vec<_> = library
        .decks(Some(grant.guild))
        .map(|deck| (deck.qualified_id(), stats::report(&g.stats, deck, None)))
        .filter(|(_, r)| !r.hardest.is_empty())
        .collect();
    layout(
        "Hardest questions",
        Some(grant),
        html! {
            @if reports.is_empty() {
                p { "No question has " (stats::MIN_ANSWERS) " answers yet." }
            }
            @for (key, report) in &reports {
                section {
                    h2 { (report.title) }
                    ol id="hardest" { @for hard in &report.hardest { li {
                        div.question { (PreEscaped(markdown::to_html(&hard.question))) }
                        p { (percent(hard.tally.accuracy())) " right (" (hard.tally.correct) " of " (hard.tally.answered) "); the answer: " strong { (PreEscaped(markdown::inline_html(&hard.answer))) } }
                        @if let Some(q) = g.stats.question(key, &hard.id) {
                            ul.bars {
                                @for (text, n) in &q.wrong { li {
                                    span { "“" (PreEscaped(markdown::inline_html(text))) "”" }
                                    progress value=(*n) max=(hard.tally.answered.max(1)) {}
                                    span.n { (percent(f64::from(*n) / f64::from(hard.tally.answered.max(1)))) " chose it" }
                                } }
                                @if q.other_wrong > 0 { li { span { "Other wrong answers" } progress value=(q.other_wrong) max=(hard.tally.answered.max(1)) {} span.n { (q.other_wrong) } } }
                            }
                        }
                    } } }
                }
            }
        },
    )
}

pub fn me(app: &App, grant: &Grant) -> String {
    let g = guild(app, grant);
    let name = g
        .scores
        .member(grant.user)
        .map_or_else(String::new, |m| m.name.to_owned());
    let card = app.score_card(grant.guild, grant.user);
    let forecast = app.review_outlook(grant.user, Some(grant.guild)).forecast;
    let most = forecast.iter().copied().max().unwrap_or(0).max(1);
    layout(
        "Your progress",
        Some(grant),
        html! {
            @match &card {
                Some(card) => {
                    figure.card { (PreEscaped(quizbot_domain::picture::score_card_svg(&name, card, &crate::i18n::Words::EN))) }
                    h2 { "Topics, weakest first" }
                    ul.bars { @for (topic, tally) in &card.topics { li {
                        span { (topic) } progress value=(tally.correct) max=(tally.answered.max(1)) {}
                        span.n { (percent(tally.accuracy())) " of " (tally.answered) }
                    } } }
                }
                None => { p { "You have not answered a question in this server yet: try " code { "/quiz" } "." } }
            }
            h2 { "Reviews due, next " (FORECAST_DAYS) " days" }
            ul.bars id="forecast" { @for (day, n) in forecast.iter().enumerate() { li {
                span { @match day { 0 => "Today", 1 => "Tomorrow", d => { "In " (d) " days" } } }
                progress value=(*n) max=(most) {}
                span.n { (n) }
            } } }
        },
    )
}

pub fn decks(app: &App, grant: &Grant) -> String {
    let library = app.library();
    let base = format!("/servers/{}/decks", grant.guild.0);
    layout(
        "Decks",
        Some(grant),
        html! {
            ul.decks { @for deck in library.decks(Some(grant.guild)) { li {
                a href={ (base) "/" (deck.id) } { (deck.title()) }
                " · " (deck.len()) " questions"
                @if deck.owner.is_some() { " · this server's own" }
                div { (PreEscaped(markdown::to_html(&deck.deck.description))) }
            } } }
        },
    )
}

pub fn deck(app: &App, grant: &Grant, id: &str) -> Option<String> {
    let deck = app.library().get(Some(grant.guild), id)?.clone();
    let g = guild(app, grant);
    let key = deck.qualified_id();
    Some(layout(
        deck.title(),
        Some(grant),
        html! {
            div { (PreEscaped(markdown::to_html(&deck.deck.description))) }
            ol.questions { @for q in deck.questions() { li {
                div.question { (PreEscaped(markdown::to_html(&q.question))) }
                p { small { (q.topic) } }
                p { "Answer: " strong { (PreEscaped(markdown::inline_html(&q.answer))) } }
                @if !q.distractors.is_empty() {
                    p { "Wrong options:" }
                    ul { @for d in &q.distractors { li { (PreEscaped(markdown::inline_html(d))) } } }
                }
                @if let Some(explanation) = &q.explanation {
                    div.explanation { (PreEscaped(markdown::to_html(explanation))) }
                }
                @if let Some(s) = g.stats.question(&key, &q.id) {
                    p { small { (s.answers) " answers here, " (percent(s.tally().accuracy())) " right" } }
                }
            } } }
        },
    ))
}
