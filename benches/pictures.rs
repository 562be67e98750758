//! Drawing the pictures: `/score`'s card and `/stats`'s hardest questions from the sample
//! data, SVG built, laid out, rendered and encoded as PNG; baseline: filling a pixmap of the
//! card's size and encoding it with tiny-skia's PNG encoder (the least any picture costs).
//!
//! Floor: at most 50 ms per picture, so `/score` answers well inside Discord's 3 s.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::Record;
use criterion::Criterion;
use quizbot_domain::labels::Keys;
use quizbot_domain::picture::{self, sample};
use resvg::tiny_skia::{Color, Pixmap};

fn main() {
    let card = sample::score_card();
    let report = sample::report();
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let [base, score, stats] = std::array::from_fn(|_| Record::default());
    let mut group = c.benchmark_group("pictures");
    let mut timed = |name: &str, record: &Record, draw: &dyn Fn() -> Vec<u8>| {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let started = Instant::now();
                for _ in 0..iters {
                    black_box(draw());
                }
                let took = started.elapsed();
                record.push(took / iters as u32);
                took
            })
        });
    };
    timed("baseline_fill_and_encode", &base, &|| {
        let mut pixmap = Pixmap::new(picture::WIDTH, picture::SCORE_CARD_HEIGHT).expect("a pixmap");
        pixmap.fill(Color::from_rgba8(30, 31, 34, 255));
        pixmap.encode_png().expect("a PNG")
    });
    timed("score_card", &score, &|| {
        picture::score_card(&card.score.name, &card, &Keys).expect("a card")
    });
    timed("stats", &stats, &|| {
        picture::stats(&report, &Keys).expect("a picture")
    });
    group.finish();
    c.final_summary();

    let Some(b) = base.median() else {
        return;
    };
    let lines: Vec<String> = [("score card", &score), ("stats", &stats)]
        .into_iter()
        .filter_map(|(name, record)| {
            let t = record.median()?;
            Some(format!(
                "{name}: {} per picture vs fill + encode {} = {:.1}x [floor <= 50 ms: {}]",
                common::ms(t),
                common::ms(b),
                t.as_secs_f64() / b.as_secs_f64(),
                common::verdict(t <= Duration::from_millis(50))
            ))
        })
        .collect();
    common::summary("pictures", &lines);
}
