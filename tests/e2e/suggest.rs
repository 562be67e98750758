//! Suggestions and problem reports: a member's question through the review channel into a
//! server deck, refusals with "Fix it", reviewers' rights, and reports on bundled and on
//! server decks.

use super::*;

/// Where the tests' server reviews.
const REVIEW: u64 = 46;
/// A member who may manage messages: a reviewer by default.
const MOD: Member = Member {
    user_id: 591,
    name: "mod",
    permissions: EVERYONE | fixtures::perms::MANAGE_MESSAGES,
};
/// Another.
const MOD2: Member = Member {
    user_id: 592,
    name: "mod2",
    permissions: EVERYONE | fixtures::perms::MANAGE_MESSAGES,
};

/// A question as the form takes it: question, answer, wrong options, explanation, topic.
fn form(question: &str, answer: &str, wrong: &str) -> Vec<(&'static str, String)> {
    vec![
        ("question", question.to_owned()),
        ("answer", answer.to_owned()),
        ("wrong", wrong.to_owned()),
        ("explanation", "Because the docs say so.".to_owned()),
        ("topic", "interviews".to_owned()),
    ]
}

fn submitted(custom_id: &str, fields: &[(&'static str, String)], by: &Member) -> Value {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fixtures::form_submit(custom_id, &fields).by(by).build()
}

/// What a form the bot opened (callback type 9) holds: its custom id and each field's value.
fn opened_form(reply: &Recorded) -> (String, Vec<(String, String)>) {
    assert_eq!(reply.kind(), Some(9), "a form: {}", reply.json);
    let data = &reply.json["data"];
    let fields = data["components"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|row| row["components"].as_array().unwrap())
        .map(|c| {
            let value = c["value"].as_str().unwrap_or_default().to_owned();
            (c["custom_id"].as_str().unwrap().to_owned(), value)
        })
        .collect();
    (data["custom_id"].as_str().unwrap().to_owned(), fields)
}

impl Bot {
    /// `/suggest setup` of [`REVIEW`] by the admin, checked.
    async fn set_up_review(&self, role: Option<u64>) {
        let mut setup = fixtures::subcommand("suggest", "setup").channel_opt("channel", REVIEW);
        if let Some(role) = role {
            setup = setup.role_opt("role", role);
        }
        let reply = self.reply(&setup.by(&ADMIN).build()).await;
        reply.says(&format!("now go to <#{REVIEW}>"));
    }

    /// `by` suggests a question through `/suggest question` and its form; returns the review
    /// channel's post of it (the `nth` there).
    async fn suggest(
        &self,
        by: &Member,
        fields: &[(&'static str, String)],
        nth: usize,
    ) -> Recorded {
        let opened = self
            .reply(&fixtures::subcommand("suggest", "question").by(by).build())
            .await;
        let (custom_id, _) = opened_form(&opened);
        assert_eq!(custom_id, "w1:n");
        let reply = self.reply(&submitted(&custom_id, fields, by)).await;
        assert!(reply.is_ephemeral());
        reply.says("Sent to the reviewers");
        self.review_post(nth).await
    }

    async fn review_post(&self, nth: usize) -> Recorded {
        self.double
            .wait_for_nth("a post in the review channel", nth, |r| {
                r.is("POST", &format!("/channels/{REVIEW}/messages")) && r.status == 200
            })
            .await
    }

    /// The DM the bot sent `user` (the `nth`).
    async fn dm(&self, user: u64, nth: usize) -> Recorded {
        self.double
            .wait_for_nth("a DM", nth, |r| {
                r.is("POST", &format!("/channels/{user}/messages")) && r.status == 200
            })
            .await
    }
}

fn button(post: &Recorded, prefix: &str) -> String {
    post.custom_ids()
        .into_iter()
        .find(|id| id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button in {:?}", post.custom_ids()))
}

/// The server's community deck, as saved.
fn community(bot: &Bot) -> Value {
    let file = bot
        .data()
        .join("servers")
        .join(fixtures::GUILD.to_string())
        .join("community.json");
    serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap()
}

/// The bundled decks, copied for the tests to change.
const DECKS: [&str; 2] = ["async-python", "asyncio-in-practice"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suggestion_is_reviewed_approved_into_the_community_deck_and_asked_with_its_author() {
    let bot = Bot::builder().decks(&DECKS).start().await;

    // Before a review channel exists, the member is told who can set one up.
    let early = bot
        .reply(&fixtures::subcommand("suggest", "question").by(&BOB).build())
        .await;
    early.says("has not set up suggestions");
    bot.set_up_review(None).await;

    let asked = "Which call runs a blocking function in a worker thread and awaits it?";
    let post = bot
        .suggest(
            &BOB,
            &form(
                asked,
                "asyncio.to_thread()",
                "asyncio.sleep()\nasyncio.shield()\nasyncio.wait()",
            ),
            1,
        )
        .await;
    post.says(asked);
    post.says("<@502>");
    let approve = button(&post, "u1:a:");
    let message = bot.double.message(post.answer_id());

    // Alice may not decide: she cannot manage messages.
    bot.press_says(&approve, &message, &ALICE, "Only this server's reviewers")
        .await;
    assert!(
        !bot.data().join("servers/100/community.json").exists(),
        "nothing added yet"
    );

    let approved = bot.press(&approve, &message, &MOD).await;
    assert_eq!(approved.kind(), Some(7), "the review message is updated");
    approved.says("Approved by <@591>");
    assert!(approved.custom_ids().is_empty(), "no buttons once decided");
    let deck = community(&bot);
    let question = &deck["questions"][0];
    assert_eq!(question["question"], asked);
    assert_eq!(question["author"], 502);
    assert_eq!(question["topic"], "interviews");

    // Bob hears of it, and `/suggest mine` says so too.
    bot.dm(BOB.user_id, 1)
        .await
        .says("approved and added to the deck `community`");
    let mine = bot
        .reply(&fixtures::subcommand("suggest", "mine").by(&BOB).build())
        .await;
    mine.says("approved, in deck `community`");

    // Served at once, with its author under the answer.
    let quiz = bot.command("quiz", &ALICE, &[("deck", "community")]).await;
    quiz.says("posted");
    let posted = bot
        .double
        .wait_for("the community question", |r| {
            r.is("POST", &format!("/channels/{CHANNEL}/messages")) && r.status == 200
        })
        .await;
    posted.says(asked);
    bot.clock().advance(Duration::seconds(60));
    let path = format!("/channels/{CHANNEL}/messages/{}", posted.answer_id());
    let reveal = bot
        .double
        .wait_for("the reveal", |r| r.is("PATCH", &path))
        .await;
    assert_eq!(field(&reveal, "Written by"), "<@502>");
    assert!(reveal
        .custom_ids()
        .iter()
        .any(|id| id.starts_with("p1:community:")));
    let card = fixtures::command("flashcard")
        .str_opt("deck", "community")
        .by(&ALICE)
        .build();
    let front = bot.reply(&card).await;
    let reveal = button(&front, "f2:r:");
    let back = bot
        .press(&reveal, &bot.double.original(&card), &ALICE)
        .await;
    back.says("Written by <@502>");
    assert!(back
        .custom_ids()
        .iter()
        .any(|id| id.starts_with("p1:community:")));

    // A second approval of the same suggestion adds nothing.
    bot.press_says(&approve, &message, &MOD2, "already approved by <@591>")
        .await;
    assert_eq!(community(&bot)["questions"].as_array().unwrap().len(), 1);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejection_tells_the_author_why_and_an_edit_is_what_gets_approved() {
    let bot = Bot::builder().decks(&DECKS).start().await;
    bot.set_up_review(None).await;

    let first = bot
        .suggest(
            &BOB,
            &form(
                "What does await do?",
                "It pauses the coroutine",
                "It blocks",
            ),
            1,
        )
        .await;
    let reject = button(&first, "u1:x:");
    let message = bot.double.message(first.answer_id());
    let (form_id, _) = opened_form(&bot.press(&reject, &message, &MOD).await);
    let reason = "We already have this one (await-from-async).";
    let rejected = bot
        .reply(
            &fixtures::modal_submit(&form_id, &[("text", reason)], &message)
                .by(&MOD)
                .build(),
        )
        .await;
    rejected.says(&format!("Rejected by <@591>: {reason}"));
    bot.dm(BOB.user_id, 1).await.says(reason);

    // Carol's DMs are closed: she learns of the decision from `/suggest mine`.
    bot.double.close_dms(CAROL.user_id);
    let second = bot
        .suggest(
            &CAROL,
            &form("What does gather return?", "A list", "A set\nA dict"),
            2,
        )
        .await;
    let message = bot.double.message(second.answer_id());
    let (edit_id, fields) =
        opened_form(&bot.press(&button(&second, "u1:e:"), &message, &MOD).await);
    assert!(
        fields.contains(&("answer".to_owned(), "A list".to_owned())),
        "the form is filled: {fields:?}"
    );
    assert!(fields.contains(&("wrong".to_owned(), "A set\nA dict".to_owned())));
    let edited_answer = "A list of results, in the order of the awaitables";
    let mut edited = form("What does gather return?", edited_answer, "A set\nA dict");
    edited[4].1 = "gather".into();
    let fields: Vec<(&str, &str)> = edited.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let updated = bot
        .reply(
            &fixtures::modal_submit(&edit_id, &fields, &message)
                .by(&MOD)
                .build(),
        )
        .await;
    assert_eq!(updated.kind(), Some(7));
    updated.says(edited_answer);
    let approved = bot
        .press(
            &button(&updated, "u1:a:"),
            &bot.double.message(second.answer_id()),
            &MOD,
        )
        .await;
    approved.says("Approved by <@591>");
    let deck = community(&bot);
    assert_eq!(deck["questions"][0]["answer"], edited_answer);
    assert_eq!(deck["questions"][0]["author"], CAROL.user_id);
    let mine = bot
        .reply(&fixtures::subcommand("suggest", "mine").by(&CAROL).build())
        .await;
    mine.says("approved, in deck `community`");
    let bobs = bot
        .reply(&fixtures::subcommand("suggest", "mine").by(&BOB).build())
        .await;
    bobs.says(&format!("not added: {reason}"));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_form_lists_its_problems_and_fix_it_reopens_it_as_typed() {
    let bot = Bot::builder().start().await;
    bot.set_up_review(None).await;
    let typed = form(
        "What is an event loop?",
        "The scheduler",
        "The scheduler\nA thread",
    );
    let first = submitted("w1:n", &typed, &BOB);
    let refused = bot.reply(&first).await;
    assert!(refused.is_ephemeral());
    refused.says("Wrong options: distractor 1 is the same as the answer");
    let fix = button(&refused, "u1:f");
    let refusal = bot.double.original(&first);
    let reopened = bot.press(&fix, &refusal, &BOB).await;
    let (custom_id, fields) = opened_form(&reopened);
    assert_eq!(custom_id, "w1:n");
    for (name, value) in &typed {
        assert!(
            fields.contains(&((*name).to_owned(), value.clone())),
            "{name} kept: {fields:?}"
        );
    }
    assert!(
        bot.double
            .requests()
            .iter()
            .all(|r| !r.is("POST", &format!("/channels/{REVIEW}/messages"))),
        "nothing refused reaches the reviewers"
    );
    // Someone with nothing refused has nothing to fix.
    bot.press_says(&fix, &refusal, &ALICE, "nothing to fix")
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_reviewer_role_only_its_members_decide_and_two_approvals_at_once_add_once() {
    let bot = Bot::builder().decks(&DECKS).start().await;
    let role = 880;
    bot.set_up_review(Some(role)).await;
    let post = bot
        .suggest(
            &BOB,
            &form(
                "What does asyncio.run() create?",
                "A new event loop",
                "A thread\nA process\nA task group",
            ),
            1,
        )
        .await;
    let approve = button(&post, "u1:a:");
    let message = bot.double.message(post.answer_id());
    // Managing messages is not enough once a role is named.
    bot.press_says(&approve, &message, &MOD, "members with the role <@&880>")
        .await;
    let press = |by: &Member| {
        fixtures::button(&approve, &message)
            .by(by)
            .roles(&[role])
            .build()
    };
    let (one, two) = (press(&ALICE), press(&CAROL));
    tokio::join!(bot.double.interact(&one), bot.double.interact(&two));
    let replies = [
        bot.double.callback(&one).await,
        bot.double.callback(&two).await,
    ];
    let approved = replies.iter().filter(|r| r.kind() == Some(7)).count();
    let refused = replies
        .iter()
        .filter(|r| r.embed_text().contains("already approved"))
        .count();
    assert_eq!(
        (approved, refused),
        (1, 1),
        "one approval, one told it came late"
    );
    assert_eq!(community(&bot)["questions"].as_array().unwrap().len(), 1);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_suggestions_survive_a_restart_and_the_limit_per_member_holds() {
    let bot = Bot::builder().decks(&DECKS).start().await;
    bot.set_up_review(None).await;
    let mut posts = Vec::new();
    for n in 1..=5 {
        let asked = format!("Pending question number {n}?");
        posts.push(
            bot.suggest(&BOB, &form(&asked, "Yes", "No\nMaybe\nNever"), n)
                .await,
        );
    }
    let sixth = bot
        .reply(&fixtures::subcommand("suggest", "question").by(&BOB).build())
        .await;
    sixth.says("You have 5 suggestions waiting for review");
    let approve = button(&posts[2], "u1:a:");
    let message = bot.double.message(posts[2].answer_id());
    let bot = bot.shutdown().await.start().await;
    bot.press(&approve, &message, &MOD)
        .await
        .says("Approved by <@591>");
    assert_eq!(
        community(&bot)["questions"][0]["question"],
        "Pending question number 3?"
    );
    let mine = bot
        .reply(&fixtures::subcommand("suggest", "mine").by(&BOB).build())
        .await;
    assert_eq!(mine.embed_text().matches("waiting for review").count(), 4);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_on_a_bundled_deck_can_only_be_dismissed_and_on_a_server_deck_fixed_or_removed() {
    let bot = Bot::builder().decks(&DECKS).start().await;
    // Reporting needs a review channel too.
    let report = "p1:async-python:event-loop";
    let anywhere = bot.double.message(bot.quiz(&ALICE, 1).await.message_id);
    bot.press_says(report, &anywhere, &BOB, "has not set up suggestions")
        .await;
    bot.set_up_review(None).await;

    let (form_id, _) = opened_form(&bot.press(report, &anywhere, &BOB).await);
    assert_eq!(form_id, "w1:r:async-python:event-loop");
    let sent = bot
        .reply(
            &fixtures::modal_submit(&form_id, &[("text", "The key overstates it.")], &anywhere)
                .by(&BOB)
                .build(),
        )
        .await;
    sent.says("your report is with this server's reviewers");
    let post = bot.review_post(1).await;
    post.says("The key overstates it.");
    post.says("problem reports: 1");
    assert_eq!(
        post.custom_ids(),
        ["o1:k:0"],
        "a bundled deck's report can only be dismissed"
    );
    let dismissed = bot
        .press("o1:k:0", &bot.double.message(post.answer_id()), &MOD)
        .await;
    dismissed.says("Dismissed by <@591>");
    bot.press_says(
        "o1:k:0",
        &bot.double.message(post.answer_id()),
        &MOD,
        "already handled",
    )
    .await;
    // Forged: a report that was never filed, a deck this server does not have.
    bot.press_says("o1:k:77", &anywhere, &MOD, "no longer here")
        .await;
    let (forged, _) = opened_form(&bot.press("p1:no-such-deck:q", &anywhere, &BOB).await);
    bot.reply(
        &fixtures::modal_submit(&forged, &[("text", "x")], &anywhere)
            .by(&BOB)
            .build(),
    )
    .await
    .says("There is no deck `no-such-deck`");

    // A server deck: approve two questions, report one, edit it, report the other, remove it.
    let first = bot
        .suggest(&BOB, &form("Old wording?", "Old answer", "W1\nW2\nW3"), 2)
        .await;
    bot.press(
        &button(&first, "u1:a:"),
        &bot.double.message(first.answer_id()),
        &MOD,
    )
    .await;
    let second = bot
        .suggest(
            &BOB,
            &form("Second question?", "Second answer", "W1\nW2\nW3"),
            3,
        )
        .await;
    bot.press(
        &button(&second, "u1:a:"),
        &bot.double.message(second.answer_id()),
        &MOD,
    )
    .await;
    let ids: Vec<String> = community(&bot)["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_owned())
        .collect();
    let report_on = |id: &str| format!("w1:r:community:{id}");
    bot.reply(
        &fixtures::modal_submit(&report_on(&ids[0]), &[("text", "Typo")], &anywhere)
            .by(&ALICE)
            .build(),
    )
    .await
    .says("with this server's reviewers");
    let post = bot.review_post(4).await;
    let message = bot.double.message(post.answer_id());
    let edit = button(&post, "o1:e:");
    bot.press_says(&edit, &message, &ALICE, "Only this server's reviewers")
        .await;
    let (edit_form, fields) = opened_form(&bot.press(&edit, &message, &MOD).await);
    assert!(fields.contains(&("question".to_owned(), "Old wording?".to_owned())));
    let fixed = form("New wording?", "New answer", "W1\nW2\nW3");
    let fields: Vec<(&str, &str)> = fixed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    bot.reply(
        &fixtures::modal_submit(&edit_form, &fields, &message)
            .by(&MOD)
            .build(),
    )
    .await
    .says("edited by <@591>");
    let deck = community(&bot);
    assert_eq!(
        deck["questions"][0]["id"],
        ids[0].as_str(),
        "the id stays, and with it the scores"
    );
    assert_eq!(deck["questions"][0]["question"], "New wording?");
    assert_eq!(deck["questions"][0]["author"], BOB.user_id);

    bot.reply(
        &fixtures::modal_submit(&report_on(&ids[1]), &[("text", "Wrong")], &anywhere)
            .by(&ALICE)
            .build(),
    )
    .await;
    let post = bot.review_post(5).await;
    bot.press(
        &button(&post, "o1:d:"),
        &bot.double.message(post.answer_id()),
        &MOD,
    )
    .await
    .says("removed from its deck by <@591>");
    let deck = community(&bot);
    let left: Vec<&str> = deck["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["question"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["New wording?"]);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_channel_the_bot_cannot_post_in_loses_no_suggestion() {
    let double = Double::start().await;
    double
        .fail(Fail::missing_permissions("POST", &format!("/channels/{REVIEW}/messages")).times(1));
    let bot = Bot::builder().decks(&DECKS).double(double).start().await;
    bot.set_up_review(None).await;
    let typed = form(
        "What does asyncio.timeout() raise?",
        "TimeoutError",
        "CancelledError\nQueueEmpty\nInvalidStateError",
    );
    let first = submitted("w1:n", &typed, &BOB);
    let refused = bot.reply(&first).await;
    assert!(refused.is_ephemeral());
    refused.says(&format!(
        "could not post it in the review channel <#{REVIEW}>"
    ));
    bot.reply(&fixtures::subcommand("suggest", "mine").by(&BOB).build())
        .await
        .says("You have not suggested a question");
    // Fix it, once the channel works again, sends the same question as typed.
    let (custom_id, fields) = opened_form(
        &bot.press(
            &button(&refused, "u1:f"),
            &bot.double.original(&first),
            &BOB,
        )
        .await,
    );
    let fields: Vec<(&'static str, String)> = typed
        .iter()
        .map(|(name, _)| {
            let value = fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone());
            (*name, value.unwrap_or_default())
        })
        .collect();
    assert_eq!(fields, typed);
    bot.reply(&submitted(&custom_id, &fields, &BOB))
        .await
        .says("Sent to the reviewers");
    bot.review_post(1)
        .await
        .says("What does asyncio.timeout() raise?");
    bot.shutdown().await;
}
