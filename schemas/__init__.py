"""The versioned contract: Avro schemas (``*.avsc`` beside this file) and the pydantic models that mirror them.

Each ``.avsc`` file defines one named record. Top-level schemas refer to the shared ones (Participant, Place,
EventDate, Evidence, Claim) by name; :func:`load` inlines those references so every written file embeds a
complete, standalone schema.
"""
from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

SCHEMA_DIR = Path(__file__).parent
SCHEMA_VERSION = "2"
NAMESPACE = "diplo.events"


@functools.cache
def _definitions() -> dict[str, dict]:
    """Every named record of the .avsc files, by short name."""
    defs = {}
    for path in sorted(SCHEMA_DIR.glob("*.avsc")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        defs[schema["name"]] = schema
    return defs


def _inline(node, defs: dict[str, dict], seen: set[str]):
    """Replace the first reference to each named type by its definition (Avro requires define-before-use)."""
    if isinstance(node, str):
        short = node.rsplit(".", 1)[-1]
        if short in defs and short not in seen:
            seen.add(short)
            return _inline(copy.deepcopy(defs[short]), defs, seen)
        if short in defs:
            return f"{NAMESPACE}.{short}"
        return node
    if isinstance(node, list):
        return [_inline(item, defs, seen) for item in node]
    if isinstance(node, dict):
        if node.get("type") in ("record", "enum", "fixed") and "name" in node:
            seen.add(node["name"])
        out = {}
        for key, value in node.items():
            if key in ("type", "items", "values", "fields"):
                out[key] = _inline(value, defs, seen)
            else:
                out[key] = value
        return out
    return node


@functools.cache
def _load(name: str) -> str:
    defs = _definitions()
    if name not in defs:
        raise KeyError(f"no schema named {name!r} in {SCHEMA_DIR}; expected one of {sorted(defs)}")
    seen = {name}
    return json.dumps(_inline(copy.deepcopy(defs[name]), defs, seen))


def load(name: str) -> dict:
    """The complete Avro schema of record ``name`` ('Article', 'EventMention', 'DiplomaticEvent', 'DeadLetter')."""
    return json.loads(_load(name))


def names() -> list[str]:
    return sorted(_definitions())
