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
from transforms.memo import Memo

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
    return _trie({tuple(_pieces(w)) for w in words})


def _trie(piece_lists) -> str:
    trie: dict = {}
    for pieces in piece_lists:
        node = trie
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}
    return "(?:" + _trie_re(trie) + ")"


_APOS_RE = re.compile(APOS)
_SPACE_RE = re.compile(r"\s+")


def _norm(s: str) -> str:
    """Normalise surface text for dictionary look-ups."""
    # casefold, not lower: a case-insensitive match may hold characters that only fold to
    # the vocabulary's letters ('ſettembre', the Kelvin sign), and look-ups must find them
    # 'İ' (Turkish capital dotted I) folds to 'i' + U+0307: drop the combining dot so 'SETTİMANE' is 'settimane'.
    if s.isalnum():  # one word: no apostrophe or space, none after case folding (a test checks it)
        return s.casefold().replace("\u0307", "")
    return _SPACE_RE.sub(" ", _APOS_RE.sub("'", s.casefold().replace("\u0307", ""))).strip()


# norm(s): _norm(s), remembered (a dict look-up, no Python call, for the month names, units and cue words that
# come back in every text)
norm = Memo(_norm).__getitem__


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
    sentence_day: frozenset[str]    # relative-day words that take a day named before them in the sentence
    shift_dir: dict[str, int]  # word -> -1 past, +1 future, 0 current
    shift_units: dict[str, str]
    anaphoric: dict[str, tuple[str, int]]
    demonstrative: frozenset[str]     # anaphoric expressions that take the day last mentioned
    unanchored: dict[str, int]        # anaphoric expressions' offsets from the publication day with no day before
    vague: dict[str, str]
    inner: dict[str, str]
    outer: dict[str, str]
    fixed_durations: dict[str, str]
    set_adverbs: dict[str, str]
    vague_quantifiers: frozenset[str]
    later_dir: dict[str, int]
    week_of_month: dict[str, int]
    season_exclusions: tuple[str, ...]
    season_target: re.Pattern
    suffix_exceptions: frozenset[str]
    rate_words: dict[str, str]
    pod_anaphor: dict[str, int]
    clock_parts: dict[str, int]
    pluperfect: frozenset[str]
    future_words: frozenset[str]
    active_auxiliaries: frozenset[str]
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
        sentence_day=frozenset(norm(k) for k in lex.sentence_day_words),
        shift_dir=shift_dir,
        shift_units={norm(k): v for k, v in lex.shift_units.items()},
        anaphoric={norm(k): (a.unit, a.offset) for k, a in lex.anaphoric.items()},
        demonstrative=frozenset(norm(k) for k, a in lex.anaphoric.items() if a.last),
        unanchored={norm(k): a.unanchored for k, a in lex.anaphoric.items() if a.unanchored is not None},
        vague=vague,
        inner=inner,
        outer=outer,
        fixed_durations={norm(k): v for k, v in lex.fixed_durations.items()},
        set_adverbs={norm(k): v for k, v in lex.set_adverbs.items()},
        vague_quantifiers=frozenset(norm(w) for w in lex.vague_quantifiers),
        later_dir=later,
        week_of_month={norm(k): n for k, n in lex.week_of_month.items()},
        season_exclusions=tuple(norm(w) for w in lex.season_exclusions_after),
        season_target=re.compile(rf"(?:{'|'.join(re.escape(w) for w in lex.season_target_words) or '(?!x)x'})\w*\s+"
                                 rf"(?:\w+\s+)?(?:a|al|all['’]|alla|per|per\s+l['’]|in|nel|nell['’])\s*$", re.I),
        suffix_exceptions=frozenset(norm(w) for w in lex.tense.suffix_exceptions),
        rate_words={norm(k): v for k, v in lex.rate_words.items()},
        pod_anaphor={norm(k): v for k, v in lex.pod_anaphor_words.items()},
        clock_parts={norm(k): v for k, v in lex.clock_parts.items()},
        pluperfect=frozenset(norm(w) for w in lex.tense.pluperfect_auxiliaries),
        future_words=frozenset(norm(w) for w in lex.tense.future_words),
        active_auxiliaries=frozenset(norm(w) for w in lex.tense.active_auxiliaries),
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
    # kinds with the same anchor words (and digits or not) share their windows: kind -> group,
    # anchor word -> groups, groups of the digit runs
    window_group: dict[str, int]
    groups_by_word: dict[str, tuple[int, ...]]
    digit_groups: tuple[int, ...]
    n_groups: int
    implied_by: dict[str, str]  # see IMPLIED_BY
    dateline: re.Pattern
    dateline_date: re.Pattern
    outer_cue: re.Pattern
    outer_cue_after: re.Pattern  # outer_cue but after a character (its matches not at the text start)
    pod_before: re.Pattern
    tense: re.Pattern
    # a day right after a participle or infinitive without its auxiliary ('il cessate il fuoco
    # proclamato ieri', 'arrivato ieri sera a Roma'): a reduced clause, not the story's day in focus
    reduced_clause: re.Pattern
    sentence_break: re.Pattern
    header: re.Pattern
    # 'da mercoledì a venerdì': the text before the span's first or second weekday, and after its first
    weekday_span_before: re.Pattern
    weekday_span_after: re.Pattern
    # an indefinite article before a weekday: a day described ('una domenica di macerie'), not a day pointed at
    indefinite_before: re.Pattern
    # a word of scheduling and 'per', or a deadline, before a weekday: the day something was set for
    scheduled_for: re.Pattern
    # a denial in the clause of a bare part of the day: the reference day's
    reporting_day: re.Pattern
    # an event noun as the object of 'il giorno dopo' / 'il giorno prima' (matched right after it)
    event_object: re.Pattern


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
    week_of = alt(v.week_of_month) if v.week_of_month else r"(?!x)x"
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
        # (il 22 giugno scorso: the last 22 June before the reference)
        ("dmy", rf"\b(?P<t>(?:(?P<wd>{weekday})\s+)?(?P<d>{daynum})\s+(?P<m>{month_it})"
                rf"(?:\s*(?:del\s+|dell{APOS}anno\s+)?(?P<y>{year})|\s+(?P<sy>{same_year})|\s+(?P<sh1>{shift_pf})\b)?)", 1),
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
        ("month_year", rf"\b(?P<t>(?:(?P<inner>{inner})\s+{of}?|(?P<wk>{week_of})\s+)?(?P<m>{month_it_full}|{month_en_full})"
                       rf"\s+(?:del\s+|of\s+)?(?P<y>{year}))", 2),
        # a luglio / a fine luglio / nel mese di marzo / lo scorso dicembre
        ("month", rf"(?:\b(?P<prep>{alt(lex.month_prepositions)})\s+)?(?P<t>(?:(?P<inner>{inner})\s+{of}?|(?P<wk>{week_of})\s+)?"
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
        ("weekday", rf"\b(?P<t>(?:(?P<sh0>{shift_pf})\s+|(?P<same0>{alt(lex.same_words)})\s+)?(?P<wd>{weekday})"
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
        # ('poche ore dopo': a few hours after the day in focus is that day)
        ("later", rf"\b(?P<t>(?:(?P<n>{number})|(?P<q>{quant})){sep}(?P<u>{units})\s+(?P<dir>{alt(v.later_dir)}))\b"
                  rf"(?!\s*(?:che|di|d{APOS})\b)(?:(?=\s*(?P<np>del|della|dello|dell{APOS}|dei|delle|degli|il|lo|la|l{APOS}|i|gli|le)\b"
                  + (rf"(?!\s*(?:{alt(lex.later_words.subject_nouns)})\b)" if lex.later_words.subject_nouns else "")
                  + r"))?", 2),
        # la sera precedente, la mattina dopo (not 'la sera prima del voto')
        ("pod_anaphor", rf"\b(?P<t>(?P<pod>{pods})\s+(?P<an>{alt(v.pod_anaphor)}))\b"
                        rf"(?:(?<=stess[oa])|(?!\s*(?:che|di|del|della|dello|dell{APOS}|dei|delle|degli|d{APOS})\b))", 2),
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
    # (the comma after the place may be missing: 'Bruxelles 12 febbraio -')
    date_after_place = (rf"(?:,\s*|\s+)(?:(?i:{weekday})\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:°|º)?\s+"
                        rf"(?P<m>(?i:{month_it}|{month_en}))")
    # an agency before the place: '(AGI) - Bruxelles, 12 feb -'
    pre = r"(?:(?P<pre>\((?:[^()\n]{1,30})\)|(?-i:[A-Z]{2,10}))\s*[-–—]\s*)?"
    dateline = re.compile(
        # (an agency may stand right after the place: 'BEIRUT (Reuters), 15 maggio -')
        rf"[ \t]*{pre}(?P<place>{place})\s*(?:\([^()\n]{{1,40}}\)\s*)?{date_after_place}\s*(?P<y>{year})?\s*"
        rf"(?:(?i:ore\s+)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*)?"
        rf"(?:\((?P<agency>[^()\n]{{1,40}})\)\s*)?"
        # a dash, or a full stop that ends the dateline before the text ('Bruxelles, 12 febbraio. Ieri ...')
        rf"(?P<dash>[–—\-]{{1,2}}|\.(?=[ \t]+[A-ZÀ-Ý«\"“]))",
        re.UNICODE,
    )
    # the dateline with any run of the characters of a place for the place: lines it does not
    # match at their start are skipped (quicker to see: no backtracking through place words)
    dateline_date = re.compile(rf"[ \t]*{pre}[\w'’.\-\s()]*{date_after_place}", re.UNICODE)
    cue = rf"(?P<cue>{alt(v.outer)})\s*(?:(?:il|lo|la|l{APOS}|i|gli|le)\s*)?$"
    outer_cue = re.compile(rf"(?:^|[^\w'’]){cue}", _FLAGS)
    # the same but at the text start: it starts with a class, which `re` skips to quickly
    outer_cue_after = re.compile(rf"[^\w'’]{cue}", _FLAGS)
    pod_before = re.compile(rf"\b(?P<pod>{pods})\s+(?:di|del|dell{APOS}|d{APOS})\s*$", _FLAGS)

    t = lex.tense
    adverb = rf"(?:{alt(t.adverbs)}|\w+mente)"
    tense = re.compile(
        rf"\b(?:(?P<past>(?P<aux>{alt(t.past_auxiliaries + t.pluperfect_auxiliaries)})\s+(?:{adverb}\s+){{0,2}}"
        rf"(?P<part>\w+(?:{alt(t.past_participle_suffixes)})))\b"
        rf"|(?P<pastw>{alt(t.past_words)})\b"
        rf"|(?<!l['’])(?P<futw>{alt(t.future_words)})\b"
        # (a wire future 'entrera'' ends on its apostrophe: no word boundary after it)
        rf"|(?P<fut>\w+(?:{alt(t.future_suffixes)}))(?![\w'’])|(?P<futw2>\w+r[aà]['’])(?![\w'’]))",
        _FLAGS,
    )
    reduced_clause = re.compile(
        rf"(?:^|[^\w'’])(?!(?:{alt(t.past_auxiliaries + t.pluperfect_auxiliaries)}|{adverb})\s)[\w'’]+[\s,]+"
        rf"\w+(?:{alt(t.past_participle_suffixes + ['are', 'ere', 'ire'])})\s+\Z", _FLAGS)
    # '[.!?;:\n]\s|\n' written to start with a character class, which `re` skips to in C
    sentence_break = re.compile(r"[.!?;:\n](?:\s|(?<=\n))")
    header = re.compile(r"^\s*date\s+(?P<d>\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*", re.IGNORECASE)
    weekday_span_before = re.compile(rf"(?<![\w'’])da\s+(?:(?:{weekday})\s+a\s+)?$", _FLAGS)
    weekday_span_after = re.compile(rf"\s+a\s+(?:{weekday})(?![\w'’])", _FLAGS)
    indefinite_before = re.compile(r"(?<![\w'’])un[a'’]?\s*\Z", _FLAGS)
    reporting_day = re.compile(rf"(?<![\w'’])(?:{alt(lex.reporting_day_words)})", _FLAGS) \
        if lex.reporting_day_words else re.compile(r"(?!x)x")
    event_object = re.compile(rf"\s*(?:il|lo|la|l['’]|gli|le|i)\s*(?:{alt(lex.event_nouns)})", _FLAGS) \
        if lex.event_nouns else re.compile(r"(?!x)x")
    # ('previsto per l'alba di venerdì': a part of the day between)
    scheduled_for = re.compile(rf"(?<![\w'’])(?:(?:{alt(t.scheduled_for)})\s+per(?:\s+(?:l['’]|la|il)\s*"
                               rf"(?:{alt(list(lex.parts_of_day))}|alba)\s+(?:di|del))?|{alt(t.deadline_words)})\s+\Z",
                               _FLAGS) if t.scheduled_for and t.deadline_words else re.compile(r"(?!x)x")
    anchors = _anchor_words(lex, v)
    by_word: dict[str, set[str]] = {}
    for kind, words in anchors.items():
        for w in words:
            by_word.setdefault(w, set()).add(kind)
    trigger = re.compile(rf"\b(?:{alt(by_word)})\b|\d+", _FLAGS)
    digit_kinds = frozenset({"time", "dmy", "dm_range", "numeric", "iso", "year", "duration", "ago", "in", "later", "set",
                             "mdy_en", "dmy_en", "month_year"})
    signature = {k: (frozenset(anchors.get(k, ())), k in digit_kinds) for k, _, _ in extract}
    group_ids = {sig: i for i, sig in enumerate(dict.fromkeys(signature.values()))}
    window_group = {k: group_ids[sig] for k, sig in signature.items()}
    groups_by_word = {w: tuple(sorted({window_group[k] for k in ks})) for w, ks in by_word.items()}
    digit_groups = tuple(sorted({window_group[k] for k in digit_kinds}))
    # IMPLIED_BY holds if the duration's number and unit end with a word character ('\b' after them)
    implied_by = {k: k2 for k, k2 in IMPLIED_BY.items() if window_group[k] == window_group[k2]}
    if not all(re.fullmatch(r".*\w", w) for w in list(lex.units) + list(lex.vague_quantifiers) + list(v.numbers)):
        implied_by = {}
    return Patterns(extract, trigger, {w: frozenset(k) for w, k in by_word.items()}, digit_kinds,
                    window_group, groups_by_word, digit_groups, len(group_ids), implied_by, dateline,
                    dateline_date, outer_cue, outer_cue_after, pod_before, tense, reduced_clause, sentence_break, header,
                    weekday_span_before, weekday_span_after, indefinite_before, scheduled_for, reporting_day, event_object)


# Kind -> kind: a window of their (shared) group in which the pattern of the first matches is one
# in which the pattern of the second matches. 'tre giorni fa', 'tra due settimane', 'due giorni
# dopo': the number and the unit they match, with the same `{number}`, `{quant}`, `{sep}`,
# `{units}` and a word boundary after the unit, are a match of the duration pattern at the
# number. The tagger scans such windows with the second pattern first, and only the windows
# where it matched with the first. Keep in sync when one of these patterns changes.
IMPLIED_BY = {"ago": "duration", "in": "duration", "later": "duration"}
# ... and the kinds whose match starts at that number ('tre giorni fa'; not 'tra due settimane'):
# none of their matches starts before the first match of the duration pattern in the window
SAME_START = frozenset({"ago", "later"})


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
    outer_cue_after: re.Pattern
    pod_before: re.Pattern
    # outer_cue_after with a class of separators but apostrophes (a bitmap: quicker than a class
    # with `\w`, the same on a text without characters beyond the BMP); pod_before led by a separator
    outer_cue_sep: re.Pattern
    pod_before_sep: re.Pattern
    unsafe_lower: re.Pattern  # a character for which text.lower() is not equivalent to re.IGNORECASE
    # kind -> function (text, start, end) -> whether text[start:end] holds a part of every match
    # of that kind's pattern (one of its mandatory words, ...); windows without one are not scanned
    prefilter: dict[str, object]
    cut_anchor: dict[str, tuple[re.Pattern, int] | None]  # see `_cut_anchors`
    # separator-led copies (see `separator_led`), usable on a lower-cased text without characters
    # beyond the BMP: the trigger scan, kind -> extraction pattern, tense cues
    tokens: tuple[re.Pattern, re.Pattern]  # the trigger scan: see `fast_patterns`
    start_word: re.Pattern  # an anchor word at the text start (the trigger scan's)
    extract_sep: dict[str, re.Pattern]
    # kind -> detector of a place where its pattern could match inside a word: where there is
    # none, its separator-led copy finds all its matches (see `_mid_word_starts`)
    mid_word: dict[str, re.Pattern]
    tense_sep: re.Pattern | None
    # a character of `unsafe_lower`, or one beyond the BMP (or lowered beyond it): for the texts
    # in which the trigger scan met a suspect character, or with characters beyond the BMP
    no_separator_class: re.Pattern


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


def _unsafe_lower(lits: set[str]) -> set[str]:
    """The characters for which text.lower() is not equivalent to re.IGNORECASE."""
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
    return unsafe


def _char_class(chars, extra: str = "") -> re.Pattern:
    """A class of the given characters (and of the class syntax `extra`); never matches if empty."""
    body = "".join(re.escape(ch) for ch in sorted(chars)) + extra
    return re.compile("[" + body + "]" if body else "(?!)")


@lru_cache(maxsize=1)
def plural_subject() -> re.Pattern:
    """The plural subject of a clause right after 'N giorni dopo' ('i suoi miliziani'): the count is from the last
    day, not the time since an event."""
    nouns = default_lexicon().later_words.plural_subjects
    if not nouns:
        return re.compile("(?!)")
    return re.compile(rf"\s*(?:i|gli|le)\s+(?:(?:suoi|sue|loro|propri|proprie)\s+)?(?:{alt(nouns)})\b", _FLAGS)


@lru_cache(maxsize=1)
def fast_patterns() -> FastPatterns | None:
    """Case-sensitive copies of the case-insensitive patterns for lower-cased text, or None
    when they cannot be proven equivalent (the tagger then always uses `patterns()`)."""
    from re import _parser  # type: ignore[attr-defined]

    P = patterns()
    lits: set[str] = set()
    try:
        extract = tuple((k, _case_sensitive(rx, lits), prio) for k, rx, prio in P.extract)
        trigger = _case_sensitive(P.trigger, lits)
        tense = _case_sensitive(P.tense, lits)
        outer_cue = _case_sensitive(P.outer_cue, lits)
        outer_cue_after = _case_sensitive(P.outer_cue_after, lits)
        pod_before = _case_sensitive(P.pod_before, lits)
        unsafe = _unsafe_lower(lits)
        sep = _separators()
        if any(not re.fullmatch(r"[^\W\d_]+", w) for w in P.kinds_by_word):
            raise ValueError("an anchor word that is not a single token of letters")
        # what lower-casing makes of the `unsafe` characters when it keeps the text's length
        suspects = {x for u in unsafe for x in (u.lower(), ("a" + u).lower()[1:], ("a" + u + "a").lower()[1:-1])
                    if len(x) == 1}
        if any(ch in w for ch in suspects for w in P.kinds_by_word):
            raise ValueError("an anchor word holding a suspect character")
        # the trigger scan in two passes: an anchor word (group 1) after a space (a literal:
        # found much quicker than a class); a suspect character (above; group 1, empty), a digit
        # run (from its first digit; no group), or an anchor word (group 2) after another separator
        anchors = alt(P.kinds_by_word)
        flagged = _bmp_class(sorted(map(ord, suspects)))
        starts = _bmp_class(sorted({i for i in sep if i != 32} | set(_BMP_DIGITS) | set(map(ord, suspects))))
        tokens = (re.compile(rf" ({anchors})\b"),
                  re.compile(rf"[{starts}](?:(?<=[{flagged}])()|(?<=\d)\d*|({anchors})\b)"))
        mid_word = _mid_word_starts()
        extract_sep = {k: rs for k, rx, _ in extract if (rs := separator_led(rx, sep, k in mid_word)) is not None}
        if set(mid_word) - set(extract_sep):
            raise ValueError("a pattern with a mid-word detector but no separator-led copy")
        tense_sep = separator_led(tense, sep)
        pod_before_sep = separator_led(pod_before, sep)
        not_word = "[^\\w'’]"
        if not outer_cue_after.pattern.startswith(not_word) or pod_before_sep is None:
            raise ValueError("outer_cue_after or pod_before changed: update their copies")
        cue = outer_cue_after.pattern[len(not_word):]
        cue_first = _word_first_class(list(_parser.parse(cue, outer_cue_after.flags)))
        cue_sep = _bmp_class([i for i in sep if chr(i) not in "'’"])
        outer_cue_sep = re.compile(f"[{cue_sep}](?=[{cue_first}])" + cue, outer_cue_after.flags)
    except (ImportError, AttributeError, ValueError):  # pragma: no cover - other Python versions
        return None
    if BEYOND_BMP_SEPARATOR in lits or re.match(r"[\w\s]", BEYOND_BMP_SEPARATOR):
        return None  # pragma: no cover - a pattern naming it: choose another one
    # a character beyond the BMP, or one whose lower case is (none today: checked, not assumed)
    leaves_bmp = {chr(i) for i in _BMP if max(map(ord, chr(i).lower())) > 0xFFFF}
    no_sep = _char_class(unsafe | leaves_bmp, "\U00010000-\U0010ffff")
    return FastPatterns(extract, trigger, tense, outer_cue, outer_cue_after, pod_before, outer_cue_sep, pod_before_sep,
                        _char_class(unsafe),
                        _prefilters(), _cut_anchors(), tokens, re.compile(rf"({anchors})\b"), extract_sep,
                        mid_word, tense_sep, no_sep)


# ------------------------------------------------------------------ separator-led copies
#
# `re` tries a pattern at every position of the searched range, unless the pattern starts with
# a literal or a character class: it then skips, in C, to the next position holding one. Most
# patterns start with `\b` before a word character, so they can only match at the text start
# or right after a non-word character (a separator). `[SEP]` + the rest of such a pattern, SEP
# being every non-word character, matches the same text one character earlier, and is only
# tried after separators: a fraction of the positions.
#
# SEP is a bitmap of the non-word characters of the Basic Multilingual Plane (a class of
# categories, or a range beyond the BMP, is checked much more slowly), so the copies are only
# used on a lower-cased text without a character beyond the BMP: the tagger (`_Doc.check`)
# replaces a non-word character beyond the BMP (emoji) by `BEYOND_BMP_SEPARATOR`, a non-word
# character that no pattern names, and keeps the plain patterns for a text with a word
# character beyond the BMP. Callers try the original pattern at the text start, where there is
# no separator.

BEYOND_BMP_SEPARATOR = "\ufffc"  # OBJECT REPLACEMENT CHARACTER

_BMP = range(0x10000)
_BMP_DIGITS = [i for i in _BMP if chr(i).isdecimal()]  # what `\d` matches in the BMP


def _bmp_class(codes: list[int]) -> str:
    """Body of a character class holding exactly the given code points (sorted)."""
    runs: list[list[int]] = []
    for i in codes:
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


def _separators() -> list[int]:
    r"""Every non-word character of the BMP (what `\W` matches there)."""
    w = re.compile(r"\w")
    return [i for i in _BMP if not w.match(chr(i))]


def _first_chars(items) -> tuple[list[tuple[int, int]] | None, bool]:
    """(the first characters a parsed sequence can consume, as code point ranges (first, last)
    with (-1, -1) for `\\d` and (-2, -2) for `\\w`; None if unknown; whether the sequence can
    match the empty string)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[tuple[int, int]] | None = []
    for op, av in items:
        if op is c.LITERAL:
            return (None if out is None else out + [(av, av)]), False
        if op is c.IN:
            for op2, av2 in av:
                if out is None:
                    break
                if op2 is c.LITERAL:
                    out.append((av2, av2))
                elif op2 is c.RANGE:
                    out.append(av2)
                elif op2 is c.CATEGORY and av2 in (c.CATEGORY_DIGIT, c.CATEGORY_WORD):
                    out.append((-1, -1) if av2 is c.CATEGORY_DIGIT else (-2, -2))
                else:
                    out = None
            return out, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        if op is c.SUBPATTERN:
            f, empty = _first_chars(av[-1])
        elif op is c.BRANCH:
            res = [_first_chars(b) for b in av[1]]
            f = None if any(r[0] is None for r in res) else [x for r in res for x in r[0]]
            empty = any(r[1] for r in res)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            f, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        else:
            return None, True
        out = None if out is None or f is None else out + f
        if not empty:
            return out, False
    return out, True


def _word_first_class(items) -> str | None:
    r"""Body of a class of the first characters a parsed sequence can consume (`_first_chars`),
    or None unless they are known, all word characters, in the BMP, and the sequence cannot
    match the empty string."""
    first, empty = _first_chars(items)
    if first is None or empty:
        return None
    w = re.compile(r"\w")
    if any(a >= 0 and (b > 0xFFFF or not all(w.match(chr(i)) for i in range(a, b + 1))) for a, b in first):
        return None
    if (-2, -2) in first:
        return r"\w"
    return "".join(r"\d" if a == -1 else f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}"
                   for a, b in sorted(set(first)))


_NOT_AFTER = re.compile(r"\(\?<!\[\\w([^\]\\]*)\]\)")  # '(?<![\w.,])': not after a word character, '.' or ','


def separator_led(rx: re.Pattern, sep: list[int], mid_word: bool = False) -> re.Pattern | None:
    r"""A copy of rx led by a separator, when every match of rx starts with a word character:

    - rx starts with `\b`: `[SEP]` + rx without it (rx matches at p > 0 iff the copy matches at p - 1);
    - rx starts with `(?<![\w...])`: the same with a class of SEP but the characters named;
    - mid_word: `[SEP]` + rx, matching at p - 1 iff rx matches at p > 0 after a separator.
      The caller checks that rx cannot match after a word character (`_mid_word_starts`).

    None otherwise. A match of the copy spans one character more (the separator) than the match
    of rx."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    items = list(_parser.parse(rx.pattern, rx.flags))
    if mid_word:
        codes, rest = sep, rx.pattern
    elif rx.pattern.startswith(r"\b") and items and items[0] == (c.AT, c.AT_BOUNDARY):
        codes, rest, items = sep, rx.pattern[2:], items[1:]
    elif (lb := _NOT_AFTER.match(rx.pattern)) and items and items[0][0] is c.ASSERT_NOT:
        named = {ord(ch) for ch in lb.group(1)}
        codes, rest, items = [i for i in sep if i not in named], rx.pattern[lb.end():], items[1:]
    else:
        return None
    first = _word_first_class(items)
    if first is None:
        return None
    # the class of the first characters too, checked at once after the separator (quicker to fail)
    check = "" if first == r"\w" else f"(?=[{first}])"
    return re.compile(f"[{_bmp_class(codes)}]{check}" + rest, rx.flags)


def _glued(words, digits: tuple[str, ...] = ()) -> str:
    r"""Regex of a word of `words` (as `alt` compiles it) or of a string of `digits` right after a
    word character; it starts with a class, the words' and digits' first characters, which `re`
    skips to quickly: each branch is its first character, `(?<=\w.)`, then the rest."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for w in words:
        pieces = _pieces(w)
        by_first.setdefault(pieces[0], set()).add(tuple(pieces[1:]))
    branches = [first + r"(?<=\w.)" + _trie(rests) for first, rests in sorted(by_first.items())]
    branches += [re.escape(d[0]) + r"(?<=\w.)" + re.escape(d[1:]) for d in digits]
    return "(?:" + "|".join(branches) + ")"


def _mid_word_starts() -> dict[str, re.Pattern]:
    r"""Kind -> regex of every way its pattern can start inside a word (after a word character):
    the 'month' and 'year' patterns have no `\b` before their inner modifier ('fine'), shift word
    ('scorso'), month or year; keep in sync with them. Windows without one are scanned with the
    separator-led copy of the pattern."""
    lex = default_lexicon()
    v = vocab()
    return {
        "month": re.compile(_glued(list(v.inner) + [w for w, d in v.shift_dir.items() if d != 0]
                                   + list(lex.months.full_it))),
        "year": re.compile(_glued(list(v.inner), digits=("18", "19", "20"))),
    }


def _required(words):
    """A function (text, start, end) -> whether, for one of the words, its longest run of
    characters that `_pieces` compiles literally (apostrophes and spaces become classes) occurs
    in text[start:end]: `str.find` for a few runs, else a case-sensitive regex of them."""
    segs = set()
    for w in words:
        parts = [x for x in re.split(r"[' ]", w.lower()) if x]
        segs.add(max(parts, key=len))
    segs = {x for x in segs if not any(y != x and y in x for y in segs)}  # one inside: enough
    if len(segs) > 3:
        return re.compile(alt(segs)).search
    runs = tuple(sorted(segs))

    def occurs(text: str, start: int, end: int) -> bool:
        for x in runs:
            if text.find(x, start, end) >= 0:
                return True
        return False

    return occurs


def _cut_anchors() -> dict[str, tuple[re.Pattern, int] | None]:
    r"""For each kind of WORD_ANCHORED: in a window without an anchor word token, a match can
    only hold its month (after `\s`) or unit (after `\s` or an apostrophe) as the part of a word
    the window's end cuts ('12 marzo|lino'), ending there: a regex of that, and the number of
    characters before the end it needs; None when that word cannot end a match ('{month_en}' is
    followed by the day, '{month_it_full}|{month_en_full}' by the year)."""
    lex = default_lexicon()
    mo = lex.months
    out: dict[str, tuple[re.Pattern, int] | None] = {}
    for kinds, words, before in ((("dmy", "dm_range"), list(mo.full_it) + list(mo.abbr_it), r"\s"),
                                 (("dmy_en",), list(mo.full_en), r"\s"),
                                 (("duration",), list(lex.units), rf"(?:\s|{APOS})")):
        rx = re.compile(rf"{before}{alt(words)}\Z")
        for k in kinds:
            out[k] = (rx, max(len(w) for w in words) + 1)
    out["mdy_en"] = out["month_year"] = None
    return out


# Kinds whose every match contains, as a whole token, one of the kind's anchor words (the
# month: '\s+(?P<m>{month_it})' ending at a word boundary or '.'; the unit of a duration, after
# a space or an apostrophe, etc.), unless the window's end cuts it (`_cut_anchors`). Such a token
# is always a trigger match, so a merged window can only hold a match if one of its windows
# comes from an anchor word (not from a number).
WORD_ANCHORED = frozenset({"dmy", "dm_range", "mdy_en", "dmy_en", "month_year", "duration"})


def _prefilters() -> dict[str, object]:
    # each word list below is a mandatory (non-optional) alternation in the pattern of its
    # kind in `patterns()`, and each other regex a part of every match of that pattern with the
    # same meaning at a window's end; keep in sync when a pattern changes. Each starts with a
    # literal or a class, which `re` skips to quickly. (The WORD_ANCHORED kinds need none; the
    # tagger runs the tests of the numbers' regexes on the digit runs it found: a test checks
    # that they agree.)
    lex = default_lexicon()
    v = vocab()
    return {
        "ago": _required(lex.ago_words),  # (?:{alt(lex.ago_words)})
        "in": _required(lex.in_words),  # (?P<inw>{alt(lex.in_words)})
        "later": _required(v.later_dir),  # (?P<dir>{alt(v.later_dir)})
        "set": _required(lex.set_words),  # (?:{alt(lex.set_words)})
        "time": _required(lex.time_prepositions),  # (?:{alt(lex.time_prepositions)})
        "night": _required(lex.night_words),  # (?:{alt(lex.night_words)})
        "numeric": re.compile(r"[/.\-](?<=\d.)[0-9]").search,  # (?P<d>...\d)(?P<sep>[/.\-])(?P<m>1[0-2]|0?[1-9])
        "iso": re.compile(r"-(?<=\d-)[01][0-9]-").search,  # (?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-
        "year": re.compile(r"(?:1[89]|20)\d\d(?!\d)").search,  # (?P<y>{year})
    }
