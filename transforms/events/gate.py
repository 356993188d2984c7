"""A fast pre-filter for many word-bounded regexes: try a regex only where one of its literal prefixes occurs.

Each regex's literal prefixes (lower-case, up to 12 characters: ``(?:di )?incontrare`` gives ``di incontrare``
and ``incontrare``) are read from its parse tree and put in one Aho-Corasick automaton (``pyahocorasick``);
one pass of it over the lower-cased text gives, for every word start, the regexes worth trying there. A regex
whose beginning cannot be bounded (e.g. it starts with ``\\w``) is run as a plain ``finditer``.

The index only proposes positions; every match is still made by the original regex on the original text, at
the same positions and in the same order as a plain scan of all word starts (tests/transforms/events/
test_gate.py), so the output does not depend on it. It is used only for texts without cased characters outside
:data:`SAFE_CHARS` (for those, lower-casing keeps lengths and case-insensitive equality is equality of
lower-cases); other texts use the plain scan.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

import ahocorasick

try:                                    # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:                     # pragma: no cover - Python < 3.11
    import sre_constants as _c          # type: ignore
    import sre_parse as _p              # type: ignore

K = 3
MAX_LITERALS = 256
MIN_REQUIRED = 4      # shortest required literal worth checking (' di ' is everywhere)
Near = tuple[frozenset[str], int, int]   # (literals, k, after): one follows at most k spaces on (see _near)


def _safe_chars() -> str:
    """Characters for which lower-casing is length-preserving and case-insensitive matching of any two of them
    is equality of their lower-cases (Latin scripts, general punctuation, currency signs)."""
    codes = list(range(0x20, 0x250)) + [0x9, 0xA, 0xD] + list(range(0x2000, 0x2070)) + list(range(0x20A0, 0x20C1))
    odd = {0x130, 0x131, 0x17F, 0xB5, 0x149, 0x1F0, 0xDF}   # İ ı ſ µ ŉ ǰ ß: special case folding
    out = []
    for c in codes:
        ch = chr(c)
        if c in odd or len(ch.lower()) != 1 or ch.lower().lower() != ch.lower():
            continue
        out.append(ch)
    return "".join(out)


SAFE_CHARS = _safe_chars()
_UNSAFE = re.compile("[^" + "".join(re.escape(ch) for ch in SAFE_CHARS) + "]")
_SAFE_SET = frozenset(SAFE_CHARS)


def _seq(items, acc: set[str]) -> Optional[set[str]]:
    """Extend each prefix in acc by the sequence ``items``; None when unbounded."""
    for op, av in items:
        if all(len(a) >= K for a in acc):
            return acc
        done = {a for a in acc if len(a) >= K}
        todo = {a for a in acc if len(a) < K}
        if op is _c.LITERAL:
            acc = done | {a + chr(av).lower() for a in todo}
        elif op is _c.IN:
            chars = []
            for iop, iav in av:
                if iop is _c.LITERAL:
                    chars.append(chr(iav).lower())
                else:
                    return None if not done else None
            acc = done | {a + ch for a in todo for ch in chars}
        elif op is _c.SUBPATTERN:
            sub = _seq(av[-1], todo)
            if sub is None:
                return None
            acc = done | sub
        elif op is _c.BRANCH:
            out = set()
            for branch in av[1]:
                sub = _seq(branch, set(todo))
                if sub is None:
                    return None
                out |= sub
            acc = done | out
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, body = av
            once = _seq(body, set(todo))
            if once is None:
                return None
            # after one iteration the continuation is not followed further (prefix stays shorter: still valid)
            stop = {a + "\0" for a in once}          # mark as complete (no further extension)
            acc = done | stop | (set(todo) if lo == 0 else set())
            acc = {a if not a.endswith("\0") else a[:-1].ljust(K, "\0") for a in acc}
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        else:
            return None
    return acc


def beginnings(pattern: str) -> Optional[frozenset[str]]:
    try:
        tree = _p.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    acc = _seq(list(tree), {""})
    if acc is None or "" in acc:
        return None
    return frozenset(a.rstrip("\0") for a in acc)


def _lowerable(pattern: str) -> Optional[bool]:
    """Whether ``pattern``, matched case-sensitively on lower-cased safe text, matches exactly where it matches
    case-insensitively on the original (True: lower-case literals; False: needs ``(?i:)``); None when it has
    something the filter does not handle (case-sensitive parts, characters outside SAFE_CHARS, ...)."""
    try:
        tree = _p.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    lower = True

    def walk(items) -> bool:
        nonlocal lower
        for op, av in items:
            if op in (_c.LITERAL, _c.NOT_LITERAL):
                ch = chr(av)
                if ch not in _SAFE_SET:
                    return False
                if ch.lower() != ch:
                    lower = False
            elif op is _c.IN:
                for iop, iav in av:
                    if iop is _c.LITERAL:
                        if chr(iav) not in _SAFE_SET:
                            return False
                        if chr(iav).lower() != chr(iav):
                            lower = False
                    elif iop is _c.RANGE:
                        span = [chr(x) for x in range(iav[0], iav[1] + 1)]
                        if any(ch not in _SAFE_SET for ch in span):
                            return False
                        if any(ch.lower() not in span for ch in span):
                            lower = False
                    elif iop not in (_c.CATEGORY, _c.NEGATE):
                        return False
            elif op is _c.SUBPATTERN:
                if av[1] or av[2]:            # scoped flags: (?-i:...) and the like
                    return False
                if not walk(av[-1]):
                    return False
            elif op is _c.BRANCH:
                if not all(walk(b) for b in av[1]):
                    return False
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                if not walk(av[2]):
                    return False
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                if not walk(av[1]):
                    return False
            elif op in (_c.AT, _c.ANY, _c.CATEGORY, _c.GROUPREF):
                continue
            else:
                return False
        return True

    if not walk(list(tree)):
        return None
    return lower


def _literals(items, acc: set[str], kmax: int) -> Optional[tuple[set[str], set[str]]]:
    """(complete, open) lower-case literal prefixes after the sequence ``items`` extends ``acc``: every match
    begins with one of them; a prefix stops growing at ``kmax`` characters or at the first part that is not a
    plain literal (a class, a repeat's second turn, a case-sensitive group, ...). None: more than
    :data:`MAX_LITERALS` prefixes."""
    done, todo = set(), set(acc)
    for op, av in items:
        short = {a for a in todo if len(a) < kmax}
        done |= todo - short
        todo = short
        if not todo:
            break
        if op is _c.LITERAL:
            todo = {a + chr(av).lower() for a in todo}
        elif op is _c.IN and all(iop is _c.LITERAL for iop, _ in av):
            chars = {chr(iav).lower() for _, iav in av}
            todo = {a + ch for a in todo for ch in chars}
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            sub = _literals(av[-1], todo, kmax)
            if sub is None:
                return None
            done |= sub[0]
            todo = sub[1]
        elif op is _c.BRANCH:
            d: set[str] = set()
            t: set[str] = set()
            for branch in av[1]:
                sub = _literals(branch, todo, kmax)
                if sub is None:
                    return None
                d |= sub[0]
                t |= sub[1]
            done |= d
            todo = t
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, body = av
            sub = _literals(body, todo, kmax)
            if sub is None:
                return None
            if hi == 1:                              # '(...)?' or '(...){1}': what follows continues both ways
                done |= sub[0]
                todo = sub[1] | (todo if lo == 0 else set())
            else:                                    # the first turn only (or, when optional, no turn at all)
                done |= sub[0] | sub[1]
                if lo >= 1:
                    todo = set()
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue                                  # consume nothing
        else:
            done |= todo
            todo = set()
        if len(done) + len(todo) > MAX_LITERALS:
            return None
    return done, todo


def literal_prefixes(pattern: str, kmax: int = 12) -> Optional[frozenset[str]]:
    """The lower-case literal prefixes (up to ``kmax`` characters, as long as the pattern allows) one of which
    begins every match of ``pattern`` (case-insensitive); None when some match may begin with no literal or the
    prefixes cannot be written with :data:`SAFE_CHARS`. Shorter prefixes are tried when the long ones are too
    many."""
    try:
        tree = list(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    return _tree_prefixes(tree, kmax)


def _tree_prefixes(tree: list, kmax: int = 12) -> Optional[frozenset[str]]:
    """literal_prefixes of a parsed pattern (a list of parse items)."""
    for k in range(kmax, 0, -1):
        sub = _literals(tree, {""}, k)
        if sub is None:
            continue
        out = sub[0] | sub[1]
        if "" in out or any(ch not in _SAFE_SET for lit in out for ch in lit):
            return None
        # a prefix that extends another one adds nothing ('ha ' covers 'ha visto')
        return frozenset(a for a in out if not any(b != a and a.startswith(b) for b in out))
    return None


def _required(items) -> Optional[frozenset[str]]:
    """A set of lower-case literals one of which every match of the sequence ``items`` contains (the best one
    found: the longest shortest member), or None."""
    options = _option_sets(items, lambda sub: [got] if (got := _required(sub)) else [])
    if not options:
        return None
    return max(options, key=lambda o: (min(len(x) for x in o), -len(o)))


def _all_required(items) -> list[frozenset[str]]:
    """Every set of lower-case literals that _required may choose from for the sequence ``items`` (one of each
    set's literals is in every match), those of its groups and repeated parts included."""
    return _option_sets(items, _all_required)


def _option_sets(items, nested) -> list[frozenset[str]]:
    """The sets of lower-case literals one of which every match of the sequence ``items`` contains: its literal
    runs, the union of a branch's alternatives (each with a set of its own), and ``nested(sub)`` for a plain group
    or a repeated part (at least once); the one walk of _required (the best set of a part) and _all_required
    (every set of a part)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av).lower()
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue                                  # consumes nothing: the run goes on
        if run:
            options.append(frozenset((run,)))
            run = ""
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            options += nested(av[-1])
        elif op is _c.BRANCH:
            subs = [_required(b) for b in av[1]]
            if all(subs):
                options.append(frozenset().union(*subs))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            options += nested(av[2])
    if run:
        options.append(frozenset((run,)))
    return options


def required_literals(pattern: str) -> Optional[frozenset[str]]:
    """Lower-case literals one of which occurs in every match of ``pattern`` (case-insensitive), or None."""
    try:
        tree = list(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    return _tree_required(tree)


def _tree_required(tree: list) -> Optional[frozenset[str]]:
    """required_literals of a parsed pattern (a list of parse items)."""
    got = _required(tree)
    if not got or any(ch not in _SAFE_SET for lit in got for ch in lit):
        return None
    return frozenset(got)


def _filtering(req: Optional[frozenset[str]]) -> Optional[frozenset[str]]:
    """``req`` when it is worth checking (a common literal such as ' di ' filters nothing), else None."""
    return req if req and min(len(lit.strip()) for lit in req) >= MIN_REQUIRED else None


def _alternatives(items: list) -> list[list]:
    """The parse items of ``items`` once per alternative of its leading alternation (nested ones expanded):
    '(?<!\\w)(?:ha (?:\\w+ )?sanzionato|sanziona)\\b' gives '(?<!\\w)(?:ha (?:\\w+ )?sanzionato)\\b' and
    '(?<!\\w)(?:sanziona)\\b'. A match of the pattern is a match of one of them; [items] when it does not begin
    with an alternation."""
    for k, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue                                  # consumes nothing: the alternation may come next
        if op is _c.BRANCH:
            return [items[:k] + alt + items[k + 1:] for branch in av[1] for alt in _alternatives(list(branch))]
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            inner = _alternatives(list(av[-1]))
            if len(inner) > 1:
                return [items[:k] + [(op, (av[0], av[1], av[2], alt))] + items[k + 1:] for alt in inner]
        break
    return [items]


def _requirements(pattern: str, lits: frozenset[str]
                  ) -> dict[str, tuple[Optional[frozenset[str]], Optional[tuple[Near, ...]]]]:
    """For each literal prefix ``lit`` of ``pattern`` (literal_prefixes), (literals one of which every match
    beginning with ``lit`` contains further on, or None; the near requirement of those matches, or None): for each
    alternative of its leading alternation that may begin with ``lit`` (a match begins with one of the
    alternative's prefixes and with ``lit``: one of the two begins the other), the best of its required literals
    (_required) not already in ``lit``, and its _near. 'ha ' of '(?:(?:ha|hanno) (?:\\w+ )?sanzionato|...|accordo)'
    needs 'sanzionato', not any literal of the whole pattern (and after at most two spaces).
    The near requirements of ``lit``: those of the alternatives, the literals of those with as many spaces (and the
    same ``after``) in one (a match beginning with ``lit`` meets one of them)."""
    try:
        tree = list(_p.parse(pattern, re.IGNORECASE))
    except re.error:
        return dict.fromkeys(lits, (None, None))
    alts = []
    for a in _alternatives(tree):
        options = [o for o in _all_required(a) if all(ch in _SAFE_SET for lit in o for ch in lit)
                   and min(len(lit.strip()) for lit in o) >= MIN_REQUIRED]      # a common one filters nothing
        alts.append((_tree_prefixes(a), options, _near(a)))
    out: dict[str, tuple[Optional[frozenset[str]], Optional[tuple[Near, ...]]]] = {}
    for lit in lits:
        reqs: Optional[list[frozenset[str]]] = []
        nears: Optional[list[Near]] = []
        for pre, options, near in alts:
            if pre is not None and not any(lit.startswith(q) or q.startswith(lit) for q in pre):
                continue                      # the alternative cannot match where lit begins
            if reqs is not None:
                useful = [o for o in options if not any(r in lit for r in o)]
                reqs = reqs + [max(useful, key=lambda o: (min(len(x) for x in o), -len(o)))] if useful else None
            if nears is not None:
                nears = nears + [near] if near is not None else None
            if reqs is None and nears is None:
                break
        by_spaces: dict[tuple[int, int], frozenset[str]] = {}
        for near_lits, k, after in nears or ():
            by_spaces[k, after] = by_spaces.get((k, after), frozenset()) | near_lits
        out[lit] = (frozenset().union(*reqs) if reqs else None,
                    tuple((near_lits, k, after) for (k, after), near_lits in sorted(by_spaces.items())) or None)
    return out


@lru_cache(maxsize=None)
def _analysis(pattern: str) -> tuple:
    """(beginnings, literal_prefixes, the required literals worth checking, _requirements) of ``pattern`` (None,
    None, None, {} when it cannot be bounded); read once for the gates that share it (the trigger, cue and
    combined gates)."""
    b = beginnings(pattern)
    lits = literal_prefixes(pattern) if b is not None else None
    if b is None or lits is None:
        return b, None, None, {}
    return b, lits, _filtering(required_literals(pattern)), _requirements(pattern, lits)


_NO_SPACE_CATEGORIES = frozenset({_c.CATEGORY_WORD, _c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE}
                                  | ({_c.CATEGORY_UNI_WORD, _c.CATEGORY_UNI_DIGIT, _c.CATEGORY_UNI_NOT_SPACE}
                                     if hasattr(_c, "CATEGORY_UNI_WORD") else set()))


def _max_spaces(items) -> Optional[int]:
    """The most spaces (' ') a match of the sequence ``items`` may contain, or None when unbounded or not known
    ('(?:\\w+ )?' may hold one, '(?:[\\w'’]+ ){0,5}' five, '[^.;:]{0,60}' sixty)."""
    n = 0
    for op, av in items:
        if op is _c.LITERAL:
            n += av == 32
        elif op is _c.NOT_LITERAL:
            n += av != 32
        elif op is _c.ANY:
            n += 1
        elif op is _c.IN:
            n += not all(iop is _c.LITERAL and iav != 32 or iop is _c.RANGE and not iav[0] <= 32 <= iav[1]
                         or iop is _c.CATEGORY and iav in _NO_SPACE_CATEGORIES for iop, iav in av)
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue                                  # consumes nothing
        elif op is _c.SUBPATTERN or op is getattr(_c, "ATOMIC_GROUP", None):
            sub = _max_spaces(av[-1] if op is _c.SUBPATTERN else av)
            if sub is None:
                return None
            n += sub
        elif op is _c.BRANCH:
            subs = [_max_spaces(b) for b in av[1]]
            if None in subs:
                return None
            n += max(subs, default=0)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub = _max_spaces(av[2])
            if sub is None or sub and av[1] is _c.MAXREPEAT:
                return None
            n += sub * av[1]
        else:
            return None
    return n


_NONWORD_CATEGORIES = frozenset({_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD}
                                 | ({_c.CATEGORY_UNI_SPACE, _c.CATEGORY_UNI_NOT_WORD}
                                    if hasattr(_c, "CATEGORY_UNI_SPACE") else set()))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _last_kinds(items) -> frozenset[str]:
    """What the last character a match of the sequence ``items`` consumes may be: 'N' a non-word character, 'W' any
    (a word character too), 'E' none (the match may be empty)."""
    acc = frozenset("E")
    for op, av in items:
        if op is _c.LITERAL:
            k = frozenset("W" if _is_word_char(chr(av)) else "N")
        elif op is _c.IN:
            nonword = all(iop is _c.LITERAL and not _is_word_char(chr(iav))
                          or iop is _c.CATEGORY and iav in _NONWORD_CATEGORIES for iop, iav in av)
            k = frozenset("N" if nonword else "W")
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            k = frozenset("E")
        elif op is _c.SUBPATTERN:
            k = _last_kinds(av[-1])
        elif op is _c.BRANCH:
            k = frozenset().union(*(_last_kinds(b) for b in av[1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            k = _last_kinds(av[2]) | (frozenset("E") if av[0] == 0 else frozenset())
        else:
            k = frozenset("WE")
        acc = (k - {"E"}) | acc if "E" in k else k
    return acc


def _near(items: list, kmax: int = 8) -> Optional[Near]:
    """(literals, k, after) such that every match of the sequence ``items`` holds one of the lower-case literals
    where the part of the match before it holds at most k spaces ('ha (?:\\w+ )?sospeso': 'sospeso' after at most
    two spaces), the best found (the fewest spaces, then the longest shortest literal); None when there is none.
    after: 1 when the literal comes after a non-word character ('sospeso' after 'ha '; not 'affermato'), 2 when
    after one or at the match's start, else 0."""
    best, best_score, k = None, None, 0
    for j, (op, av) in enumerate(items):
        if best is not None and k > best[1]:
            break                                     # (fewer spaces first: none further on is better)
        if k and op in (_c.LITERAL, _c.IN, _c.SUBPATTERN, _c.BRANCH):
            sub = _literals(items[j:], {""}, kmax)
            if sub is not None:
                lits = sub[0] | sub[1]
                if lits and "" not in lits and all(ch in _SAFE_SET for lit in lits for ch in lit):
                    score = (-k, min(len(lit.strip()) for lit in lits))
                    if score[1] >= MIN_REQUIRED and (best_score is None or score > best_score):
                        last = _last_kinds(items[:j])
                        after = 1 if last == {"N"} else 2 if last == {"N", "E"} else 0
                        best, best_score = (frozenset(lits), k, after), score
        n = _max_spaces([(op, av)])
        if n is None:
            break
        k += n
    return best


_NO_NEWLINE_CATEGORIES = frozenset({_c.CATEGORY_WORD, _c.CATEGORY_DIGIT, _c.CATEGORY_UNI_WORD,
                                    _c.CATEGORY_UNI_DIGIT} if hasattr(_c, "CATEGORY_UNI_WORD") else
                                   {_c.CATEGORY_WORD, _c.CATEGORY_DIGIT})


def crosses_lines(rx: re.Pattern) -> bool:
    """Whether a match of ``rx`` may contain a line break (True when in doubt)."""
    try:
        tree = list(_p.parse(rx.pattern, rx.flags))
    except re.error:
        return True

    def walk(items) -> bool:
        for op, av in items:
            if op is _c.LITERAL:
                if av == 10:
                    return True
            elif op is _c.NOT_LITERAL:
                if av != 10:
                    return True
            elif op is _c.ANY:
                if rx.flags & re.DOTALL:
                    return True
            elif op is _c.IN:
                for iop, iav in av:
                    if iop is _c.NEGATE:
                        return True
                    if iop is _c.LITERAL and iav == 10:
                        return True
                    if iop is _c.RANGE and iav[0] <= 10 <= iav[1]:
                        return True
                    if iop is _c.CATEGORY and iav not in _NO_NEWLINE_CATEGORIES:
                        return True
            elif op is _c.SUBPATTERN:
                if walk(av[-1]):
                    return True
            elif op is _c.BRANCH:
                if any(walk(b) for b in av[1]):
                    return True
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                if walk(av[2]):
                    return True
            elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue                              # consumes nothing
            else:
                return True
        return False

    return walk(tree)


class LiteralIndex:
    """Where the literal prefixes of several regexes occur in a lower-cased text (anywhere, not only at word
    starts), all found in one pass: a window of the text holds a match of a regex only if one of its positions
    lies in it. Regexes without literal prefixes are not indexed (``positions`` has no entry for them)."""

    def __init__(self, patterns: dict):
        by_literal: dict[str, set] = {}
        for key, pattern in patterns.items():
            for lit in literal_prefixes(pattern) or ():
                by_literal.setdefault(lit, set()).add(key)
        self.keys = frozenset(k for lits in by_literal.values() for k in lits)
        self.index = None
        if by_literal:
            self.index = ahocorasick.Automaton()
            for lit, keys in by_literal.items():
                self.index.add_word(lit, (len(lit), tuple(keys)))
            self.index.make_automaton()

    def positions(self, low: str) -> dict:
        """key -> sorted start positions of its prefixes in ``low`` (an empty list when none occurs)."""
        out: dict = {k: [] for k in self.keys}
        if self.index is not None:
            for end, (n, keys) in self.index.iter(low):
                for k in keys:
                    out[k].append(end - n + 1)
        for where in out.values():
            where.sort()
        return out


def _cased_outside_safe(text: str) -> bool:
    """Whether ``text`` has a cased character outside :data:`SAFE_CHARS` (whose case-insensitive match may not
    be equality of lower-cases: 'ſ' matches 's', 'K' (Kelvin) matches 'k'); emoji and other uncased
    characters are harmless."""
    return any(ch.lower() != ch or ch.upper() != ch for ch in set(_UNSAFE.findall(text)))


_BREAK = re.compile("\n")


def _breaks(low: str) -> list[int]:
    """The positions of the line breaks of ``low``."""
    return [m.start() for m in _BREAK.finditer(low)]


class Gate:
    """Run many word-bounded regexes over a text, each only where one of its literal prefixes occurs.

    Regexes whose beginning cannot be bounded run as ordinary ``finditer`` scans.
    """

    def __init__(self, patterns: list[str], regexes: list[re.Pattern], word_start: bool = True):
        self.regexes = regexes
        self.word_start = word_start
        self.always = []
        by_prefix: dict[str, set[int]] = {}
        by_literal: dict[str, set[int]] = {}
        self.one_line = [not crosses_lines(rx) for rx in regexes]
        # Requirement keys: (literals, one line), one of the literals being in every match ('incontrato' in
        # '(?:ha|hanno) (?:\\w+ )?incontrato'); a candidate position of a regex without one of its key's literals
        # beginning there or further on (on its line, when the regex cannot cross lines) is skipped.
        keys: dict[tuple[frozenset, bool], int] = {}
        self.rx_key = [-1] * len(regexes)        # regex -> the key of all its matches (-1: none worth checking)
        # literal prefix -> {regex: the key of its matches beginning with that prefix}: sharper than rx_key when
        # the regex is an alternation ('ha ' needs 'sanzionato', not any literal of any alternative)
        lit_keys: dict[str, dict[int, int]] = {}
        # near requirements (gate._near): (literals, whether they count only after a non-word character) -> near
        # key; literal prefix -> {regex: ((near key, spaces), ...)}
        near_keys: dict[tuple[frozenset, bool], int] = {}
        lit_near: dict[str, dict[int, tuple[tuple[int, int], ...]]] = {}
        for i, p in enumerate(patterns):
            b, lits, req, lit_reqs = _analysis(p)
            if b is None or lits is None:
                self.always.append(i)
                continue
            for pre in b:
                by_prefix.setdefault(pre, set()).add(i)
            if req:
                self.rx_key[i] = keys.setdefault((req, self.one_line[i]), len(keys))
            for lit, (lit_req, near) in lit_reqs.items():
                by_literal.setdefault(lit, set()).add(i)
                lit_keys.setdefault(lit, {})[i] = (keys.setdefault((lit_req, self.one_line[i]), len(keys))
                                                   if lit_req else self.rx_key[i])
                if near is not None:
                    # (at the match's start, a word start for a word-start gate)
                    lit_near.setdefault(lit, {})[i] = tuple(
                        (near_keys.setdefault((near_lits, after == 1 or after == 2 and word_start), len(near_keys)), k)
                        for near_lits, k, after in near)
        self.n_keys = len(keys)
        self.key_one_line = [one for (_, one), _ in sorted(keys.items(), key=lambda kv: kv[1])]
        by_required: dict[str, list[int]] = {}   # literal -> the keys it is one of the literals of
        for (req, _), k in keys.items():
            for lit in req:
                by_required.setdefault(lit, []).append(k)
        by_near: dict[str, list[tuple[int, bool]]] = {}   # literal -> (near key, after a non-word character) of the
        for (lits, after_nonword), k in near_keys.items():   # near keys it is one of the literals of
            for lit in lits:
                by_near.setdefault(lit, []).append((k, after_nonword))
        # the order of a plain scan: word starts in text order; at each, beginnings longest first, regexes in order
        self.lengths = sorted({len(k) for k in by_prefix}, reverse=True)
        self.by_prefix = {k: tuple(sorted(v)) for k, v in by_prefix.items()}
        alts = sorted(by_prefix, key=len, reverse=True)
        self.starts = re.compile(r"(?<!\w)(?=" + "|".join(re.escape(a) for a in alts) + ")") if alts else None
        # every occurrence of every literal prefix and required literal, in one pass (Aho-Corasick over the
        # lower-cased text); an entry: (length, its regexes, its one-line keys, its other keys as -1 - key,
        # _order, (regex, key, one-line key, near requirements) in that order (else in regex order), whether one
        # has a key or near requirements, its near keys, regex -> its (regex, key, ...))
        self.index = None
        if by_literal:
            self.index = ahocorasick.Automaton()
            for lit in set(by_literal) | set(by_required) | set(by_near):
                idx = frozenset(by_literal.get(lit, ()))
                kmap = lit_keys.get(lit, {})
                nmap = lit_near.get(lit, {})
                req_keys = sorted(by_required.get(lit, ()))
                order = self._order(lit, idx)
                self.index.add_word(lit, (len(lit), idx, tuple(k for k in req_keys if self.key_one_line[k]),
                                          tuple(-1 - k for k in req_keys if not self.key_one_line[k]), order,
                                          self._checks(order or sorted(idx), kmap, nmap),
                                          any(kmap[i] >= 0 or i in nmap for i in idx), tuple(by_near.get(lit, ())),
                                          {c[0]: c for c in self._checks(idx, kmap, nmap)}))
            self.index.make_automaton()

    def _checks(self, regexes, keys, nears=None) -> tuple[tuple[int, int, bool, tuple], ...]:
        """(regex, its requirement key, whether the key is one-line, its near requirements as (near key, spaces)
        pairs, one of which a match meets) for each of ``regexes`` (keys: regex -> key; nears: regex -> near
        requirements)."""
        nears = nears or {}
        return tuple((i, keys[i], keys[i] >= 0 and self.key_one_line[keys[i]], nears.get(i, ())) for i in regexes)

    def _order(self, lit: str, idx: frozenset) -> Optional[tuple[int, ...]]:
        """The regexes of ``idx`` in the order a plain scan tries them where ``lit`` begins (beginnings longest
        first, then regex order), when ``lit`` settles it: it is as long as the longest beginning and one of
        every regex's beginnings begins it; else None (the order is read from the text)."""
        if not idx or len(lit) < self.lengths[0]:
            return None
        order: list[int] = []
        for n in self.lengths:
            for i in self.by_prefix.get(lit[:n], ()):
                if i in idx and i not in order:
                    order.append(i)
        return tuple(order) if len(order) == len(idx) else None

    def _indexed(self, text: str, low: str, out: list) -> None:
        """Append to ``out`` the (index, match) of the word-start regexes (see finditer), trying a regex at a
        position only where one of its literal prefixes begins (at a word start when word_start) and, for a
        regex with a requirement key there, one of the key's literals begins there or later (on the same line for
        a one-line key)."""
        at: dict = {}           # position -> the index entry of the (first) literal prefix found there
        more: Optional[dict] = None     # position -> its entries, for a position where several prefixes begin
        # where required literals begin: line * n_keys + key -> the last start on that line for a one-line key,
        # a line given by the number of line breaks before the literal's start or at it (the same as before a
        # position at or before the start: no break in between); -1 - key -> the last start for another key
        reach: dict = {}
        get = reach.get
        near: dict = {}         # near key -> the starts of its literals
        breaks = None
        word_start, n_keys = self.word_start, self.n_keys
        right = bisect.bisect_right
        for end, val in self.index.iter(low):
            pos = end - val[0] + 1
            # (whether a word character comes before pos: read once, for the near keys and the word start)
            in_word = pos and (low[pos - 1].isalnum() or low[pos - 1] == "_")
            if val[7]:
                for k, after_nonword in val[7]:
                    if after_nonword and in_word:
                        continue
                    where = near.get(k)
                    if where is None:
                        near[k] = [pos]
                    else:
                        where.append(pos)
            if val[2]:
                if breaks is None:
                    breaks = _breaks(low)
                base = right(breaks, pos) * n_keys
                for k in val[2]:
                    if get(base + k, -1) < pos:      # (found in the order of their ends, not of their starts)
                        reach[base + k] = pos
            if val[3]:
                for k in val[3]:
                    if get(k, -1) < pos:
                        reach[k] = pos
            if not val[1] or word_start and in_word:
                continue
            got = at.get(pos)
            if got is None:
                at[pos] = val
            else:
                if more is None:
                    more = {}
                more.setdefault(pos, [got]).append(val)
        for where in near.values():
            where.sort()        # (found in the order of their ends)
        count, left = low.count, bisect.bisect_left
        lengths, by_prefix, regexes = self.lengths, self.by_prefix, self.regexes
        last_end = [-1] * len(regexes)
        for pos in sorted(at):
            val = at[pos]
            if more is not None and pos in more:
                # several prefixes begin here: each regex's checks are those of the first of its prefixes found
                # here (a match here begins with each of them)
                mine: dict = {}
                for v in reversed(more[pos]):
                    mine.update(v[8])
                idx, order, checks, check = list(mine), None, mine.values(), True
            else:
                idx, order, checks, check = val[1], val[4], val[5], val[6]
            if check:
                base = -1
                keep = []
                for i, k, one, nears in checks:
                    if one:
                        if base < 0:
                            if breaks is None:
                                breaks = _breaks(low)
                            base = left(breaks, pos) * n_keys     # breaks before pos
                        if get(base + k, -1) < pos:
                            continue
                    elif k >= 0 and get(-1 - k, -1) < pos:
                        continue
                    if nears:
                        # the first of some near literals at or after pos, after at most their spaces
                        for nk, spaces in nears:
                            where = near.get(nk)
                            if where is not None:
                                j = left(where, pos)
                                if j < len(where) and count(" ", pos, where[j]) <= spaces:
                                    break
                        else:
                            continue
                    keep.append(i)
                if not keep:
                    continue
                if order is None:
                    idx = keep
                else:
                    order = keep
            if order is None:
                if len(idx) == 1:
                    order = idx
                else:   # the plain scan's order: beginnings longest first, then regex order
                    order = [i for n in lengths for i in by_prefix.get(low[pos:pos + n], ()) if i in idx]
            for i in order:
                if pos < last_end[i]:
                    continue
                m = regexes[i].match(text, pos)
                if m:
                    last_end[i] = m.end()
                    out.append((i, m))

    def finditer(self, text: str, low: Optional[str] = None, cased: Optional[bool] = None
                 ) -> list[tuple[int, re.Match]]:
        """(index, match) for every match (each regex's matches as ``finditer`` would find them at word starts)."""
        if cased is None:         # computed once by a caller running several gates over one text
            cased = _cased_outside_safe(text)
        if low is None:
            low = text.lower()
        out: list[tuple[int, re.Match]] = []
        if len(low) != len(text) or (not self.word_start and (self.index is None or cased)):
            # case folding changed lengths (or in-word patterns on a text the index cannot take): no gating
            for i, rx in enumerate(self.regexes):
                out.extend((i, m) for m in rx.finditer(text))
            return out
        for i in self.always:
            out.extend((i, m) for m in self.regexes[i].finditer(text))
        if self.starts is None:
            return out
        if self.index is not None and not cased:
            self._indexed(text, low, out)
            return out
        by_prefix, lengths, regexes = self.by_prefix, self.lengths, self.regexes
        last_end = [-1] * len(regexes)
        for ws in self.starts.finditer(low):
            pos = ws.start()
            for i in [i for n in lengths for i in by_prefix.get(low[pos:pos + n], ())]:
                if pos < last_end[i]:
                    continue
                m = regexes[i].match(text, pos)
                if m:
                    last_end[i] = m.end()
                    out.append((i, m))
        return out
