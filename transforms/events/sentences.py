"""Sentence splitting with character offsets into the article text.

A sentence ``s`` satisfies ``text[s.start:s.end] == s.text``; it never crosses a line break, except for an
embedded social-media post (lines without final punctuation closed by a ``— Name (@handle) date`` line),
which is one unit so that its dateline ('📍 Kuala Lumpur, July 10') stays with its content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset("""
sig sigg sig.ra sigra dott dott.ssa prof on sen avv ing gen col magg cap ten mons card on.le
gen. feb febb mar apr mag giu lug ago ago. set sett ott nov dic
lun mer gio ven sab dom ecc cfr art pag n nr st mr mrs ms dr jr sr vs ca fig tel int
""".split())

# (a class first, not a repeat: the regex engine then skips to the next terminator without trying a match at each
# character)
_END = re.compile(r"[.!?…][.!?…]*[»”\"’')\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+(?=[«“\"'‘(\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])")
# the run of word characters and periods ending where the search ends (only its first character can follow no
# such character: one try per run, not per character)
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]+)$")
_DOTTED = re.compile(r"(?:\w\.)+\w?")
_POST_END = re.compile(r"^\s*[—–-]{1,2}\s*.*\(@\w+\)")
_TERMINAL = tuple(".!?…»”\"")
_NEW = object.__new__      # Sentence(...) without the frozen dataclass's per-field object.__setattr__


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the period at line[dot] closes an abbreviation or an initial ('mar.', 'Sig.', 'J.')."""
    if line[dot] != ".":
        return False
    if dot and line[dot - 1] == "\n":
        # (the '$' of _WORD_BEFORE matches before a final line break too; not in _split_line's lines)
        m = _WORD_BEFORE.search(line, max(0, dot - 40), dot)
        word = m.group(1) if m else ""
    else:
        # the run of word characters and periods ending at dot ('\w' is str.isalnum() or '_'): usually the
        # letters and digits since the last space (checked at once), else read backwards
        word = line[line.rfind(" ", 0, dot) + 1:dot]
        if not word.isalnum():
            k = dot
            while k and (line[k - 1].isalnum() or line[k - 1] in "._"):
                k -= 1
            word = line[k:dot]
    if not word:
        return False
    word = word.lower()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():          # an initial: 'J. Biden'
        return True
    return bool(_DOTTED.fullmatch(word))  # 'U.S', 'd.C'


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(line):
        end = m.end()
        if _is_abbreviation(line, m.start()):
            continue
        nxt = _NEXT_START.match(line, end)
        if not nxt:
            continue
        spans.append((start, end))
        start = nxt.end()
    spans.append((start, len(line)))
    out = []
    for a, b in spans:
        seg = line[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            out.append((offset + a + lead, offset + a + trail))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, embedded posts merged into one unit."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    merged: list[tuple[int, int]] = []
    for start, end in lines:
        line = text[start:end]
        if _POST_END.match(line) and merged:
            # pull in the post's preceding lines that lack final punctuation (up to 3)
            first = len(merged)
            while first > 0 and len(merged) - first < 3:
                prev = text[merged[first - 1][0]:merged[first - 1][1]].rstrip()
                if prev.endswith(_TERMINAL) and not prev.endswith("”"):
                    break
                first -= 1
            if first < len(merged):
                start = merged[first][0]
                del merged[first:]
        merged.append((start, end))
    return merged


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, with their offsets."""
    out: list[Sentence] = []
    for start, end in _lines(text):
        block = text[start:end]
        if "\n" in block:               # an embedded post: one unit
            lead = len(block) - len(block.lstrip())
            spans = [(start + lead, start + len(block.rstrip()))]
        else:
            spans = _split_line(block, start)
        for a, b in spans:
            sent = _NEW(Sentence)
            sent.__dict__.update(index=len(out), start=a, end=b, text=text[a:b])
            out.append(sent)
    return out
