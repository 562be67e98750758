//! Discord, through serenity and poise.

use std::future::Future;
use std::sync::Arc;

use crate::{App, Config};

pub async fn serve(
    _config: Config,
    _app: Arc<App>,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    shutdown.await;
    Ok(())
}
