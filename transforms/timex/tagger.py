"""Italian temporal tagger: find expressions, then resolve them in document order
against a Reference (publication date) and the last day mentioned (anaphora).

Pure functions: nothing here reads the clock."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from datetime import date, datetime, timedelta

from transforms.timex.model import (
    Dateline,
    Reference,
    Timex,
    month_end,
    season_range,
    shift,
    unit_value,
    value_range,
)
from transforms.timex.patterns import (
    BEYOND_BMP_SEPARATOR,
    SAME_START,
    WORD_ANCHORED,
    fast_patterns,
    norm,
    patterns,
    plural_subject,
    vocab,
)

_RANK = {"DAY": 3, "MONTH": 2, "YEAR": 1, "UNKNOWN": 0}
_NEED = {"D": "DAY", "W": "DAY", "WE": "DAY", "M": "MONTH", "Y": "YEAR"}
_PLACEHOLDER = {
    "D": ("XXXX-XX-XX", "DAY"),
    "W": ("XXXX-WXX", "WEEK"),
    "WE": ("XXXX-WXX-WE", "WEEK"),
    "M": ("XXXX-XX", "MONTH"),
    "Y": ("XXXX", "YEAR"),
}
PAST, FUTURE = -1, 1


class _Cand:
    __slots__ = ("s", "e", "kind", "m", "prio", "src")

    def __init__(self, s: int, e: int, kind: str, m: re.Match, prio: int, src: str):
        self.s, self.e, self.kind, self.m, self.prio = s, e, kind, m, prio
        self.src = src  # the pattern kind that produced it ('dm_range' for 'dm_first' and its 'dmy')


# ------------------------------------------------------------------ helpers


def _g(m: re.Match, name: str) -> str | None:
    """Group `name` of m, None if its pattern has no such group (without raising: quicker)."""
    return m.group(name) if name in m.re.groupindex else None


def _num(s: str | None) -> float | None:
    if s is None:
        return None
    k = norm(s)
    if k.endswith("'"):
        k = k[:-1]
    v = vocab()
    if k in v.numbers:
        return v.numbers[k]
    if k in ("un", "uno", "una"):
        return 1
    try:
        return float(k.replace(",", ".")) if ("," in k or "." in k) else int(k)
    except ValueError:
        return None


def _day(s: str) -> int | None:
    k = norm(s).rstrip("°º")
    if k.isdigit():
        return int(k)
    return _ordinal(k)


def _ordinal(k: str) -> int | None:
    from transforms.timex.lexicon import default_lexicon

    return default_lexicon().ordinal_days.get(k)


def _month(s: str) -> int | None:
    k = norm(s).rstrip(".")
    if k.isdigit():
        return int(k)
    return vocab().months.get(k)


def _is_abbrev(tok: str) -> bool:
    from transforms.timex.lexicon import default_lexicon

    mo = default_lexicon().months
    k = norm(tok).rstrip(".")
    return k not in mo.full_it and k not in mo.full_en


def _year(s: str) -> int:
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _valid(y: int | None, mo: int, d: int) -> bool:
    try:
        date(2000 if y is None else y, mo, d)  # 2000 is a leap year: 29 febbraio stays valid
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------ tense


_SUBORDINATE = re.compile(r"\s(?:che|quando|dove|mentre|perché|se)\s|[;:]|,\s(?:e|ed|ma)\s")


def _tense(doc: "_Doc", s: int, e: int) -> int | None:
    """PAST / FUTURE from the nearest verb cue in the same sentence, or None."""
    return _clause(doc, s, e)[0]


def _reduced_clause(st: "_State") -> bool:
    """Whether the day last mentioned follows a participle or infinitive without its auxiliary
    ('il cessate il fuoco proclamato ieri'): the day of a reduced clause, not of the story."""
    s = st.days[-1][1]
    return patterns().reduced_clause.search(st.text, max(0, s - 60), s) is not None


def _opens_next_paragraph(st: "_State", s: int) -> bool:
    """Whether the span at ``s`` opens the paragraph right after the one of the day last mentioned ('... è atterrato
    ieri a Rabat ...\n\nNel pomeriggio il re ha ricevuto ...': the afternoon of that day)."""
    between = st.text[st.last_day_end:s]
    return between.count("\n") == 2 and between.count("\n\n") == 1 and len(between.rsplit("\n", 1)[1]) <= 5


def _reporting_clause(st: "_State", s: int, e: int) -> bool:
    """Whether a denial stands in the clause of the span s..e (up to 45 characters before it, 35 after, no
    punctuation between)."""
    P, text = patterns(), st.text
    before = text[max(0, s - 45):s]
    cut = max(before.rfind(c) for c in ".;:!?\n")
    lo = max(0, s - 45) + cut + 1
    after = text[e:e + 35]
    hi = e + min((i for i in (after.find(c) for c in ".;:!?\n,") if i >= 0), default=len(after))
    return P.reporting_day.search(text, lo, hi) is not None


def _pluperfect(doc: "_Doc", s: int, e: int) -> bool:
    """Whether the nearest verb cue is a pluperfect ('aveva incontrato'): background."""
    return _clause(doc, s, e)[1]


def _clause(doc: "_Doc", s: int, e: int) -> tuple[int | None, bool]:
    """(PAST / FUTURE / None, pluperfect) from the nearest verb cue in the same sentence."""
    key = (s, e)
    try:
        return doc.tense_cache[key]
    except KeyError:
        pass
    text = doc.low
    sentence_break = patterns().sentence_break
    v = vocab()
    lo = max(0, s - 250)
    ss = lo
    for mm in sentence_break.finditer(text, lo, s):
        ss = mm.end()
    se_m = sentence_break.search(text, e, min(len(text), e + 250))
    se = se_m.start() if se_m else min(len(text), e + 250)
    best: tuple[int, int, bool] | None = None
    for ms, mm in _scan(doc, doc.pats.tense, doc.pats.tense_sep if doc.sep else None, ss, se):
        if ms < e and mm.end() > s:
            continue
        plup = False
        if mm.group("past"):
            part = norm(mm.group("part"))
            if part in v.suffix_exceptions:
                continue
            if part in v.future_words and not (ms >= e and norm(mm.group("aux")) in v.active_auxiliaries):
                direction = FUTURE      # 'è atteso', 'è previsto': scheduled, future (not 'Venerdì ha rinviato')
            else:
                direction = PAST
                plup = norm(mm.group("aux")) in v.pluperfect
        elif mm.group("pastw"):
            direction = PAST
        elif mm.group("futw"):
            direction = FUTURE
        else:
            w = norm(mm.group("fut") or mm.group("futw2"))
            if w in v.suffix_exceptions or len(w) < 4:
                continue
            direction = FUTURE
        if mm.end() <= s:
            dist = s - mm.end()
            if _SUBORDINATE.search(text, mm.end(), s):
                dist += 1000     # 'ha confermato che venerdì ... sarà ricevuto', 'è stata rinviata, e lunedì
                #                  il governo ha annullato': another clause's verb
        else:
            dist = ms - e
        if best is None or dist < best[0]:
            best = (dist, direction, plup)
    out = (best[1], best[2]) if best else (None, False)
    doc.tense_cache[key] = out
    return out


# ------------------------------------------------------------------ candidates


def _accept(kind: str, m: re.Match, text: str, dateline_end: int = -1) -> bool:
    v = vocab()
    if kind in ("dmy", "dm_range") or (kind == "night" and m.group("m")):
        tok = text[m.start("m"):m.end("m")]  # original case (m may come from the lowered text)
        if _is_abbrev(tok) and not (tok.endswith(".") or tok.isupper() or m.group("y") or m.end("m") <= dateline_end):
            return False
        return True
    if kind == "time":
        return not (m.group("hw") and not m.group("cp"))  # 'alle tre' alone: not a clock time
    if kind in ("pod", "pod_anaphor"):
        return text[m.start("pod")].islower()  # 'Alba' (a town)
    if kind == "month":
        if not (m.group("prep") or m.group("inner") or m.group("wk") or m.group("sh0") or m.group("sh1")):
            return False
        return text[m.start("m"):m.end("m")].islower()
    if kind == "year":
        return bool(m.group("prep") or m.group("inner"))
    if kind == "season":
        after = norm(text[m.end("t"): m.end("t") + 20])
        if any(after.startswith(x) for x in v.season_exclusions):
            return False
        return text[m.start("s")].islower() or m.start("t") == 0 or text[m.start("t") - 1] in "'’"
    if kind == "relunit":
        u = v.shift_units[norm(m.group("u"))]
        return bool(m.group("inner") or m.group("sh0") or m.group("sh1") or u == "WE")
    if kind == "duration":
        unit = v.units[norm(m.group("u"))]
        n = _num(m.group("n"))
        if unit == "S" and n == 1:
            return False  # 'un secondo incontro'
        if n is not None and n != 1 and norm(m.group("u")) in v.singular_units:
            return False  # 'alle 7 ora locale'
        return True
    return True


_BACK, _AHEAD = 45, 35  # window around an anchor word in which its patterns are tried


class _Doc:
    """Per-text data shared by reference_for / tag calls on the same text.

    `low` is the text the patterns run on: the lower-cased text with the case-sensitive
    `fast_patterns()` when that is equivalent (same length, no `unsafe_lower` character),
    else the text itself with the case-insensitive `patterns()`. Spans are the same in both.
    `sep`: the separator-led copies of the fast patterns can be used (see `_scan`).

    A lower-cased text of the same length without characters beyond the BMP is taken to be
    equivalent until the trigger scan (`_windows`, the first use of `low`) meets the lower case
    of an unsafe character: `check` then settles it (at once for characters beyond the BMP)."""

    __slots__ = ("text", "low", "pats", "sep", "checked", "digit_runs", "cands", "tense_cache", "dateline")

    def __init__(self, text: str):
        self.text = text
        F = fast_patterns()
        low = text.lower() if F is not None else None
        if low is None or len(low) != len(text):
            self.low, self.pats, self.sep, self.checked = text, patterns(), False, True
        else:
            self.low, self.pats, self.sep, self.checked = low, F, True, False
            if len(low.encode("utf-16-le", "surrogatepass")) != 2 * len(low):  # beyond the BMP
                self.check()
        self.digit_runs: tuple[list[int], list[int]] = ([], [])  # (starts, ends), by `_windows`
        self.cands: list[_Cand] | None = None
        self.tense_cache: dict[tuple[int, int], tuple[int | None, bool]] = {}
        self.dateline: tuple[Dateline, re.Match] | None | bool = False  # False: not computed

    def check(self) -> None:
        """Settle the mode of a lower-cased text (see the class)."""
        self.checked = True
        F, text, low = self.pats, self.text, self.low
        beyond = []  # positions of the characters of low beyond the BMP
        for m in F.no_separator_class.finditer(text):  # lowered beyond it or not, they are in there
            i = m.start()
            if F.unsafe_lower.match(text, i):
                self.low, self.pats, self.sep = text, patterns(), False
                return
            if ord(low[i]) > 0xFFFF:
                beyond.append(i)
        if any(_is_word_char(low[i]) for i in beyond):
            self.sep = False
        elif beyond:
            # only non-word characters beyond the BMP (emoji): one in the separator class
            parts, last = [], 0
            for i in beyond:
                parts += [low[last:i], BEYOND_BMP_SEPARATOR]
                last = i + 1
            self.low = "".join(parts) + low[last:]


_last_doc: _Doc | None = None


def _doc(text: str) -> _Doc:
    """The _Doc of `text`; the last one is kept (reference_for then tag on one article)."""
    global _last_doc
    d = _last_doc
    if d is not None and (d.text is text or d.text == text):
        return d
    d = _Doc(text)
    _last_doc = d
    return d


_GROUPS_CACHE: dict[str, tuple[int, ...]] = {}


def _trigger_groups(w: str) -> tuple[int, ...]:
    """The window groups (`Patterns.window_group`) of a trigger match: a digit run or an anchor word."""
    groups = _GROUPS_CACHE.get(w)
    if groups is None:
        P = patterns()
        groups = P.digit_groups if w[0].isdigit() else P.groups_by_word.get(norm(w), ())
        if len(_GROUPS_CACHE) < 10000:
            _GROUPS_CACHE[w] = groups
    return groups


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # re's \w for str patterns


def _scan(doc: _Doc, rx: re.Pattern, rs: re.Pattern | None, lo: int, hi: int) -> list[tuple[int, re.Match]]:
    """(start, match) of `rx.finditer(doc.low, lo, hi)`, using rs, the separator-led copy of rx
    (`patterns.separator_led`), when there is one and the text allows it. A match of rs starts
    one character before the match of rx it stands for: at the separator."""
    low = doc.low
    if rs is None or not doc.sep:
        return [(m.start(), m) for m in rx.finditer(low, lo, hi)]
    out = []
    pos = lo - 1
    if lo == 0:  # no separator before the text start: rx itself
        m = rx.match(low, 0, hi)
        pos = 0
        if m is not None:
            out.append((0, m))
            pos = m.end() - 1
    search = rs.search
    while True:
        # rx resumes at the end of its last match; a match of rs may start there with the last
        # character of that match as its separator
        m = search(low, pos, hi)
        if m is None:
            return out
        out.append((m.start() + 1, m))
        pos = m.end() - 1


def _windows(doc: _Doc) -> dict[int, list[list]]:
    """Window group -> the windows around its trigger matches: (start, end, from a word),
    in text order, merged where they overlap or touch."""
    low = doc.low
    n = len(low)
    P = patterns()
    triggers: list[tuple[int, int, tuple[int, ...], bool]] = []  # (start, end, groups, word)
    if doc.sep:
        # the trigger scan with separator-led patterns (`FastPatterns.tokens`) after the text
        # start: an anchor word (group 1) after a space; a digit run from its first digit, or an
        # anchor word (group 2) after another separator, or a character for `_Doc.check`
        F = doc.pats
        by_word, digits = P.groups_by_word, P.digit_groups
        pos = 0
        m = F.start_word.match(low)
        if m is not None:
            triggers.append((0, m.end(), by_word[m.group(1)], True))
            pos = m.end()
        else:
            m = F.trigger.match(low)  # a digit run
            if m is not None:
                triggers.append((0, m.end(), digits, False))
                pos = m.end()
        after_space, after_other = F.tokens
        for tm in after_other.finditer(low, pos):
            group = tm.lastindex
            if group == 2:
                triggers.append((*tm.span(2), by_word[tm.group(2)], True))
            elif group is None:
                triggers.append((*tm.span(), digits, False))
            elif not doc.checked:
                doc.check()
                return _windows(doc)
        triggers += [(tm.start() + 1, tm.end(), by_word[tm.group(1)], True) for tm in after_space.finditer(low, pos)]
        triggers.sort()
    else:
        for tm in doc.pats.trigger.finditer(low):
            w = tm.group()
            triggers.append((*tm.span(), _trigger_groups(w), not w[0].isdigit()))

    doc.digit_runs = ([ts for ts, _, _, word in triggers if not word], [te for _, te, _, word in triggers if not word])
    # triggers come in text order, so do their windows: extend the last window of a group, or
    # open one ([start, end, word] lists)
    out: dict[int, list[list]] = {}
    last: list[list | None] = [None] * P.n_groups  # group -> its last window
    for ts, te, groups, word in triggers:
        lo = ts - _BACK if ts > _BACK else 0
        hi = te + _AHEAD if te + _AHEAD < n else n
        for g in groups:
            cur = last[g]
            if cur is None:
                last[g] = cur = [lo, hi, word]
                out[g] = [cur]
            elif lo <= cur[1]:
                if hi > cur[1]:
                    cur[1] = hi
                if word:
                    cur[2] = True
            else:
                last[g] = cur = [lo, hi, word]
                out[g].append(cur)
    return out


class _Kind:
    """How the tagger runs the pattern of one kind on a text's windows (per pattern set and
    lower-cased or not, separator-led copies usable or not)."""

    __slots__ = ("kind", "rx", "prio", "group", "prefilter", "digits", "anchored", "cut", "rs", "mid_word",
                 "implied", "same_start")

    def __init__(self, pats, kind: str, rx: re.Pattern, prio: int, fast: bool, sep: bool):
        P = patterns()
        self.kind, self.rx, self.prio = kind, rx, prio
        self.group = P.window_group[kind]
        self.implied: _Kind | None = None  # set by `_kinds` (from `Patterns.implied_by`)
        self.same_start = kind in SAME_START
        self.anchored = fast and kind in WORD_ANCHORED
        self.prefilter = pats.prefilter.get(kind) if fast and not self.anchored else None
        self.digits = _DIGIT_CHECKS.get(kind) if fast else None
        if self.digits is not None:
            self.prefilter = None  # the same test on the digit runs
        self.cut = pats.cut_anchor[kind] if self.anchored else None
        self.rs = pats.extract_sep.get(kind) if sep else None
        self.mid_word = pats.mid_word.get(kind) if self.rs is not None else None


# Prefilters of the patterns of numbers ('10/07/2025', '2025-07-10', '2025'), on the digit runs the
# trigger scan found, (starts, ends): whether the window [lo, hi) of low holds what the
# regex prefilter of the kind (`patterns._prefilters`) would find there. Keep in sync with them.


def _runs_from(runs: tuple[list[int], list[int]], lo: int) -> int:
    """Index of the first digit run ending after lo."""
    return bisect_right(runs[1], lo)


def _numeric_possible(low: str, runs: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
    """`[/.\\-](?<=\\d.)[0-9]` in [lo, hi): a digit run ending in the window at '/', '.' or '-',
    then an ASCII digit."""
    starts, ends = runs
    for i in range(_runs_from(runs, lo - 1), len(ends)):
        te = ends[i]
        if te > hi - 2:
            break
        if te >= lo and low[te] in "/.-" and "0" <= low[te + 1] <= "9":
            return True
    return False


def _iso_possible(low: str, runs: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
    """`-(?<=\\d-)[01][0-9]-` in [lo, hi)."""
    starts, ends = runs
    for i in range(_runs_from(runs, lo - 1), len(ends)):
        te = ends[i]
        if te > hi - 4:
            break
        if te >= lo and low[te] == "-" and low[te + 1] in "01" and "0" <= low[te + 2] <= "9" and low[te + 3] == "-":
            return True
    return False


def _year_possible(low: str, runs: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
    """`(?:1[89]|20)\\d\\d(?!\\d)` in [lo, hi): four digits ending a digit run, or cut by hi."""
    starts, ends = runs
    for i in range(_runs_from(runs, lo), len(ends)):
        ts = starts[i]
        if ts >= hi:
            break
        q = (ends[i] if ends[i] < hi else hi) - 4
        if q >= ts and q >= lo and low[q:q + 2] in ("18", "19", "20"):
            return True
    return False


_DIGIT_CHECKS = {"numeric": _numeric_possible, "iso": _iso_possible, "year": _year_possible}


_KINDS: dict[tuple[int, bool, bool], list[_Kind]] = {}


def _kinds(doc: _Doc) -> list[_Kind]:
    """The `_Kind`s of doc's pattern set, in pattern order (built once per pattern set and mode)."""
    fast = doc.low is not doc.text
    key = (id(doc.pats), fast, doc.sep)
    kinds = _KINDS.get(key)
    if kinds is None or kinds[0].rx is not doc.pats.extract[0][1]:
        kinds = [_Kind(doc.pats, k, rx, prio, fast, doc.sep) for k, rx, prio in doc.pats.extract]
        by_kind = {kd.kind: kd for kd in kinds}
        for kd in kinds:
            implied = patterns().implied_by.get(kd.kind)
            kd.implied = by_kind[implied] if implied is not None else None
        _KINDS[key] = kinds
    return kinds


def _kind_matches(doc: _Doc, kd: _Kind, windows: list[list], need: list[int | None] | None,
                  matched: list[int | None] | None = None) -> list[tuple[int, re.Match]]:
    """The (start, match) of the kind's pattern in each window (`_scan`), in text order; none in
    the windows that cannot hold a match: without a mandatory word (prefilter), or, when need is
    given, without a match of the kind it implies (`Patterns.implied_by`; for `SAME_START`
    kinds, none before the first). `matched`, if given, gets for each window the start of its
    first match, or None."""
    low = doc.low
    n = len(low)
    rx, rs, pf, cut, mid_word, anchored = kd.rx, kd.rs, kd.prefilter, kd.cut, kd.mid_word, kd.anchored
    digits, runs, same_start = kd.digits, doc.digit_runs, kd.same_start
    if digits is not None and digits is not _year_possible and not digits(low, runs, 0, n):
        return []  # not in the whole text: in no window (the year's test depends on the window's end)
    found: list[tuple[int, re.Match]] = []
    for i, (lo, hi, word) in enumerate(windows):
        if matched is not None:
            matched.append(None)  # replaced below by the start of the first match, if any
        if need is not None and need[i] is None:
            continue
        if anchored:
            if not word and (
                    # no anchor word token in the span: a match could only end with a month (...)
                    # cut by the span's end ('12 marzo|lino'; `patterns._cut_anchors`)
                    hi == n or cut is None or not _is_word_char(low[hi])
                    or cut[0].search(low, hi - cut[1] if hi > cut[1] else 0, hi) is None):
                continue
        elif pf is not None and not pf(low, lo, hi):
            continue  # no match can lack a mandatory word
        if digits is not None and not digits(low, runs, lo, hi):
            continue  # nor the digits it needs
        before = len(found)
        if rs is None or (mid_word is not None and mid_word.search(low, lo, hi) is not None):
            # no separator-led copy, or the pattern may match inside a word here
            found += [(m.start(), m) for m in rx.finditer(low, lo, hi)]
        else:
            # `_scan` with the separator-led copy, inlined: the hottest loop of the tagger
            if same_start and need is not None:
                lo = need[i]  # no match before the first of the implied kind
            pos = lo - 1
            if lo == 0:
                m = rx.match(low, 0, hi)
                pos = 0
                if m is not None:
                    found.append((0, m))
                    pos = m.end() - 1
            m = rs.search(low, pos, hi)
            while m is not None:
                found.append((m.start() + 1, m))
                m = rs.search(low, m.end() - 1, hi)
        if matched is not None and len(found) > before:
            matched[i] = found[before][0]
    return found


def _all_candidates(doc: _Doc) -> list[_Cand]:
    """Every accepted candidate of every kind, in pattern order then text order (before the
    overlap selection); computed once per text. A kind's pattern runs on each window of its
    group (`_windows`), never across a window's ends."""
    if doc.cands is not None:
        return doc.cands
    text = doc.text
    windows = _windows(doc)
    cands: list[_Cand] = []
    dl = _dateline_match(doc)
    dateline_end = -1
    if dl is not None:
        dateline_end = dl[1].end("dash")
        dm = dl[1]
        if dm.group("hh"):  # 'Tripoli, 17 dic 16:40 -': the dispatch time
            cands.append(_Cand(dm.start("hh"), dm.end("mi"), "dl_time", dm, 1, "dl_time"))
    early: dict[str, tuple[list, list]] = {}  # kind -> its matches, and per window the start of the first
    for kd in _kinds(doc):
        merged = windows.get(kd.group)
        if not merged:
            continue
        done = early.pop(kd.kind, None)
        if done is not None:
            found = done[0]
        else:
            need = None
            if kd.implied is not None:  # the windows where the kind it implies matched
                done = early.get(kd.implied.kind)
                if done is None:
                    matched: list[int | None] = []
                    done = early[kd.implied.kind] = (_kind_matches(doc, kd.implied, merged, None, matched), matched)
                need = done[1]
            found = _kind_matches(doc, kd, merged, need)
        kind, prio = kd.kind, kd.prio
        # windows are disjoint, and the matches in one do not overlap: no candidate twice
        for ms, m in found:
            if not _accept(kind, m, text, dateline_end):
                continue
            if kind == "dm_range":
                cands.append(_Cand(m.start("d1"), m.end("d1"), "dm_first", m, prio, kind))
                cands.append(_Cand(m.start("t"), m.end("t"), "dmy", m, prio, kind))
            else:
                ts, te = m.span("t")
                cands.append(_Cand(ts, te, kind, m, prio, kind))
    doc.cands = cands
    return cands


def _candidates(text: str, only: frozenset[str] | None = None, doc: _Doc | None = None) -> list[_Cand]:
    cands = _all_candidates(doc if doc is not None else _doc(text))
    if only is not None:
        cands = [c for c in cands if c.src in only]
    # longest first, then priority; greedy non-overlapping selection
    cands = sorted(cands, key=lambda c: (c.s - c.e, c.prio, c.s))
    chosen: list[_Cand] = []
    for c in cands:
        cs, ce = c.s, c.e
        if ce <= cs:
            continue
        for o in chosen:
            if ce > o.s and cs < o.e:
                break
        else:
            chosen.append(c)
    chosen.sort(key=lambda c: c.s)
    return chosen


# ------------------------------------------------------------------ resolution


class _State:
    def __init__(self, doc: _Doc, ref: Reference):
        self.doc = doc
        self.text = doc.text
        self.low = doc.low
        self.ref = ref
        self.last_day: date | None = None
        self.last_day_end = 0
        self.days: list[tuple[date, int, int]] = []  # every resolved day mentioned, in order
        self.last_night: date | None = None  # day of the last night / evening mentioned
        self.last_date: tuple[str, str, date, date] | None = None  # last calendar DATE (value, prec, start, end)
        self.last_date_end = -1   # where it ends in the text
        self.outer: dict[int, str | None] = {}  # see `_outer`

    def background(self, i: int) -> bool:
        """Whether the i-th day mentioned is in a pluperfect (background) clause."""
        _, s, e = self.days[i]
        return _pluperfect(self.doc, s, e)

    def main_day(self) -> date | None:
        """The day of the main story line: the first day mentioned in a foreground clause (not the dateline's, the
        day of writing: 'Canberra, 25 maggio 2010 – L'Australia ha deciso ieri ...')."""
        dl = _dateline_match(self.doc)
        dl_end = dl[1].end("dash") if dl else -1
        for i in range(len(self.days)):
            if self.days[i][2] > dl_end and not self.background(i):
                return self.days[i][0]
        return None

    def focus_day(self) -> date | None:
        """The day in focus: the last day mentioned in a foreground clause, else the
        reference day (computed on demand: the tense look-up is only needed by anaphora)."""
        for i in range(len(self.days) - 1, -1, -1):
            if not self.background(i):
                return self.days[i][0]
        return self.ref.start if self.ref.precision == "DAY" else None


def _coarse(unit: str, base: date | None, base_prec: str) -> tuple[str, str, date | None, date | None]:
    if base is None or base_prec == "UNKNOWN":
        value, prec = _PLACEHOLDER[unit]
        return value, prec, None, None
    u = {"DAY": "D", "MONTH": "M", "YEAR": "Y"}[base_prec]
    value, prec = unit_value(base, u)
    start, end = value_range(value)
    return value, prec, start, end


def _relative(unit: str, n: int, base: date | None, base_prec: str):
    """(value, precision, start, end, resolved) of base shifted by n units."""
    if base is not None and _RANK[base_prec] >= _RANK[_NEED[unit]]:
        d = shift(base, unit, n)
        if unit == "D":  # unit_value and value_range of a day: itself
            return d.isoformat(), "DAY", d, d, True
        value, prec = unit_value(d, unit)
        start, end = value_range(value)
        return value, prec, start, end, True
    return (*_coarse(unit, base, base_prec), False)


def _ref_base(ref: Reference) -> tuple[date | None, str]:
    return ref.start, ref.precision


def _infer_year(month: int, ref: Reference, tense: int | None, explicit: int | None = None) -> int | None:
    if ref.precision == "UNKNOWN" or ref.start is None:
        return None
    y = ref.start.year
    if ref.precision == "YEAR":
        return y
    diff = month - ref.start.month
    if explicit == PAST:
        return y if diff < 0 else y - 1
    if explicit == FUTURE:
        return y if diff > 0 else y + 1
    if tense == PAST:
        return y - 1 if diff > 3 else y
    if tense == FUTURE:
        return y + 1 if diff < -3 else y
    if diff > 6:
        return y - 1
    if diff < -6:
        return y + 1
    return y


_INFINITIVE = re.compile(r"(?:ar|er|ir|rr)(?:e|si|ci|mi|ti|vi|lo|la|li|le|ne|gli)$")
_PREPOSITION_TAIL = re.compile(r"(?<![\w'’])(?:a|ad|in|nel|nell['’]|a\s+(?:fine|inizio|metà))\s*\Z", re.I)


def _participle_before(doc: "_Doc", s: int) -> int | None:
    """PAST when a past participle without its auxiliary stands right before the span or its preposition
    ('un accordo ... firmato ad aprile'), FUTURE for a participle of scheduling ('previsto a maggio'); else None."""
    lo = max(0, s - 60)
    tail = _PREPOSITION_TAIL.search(doc.text, lo, s)
    end = tail.start() if tail is not None else s
    if patterns().reduced_clause.search(doc.text, lo, end) is None:
        return None
    word = norm(doc.text[lo:end].split()[-1])
    if _INFINITIVE.search(word):
        return None            # no tense in an infinitive ('per firmare ad aprile', 'incontrarsi ad aprile')
    return FUTURE if word in vocab().future_words else PAST


def _year_of(month: int, ref: Reference, doc: "_Doc", s: int, e: int) -> int | None:
    """_infer_year(month, ref, _tense(doc, s, e)), looking for the tense only where it matters:
    not within three months of the reference month, whose year it is in any tense. A participle right before the
    month ('firmato ad aprile') is its tense, before any verb of the sentence."""
    if ref.start is None or ref.precision not in ("DAY", "MONTH") or -3 <= month - ref.start.month <= 3:
        return _infer_year(month, ref, None)
    return _infer_year(month, ref, _participle_before(doc, s) or _tense(doc, s, e))


def _week_of_month(first: date, rank: int):
    """(value, precision, start, end) of the rank-th week of the month that starts on `first` (-1: the last):
    ISO weeks belong to the month of their Thursday ('la seconda settimana di gennaio' 2012 is 2012-W02, 9-15
    January)."""
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    if rank < 0:
        last = month_end(first.year, first.month)
        thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    else:
        thursday += timedelta(weeks=rank - 1)
    monday = thursday - timedelta(days=3)
    value, prec = unit_value(monday, "W")
    return value, prec, monday, monday + timedelta(days=6)


def _date_result(y: int | None, mo: int, d: int | None):
    """(value, precision, start, end) for a possibly year-less date."""
    if y is None:
        value = f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else "")
        return value, "DAY" if d else "MONTH", None, None
    value = f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")
    if 1 <= y <= 9999 and 1 <= mo <= 12:  # value_range(value) without parsing it back
        try:
            start = date(y, mo, d) if d else date(y, mo, 1)
        except ValueError:
            return value, "DAY" if d else "MONTH", None, None
        return value, "DAY" if d else "MONTH", start, start if d else month_end(y, mo)
    start, end = value_range(value)
    return value, "DAY" if d else "MONTH", start, end


def _dir_of(word: str | None) -> int | None:
    if not word:
        return None
    return vocab().shift_dir.get(norm(word))


def _weekday(st: _State, wd: int, direction: int | None, explicit: bool, pluperfect: bool = False,
             not_today: bool = False):
    """Resolve a bare weekday. Returns (value, prec, start, end, anchor, resolved). ``not_today``: a bare weekday
    told in the past is not the reference day itself ('Giovedì la Thailandia ha richiamato l'ambasciatore' in an
    article of a Thursday: that day would be 'oggi'), so it is the one a week before."""
    ref = st.ref
    strict = explicit or (not_today and direction == PAST)
    if direction is None:
        direction = PAST

    def pick(base: date) -> date:
        delta = (base.isoweekday() - wd) % 7 if direction == PAST else (wd - base.isoweekday()) % 7
        if strict and delta == 0:
            delta = 7
        return base - _td(delta) if direction == PAST else base + _td(delta)

    focus = st.focus_day() if ref.source == "TEXT" and direction == PAST and not explicit and st.days else None
    if focus is not None:
        # no header and no dateline: the reference is only the text's first day, and the story moves on from the
        # day in focus ('sabato 17 aprile ... domenica Mosca ha espulso ...' is the 18th): the nearest such day
        base = focus
        after = base + _td((wd - base.isoweekday()) % 7)
        before = base - _td((base.isoweekday() - wd) % 7)
        d = after if (after - base) < (base - before) and not pluperfect else before   # (a pluperfect: earlier)
        return d.isoformat(), "DAY", d, d, "PREVIOUS", True
    if ref.precision == "DAY" and ref.start is not None:
        d = pick(ref.start)
        return d.isoformat(), "DAY", d, d, "PUBLICATION", True
    if st.last_day is not None:
        d = pick(st.last_day)
        if d.isocalendar()[:2] == st.last_day.isocalendar()[:2]:
            return d.isoformat(), "DAY", d, d, "PREVIOUS", True
        if not explicit:
            # only the month published: the weekday of the week in focus ('mercoledì 22 ottobre
            # ... la risposta è arrivata giovedì' -> the 23rd)
            d = _same_week(st.last_day, wd)
            return d.isoformat(), "DAY", d, d, "PREVIOUS", True
    value, prec, start, end = _coarse("D", ref.start, ref.precision)
    return value, prec, start, end, "PUBLICATION", False


def _next_weekday_after(day: date, wd: int) -> date:
    """The first day of ISO weekday wd strictly after ``day``."""
    return day + _td((wd - day.isoweekday()) % 7 or 7)


def _same_week(base: date, wd: int) -> date:
    """The day of ISO weekday wd in the ISO week of base."""
    return base + _td(wd - base.isoweekday())


def _weekday_number(st: _State, wd: int, n: int) -> date | None:
    """'giovedì 28': the day n, in the month in focus or the reference month (or a month
    next to them), that falls on weekday wd; the nearest to the focus; None if there is none."""
    for base in (st.last_day, st.ref.start):
        if base is None:
            continue
        best = None
        for off in (0, 1, -1):
            y, mo = base.year, base.month + off
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            if _valid(y, mo, n):
                d = date(y, mo, n)
                if d.isoweekday() == wd and (best is None or abs(d - base) < abs(best - base)):
                    best = d
        if best is not None:
            return best
    return None


def _td(days: int):
    from datetime import timedelta

    return timedelta(days=days)


def _season(st: _State, code: str, year: int | None, direction: int | None, explicit: bool):
    ref = st.ref
    if year is not None:
        a, b = season_range(year, code)
        return f"{year}-{code}", a, b, "ABSOLUTE", True
    if ref.precision == "UNKNOWN" or ref.start is None:
        return f"XXXX-{code}", None, None, "PUBLICATION", False
    if ref.precision == "YEAR":
        a, b = season_range(ref.start.year, code)
        return f"{ref.start.year}-{code}", a, b, "PUBLICATION", True
    y = ref.start.year
    if code == "WI" and ref.start.month <= 2:
        y -= 1
    a, b = season_range(y, code)
    if explicit and direction == PAST and b >= ref.start:
        y -= 1
    elif explicit and direction == FUTURE and a <= ref.end:
        y += 1
    elif not explicit and direction == PAST and a > ref.end:
        y -= 1
    elif not explicit and direction == FUTURE and b < ref.start:
        y += 1
    a, b = season_range(y, code)
    return f"{y}-{code}", a, b, "PUBLICATION", True


def _outer(st: _State, s: int) -> str | None:
    """The modifier of the cue before position s ('prima del'), if any (looked up once per s)."""
    try:
        return st.outer[s]
    except KeyError:
        pass
    pats = st.doc.pats
    after = pats.outer_cue_sep if st.doc.sep else pats.outer_cue_after
    if s > 40:
        mm = after.search(st.low, s - 40, s)
    else:  # outer_cue at the text start, else its copy that starts with a class (quicker)
        mm = pats.outer_cue.match(st.low, 0, s) or after.search(st.low, 0, s)
    outer = st.outer[s] = vocab().outer.get(norm(mm.group("cue"))) if mm else None
    return outer


def _modifier(st: _State, s: int, typ: str, inner: str | None) -> str | None:
    outer = _outer(st, s)
    if typ == "DURATION":
        return "APPROX" if outer == "APPROX" else None
    if outer in ("BEFORE", "AFTER", "BY"):
        return outer
    return inner or outer


def _pod_before(doc: _Doc, s: int) -> re.Match | None:
    """pod_before.search(low, s - 30, s) ('la sera del'), with its separator-led copy if it can."""
    lo = s - 30 if s > 30 else 0
    if not doc.sep:
        return doc.pats.pod_before.search(doc.low, lo, s)
    if lo == 0:
        return doc.pats.pod_before.match(doc.low, 0, s) or doc.pats.pod_before_sep.search(doc.low, 0, s)
    return doc.pats.pod_before_sep.search(doc.low, lo - 1, s)


def _inner(m: re.Match) -> str | None:
    w = _g(m, "inner")
    return vocab().inner.get(norm(w)) if w else None


def _dur_value(n: float | None, unit: str, half: bool = False) -> str:
    time_unit = unit in ("H", "MIN", "S")
    code = {"S": "S", "MIN": "M", "H": "H", "D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "DE", "CE": "CE"}[unit]
    if n is None:
        return ("PTX" if time_unit else "PX") + code
    if unit == "DE":
        n, code = n * 10, "Y"
    elif unit == "CE":
        n, code = n * 100, "Y"
    num = str(int(n)) if float(n).is_integer() else str(n)
    if half:
        extra = {"H": "30M", "MIN": "30S", "D": "T12H", "M": "15D", "Y": "6M"}.get(unit)
        if unit == "W":
            return f"P{int(n) * 7 + 3}DT12H"
        if extra:
            return ("PT" if time_unit else "P") + f"{num}{code}{extra}"
    return ("PT" if time_unit else "P") + f"{num}{code}"


def _anaphor_base(st: _State, s: int, e: int, named_event: bool = False) -> date | None:
    """The day an anaphor ('il giorno dopo', 'la sera precedente') counts from: the last day
    mentioned; but a background day (pluperfect clause) only anchors in its own sentence or
    in another background clause, and 'tre giorni prima della firma' counts from the day in
    focus (the event named is taken to be the main one)."""
    if named_event:
        named = _named_event_day(st, s, e)
        if named is not None:
            return named
        focus = st.focus_day()
        if focus is not None:
            return focus
    if st.last_day is None:
        return None
    if not patterns().sentence_break.search(st.low, st.last_day_end, s):
        return st.last_day  # same sentence
    if _paragraph_start(st.text, s) and _pluperfect(st.doc, s, e):
        # 'Il giorno prima Putin aveva ricevuto ...' opening a paragraph after a digression into
        # earlier days: the pluperfect steps back from the main story line, whose day is the
        # first day of a foreground clause
        main = st.main_day()
        if main is not None and st.last_day < main:
            return main
    if st.background(len(st.days) - 1) and not _pluperfect(st.doc, s, e) and not _flashback_paragraph(st, s):
        focus = st.focus_day()
        if focus is not None:
            return focus
    return st.last_day


_OF_EVENT = re.compile(r"\s*(?:del|della|dello|dell['’]|dei|delle|degli)\s*[^\W\d_]{4,}")
_NAMED_NOUN = re.compile(r"\s*(?:del|della|dello|dell['’]|dei|delle|degli|il|lo|la|l['’]|i|gli|le)\s*([^\W\d_]{4,})")


def _named_event_day(st: _State, s: int, e: int) -> date | None:
    """'Il giorno prima degli scontri' after 'Gli scontri erano iniziati giovedì 24 luglio': the day of the
    sentence that last named the event (a word with the noun's first five letters: 'firma' / 'firmato')."""
    m = _NAMED_NOUN.match(st.text, e)
    if m is None or not st.days:
        return None
    day = _day_of_sentence_naming(st, m.group(1).lower()[:5], s, st.low)
    if day is None:
        # 'Il giorno dopo l'attacco di Balyun' after 'Il 27 febbraio un raid aereo ... nei pressi di Balyun': the
        # day of the sentence that named the place the event is called by
        place = _EVENT_PLACE.match(st.text, m.end())
        if place is not None:
            day = _day_of_sentence_naming(st, place.group(1), s, st.text)
    return day


_EVENT_PLACE = re.compile(r"\s+(?:di|a|ad|in)\s+([A-ZÀ-Ý][\w'’-]{3,})")


def _day_of_sentence_naming(st: _State, word: str, s: int, hay: str) -> date | None:
    brk = patterns().sentence_break
    pos = hay.rfind(word, 0, s)
    while pos >= 0:
        if pos == 0 or not hay[pos - 1].isalnum():
            a = 0
            for b in brk.finditer(st.low, 0, pos):
                a = b.end()
            nxt = brk.search(st.low, pos)
            z = nxt.start() if nxt is not None else len(st.low)
            days = [d for d, ds, de in st.days if a <= ds and de <= z and de <= s]
            if days and _SINCE_BEFORE.search(st.low, max(0, pos - 8), pos):
                # 'Oggi, a dieci giorni dall'arresto': the time since the event, not its day (unless the day
                # follows the noun: 'dalla sentenza del 4 settembre')
                days = [d for d, ds, de in st.days if pos <= ds <= pos + 30 and de <= s]
            elif not days:
                # 'Domenica 10 luglio un aereo è atterrato a Bamako. Appena scesi, i soldati sono stati arrestati':
                # the day in force where the event is told (named in the sentence before)
                days = [d for d, ds, de in st.days if pos - 300 <= ds and de <= a]
                days = days[-1:]
            if days:
                return days[0]
        pos = hay.rfind(word, 0, pos)
    return None


_SINCE_BEFORE = re.compile(r"(?<![\w'’])(?:dal|dallo|dalla|dall['’]|dai|dagli|dalle)\s*$")
_LEAD_ARTICLE = re.compile(r"\s*(?:(?:il|lo|la|l['’]|nel|nello|nella|nell['’])\s*)?", re.IGNORECASE)


def _flashback_paragraph(st: _State, s: int) -> bool:
    """Whether the last day opens the first sentence of its paragraph and s is in that paragraph: 'La crisi era
    esplosa martedì 16 gennaio, quando ... Nell'attacco sono morti due bambini; il giorno dopo ...' tells the
    earlier days in order, and its anaphors count from them."""
    para = st.text.rfind("\n", 0, st.last_day_end) + 1
    return "\n" not in st.text[st.last_day_end:s] and \
        not patterns().sentence_break.search(st.low, para, st.last_day_end)


def _paragraph_start(text: str, s: int) -> bool:
    """Whether position s opens its paragraph (line), but for an article ('Il giorno prima')."""
    para = text.rfind("\n", 0, s) + 1
    return _LEAD_ARTICLE.fullmatch(text, para, s) is not None


_OPEN_Q, _CLOSE_Q = "“«", "”»"


def _in_quote(text: str, s: int) -> bool:
    """Whether position s is inside a quotation of its paragraph (“…”, «…», "…")."""
    para = text.rfind("\n", 0, s) + 1
    straight = 0
    for i in range(s - 1, para - 1, -1):
        ch = text[i]
        if ch in _CLOSE_Q:
            return False
        if ch in _OPEN_Q:
            return True
        if ch == '"':
            straight += 1
    return straight % 2 == 1


_TIME_CODES = ("H", "MIN", "S")


def _compound_duration(parts: list[tuple[float, str]]) -> str | None:
    """ISO 8601 value of 'un'ora e venti minuti' ([(1, 'H'), (20, 'MIN')]) -> 'PT1H20M';
    None unless the units strictly decrease."""
    order = ["CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S"]
    ranks = [order.index(u) for _, u in parts]
    if any(a >= b for a, b in zip(ranks, ranks[1:])):
        return None
    date_part, time_part = "", ""
    for n, u in parts:
        if u == "DE":
            n, u = n * 10, "Y"
        elif u == "CE":
            n, u = n * 100, "Y"
        num = str(int(n)) if float(n).is_integer() else str(n)
        if u in _TIME_CODES:
            time_part += num + {"H": "H", "MIN": "M", "S": "S"}[u]
        else:
            date_part += num + u
    return "P" + date_part + ("T" + time_part if time_part else "")


def _resolve(st: _State, c: _Cand) -> Timex | None:
    text, ref, m, kind = st.text, st.ref, c.m, c.kind
    v = vocab()
    P = patterns()
    s, e = c.s, c.e
    typ, mod, pod, anchor, resolved, clock = "DATE", None, None, "PUBLICATION", True, None
    value: str
    prec: str | None
    start = end = None

    if kind in ("dmy", "mdy_en", "dmy_en", "numeric", "iso", "dm_first"):
        mo = _month(m.group("m"))
        d = _day(m.group("d1") if kind == "dm_first" else m.group("d"))
        if mo is None or d is None:
            return None
        ys = _g(m, "y")
        if ys:
            y: int | None = _year(ys)
            anchor = "ABSOLUTE"
        elif _g(m, "sy") and st.last_date is not None:
            y = st.last_date[2].year  # '10 giugno dello stesso anno'
            anchor = "PREVIOUS"
        elif _g(m, "sh1") and ref.start is not None and ref.precision != "UNKNOWN" and _valid(ref.start.year, mo, d):
            # 'il 22 giugno scorso': the last such day before the reference; 'il 3 marzo prossimo': the next one
            y, way = ref.start.year, _dir_of(m.group("sh1"))
            if way == PAST and date(y, mo, d) > ref.start:
                y -= 1
            elif way == FUTURE and date(y, mo, d) < ref.start:
                y += 1
        else:
            y = _year_of(mo, ref, st.doc, s, e)
            resolved = y is not None
            wd = _g(m, "wd")
            if y is not None and wd:  # 'lunedì 20 febbraio': the weekday picks the year
                wdn = v.weekdays[norm(wd)]
                for yy in (y, y - 1, y + 1):
                    if _valid(yy, mo, d) and date(yy, mo, d).isoweekday() == wdn:
                        y = yy
                        break
        if not _valid(y, mo, d):
            return None
        value, prec, start, end = _date_result(y, mo, d)
        mod = _modifier(st, s, typ, None)
        pm = _pod_before(st.doc, s)
        if pm:
            pod = v.parts_of_day.get(norm(pm.group("pod")))
    elif kind == "month_year":
        mo = _month(m.group("m"))
        if mo is None:
            return None
        value, prec, start, end = _date_result(_year(m.group("y")), mo, None)
        anchor = "ABSOLUTE"
        mod = _modifier(st, s, typ, _inner(m))
        if _g(m, "wk") and start is not None:
            value, prec, start, end = _week_of_month(start, v.week_of_month[norm(m.group("wk"))])
    elif kind == "month":
        mo = _month(m.group("m"))
        if mo is None:
            return None
        explicit = _dir_of(m.group("sh0") or m.group("sh1"))
        if m.group("sy") and st.last_date is not None:
            y, anchor = st.last_date[2].year, "PREVIOUS"  # 'a giugno dello stesso anno'
        else:
            by = not explicit and (norm(m.group("prep") or "") == "entro" or _modifier(st, s, typ, None) == "BY")
            if by or explicit:  # 'entro marzo': ahead
                y = _infer_year(mo, ref, FUTURE if by else None, explicit)
            else:
                y = _year_of(mo, ref, st.doc, s, e)
        resolved = y is not None
        value, prec, start, end = _date_result(y, mo, None)
        mod = _modifier(st, s, typ, _inner(m))
        if _g(m, "wk") and start is not None:
            value, prec, start, end = _week_of_month(start, v.week_of_month[norm(m.group("wk"))])
    elif kind == "year":
        value, prec = m.group("y"), "YEAR"
        start, end = value_range(value)
        anchor = "ABSOLUTE"
        mod = _modifier(st, s, typ, _inner(m))
    elif kind == "season":
        code = v.seasons[norm(m.group("s"))]
        sh = m.group("sh0") or m.group("sh1")
        explicit = _dir_of(sh)
        if explicit == 0:
            direction, is_explicit = None, False
        elif explicit is not None:
            direction, is_explicit = explicit, True
        elif _modifier(st, s, typ, None) == "BY" or v.season_target.search(st.text, max(0, s - 40), s):
            # 'entro la primavera': a deadline lies ahead; 'rinviato all'autunno': so does a target
            direction, is_explicit = FUTURE, False
        else:
            direction, is_explicit = _tense(st.doc, s, e), False
        ys = m.group("y")
        value, start, end, anchor, resolved = _season(st, code, int(ys) if ys else None, direction, is_explicit)
        prec = "SEASON"
        mod = _modifier(st, s, typ, _inner(m))
    elif kind == "night":
        pod = "NI"
        if m.group("wd"):
            wd1, wd2 = v.weekdays[norm(m.group("wd1"))], v.weekdays[norm(m.group("wd"))]
            value, prec, start, end, anchor, resolved = _weekday(st, wd2, _tense(st.doc, s, e), False)
            if resolved:
                d = start - _td((wd2 - wd1) % 7 or 1)
                value, start, end = d.isoformat(), d, d
        else:
            mo, d1, d2 = _month(m.group("m")), _day(m.group("d1")), _day(m.group("d"))
            if mo is None or d1 is None or d2 is None:
                return None
            mo1 = _month(m.group("m1")) if m.group("m1") else (mo if d1 <= d2 else (mo - 2) % 12 + 1)
            if m.group("y"):
                y = _year(m.group("y"))
                anchor = "ABSOLUTE"
            else:
                y = _year_of(mo, ref, st.doc, s, e)
                resolved = y is not None
            if y is not None and mo1 > mo:
                y -= 1  # 'tra il 31 dicembre e il primo gennaio'
            if mo1 is None or not _valid(y, mo1, d1):
                return None
            value, prec, start, end = _date_result(y, mo1, d1)
        mod = _modifier(st, s, typ, None)
    elif kind == "eve":
        focus = st.focus_day()
        if focus is None:
            return None
        # 'alla vigilia del vertice': the event narrated is on the eve of the one named, i.e. the
        # day in focus; a bare 'la vigilia' is the day before the day in focus
        value, prec, start, end, resolved = _relative("D", 0 if m.group("of") else -1, focus, "DAY")
        anchor = "PREVIOUS"
        last = st.last_date
        if m.group("of") and last is not None and last[1] in ("MONTH", "YEAR") and \
                not last[2] <= focus <= last[3] and 0 <= s - st.last_date_end <= 40 and \
                not P.sentence_break.search(text, st.last_date_end, s):
            # 'risale al novembre 1971, alla vigilia della nascita della federazione': the eve of an event of the
            # period just named
            value, prec, start, end = last
    elif kind == "since":
        if st.last_date is None:
            return None
        value, prec, start, end = st.last_date
        anchor, mod = "PREVIOUS", "AFTER"
    elif kind == "relday":
        r_word = norm(m.group("r"))
        off = v.relative_days[r_word]
        focus = st.focus_day() if ref.precision != "DAY" and st.days and _in_quote(text, s) else None
        if r_word in v.sentence_day and st.last_day is not None and \
                not P.sentence_break.search(text, st.last_day_end, s):
            # 'Martedì Maas è volato in giornata ad Atene': the day the sentence named
            value, prec, start, end, resolved = _relative("D", off, st.last_day, "DAY")
            anchor = "PREVIOUS"
        elif focus is not None:
            # 'oggi' quoted from a speaker, with only the month published: the day in focus
            value, prec, start, end, resolved = _relative("D", off, focus, "DAY")
            anchor = "PREVIOUS"
        else:
            value, prec, start, end, resolved = _relative("D", off, *_ref_base(ref))
        if m.group("pod"):
            pod = v.parts_of_day[norm(m.group("pod"))]
        mod = _modifier(st, s, typ, None)
    elif kind in ("todaypart", "pod"):
        tp = _g(m, "tp")
        pod = v.today_parts[norm(tp)] if tp else v.parts_of_day[norm(m.group("pod"))]
        last = st.last_day
        if kind == "pod" and last is not None and ref.precision == "DAY" and ref.source == "PUBLICATION" and \
                ref.start is not None and last > ref.start and _tense(st.doc, s, e) == PAST:
            # 'le esercitazioni proseguiranno fino a domenica ... e in serata Tokyo ha presentato una protesta': a
            # past act is not on the day ahead last named, but on the latest day named that has come
            last = next((d for d, _, _ in reversed(st.days) if d <= ref.start), None)
        if kind == "pod" and pod == "NI" and st.last_night is not None:
            # 'in nottata', 'durante la notte' after a night or evening was mentioned: that night
            value, prec, start, end, resolved = _relative("D", 0, st.last_night, "DAY")
            anchor = "PREVIOUS"
        elif kind == "pod" and pod == "MO" and _reporting_clause(st, s, e):
            # 'la presidenza ha smentito in mattinata': a report's denial in the morning is the reference day's news
            # (in the evening it is the report's own day: 'mercoledì l'ambasciatore avrebbe lasciato il Paese; in
            # serata l'ambasciata ha smentito')
            value, prec, start, end, resolved = _relative("D", 0, *_ref_base(ref))
        elif (kind == "pod" and last is not None and
              (((ref.precision != "DAY" or last <= ref.start) and _pluperfect(st.doc, s, e))
               or ("\n" not in st.text[st.last_day_end:s] and not _reduced_clause(st))
               or (_opens_next_paragraph(st, s) and ref.start is not None and last < ref.start
                   and _tense(st.doc, s, e) == PAST and not _reduced_clause(st)
                   and not (st.last_night == last and pod in ("MO", "AF"))))):
            # 'Nella mattinata era stata a Capitol Hill': a bare part of the day in a
            # pluperfect clause is earlier on the day last mentioned, not on the reference day;
            # 'Abiy era atterrato ieri mattina ... un colloquio nel pomeriggio': in the paragraph
            # of a named day, the part of that day ('ieri sera ... fino all'alba': the next morning)
            after_night = pod == "MO" and st.last_night == last and not _pluperfect(st.doc, s, e)
            value, prec, start, end, resolved = _relative("D", 1 if after_night else 0, last, "DAY")
            anchor = "PREVIOUS"
        else:
            value, prec, start, end, resolved = _relative("D", 0, *_ref_base(ref))
    elif kind == "weekday":
        wd = v.weekdays[norm(m.group("wd"))]
        explicit = _dir_of(m.group("sh0") or m.group("sh1"))
        if explicit:
            direction, is_explicit = explicit, True
        else:
            direction, is_explicit = _tense(st.doc, s, e), False
        day = None
        if m.group("dn"):
            day = _weekday_number(st, wd, int(m.group("dn")))
            if day is None:  # 'giovedì 12 paesi': not a day of the month
                e = m.end("wd")
        elif (m.group("same") or m.group("same0")) and st.last_day is not None:
            # 'giovedì stesso', 'lo stesso sabato': the Thursday already named, else the one of the week in focus
            day = next((d for d, _, _ in reversed(st.days) if d.isoweekday() == wd), None) or _same_week(st.last_day, wd)
        elif not is_explicit and P.scheduled_for.search(text, max(0, s - 30), s) and \
                not _pluperfect(st.doc, s, e):
            # 'la visita, prevista per venerdì, è stata rinviata', 'Sabato ha annullato l'incontro previsto per
            # domenica': the day it was set for is the next such day after the past day its sentence names, else
            # after the reference day
            if st.last_day is not None and ref.start is not None and st.last_day < ref.start and \
                    not P.sentence_break.search(text, st.last_day_end, s):
                day = _next_weekday_after(st.last_day, wd)
            else:
                direction = FUTURE
        elif not is_explicit and st.last_day is not None and ref.start is not None and \
                (ref.start - st.last_day).days >= 7 and not P.sentence_break.search(text, st.last_day_end, s) and \
                not _pluperfect(st.doc, s, e):
            # 'è cominciata martedì 3 settembre, quando ... il Forum, in programma da mercoledì a venerdì': a bare
            # weekday in the sentence of a past day named is the next such day after it
            day = _next_weekday_after(st.last_day, wd)
        if day is not None:
            value, prec, start, end, anchor, resolved = day.isoformat(), "DAY", day, day, "PREVIOUS", True
        else:
            # (not 'una domenica di macerie': a day described, the publication day itself)
            value, prec, start, end, anchor, resolved = _weekday(
                st, wd, direction, is_explicit, _pluperfect(st.doc, s, e),
                not_today=not P.indefinite_before.search(text, max(0, s - 5), s))
        if m.group("pod") and e >= m.end("pod"):
            pod = v.parts_of_day[norm(m.group("pod"))]
        mod = _modifier(st, s, typ, None)
    elif kind == "relunit":
        ukey = norm(m.group("u"))
        unit = v.shift_units[ukey]
        inner = _inner(m)
        sh = m.group("sh0") or m.group("sh1")
        n = _dir_of(sh) or 0
        between = text[m.end("inner"): m.start("u")] if m.group("inner") else ""
        if inner == "END" and unit == "W" and not between.strip():
            unit, inner = "WE", None  # 'fine settimana' = weekend
        base_ref = _ref_base(ref)
        if unit in ("W", "WE") and ref.precision != "DAY" and st.last_day is not None:
            # a week counted from a text dated only by its month ('date 2016-10'): from the day in focus
            focus = st.focus_day()
            if focus is not None:
                base_ref = (focus, "DAY")
        if unit == "WE" and sh is None:
            tense = _tense(st.doc, s, e)
            base = base_ref[0]
            if base is not None and base_ref[1] == "DAY" and tense == PAST and base.isoweekday() < 6:
                n = -1
        value, prec, start, end, resolved = _relative(unit, n, *base_ref)
        mod = _modifier(st, s, typ, inner)
    elif kind in ("ago", "in") and m.group("q"):
        value, prec = ("PAST_REF" if kind == "ago" else "FUTURE_REF"), None  # 'pochi mesi fa'
    elif kind in ("ago", "in"):
        n = _num(m.group("n"))
        unit = v.units[norm(m.group("u"))]
        if n is None or not float(n).is_integer():
            return None
        n = int(n)
        if unit in ("H", "MIN", "S"):
            unit, n = "D", 0
        elif unit == "DE":
            unit, n = "Y", n * 10
        elif unit == "CE":
            unit, n = "Y", n * 100
        if kind == "ago":
            n = -n
        value, prec, start, end, resolved = _relative(unit, n, *_ref_base(ref))
        if kind == "in" and norm(m.group("inw")) == "entro":
            mod = "BY"
    elif kind in ("later", "anaphor"):
        vague_base = None             # the day in focus of a vague count of hours ('poche ore dopo')
        if kind == "later":
            n = _num(m.group("n"))
            unit = v.units[norm(m.group("u"))]
            if m.group("q") and unit == "H" and not m.group("np"):
                vague_base = _anaphor_base(st, s, e, False)
            if vague_base is not None:
                n, unit = 0, "D"      # 'Poche ore dopo Peña Nieto lo ha preso in parola': the same day
            elif m.group("q"):
                # 'Poche ore prima dell'attacco', 'pochi giorni dopo', or no day in focus: the vague span itself, as
                # the duration pattern reads it (the event layer dates a lag from a named event)
                e = m.end("u")
                return _timex(text=text[s:e], char_start=s, char_end=e, type="DURATION", value=_dur_value(None, unit),
                              precision=None, start=None, end=None, modifier=_modifier(st, s, "DURATION", None),
                              anchor="NONE", resolved=True, part_of_day=None, clock=None)
            if n is None or not float(n).is_integer() or unit not in ("D", "W", "M", "Y", "H") or \
                    unit == "H" and not (m.group("np") and v.later_dir[norm(m.group("dir"))] > 0):
                return None
            if m.group("np") and v.later_dir[norm(m.group("dir"))] > 0 and \
                    not (unit in ("D", "W") and plural_subject().match(text, e)):
                # ('ventiquattro ore dopo la rottura' too)
                # 'sei giorni dopo la telefonata': the time elapsed since the event named
                return _timex(text=text[s:e], char_start=s, char_end=e, type="DURATION",
                              value=_dur_value(int(n), unit), precision=None, start=None, end=None,
                              modifier=None, anchor="NONE", resolved=True, part_of_day=None, clock=None)
            n = int(n) * v.later_dir[norm(m.group("dir"))]
        else:
            unit, n = v.anaphoric[norm(m.group("t"))]
        if kind == "anaphor" and norm(m.group("t")) in v.demonstrative and st.last_day is not None and \
                _OF_EVENT.match(text, e) is None:     # ('lo stesso giorno della visita a Najaf': that visit's)
            base = st.last_day        # 'Gli scontri erano iniziati giovedì 24 luglio. Quel giorno ...'
            if st.ref.precision == "DAY" and base > st.ref.start and _tense(st.doc, s, e) == PAST and \
                    _tense(st.doc, st.days[-1][1], st.days[-1][2]) != PAST:
                # '... una missione attesa lunedì 26 giugno. Lo stesso giorno il Consiglio ha discusso la crisi': a
                # past act on a day still to come (told as such) is not on that day, but on the last day mentioned
                # up to the article's
                base = next((d for d, _, _ in reversed(st.days) if d <= st.ref.start), base)
        elif vague_base is not None:
            base = vague_base
        else:
            base = _anaphor_base(st, s, e, (kind == "later" and bool(m.group("np")))
                                 or (kind == "anaphor" and (_OF_EVENT.match(text, e) is not None
                                                            or P.event_object.match(text, e) is not None)))
        if kind == "anaphor" and norm(m.group("t")) in v.unanchored and (
                base is None or ref.start is not None and base >= ref.start):
            # ('poco dopo la mezzanotte' with no earlier day before the article's: the night just past)
            base, n = None, v.unanchored[norm(m.group("t"))]
        if base is not None:
            value, prec, start, end, resolved = _relative(unit, n, base, "DAY")
            anchor = "PREVIOUS"
        else:
            value, prec, start, end, resolved = _relative(unit, n, *_ref_base(ref))
    elif kind == "pod_anaphor":
        n = v.pod_anaphor[norm(m.group("an"))]
        pod = v.parts_of_day[norm(m.group("pod"))]
        base = _anaphor_base(st, s, e)
        if base is not None:
            value, prec, start, end, resolved = _relative("D", n, base, "DAY")
            anchor = "PREVIOUS"
        else:
            value, prec, start, end, resolved = _relative("D", n, *_ref_base(ref))
    elif kind == "dl_time":
        anchor = "PUBLICATION"
        hh, mi = int(m.group("hh")), int(m.group("mi"))
        value, prec, start, end, resolved = _relative("D", 0, ref.start, ref.precision)
        clock = f"{hh:02d}:{mi:02d}"
    elif kind == "time":
        if m.group("hw"):
            hh, mi = int(v.numbers[norm(m.group("hw"))]), 0
        else:
            hh, mi = int(m.group("h")), int(m.group("mi") or 0)
        if m.group("cp"):
            cp = norm(m.group("cp"))
            if hh < 12:
                hh += v.clock_parts[cp]
            pod = v.parts_of_day.get(cp.rsplit(" ", 1)[-1])
        same_sentence = st.last_day is not None and not P.sentence_break.search(text, st.last_day_end, s)
        # ('... hanno firmato ieri sera i protocolli. La cerimonia, fissata per le 17, è cominciata soltanto alle
        # 20.20': a past clock time close after a past day named last is that day's)
        if same_sentence or st.last_day is not None and ref.start is not None and st.last_day < ref.start and \
                s - st.last_day_end <= 400 and _tense(st.doc, s, e) == PAST:
            base, base_prec, anchor = st.last_day, "DAY", "PREVIOUS"
        else:
            base, base_prec = ref.start, ref.precision
        value, prec, start, end, resolved = _relative("D", 0, base, base_prec)
        clock = f"{hh:02d}:{mi:02d}"
        mod = _modifier(st, s, "DATE", None)
    elif kind == "vague":
        value, prec, anchor = v.vague[norm(m.group("t"))], None, "PUBLICATION"
    elif kind == "set":
        typ, prec, anchor = "SET", None, "NONE"
        if m.group("wd"):
            value = f"XXXX-WXX-{v.weekdays[norm(m.group('wd'))]}"
        else:
            n = _num(m.group("n")) if m.group("n") else 1
            value = _dur_value(n, v.units[norm(m.group("u"))])
    elif kind == "rate":
        typ, prec, anchor = "SET", None, "NONE"
        value = v.rate_words[norm(m.group("t"))]
    elif kind == "set_adv":
        typ, prec, anchor = "SET", None, "NONE"
        value = v.set_adverbs[norm(m.group("t"))]
    elif kind == "fixed_dur":
        typ, prec, anchor = "DURATION", None, "NONE"
        value = v.fixed_durations[norm(m.group("t"))]
        mod = _modifier(st, s, typ, None)
    elif kind == "duration":
        typ, prec, anchor = "DURATION", None, "NONE"
        unit = v.units[norm(m.group("u"))]
        nw = norm(m.group("n"))
        n = None if nw in v.vague_quantifiers else _num(m.group("n"))
        value = _dur_value(n, unit, bool(m.group("half")))
        if m.group("n2"):
            n2 = _num(m.group("n2"))
            compound = None if n is None or n2 is None else \
                _compound_duration([(n, unit), (n2, v.units[norm(m.group("u2"))])])
            if compound is None:  # 'tre giorni e due anni': keep the first part only
                e = m.end("u")
            else:
                value = compound
        mod = _modifier(st, s, typ, None)
    elif kind == "bare_unit":
        typ, prec, anchor = "DURATION", None, "NONE"
        value = _dur_value(None, v.units[norm(m.group("u"))])
    else:  # pragma: no cover - every pattern kind is handled above
        raise ValueError(f"pattern kind {kind!r}: no resolver")

    if not resolved and typ == "DATE":
        anchor = anchor if anchor != "ABSOLUTE" else "PUBLICATION"
    return _timex(
        text=text[s:e], char_start=s, char_end=e, type=typ, value=value, precision=prec,
        start=start, end=end, modifier=mod, anchor=anchor, resolved=resolved, part_of_day=pod, clock=clock,
    )


def _timex(**fields) -> Timex:
    """Timex(**fields) without the frozen dataclass __init__ (one object.__setattr__ per field,
    the costliest step of a resolution): the same object, its fields set at once. Callers pass
    every field, in order (checked below for the class)."""
    t = object.__new__(Timex)
    t.__dict__.update(fields)
    return t


if tuple(f.name for f in dataclasses.fields(Timex)) != (
        "text", "char_start", "char_end", "type", "value", "precision", "start", "end", "modifier", "anchor",
        "resolved", "part_of_day", "clock") or hasattr(Timex, "__post_init__") or hasattr(Timex, "__slots__"):
    raise ImportError("transforms.timex.tagger._timex: update it to the fields of Timex")  # pragma: no cover


# ------------------------------------------------------------------ public API

_OF_NEXT = re.compile(r"\s+(?:del|dello|della|dell['’]|di)\b")


def tag(text: str, reference: Reference) -> list[Timex]:
    """Temporal expressions of `text`, resolved against `reference`; sorted, non-overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"tag(text=...): expected str, got {type(text).__name__}")
    if not isinstance(reference, Reference):
        raise TypeError(f"tag(reference=...): expected a Reference, got {type(reference).__name__}")
    last = _LAST_TAG[0]
    if last is not None and last[0] is text and last[1] == reference:
        return list(last[2])      # (reference_for tags a text it finds no day for; analyze then asks again)
    out = _tag(text, reference)
    _LAST_TAG[0] = (text, reference, tuple(out))
    return out


# (text, reference, its timexes) of the last tag() call: Timex is frozen, so the same objects can be handed out again
_LAST_TAG: list = [None]


def _tag(text: str, reference: Reference) -> list[Timex]:
    """tag(), computed."""
    doc = _doc(text)
    cands = _candidates(text, doc=doc)  # first: it settles doc.low (`_Doc.check`)
    st = _State(doc, reference)
    out: list[Timex] = []
    for c in cands:
        tx = _resolve(st, c)
        if tx is None:
            continue
        out.append(tx)
        if tx.type == "DATE" and tx.resolved and tx.start is not None and tx.precision is not None:
            st.last_date = (tx.value, tx.precision, tx.start, tx.end)
            st.last_date_end = tx.char_end
            if tx.precision == "DAY" and tx.part_of_day in ("NI", "EV"):
                st.last_night = tx.start
        if c.kind == "time" and _OF_NEXT.match(doc.low, tx.char_end):
            continue  # 'alle 16 dello stesso giorno': the day is the expression that follows
        if tx.type == "DATE" and tx.precision == "DAY" and tx.resolved and tx.start is not None and \
                tx.modifier != "BY" and not _in_weekday_span(doc.low, tx):
            # (a deadline, 'entro sessanta giorni dalla firma', is no day the story is at)
            st.last_day = tx.start
            st.last_day_end = tx.char_end
            st.days.append((tx.start, tx.char_start, tx.char_end))
    out = _bare_days(text, out) if _BARE_DAY_HINT.search(text) else out
    return _apposed(text, out)


# 'Sei giorni prima, martedì 12 maggio, le dogane ...': a day counted from another, apposed to the day it names
_APPOSITION_GAP = re.compile(r",\s*")


def _apposed(text: str, out: list[Timex]) -> list[Timex]:
    for i, (a, b) in enumerate(zip(out, out[1:])):
        if a.type == b.type == "DATE" and a.anchor == "PREVIOUS" and a.precision == b.precision == "DAY" and \
                b.anchor in ("PUBLICATION", "ABSOLUTE") and b.resolved and a.value != b.value and \
                _APPOSITION_GAP.fullmatch(text, a.char_end, b.char_start):
            out[i] = dataclasses.replace(a, value=b.value, start=b.start, end=b.end)
    return out


def _in_weekday_span(low: str, tx: Timex) -> bool:
    """'da mercoledì a venerdì': the days of a span, not days the story is at."""
    P = patterns()
    before = P.weekday_span_before.search(low, max(0, tx.char_start - 20), tx.char_start)
    if before is None:
        return False
    # ('da mercoledì a venerdì': the second day after 'da <day> a', the first before 'a <day>'; 'Da mercoledì 18
    # marzo ... non rilascia più visti' is a day the story is at)
    return before.group(0).rstrip().lower() != "da" or P.weekday_span_after.match(low, tx.char_end) is not None


# 'Il 4 febbraio la Farnesina convocò l'ambasciatore, e il 6 il presidente del Consiglio chiamò ...': a bare day
# number after a day of the same sentence is a day of that month
_BARE_DAY_HINT = re.compile(r"(?:,|\se)\s+(?:il|l['’])\s*\d")
_BARE_DAY = re.compile(r"(?:,|\se)\s+(?:il|l['’])\s*(?P<t>(?P<d>[12]\d|3[01]|0?[1-9]))"
                       r"(?=\s+(?:il|lo|la|i|gli|le|l['’]|[A-ZÀ-Ý]))")
_BARE_DAY_GAP = re.compile(r"[.;!?\n]")


def _bare_days(text: str, out: list[Timex]) -> list[Timex]:
    added = []
    for m in _BARE_DAY.finditer(text):
        s, e = m.start("t"), m.end("t")
        prev = [tx for tx in out if tx.char_end <= m.start() and m.start() - tx.char_end <= 150]
        if not prev or any(tx.char_start < e and s < tx.char_end for tx in out):
            continue
        last = prev[-1]
        if last.type != "DATE" or last.precision != "DAY" or not last.resolved or last.start is None or \
                _BARE_DAY_GAP.search(text, last.char_end, m.start()):
            continue
        d = int(m.group("d"))
        if not _valid(last.start.year, last.start.month, d):
            continue
        value, prec, start, end = _date_result(last.start.year, last.start.month, d)
        added.append(_timex(text=m.group("t"), char_start=s, char_end=e, type="DATE", value=value, precision=prec,
                            start=start, end=end, modifier=None, anchor="PREVIOUS", resolved=True,
                            part_of_day=None, clock=None))
    return sorted(out + added, key=lambda t: t.char_start) if added else out


def find_dateline(text: str) -> Dateline | None:
    """A dateline ('Mosca, 9 novembre 2025 –') at the start of one of the first lines."""
    if not isinstance(text, str):
        raise TypeError(f"find_dateline(text=...): expected str, got {type(text).__name__}")
    found = _dateline_match(_doc(text))
    return found[0] if found is not None else None


def _dateline_match(doc: _Doc) -> tuple[Dateline, re.Match] | None:
    if doc.dateline is not False:
        return doc.dateline
    doc.dateline = _scan_dateline(doc.text)
    return doc.dateline


_NON_SPACE = re.compile(r"\S")


def _scan_dateline(text: str) -> tuple[Dateline, re.Match] | None:
    P = patterns()
    pos, seen = 0, 0
    n = len(text)
    while pos <= n and seen < 5:
        nl = text.find("\n", pos)
        eol = n if nl < 0 else nl
        if _NON_SPACE.search(text, pos, eol):
            seen += 1
            m = P.dateline.match(text, pos, eol) if P.dateline_date.match(text, pos, eol) else None
            if m:
                mo = _month(m.group("m"))
                d = int(m.group("d"))
                ys = m.group("y")
                tok = m.group("m")
                if mo is not None and _valid(int(ys) if ys else None, mo, d):
                    value = f"{ys}-{mo:02d}-{d:02d}" if ys else f"--{mo:02d}-{d:02d}"
                    # a lower-case abbreviation without a dot ('17 dic') only with more dateline
                    # evidence: a clock time or an agency tag ('17 dic 16:40 - (Agenzia Nova) -')
                    evidence = m.group("hh") or m.group("agency") or m.group("pre") \
                        or text.startswith("(", m.end("dash") + 1) \
                        or text.startswith("(", m.end("dash"))
                    if not (_is_abbrev(tok) and not (tok.endswith(".") or tok.isupper() or ys or evidence)):
                        return Dateline(m.group("place").strip(), value, "DAY", m.start("place"), m.end("dash")), m
        if nl < 0:
            break
        pos = nl + 1
    return None


_PUBLISHED = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?\s*")


def _parse_published(published) -> Reference | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        published = published.date()
    if isinstance(published, date):
        return Reference.of(published.isoformat())
    if not isinstance(published, str):
        raise TypeError(f"published={published!r}: expected str, date or None")
    if not published.strip():
        return None
    m = _PUBLISHED.fullmatch(published)
    if not m:
        raise ValueError(
            f"published={published!r}: expected 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or an ISO timestamp"
        )
    y, mo, d = m.group(1), m.group(2), m.group(3)
    value = y + (f"-{mo}" if mo else "") + (f"-{d}" if d else "")
    try:
        return Reference.of(value)
    except ValueError as exc:
        raise ValueError(f"published={published!r}: not a calendar date ({exc})") from exc


_FULL_DATE_KINDS = frozenset({"dmy", "mdy_en", "dmy_en", "numeric", "iso"})


def _first_full_date(text: str) -> date | None:
    for c in _candidates(text, _FULL_DATE_KINDS):
        m = c.m
        if c.kind == "dm_first" or not m.group("y"):
            continue
        mo, d = _month(m.group("m")), _day(m.group("d"))
        y = _year(m.group("y"))
        if mo is not None and d is not None and _valid(y, mo, d):
            return date(y, mo, d)
    return None


def _said_today(text: str, ref: Reference) -> Reference | None:
    """The day the text itself names with a relative day just before it: 'Oggi, mercoledì 8 agosto, il primo
    ministro ...' is today; 'Ieri sera, martedì 24 agosto 2021, ...' is yesterday, so today is the day after.
    The relative day may carry a part of the day ('ieri sera', 'stamattina'); the named day is resolved against
    the provisional reference."""
    v = vocab()
    words = dict(v.relative_days)
    words.update({w: 0 for w in v.today_parts})
    # ('Questa mattina, martedì 22, ...': the 'todaypart' pattern's forms)
    words.update({f"{this} {pod}": 0 for pod in v.parts_of_day for this in ("questa", "questo")})
    low = text.lower()
    if not any(w in low for w in words):
        return None
    parts = tuple(v.parts_of_day)
    for t in tag(text, ref):
        if t.type != "DATE" or t.precision != "DAY" or t.start is None:
            continue
        before = low[max(0, t.char_start - 24):t.char_start].rstrip(" ,(")
        stem = before
        for part in parts:
            if before.endswith(" " + part):
                stem = before[: -len(part) - 1].rstrip()
                break
        for w, off in words.items():
            for b in (before, stem):
                if b.endswith(w) and not b[:-len(w)][-1:].isalpha():
                    return Reference.of(date.fromordinal(t.start.toordinal() - off).isoformat(), "PUBLICATION")
        # the relative day after the named one, in commas or brackets: 'Lunedì 8 settembre, oggi, ...'
        after = _SAID_AFTER.match(low, t.char_end)
        if after is not None and after.group(1) in words:
            return Reference.of(date.fromordinal(t.start.toordinal() - words[after.group(1)]).isoformat(),
                                "PUBLICATION")
    return None


_SAID_AFTER = re.compile(r"\s*[,(]\s*([\w'’]+)\s*[,)]")


_DAY_MONTH = re.compile(r"XXXX-(\d{2})-(\d{2})")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")


def _weekday_phrases(text: str, ref: Reference):
    """(timex, ISO weekday) of the 'weekday day month' phrases of a text that name no year ('lunedì 20 agosto')."""
    v = vocab()
    for t in tag(text, ref):
        # (a year the tagger took from a year the text names elsewhere, 'come nel 2011', is no year of the phrase)
        # (nor is a day the tagger took from the context, a bare 'Lunedì' after '18 luglio 1994': the phrase names
        # its day by number)
        if t.type == "DATE" and t.precision == "DAY" and not _FOUR_DIGITS.search(t.text) and _DIGIT.search(t.text) \
                and (wd := v.weekdays.get(norm(t.text.split()[0]))) is not None:
            yield t, wd


def weekday_days(text: str, first_year: int = 1946, last_year: int = 2035) -> list[date]:
    """For a text with no year anywhere: the days its first 'weekday day month' ('lunedì 20 agosto') may be, one per
    year of [first_year, last_year] in which every such phrase of the text falls on its weekday (empty when the text
    names none, or no year agrees)."""
    first, years = None, None
    for t, wd in _weekday_phrases(text, Reference.of(None)):
        m = _DAY_MONTH.fullmatch("XXXX" + (t.value or "")[4:])
        if m is None:
            continue
        mo, d = int(m.group(1)), int(m.group(2))
        ok = {y for y in range(first_year, last_year + 1) if _valid(y, mo, d) and date(y, mo, d).isoweekday() == wd}
        years = ok if years is None else years & ok
        first = first or (mo, d)
    if not years:
        return []
    return [date(y, *first) for y in sorted(years)]


def weekdays_agree(text: str, ref: Reference) -> bool:
    """Whether every 'weekday day month' phrase of the text falls on its weekday when resolved against ``ref``."""
    return all(t.start is not None and t.start.isoweekday() == wd for t, wd in _weekday_phrases(text, ref))


_NAMED_YEAR = re.compile(r"(?<![\d/.,-])(?:19[4-9]\d|20[0-4]\d)(?![\d%]|[/.,-]\d)")


def story_day(text: str, days: list[date]) -> date | None:
    """Of the days an undated text may speak of (weekday_days), the first whose year is at or after the latest year
    the text names: the years a text names are its background ('il primo viaggio dal 2018', 'come nel 2011'), its
    story comes after them. None when the text names no year or no day is that late."""
    years = [int(y) for y in _NAMED_YEAR.findall(text)]
    if not years:
        return None
    latest = max(years)
    return next((d for d in days if d.year >= latest), None)


def reference_for(published: str | None, text: str) -> Reference:
    """The Reference of an article: publication metadata, else dateline, else the day the text calls today,
    else first full date."""
    pub = _parse_published(published)
    if pub is not None and pub.precision == "DAY":
        return pub
    ref = _reference_without_day(pub, text)
    if ref.precision == "DAY" and ref.source == "PUBLICATION":
        return ref
    today = _said_today(text, ref)
    if today is None and (ref.source == "TEXT" or ref.precision != "DAY"):
        today = _days_since_first(text)
    if today is None or pub is not None and not pub.start <= today.start <= pub.end:
        return ref
    return today


# today counted from an event: 'Oggi, a quattro giorni dall'annuncio', 'A quattro giorni dal sequestro', 'Oggi, otto
# giorni dopo la nomina'
# ('a tre giorni dal vertice' inside a sentence may count to a day ahead: only after 'oggi' or opening a sentence)
_DAYS_SINCE = re.compile(r"(?:(?<![\w'’])[Oo](?:ggi|ra),?\s+[aA]|(?:^|(?<=[.!?]\s)|(?<=\n))A)\s+(?P<a>[\w']+)\s+"
                         r"giorni\s+(?:dal|dalla|dallo|dall['’]|dai|dagli|dalle)"
                         r"|(?<![\w'’])[Oo](?:ggi|ra),?\s+(?P<b>[\w']+)\s+giorni\s+dopo\s+"
                         r"(?:il|lo|la|l['’]|i|gli|le)")


def _days_since_first(text: str) -> Reference | None:
    """Today, for an article with no day in its header or dateline: its first full date plus the days a phrase
    counts from it ('Oggi, a quattro giorni dall'annuncio' after 'Venerdì 30 settembre 2011')."""
    m, i = None, text.find(" giorni ")
    while m is None and i >= 0:   # (only around the word 'giorni': a search of the whole text is slow)
        m = _DAYS_SINCE.search(text, max(0, i - 24), i + 30)
        i = text.find(" giorni ", i + 1)
    if m is None:
        return None
    n = _num(m.group("a") or m.group("b"))
    first = _first_full_date(text)
    if first is None or n is None or n != int(n) or not 0 < n <= 60:
        return None
    return Reference.of(date.fromordinal(first.toordinal() + int(n)).isoformat(), "PUBLICATION")


def _reference_without_day(pub: Reference | None, text: str) -> Reference:
    dl = find_dateline(text)
    if dl is not None:
        mo, d = int(dl.value[-5:-3]), int(dl.value[-2:])
        if dl.value.startswith("--"):
            if pub is not None and pub.start is not None:
                y = pub.start.year
                if pub.precision == "MONTH":
                    diff = mo - pub.start.month
                    y = y - 1 if diff > 6 else y + 1 if diff < -6 else y
                if _valid(y, mo, d):
                    return Reference.of(f"{y:04d}-{mo:02d}-{d:02d}", "PUBLICATION")
        else:
            cand = date.fromisoformat(dl.value)
            if pub is None or (pub.start <= cand <= pub.end):
                return Reference.of(dl.value, "PUBLICATION")
    if pub is not None:
        return pub
    first = _first_full_date(text)
    if first is not None:
        return Reference.of(first.isoformat(), "TEXT")
    return Reference.of(None)
