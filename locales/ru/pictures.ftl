# Надписи на картинках: карточка `/результат`, карточка `/повторение статистика` и самые сложные
# вопросы в `/статистика`. Строка, которая не помещается на своё место, уменьшается, так что короче — крупнее.

## Карточка результата.

picture-score-title = Результат: { $name }
picture-score-summary = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
} · верно { $share } · отвечено { $answered }
picture-rank-of = из { $of }
picture-streak = Серия
picture-daily-streak = Серия вопросов дня
picture-this-week = Эта неделя
picture-with-best = { $now } · рекорд { $best }
picture-week-points = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
}
picture-topics = Темы, сначала слабые
picture-points-30 = Баллы за 30 дней
picture-in-all = всего { $total }
picture-best-day = лучший день: { $most }
picture-30-days-ago = 30 дней назад
picture-today = сегодня

## Карточка повторений.

picture-review-title = Повторения: { $name }
picture-review-summary = { $cards ->
    [one] { $cards } карточка в вашем расписании
    [few] { $cards } карточки в вашем расписании
    [many] { $cards } карточек в вашем расписании
   *[other] { $cards } карточки в вашем расписании
}
picture-count = { $n }
picture-new = Новые
picture-learning = Изучаемые
picture-review = Повторяемые
picture-remembered = { $days ->
    [one] Запомнено за последний { $days } день
    [few] Запомнено за последние { $days } дня
    [many] Запомнено за последние { $days } дней
   *[other] Запомнено за последние { $days } дня
}
picture-no-reviews = Повторений знакомых карточек пока нет
picture-remembered-of = { $remembered } из { $graded ->
    [one] { $graded } повторения
    [few] { $graded } повторений
    [many] { $graded } повторений
   *[other] { $graded } повторения
}
picture-due-7 = К повторению в ближайшие 7 дней
picture-in-6-days = через 6 дней

## Самые сложные вопросы.

picture-stats-title = Самые сложные вопросы: { $deck }
picture-hardest = Самые сложные вопросы
picture-stats-counted = { $answers ->
    [one] На этом сервере учтён { $answers } ответ
    [few] На этом сервере учтено { $answers } ответа
    [many] На этом сервере учтено { $answers } ответов
   *[other] На этом сервере учтено { $answers } ответа
}
picture-stats-counted-topic = { $answers ->
    [one] На этом сервере учтён { $answers } ответ · тема: { $topic }
    [few] На этом сервере учтено { $answers } ответа · тема: { $topic }
    [many] На этом сервере учтено { $answers } ответов · тема: { $topic }
   *[other] На этом сервере учтено { $answers } ответа · тема: { $topic }
}
picture-stats-right = верно { $correct } из { $answered }
picture-stats-right-chosen = верно { $correct } из { $answered } · «{ $wrong }» выбрали { $chosen }×
picture-by-topic = По темам
