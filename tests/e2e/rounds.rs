//! Study-group rounds: standings after each question and at the end, who may stop one, and
//! rounds across a refused post or a restart.

use super::*;

pub(crate) fn round_start(by: &Member, questions: i64, seconds: i64) -> Value {
    fixtures::subcommand("round", "start")
        .int_opt("questions", questions)
        .int_opt("seconds", seconds)
        .by(by)
        .build()
}

pub(crate) fn round_stop(by: &Member) -> Value {
    fixtures::subcommand("round", "stop").by(by).build()
}

impl Bot {
    /// The `nth` question posted in the channel.
    pub(crate) async fn posted(&self, nth: usize) -> Question {
        self.posted_in(CHANNEL, nth).await
    }

    /// The `nth` question posted in `channel`.
    pub(crate) async fn posted_in(&self, channel: u64, nth: usize) -> Question {
        let post = self
            .double
            .wait_for_nth("a question post", nth, |r| {
                r.is("POST", &format!("/channels/{channel}/messages"))
                    && r.message()["components"]
                        .as_array()
                        .is_some_and(|c| !c.is_empty())
            })
            .await;
        Question::from_post(&self.double, &post)
    }

    pub(crate) async fn final_standings(&self) -> Recorded {
        self.double
            .wait_for("the final standings", |r| {
                r.is("POST", &format!("/channels/{CHANNEL}/messages"))
                    && r.embed_text().contains("Final standings")
            })
            .await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_three_question_round_with_standings_after_each_and_at_the_end() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
    let started = bot.reply(&round_start(&ALICE, 3, 20)).await;
    assert!(!started.is_ephemeral(), "the group sees the round start");
    started.says("round of 3 questions");

    // Question 1: bob first and right, alice right, carol wrong, bob twice.
    let q1 = bot.posted(1).await;
    bot.press_says(q1.right(), &q1.message, &BOB, "+12").await;
    bot.press_says(q1.right(), &q1.message, &ALICE, "+10").await;
    bot.press_says(q1.wrong(), &q1.message, &CAROL, "Not quite")
        .await;
    bot.press_says(q1.wrong(), &q1.message, &BOB, "already answered")
        .await;

    let again = bot.reply(&round_start(&BOB, 5, 30)).await;
    assert!(again.is_ephemeral());
    again.says("already running in this channel (started by alice, 3 questions left)");

    clock.advance(Duration::seconds(20));
    let reveal = bot.reveal_of(&q1).await;
    let text = reveal.embed_text();
    assert!(text.contains("Round standings after 1 of 3"), "{text}");
    let standings = reveal.json["embeds"][1]["description"].as_str().unwrap();
    let lines: Vec<&str> = standings.lines().collect();
    assert_eq!(
        lines[0], "**1.** <@502> · 12 points · 1/1 right · fastest 1×",
        "{standings}"
    );
    assert_eq!(
        lines[1], "**2.** <@501> · 10 points · 1/1 right",
        "{standings}"
    );
    assert_eq!(
        lines[2], "**3.** <@503> · 0 points · 0/1 right",
        "{standings}"
    );

    // Question 2: dave presses question 1 late; alice is first this time.
    let q2 = bot.posted(2).await;
    bot.press_says(q1.right(), &q1.message, &DAVE, "closed")
        .await;
    bot.press_says(q2.right(), &q2.message, &ALICE, "+12").await;
    bot.press_says(q2.wrong(), &q2.message, &BOB, "Not quite")
        .await;
    clock.advance(Duration::seconds(20));
    let standings = bot.reveal_of(&q2).await.json["embeds"][1]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        standings.starts_with("**1.** <@501> · 22 points · 2/2 right · fastest 1×"),
        "{standings}"
    );

    // Question 3: nobody answers.
    let q3 = bot.posted(3).await;
    clock.advance(Duration::seconds(20));
    assert!(bot.reveal_of(&q3).await.embed_text().contains("0 answered"));
    let last = bot.final_standings().await;
    let text = last.embed_text();
    assert!(
        text.contains("Round over: all 3 questions asked."),
        "{text}"
    );
    assert!(text.contains("**1.** <@501> · 22 points"), "{text}");
    assert!(text.contains("**2.** <@502> · 12 points"), "{text}");

    let mut asked: Vec<String> = [&q1, &q2, &q3]
        .iter()
        .map(|q| {
            q.message["embeds"][0]["description"]
                .as_str()
                .unwrap()
                .lines()
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    asked.sort();
    asked.dedup();
    assert_eq!(asked.len(), 3, "a question repeated within the round");

    let table = bot
        .reply(
            &fixtures::command("leaderboard")
                .by(&CAROL)
                .int_opt("scope", 1)
                .build(),
        )
        .await;
    let rows = table.message()["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(rows.starts_with("**1.** <@501> · 22 points"), "{rows}");
    assert!(rows.contains("**2.** <@502> · 12 points"), "{rows}");
    let next = bot.reply(&round_start(&BOB, 1, 10)).await;
    assert!(
        next.embed_text().contains("Round starting"),
        "a new round may start once one ends"
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_starter_or_a_moderator_stops_a_round() {
    let bot = Bot::builder().start().await;
    let none = bot.reply(&round_stop(&ALICE)).await;
    none.says("No round is running");

    bot.reply(&round_start(&ALICE, 5, 30)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &BOB).await;
    let refused = bot.reply(&round_stop(&BOB)).await;
    assert!(refused.is_ephemeral());
    refused.says("Only alice, who started this round, or a member with Manage Messages");

    let stopped = bot.reply(&round_stop(&ALICE)).await;
    assert!(stopped.is_ephemeral());
    let reveal = bot.reveal_of(&q1).await;
    assert!(
        reveal.embed_text().contains("1 answered · 1 right"),
        "the current question closes at once"
    );
    let last = bot.final_standings().await;
    last.says("Round stopped after 1 of 5 questions.");
    last.says("<@502> · 12 points");

    // A moderator may stop someone else's round.
    bot.reply(&round_start(&BOB, 5, 30)).await;
    bot.posted(2).await;
    const MODERATOR: Member = Member {
        user_id: 599,
        name: "mod",
        permissions: EVERYONE | (1 << 13),
    };
    let by_mod = bot.reply(&round_stop(&MODERATOR)).await;
    by_mod.says("Stopping the round");
    bot.double
        .wait_for_nth("the second final standings", 2, |r| {
            r.embed_text().contains("Final standings")
        })
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_whose_post_is_refused_stops_and_keeps_its_points() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
    bot.reply(&round_start(&ALICE, 3, 20)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &BOB).await;
    bot.double
        .fail(Fail::missing_permissions("POST", "/channels/42/messages").times(1));
    clock.advance(Duration::seconds(20));
    bot.reveal_of(&q1).await;
    let last = bot.final_standings().await;
    last.says("Round ended after 1 of 3 questions: I could not post the next one.");
    let refused: Vec<Recorded> = bot
        .double
        .requests()
        .into_iter()
        .filter(|r| r.status == 403)
        .collect();
    assert_eq!(
        refused.len(),
        1,
        "the round did not keep posting into the void"
    );
    assert_eq!(bot.points(&BOB).await, "12");
    let again = bot.reply(&round_start(&ALICE, 1, 10)).await;
    assert!(
        again.embed_text().contains("Round starting"),
        "the channel is free again"
    );
    bot.shutdown().await;
}

/// The round's standings as the last message that carries them reads.
pub(crate) async fn standings_after(double: &Double, nth: usize) -> String {
    double
        .wait_for_nth("round standings", nth, |r| {
            r.embed_text().contains("standings")
        })
        .await
        .embed_text()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_is_saved_at_shutdown_and_resumed_with_its_open_question() {
    let bot = Bot::builder().start().await;
    bot.reply(&round_start(&ALICE, 2, 20)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &CAROL).await;
    let bot = bot.shutdown().await.start().await;
    let clock = bot.clock();
    bot.press(q1.right(), &q1.message, &CAROL)
        .await
        .says("You already answered");
    bot.press(q1.right(), &q1.message, &BOB)
        .await
        .says("Right! +10");
    assert_eq!(
        bot.posts_in(CHANNEL),
        0,
        "the resumed round asks no new question while its own is open"
    );
    clock.advance(Duration::seconds(20));
    let q2 = bot.posted(1).await;
    let after_one = standings_after(&bot.double, 1).await;
    assert!(after_one.contains("<@503> · 12 points"), "{after_one}");
    bot.press(q2.right(), &q2.message, &CAROL).await;
    clock.advance(Duration::seconds(20));
    let last = bot.final_standings().await.embed_text();
    assert!(last.contains("<@503> · 24 points"), "{last}");
    assert!(last.contains("<@502> · 10 points"), "{last}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_question_that_expired_while_the_bot_was_down_is_revealed_on_start() {
    let bot = Bot::builder().start().await;
    bot.reply(&round_start(&ALICE, 2, 20)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &CAROL).await;
    let down = bot.shutdown().await;
    down.clock().advance(Duration::seconds(40));

    let bot = down.start().await;
    let reveal = bot.reveal_of(&q1).await;
    reveal.says("1 answered · 1 right");
    assert!(reveal.embed_text().contains("<@503> · 12 points"));
    bot.posted(1).await;
    bot.reply(&round_stop(&ALICE))
        .await
        .says("Stopping the round");
    let last = bot.final_standings().await;
    last.says("<@503> · 12 points");
    bot.shutdown().await;
}
