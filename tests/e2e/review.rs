//! FSRS reviews (issue 35): four graded buttons labelled with their intervals, `/review` as a
//! session in one message, quiz answers feeding the same cards, a session across a restart.

use super::*;

/// The labels of a message's buttons, in order.
/// The labels of a card's grade buttons (its first row; in a server "Report a problem" is
/// the second).
fn labels(reply: &Recorded) -> Vec<String> {
    let rows = reply.message()["components"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    rows.iter()
        .take(1)
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c["label"].as_str().map(str::to_owned))
        .collect()
}

/// A flashcard of `topic`, turned over: the interaction (for its message) and the back.
async fn turned_over(bot: &Bot, by: &Member, topic: &str) -> (Value, Recorded) {
    let card = fixtures::command("flashcard")
        .by(by)
        .str_opt("topic", topic)
        .build();
    let front = bot.reply(&card).await;
    assert!(front.is_ephemeral());
    let reveal = front.custom_ids()[0].clone();
    assert!(reveal.starts_with("f2:r:async-python:"), "{reveal}");
    let back = bot.press(&reveal, &bot.double.original(&card), by).await;
    assert_eq!(back.kind(), Some(7), "the card turns over in place");
    back.says("**Answer:**");
    (card, back)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flashcard_is_graded_with_each_of_four_buttons_labelled_with_its_interval() {
    let bot = Bot::builder().start().await;
    let members = [ALICE, BOB, CAROL, DAVE];
    let mut seen = Vec::new();
    for (n, member) in members.iter().enumerate() {
        let (card, back) = turned_over(&bot, member, "errors").await;
        let labels = labels(&back);
        // A new card with the crate's default parameters: 5h, 1d, 2d, 8d.
        assert_eq!(
            labels,
            ["Again · 5h", "Hard · 1d", "Good · 2d", "Easy · 8d"],
            "{labels:?}"
        );
        let ids = back.custom_ids();
        assert_eq!(ids.len(), 5, "four grades and Report a problem: {ids:?}");
        assert!(ids[4].starts_with("p1:async-python:"), "{ids:?}");
        let graded = bot
            .press(&ids[n], &bot.double.original(&card), member)
            .await;
        assert_eq!(graded.kind(), Some(7));
        let interval = labels[n].split(" · ").nth(1).unwrap().to_owned();
        graded.says(&format!("see you in {interval}"));
        seen.push(graded.embed_text());
    }
    assert!(
        seen[0].contains("Again") && seen[3].contains("Easy"),
        "{seen:?}"
    );
    // Graded Again, Alice's card is due in five hours: /review then brings it back.
    let review = bot.command("review", &ALICE, &[]).await;
    review.says("new card");
    bot.shutdown().await;
}

/// A bot on the deck `three` (below) alone.
pub(crate) async fn three_card_bot() -> Bot {
    Bot::builder().deck("three", &three_cards()).start().await
}

/// The deck `three`: three questions, each its own topic.
fn three_cards() -> Value {
    let questions: Vec<Value> = (1..=3)
        .map(|n| {
            serde_json::json!({
                "id": format!("q{n}"), "topic": format!("t{n}"),
                "question": format!("Question {n}?"), "answer": format!("Answer {n}"),
                "distractors": ["x", "y", "z"]
            })
        })
        .collect();
    serde_json::json!({"title": "Three", "description": "D", "questions": questions})
}

/// Grades each card of `three` Good once, as a flashcard.
pub(crate) async fn study_three(bot: &Bot) {
    for n in 1..=3 {
        let card = fixtures::command("flashcard")
            .by(&ALICE)
            .str_opt("topic", &format!("t{n}"))
            .build();
        let front = bot.reply(&card).await;
        let back = bot
            .press(&front.custom_ids()[0], &bot.double.original(&card), &ALICE)
            .await;
        let good = back.custom_ids()[2].clone();
        assert_eq!(good, format!("f2:g:three:q{n}"));
        bot.press(&good, &bot.double.original(&card), &ALICE).await;
    }
}

/// Reveals the session card in `reply` and grades it with button `grade` (0 is Again);
/// returns what takes its place.
async fn review_one(bot: &Bot, review: &Value, reply: &Recorded, grade: usize) -> Recorded {
    let reveal = reply.custom_ids()[0].clone();
    assert!(reveal.starts_with("v1:r:"), "{reveal}");
    let back = bot
        .press(&reveal, &bot.double.original(review), &ALICE)
        .await;
    assert_eq!(back.kind(), Some(7));
    assert_eq!(labels(&back).len(), 4);
    let next = bot
        .press(
            &back.custom_ids()[grade],
            &bot.double.original(review),
            &ALICE,
        )
        .await;
    assert_eq!(
        next.kind(),
        Some(7),
        "the next card comes in the same message"
    );
    next
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_session_goes_through_three_due_cards_in_one_message_then_says_done() {
    let bot = three_card_bot().await;
    let clock = bot.clock();
    let empty = bot.command("review", &ALICE, &[]).await;
    empty.says("Nothing to review yet");
    study_three(&bot).await;
    let soon = bot.command("review", &ALICE, &[]).await;
    soon.says("Nothing is due. Next card <t:");
    // Three days on, all three are due (Good on a new card: two days).
    clock.advance(Duration::days(3));
    let review = fixtures::command("review").by(&ALICE).build();
    let mut reply = bot.reply(&review).await;
    assert!(reply.is_ephemeral());
    let mut order = Vec::new();
    for (n, grade) in [(0, 2), (1, 0), (2, 3)] {
        if n > 0 {
            reply.says(&format!("Review · {n} done"));
        }
        order.push(reply.embed_text());
        reply = review_one(&bot, &review, &reply, grade).await;
    }
    // Graded at the same instant, they were due in deck order.
    for (n, text) in order.iter().enumerate() {
        assert!(text.contains(&format!("Question {}?", n + 1)), "{text}");
    }
    assert!(reply.custom_ids().is_empty(), "{}", reply.embed_text());
    reply.says("Done: 3 reviewed, 67% remembered. Next card <t:");
    reply.says("due tomorrow.");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_goes_on_after_a_restart_with_its_count() {
    let bot = three_card_bot().await;
    let clock = bot.clock().clone();
    study_three(&bot).await;
    clock.advance(Duration::days(3));
    let review = fixtures::command("review").by(&ALICE).build();
    let first = bot.reply(&review).await;
    let second = review_one(&bot, &review, &first, 2).await;
    second.says("Review · 1 done");
    let message = bot.double.original(&review);
    let bot = bot.shutdown().await.start().await;
    let reveal = second.custom_ids()[0].clone();
    let back = bot.press(&reveal, &message, &ALICE).await;
    back.says("Answer 2");
    let third = bot.press(&back.custom_ids()[2], &message, &ALICE).await;
    third.says("Review · 2 done");
    third.says("Question 3?");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_quiz_answer_makes_that_card_due_in_review() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
    let q = bot.quiz(&ALICE, 1).await;
    // The card shows the question as the post did, in bold.
    let asked = format!("**{}**", q.asked());
    let wrong = &q.buttons[(q.correct + 1) % q.buttons.len()];
    bot.press(wrong, &q.message, &BOB).await;
    // Again on a new card: due in about five hours.
    clock.advance(Duration::hours(6));
    let review = bot.command("review", &BOB, &[]).await;
    review.says(&asked);
    assert!(
        !review.embed_text().contains("new card"),
        "{}",
        review.embed_text()
    );
    bot.shutdown().await;
}

/// Alice's `/review` (with `stats:True` if `stats`) asked until its reply says `wanted`, for what the
/// reminder scheduler does on its own: each ask a full round trip, at most 200 of them.
async fn review_until(bot: &Bot, stats: bool, wanted: &str) -> Recorded {
    for _ in 0..200 {
        let mut review = fixtures::command("review").by(&ALICE);
        if stats {
            review = review.bool_opt("stats", true);
        }
        let reply = bot.reply(&review.build()).await;
        if reply.embed_text().contains(wanted) {
            return reply;
        }
        tokio::task::yield_now().await;
    }
    panic!("/review never said {wanted:?}");
}

/// Alice's `/review stats` once the reminder scheduler has handled the day: the reminder's
/// next time is `next`.
async fn reminder_next(bot: &Bot, next: chrono::DateTime<Utc>) -> Recorded {
    review_until(bot, true, &format!("next <t:{}:R>", next.timestamp())).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_dm_comes_at_the_local_time_only_on_days_with_cards_due() {
    // Monday 1 June, 17:00 UTC: 19:00 in Berlin.
    let bot = three_card_bot().await;
    let clock = bot.clock().clone();
    let at = |day: u32, hour: u32| Utc.with_ymd_and_hms(2026, 6, day, hour, 0, 0).unwrap();
    study_three(&bot).await; // Good on new cards: due Wednesday 17:00 UTC
    let set = bot
        .command(
            "review",
            &ALICE,
            &[("remind", "20:00"), ("timezone", "europe/berlin")],
        )
        .await;
    assert!(set.is_ephemeral());
    set.says("a DM at **20:00** (Europe/Berlin)");

    // Monday and Tuesday at 20:00 in Berlin (18:00 UTC) nothing is due: no DM.
    clock.set(at(1, 18));
    reminder_next(&bot, at(2, 18)).await;
    clock.set(at(2, 18));
    reminder_next(&bot, at(3, 18)).await;
    assert_eq!(
        bot.posts_in(ALICE.user_id),
        0,
        "no reminder on a day with nothing due"
    );

    // Wednesday the three cards are due: one DM, whose button starts the session there.
    clock.set(at(3, 18));
    let dm = bot
        .double
        .wait_for("the reminder DM", |r| {
            r.is("POST", &format!("/channels/{}/messages", ALICE.user_id))
        })
        .await;
    dm.says("3 cards are due for review");
    assert!(bot
        .double
        .requests()
        .iter()
        .any(|r| r.is("POST", "/users/@me/channels")));
    let message = bot.double.message(dm.answer_id());
    let start = fixtures::button("v1:s", &message)
        .in_dm(ALICE.user_id, ALICE.name)
        .build();
    let session = bot.reply(&start).await;
    session.says("Question 1?");
    reminder_next(&bot, at(4, 18)).await;
    assert_eq!(bot.posts_in(ALICE.user_id), 1, "one reminder a day");
    let down = bot.shutdown().await;

    // Down for three days: back after Saturday's time, nobody is reminded at once.
    clock.set(at(6, 21));
    let bot = down.start().await;
    reminder_next(&bot, at(7, 18)).await;
    assert_eq!(
        bot.posts_in(ALICE.user_id),
        0,
        "no catch-up reminder after a long downtime"
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_reminder_dm_turns_the_reminder_off_and_review_says_why_once() {
    let bot = three_card_bot().await;
    let clock = bot.clock();
    study_three(&bot).await;
    bot.command(
        "review",
        &ALICE,
        &[("remind", "18:00"), ("timezone", "UTC")],
    )
    .await
    .says("a DM at **18:00** (UTC)");
    bot.double.close_dms(ALICE.user_id);
    clock.advance(Duration::days(2) + Duration::hours(1));
    bot.double
        .wait_for("the refused DM", |r| {
            r.is("POST", &format!("/channels/{}/messages", ALICE.user_id)) && r.status == 403
        })
        .await;
    let told = review_until(&bot, false, "review reminder is off").await;
    told.says("would not let me DM you");
    told.says("Question 1?");
    let again = bot
        .reply(
            &fixtures::command("review")
                .by(&ALICE)
                .bool_opt("stats", true)
                .build(),
        )
        .await;
    assert!(
        !again.embed_text().contains("would not let me DM you"),
        "said once"
    );
    again.says("Reminder: off");
    again.says("Remembered, last 30 days");
    let picture = again.files.iter().find(|(name, _)| name == "reviews.png");
    let png = &picture.expect("stats come with a picture").1;
    assert!(png.starts_with(b"\x89PNG"), "{} bytes", png.len());
    bot.shutdown().await;
}
