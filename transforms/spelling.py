"""Wire copy typed without accents, read as written with them (pure).

Teletype and typewriter copy writes a stressed final vowel as the plain vowel and an apostrophe ('e' stata
annullata', 'gia' espulso', 'sara' a Roma', 'lunedi''). :func:`fold_accents` gives the text with those accents
restored and, for each character of the new text, its offset in the original, so evidence can quote the original
exactly. The vowels, the acute/grave choice for 'e' and the truncations ('un po'') are data
(``transforms/data/spelling_it.yaml``).

An apostrophe closing a quotation in single quotes (''totalmente inaccettabile'') is not an accent: a quotation
opens with an apostrophe after a space or bracket and before a letter, and its first word-final apostrophe closes
it (only 'e'' is an accent even there: 'il governo e' pronto').
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict

from transforms.datafiles import load_yaml
from transforms.memo import Memo


class Spelling(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    vowels: dict[str, str]
    grave_e_words: list[str]
    truncations: list[str]


@lru_cache(maxsize=1)
def spelling() -> Spelling:
    return load_yaml("spelling_it.yaml", Spelling)


# a word ending in a vowel then an apostrophe, before a space, a punctuation mark or the end; or an opening quote
_CANDIDATE = re.compile(r"(?<![\w'’])(?P<word>[^\W\d_]*(?P<vowel>[aeiouAEIOU]))['’](?=[\s.,;:!?)\]»”\"–—-]|\Z)"
                        r"|(?P<open>(?<![\w'’])['‘](?=[^\W\d_]))")
_QUOTE = re.compile(r"['’‘]")
_LETTER = Memo(lambda ch: re.match(r"[^\W\d_]", ch) is not None)     # a character of a _CANDIDATE word


def _candidate_starts(text: str) -> list[int]:
    """Where a match of _CANDIDATE may begin, in text order: before each apostrophe the start of the letters it
    ends (a word), and an opening quote itself. (_CANDIDATE has no literal to look for: run at every position it
    would try each one; every match of it ends at a quote.)"""
    out = []
    letter = _LETTER
    for m in _QUOTE.finditer(text):
        q = s = m.start()
        ch = text[q]
        if ch != "‘":
            while s and letter[text[s - 1]]:
                s -= 1
            if s < q:
                out.append(s)
        if ch != "’":
            out.append(q)
    return out


def fold_accents(text: str) -> tuple[str, Optional[list[int]]]:
    """``text`` with final accents typed as apostrophes restored, and the original offset of each character of the
    result plus one past the end (``None`` when nothing changed)."""
    if "'" not in text and "’" not in text:
        return text, None
    data = spelling()
    out: list[str] = []
    back: list[int] = []
    last = 0
    quoted = False
    scan = 0                           # where _CANDIDATE.finditer would look for its next match
    for start in _candidate_starts(text):
        if start < scan:
            continue
        m = _CANDIDATE.match(text, start)
        if m is None:
            continue
        scan = m.end()
        if m.group("open") is not None:
            quoted = True
            continue
        word = m.group("word")
        low = word.lower()
        if low in data.truncations:
            continue
        if quoted and low != "e":
            quoted = False              # the apostrophe closes the quotation
            continue
        v = m.group("vowel")
        acc = data.vowels[v.lower()]
        if v.lower() == "e" and low in data.grave_e_words:
            acc = "è"
        if v.isupper():
            acc = acc.upper()
        vpos = m.start("vowel")
        out.append(text[last:vpos])
        back.extend(range(last, vpos))
        out.append(acc)
        back.append(vpos)
        last = m.end()                 # the apostrophe is dropped
    if last == 0:
        return text, None
    out.append(text[last:])
    back.extend(range(last, len(text) + 1))
    return "".join(out), back
