//! Writes a sample of each picture the bot draws, from made-up data, to see them without
//! Discord: `cargo run --example cards [folder]` (default `target/cards`).

use std::path::PathBuf;

use quizbot::picture::{self, sample};

fn main() -> anyhow::Result<()> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/cards"), PathBuf::from);
    std::fs::create_dir_all(&dir)?;
    let card = sample::score_card();
    let pictures = [
        ("score.png", picture::score_card(&card.score.name, &card)?),
        ("stats.png", picture::stats(&sample::report())?),
        (
            "reviews.png",
            picture::review_card("ana", &sample::outlook())?,
        ),
    ];
    for (name, png) in pictures {
        let path = dir.join(name);
        std::fs::write(&path, &png)?;
        println!("{} ({} bytes)", path.display(), png.len());
    }
    Ok(())
}
