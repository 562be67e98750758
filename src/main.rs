#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

/// A Discord bot that turns question-and-answer decks into graded quizzes.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the bot (the default). Reads DISCORD_TOKEN and the other settings from the
    /// environment or a .env file.
    Run,
    /// Validate decks: every problem at once, or a summary. Exits non-zero on any problem.
    Check {
        /// A deck file or a folder of decks [default: $QUIZBOT_DATA or data]
        path: Option<PathBuf>,
    },
    /// Convert a CSV or TSV deck into the same deck as JSON, to go on editing it in JSON.
    Import {
        /// The deck file (.csv, .tsv or .txt)
        file: PathBuf,
        /// Where to write the JSON deck [default: FILE with the extension .json]. An existing
        /// file is replaced only when named here.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List the problem reports members filed on bundled decks that no server's reviewers
    /// dismissed yet, oldest first, from the snapshot.
    Reports {
        /// The snapshot file [default: $QUIZBOT_STATE or state/quizbot.json]
        path: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // `.env` in the working directory only: a parent folder's belongs to something else.
    if let Err(e) = dotenvy::from_path(".env") {
        if !e.not_found() {
            eprintln!("error: cannot read .env: {e}");
            return ExitCode::FAILURE;
        }
    }
    match cli.command.unwrap_or(Command::Run) {
        Command::Check { path } => check(path),
        Command::Import { file, out } => import(&file, out),
        Command::Reports { path } => reports(path),
        Command::Run => run(),
    }
}

fn import(file: &std::path::Path, out: Option<PathBuf>) -> ExitCode {
    let deck = match quizbot_domain::deck::load_file(file) {
        Ok(deck) => deck,
        Err(problems) => {
            eprintln!("{}", quizbot_domain::deck::Report { problems });
            return ExitCode::FAILURE;
        }
    };
    let target = match out {
        Some(out) => out,
        None => {
            let target = file.with_extension("json");
            if target.exists() {
                eprintln!(
                    "error: {} exists: name it with --out to replace it",
                    target.display()
                );
                return ExitCode::FAILURE;
            }
            target
        }
    };
    if let Err(e) = quizbot_domain::atomic_file::write(&target, &deck.json()) {
        eprintln!("error: cannot write {}: {e}", target.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: deck `{}`, {} questions. Keep one of the two files in the data folder: both are deck `{}`.",
        target.display(),
        deck.id,
        deck.len(),
        deck.id
    );
    ExitCode::SUCCESS
}

fn check(path: Option<PathBuf>) -> ExitCode {
    let path = path
        .or_else(|| std::env::var_os("QUIZBOT_DATA").map(PathBuf::from))
        .unwrap_or_else(|| quizbot::config::DEFAULT_DATA_DIR.into());
    let loaded = if path.is_dir() {
        quizbot_domain::deck::Library::load_dir(&path)
    } else {
        quizbot_domain::deck::load_file(&path)
            .map(|d| (quizbot_domain::deck::Library::from_decks([d]), Vec::new()))
            .map_err(|problems| quizbot_domain::deck::Report { problems })
    };
    match loaded {
        Ok((library, skipped)) if skipped.is_empty() => {
            print!("{}", library.summary());
            ExitCode::SUCCESS
        }
        Ok((_, skipped)) => {
            let report = quizbot_domain::deck::Report { problems: skipped };
            eprintln!("{report}\n(the bot starts without these servers' decks)");
            ExitCode::FAILURE
        }
        Err(report) => {
            eprintln!("{report}");
            ExitCode::FAILURE
        }
    }
}

fn reports(path: Option<PathBuf>) -> ExitCode {
    let path = path
        .or_else(|| std::env::var_os("QUIZBOT_STATE").map(PathBuf::from))
        .unwrap_or_else(|| quizbot::config::DEFAULT_STATE_PATH.into());
    let state = match quizbot_domain::state::snapshot::load(&path) {
        Ok(state) => state.unwrap_or_default(),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let open = state.bundled_reports();
    for (guild, r) in &open {
        println!(
            "{} server {guild} report {}: {}/{}: {}",
            r.at.format("%Y-%m-%d %H:%M UTC"),
            r.id,
            r.deck,
            r.question,
            r.text.replace('\n', " ")
        );
    }
    println!("{} open reports on bundled decks", open.len());
    ExitCode::SUCCESS
}

fn run() -> ExitCode {
    let config = match quizbot::Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(quizbot::run(config, shutdown_signal())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(e) => {
                    tracing::warn!("cannot listen for SIGTERM: {e}");
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
