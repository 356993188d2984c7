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
_GROUP = re.Match.group


class Tokens:
    """Words of one text: spans, surfaces and lazily derived views (shared by the actor and place passes)."""
    __slots__ = ("text", "spans", "ws", "_lower", "_lower_vocab", "_upper")

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
        return has_lower_word(self.text, w)

    @property
    def lower_vocab(self) -> set[str]:
        """The words that start with a lower-case character (read-only)."""
        if self._lower_vocab is None:
            ws = self.ws
            self._lower_vocab = set(compress(ws, map(str.islower, map(_FIRST_CHAR, ws))))
        return self._lower_vocab


def has_lower_word(text: str, w: str) -> bool:
    """``w`` starts lower-case and is one of the words of ``text`` (``Tokens(text).is_lower_word(w)``), found
    without the tokens: an occurrence with no word character on either side."""
    if not (w[:1].islower() and w.isalnum()):
        return False
    n, size = len(w), len(text)
    k = text.find(w)
    while k >= 0:
        end = k + n
        if (k == 0 or not text[k - 1].isalnum()) and (end == size or not text[end].isalnum()):
            return True
        k = text.find(w, k + 1)
    return False


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
        # first two words of the multi-word entries -> the word counts of those entries
        self._lens: dict[tuple[str, str], set[int]] = {}
        # first word that does not begin upper-case -> the last words of the entries it begins
        self._lasts: dict[str, set[str]] = {}
        self._pairs: dict[tuple[str, str], tuple[int, ...]] | None = None   # _lens, built on first use
        self._finders: tuple | None = None     # see _starts_finders

    def add(self, surface: str, value: V, overwrite: bool = False) -> None:
        key = norm(surface.strip())
        ws = WORD_RE.findall(key)
        if not ws:
            return
        if key in self.entries and not overwrite:
            return
        self.entries[key] = value
        self._pairs = None
        self._finders = None
        n = len(ws)
        if self.first.get(ws[0], 0) < n:
            self.first[ws[0]] = n
        if n >= 2:
            self._lens.setdefault((ws[0], ws[1]), set()).add(n)
        if not ws[0][0].isupper():
            self._lasts.setdefault(ws[0], set()).add(ws[-1])

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
        if w not in self.first:
            return None
        entries = self.entries
        if i + 1 < len(toks):
            pairs = self._pairs
            if pairs is None:
                pairs = self._word_pairs()
            # only the word counts of the entries that begin with the text's first two words can match
            lens = pairs.get((w, ws[i + 1]))
            if lens is not None:
                s, last = toks[i][0], len(toks) - 1
                for n in lens:
                    j = i + n - 1
                    if j > last:
                        continue
                    surface = text[s:toks[j][1]]
                    if "\n" in surface:
                        continue
                    value = entries.get(norm(surface))
                    if value is not None:
                        return j, value
        value = entries.get(w)      # a word needs no normalisation
        return None if value is None else (i, value)

    def _starts_finders(self):
        """What ``word_starts`` and ``match_span`` search with, built on first use: (regex of the words whose
        upper-case first character begins an entry's first word, [(word, regex of that whole word, the last
        words of its entries or None)] for the other first words, first word of a multi-word entry -> the
        first characters of its second words)."""
        if self._finders is None:
            upper = sorted(c for c in {w[0] for w in self.first} if c.isupper())
            # a word start: the look-behind (after the first character, which keeps the fast search on the
            # character set) rejects a character preceded by a word character ('McDonald')
            upper_re = re.compile("[" + "".join(map(re.escape, upper)) + r"](?<![^\W_](?s:.))[^\W_]*") if upper else None
            # the literal leads the pattern (fast search); the look-behind then checks the word starts there.
            # When the last words of all the entries of such a word begin with one of the characters of
            # upper_re, the word is searched only if one of them is among the words upper_re finds.
            lasts = self._lasts
            others = [(w, re.compile(re.escape(w) + r"(?![^\W_])(?<![^\W_]" + re.escape(w) + ")"),
                       frozenset(lasts[w]) if all(x[0] in upper for x in lasts[w]) else None)
                      for w in sorted(lasts)]       # the first words that do not begin upper-case
            seconds: dict[str, set[str]] = {}
            for a, b in self._lens:
                seconds.setdefault(a, set()).add(b[0])
            self._finders = (upper_re, others, seconds)
        return self._finders

    def _word_pairs(self) -> dict[tuple[str, str], tuple[int, ...]]:
        """First two words of the multi-word entries -> the word counts of the entries beginning with them,
        largest first."""
        pairs = self._pairs
        if pairs is None:
            pairs = self._pairs = {k: tuple(v) if len(v) == 1 else tuple(sorted(v, reverse=True))
                                   for k, v in self._lens.items()}
        return pairs

    def word_starts(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of the words of ``text`` at which an entry may begin, in text order.

        The words of ``[w for w in tokenize(text).ws if w in self.first]`` found without tokenizing the text:
        a regex finds the words whose first character begins an entry's first word (an upper-case character:
        words are searched, not tokens built) and each other first word ('al', 'regione') is searched as a
        whole word, unless none of its entries can match (their last words are not in the text). A word is a
        maximal run of ``str.isalnum`` characters, as for ``Tokens``."""
        upper_re, others, _ = self._starts_finders()
        out = []
        ws: list[str] = []
        if upper_re is not None:
            ms = list(upper_re.finditer(text))
            ws = list(map(_GROUP, ms))
            out = [(m.start(), m.end(), w) for m, w in compress(zip(ms, ws), map(self.first.__contains__, ws))]
        more = False
        found = None
        for w, rx, lasts in others:
            if lasts is not None:
                if found is None:
                    found = set(ws)
                if lasts.isdisjoint(found):
                    continue
            if w in text:
                for m in rx.finditer(text):
                    out.append((m.start(), m.end(), w))
                    more = True
        if more:
            out.sort()
        return out

    def match_span(self, text: str, s: int, e: int, w: str) -> tuple[int, V] | None:
        """``match_word`` for the word ``w`` = ``text[s:e]``, the words after it read from the text as needed:
        (end offset of the longest entry starting there, its value), or None."""
        n = self.first.get(w)
        if n is None:
            return None
        entries = self.entries
        if n > 1:
            # the next word starts at the first word character after e: no pair can follow unless some
            # second word of an entry starting with w begins with that character
            k, size = e, len(text)
            while k < size and not text[k].isalnum():
                k += 1
            if k < size and text[k] in self._starts_finders()[2].get(w, ()):
                after = WORD_RE.finditer(text, k)
                nm = next(after)
                lens = self._word_pairs().get((w, nm.group()))
                if lens is not None:
                    ends = [e, nm.end()]        # ends[c - 1]: end of the c-th word
                    for _, nm in zip(range(lens[0] - 2), after):
                        ends.append(nm.end())
                    for c in lens:
                        if c > len(ends):
                            continue
                        surface = text[s:ends[c - 1]]
                        if "\n" in surface:
                            continue
                        value = entries.get(norm(surface))
                        if value is not None:
                            return ends[c - 1], value
        value = entries.get(w)      # a word needs no normalisation
        return None if value is None else (e, value)

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
