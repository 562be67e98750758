//! Pictures: `/score`'s card and `/stats`'s hardest questions, as Discord takes them.

use super::*;

/// The one picture `reply` attaches, checked as Discord takes it: a multipart file `name`
/// sent as `image/png`, PNG bytes, referenced by the first embed as `attachment://name`, and
/// within Discord's limits (10 attachments, 25 MiB a message). Returns its width and height.
pub(crate) fn picture_of(reply: &Recorded, name: &str) -> (u32, u32) {
    assert!(reply.files.len() <= 10, "at most 10 attachments");
    let total: usize = reply.files.iter().map(|(_, bytes)| bytes.len()).sum();
    assert!(total <= 25 * 1024 * 1024, "at most 25 MiB: {total}");
    assert_eq!(reply.files.len(), 1, "one picture");
    let (file, png) = &reply.files[0];
    assert_eq!(file, name);
    assert_eq!(reply.file_types[0], "image/png");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "PNG bytes");
    let embed = &reply.message()["embeds"][0];
    assert_eq!(embed["image"]["url"], format!("attachment://{name}"));
    let listed = reply.message()["attachments"].as_array().unwrap();
    assert!(listed.iter().any(|a| a["filename"] == name), "{listed:?}");
    let dimension = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (dimension(16), dimension(20))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn score_is_an_embed_with_its_card_as_a_png() {
    let bot = Bot::builder().start().await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(score.kind(), Some(4));
    assert_eq!(field(&score, "Points"), "12", "the text is all there too");
    assert_eq!(
        picture_of(&score, "score.png"),
        (
            quizbot_domain::picture::WIDTH,
            quizbot_domain::picture::SCORE_CARD_HEIGHT
        )
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_show_the_hardest_questions_and_their_buttons_quiz_and_teach_them() {
    let bot = Bot::builder().start().await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    bot.press(q.wrong(), &q.message, &BOB).await;

    let early = bot.command("stats", &ALICE, &[]).await;
    assert!(early.is_ephemeral());
    early.says("has 3 answers in this server yet");
    assert!(early.files.is_empty());

    bot.press(q.wrong(), &q.message, &CAROL).await;
    let command = fixtures::command("stats").by(&ALICE).build();
    let stats = bot.reply(&command).await;
    assert_eq!(stats.kind(), Some(4));
    assert!(!stats.is_ephemeral(), "the group sees it");
    stats.says("Hardest questions · Asynchronous programming in Python");
    stats.says("1 of 3 right · most chose");
    assert_eq!(
        picture_of(&stats, "stats.png"),
        (
            quizbot_domain::picture::WIDTH,
            quizbot_domain::picture::STATS_HEIGHT
        )
    );
    let asked = q.asked();
    stats.says(&asked);
    let buttons = stats.custom_ids();
    assert_eq!(buttons, ["s1:q:async-python", "s1:f:async-python"]);
    let message = bot.double.original(&command);

    // "Quiz me on these": the one hard question, posted again in the channel.
    let quiz = bot.press(&buttons[0], &message, &DAVE).await;
    assert!(quiz.is_ephemeral());
    quiz.says("Question posted below");
    let again = bot
        .double
        .wait_for_nth("the hard question posted again", 2, |r| {
            r.is("POST", &format!("/channels/{CHANNEL}/messages")) && r.status == 200
        })
        .await;
    let posted = again.message()["embeds"][0]["description"]
        .as_str()
        .unwrap();
    assert!(posted.starts_with(&format!("**{asked}**")), "{posted}");
    bot.press_says(&buttons[0], &message, &DAVE, "Slow down")
        .await;

    // "Flashcards": privately, the hard questions with hidden answers and one as a card.
    let cards = bot.press(&buttons[1], &message, &BOB).await;
    assert_eq!(cards.kind(), Some(4));
    assert!(cards.is_ephemeral());
    cards.says(&asked);
    cards.says("||");
    let reveal = cards.custom_ids();
    assert_eq!(reveal.len(), 1);
    assert!(reveal[0].starts_with("f2:r:async-python:"), "{reveal:?}");

    // A forged topic number is refused and changes nothing.
    let forged = bot.press("s1:q:async-python:9999", &message, &BOB).await;
    assert!(forged.is_ephemeral());
    forged.says("not one I recognise");
    bot.shutdown().await;
}
