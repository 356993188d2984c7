"""The console command end to end on fixture files."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import fastavro
import pytest

from pipelines.cli import main
from schemas import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _events(root: Path) -> list[dict]:
    rows = []
    for path in sorted((root / "events").rglob("*.avro")):
        with path.open("rb") as fh:
            rows.extend(fastavro.reader(fh))
    return rows


@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory) -> Path:
    """Seeds, JSON Lines, Avro and every kind of bad input in one folder."""
    folder = tmp_path_factory.mktemp("in")
    for sub in ("seeds", "inputs", "bad"):
        for f in (FIXTURES / sub).iterdir():
            shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory, mixed_input) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["run", "--input", str(mixed_input), "--output", str(out)]) == 0
    return out


def test_run_writes_the_layout(run_dir, capsys):
    assert sorted(p.name for p in run_dir.iterdir()) == ["_manifest.json", "dead_letter", "events", "mentions"]
    partitions = sorted(p.name for p in (run_dir / "events").iterdir())
    assert partitions and all(p.startswith("date=") for p in partitions)
    events = _events(run_dir)
    assert events and all(e["revision"] == 0 for e in events)
    for e in events:
        assert f"date={e['date']['start'].isoformat()}" in partitions


def test_bad_inputs_are_dead_lettered_with_reasons(run_dir):
    (dl,) = sorted((run_dir / "dead_letter").glob("*.avro"))
    with dl.open("rb") as fh:
        dead = list(fastavro.reader(fh))
    by_input = {(Path(d["input_path"]).name, d["record_ref"]): d["reason"] for d in dead}
    assert set(by_input) == {("binary.txt", None), ("empty.txt", None), ("latin1.txt", None), ("table.csv", None),
                             ("mixed.jsonl", "line 2"), ("mixed.jsonl", "line 4"), ("mixed.jsonl", "line 5"),
                             ("mixed.jsonl", "line 6")}
    assert "not valid UTF-8" in by_input[("latin1.txt", None)]


def test_manifest_counts(run_dir):
    manifest = json.loads((run_dir / "_manifest.json").read_text())
    counts = manifest["last_run"]["counts"]
    assert counts["articles_read"] == 9           # 5 seeds + 2 JSON Lines + 1 Avro + 1 good line of mixed.jsonl
    assert counts["dead_letters"] == 8
    assert counts["events_written"] == len(_events(run_dir))
    assert manifest["schema_version"] == SCHEMA_VERSION == "2"
    assert set(manifest["partitions"]["events"]) == {p.name for p in (run_dir / "events").iterdir()}


def test_same_input_same_bytes(run_dir, mixed_input, tmp_path):
    assert main(["run", "--input", str(mixed_input), "--output", str(tmp_path)]) == 0
    ours, theirs = _digests(run_dir), _digests(tmp_path)
    ours.pop("_manifest.json"), theirs.pop("_manifest.json")
    assert ours == theirs


def test_range_rerun_rewrites_only_its_partitions(mixed_input, tmp_path):
    assert main(["run", "--input", str(mixed_input), "--output", str(tmp_path)]) == 0
    before = _digests(tmp_path / "events")
    partitions = sorted({k.split("/")[0] for k in before})
    target = partitions[-1]
    # Damage one partition in range and one outside; the rerun must mend the first and leave the second.
    for name in (target, partitions[0]):
        for f in (tmp_path / "events" / name).iterdir():
            f.write_bytes(b"stale")
    day = target.removeprefix("date=")
    assert main(["run", "--input", str(mixed_input), "--output", str(tmp_path), "--from", day, "--to", day]) == 0
    after = _digests(tmp_path / "events")
    assert {k: v for k, v in after.items() if k.startswith(target)} == \
        {k: v for k, v in before.items() if k.startswith(target)}
    if partitions[0] != target:
        assert all((tmp_path / "events" / k).read_bytes() == b"stale" for k in after if k.startswith(partitions[0]))


def test_read_prints_events(run_dir, capsys):
    assert main(["read", str(run_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len({e["event_id"] for e in _events(run_dir)})
    assert all(json.loads(line)["event_id"] for line in lines)
    assert main(["read", str(run_dir), "--format", "table", "--kind", "dead_letter"]) == 0
    assert "not valid UTF-8" in capsys.readouterr().out


def test_extract_prints_one_object_per_article(capsys):
    assert main(["extract", "--input", str(FIXTURES / "seeds")]) == 0
    objs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["article_id"] for o in objs] == sorted(p.stem for p in (FIXTURES / "seeds").iterdir())
    assert all({"article_id", "published", "timexes", "mentions"} <= set(o) for o in objs)


@pytest.mark.parametrize("argv, message", [
    (["run", "--input", "no/such/*.txt", "--output", "x"], "matches no file"),
    (["read", "no/such/dir"], "does not exist"),
])
def test_failures_exit_non_zero_with_one_line(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_from_after_to_is_refused(capsys, tmp_path):
    assert main(["run", "--input", str(FIXTURES / "seeds"), "--output", str(tmp_path), "--from", "2025-02-01",
                 "--to", "2025-01-01"]) == 2
    assert "is after --to" in capsys.readouterr().err


def test_same_bytes_with_several_workers(run_dir, mixed_input, tmp_path):
    """Beam options pass through; a partition stays one file whatever the number of workers."""
    assert main(["run", "--input", str(mixed_input), "--output", str(tmp_path),
                 "--direct_running_mode", "multi_processing", "--direct_num_workers", "2"]) == 0
    ours, theirs = _digests(run_dir), _digests(tmp_path)
    ours.pop("_manifest.json"), theirs.pop("_manifest.json")
    assert ours == theirs
