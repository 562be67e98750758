# Слэш-команды так, как их показывает Discord: `command-<команда>[-<подкоманда>]` — имя, `-description`
# — его описание, `-<параметр>` — имя параметра (и его `-description`), `-<параметр>-<вариант>` — вариант выбора.
# Имена: 1–32 строчные буквы, цифры, - или _, без пробелов. Описания: не больше 100 символов.
# Имена в en-US должны оставаться теми, по которым код выбирает команду (это проверяет тест); остальные переводятся свободно.

command-quiz = квиз
command-quiz-description = Вопрос с вариантами ответа в этом канале; каждый может ответить один раз в течение минуты.
command-quiz-deck = колода
command-quiz-deck-description = Колода для вопросов (по умолчанию — первая)
command-quiz-topic = тема
command-quiz-topic-description = Только вопросы на эту тему

command-round = раунд
command-round-description = Раунд для учебной группы в этом канале: несколько вопросов подряд.
command-round-start = начать
command-round-start-description = Начать раунд здесь: вопросы подряд, итоги после каждого; перезапуск бота его не прервёт.
command-round-start-questions = вопросы
command-round-start-questions-description = Сколько вопросов (1–25, по умолчанию 10)
command-round-start-seconds = секунды
command-round-start-seconds-description = Сколько секунд открыт каждый вопрос (10–300, по умолчанию 30)
command-round-start-deck = колода
command-round-start-deck-description = Колода для вопросов (по умолчанию — первая)
command-round-start-topic = тема
command-round-start-topic-description = Только вопросы на эту тему
command-round-stop = стоп
command-round-stop-description = Остановить идущий здесь раунд (может начавший его или участник с правом «Управлять сообщениями»).

command-daily = вопрос_дня
command-daily-description = Вопрос каждый день в заданное время; ответы и баллы — как в `/квиз`.
command-daily-set = настроить
command-daily-set-description = Публиковать вопрос дня в канале в местное время (нужно право «Управлять сервером»).
command-daily-set-channel = канал
command-daily-set-channel-description = Где публиковать
command-daily-set-time = время
command-daily-set-time-description = Местное время, ЧЧ:ММ (24 часа), например 09:30
command-daily-set-timezone = часовой_пояс
command-daily-set-timezone-description = Часовой пояс (название IANA, например Europe/Moscow)
command-daily-set-deck = колода
command-daily-set-deck-description = Колода для вопросов (по умолчанию — первая)
command-daily-set-topic = тема
command-daily-set-topic-description = Только вопросы на эту тему
command-daily-show = показать
command-daily-show-description = Расписание вопроса дня, следующая публикация и последняя ошибка отправки.
command-daily-off = выключить
command-daily-off-description = Выключить вопрос дня (нужно право «Управлять сервером»).

command-flashcard = карточка
command-flashcard-description = Личная карточка: вопрос, затем ответ, затем ваша самооценка. Без баллов.
command-flashcard-deck = колода
command-flashcard-deck-description = Колода для вопросов (по умолчанию — первая)
command-flashcard-topic = тема
command-flashcard-topic-description = Только вопросы на эту тему

command-review = повторение
command-review-description = Повторить карточки, которым пора (FSRS), посмотреть статистику, настроить напоминание и параметры.
command-review-stats = статистика
command-review-stats-description = Ваши карточки, сколько вы запомнили и прогноз на неделю
command-review-remind = напоминание
command-review-remind-description = Личное сообщение в дни, когда есть что повторить: местное время ЧЧ:ММ или off
command-review-timezone = часовой_пояс
command-review-timezone-description = Ваш часовой пояс: для напоминания и начала вашего дня (название IANA)
command-review-retention = запоминание
command-review-retention-description = Какую долю карточек вы хотите помнить, когда подойдёт их срок (0.70–0.97)
command-review-new-per-day = новых_в_день
command-review-new-per-day-description = Новых карточек в день (0–100)

command-score = результат
command-score-description = Ваши баллы, точность, серии, место, точность по темам и за 30 дней — с картинкой.
command-score-user = участник
command-score-user-description = Чей результат (по умолчанию — ваш)

command-leaderboard = рейтинг
command-leaderboard-description = Топ-10 по баллам: сервер за всё время, за неделю или месяц, либо этот канал.
command-leaderboard-scope = область
command-leaderboard-scope-description = сервер (по умолчанию) или канал: баллы, набранные в этом канале
command-leaderboard-scope-server = Сервер
command-leaderboard-scope-channel = Канал
command-leaderboard-period = период
command-leaderboard-period-description = всё время (по умолчанию), неделя (с понедельника) или месяц, по часовому поясу сервера
command-leaderboard-period-all = Всё время
command-leaderboard-period-week = Неделя
command-leaderboard-period-month = Месяц
command-leaderboard-page = страница
command-leaderboard-page-description = Страница (по 10 на странице)

command-stats = статистика
command-stats-description = Самые сложные вопросы сервера (по доле верных ответов) и точность по темам — картинкой.
command-stats-deck = колода
command-stats-deck-description = Колода (по умолчанию — колода сервера по умолчанию)
command-stats-topic = тема
command-stats-topic-description = Только вопросы на эту тему

command-suggest = предложить
command-suggest-description = Предложить вопрос для колод сервера, посмотреть свои предложения или настроить проверку.
command-suggest-question = вопрос
command-suggest-question-description = Напишите вопрос; когда проверяющий его одобрит, он попадёт в колоду с вашим именем.
command-suggest-question-deck = колода
command-suggest-question-deck-description = Колода этого сервера (по умолчанию — его колода community)
command-suggest-mine = мои
command-suggest-mine-description = Ваши предложения на этом сервере и решения проверяющих.
command-suggest-setup = настроить
command-suggest-setup-description = Где и кто проверяет предложения и жалобы (нужно право «Управлять сервером»).
command-suggest-setup-channel = канал
command-suggest-setup-channel-description = Канал, где их видят проверяющие
command-suggest-setup-role = роль
command-suggest-setup-role-description = Кто проверяет (по умолчанию — участники с правом «Управлять сообщениями»)

command-decks = колоды
command-decks-description = Колоды, доступные здесь: id, название, число вопросов и темы.

command-deck = колода
command-deck-description = Управление собственными колодами сервера.
command-deck-upload = загрузить
command-deck-upload-description = Загрузить свою колоду на сервер (JSON, CSV или TSV): проверка как в `quizbot check`, сразу доступна.
command-deck-upload-file = файл
command-deck-upload-file-description = Колода: файл .json, .csv, .tsv или .txt до 1 МиБ; имя файла — id колоды
command-deck-upload-replace = заменить
command-deck-upload-replace-description = Заменить колоду сервера с тем же id (результаты оставшихся в ней вопросов сохранятся)
command-deck-remove = удалить
command-deck-remove-description = Удалить собственную колоду сервера; её открытые вопросы закроются, баллы останутся.
command-deck-remove-deck = колода
command-deck-remove-deck-description = Колода, которую нужно удалить
command-deck-download = скачать
command-deck-download-description = Колода в виде файла JSON, чтобы отредактировать и загрузить снова.
command-deck-download-deck = колода
command-deck-download-deck-description = Колода, которую нужно скачать
command-deck-default = по_умолчанию
command-deck-default-description = Колода для `/квиз`, `/раунд`, `/карточка` и `/вопрос_дня`, если другая не указана.
command-deck-default-deck = колода
command-deck-default-deck-description = Колода по умолчанию на этом сервере

command-scores = результаты
command-scores-description = Выгрузить результаты сервера и статистику вопросов.
command-scores-export = экспорт
command-scores-export-description = Результаты сервера и статистика вопросов в двух файлах CSV.

command-dashboard = панель
command-dashboard-description = Личная ссылка на веб-панель сервера (24 ч); отозвать:True отключает все ссылки (Управлять сервером).
command-dashboard-revoke = отозвать
command-dashboard-revoke-description = True: все ссылки на панель этого сервера перестанут работать (нужно право «Управлять сервером»)

command-help = помощь
command-help-description = Что делает каждая команда.


command-language = язык
command-language-description = Язык вопросов и их итогов, раундов и вопросов дня на этом сервере.
command-language-set = выбрать
command-language-set-description = Публиковать вопросы и результаты сервера на выбранном языке (нужно право «Управлять сервером»).
command-language-set-language = язык
command-language-set-language-description = Один из языков бота, например ru или pt-BR
command-language-show = показать
command-language-show-description = Язык публикаций сервера и доступные языки.
command-language-reset = сбросить
command-language-reset-description = Снова следовать языку сервера в Discord (нужно право «Управлять сервером»).
