//! The daily question: on time, once a day, its refusals and retries.

use super::*;

pub(crate) const DAILY_CHANNEL: u64 = 43;

/// `/daily show`, `/daily off` by `by`.
fn daily(sub: &str, by: &Member) -> Value {
    fixtures::subcommand("daily", sub).by(by).build()
}

pub(crate) fn daily_set(by: &Member, channel: u64, time: &str, zone: &str) -> Value {
    fixtures::subcommand("daily", "set")
        .channel_opt("channel", channel)
        .str_opt("time", time)
        .str_opt("timezone", zone)
        .by(by)
        .build()
}

impl Bot {
    pub(crate) async fn daily_post(&self, nth: usize) -> Question {
        let post = self
            .double
            .wait_for_nth("a daily question", nth, |r| {
                r.is("POST", &format!("/channels/{DAILY_CHANNEL}/messages")) && r.status == 200
            })
            .await;
        Question::from_post(&self.double, &post)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daily_question_posts_on_time_scores_builds_a_streak_and_never_posts_twice() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock().clone(); // 17:00 UTC, 19:00 in Berlin
    let set = bot
        .reply(&daily_set(&ADMIN, DAILY_CHANNEL, "19:30", "europe/berlin"))
        .await;
    let text = set.embed_text();
    assert!(
        text.contains("Every day at **19:30** (Europe/Berlin) in <#43>"),
        "{text}"
    );
    assert!(text.contains("Mon  1 Jun 19:30 CEST"), "{text}");

    clock.advance(Duration::minutes(29));
    let show = bot.reply(&daily("show", &ALICE)).await;
    show.says("19:30");
    assert_eq!(
        bot.posts_in(DAILY_CHANNEL),
        0,
        "nothing is posted before the time"
    );

    clock.advance(Duration::minutes(1));
    let day1 = bot.daily_post(1).await;
    bot.press_says(day1.right(), &day1.message, &ALICE, "+12")
        .await;
    bot.press_says(day1.wrong(), &day1.message, &BOB, "Not quite")
        .await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "Daily streak"), "1 (best 1)");

    clock.advance(Duration::days(1));
    let day2 = bot.daily_post(2).await;
    // Yesterday's question closes.
    bot.reveal_of(&day1).await.says("2 answered · 1 right");
    bot.press_says(day2.right(), &day2.message, &ALICE, "+12")
        .await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "Daily streak"), "2 (best 2)");
    let down = bot.shutdown().await;

    // The same day, after a restart: nothing is posted again, and the open question still scores.
    clock.advance(Duration::hours(2));
    let bot = down.start().await;
    let show = bot.reply(&daily("show", &BOB)).await;
    show.says("2026-06-02");
    assert_eq!(
        bot.posts_in(DAILY_CHANNEL),
        0,
        "a restart on the same day posted the daily question again"
    );
    bot.press_says(day2.right(), &day2.message, &CAROL, "+10")
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn daily_set_refuses_what_would_not_work_and_names_why() {
    let bot = Bot::builder().start().await;
    bot.double
        .set_channel(44, fixtures::GUILD, fixtures::perms::EMBED_LINKS);
    let cases = [
        (
            daily_set(&ADMIN, 44, "09:00", "Europe/Berlin"),
            "I can't post in <#44>: I need Embed Links there",
        ),
        (
            daily_set(&ADMIN, DAILY_CHANNEL, "25:00", "Europe/Berlin"),
            "`25:00` is not a time",
        ),
        (
            daily_set(&ADMIN, DAILY_CHANNEL, "09:00", "Mars/Olympus"),
            "`Mars/Olympus` is not a time zone I know",
        ),
        (
            daily_set(&ALICE, DAILY_CHANNEL, "09:00", "Europe/Berlin"),
            "You need the Manage Server permission",
        ),
    ];
    for (command, needle) in cases {
        let reply = bot.reply(&command).await;
        assert!(reply.is_ephemeral(), "{needle}");
        assert!(
            reply.embed_text().contains(needle),
            "{needle}: {}",
            reply.embed_text()
        );
    }
    let show = bot.reply(&daily("show", &ALICE)).await;
    assert!(
        show.embed_text().contains("no daily question"),
        "nothing was scheduled: {}",
        show.embed_text()
    );

    let zones = bot
        .reply(
            &fixtures::autocomplete("daily")
                .sub("set")
                .focused("timezone", "berl")
                .build(),
        )
        .await;
    assert_eq!(
        zones.choices().first().map(String::as_str),
        Some("Europe/Berlin")
    );

    let set = bot
        .reply(&daily_set(&ADMIN, DAILY_CHANNEL, "09:00", "Europe/Berlin"))
        .await;
    set.says("Every day at **09:00**");
    let refused = bot.reply(&daily("off", &ALICE)).await;
    refused.says("Manage Server");
    let done = bot.reply(&daily("off", &ADMIN)).await;
    done.says("The daily question is off");
    let show = bot.reply(&daily("show", &ALICE)).await;
    show.says("no daily question");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_daily_post_shows_in_daily_show_and_is_retried_the_next_day() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
    bot.reply(&daily_set(&ADMIN, DAILY_CHANNEL, "20:00", "Europe/Berlin"))
        .await;
    bot.double
        .fail(Fail::missing_permissions("POST", "/channels/43/messages").times(1));
    clock.advance(Duration::hours(1));
    bot.double
        .wait_for("the refused post", |r| {
            r.is("POST", "/channels/43/messages") && r.status == 403
        })
        .await;
    // The failure is recorded right after Discord's answer; ask until /daily show has it.
    let mut shown = String::new();
    for _ in 0..50 {
        shown = bot.reply(&daily("show", &ALICE)).await.embed_text();
        if shown.contains("Last delivery error") {
            break;
        }
    }
    assert!(
        shown.contains("Discord answered 403 Missing Permissions (code 50013)"),
        "{shown}"
    );
    assert!(
        !shown.contains("Last posted"),
        "the day whose post failed is not shown as posted: {shown}"
    );
    assert_eq!(bot.posts_in(DAILY_CHANNEL), 1, "no retry in a loop");
    clock.advance(Duration::days(1));
    bot.daily_post(1).await;
    bot.shutdown().await;
}
