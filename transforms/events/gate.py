"""A fast pre-filter for many word-bounded regexes: try a regex only at word starts its match can begin with.

The possible beginnings (up to 3 lower-case characters) of each regex are read from its parse tree; a regex
whose beginning cannot be bounded (e.g. it starts with ``\\w``) is tried at every word start.

Candidate positions come from one compiled *filter* run over the lower-cased text: a trie of the beginnings
whose leaves check (in a look-behind) that one of the regexes with that beginning matches there, written with
lower-case literals and matched case-sensitively (much faster than case-insensitive matching). The filter only
proposes positions; every match is still made by the original regex on the original text, at the same
positions and in the same order as a plain scan of all word starts, so the output does not depend on it. It is
used only for texts whose characters all lie in :data:`SAFE_CHARS` (for those, lower-casing keeps lengths and
case-insensitive equality is equality of lower-cases; tests/transforms/events checks this); other texts use the
plain scan.
"""
from __future__ import annotations

import re
from typing import Optional

try:                                    # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:                     # pragma: no cover - Python < 3.11
    import sre_constants as _c          # type: ignore
    import sre_parse as _p              # type: ignore

K = 3
_WORD_START = re.compile(r"(?<!\w)\w", re.U)


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
# '(?-i:[A-Z...])' (a case-sensitive class) cannot be checked on lower-cased text: the filter accepts any character
_CASED_CLASS = re.compile(r"\(\?-i:\[[^\]\\]*\]\)")


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


def _filter_form(pattern: str) -> Optional[str]:
    """``pattern`` for the filter (lower-cased text, case-sensitive), or None when it cannot be used there."""
    loosened = _CASED_CLASS.sub(".", pattern)
    if loosened != pattern and ("(?!" in pattern or "(?<!" in pattern):
        return None                 # a loosened part inside a negative assertion would not be a superset
    how = _lowerable(loosened)
    if how is None:
        return None
    return f"(?:{loosened})" if how else f"(?i:{loosened})"


def _trie_filter(prefixes: dict[str, list[str]], word_start: bool) -> re.Pattern:
    """One regex matching one character at every position where a prefix of ``prefixes`` begins (a word start
    when ``word_start``) and one of its patterns matches."""
    trie: dict = {}
    for pre, pats in prefixes.items():
        node = trie
        for ch in pre:
            node = node.setdefault(ch, {})
        node.setdefault("", []).extend(pats)
    ws = r"(?<!\w)" if word_start else ""

    def node_re(node: dict, depth: int) -> str:
        alts = []
        if "" in node:
            body = "|".join(dict.fromkeys(node[""]))
            alts.append(f"(?<={ws}(?=(?:{body}))(?s:.){{{depth}}})")
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + node_re(node[ch], depth + 1))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    first = r"(?<!\w(?s:.))" if word_start else ""       # a word start, checked right after its first character
    top = [re.escape(ch) + first + f"(?={node_re(child, 1)})" for ch, child in sorted(trie.items())]
    return re.compile("(?:" + "|".join(top) + ")")


class Gate:
    """Run many word-bounded regexes over a text, each only where its beginning occurs.

    Regexes whose beginning cannot be bounded run as ordinary ``finditer`` scans.
    """

    def __init__(self, patterns: list[str], regexes: list[re.Pattern], word_start: bool = True,
                 suffix: str = r"(?!\w)"):
        self.regexes = regexes
        self.word_start = word_start
        self.always = []
        by_prefix: dict[str, set[int]] = {}
        for i, p in enumerate(patterns):
            b = beginnings(p)
            if b is None:
                self.always.append(i)
                continue
            for pre in b:
                by_prefix.setdefault(pre, set()).add(i)
        self.lengths = sorted({len(k) for k in by_prefix}, reverse=True)
        self.by_prefix = {k: tuple(sorted(v)) for k, v in by_prefix.items()}
        # candidate positions: a word start followed by any known beginning (lower-case text)
        alts = sorted(by_prefix, key=len, reverse=True)
        self.starts = re.compile(r"(?<!\w)(?=" + "|".join(re.escape(a) for a in alts) + ")") if alts else None
        # the fast filter (see the module docstring); regexes it cannot express are scanned on their own
        self.unfiltered: list[int] = []
        forms = {}
        for i, p in enumerate(patterns):
            if i in self.always:
                continue
            f = _filter_form(p)
            if f is None:
                self.unfiltered.append(i)
            else:
                forms[i] = f + suffix
        leaves = {pre: [forms[i] for i in idx if i in forms] for pre, idx in self.by_prefix.items()}
        leaves = {k: v for k, v in leaves.items() if v}
        self.filter = _trie_filter(leaves, word_start) if leaves else None

    def _positions(self, text: str, low: str) -> Optional[list[int]]:
        """Sorted candidate positions from the filter (None: the text needs the plain scan)."""
        if _UNSAFE.search(text) is not None:
            return None
        pos = [m.start() for m in self.filter.finditer(low)] if self.filter is not None else []
        if self.unfiltered:
            extra = {m.start() for i in self.unfiltered for m in self.regexes[i].finditer(text)}
            pos = sorted(extra.union(pos))
        return pos

    def finditer(self, text: str, low: Optional[str] = None) -> list[tuple[int, re.Match]]:
        """(index, match) for every match (each regex's matches as ``finditer`` would find them at word starts)."""
        if low is None:
            low = text.lower()
        out: list[tuple[int, re.Match]] = []
        if len(low) != len(text) or (not self.word_start and (self.filter is None or _UNSAFE.search(text))):
            # case folding changed lengths (or in-word patterns on a text the filter cannot take): no gating
            for i, rx in enumerate(self.regexes):
                out.extend((i, m) for m in rx.finditer(text))
            return out
        for i in self.always:
            out.extend((i, m) for m in self.regexes[i].finditer(text))
        by_prefix, lengths, regexes = self.by_prefix, self.lengths, self.regexes
        last_end = [-1] * len(regexes)
        if self.starts is None:
            return out
        positions = self._positions(text, low)
        if positions is None:
            positions = [ws.start() for ws in self.starts.finditer(low)]
        for pos in positions:
            for n in lengths:
                cands = by_prefix.get(low[pos:pos + n])
                if not cands:
                    continue
                for i in cands:
                    if pos < last_end[i]:
                        continue
                    m = regexes[i].match(text, pos)
                    if m:
                        last_end[i] = m.end()
                        out.append((i, m))
        return out
