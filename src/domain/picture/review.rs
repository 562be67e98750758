//! `/review stats` as a card, in the score card's style: cards by state at the top, true
//! retention over the last 30 days, and the cards due on each of the next seven days.

use super::{
    bar, chips, colour, grade, heading, panel, render, Anchor, Arg, PictureError, Say, Svg,
};
use crate::review::{Outlook, RETENTION_DAYS};

/// The card's height in pixels (it is [`WIDTH`](super::WIDTH) wide).
pub const HEIGHT: u32 = 400;

/// `name`'s review card as a PNG.
pub fn review_card(name: &str, outlook: &Outlook, say: &dyn Say) -> Result<Vec<u8>, PictureError> {
    render(&svg(name, outlook, say), HEIGHT)
}

fn svg(name: &str, outlook: &Outlook, say: &dyn Say) -> String {
    let title = say.say("picture-review-title", &[("name", Arg::Text(name))]);
    let mut svg = Svg::new(&title, HEIGHT);
    let cards = outlook.new + outlook.learning + outlook.review;
    let summary = say.say(
        "picture-review-summary",
        &[("cards", Arg::Count(cards as u64))],
    );
    heading(&mut svg, name, &summary);

    let count = |n: usize| say.say("picture-count", &[("n", Arg::Count(n as u64))]);
    let states = [
        (say.say("picture-new", &[]), count(outlook.new)),
        (say.say("picture-learning", &[]), count(outlook.learning)),
        (say.say("picture-review", &[]), count(outlook.review)),
    ];
    chips(&mut svg, &states);
    let days = Arg::Count(RETENTION_DAYS.unsigned_abs());
    let title = say.say("picture-remembered", &[("days", days)]);
    panel(&mut svg, 36.0, 186.0, &title);
    let (remembered, graded) = outlook.retention;
    if graded == 0 {
        let none = &say.say("picture-no-reviews", &[]);
        svg.text(
            54.0,
            270.0,
            17.0,
            false,
            colour::MUTED,
            Anchor::Start,
            316.0,
            none,
        );
    } else {
        let share = remembered as f64 / graded as f64;
        svg.text(
            54.0,
            280.0,
            44.0,
            true,
            grade(share),
            Anchor::Start,
            200.0,
            &say.percent(share),
        );
        let of = say.say(
            "picture-remembered-of",
            &[
                ("remembered", Arg::Count(remembered as u64)),
                ("graded", Arg::Count(graded as u64)),
            ],
        );
        svg.text(
            370.0,
            280.0,
            17.0,
            false,
            colour::MUTED,
            Anchor::End,
            190.0,
            &of,
        );
        bar(&mut svg, 54.0, 304.0, 316.0, share);
    }

    panel(&mut svg, 412.0, 186.0, &say.say("picture-due-7", &[]));
    forecast(&mut svg, say, &outlook.forecast);
    svg.finish()
}

/// A bar per day, today on the left, each with its count above it.
fn forecast(svg: &mut Svg, say: &dyn Say, days: &[usize]) {
    let (left, right, top, base) = (430.0, 746.0, 250.0, 340.0);
    let most = days.iter().copied().max().unwrap_or(0).max(1);
    let slot = (right - left) / days.len().max(1) as f64;
    svg.rect(left, base, right - left, 1.0, 0.0, colour::TRACK);
    for (i, &due) in days.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.15;
        let height = ((base - top) * due as f64 / most as f64).max(3.0);
        let fill = if due == 0 {
            colour::TRACK
        } else {
            colour::ACCENT
        };
        svg.rect(x, base - height, slot * 0.7, height, 2.0, fill);
        let centre = x + slot * 0.35;
        svg.text(
            centre + 12.0,
            base - height - 6.0,
            15.0,
            false,
            colour::MUTED,
            Anchor::End,
            slot,
            &due.to_string(),
        );
    }
    svg.text(
        left,
        base + 24.0,
        15.0,
        false,
        colour::MUTED,
        Anchor::Start,
        150.0,
        &say.say("picture-today", &[]),
    );
    svg.text(
        right,
        base + 24.0,
        15.0,
        false,
        colour::MUTED,
        Anchor::End,
        150.0,
        &say.say("picture-in-6-days", &[]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::check;
    use crate::picture::sample::outlook;

    #[test]
    fn a_review_card_decodes_at_its_size_in_many_colours_and_twice_the_same() {
        let png = review_card("Ana", &outlook(), &check::Keys).unwrap();
        assert!(check::colours(&png, HEIGHT) > 20);
        assert_eq!(review_card("Ana", &outlook(), &check::Keys).unwrap(), png);
    }

    #[test]
    fn an_empty_schedule_and_awkward_names_render() {
        for name in check::awkward_names() {
            check::colours(
                &review_card(&name, &Outlook::default(), &check::Keys).unwrap(),
                HEIGHT,
            );
        }
    }
}
