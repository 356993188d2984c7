"""Regular expressions of the tagger, built once from the vocabulary file.

Every extraction pattern has a named group ``t``: the span reported for the
expression (articles and prepositions before it stay outside, as in the gold
conventions: 'il 10 luglio' -> '10 luglio', 'nelle ultime settimane' ->
'ultime settimane')."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.timex.lexicon import Lexicon, default_lexicon

APOS = "['’‘`´]"
_FLAGS = re.IGNORECASE | re.UNICODE


def word_re(word: str) -> str:
    """Regex for a vocabulary entry: any apostrophe variant, flexible spaces."""
    out = []
    for ch in word:
        if ch == "'":
            out.append(APOS)
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _pieces(word: str) -> list[str]:
    out = []
    for ch in word.lower():
        if ch == "'":
            out.append(APOS)
        elif ch == " ":
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return out


def _trie_re(node: dict) -> str:
    end = "" in node
    branches = [piece + _trie_re(child) for piece, child in sorted(node.items()) if piece != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        # greedy optional: the longer entry is tried first ('ieri l'altro' before 'ieri')
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


def alt(words) -> str:
    """Alternation of vocabulary entries compiled as a prefix trie: the regex engine
    dispatches on the next character instead of trying every word in turn, and a
    longer entry is always tried before its prefix."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for piece in _pieces(w):
            node = node.setdefault(piece, {})
        node[""] = {}
    return "(?:" + _trie_re(trie) + ")"


_APOS_RE = re.compile(APOS)
_SPACE_RE = re.compile(r"\s+")


def norm(s: str) -> str:
    """Normalise surface text for dictionary look-ups."""
    # casefold, not lower: a case-insensitive match may hold characters that only fold to
    # the vocabulary's letters ('ſettembre', the Kelvin sign), and look-ups must find them
    # 'İ' (Turkish capital dotted I) folds to 'i' + U+0307: drop the combining dot so 'SETTİMANE' is 'settimane'.
    return _SPACE_RE.sub(" ", _APOS_RE.sub("'", s.casefold().replace("\u0307", ""))).strip()


@dataclass(frozen=True)
class Vocab:
    """Look-up tables derived from the lexicon (normalised keys)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    today_parts: dict[str, str]
    relative_days: dict[str, int]
    shift_dir: dict[str, int]  # word -> -1 past, +1 future, 0 current
    shift_units: dict[str, str]
    anaphoric: dict[str, tuple[str, int]]
    vague: dict[str, str]
    inner: dict[str, str]
    outer: dict[str, str]
    fixed_durations: dict[str, str]
    set_adverbs: dict[str, str]
    vague_quantifiers: frozenset[str]
    later_dir: dict[str, int]
    season_exclusions: tuple[str, ...]
    suffix_exceptions: frozenset[str]
    rate_words: dict[str, str]
    pod_anaphor: dict[str, int]
    clock_parts: dict[str, int]
    pluperfect: frozenset[str]
    future_words: frozenset[str]
    singular_units: frozenset[str]


def _number_words(lex: Lexicon) -> dict[str, int]:
    nums = dict(lex.numbers)
    units = {w: n for w, n in lex.numbers.items() if 1 <= n <= 9 and w not in ("un", "una")}
    for tw, tv in lex.tens.items():
        nums[tw] = tv
        for uw, uv in units.items():
            stem = tw[:-1] if uw[0] in "aeiou" else tw
            nums[stem + uw] = tv + uv
            if uw == "tre":
                nums[stem + "tré"] = tv + 3
    return nums


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    lex = default_lexicon()
    m = lex.months
    shift_dir = {norm(w): -1 for w in lex.relative_shift.past}
    shift_dir.update({norm(w): 1 for w in lex.relative_shift.future})
    shift_dir.update({norm(w): 0 for w in lex.relative_shift.current})
    vague = {norm(w): "PAST_REF" for w in lex.vague.PAST_REF}
    vague.update({norm(w): "FUTURE_REF" for w in lex.vague.FUTURE_REF})
    inner = {norm(w): mod for mod, ws in lex.modifiers.inner.items() for w in ws}
    outer = {norm(w): mod for mod, ws in lex.modifiers.outer.items() for w in ws}
    later = {norm(w): 1 for w in lex.later_words.after}
    later.update({norm(w): -1 for w in lex.later_words.before})
    return Vocab(
        months={**m.full_en, **m.abbr_en, **m.full_it, **m.abbr_it},
        weekdays={**lex.weekdays_en, **lex.weekdays},
        numbers=_number_words(lex),
        units={norm(k): v for k, v in lex.units.items()},
        seasons=dict(lex.seasons),
        parts_of_day=dict(lex.parts_of_day),
        today_parts={norm(k): v for k, v in lex.today_parts.items()},
        relative_days={norm(k): v for k, v in lex.relative_days.items()},
        shift_dir=shift_dir,
        shift_units={norm(k): v for k, v in lex.shift_units.items()},
        anaphoric={norm(k): (a.unit, a.offset) for k, a in lex.anaphoric.items()},
        vague=vague,
        inner=inner,
        outer=outer,
        fixed_durations={norm(k): v for k, v in lex.fixed_durations.items()},
        set_adverbs={norm(k): v for k, v in lex.set_adverbs.items()},
        vague_quantifiers=frozenset(norm(w) for w in lex.vague_quantifiers),
        later_dir=later,
        season_exclusions=tuple(norm(w) for w in lex.season_exclusions_after),
        suffix_exceptions=frozenset(norm(w) for w in lex.tense.suffix_exceptions),
        rate_words={norm(k): v for k, v in lex.rate_words.items()},
        pod_anaphor={norm(k): v for k, v in lex.pod_anaphor_words.items()},
        clock_parts={norm(k): v for k, v in lex.clock_parts.items()},
        pluperfect=frozenset(norm(w) for w in lex.tense.pluperfect_auxiliaries),
        future_words=frozenset(norm(w) for w in lex.tense.future_words),
        singular_units=frozenset(norm(w) for w in lex.singular_units),
    )


def _last_word(phrase: str) -> str:
    return re.split(r"[\s']+", norm(phrase).strip("'"))[-1]


def _anchor_words(lex: Lexicon, v: Vocab) -> dict[str, set[str]]:
    """For each pattern kind, the words at least one of which occurs in any of its matches
    (the last word of multi-word entries); the pattern only runs in a window around them."""
    mo = lex.months
    it_months = set(mo.full_it) | set(mo.abbr_it)
    en_months = set(mo.full_en) | set(mo.abbr_en)
    last = lambda ws: {_last_word(w) for w in ws}  # noqa: E731
    units = last(lex.units)
    return {
        "dmy": it_months, "dm_range": it_months, "month_year": it_months | en_months, "month": it_months,
        "mdy_en": en_months, "dmy_en": en_months,
        "season": last(lex.seasons), "relday": last(lex.relative_days),
        "todaypart": last(lex.today_parts) | last(lex.parts_of_day), "pod": last(lex.parts_of_day),
        "weekday": last(lex.weekdays), "relunit": last(lex.shift_units),
        "ago": units, "in": units, "later": units, "duration": units, "set": units | last(lex.weekdays),
        "rate": last(lex.rate_words), "pod_anaphor": last(lex.parts_of_day),
        "time": last(lex.clock_parts),
        "anaphor": last(lex.anaphoric), "vague": last(v.vague), "set_adv": last(lex.set_adverbs),
        "fixed_dur": last(lex.fixed_durations), "bare_unit": last(lex.bare_plural_units),
        "night": last(lex.night_words) | it_months | last(lex.weekdays),
        "eve": last(lex.eve_words), "since": last(lex.since_words),
    }


@dataclass(frozen=True)
class Patterns:
    extract: tuple[tuple[str, re.Pattern, int], ...]  # (kind, regex, priority)
    trigger: re.Pattern  # one pass over the text finds the anchor words of all patterns
    kinds_by_word: dict[str, frozenset[str]]  # anchor word -> pattern kinds to try around it
    digit_kinds: frozenset[str]
    dateline: re.Pattern
    outer_cue: re.Pattern
    pod_before: re.Pattern
    tense: re.Pattern
    sentence_break: re.Pattern
    header: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = default_lexicon()
    v = vocab()
    mo = lex.months
    month_it_full = alt(mo.full_it)
    month_it_abbr = alt(mo.abbr_it)
    month_en_full = alt(mo.full_en)
    month_en_abbr = alt(mo.abbr_en)
    # full names first; an abbreviation needs a dot or a word boundary
    month_it = rf"(?:{month_it_full}\b|{month_it_abbr}(?:\.|\b))"
    month_en = rf"(?:{month_en_full}\b|{month_en_abbr}\.)"
    weekday = alt(list(lex.weekdays))
    weekday_any = alt(list(lex.weekdays) + list(lex.weekdays_en))
    daynum = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:°|º)?|" + alt(lex.ordinal_days)
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    number = r"(?:\d+(?:[.,]\d+)?(?!\d)|" + alt(v.numbers) + r"\b|un" + APOS + ")"
    quant = alt(lex.vague_quantifiers)
    units = alt(lex.units)
    inner = alt(v.inner)
    shift_all = alt(v.shift_dir)
    shift_pf = alt([w for w, d in v.shift_dir.items() if d != 0])
    pods = alt(lex.parts_of_day)
    of = r"(?:(?:di|del|dello|della|dell" + APOS + r"|d" + APOS + r")\s*)"
    seasons = alt(lex.seasons)
    same_year = alt(lex.same_year_words)
    art = rf"(?:(?:il|l{APOS})\s*)?"
    sep = rf"(?:\s+|(?<={APOS}))"  # "un'ora": no space after an apostrophe

    ex: list[tuple[str, str, int]] = [
        # 10 luglio 2025 / martedì 16 mar. / 1° gennaio / primo maggio del 2024
        ("dmy", rf"\b(?P<t>(?:(?P<wd>{weekday})\s+)?(?P<d>{daynum})\s+(?P<m>{month_it})"
                rf"(?:\s*(?:del\s+|dell{APOS}anno\s+)?(?P<y>{year})|\s+(?P<sy>{same_year}))?)", 1),
        # dal 10 al 12 luglio / 10-11 luglio / 10 e 11 luglio
        ("dm_range", rf"\b(?P<d1>(?:[12]\d|3[01]|0?[1-9]))(?:°|º)?\s*(?:-|–|e(?:\s+(?:il|l{APOS}))?|al|all{APOS}|/)\s*"
                     rf"(?P<t>(?P<d>(?:[12]\d|3[01]|0?[1-9]))(?:°|º)?\s+(?P<m>{month_it})"
                     rf"(?:\s*(?:del\s+)?(?P<y>{year}))?)", 1),
        # July 10, 2025 / Jul. 10
        ("mdy_en", rf"\b(?P<t>(?P<m>{month_en})\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
                   rf"(?:,?\s+(?P<y>{year}))?)", 1),
        # 10 July 2025
        ("dmy_en", rf"\b(?P<t>(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<m>{month_en_full})\b"
                   rf"(?:,?\s+(?P<y>{year}))?)", 1),
        # 10/07/2025, 10.07.2025, 10-07-25
        ("numeric", r"(?<![\d/.\-])(?P<t>(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[/.\-])(?P<m>1[0-2]|0?[1-9])"
                    r"(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/]|[.\-]\d)", 1),
        ("iso", r"\b(?P<t>(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))\b", 1),
        # fine luglio 2025 / luglio 2025 / July 2025
        ("month_year", rf"\b(?P<t>(?:(?P<inner>{inner})\s+{of}?)?(?P<m>{month_it_full}|{month_en_full})"
                       rf"\s+(?:del\s+|of\s+)?(?P<y>{year}))", 2),
        # a luglio / a fine luglio / nel mese di marzo / lo scorso dicembre
        ("month", rf"(?:\b(?P<prep>{alt(lex.month_prepositions)})\s+)?(?P<t>(?:(?P<inner>{inner})\s+{of}?)?"
                  rf"(?:(?P<sh0>{shift_pf})\s+)?(?P<m>{month_it_full})(?:\s+(?P<sh1>{shift_pf})|\s+(?P<sy>{same_year}))?)\b", 3),
        # nel 2022 / entro il 2026 / fine 2025
        ("year", rf"(?:\b(?P<prep>{alt(lex.year_prepositions)})\s+)?(?P<t>(?:(?P<inner>{inner})\s+"
                 rf"(?:(?:del|dell{APOS}anno)\s+)?)?(?P<y>{year}))(?!\s*[°º]|[.,]\d|\s*%)", 4),
        # l'estate, prima della fine dell'estate, la prossima primavera, l'inverno 2024
        ("season", rf"\b(?P<t>(?:(?P<inner>{inner})\s+{of}?)?(?:(?P<sh0>{shift_all})\s*)?(?P<s>{seasons})"
                   rf"(?:\s+(?:(?P<sh1>{shift_all})|(?:del\s+)?(?P<y>{year})))?)\b", 2),
        # la notte tra martedì e mercoledì / nella notte tra il 6 e il 7 aprile
        ("night", rf"\b(?P<t>(?:{alt(lex.night_words)})\s+(?:{alt(lex.between_words)})\s+{art}"
                  rf"(?:(?P<d1>{daynum})(?:\s+(?P<m1>{month_it_full}))?\s+e\s+{art}(?P<d>{daynum})\s+(?P<m>{month_it})"
                  rf"(?:\s*(?:del\s+)?(?P<y>{year}))?"
                  rf"|(?P<wd1>{weekday})\s+e\s+(?P<wd>{weekday})))", 1),
        # alla vigilia del vertice / la vigilia
        ("eve", rf"\b(?P<t>{alt(lex.eve_words)})\b(?:(?=\s*(?P<of>di|del|della|dello|dell{APOS}|dei|delle|degli)\b))?", 2),
        # da allora
        ("since", rf"\b(?P<t>{alt(lex.since_words)})\b", 2),
        # oggi, ieri sera, l'altro ieri, domani mattina
        ("relday", rf"\b(?P<t>(?P<r>{alt(lex.relative_days)})(?:\s+(?P<pod>{pods}))?)\b", 2),
        ("todaypart", rf"\b(?P<t>(?P<tp>{alt(lex.today_parts)})|(?:questa|questo|quest{APOS})\s*(?P<pod>{pods}))\b", 2),
        # nel pomeriggio / in serata / in tarda mattinata (not 'la sera del 10 luglio')
        ("pod", rf"\b(?:{alt(lex.pod_prepositions)})\s*(?:(?:tarda|tardo|prima|primo|primissima|primissimo)\s+)?"
                rf"(?P<t>(?P<pod>{pods}))\b(?!\s*(?:di|del|della|dello|dell{APOS}|d{APOS}|tra|fra)\b)", 5),
        # lunedì sera / venerdì scorso / il prossimo martedì
        # 'giovedì 28' (the day number checked against the weekday), 'giovedì stesso'
        ("weekday", rf"\b(?P<t>(?:(?P<sh0>{shift_pf})\s+)?(?P<wd>{weekday})"
                    rf"(?:\s+(?P<dn>[12]\d|3[01]|0?[1-9])(?![\d.,:]\d|\d|\s*(?:%|°|º))|\s+(?P<same>{alt(lex.same_words)}))?"
                    rf"(?:\s+(?P<pod>{pods}))?"
                    rf"(?:\s+(?P<sh1>{shift_pf}))?)\b", 3),
        # la settimana scorsa / questa settimana / quest'anno / il prossimo mese / a fine mese
        ("relunit", rf"\b(?P<t>(?:(?P<inner>{inner})\s+{of}?)?(?:(?P<sh0>{shift_all})\s*)?"
                    rf"(?P<u>{alt(lex.shift_units)})(?:\s+(?P<sh1>{shift_all}))?)\b", 3),
        # tre giorni fa
        ("ago", rf"\b(?P<t>(?:(?P<n>{number})|(?P<q>{quant}))\s*{sep}(?P<u>{units})\s+(?:{alt(lex.ago_words)}))\b", 1),
        # tra due settimane
        ("in", rf"\b(?P<t>(?P<inw>{alt(lex.in_words)})\s+(?:(?P<n>{number})|(?P<q>{quant}))\s*{sep}(?P<u>{units}))\b(?!\s+(?:e|ed)\b)", 2),
        # due giorni dopo (anaphoric); not 'due giorni dopo il vertice'
        # 'tre giorni prima della firma': the named event is taken to be the day in focus
        ("later", rf"\b(?P<t>(?P<n>{number}){sep}(?P<u>{units})\s+(?P<dir>{alt(v.later_dir)}))\b"
                  rf"(?!\s*(?:che|di|d{APOS})\b)(?:(?=\s*(?P<np>del|della|dello|dell{APOS}|dei|delle|degli|il|lo|la|l{APOS}|i|gli|le)\b))?", 2),
        # la sera precedente, la mattina dopo (not 'la sera prima del voto')
        ("pod_anaphor", rf"\b(?P<t>(?P<pod>{pods})\s+(?P<an>{alt(v.pod_anaphor)}))\b"
                        rf"(?!\s*(?:che|di|del|della|dello|dell{APOS}|dei|delle|degli|d{APOS})\b)", 2),
        # rates: 63 miliardi di metri cubi l'anno, due volte al giorno (not 'l'anno scorso')
        ("rate", rf"(?<![\w.,])(?!(?:1[89]|20)\d\d(?!\d))(?:\d[\d.,]*|{alt(v.numbers)}\b)\s+(?:[^\W\d_]+\s+){{1,5}}?"
                 rf"(?P<t>{alt(v.rate_words)})\b(?!\s*(?:{shift_all}|precedente|successiv[oa]|seguente|dopo|prima|\d))", 1),
        # anaphora: il giorno precedente, l'indomani, lo stesso giorno
        ("anaphor", rf"\b(?P<t>{alt(lex.anaphoric)})\b(?!\s+(?:giorno|anno|mese|settimana)\b)", 2),
        # vague: nelle ultime settimane, nei giorni scorsi, recentemente, in futuro
        ("vague", rf"\b(?P<t>{alt(v.vague)})\b", 2),
        # SET: ogni settimana, ogni due anni, ogni lunedì
        ("set", rf"\b(?P<t>(?:{alt(lex.set_words)})\s+(?:(?P<n>{number}){sep})?(?:(?P<u>{units})|(?P<wd>{weekday_any})))\b", 1),
        ("set_adv", rf"\b(?P<t>{alt(lex.set_adverbs)})\b", 2),
        # clock times: alle 18, alle 15.30, dalle ore 9:00
        ("time", rf"\b(?:{alt(lex.time_prepositions)})\s+(?:ore\s+)?(?P<t>(?:(?P<h>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?"
                 rf"|(?P<hw>{alt(w for w, n in v.numbers.items() if 1 <= n <= 12)}))(?:\s+(?P<cp>{alt(v.clock_parts)}))?)"
                 rf"(?!\d|[.,:]\d|\s*%|\s*(?:per\s*cento|euro|dollari|milioni|miliardi|mila|anni)\b)", 2),
        # durations
        ("fixed_dur", rf"\b(?P<t>{alt(lex.fixed_durations)})(?!\w)", 1),
        # with a half ('un'ora e mezza') or a smaller unit ('un'ora e venti minuti', 'due anni e tre mesi')
        ("duration", rf"\b(?P<t>(?P<n>{number}|{quant}\b){sep}(?P<u>{units})(?:\s+(?P<half>{alt(lex.half_words)})"
                     rf"|\s+e\s+(?P<n2>{number}){sep}(?P<u2>{units}))?)\b", 4),
        ("bare_unit", rf"\b(?:{alt(lex.bare_unit_prepositions)})\s+(?P<t>(?P<u>{alt(lex.bare_plural_units)}))\b"
                      rf"(?!\s+(?:{alt(v.vague)}|scorsi|scorse|prima|dopo|fa))", 5),
    ]
    extract = tuple((k, re.compile(p, _FLAGS), prio) for k, p, prio in ex)

    place_word = r"[A-ZÀ-ÝŠŽČ][\w'’.\-]*"
    place = rf"{place_word}(?:\s+(?:{place_word}|d[aeiu]l?|de|di|la|le|sul|am|an|e)){{0,4}}"
    dateline = re.compile(
        rf"[ \t]*(?:\((?:[^()\n]{{1,30}})\)\s*[-–—]\s*)?(?P<place>{place})\s*,\s*"
        rf"(?:(?i:{weekday})\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:°|º)?\s+"
        rf"(?P<m>(?i:{month_it}|{month_en}))\s*(?P<y>{year})?\s*"
        rf"(?:(?i:ore\s+)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*)?"
        rf"(?:\((?P<agency>[^()\n]{{1,40}})\)\s*)?(?P<dash>[–—\-]{{1,2}})",
        re.UNICODE,
    )
    outer_cue = re.compile(
        rf"(?:^|[^\w'’])(?P<cue>{alt(v.outer)})\s*(?:(?:il|lo|la|l{APOS}|i|gli|le)\s*)?$", _FLAGS
    )
    pod_before = re.compile(rf"\b(?P<pod>{pods})\s+(?:di|del|dell{APOS}|d{APOS})\s*$", _FLAGS)

    t = lex.tense
    adverb = rf"(?:{alt(t.adverbs)}|\w+mente)"
    tense = re.compile(
        rf"\b(?:(?P<past>(?P<aux>{alt(t.past_auxiliaries + t.pluperfect_auxiliaries)})\s+(?:{adverb}\s+){{0,2}}"
        rf"(?P<part>\w+(?:{alt(t.past_participle_suffixes)})))\b"
        rf"|(?P<pastw>{alt(t.past_words)})\b"
        rf"|(?P<futw>{alt(t.future_words)})\b"
        rf"|(?P<fut>\w+(?:{alt(t.future_suffixes)}))\b)",
        _FLAGS,
    )
    sentence_break = re.compile(r"[.!?;:\n]\s|\n")
    header = re.compile(r"^\s*date\s+(?P<d>\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*", re.IGNORECASE)
    anchors = _anchor_words(lex, v)
    by_word: dict[str, set[str]] = {}
    for kind, words in anchors.items():
        for w in words:
            by_word.setdefault(w, set()).add(kind)
    trigger = re.compile(rf"\b(?:{alt(by_word)})\b|\d+", _FLAGS)
    digit_kinds = frozenset({"time", "dmy", "dm_range", "numeric", "iso", "year", "duration", "ago", "in", "later", "set",
                             "mdy_en", "dmy_en", "month_year"})
    return Patterns(extract, trigger, {w: frozenset(k) for w, k in by_word.items()}, digit_kinds, dateline, outer_cue, pod_before, tense, sentence_break, header)


# ------------------------------------------------------------------ lowercase fast path
#
# Case-insensitive matching is slow in Python's `re` (every literal compare goes through a
# lower-casing call and the literal-prefix / branch-skip optimisations are disabled). The
# tagger therefore lower-cases a text once and runs case-sensitive copies of the patterns on
# it. That is only equivalent when lower-casing maps every character of the text to exactly
# one character that behaves identically for the patterns; texts with any other character
# (`unsafe_lower`) take the original case-insensitive path.


@dataclass(frozen=True)
class FastPatterns:
    extract: tuple[tuple[str, re.Pattern, int], ...]  # same kinds/order/priorities as Patterns.extract
    trigger: re.Pattern
    tense: re.Pattern
    outer_cue: re.Pattern
    pod_before: re.Pattern
    unsafe_lower: re.Pattern  # a character for which text.lower() is not equivalent to re.IGNORECASE
    # kind -> regex of literal strings at least one of which occurs in every match of that
    # kind's pattern (a mandatory word list); windows without one are not scanned
    prefilter: dict[str, re.Pattern]


def _literals(parsed, out: set[str]) -> None:
    """Every character a parsed pattern can compare against (literals, class members)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in parsed:
        if op in (c.LITERAL, c.NOT_LITERAL):
            out.add(chr(av))
        elif op is c.IN:
            for op2, av2 in av:
                if op2 in (c.LITERAL, c.NOT_LITERAL):
                    out.add(chr(av2))
                elif op2 is c.RANGE:
                    out.update(chr(i) for i in range(av2[0], av2[1] + 1))
                elif op2 not in (c.CATEGORY, c.NEGATE):
                    raise ValueError(op2)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            _literals(av[2], out)
        elif op is c.SUBPATTERN:
            _literals(av[-1], out)
        elif op is c.BRANCH:
            for b in av[1]:
                _literals(b, out)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _literals(av[1], out)
        elif op is c.GROUPREF_EXISTS:
            for b in av[1:]:
                if b is not None:
                    _literals(b, out)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            _literals(av, out)
        elif op not in (c.AT, c.ANY, c.CATEGORY, c.GROUPREF):
            raise ValueError(op)


def _case_sensitive(rx: re.Pattern, lits: set[str]) -> re.Pattern:
    from re import _parser  # type: ignore[attr-defined]

    found: set[str] = set()
    _literals(_parser.parse(rx.pattern, rx.flags), found)
    if any(ch.lower() != ch for ch in found):
        raise ValueError(f"pattern with an upper-case literal: {rx.pattern[:60]!r}")
    lits |= found
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


def _unsafe_lower(lits: set[str]) -> re.Pattern:
    def kind(ch: str) -> tuple[bool, bool, bool]:
        return (ch.isalnum() or ch == "_", ch.isdecimal(), ch.isspace())

    lit_rx = {p: re.compile(re.escape(p), re.IGNORECASE) for p in lits}
    any_lit = re.compile("[" + "".join(re.escape(p) for p in sorted(lits)) + "]", re.IGNORECASE)
    unsafe = set()
    for i in range(0x30000):  # no cased character beyond
        ch = chr(i)
        lo = ch.lower()
        if lo != ch:
            # multi-character or context-dependent (final sigma) lower-casing, or a different
            # \w / \d / \s class after lower-casing
            if len(lo) != 1 or ch == "\u03a3" or lo.lower() != lo or kind(ch) != kind(lo):
                unsafe.add(ch)
                continue
        if any_lit.fullmatch(ch) or lo in lit_rx:
            # a case-insensitive literal comparison must agree with comparing the lowered char
            if any(bool(r.fullmatch(ch)) != (lo == p) for p, r in lit_rx.items()):
                unsafe.add(ch)
    body = "".join(re.escape(ch) for ch in sorted(unsafe))
    return re.compile("[" + body + "]" if body else "(?!)")


@lru_cache(maxsize=1)
def fast_patterns() -> FastPatterns | None:
    """Case-sensitive copies of the case-insensitive patterns for lower-cased text, or None
    when they cannot be proven equivalent (the tagger then always uses `patterns()`)."""
    P = patterns()
    lits: set[str] = set()
    try:
        extract = tuple((k, _case_sensitive(rx, lits), prio) for k, rx, prio in P.extract)
        trigger = _case_sensitive(P.trigger, lits)
        tense = _case_sensitive(P.tense, lits)
        outer_cue = _case_sensitive(P.outer_cue, lits)
        pod_before = _case_sensitive(P.pod_before, lits)
    except (ImportError, AttributeError, ValueError):  # pragma: no cover - other Python versions
        return None
    return FastPatterns(extract, trigger, tense, outer_cue, pod_before, _unsafe_lower(lits), _prefilters())


def _required(words) -> re.Pattern:
    """Case-sensitive regex finding, for each word, its longest run of characters that
    `_pieces` compiles literally (apostrophes and spaces become classes)."""
    segs = set()
    for w in words:
        parts = [x for x in re.split(r"[' ]", w.lower()) if x]
        segs.add(max(parts, key=len))
    return re.compile(alt(segs))


# Kinds whose every match contains, as a whole token, one of the kind's anchor words (the
# month: '\s+(?P<m>{month_it})' ending at a word boundary or '.', etc.). Such a token is always a
# trigger match, so a merged window can only hold a match if one of its windows comes from an
# anchor word (not from a number).
WORD_ANCHORED = frozenset({"dmy", "dm_range", "mdy_en", "dmy_en"})


def _prefilters() -> dict[str, re.Pattern]:
    # each word list below is a mandatory (non-optional) alternation in the pattern of its
    # kind in `patterns()`; keep in sync when a pattern changes
    lex = default_lexicon()
    v = vocab()
    mo = lex.months
    month_it = _required(list(mo.full_it) + list(mo.abbr_it))
    return {
        "dmy": month_it,  # (?P<m>{month_it})
        "dm_range": month_it,  # (?P<m>{month_it})
        "mdy_en": _required(list(mo.full_en) + list(mo.abbr_en)),  # (?P<m>{month_en})
        "dmy_en": _required(mo.full_en),  # (?P<m>{month_en_full})
        "month_year": _required(list(mo.full_it) + list(mo.full_en)),  # (?P<m>{month_it_full}|{month_en_full})
        "ago": _required(lex.ago_words),  # (?:{alt(lex.ago_words)})
        "in": _required(lex.in_words),  # (?P<inw>{alt(lex.in_words)})
        "later": _required(v.later_dir),  # (?P<dir>{alt(v.later_dir)})
        "set": _required(lex.set_words),  # (?:{alt(lex.set_words)})
        "time": _required(lex.time_prepositions),  # (?:{alt(lex.time_prepositions)})
        "night": _required(lex.night_words),  # (?:{alt(lex.night_words)})
    }
