# Заголовки столбцов двух CSV-файлов `/результаты экспорт`. Точность участника по каждой теме — отдельный
# столбец с заголовком `{ csv-accuracy }: <тема>`; чаще всего выбираемые неверные варианты пронумерованы.

## Результаты, по строке на участника.

csv-user-id = id пользователя
csv-name = имя
csv-points = баллы
csv-answered = отвечено
csv-correct = верно
csv-accuracy = точность
csv-streak = серия
csv-best-streak = лучшая серия
csv-daily-streak = серия вопросов дня
csv-best-daily-streak = лучшая серия вопросов дня
csv-points-this-week = баллы за эту неделю
csv-points-this-month = баллы за этот месяц

## Статистика вопросов, по строке на вопрос.

csv-deck = колода
csv-question-id = id вопроса
csv-topic = тема
csv-asked = сколько раз задан
csv-answers = ответов
csv-right = верных
csv-share-right = доля верных
csv-median-seconds-to-right-under = медиана секунд до верного ответа
csv-other-wrong = прочих неверных
csv-reports = жалоб
csv-wrong-option = неверный вариант { $n }
csv-wrong-option-chosen = выборов неверного варианта { $n }
