"""PlaceResolver.find reads only the words that begin an entry (and their neighbours) from the text: it finds
exactly what the token-by-token reading below (the reference) finds, on random texts made of gazetteer
surfaces, function words, punctuation, line breaks and case variants."""
from __future__ import annotations

import dataclasses
import random

import pytest

from transforms.places import PlaceResolver
from transforms.places.resolver import (BIG_CITY_POPULATION, LANDMARK_LOCATIVE, _DATELINE_RE, _sentence_initial)
from transforms.places.text import Lexicon, Tokens, norm


def _ref_match_word(lex: Lexicon, text, toks, ws, i):
    """Longest entry at word i, every word count tried (no pair index)."""
    w = ws[i]
    n = lex.first.get(w)
    if n is None:
        return None
    s = toks[i][0]
    for j in range(min(i + n - 1, len(toks) - 1), i - 1, -1):
        surface = text[s:toks[j][1]]
        if j > i and "\n" in surface:
            continue
        value = lex.entries.get(norm(surface))
        if value is not None:
            return j, value
    return None


def _ref_inside_name(r: PlaceResolver, text, toks, ws, i):
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks):
            a, b = (toks[k][1], toks[i][0]) if k < i else (toks[i][1], toks[k][0])
            if b - a != 1 or text[a] != " ":
                continue
            w = ws[k]
            if w[:1].isupper() and w.lower() not in r.function and _ref_match_word(r.lexicon, text, toks, ws, k) is None:
                return True
    return False


def _ref_find(r: PlaceResolver, text: str) -> list[tuple]:
    tk = Tokens(text)
    toks, ws = tk.spans, tk.ws
    out, i = [], 0
    while i < len(ws):
        hit = _ref_match_word(r.lexicon, text, toks, ws, i)
        if hit is None:
            i += 1
            continue
        j, place = hit
        nxt = j + 1
        s, e = toks[i][0], toks[j][1]
        keep = text[s].isupper()
        if keep and place.landmark:
            keep = i > 0 and ws[i - 1].lower() in LANDMARK_LOCATIVE
        elif keep and place.kind == "city":
            if i == j and _ref_inside_name(r, text, toks, ws, i):
                keep = False
            elif i == j and place.capital_of is None and (
                    tk.is_lower_word(ws[i].lower()) or (
                        place.population < BIG_CITY_POPULATION and ws[i] in r.alt_surfaces
                        and _sentence_initial(text, s) and not _DATELINE_RE.match(text, e))):
                keep = False
            elif (not place.major or (i == j and ws[i] in r.locative_only)) and (
                    i == 0 or ws[i - 1].lower() not in r.locative or (
                    i == j and tk.is_lower_word(ws[i].lower()))):
                keep = False
        if keep:
            out.append((place.name, place.kind, place.country_code, place.latitude, place.longitude,
                        place.geonames_id, text[s:e], s, e))
        i = nxt
    return out


def _fields(m) -> tuple:
    return tuple(getattr(m, f.name) for f in dataclasses.fields(m))


@pytest.fixture(scope="module")
def r() -> PlaceResolver:
    return PlaceResolver.default()


def _vocabulary(r: PlaceResolver, rng: random.Random) -> list[str]:
    entries = sorted(r.lexicon.entries)
    lower_first = [k for k in entries if not k[0].isupper()]          # 'regione di Kursk', 'al-Udeid'
    landmarks = [k for k, v in r.lexicon.entries.items() if v.landmark]
    minor = [k for k, v in r.lexicon.entries.items() if v.kind == "city" and not v.major][:3000]
    alt = sorted(r.alt_surfaces)
    words = ["a", "in", "da", "nel", "alla", "il", "la", "di", "e", "presidente", "Il", "La", "Da", "Marco", "Rubio",
             "Putin", "Vladimir", "Casa", "Bianca", "Stati", "Uniti", "regione", "al", "mosca", "roma", "Udeid", "di"]
    return (rng.sample(entries, 3000) + lower_first * 5 + landmarks * 3 + rng.sample(minor, min(500, len(minor)))
            + rng.sample(alt, 1000) + words * 40)


GAPS = [" ", " ", " ", " ", ", ", ". ", "\n", "\n\n", "’", "'", "-", "  ", "\xa0", " «", "» ", ": ", " (", ") ", "_",
        ", 15 maggio 2009 - "]


def test_find_equals_token_reference(r):
    rng = random.Random(11)
    vocab = _vocabulary(r, rng)
    for n in range(1500):
        parts = []
        for _ in range(rng.randrange(1, 25)):
            w = rng.choice(vocab)
            x = rng.random()
            if x < 0.05:
                w = w.upper()
            elif x < 0.1:
                w = w.lower()
            elif x < 0.15:
                w = w.capitalize()
            parts.append(w)
            parts.append(rng.choice(GAPS))
        text = "".join(parts[:-1]) if n % 3 else "".join(parts)
        got = [_fields(m) for m in r.find(text)]
        assert got == _ref_find(r, text), text


def test_match_span_equals_match_word(r):
    rng = random.Random(5)
    vocab = _vocabulary(r, rng)
    lex = r.lexicon
    for _ in range(400):
        text = "".join(rng.choice(vocab) + rng.choice(GAPS) for _ in range(rng.randrange(1, 12)))
        tk = Tokens(text)
        for i, (s, e) in enumerate(tk.spans):
            ref = _ref_match_word(lex, text, tk.spans, tk.ws, i)
            assert lex.match_word(text, tk.spans, tk.ws, i) == ref
            span = lex.match_span(text, s, e, tk.ws[i])
            assert span == (None if ref is None else (tk.spans[ref[0]][1], ref[1]))


def test_word_starts_are_the_entry_words_that_can_match(r):
    rng = random.Random(9)
    vocab = _vocabulary(r, rng)
    lex = r.lexicon
    for _ in range(400):
        text = "".join(rng.choice(vocab) + rng.choice(GAPS) for _ in range(rng.randrange(1, 15)))
        tk = Tokens(text)
        starts = lex.word_starts(text)
        every = [(s, e, w) for (s, e), w in zip(tk.spans, tk.ws) if w in lex.first]
        assert set(starts) <= set(every) and starts == sorted(starts)
        for k, (s, e, w) in enumerate(every):
            if (s, e, w) not in starts:      # left out: no entry can begin there
                assert _ref_match_word(lex, text, tk.spans, tk.ws, tk.spans.index((s, e))) is None
