"""A fast pre-filter for many word-bounded regexes: try a regex only at word starts its match can begin with.

The possible beginnings (up to 3 lower-case characters) of each regex are read from its parse tree; a regex
whose beginning cannot be bounded (e.g. it starts with ``\\w``) is tried at every word start.
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


class Gate:
    """Run many word-bounded regexes over a text, each only where its beginning occurs.

    Regexes whose beginning cannot be bounded run as ordinary ``finditer`` scans.
    """

    def __init__(self, patterns: list[str], regexes: list[re.Pattern]):
        self.regexes = regexes
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

    def finditer(self, text: str) -> list[tuple[int, re.Match]]:
        """(index, match) for every match (each regex's matches as ``finditer`` would find them at word starts)."""
        low = text.lower()
        out: list[tuple[int, re.Match]] = []
        if len(low) != len(text):       # case folding changed lengths: no gating
            for i, rx in enumerate(self.regexes):
                out.extend((i, m) for m in rx.finditer(text))
            return out
        for i in self.always:
            out.extend((i, m) for m in self.regexes[i].finditer(text))
        by_prefix, lengths, regexes = self.by_prefix, self.lengths, self.regexes
        last_end = [-1] * len(regexes)
        if self.starts is None:
            return out
        for ws in self.starts.finditer(low):
            pos = ws.start()
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
