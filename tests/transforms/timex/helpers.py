"""Shared helpers of the table-driven timex tests."""
from __future__ import annotations

from transforms.timex import Reference, tag


def find(text: str, ref, needle: str):
    """The single timex overlapping the first occurrence of ``needle`` (offsets checked on every timex)."""
    out = tag(text, ref if isinstance(ref, Reference) else Reference.of(ref))
    for t in out:
        assert text[t.char_start:t.char_end] == t.text
    s = text.index(needle)
    e = s + len(needle)
    hits = [t for t in out if t.char_start < e and t.char_end > s]
    assert len(hits) == 1, f"{needle!r} in {text!r}: expected one timex, got {hits} (all: {out})"
    return hits[0]


def check(t, expected: dict) -> None:
    for k, v in expected.items():
        got = getattr(t, k)
        assert got == v, f"{k}: expected {v!r}, got {got!r} ({t})"
