"""Transliteration-folding name keys: one key for 'Sergey/Sergei/Serghei/Sergej Lavrov'."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PRE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe",
                      "’": " ", "'": " ", "‘": " ", "-": " ", "‐": " ", ".": " ", "ʼ": " "})
_NON_ALPHA = re.compile(r"[^a-z ]+")
_DOUBLE = re.compile(r"(.)\1+")
# Order matters: digraphs first, then single letters, then collapse doubled letters.
_RULES = (("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("gh", "g"), ("zh", "z"), ("ph", "f"), ("ck", "k"),
          ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"), ("ou", "u"))


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    for a, b in _RULES:
        if a in word:
            word = word.replace(a, b)
    return _DOUBLE.sub(r"\1", word)


@lru_cache(maxsize=65536)
def plain_key(name: str) -> str:
    """Lower-cased, accents stripped, no transliteration folding: 'Bukhari' and 'Buhari' differ here (cached: the
    same gazetteer names come back in every article)."""
    s = unicodedata.normalize("NFKD", name.translate(_PRE))
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).lower().split())


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Key under which transliteration variants of one name coincide.

    Lower-cases, strips accents, treats hyphens/apostrophes as spaces and folds j/y/i, gh/g, kh/h,
    zh/z, w/v, x/ks, doubled letters (so -ij/-iy/-yy endings become -i): 'Zelenskyy', 'Zelenskij',
    'Zelenski', 'Zelensky' -> 'zelenski'; 'Dmitrij Peskov' == 'Dmitry Peskov'.
    """
    s = unicodedata.normalize("NFKD", name.translate(_PRE))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _NON_ALPHA.sub("", s)
    return " ".join(fold_word(w) for w in s.split())
