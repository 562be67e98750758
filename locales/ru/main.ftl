# en-US — исходный язык: в каждой другой локали ровно те же ключи с теми же аргументами.

# Название этого языка так, как пишут его носители.
language-name = Русский

## Вопрос в канале, раскрытие ответа и что сообщают отвечающему.

quiz-posted = Вопрос опубликован ниже. Он закроется { $closes }.
quiz-title = Квиз · { $deck }
quiz-typed-hint = Нажмите **Ответить** и введите ответ: регистр, диакритические знаки и мелкие опечатки не важны.
quiz-closes = Закроется { $closes }.
quiz-footer = { $deck } · { $topic } · один ответ на человека; верно или нет — сообщу только вам
quiz-answer-button = Ответить
quiz-question-gone = (этого вопроса больше нет в колоде)
reveal-title = Закрыто · ответ: { $letter }
reveal-title-typed = Закрыто · ответ ниже
reveal-answered = Ответили: { $answered } · верно: { $right }
reveal-no-one = Никто.
reveal-why = Почему
reveal-written-by = Автор
report-button = Сообщить о проблеме
answered-right = ✅ Верно! +{ $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
}
answered-wrong = ❌ Неверно
answered-wrong-choice = ❌ Неверно: вы выбрали { $letter }
answered-the-answer = Правильный ответ: **{ $letter }.** { $answer }
answered-typed-accepted = Вы ввели «{ $typed }» — засчитано: правильный ответ — **{ $answer }**.
answered-typed-accepted-as = Вы ввели «{ $typed }» — засчитано как **{ $accepted }**; правильный ответ — **{ $answer }**.
answered-typed-wrong = Вы ввели «{ $typed }»; правильный ответ — **{ $answer }**.

## Раунды.

round-title = Раунд начинается
round-started = { $starter } начинает раунд: { $total ->
    [one] { $total } вопрос
    [few] { $total } вопроса
    [many] { $total } вопросов
   *[other] { $total } вопроса
} из `{ $deck }`, по { $seconds ->
    [one] { $seconds } секунде
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} на каждый. Отвечайте кнопками; после каждого вопроса — промежуточные итоги.
round-started-topic = { $starter } начинает раунд: { $total ->
    [one] { $total } вопрос
    [few] { $total } вопроса
    [many] { $total } вопросов
   *[other] { $total } вопроса
} из `{ $deck }` на тему { $topic }, по { $seconds ->
    [one] { $seconds } секунде
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} на каждый. Отвечайте кнопками; после каждого вопроса — промежуточные итоги.
round-no-answers = Ответов пока нет.
round-row = **{ $place }.** { $who } · { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
} · верно { $right }/{ $answered }
round-row-fastest = **{ $place }.** { $who } · { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
} · верно { $right }/{ $answered } · быстрее всех: { $fastest }×
round-standings = Промежуточные итоги: { $done } из { $total }
round-final = Итоговая таблица
round-finished = Раунд окончен: заданы все вопросы ({ $done }).
round-stopped = Раунд остановлен: задано { $done } из { $total ->
    [one] { $total } вопроса
    [few] { $total } вопросов
    [many] { $total } вопросов
   *[other] { $total } вопроса
}.
round-cannot-post = Раунд прерван: задано { $done } из { $total ->
    [one] { $total } вопроса
    [few] { $total } вопросов
    [many] { $total } вопросов
   *[other] { $total } вопроса
} — не удалось опубликовать следующий вопрос.
round-points-count = Баллы учитываются в `/результат` и `/рейтинг`.

## Результаты и рейтинги.

score-title = Результат · { $name }
score-points = Баллы
score-rank = Место
score-rank-of = #{ $rank } из { $of }
score-accuracy = Точность
score-answered = Отвечено
score-correct = Верно
score-streak = Серия
score-daily-streak = Серия вопросов дня
score-with-best = { $now } (рекорд: { $best })
score-week = Эта неделя
score-month = Этот месяц
score-by-topic = По темам, сначала слабые
score-topic-line = { $topic }: { $correct }/{ $answered } ({ $share })
score-period = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
}
score-period-ranked = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
} (#{ $rank })
leaderboard-server = Рейтинг · этот сервер
leaderboard-channel = Рейтинг · этот канал
leaderboard-week = Рейтинг · эта неделя
leaderboard-month = Рейтинг · этот месяц
leaderboard-last-week = Прошлая неделя
leaderboard-last-month = Прошлый месяц
leaderboard-row = **{ $rank }.** { $who } · { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
} · верно { $correct }/{ $answered }
leaderboard-winner = **{ $place }.** { $who } · { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
}
leaderboard-empty = За этот период пока никто не набрал баллов.
leaderboard-page = Страница { $page } из { $pages }
leaderboard-previous = Назад
leaderboard-next = Далее

## Колоды и помощь.

decks-title = Колоды
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · колода сервера
decks-summary = { $questions ->
        [one] { $questions } вопрос
        [few] { $questions } вопроса
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    }
    Темы: { $topics }
decks-language = Язык вопросов: { $language }
decks-more = { $count ->
    [one] Загружена ещё { $count } колода.
    [few] Загружено ещё { $count } колоды.
    [many] Загружено ещё { $count } колод.
   *[other] Загружено ещё { $count } колоды.
}
decks-set-aside = Колода этого сервера `{ $id }` не загрузилась при запуске бота и временно отключена ({ $why }). Её баллы и повторения сохранены: загрузите её снова через `/колода загрузить` или удалите через `/колода удалить`.
help-line = `/{ $command }`: { $description }

## Вопрос дня.

daily-title = Вопрос дня
daily-every-day = Каждый день в **{ $time }** ({ $zone }) в <#{ $channel }>, вопросы из { $what }.
daily-from-deck = `{ $deck }`
daily-from-deck-topic = `{ $deck }`, тема { $topic }
daily-from-default = колоды по умолчанию
daily-next = Следующая публикация
daily-next-at = { $local } ({ $relative })
daily-last-posted = Последняя публикация
daily-last-error = Последняя ошибка отправки
daily-error = { $date }: { $message } (попытка была { $relative }; новая — при следующей публикации)

## Ответы с вводом текста.

typed-form-title = Ответ
typed-form-label = Ваш ответ

## Карточки и повторения.

card-flashcard = Карточка
card-review = Повторение
card-review-new = Повторение · новая карточка
card-review-done = Повторение · пройдено: { $done }
card-review-done-new = Повторение · пройдено: { $done } · новая карточка
card-heading = { $heading } · { $deck }
card-reveal = Показать ответ
card-answer = **Ответ:** { $answer }
card-written-by = *Автор: { $who }*
card-back-footer = Насколько хорошо вы это знали? На каждой кнопке указано, когда карточка появится снова.
grade-again = Снова
grade-hard = Трудно
grade-good = Хорошо
grade-easy = Легко
grade-button = { $grade } · { $interval }
graded-title = { $grade }: увидимся через { $interval }
graded-due = Следующее повторение: { $due }. `/повторение` покажет карточку, когда подойдёт срок.
session-nothing-due = Повторять пока нечего.
session-done = Готово: { $reviewed ->
    [one] повторена { $reviewed } карточка
    [few] повторено { $reviewed } карточки
    [many] повторено { $reviewed } карточек
   *[other] повторено { $reviewed } карточки
}, запомнено { $share }.
session-next = Следующая карточка — { $next }; на завтра { $tomorrow ->
    [one] { $tomorrow } карточка
    [few] { $tomorrow } карточки
    [many] { $tomorrow } карточек
   *[other] { $tomorrow } карточки
}.
session-empty = Повторять пока нечего: карточки попадают в ваше расписание, когда вы ставите оценку в `/карточка` или отвечаете на вопрос квиза.
reminder-title = Пора повторить
reminder-due = { $due ->
    [one] { $due } карточка ждёт повторения.
    [few] { $due } карточки ждут повторения.
    [many] { $due } карточек ждут повторения.
   *[other] { $due } карточки ждут повторения.
} Несколько минут сейчас — и вы будете помнить их неделями. Карточки из собственных колод сервера повторяются командой `/повторение` на том же сервере.

## Удаление колоды.

deck-removed-note = Колоду этого вопроса удалил администратор сервера; баллы сохраняются.
deck-removed = Колода `{ $deck }` удалена с этого сервера. Заработанные на ней баллы сохраняются.

## Статистика вопросов.

stats-hardest-line = { $place }. { $question } · верно { $correct } из { $answered }
stats-most-chose = чаще всего выбирали «{ $wrong }» ({ $count })
stats-title = Самые сложные вопросы · { $deck }
stats-title-topic = Самые сложные вопросы · { $deck } · { $topic }
stats-reported = Жалобы на ошибку
stats-footer = { $answers ->
    [one] { $answers } ответ
    [few] { $answers } ответа
    [many] { $answers } ответов
   *[other] { $answers } ответа
} на этом сервере · вопросы, где не меньше { $at_least ->
    [one] { $at_least } ответа
    [few] { $at_least } ответов
    [many] { $at_least } ответов
   *[other] { $at_least } ответа
}
stats-quiz-me = Квиз по этим вопросам
stats-flashcards = Карточки
stats-cards-footer = Ответы скрыты: нажмите на ответ, чтобы увидеть его. Ниже — один вопрос в виде карточки.

## /язык.

language-set = Вопросы и их итоги, раунды и вопросы дня на этом сервере теперь на языке: { $language }. Ответы, которые видит только сам участник, приходят на языке его Discord.
language-show-chosen = Публикации этого сервера на языке: { $language } (выбран через `/язык выбрать`).
language-show-discord = Публикации этого сервера на языке: { $language } — это язык сервера в Discord. Выбрать другой: `/язык выбрать`.
language-offered = Языки: { $languages }
language-reset = Публикации этого сервера снова следуют языку сервера в Discord: { $language }.

## Статистика и настройки повторений.

review-stats-title = Статистика повторений
review-stats-none = повторений пока нет
review-stats-retention = { $share } ({ $remembered } из { $graded })
review-stats-new = Новые
review-stats-learning = Изучаемые
review-stats-review = Повторяемые
review-stats-remembered = { $days ->
    [one] Запомнено за последний { $days } день
    [few] Запомнено за последние { $days } дня
    [many] Запомнено за последние { $days } дней
   *[other] Запомнено за последние { $days } дня
}
review-stats-week = К повторению: сегодня и следующие 6 дней
review-stats-settings = Настройки
review-settings-title = Ваши повторения
review-settings-reminder = личное сообщение в **{ $time }** ({ $zone }) в дни, когда есть что повторить; следующее — { $next }
review-settings-no-reminder = выключено
review-settings = Желаемое запоминание: **{ $retention }** · { $new_per_day ->
    [one] **{ $new_per_day }** новая карточка
    [few] **{ $new_per_day }** новые карточки
    [many] **{ $new_per_day }** новых карточек
   *[other] **{ $new_per_day }** новой карточки
} в день · день начинается в полночь ({ $zone })
    Напоминание: { $remind }

## Числа и отрезки времени.

# Сами числа бот записывает в нотации каждого языка (1,234.5 / 1 234,5).
# chrono strftime: %a day, %-d day of month, %b month, %Z zone.
format-date-time = %a, %-d %b, %H:%M %Z
number-percent = { $n } %
# Отрезки на кнопках оценки, короткие, как в Anki: 10 мин, 5 ч, 4 дн., 1,5 мес., 2,1 г.
span-minutes = { $n } мин
span-hours = { $n } ч
span-days = { $n } дн.
span-months = { $n } мес.
span-years = { $n } г.
