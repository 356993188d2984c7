"""The regex gate's literal-prefix index (transforms.events.gate) changes nothing it finds, nor their order."""
import re

import pytest

from transforms.events.gate import SAFE_CHARS, Gate
from transforms.events.lexicon import load_lexicon


def test_safe_chars_fold_like_lower_case():
    """For the texts the literal-prefix index accepts, case-insensitive matching is equality of lower-cases and
    lower-casing keeps lengths and character classes."""
    compiled = {ch: re.compile(re.escape(ch), re.I) for ch in SAFE_CHARS}
    for t in SAFE_CHARS:
        assert len(t.lower()) == 1
        for rx in (re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")):
            assert bool(rx.fullmatch(t)) == bool(rx.fullmatch(t.lower())), t
        for lit, rx in compiled.items():
            assert (rx.fullmatch(t) is not None) == (t.lower() == lit.lower()), (lit, t)


def _variants(text):
    yield text
    yield text.upper()
    yield text.replace("’", "'")
    yield "İ " + text                      # lower-casing changes the length: plain scan
    yield text.replace("s", "ſ", 5)        # a cased character outside the index's alphabet: plain scan
    yield "🇷🇺 " + text + " 😀"            # uncased characters outside it: still indexed
    yield "Ha INCONTRATO, si è riunito con, HANNO firmato; si terranno, incontrerà G7 (G20) è arrivato a Roma"


def _plain(gate: Gate, text: str, word_start: bool):
    """The reference: one finditer per regex (in-word suffixes), else every regex tried at every word start
    where one of its beginnings occurs (the gate without its filter)."""
    if not word_start:
        return [(i, m.span()) for i, rx in enumerate(gate.regexes) for m in rx.finditer(text)]
    low = text.lower()
    if len(low) != len(text):
        out = [(i, m.span()) for i, rx in enumerate(gate.regexes) for m in rx.finditer(text)]
        return sorted(out, key=lambda x: (x[1][0], x[0]))
    out, last_end = [], [-1] * len(gate.regexes)
    for ws in gate.starts.finditer(low):
        pos = ws.start()
        for n in gate.lengths:
            for i in gate.by_prefix.get(low[pos:pos + n], ()):
                m = gate.regexes[i].match(text, pos) if pos >= last_end[i] else None
                if m:
                    last_end[i] = m.end()
                    out.append((i, m.span()))
    return out


@pytest.mark.parametrize("which", ["trigger_gate", "cue_gate", "suffix_gate", "both_gate"])
def test_gate_equals_plain_finditer(seed_texts, which):
    gate = getattr(load_lexicon(), which)
    word_start = which != "suffix_gate"
    for text in seed_texts.values():
        for t in _variants(text):
            got = [(i, m.span()) for i, m in gate.finditer(t)]
            if not word_start:
                got = sorted(got, key=lambda x: x[0])
            elif len(t.lower()) != len(t):
                got = sorted(got, key=lambda x: (x[1][0], x[0]))
            assert got == _plain(gate, t, word_start)
