"""Tokenisation and longest-match lexicon lookup shared by the actor and place recognisers.

Words are runs of letters/digits (``[^\\W_]+``); what lies between two words (space, apostrophe,
hyphen, comma, newline) is the gap. Lexicon surfaces are normalised (curly apostrophe -> ',
whitespace runs -> one space) so a lookup is one dict access per candidate length.
"""
from __future__ import annotations

import re
from itertools import accumulate, compress
from operator import itemgetter
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


_SPLIT_RE = re.compile(r"([^\W_]+)")    # WORD_RE, captured: split() alternates gap, word, gap, ..., gap
_SPLIT_FAST_RE = re.compile(r"(\w+)")    # the same split for a text without '_' (a simpler class, faster)
_FIRST_CHAR = itemgetter(0)


class Tokens:
    """Words of one text: spans, surfaces and lazily derived views (shared by the actor and place passes)."""
    __slots__ = ("text", "spans", "ws", "_lower", "_lower_vocab", "_upper", "_vocab")

    def __init__(self, text: str) -> None:
        self.text = text
        parts = (_SPLIT_RE if "_" in text else _SPLIT_FAST_RE).split(text)
        # running ends of gap, word, gap, word, ..., gap: paired up they are (word start, word end)
        ends = accumulate(map(len, parts))
        self.spans: list[tuple[int, int]] = list(zip(ends, ends))
        self.ws: list[str] = parts[1::2]
        self._lower: list[str] | None = None
        self._lower_vocab: set[str] | None = None
        self._upper: list[bool] | None = None
        self._vocab: set[str] | None = None

    @property
    def lower(self) -> list[str]:
        """Lower-cased words."""
        if self._lower is None:
            self._lower = list(map(str.lower, self.ws))
        return self._lower

    @property
    def upper(self) -> list[bool]:
        """Whether each word starts with an upper-case character."""
        if self._upper is None:
            self._upper = list(map(str.isupper, map(_FIRST_CHAR, self.ws)))
        return self._upper

    def is_lower_word(self, w: str) -> bool:
        """``w in self.lower_vocab``, without building that set: ``w`` is a word of the text starting lower-case."""
        vocab = self._vocab
        if vocab is None:
            vocab = self._vocab = set(self.ws)
        return w[:1].islower() and w in vocab

    @property
    def lower_vocab(self) -> set[str]:
        """The words that start with a lower-case character (read-only)."""
        if self._lower_vocab is None:
            ws = self.ws
            self._lower_vocab = set(compress(ws, map(str.islower, map(_FIRST_CHAR, ws))))
        return self._lower_vocab


_last_tokens: tuple[str | None, Tokens | None] = (None, None)


def tokenize(text: str) -> Tokens:
    """``Tokens`` of ``text``; the last result is reused when called again with the same string object."""
    global _last_tokens
    last = _last_tokens
    if last[0] is text:
        return last[1]
    tk = Tokens(text)
    _last_tokens = (text, tk)
    return tk


def word_count(surface: str) -> int:
    return len(WORD_RE.findall(surface))


class Lexicon(Generic[V]):
    """Surface form -> value, matched greedily (longest first) on word boundaries."""

    def __init__(self) -> None:
        self.entries: dict[str, V] = {}
        self.first: dict[str, int] = {}   # first word -> max number of words of an entry starting with it
        self._pairs: set[tuple[str, str]] | None = None   # first two words of the multi-word entries

    def add(self, surface: str, value: V, overwrite: bool = False) -> None:
        key = norm(surface.strip())
        ws = WORD_RE.findall(key)
        if not ws:
            return
        if key in self.entries and not overwrite:
            return
        self.entries[key] = value
        self._pairs = None
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

    def match_word(self, text: str, toks: list[tuple[int, int]], ws: list[str], i: int) -> tuple[int, V] | None:
        """``match_at`` with the word surfaces ``ws`` of ``toks`` at hand."""
        w = ws[i]
        n = self.first.get(w)
        if n is None:
            return None
        last = i + n - 1
        if last >= len(toks):
            last = len(toks) - 1
        if last > i:
            pairs = self._pairs
            if pairs is None:
                pairs = self._pairs = {tuple(ws_[:2]) for ws_ in map(WORD_RE.findall, self.entries) if len(ws_) >= 2}
            if (w, ws[i + 1]) not in pairs:
                last = i                     # the words of a matching entry are the text's words
        if last == i:
            value = self.entries.get(w)      # a word needs no normalisation
            return None if value is None else (i, value)
        s = toks[i][0]
        entries = self.entries
        for j in range(last, i - 1, -1):
            if j == i:
                value = entries.get(w)
            else:
                surface = text[s:toks[j][1]]
                if "\n" in surface:
                    continue
                value = entries.get(norm(surface))
            if value is not None:
                return j, value
        return None

    def scan_words(self, text: str, toks: list[tuple[int, int]], ws: list[str]) -> Iterator[tuple[int, int, V]]:
        """``scan`` with the word surfaces ``ws`` of ``toks`` at hand (only words that start an entry are tried)."""
        nxt = 0
        match = self.match_word
        for i in compress(range(len(ws)), map(self.first.__contains__, ws)):
            if i < nxt:
                continue
            hit = match(text, toks, ws, i)
            if hit is not None:
                yield i, hit[0], hit[1]
                nxt = hit[0] + 1

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
