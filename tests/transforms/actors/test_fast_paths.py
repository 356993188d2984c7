"""The shortcuts of the actor passes skip only work that could not have matched."""
from __future__ import annotations

import random

import pytest

from transforms.actors import ActorResolver
from transforms.actors import resolver as R
from transforms.places.text import Tokens

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


# ---------------------------------------------------------------- shortcuts of the per-text passes
def _quals_reference(r, quals):
    """_parse_quals without its one-word shortcut."""
    code, head = None, None
    for m in r.qual_re.finditer(quals):
        if m.group("dem"):
            code = code or r.demonyms.get(m.group("dem"))
            continue
        surface = m.group("of") or m.group("bare")
        v = r.lex.get(surface)
        if v is None or v.actor is None:
            continue
        c = v.actor.country_code
        if c and not code:
            code = c
        h = r.seat_head.get(R.norm(surface))
        if h and not head:
            head = h[1]
    return code, head


def test_one_word_qualifier_shortcut(r):
    words = list(r.demonyms) + ["Russia", "Usa", "russ", "Cremlino", "italianissimo", "Mosca"]
    for w in words:
        for lead in (" ", "  ", "\xa0", " \xa0"):
            assert r._parse_quals(lead + w) == _quals_reference(r, lead + w), w
    assert r._parse_quals(" russo della Russia") == _quals_reference(r, " russo della Russia")


def test_article_gate_keeps_every_article_match(r):
    """art_before_re is searched only where the previous word may be an article: it never matches elsewhere."""
    rng = random.Random(4)
    befores = ["il", "Il", "IL", "lo", "gli", "un", "uno", "una", "l", "L", "dell", "del", "İl", "ıl", "da", "x", "",
               "quello", "1", "_", "le"]
    gaps = [" ", "  ", "\n", "'", "’", "' ", "’\n", "\xa0", "-", ", ", "' x "]
    for _ in range(5000):
        text = rng.choice(["", "a ", "d'", "x", ". "]) + rng.choice(befores) + rng.choice(gaps) + "presidente"
        tk = Tokens(text)
        ti = len(tk.ws) - 1
        p = tk.spans[ti][0]
        if r.art_before_re.search(text, max(0, p - 6), p):
            assert ti and tk.spans[ti - 1][0] >= p - 6 and (tk.ws[ti - 1].lower() in R._ARTICLES
                                                           or not tk.ws[ti - 1].isascii()), text


def test_run_end_shortcut(r):
    """Where pass_lexicon_and_names does not call _run_end, _run_end would end the run at its first word."""
    rng = random.Random(5)
    words = ["Il", "presidente", "Vladimir", "Putin", "al", "Sisi", "Ban", "Ki", "moon", "e", "de", "Rossi", "Stati",
             "Uniti", "russo", "Mosca", "La", "Casa", "Bianca", "von", "der", "Leyen", "yong", "X"]
    gaps = [" ", " ", "-", "'", "’", "\xa0", "‐", ", ", "  ", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randrange(2, 10)))
        doc = R._Doc(r, text, None)
        tk = Tokens(text)
        doc.tk, doc.toks, doc.ws = tk, tk.spans, tk.ws
        toks, ws, n = tk.spans, tk.ws, len(tk.ws)
        for i in range(n - 1):
            e = toks[i][1]
            if toks[i + 1][0] == e + 1 and text[e] in R._RUN_GAPS and not (
                    text[e + 1].isupper() or text[e] == "-" or ws[i + 1] in R._PARTICLES):
                assert doc._run_end(toks, i) == i, text


def test_word_memos(r):
    for w in ["Il", "presidente", "Presidente", "russo", "Mosca", "al", "abu", "USA", "NATO", "Rossi", "ministro", "ex"]:
        k = r.word_kind[w]
        assert bool(k & R._ANCHOR) == (w.lower() in r.anchor_words)
        assert bool(k & R._LEXICAL) == (w in r.lex_first_or_starters or w[0].isupper())
        skip = w in r.stop or (len(w) > 1 and w.isupper() and len(w) > 4)
        assert r.single_key[w] == (None if skip else R.name_key(w))
