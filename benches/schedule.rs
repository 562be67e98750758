//! Next-fire computation for 10,000 servers with daily schedules across every IANA zone, at
//! an ordinary instant and on a daylight-saving change; baseline: converting the same
//! instant into each server's zone (the lookup no schedule can avoid).
//!
//! Floor: at most 10 ms for the 10,000.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::TZ_VARIANTS;
use common::{mix, Record};
use criterion::{Criterion, Throughput};
use quizbot_domain::ids::ChannelId;
use quizbot_domain::schedule::{earliest, DailySchedule};

/// `n` servers' schedules, zones taken in turn from every zone chrono-tz knows, at times
/// spread over the day; set a week before `now`, and a third of them already posted today.
fn schedules(n: usize, now: DateTime<Utc>) -> Vec<DailySchedule> {
    (0..n as u64)
        .map(|i| {
            let h = mix(i);
            let zone = TZ_VARIANTS[i as usize % TZ_VARIANTS.len()];
            let time = NaiveTime::from_hms_opt((h % 24) as u32, ((h >> 8) % 60) as u32, 0)
                .expect("a time");
            let mut s = DailySchedule::new(
                ChannelId(common::snowflake(i)),
                time,
                zone,
                None,
                None,
                now - chrono::Duration::days(7),
            );
            if i % 3 == 0 {
                s.mark_posted(now.with_timezone(&zone).date_naive());
            }
            s
        })
        .collect()
}

fn main() {
    let n = common::scale(10_000, 500);
    let ordinary = Utc.with_ymd_and_hms(2026, 5, 4, 18, 0, 0).unwrap();
    // 2026-03-29 01:30 UTC: Europe moved its clocks forward half an hour ago.
    let dst = Utc.with_ymd_and_hms(2026, 3, 29, 1, 30, 0).unwrap();

    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let mut figures = Vec::new();
    for (label, now) in [("ordinary_day", ordinary), ("dst_change", dst)] {
        let all = schedules(n, now);
        let [base, next] = std::array::from_fn(|_| Record::default());
        let mut group = c.benchmark_group(format!("next_fire_{n}_servers_{label}"));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function("baseline_instant_to_local_zone", |b| {
            b.iter_custom(|iters| {
                let started = Instant::now();
                for _ in 0..iters {
                    for s in &all {
                        black_box(now.with_timezone(&s.zone));
                    }
                }
                let took = started.elapsed();
                base.push(took / iters as u32);
                took
            })
        });
        group.bench_function("earliest_next_fire", |b| {
            b.iter_custom(|iters| {
                let started = Instant::now();
                for _ in 0..iters {
                    black_box(earliest(black_box(&all), now));
                }
                let took = started.elapsed();
                next.push(took / iters as u32);
                took
            })
        });
        group.finish();
        figures.push((label, base, next));
    }
    c.final_summary();

    let mut lines = Vec::new();
    for (label, base, next) in figures {
        let (Some(b), Some(t)) = (base.median(), next.median()) else {
            continue;
        };
        lines.push(format!(
            "{label}: earliest() over {n} schedules in {:.2} ms ({:.0} ns/server) vs converting now to each zone {:.2} ms = {:.1}x [target <= 10 ms: {}]",
            t.as_secs_f64() * 1e3,
            t.as_nanos() as f64 / n as f64,
            b.as_secs_f64() * 1e3,
            t.as_secs_f64() / b.as_secs_f64(),
            common::verdict(t <= Duration::from_millis(10))
        ));
    }
    common::summary("next fire", &lines);
}
