"""The shortcuts of the actor passes skip only work that could not have matched."""
from __future__ import annotations

import re

import pytest

from transforms.actors import ActorResolver

ARTS = ["", "il ", "lo ", "la ", "i ", "gli ", "le ", "un ", "uno ", "una ", "l'", "l’", "un'", "Il ", "L'"]
TAILS = ["", " ministro degli Esteri Mario Rossi", " russo", " della Russia", "-ministro", "presidente", " vice"]


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver.default()


def test_anchor_sets_cover_the_anchors(r):
    assert r.title_anchors | r.inst_anchors == r.anchor_words
    assert r.title_anchors <= r.anchor_words and r.inst_anchors <= r.anchor_words


def test_skipped_anchors_cannot_match(r):
    """An anchor word left out of title_anchors (inst_anchors) never starts a title_re (inst_re) match."""
    for w in sorted(r.anchor_words):
        for form in (w, w.capitalize(), w.upper()):
            for art in ARTS:
                for tail in TAILS:
                    text = art + form + tail
                    p = len(art)
                    if w not in r.title_anchors:
                        assert r.title_re.match(text, 0) is None and r.title_re.match(text, p) is None, text
                    if w not in r.inst_anchors:
                        assert r.inst_re.match(text, 0) is None and r.inst_re.match(text, p) is None, text


def test_title_anchors_are_a_real_filter(r):
    assert "ministro" in r.title_anchors and "ministro" not in r.inst_anchors
    assert "governo" in r.inst_anchors and "governo" not in r.title_anchors
