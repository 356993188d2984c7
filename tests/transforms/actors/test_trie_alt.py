"""The prefix-tree alternation matches exactly like the longest-first alternation it replaces."""
from __future__ import annotations

import re

from transforms.actors.resolver import _alt, _trie_alt

PHRASES = ["ministro", "ministro degli esteri", "ministro degli affari esteri", "ministra", "vice", "capo",
           "capo dello stato", "capo di stato maggiore", "presidente", "presidente del consiglio", "l'alto",
           "alto rappresentante", "re", "regina", "dell'unione", "dell'", "segretario di stato"]
TEXT = ("Il Ministro degli  Esteri e il ministro degli affari esteri; la ministra, il vice-capo, capo dello\nstato, "
        "capo di stato maggiore, Presidente del Consiglio, l’alto rappresentante, l' Alto, re regina reggente, "
        "dell’ Unione, dell'altro, Segretario di Stato, MINISTRO DEGLI ESTERI")


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def test_trie_alt_same_matches():
    for icase in (False, True):
        flags = "(?i:{})" if icase else "(?:{})"
        for tail in ("", r"(?![\w])", r"(?![\w])\s+\w+", r"\s*,"):
            a = re.compile(flags.format(_alt(PHRASES)) + tail)
            b = re.compile(flags.format(_trie_alt(PHRASES, icase=icase)) + tail)
            for pos in range(len(TEXT)):
                assert _sig(a.match(TEXT, pos)) == _sig(b.match(TEXT, pos)), (icase, tail, pos)
