"""Tokenisation and longest-match lexicon lookup shared by the actor and place recognisers.

Words are runs of letters/digits (``[^\\W_]+``); what lies between two words (space, apostrophe,
hyphen, comma, newline) is the gap. Lexicon surfaces are normalised (curly apostrophe -> ',
whitespace runs -> one space) so a lookup is one dict access per candidate length.
"""
from __future__ import annotations

import re
from typing import Generic, Iterator, TypeVar

WORD_RE = re.compile(r"[^\W_]+")
_WS_RE = re.compile(r"\s+")

V = TypeVar("V")


def norm(surface: str) -> str:
    """Normalise a surface form: typographic apostrophes/dashes and whitespace runs."""
    if "’" in surface or "‘" in surface:
        surface = surface.replace("’", "'").replace("‘", "'")
    if "‐" in surface or "–" in surface:
        surface = surface.replace("‐", "-")
    if "  " in surface or "\n" in surface or "\t" in surface or "\xa0" in surface:
        surface = _WS_RE.sub(" ", surface)
    return surface


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text``."""
    return [m.span() for m in WORD_RE.finditer(text)]


def word_count(surface: str) -> int:
    return len(WORD_RE.findall(surface))


class Lexicon(Generic[V]):
    """Surface form -> value, matched greedily (longest first) on word boundaries."""

    def __init__(self) -> None:
        self.entries: dict[str, V] = {}
        self.first: dict[str, int] = {}   # first word -> max number of words of an entry starting with it

    def add(self, surface: str, value: V, overwrite: bool = False) -> None:
        key = norm(surface.strip())
        ws = WORD_RE.findall(key)
        if not ws:
            return
        if key in self.entries and not overwrite:
            return
        self.entries[key] = value
        n = len(ws)
        if self.first.get(ws[0], 0) < n:
            self.first[ws[0]] = n

    def __contains__(self, surface: str) -> bool:
        return norm(surface) in self.entries

    def get(self, surface: str) -> V | None:
        return self.entries.get(norm(surface))

    def match_at(self, text: str, toks: list[tuple[int, int]], i: int) -> tuple[int, V] | None:
        """Longest entry starting at word i: (index of its last word, value), or None.

        The span must start and end on word boundaries and may not cross a line break."""
        s, e = toks[i]
        n = self.first.get(text[s:e])
        if n is None:
            return None
        last = min(len(toks) - 1, i + n - 1)
        for j in range(last, i - 1, -1):
            end = toks[j][1]
            surface = text[s:end]
            if j > i and "\n" in surface:
                continue
            value = self.entries.get(norm(surface))
            if value is not None:
                # the entry must end on a word end: the next character must not be a letter
                return j, value
        return None

    def scan(self, text: str, toks: list[tuple[int, int]]) -> Iterator[tuple[int, int, V]]:
        """Non-overlapping longest matches, left to right: (first word, last word, value)."""
        i, n = 0, len(toks)
        while i < n:
            hit = self.match_at(text, toks, i)
            if hit is None:
                i += 1
                continue
            j, value = hit
            yield i, j, value
            i = j + 1
