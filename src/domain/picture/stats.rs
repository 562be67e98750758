//! `/stats` as a picture: the server's hardest questions, each with its share of right
//! answers and the wrong option chosen most, beside accuracy per topic.

use super::{
    bar, colour, grade, percent, render, thousands, topics, wrap, Anchor, PictureError, Svg, WIDTH,
};
use crate::stats::Report;

/// The picture's height in pixels (it is [`WIDTH`] wide): room for five questions of two
/// lines each.
pub const HEIGHT: u32 = 580;

/// Topics the right-hand column has room for, weakest first.
const TOPIC_ROWS: usize = 9;

/// Each hard question's height.
const ROW: f64 = 88.0;

/// `report` as a PNG.
pub fn stats(report: &Report) -> Result<Vec<u8>, PictureError> {
    render(&svg(report), HEIGHT)
}

fn svg(report: &Report) -> String {
    let mut svg = Svg::new(&format!("Hardest questions of {}", report.title), HEIGHT);
    let right_edge = f64::from(WIDTH) - 36.0;
    let title = "Hardest questions";
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
    let mut under = format!(
        "{} answers counted in this server",
        thousands(u64::from(report.answers))
    );
    if let Some(topic) = &report.topic {
        under = format!("{under} · topic: {topic}");
    }
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
            &percent(share),
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
        let mut detail = format!("{} of {} right", hard.tally.correct, hard.tally.answered);
        if let Some((wrong, n)) = &hard.most_wrong {
            detail = format!("{detail} · \u{201c}{wrong}\u{201d} chosen {n}×");
        }
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
        "By topic",
    );
    topics(
        &mut svg,
        556.0,
        top + 68.0,
        192.0,
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
        let png = stats(&sample::report()).unwrap();
        assert!(
            check::colours(&png, HEIGHT) > 20,
            "more than a few flat colours"
        );
        assert_eq!(
            stats(&sample::report()).unwrap(),
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
            check::colours(&stats(&report).unwrap(), HEIGHT);
        }
        let empty = Report {
            hardest: Vec::new(),
            topics: Vec::new(),
            ..sample::report()
        };
        check::colours(&stats(&empty).unwrap(), HEIGHT);
    }
}
