//! The baseline: a bare serenity + poise bot, connected to Discord (the double) exactly as
//! quizbot connects (as many shards as `GET /gateway/bot` recommends), that answers every button press with one constant ephemeral embed. What
//! it costs is what this stack costs; quizbot's figures are read against it.

use std::process::ExitCode;

use serenity::all::{
    ClientBuilder, CreateEmbed, CreateInteractionResponse, CreateInteractionResponseMessage,
    FullEvent, GatewayIntents, HttpBuilder, Interaction,
};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Runs the bare bot until it is killed; reads `DISCORD_TOKEN` and `QUIZBOT_DISCORD_API_BASE`.
pub fn main() -> ExitCode {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    match runtime.block_on(serve()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bare bot: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve() -> Result<(), Error> {
    let token = std::env::var("DISCORD_TOKEN")?;
    let base = std::env::var("QUIZBOT_DISCORD_API_BASE")?;
    let http = HttpBuilder::new(&token)
        .proxy(base)
        .ratelimiter_disabled(true)
        .build();
    let framework = poise::Framework::<(), Error>::builder()
        .options(poise::FrameworkOptions {
            event_handler: |ctx, event, _framework, _data| {
                Box::pin(async move {
                    if let FullEvent::InteractionCreate {
                        interaction: Interaction::Component(press),
                    } = event
                    {
                        let reply = CreateInteractionResponseMessage::new()
                            .embed(
                                CreateEmbed::new()
                                    .title("Noted")
                                    .description("Your answer is in."),
                            )
                            .ephemeral(true);
                        press
                            .create_response(&ctx.http, CreateInteractionResponse::Message(reply))
                            .await?;
                    }
                    Ok(())
                })
            },
            ..Default::default()
        })
        .setup(|ctx, _ready, framework| {
            Box::pin(async move {
                poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                Ok(())
            })
        })
        .build();
    let mut client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
        .framework(framework)
        .await?;
    client.start_autosharded().await?;
    Ok(())
}
