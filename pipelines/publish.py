"""Move a run's staged files into the output layout, partition by partition, and keep the manifest.

Layout (CONTRACT.md)::

    DIR/events/date=YYYY-MM-DD/pane-0000-00000-of-00001.avro
    DIR/mentions/date=YYYY-MM-DD/...
    DIR/dead_letter/...
    DIR/_manifest.json

Each partition directory is replaced by one rename (the old one is moved aside first and removed after), so
a reader sees either the old or the new partition, never a half-written one. A range rerun replaces only the
partitions in its range (and removes those in range that the rerun no longer produces).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import fastavro

from schemas import SCHEMA_VERSION

KINDS = ("events", "mentions", "dead_letter")
SEPARATOR = "+"
MANIFEST = "_manifest.json"
FLAT = "all"  # the partition name of kinds written flat (dead letters)


@dataclass
class Published:
    partitions: dict[str, dict[str, int]] = field(default_factory=dict)   # kind -> partition -> records
    removed: dict[str, list[str]] = field(default_factory=dict)


def _partition_day(name: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(name.removeprefix("date="))
    except ValueError:
        return None


def _in_range(name: str, first: dt.date | None, last: dt.date | None) -> bool:
    if first is None and last is None:
        return True
    day = _partition_day(name)
    return day is not None and (first is None or day >= first) and (last is None or day <= last)


def count_records(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fastavro.reader(fh))


def _swap(new: Path, target: Path, trash: Path) -> None:
    """Put directory ``new`` at ``target``, replacing what was there with one rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        aside = trash / f"{target.parent.name}-{target.name}-{uuid.uuid4().hex}"
        os.replace(target, aside)
    os.replace(new, target)


def publish(staging: Path, output: Path, first: dt.date | None = None, last: dt.date | None = None) -> Published:
    """Move ``staging/<kind>/<partition>+<file>`` into ``output/<kind>/<partition>/<file>``."""
    result = Published()
    trash = output / f".trash-{uuid.uuid4().hex}"
    trash.mkdir(parents=True)
    try:
        for kind in KINDS:
            src = staging / kind
            grouped: dict[str, list[Path]] = {}
            for f in sorted(src.glob(f"*{SEPARATOR}*.avro")) if src.exists() else []:
                partition, _, name = f.name.partition(SEPARATOR)
                grouped.setdefault(partition, []).append(f)
            built = staging / f"{kind}.built"
            counts: dict[str, int] = {}
            for partition, files in grouped.items():
                pdir = built / partition
                pdir.mkdir(parents=True)
                for f in files:
                    dest = pdir / f.name.partition(SEPARATOR)[2]
                    os.replace(f, dest)
                    counts[partition] = counts.get(partition, 0) + count_records(dest)
            target_root = output / kind
            if kind == "dead_letter":   # flat: DIR/dead_letter/*.avro, replaced as a whole by every run
                flat = built / FLAT
                for f in sorted(flat.glob("*.avro")) if flat.exists() else []:
                    os.replace(f, built / f.name)
                if flat.exists():
                    flat.rmdir()
                built.mkdir(parents=True, exist_ok=True)
                _swap(built, target_root, trash)
                result.partitions[kind] = dict(sorted(counts.items()))
                result.removed[kind] = []
                continue
            target_root.mkdir(parents=True, exist_ok=True)
            stale = [p.name for p in sorted(target_root.iterdir()) if p.is_dir() and p.name not in grouped
                     and _in_range(p.name, first, last)]
            for name in stale:
                os.replace(target_root / name, trash / f"{kind}-{name}-{uuid.uuid4().hex}")
            for partition in sorted(grouped):
                _swap(built / partition, target_root / partition, trash)
            result.partitions[kind] = dict(sorted(counts.items()))
            result.removed[kind] = stale
    finally:
        shutil.rmtree(trash, ignore_errors=True)
    return result


def write_manifest(output: Path, published: Published, *, inputs: list[str], counts: dict[str, int],
                   first: dt.date | None, last: dt.date | None, pipeline_version: str) -> Path:
    """Update ``_manifest.json``: what produced each partition (inputs, counts, versions). No timestamps, so
    the same inputs give the same manifest."""
    manifest = load_manifest(output, pipeline_version)
    run = {"inputs": inputs, "counts": counts,
           "range": {"from": first.isoformat() if first else None, "to": last.isoformat() if last else None}}
    for kind in KINDS:
        parts = manifest.setdefault("partitions", {}).setdefault(kind, {})
        for name in published.removed.get(kind, []):
            parts.pop(name, None)
        if kind == "dead_letter" or (first is None and last is None):
            parts.clear()
        for name, n in published.partitions.get(kind, {}).items():
            parts[name] = {"records": n, "run": run["range"]}
        manifest["partitions"][kind] = dict(sorted(parts.items()))
    manifest["last_run"] = run
    return save_manifest(output, manifest)


def load_manifest(output: Path, pipeline_version: str) -> dict:
    """The output's manifest (empty when new), stamped with the current pipeline and schema versions."""
    path = output / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    manifest.update({"pipeline_version": pipeline_version, "schema_version": SCHEMA_VERSION})
    return manifest


def save_manifest(output: Path, manifest: dict) -> Path:
    """Write the manifest atomically (a temporary file, then one rename), keys sorted."""
    path = output / MANIFEST
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path
