"""One loader for the language data in ``transforms/data`` (YAML, validated by a pydantic model).

Every data file starts with a comment saying where its data came from. A file that cannot be read or does
not match its model raises :class:`DataFileError` (or the caller's subclass) naming the file, the entry
(``triggers[3] (meet_verb).patterns``), what was found and what the model expected.

``accentless`` widens a pattern read from those files to wire copy written without accents; the event lexicon and
the actor resolver both build their regexes with it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"
_IDENT_KEYS = ("id", "name", "status", "reason")

M = TypeVar("M", bound=BaseModel)


class DataFileError(ValueError):
    """A language data file is missing, unparsable or does not match its model."""


def describe_location(raw: object, loc: tuple) -> str:
    """``('triggers', 3, 'patterns')`` → ``triggers[3] (meet_verb).patterns``: list items named by their id."""
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and key < len(node) else None
            ident = next((item[k] for k in _IDENT_KEYS if isinstance(item, dict) and item.get(k)), None)
            parts.append(f"[{key}]" + (f" ({ident})" if ident else ""))
        else:
            parts.append(("." if parts else "") + str(key))
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
    return "".join(parts) or "<top level>"


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # PyYAML's C parser when built with libyaml


@lru_cache(maxsize=64)
def _parse(path: Path, mtime_ns: int, size: int):
    """The parsed YAML of a file, once per process and version of the file (callers must not modify it)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def raw_data(name: str | Path):
    """The parsed YAML of ``transforms/data/<name>`` (or the path given), shared: read it, never modify it."""
    path = _path(name)
    st = path.stat()
    return _parse(path, st.st_mtime_ns, st.st_size)


def _path(name: str | Path) -> Path:
    return Path(name) if isinstance(name, Path) or "/" in str(name) else DATA_DIR / name


def load_yaml(name: str | Path, model: type[M], error: type[DataFileError] = DataFileError) -> M:
    """Read ``transforms/data/<name>`` (or the path given) and validate it against ``model``."""
    path = _path(name)
    try:
        raw = raw_data(path)
    except OSError as exc:
        raise error(f"{path}: cannot read the data file ({exc})") from exc
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise error(f"{path}: expected a mapping at the top level, got {type(raw).__name__}")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = [f"entry {describe_location(raw, tuple(err['loc']))}: {err['msg']} (got {err.get('input')!r})"[:300]
                    for err in exc.errors()]
        raise error(f"{path}: does not match {model.__name__}: " + "; ".join(problems)) from exc


_ACCENT_BASE = {"à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u"}


def accentless(pattern: str) -> str:
    """A pattern that also matches wire copy written without accents ('tornera'', 'e' stato'): each accented
    vowel outside a character class and outside a look-behind (which must keep a fixed width) also matches its
    plain vowel and an apostrophe."""
    out, in_class, esc = [], False, False
    depth, behind = 0, []          # open groups; the depths at which look-behinds opened
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if esc:
            esc = False
        elif ch == "\\":
            esc = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
            if pattern.startswith(("(?<=", "(?<!"), i):
                behind.append(depth)
        elif ch == ")":
            if behind and behind[-1] == depth:
                behind.pop()
            depth -= 1
        elif ch in _ACCENT_BASE and not behind:
            out.append(f"(?:{ch}|{_ACCENT_BASE[ch]}['’])")
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)
