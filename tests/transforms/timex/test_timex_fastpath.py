"""The lower-cased fast path of the tagger (case-sensitive patterns on text.lower(), window
prefilters, per-text cache) must give exactly the output of the plain case-insensitive path."""
import dataclasses
from pathlib import Path

import pytest

from transforms.timex import Reference, find_dateline, reference_for, tag
from transforms.timex import tagger
from transforms.timex.patterns import fast_patterns

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))

TRICKY = [
    "Il 12 marzolino e il 3 MARZO 2020, poi il 4 Mar. e il 5 mar 2021.",
    "Il vertice del 12 " + "x" * 30 + " marzolino",  # a window end cutting a word
    "Tre giorni fa, tra due settimane, due giorni dopo, ogni lunedì, alle 18.30.",
    "İstanbul, 3 marzo 2019 – Il ministro è arrivato ieri, l'ıncontro è fissato per ſettembre.",
    "ΣΟΦΙΑ, 3 marzo – Σ il 4 MARZO, il Kelvin K e la ß, ǅ ﬀ µ ² ٣ Ⅻ: la sera del 9 novembre.",
    "Москва, 9 ноября – Лавров ha incontrato Rubio martedì scorso, il 10 luglio.",
    "L'11 luglio i due ministri si sono rivisti. Nell'estate 2024 e la prossima primavera.",
    "DAL 10 AL 12 GIUGNO 2013, a fine luglio 2025, nel 2022, entro il 2026.",
    # beyond the BMP: emoji (separators), a word character; a lower-case sigma of the text itself
    "Mosca 🇷🇺, 9 novembre 2025 – Lavrov è arrivato ieri 🙂oggi e il 3 marzo🙂2024, tre giorni fa.",
    "Il 𝐀 3 marzo e 𝟐 giorni fa, martedì scorso, l'anno prossimo.",
    "Il σ 3 marzo, οδός ς 4 aprile 2020: due settimane fa.",
    "confine 2025 e xmarzo, scorsomarzo, 12025, fine2024, a fine luglio.",
    # numbers next to separators, durations and what they imply, a window's end cutting a word
    "Il 10/07/2025, il 2025-07-10, il 3.4.2021, dal 3-4 marzo, 1,5 anni fa, un'ora dopo, tra 2 ore e mezza.",
    "Tre anni e due mesi fa, due giorni dopo il vertice, entro tre settimane, 20251 persone, 1999-2000.",
    "Il 12 " + "x" * 31 + " orario e 7 " + "y" * 29 + " settimane.",
]
REFS = [Reference.of("2019-03-12"), Reference.of("2014-01"), Reference.of("2016"), Reference.of(None)]


def _texts():
    for f in FIXTURES:
        yield f.read_text(encoding="utf-8")
    yield from TRICKY


def _dump(text: str):
    out = [dataclasses.astuple(reference_for(None, text))]
    dl = find_dateline(text)
    out.append(dataclasses.astuple(dl) if dl else None)
    for r in REFS:
        out.append([dataclasses.astuple(t) for t in tag(text, r)])
    return out


@pytest.mark.skipif(fast_patterns() is None, reason="fast path unavailable on this Python")
@pytest.mark.parametrize("text", list(_texts()), ids=lambda t: t[:30])
def test_fast_path_equals_case_insensitive_path(text, monkeypatch):
    tagger._last_doc = None
    fast = _dump(text)
    monkeypatch.setattr(tagger, "fast_patterns", lambda: None)
    tagger._last_doc = None
    slow = _dump(text)
    tagger._last_doc = None
    assert fast == slow


def test_unsafe_characters_take_the_slow_path():
    F = fast_patterns()
    if F is None:
        pytest.skip("fast path unavailable")
    for ch in "İıſΣ":
        assert F.unsafe_lower.search(ch), ch
    assert tagger._Doc("Il 3 marzo è arrivato a Mosca (Москва).").low != "Il 3 marzo è arrivato a Mosca (Москва)."
    assert tagger._Doc("İstanbul, 3 marzo").pats is not F


def test_cache_is_per_text():
    a, b = "Il 3 marzo 2020.", "Il 4 aprile 2021."
    assert tag(a, REFS[0])[0].value == "2020-03-03"
    assert tag(b, REFS[0])[0].value == "2021-04-04"
    assert tag(a, REFS[0])[0].value == "2020-03-03"


def test_norm_shortcut_for_words():
    """`patterns.norm` folds a word (`str.isalnum`) without its apostrophe and space rules:
    case folding a word character never yields an apostrophe or a space."""
    import re

    apos_or_space = re.compile(r"[\s'’‘`´]")
    for i in range(0x110000):
        ch = chr(i)
        if ch.isalnum():
            assert not apos_or_space.search(ch.casefold()), hex(i)


def test_digit_run_prefilters_agree_with_their_regexes():
    """The tagger's tests on digit runs ('10/07/2025', '2025-07-10', '2025') find what the
    prefilter regexes of those kinds find in a window, its end cutting or not a number."""
    import random
    import re

    F = fast_patterns()
    if F is None:
        pytest.skip("fast path unavailable")
    rnd = random.Random(7)
    for _ in range(20000):
        s = "".join(rnd.choice("0123456789-/.  a٣") for _ in range(rnd.randint(1, 14)))
        runs = [(m.start(), m.end()) for m in re.finditer(r"\d+", s)]
        starts_ends = ([a for a, _ in runs], [b for _, b in runs])
        lo = rnd.randint(0, len(s))
        hi = rnd.randint(lo, len(s))
        for kind, test in tagger._DIGIT_CHECKS.items():
            assert bool(F.prefilter[kind](s, lo, hi)) == test(s, starts_ends, lo, hi), (kind, s, lo, hi)

