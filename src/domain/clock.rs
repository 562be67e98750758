//! The clock every time decision goes through: the system clock in production, a
//! [`TestClock`] that tests move by hand (and that wakes the timers waiting on it).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::watch;

pub type Sleep = Pin<Box<dyn Future<Output = ()> + Send>>;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// Resolves once `now() >= deadline`.
    fn sleep_until(&self, deadline: DateTime<Utc>) -> Sleep;
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn sleep_until(&self, deadline: DateTime<Utc>) -> Sleep {
        // Re-check after waking: the wall clock may have been adjusted meanwhile.
        Box::pin(async move {
            loop {
                let left = deadline - Utc::now();
                match left.to_std() {
                    Ok(d) if !d.is_zero() => tokio::time::sleep(d).await,
                    _ => return,
                }
            }
        })
    }
}

/// A clock that stands still until a test moves it.
#[derive(Clone)]
pub struct TestClock {
    now: Arc<watch::Sender<DateTime<Utc>>>,
}

impl TestClock {
    pub fn at(start: DateTime<Utc>) -> Self {
        TestClock {
            now: Arc::new(watch::Sender::new(start)),
        }
    }

    pub fn advance(&self, by: chrono::Duration) {
        self.now.send_modify(|now| *now += by);
    }

    pub fn set(&self, to: DateTime<Utc>) {
        self.now.send_replace(to);
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.borrow()
    }

    fn sleep_until(&self, deadline: DateTime<Utc>) -> Sleep {
        let mut rx = self.now.subscribe();
        Box::pin(async move {
            // An error means the clock is gone, and with it any chance of waking.
            let _ = rx.wait_for(|now| *now >= deadline).await;
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[tokio::test]
    async fn test_clock_wakes_sleepers_only_when_moved_past_their_deadline() {
        use futures::FutureExt;
        let start = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        let clock = TestClock::at(start);
        let mut sleep = clock.sleep_until(start + chrono::Duration::seconds(60));
        assert!((&mut sleep).now_or_never().is_none());
        clock.advance(chrono::Duration::seconds(59));
        assert!(
            (&mut sleep).now_or_never().is_none(),
            "woke before the deadline"
        );
        clock.advance(chrono::Duration::seconds(1));
        assert!(
            (&mut sleep).now_or_never().is_some(),
            "did not wake at the deadline"
        );
    }

    #[tokio::test]
    async fn a_deadline_in_the_past_resolves_at_once() {
        let start = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        TestClock::at(start)
            .sleep_until(start - chrono::Duration::seconds(1))
            .await;
        SystemClock.sleep_until(Utc::now()).await;
    }
}
