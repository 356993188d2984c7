"""A text with no year anywhere: the days its weekday phrases allow (transforms.timex.weekday_days)."""
from datetime import date

import pytest

from transforms.timex import weekday_days

CASES = [
    # text, a day that must be among the candidates, a day that must not
    ("Ieri, lunedì 20 agosto, il governo ha protestato.", date(2012, 8, 20), date(2013, 8, 20)),
    # every weekday phrase must agree: Monday 20 August and Sunday 26 August of the same year
    ("Ieri, lunedì 20 agosto, ha protestato. La visita di domenica 26 agosto è annullata.", date(2018, 8, 20),
     date(2011, 8, 20)),
    ("Oggi, martedì 10 agosto, il governo ha confermato.", date(2021, 8, 10), date(2020, 8, 10)),
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
