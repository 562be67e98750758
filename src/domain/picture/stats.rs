//! `/stats` as a picture: the server's hardest questions, each with its share of right
//! answers and the wrong option chosen most, beside accuracy per topic.

use super::{bar, colour, grade, render, topics, wrap, Anchor, Arg, PictureError, Say, Svg, WIDTH};
use crate::stats::Report;

/// The picture's height in pixels (it is [`WIDTH`] wide): room for five questions of two
/// lines each.
pub const HEIGHT: u32 = 580;

/// Topics the right-hand column has room for, weakest first.
const TOPIC_ROWS: usize = 9;

/// Each hard question's height.
const ROW: f64 = 88.0;

/// `report` as a PNG.
pub fn stats(report: &Report, say: &dyn Say) -> Result<Vec<u8>, PictureError> {
    render(&svg(report, say), HEIGHT)
}

fn svg(report: &Report, say: &dyn Say) -> String {
    let deck = Arg::Text(&report.title);
    let mut svg = Svg::new(&say.say("picture-stats-title", &[("deck", deck)]), HEIGHT);
    let right_edge = f64::from(WIDTH) - 36.0;
    let title = &say.say("picture-hardest", &[]);
    svg.text(
        36.0,
        60.0,
        32.0,
        true,
        colour::TEXT,
        Anchor::Start,
        360.0,
        title,
    );
    let deck = &report.title;
    svg.text(
        right_edge,
        60.0,
        22.0,
        true,
        colour::ACCENT,
        Anchor::End,
        330.0,
        deck,
    );
    let answers = ("answers", Arg::Count(u64::from(report.answers)));
    let under = match &report.topic {
        Some(topic) => say.say(
            "picture-stats-counted-topic",
            &[answers, ("topic", Arg::Text(topic))],
        ),
        None => say.say("picture-stats-counted", &[answers]),
    };
    svg.text(
        36.0,
        92.0,
        19.0,
        false,
        colour::MUTED,
        Anchor::Start,
        728.0,
        &under,
    );

    let (left, top, width) = (54.0, 112.0, 448.0);
    svg.rect(36.0, top, 484.0, 458.0, 10.0, colour::PANEL);
    for (i, hard) in report.hardest.iter().enumerate() {
        let y = top + 8.0 + ROW * i as f64;
        let share = hard.tally.accuracy();
        let grade = grade(share);
        svg.text(
            left + width,
            y + 26.0,
            19.0,
            true,
            grade,
            Anchor::End,
            60.0,
            &say.percent(share),
        );
        for (n, line) in wrap(&hard.question, width - 64.0, 18.0, 2)
            .iter()
            .enumerate()
        {
            let y = y + 26.0 + 22.0 * n as f64;
            svg.text(
                left,
                y,
                18.0,
                false,
                colour::TEXT,
                Anchor::Start,
                width - 64.0,
                line,
            );
        }
        bar(&mut svg, left, y + 56.0, width, share);
        let right = [
            ("correct", Arg::Count(u64::from(hard.tally.correct))),
            ("answered", Arg::Count(u64::from(hard.tally.answered))),
        ];
        let detail = match &hard.most_wrong {
            Some((wrong, n)) => {
                let chosen = [
                    ("wrong", Arg::Text(wrong)),
                    ("chosen", Arg::Count(u64::from(*n))),
                ];
                say.say(
                    "picture-stats-right-chosen",
                    &[right.as_slice(), &chosen].concat(),
                )
            }
            None => say.say("picture-stats-right", &right),
        };
        svg.text(
            left,
            y + 84.0,
            16.0,
            false,
            colour::MUTED,
            Anchor::Start,
            width,
            &detail,
        );
    }

    svg.rect(540.0, top, 224.0, 458.0, 10.0, colour::PANEL);
    svg.text(
        556.0,
        top + 30.0,
        18.0,
        true,
        colour::TEXT,
        Anchor::Start,
        192.0,
        &say.say("picture-by-topic", &[]),
    );
    topics(
        &mut svg,
        say,
        (556.0, top + 68.0, 192.0),
        TOPIC_ROWS,
        &report.topics,
    );
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::{check, sample};
    use crate::stats::Report;

    #[test]
    fn the_picture_decodes_at_its_size_in_many_colours_and_twice_the_same() {
        let png = stats(&sample::report(), &check::Keys).unwrap();
        assert!(
            check::colours(&png, HEIGHT) > 20,
            "more than a few flat colours"
        );
        assert_eq!(
            stats(&sample::report(), &check::Keys).unwrap(),
            png,
            "rendering is deterministic"
        );
    }

    #[test]
    fn awkward_texts_and_an_empty_report_render() {
        for text in check::awkward_names() {
            let mut report = sample::report();
            report.title = text.clone();
            report.topic = Some(text.clone());
            for hard in &mut report.hardest {
                hard.question = text.clone();
                hard.most_wrong = Some((text.clone(), 2));
            }
            for (topic, _) in &mut report.topics {
                topic.clone_from(&text);
            }
            check::colours(&stats(&report, &check::Keys).unwrap(), HEIGHT);
        }
        let empty = Report {
            hardest: Vec::new(),
            topics: Vec::new(),
            ..sample::report()
        };
        check::colours(&stats(&empty, &check::Keys).unwrap(), HEIGHT);
    }
}
