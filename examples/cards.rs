//! Writes a sample of each picture the bot draws, from made-up data, to see them without
//! Discord: `cargo run --example cards [folder] [language]` (default `target/cards`, en-US;
//! a language is a code of `locales/`, such as `de`).

use std::path::PathBuf;

use quizbot::i18n::{Lang, Words};
use quizbot_domain::picture::{self, sample};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .map_or_else(|| PathBuf::from("target/cards"), PathBuf::from);
    let w = match args.next() {
        Some(code) => {
            Words(Lang::from_code(&code).ok_or_else(|| anyhow::anyhow!("no language `{code}`"))?)
        }
        None => Words::EN,
    };
    std::fs::create_dir_all(&dir)?;
    let card = sample::score_card();
    let pictures = [
        (
            "score.png",
            picture::score_card(&card.score.name, &card, &w)?,
        ),
        ("stats.png", picture::stats(&sample::report(), &w)?),
        (
            "reviews.png",
            picture::review_card("ana", &sample::outlook(), &w)?,
        ),
    ];
    for (name, png) in pictures {
        let path = dir.join(name);
        std::fs::write(&path, &png)?;
        println!("{} ({} bytes)", path.display(), png.len());
    }
    Ok(())
}
