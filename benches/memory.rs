//! Resident memory per score row, measured: 1,000,000 rows (10,000 servers x 100 members)
//! built as the bot builds them, with the process's resident set (/proc/self/statm) and a
//! counting allocator read before and after, and where the heap bytes go.
//!
//! Target (issue 9): at most 200 bytes per row.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use quizbot::ids::{ChannelId, UserId};
use quizbot::scores::{MemberScore, Tally};

/// The system allocator, counting the bytes live and the allocations made.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Heap bytes, allocations and resident bytes that `build` adds while its result lives.
fn measure<T>(build: impl FnOnce() -> T) -> (T, usize, usize, i64) {
    let (heap, count, rss) = (
        LIVE.load(Ordering::Relaxed),
        ALLOCATIONS.load(Ordering::Relaxed),
        common::rss_bytes(),
    );
    let built = black_box(build());
    (
        built,
        LIVE.load(Ordering::Relaxed) - heap,
        ALLOCATIONS.load(Ordering::Relaxed) - count,
        common::rss_bytes() as i64 - rss as i64,
    )
}

/// Heap bytes per row of what `part` builds from each row, built as the bot builds it.
fn heap_per_row<T>(rows: &[MemberScore], part: impl Fn(&MemberScore) -> T) -> f64 {
    let mut out: Vec<T> = Vec::with_capacity(rows.len());
    let (_, heap, _, _) = measure(|| {
        for row in rows {
            out.push(part(row));
        }
    });
    drop(out);
    heap as f64 / rows.len() as f64
}

fn main() {
    let (guilds, members) = if common::full_run() {
        (10_000, 100)
    } else {
        (100, 10)
    };
    let rows = (guilds * members) as f64;

    let (state, heap, allocations, rss) = measure(|| common::score_state(guilds, members));
    let per = |bytes: usize| bytes as f64 / rows;

    // The members tables' own bytes: one slot per bucket (key and row) and a control byte.
    let slot = std::mem::size_of::<(UserId, MemberScore)>();
    let tables: usize = state
        .guilds
        .values()
        .map(|g| {
            let buckets = (g.members.capacity() * 8 / 7).next_power_of_two();
            buckets * (slot + 1) + 16
        })
        .sum();

    // Each heap part of a row, built alone for a sample of rows.
    let sample = 100_000usize.min(rows as usize);
    let channel = ChannelId(common::snowflake(7));
    let rows_sample: Vec<MemberScore> = (0..sample as u64)
        .map(|i| common::member_row(i, channel))
        .collect();
    let name = heap_per_row(&rows_sample, |r| r.name.clone());
    let channels = heap_per_row(&rows_sample, |r| {
        let mut m: HashMap<ChannelId, u64> = HashMap::new();
        for (c, p) in &r.channels {
            m.insert(*c, *p);
        }
        m
    });
    let topics = heap_per_row(&rows_sample, |r| {
        let mut m: BTreeMap<String, Tally> = BTreeMap::new();
        for (t, n) in &r.topics {
            m.insert(t.clone(), *n);
        }
        m
    });
    drop(rows_sample);

    let rss_per_row = rss as f64 / rows;
    let lines = vec![
        format!(
            "{} score rows ({guilds} servers x {members} members, a name, 3 topics, 1 channel each)",
            rows as u64
        ),
        format!(
            "resident memory: {:.0} MB = {rss_per_row:.0} bytes/row [target <= 200: {}]",
            rss as f64 / 1e6,
            common::verdict(rss_per_row <= 200.0)
        ),
        format!(
            "heap requested: {:.0} MB = {:.0} bytes/row in {:.1} allocations/row",
            heap as f64 / 1e6,
            per(heap),
            allocations as f64 / rows
        ),
        format!(
            "  members tables: {:.0} bytes/row (slot = UserId + MemberScore = {slot} bytes, MemberScore = {} bytes inline: String {}, HashMap {}, BTreeMap {})",
            per(tables),
            std::mem::size_of::<MemberScore>(),
            std::mem::size_of::<String>(),
            std::mem::size_of::<HashMap<ChannelId, u64>>(),
            std::mem::size_of::<BTreeMap<String, Tally>>(),
        ),
        format!("  name: {name:.0} bytes/row on the heap"),
        format!("  channels (HashMap<ChannelId, u64>, 1 entry): {channels:.0} bytes/row on the heap"),
        format!("  topics (BTreeMap<String, Tally>, 3 entries): {topics:.0} bytes/row on the heap"),
        format!(
            "  allocator overhead and free space (resident - requested): {:.0} bytes/row",
            rss_per_row - per(heap)
        ),
    ];
    drop(black_box(state));
    common::summary("memory per score row", &lines);
}
