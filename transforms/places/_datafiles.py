"""Shared loader for the YAML language data in ``transforms/data`` (validated by pydantic)."""
from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

M = TypeVar("M", bound=BaseModel)


class DataFileError(ValueError):
    """A language data file is missing, unparsable or does not match its model."""


def load_yaml(name: str, model: type[M]) -> M:
    """Read ``transforms/data/<name>`` and validate it; errors name the file, the entry and what was expected."""
    path = DATA_DIR / name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read YAML: {exc}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = "/".join(str(p) for p in err["loc"])
            entry = _entry_at(raw, err["loc"])
            problems.append(f"  at {loc or '<root>'}: {err['msg']} (entry: {entry!r})")
        raise DataFileError(f"{path}: invalid data\n" + "\n".join(problems)) from exc


def _entry_at(raw, loc) -> object:
    node = raw
    for part in loc[:2]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    text = repr(node)
    return text if len(text) < 200 else text[:200] + "..."
