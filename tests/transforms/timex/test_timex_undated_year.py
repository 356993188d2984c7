"""A text with no year anywhere: the days its weekday phrases allow (transforms.timex.weekday_days)."""
from datetime import date

import pytest

from transforms.timex import story_day, weekday_days

CASES = [
    # text, a day that must be among the candidates, a day that must not
    ("Ieri, lunedì 20 agosto, il governo ha protestato.", date(2012, 8, 20), date(2013, 8, 20)),
    # every weekday phrase must agree: Monday 20 August and Sunday 26 August of the same year
    ("Ieri, lunedì 20 agosto, ha protestato. La visita di domenica 26 agosto è annullata.", date(2018, 8, 20),
     date(2011, 8, 20)),
    ("Oggi, martedì 10 agosto, il governo ha confermato.", date(2021, 8, 10), date(2020, 8, 10)),
    # a bare weekday the tagger dates from a full date before it names no day of its own
    ("Il 18 luglio 1994 un'autobomba uccise 85 persone. Lunedì Israele ha protestato. Ieri, martedì 29 gennaio, il "
     "ministro ha risposto.", date(2013, 1, 29), date(1994, 1, 29)),
]


@pytest.mark.parametrize("text,inside,outside", CASES)
def test_weekday_days(text, inside, outside):
    days = weekday_days(text)
    assert inside in days and outside not in days, days


@pytest.mark.parametrize("text", [
    "Il governo ha protestato ieri.",                                # no weekday phrase
    "Ieri, lunedì 20 agosto, ha protestato. Martedì 22 agosto partirà.",   # phrases no single year allows
])
def test_no_days(text):
    assert weekday_days(text) == []


STORY = [
    # text, the day taken (None: none)
    # Saturday 4 February falls in 2017 and 2023: the story comes after the year it names as background
    ("Ieri, sabato 4 febbraio, il caccia ha abbattuto il pallone. Era il primo viaggio dal 2018.", date(2023, 2, 4)),
    ("Ieri, sabato 4 febbraio, il governo ha protestato, come nel 2011.", date(2012, 2, 4)),
    ("Ieri, sabato 4 febbraio, il governo ha protestato.", None),                 # no year named
    ("Ieri, sabato 4 febbraio, ha protestato: il 15% dei voti nel 2011.", date(2012, 2, 4)),  # a percentage is no year
]


@pytest.mark.parametrize("text,day", STORY)
def test_story_day(text, day):
    assert story_day(text, weekday_days(text)) == day
