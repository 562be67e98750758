//! Resident memory per score row, measured: 1,000,000 rows (10,000 servers x 100 members)
//! built as the bot builds them, with the process's resident set (/proc/self/statm) and a
//! counting allocator read before and after, and where the heap bytes go.
//!
//! Target (issue 9): at most 200 bytes per row.

mod common;

use std::alloc::{GlobalAlloc, Layout};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use quizbot_domain::scores::MemberScore;

/// The bot's allocator (`src/main.rs`), counting the bytes live and the allocations made.
struct Counting;

const INNER: mimalloc::MiMalloc = mimalloc::MiMalloc;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        INNER.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        INNER.dealloc(ptr, layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        INNER.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        INNER.realloc(ptr, layout, new_size)
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

fn main() {
    let (guilds, members) = if common::full_run() {
        (10_000, 100)
    } else {
        (100, 10)
    };
    let rows = (guilds * members) as f64;

    let (state, heap, allocations, rss) = measure(|| common::score_state(guilds, members));
    let per = |bytes: usize| bytes as f64 / rows;

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
            "heap requested: {:.0} MB = {:.0} bytes/row in {:.1} allocations/row (while building; a row is {} bytes in its server's table; its name and its stats, 12 bytes each, are in the server's arenas)",
            heap as f64 / 1e6,
            per(heap),
            allocations as f64 / rows,
            std::mem::size_of::<MemberScore>() + 16
        ),
        format!(
            "  allocator overhead and free space (resident - requested): {:.0} bytes/row",
            rss_per_row - per(heap)
        ),
    ];
    drop(black_box(state));
    common::summary("memory per score row", &lines);
}
