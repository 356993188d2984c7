"""Italian temporal vocabulary: loaded from ``transforms/data/timex_it.yaml``
and validated by a pydantic model. All word lists of the tagger live in the
data file; this module only checks and normalises them."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..datafiles import DataFileError, load_yaml

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "timex_it.yaml"

UnitCode = Literal["S", "MIN", "H", "D", "W", "M", "Y", "DE", "CE"]
Season = Literal["SP", "SU", "FA", "WI"]
PartOfDay = Literal["MO", "AF", "EV", "NI"]
Modifier = Literal["BEFORE", "AFTER", "BY", "START", "MID", "END", "APPROX"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_keys(v: dict) -> dict:
    return {str(k).lower(): val for k, val in v.items()}


class Months(_Strict):
    full_it: dict[str, int]
    abbr_it: dict[str, int]
    full_en: dict[str, int]
    abbr_en: dict[str, int]

    @field_validator("full_it", "abbr_it", "full_en", "abbr_en")
    @classmethod
    def _months(cls, v: dict[str, int]) -> dict[str, int]:
        for k, n in v.items():
            if not 1 <= n <= 12:
                raise ValueError(f"month {k!r}: expected a month number 1..12, got {n}")
        return _lower_keys(v)


class Anaphor(_Strict):
    unit: Literal["D", "W", "M", "Y"]
    offset: int
    # a demonstrative ('quel giorno'): the day last mentioned, even one of a background clause
    last: bool = False
    # the offset from the publication day when no day was named before ('poco dopo la mezzanotte' opening an
    # article: the night just past); None: the same offset
    unanchored: Optional[int] = None


class ShiftWords(_Strict):
    past: list[str] = Field(min_length=1)
    future: list[str] = Field(min_length=1)
    current: list[str] = Field(min_length=1)


class Vague(_Strict):
    PAST_REF: list[str] = Field(min_length=1)
    FUTURE_REF: list[str] = Field(min_length=1)


class LaterWords(_Strict):
    after: list[str]
    before: list[str]
    # nouns that open a clause's subject, not an event: 'Due giorni dopo il premier X aveva detto' counts from
    # the last day, 'due giorni dopo il vertice' is the time since the summit
    subject_nouns: list[str] = Field(default_factory=list)
    # plural subjects after a count of days, with a possessive maybe: 'ma due giorni dopo i suoi miliziani hanno
    # conquistato la cittadina' counts from the last day
    plural_subjects: list[str] = Field(default_factory=list)


class Modifiers(_Strict):
    outer: dict[Modifier, list[str]]
    inner: dict[Literal["START", "MID", "END"], list[str]]


class Tense(_Strict):
    past_auxiliaries: list[str]
    pluperfect_auxiliaries: list[str]
    active_auxiliaries: list[str] = []
    adverbs: list[str]
    past_participle_suffixes: list[str]
    past_words: list[str]
    future_suffixes: list[str]
    future_words: list[str]
    suffix_exceptions: list[str]
    # before 'per' + a weekday: the day something was set for ('l'incontro, previsto per venerdì, è stato rinviato'),
    # which comes after the day of its clause whatever the tense of the clause's verb
    scheduled_for: list[str] = []
    # right before a weekday: a deadline, ahead of the clause's day ('ha dato loro tempo fino a domenica', 'ritirare
    # il provvedimento entro venerdì')
    deadline_words: list[str] = []


class Lexicon(_Strict):
    months: Months
    weekdays: dict[str, int]
    weekdays_en: dict[str, int]
    numbers: dict[str, int]
    tens: dict[str, int]
    ordinal_days: dict[str, int]
    vague_quantifiers: list[str]
    units: dict[str, UnitCode]
    singular_units: list[str]
    bare_plural_units: list[str]
    bare_unit_prepositions: list[str]
    half_words: list[str]
    fixed_durations: dict[str, str]
    seasons: dict[str, Season]
    week_of_month: dict[str, int] = {}
    season_exclusions_after: list[str]
    # words that, a few words before a bare season, make it a target ahead ('rinviato all'autunno',
    # 'previsto per l'autunno'): the next such season, whatever the tense
    season_target_words: list[str] = []
    parts_of_day: dict[str, PartOfDay]
    today_parts: dict[str, PartOfDay]
    relative_days: dict[str, int]
    # relative-day words that, after a day named earlier in the same sentence, mean that day ('Martedì Maas è
    # volato in giornata prima ad Atene e poi ad Ankara': a day trip, not the day of publication)
    sentence_day_words: list[str] = []
    # words that, in the clause of a bare part of the day, make it the reference day's: a report's denial is the
    # day's news ('la presidenza ha smentito in mattinata', after a report of Saturday)
    reporting_day_words: list[str] = []
    # stems of event nouns that, as the object of 'il giorno dopo' / 'il giorno prima', name the event the day
    # counts from ('il giorno dopo la sentenza', 'il giorno prima del raid'); other nouns there are the subject of
    # the clause ('Il giorno dopo la ministra ha ...')
    event_nouns: list[str] = []
    relative_shift: ShiftWords
    shift_units: dict[str, Literal["W", "M", "Y", "WE"]]
    anaphoric: dict[str, Anaphor]
    night_words: list[str] = Field(min_length=1)
    between_words: list[str] = Field(min_length=1)
    same_words: list[str] = Field(min_length=1)
    same_year_words: list[str] = Field(min_length=1)
    eve_words: list[str] = Field(min_length=1)
    since_words: list[str] = Field(min_length=1)
    vague: Vague
    recent_period_words: list[str]
    ago_words: list[str]
    in_words: list[str]
    later_words: LaterWords
    set_words: list[str]
    set_adverbs: dict[str, str]
    rate_words: dict[str, str]
    pod_anaphor_words: dict[str, int]
    pod_prepositions: list[str]
    clock_parts: dict[str, int]
    modifiers: Modifiers
    articles: list[str]
    prepositions: list[str]
    year_prepositions: list[str]
    month_prepositions: list[str]
    time_prepositions: list[str]
    tense: Tense

    @field_validator("weekdays", "weekdays_en")
    @classmethod
    def _weekdays(cls, v: dict[str, int]) -> dict[str, int]:
        for k, n in v.items():
            if not 1 <= n <= 7:
                raise ValueError(f"weekday {k!r}: expected an ISO weekday 1..7, got {n}")
        return _lower_keys(v)

    @field_validator("numbers", "tens", "ordinal_days")
    @classmethod
    def _numbers(cls, v: dict[str, int]) -> dict[str, int]:
        for k, n in v.items():
            if n < 0:
                raise ValueError(f"number word {k!r}: expected a non-negative integer, got {n}")
        return _lower_keys(v)

    @field_validator("pod_anaphor_words")
    @classmethod
    def _pod_offsets(cls, v: dict[str, int]) -> dict[str, int]:
        for k, n in v.items():
            if n not in (-1, 0, 1):
                raise ValueError(f"{k!r}: expected a day offset -1, 0 or 1, got {n}")
        return _lower_keys(v)

    @field_validator("clock_parts")
    @classmethod
    def _clock_parts(cls, v: dict[str, int]) -> dict[str, int]:
        for k, n in v.items():
            if n not in (0, 12):
                raise ValueError(f"{k!r}: expected 0 or 12 hours to add, got {n}")
        return _lower_keys(v)

    @field_validator("fixed_durations", "set_adverbs", "rate_words")
    @classmethod
    def _durations(cls, v: dict[str, str]) -> dict[str, str]:
        import re

        for k, val in v.items():
            if not re.fullmatch(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?", val) or val == "P":
                raise ValueError(f"{k!r}: expected an ISO 8601 duration like 'PT30M' or 'P1W', got {val!r}")
        return _lower_keys(v)

    @field_validator("units", "seasons", "parts_of_day", "today_parts", "relative_days", "anaphoric", "shift_units")
    @classmethod
    def _lower(cls, v: dict) -> dict:
        return _lower_keys(v)


class LexiconError(DataFileError):
    """The vocabulary file is missing or malformed."""


def load_lexicon(path: Path | str = DATA_PATH) -> Lexicon:
    """Load and validate a vocabulary file; errors name the file and the key."""
    return load_yaml(Path(path), Lexicon, LexiconError)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon(DATA_PATH)
