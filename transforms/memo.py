"""A bounded memo shared by the taggers: ``memo[key]`` is ``f(key)``, computed on first sight.

A dict subclass, so that a known key costs one look-up in C (``map(memo.__getitem__, words)`` runs without a
Python call per word); cleared when it reaches its bound, so that a long-running worker does not grow without end.
"""
from __future__ import annotations

from typing import Any, Callable


class Memo(dict):
    """key -> f(key), computed on first sight (bounded: cleared when full)."""

    def __init__(self, f: Callable[[Any], Any], max_size: int = 100_000) -> None:
        super().__init__()
        self.f = f
        self.max_size = max_size

    def __missing__(self, key):
        if len(self) >= self.max_size:
            self.clear()
        v = self[key] = self.f(key)
        return v
