"""Public dataclasses of the temporal tagger and calendar helpers on TIMEX3 values."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Reference:
    """The anchor relative expressions resolve against."""

    value: str | None  # '2025-11-09' | '2025-07' | '2025' | None
    precision: str  # 'DAY' | 'MONTH' | 'YEAR' | 'UNKNOWN'
    source: str  # 'PUBLICATION' | 'TEXT' | 'NONE'
    start: date | None
    end: date | None

    @classmethod
    def of(cls, value: str | None, source: str = "PUBLICATION") -> "Reference":
        """Build a Reference from 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None."""
        if value is None:
            return cls(None, "UNKNOWN", "NONE", None, None)
        precision = value_precision(value)
        if precision not in ("DAY", "MONTH", "YEAR"):
            raise ValueError(
                f"reference value {value!r}: expected 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'"
            )
        start, end = value_range(value)
        if start is None:
            raise ValueError(f"reference value {value!r}: not a calendar date")
        return cls(value, precision, source, start, end)


@dataclass(frozen=True)
class Dateline:
    place: str
    value: str  # '2025-11-09', or '--03-16' when the year is missing
    precision: str  # 'DAY'
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Timex:
    text: str
    char_start: int
    char_end: int
    type: str  # 'DATE' | 'TIME' | 'DURATION' | 'SET'
    value: str
    precision: str | None
    start: date | None
    end: date | None
    modifier: str | None
    anchor: str  # 'ABSOLUTE' | 'PUBLICATION' | 'PREVIOUS' | 'NONE'
    resolved: bool
    part_of_day: str | None
    # A clock time ('alle 18', '16:40') is a DATE of its day, like 'lunedì sera' (the seed gold's convention);
    # the time of day is kept here as 'HH:MM'.
    clock: str | None = None


# --------------------------------------------------------------------------- values

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER = ["WI", "SP", "SU", "FA"]

_RE_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RE_MONTH = re.compile(r"(\d{4})-(\d{2})")
_RE_YEAR = re.compile(r"(\d{4})")
_RE_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_RE_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_RE_QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def value_precision(value: str) -> str | None:
    if _RE_DAY.fullmatch(value):
        return "DAY"
    if _RE_MONTH.fullmatch(value):
        return "MONTH"
    if _RE_YEAR.fullmatch(value):
        return "YEAR"
    if _RE_WEEK.fullmatch(value):
        return "WEEK"
    if _RE_SEASON.fullmatch(value):
        return "SEASON"
    if _RE_QUARTER.fullmatch(value):
        return "QUARTER"
    return None


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def season_range(year: int, season: str) -> tuple[date, date]:
    a, b = SEASON_MONTHS[season]
    if season == "WI":
        return date(year, 12, 1), month_end(year + 1, 2)
    return date(year, a, 1), month_end(year, b)


def week_range(year: int, week: int) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def season_of(d: date) -> tuple[int, str]:
    """(season year, season code) containing a day; Jan-Feb belong to the previous year's WI."""
    m = d.month
    if m == 12:
        return d.year, "WI"
    if m <= 2:
        return d.year - 1, "WI"
    if m <= 5:
        return d.year, "SP"
    if m <= 8:
        return d.year, "SU"
    return d.year, "FA"


def value_range(value: str) -> tuple[date | None, date | None]:
    """Inclusive calendar range of a TIMEX3 date value; (None, None) when not a calendar value."""
    try:
        if m := _RE_DAY.fullmatch(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _RE_MONTH.fullmatch(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), month_end(y, mo)
        if m := _RE_YEAR.fullmatch(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _RE_WEEK.fullmatch(value):
            a, b = week_range(int(m[1]), int(m[2]))
            if m[3]:
                return a + timedelta(days=5), b
            return a, b
        if m := _RE_SEASON.fullmatch(value):
            return season_range(int(m[1]), m[2])
        if m := _RE_QUARTER.fullmatch(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    except ValueError:
        return None, None
    return None, None


def shift(d: date, unit: str, n: int) -> date:
    if unit == "D":
        return d + timedelta(days=n)  # same as relativedelta(days=n), without its overhead
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "M":
        return d + relativedelta(months=n)
    if unit == "Y":
        return d + relativedelta(years=n)
    raise ValueError(f"unit {unit!r}: expected one of D, W, WE, M, Y")


def unit_value(d: date, unit: str) -> tuple[str, str]:
    """TIMEX3 value and precision of the calendar unit containing d."""
    if unit == "D":
        return d.isoformat(), "DAY"
    if unit == "W":
        return week_value(d), "WEEK"
    if unit == "WE":
        return week_value(d) + "-WE", "WEEK"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}", "MONTH"
    if unit == "Y":
        return f"{d.year:04d}", "YEAR"
    raise ValueError(f"unit {unit!r}: expected one of D, W, WE, M, Y")
