//! `/score` as a card: rank, points and accuracy at the top, the streaks, accuracy per topic
//! (weakest first) and points per day over the last 30 days.

use super::{
    chips, colour, heading, panel, render, topics, Anchor, Arg, PictureError, Say, Svg, WIDTH,
};
use crate::scores::ScoreCard;

/// The card's height in pixels (it is [`WIDTH`] wide).
pub const HEIGHT: u32 = 450;

/// Topics the card has room for; the weakest come first, and they are what to study.
const TOPIC_ROWS: usize = 5;

/// `name`'s card as a PNG, its words rendered by `say`.
pub fn score_card(name: &str, card: &ScoreCard, say: &dyn Say) -> Result<Vec<u8>, PictureError> {
    render(&svg(name, card, say), HEIGHT)
}

/// `name`'s card as the SVG document the PNG is rendered from, for pages to show inline.
pub fn svg(name: &str, card: &ScoreCard, say: &dyn Say) -> String {
    let s = &card.score;
    let right = crate::scores::Tally {
        answered: s.answered,
        correct: s.correct,
    };
    let title = say.say("picture-score-title", &[("name", Arg::Text(name))]);
    let mut svg = Svg::new(&title, HEIGHT);
    let right_edge = f64::from(WIDTH) - 36.0;

    let summary = say.say(
        "picture-score-summary",
        &[
            ("points", Arg::Count(s.points)),
            ("share", Arg::Share(right.accuracy())),
            ("answered", Arg::Count(u64::from(s.answered))),
        ],
    );
    heading(&mut svg, name, &summary);
    let rank = format!("#{}", card.rank);
    svg.text(
        right_edge,
        62.0,
        38.0,
        true,
        colour::ACCENT,
        Anchor::End,
        200.0,
        &rank,
    );
    let of = say.say("picture-rank-of", &[("of", Arg::Count(card.of as u64))]);
    svg.text(
        right_edge,
        94.0,
        20.0,
        false,
        colour::MUTED,
        Anchor::End,
        200.0,
        &of,
    );

    let with_best = |now: u32, best: u32| {
        let args = [
            ("now", Arg::Count(now.into())),
            ("best", Arg::Count(best.into())),
        ];
        say.say("picture-with-best", &args)
    };
    let week = say.say(
        "picture-week-points",
        &[("points", Arg::Count(card.week.0))],
    );
    let streaks = [
        (
            say.say("picture-streak", &[]),
            with_best(s.streak, s.best_streak),
        ),
        (
            say.say("picture-daily-streak", &[]),
            with_best(s.daily_streak, s.best_daily_streak),
        ),
        (say.say("picture-this-week", &[]), week),
    ];
    chips(&mut svg, &streaks);
    panel(&mut svg, 36.0, 236.0, &say.say("picture-topics", &[]));
    topics(
        &mut svg,
        say,
        (54.0, 250.0, 316.0),
        TOPIC_ROWS,
        &card.topics,
    );

    panel(&mut svg, 412.0, 236.0, &say.say("picture-points-30", &[]));
    days(&mut svg, say, &card.days);
    svg.finish()
}

/// The bar chart of points per day, oldest on the left, in the lower right panel.
fn days(svg: &mut Svg, say: &dyn Say, days: &[u32]) {
    let (left, right, top, base) = (430.0, 746.0, 256.0, 392.0);
    let most = days.iter().copied().max().unwrap_or(0);
    let slot = (right - left) / days.len().max(1) as f64;
    svg.rect(left, base, right - left, 1.0, 0.0, colour::TRACK);
    for (i, &points) in days.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.15;
        let height = if most == 0 {
            0.0
        } else {
            (base - top) * f64::from(points) / f64::from(most)
        };
        if points == 0 {
            svg.rect(x, base - 3.0, slot * 0.7, 3.0, 1.0, colour::TRACK);
        } else {
            svg.rect(
                x,
                base - height,
                slot * 0.7,
                height.max(3.0),
                2.0,
                colour::ACCENT,
            );
        }
    }
    let total: u64 = days.iter().map(|&p| u64::from(p)).sum();
    let mut label = say.say("picture-in-all", &[("total", Arg::Count(total))]);
    if most > 0 {
        let best = say.say("picture-best-day", &[("most", Arg::Count(most.into()))]);
        label = format!("{label} · {best}");
    }
    svg.text(
        right,
        top - 10.0,
        15.0,
        false,
        colour::MUTED,
        Anchor::End,
        right - left,
        &label,
    );
    svg.text(
        left,
        base + 22.0,
        15.0,
        false,
        colour::MUTED,
        Anchor::Start,
        150.0,
        &say.say("picture-30-days-ago", &[]),
    );
    svg.text(
        right,
        base + 22.0,
        15.0,
        false,
        colour::MUTED,
        Anchor::End,
        100.0,
        &say.say("picture-today", &[]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::check;
    use crate::picture::sample::score_card as card;

    #[test]
    fn a_card_decodes_at_its_size_in_many_colours_and_twice_the_same() {
        let png = score_card("Ana", &card(), &check::Keys).unwrap();
        assert!(
            check::colours(&png, HEIGHT) > 20,
            "a card is more than a few flat colours"
        );
        assert_eq!(
            score_card("Ana", &card(), &check::Keys).unwrap(),
            png,
            "rendering is deterministic"
        );
    }

    #[test]
    fn awkward_names_and_empty_cards_render() {
        for name in check::awkward_names() {
            let png = score_card(&name, &card(), &check::Keys).unwrap();
            check::colours(&png, HEIGHT);
        }
        let empty = ScoreCard {
            topics: Vec::new(),
            days: Vec::new(),
            ..card()
        };
        check::colours(&score_card("", &empty, &check::Keys).unwrap(), HEIGHT);
    }

    #[test]
    fn a_name_is_escaped_in_the_document() {
        let svg = svg("<b>&", &card(), &check::Keys);
        assert!(svg.contains("&lt;b&gt;&amp;") && !svg.contains("<b>"));
    }
}
