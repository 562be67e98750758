//! A hint to the CPU's cache: start loading a line that is about to be read, without waiting
//! for it. An answer reads a member's places in three large tables; asking for all of them
//! first lets their cache misses overlap instead of following one another (issue 9).

/// Starts loading the cache line holding `at`. Any address will do: a prefetch never faults,
/// so a stale or dangling one costs a wasted load at worst.
pub fn prefetch<T>(at: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `prefetch` reads and writes nothing the program can see and never faults,
    // whatever the address; SSE, which it needs, is part of every x86-64 CPU.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(at.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
}

/// Starts loading every line of `items`.
pub fn prefetch_all<T>(items: &[T]) {
    let bytes = items.as_ptr().cast::<u8>();
    for offset in (0..size_of_val(items)).step_by(64) {
        prefetch(bytes.wrapping_add(offset));
    }
}
