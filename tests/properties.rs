//! Property tests (in progress).
