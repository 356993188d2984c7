"""Streaming semantics on the local streaming runner: every arrival gives a new revision of its day's events,
late reports update their day, and the writer gives every firing a file of its own."""
from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import apache_beam as beam
import fastavro
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing import test_pipeline
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from pipelines.cli import main
from pipelines.stream import Inbox
from schemas.models import EventMention
from transforms.beam.steps import AggregateAcrossArticles, RefineDatesAcrossArticles, WindowByEventDate

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def reports() -> dict[str, list[EventMention]]:
    by_article: dict[str, list[EventMention]] = {}
    for line in (FIXTURES / "mentions" / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        m = EventMention.model_validate(json.loads(line))
        by_article.setdefault(m.article_id, []).append(m)
    return by_article


def streaming_pipeline():
    options = PipelineOptions(["--streaming"])
    options.view_as(StandardOptions).runner = "BundleBasedDirectRunner"
    return test_pipeline.TestPipeline(options=options)


def test_each_arrival_is_a_new_revision():
    by_article = reports()
    stream = (test_stream.TestStream()
              .add_elements([TimestampedValue(m, 0) for m in by_article["ansa-1"]])
              .advance_processing_time(1)
              .add_elements([TimestampedValue(m, 0) for m in by_article["agi-7"]])
              .advance_processing_time(1)
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        events = (p | stream | RefineDatesAcrossArticles(streaming=True) | WindowByEventDate(streaming=True)
                  | AggregateAcrossArticles())
        summary = events | beam.Map(lambda e: (e.date.value, e.event_type, e.revision, e.num_articles))
        assert_that(summary, equal_to([
            ("2024-04-11", "CONSULT", 0, 1), ("2024-04-11", "ASSAULT", 0, 1),    # ansa-1 arrives
            ("2024-04-11", "CONSULT", 1, 2), ("2024-04-12", "CONSULT", 0, 1),    # agi-7 arrives
            ("2024-04-11", "CONSULT", 2, 2), ("2024-04-11", "ASSAULT", 1, 1),    # the stream ends
            ("2024-04-12", "CONSULT", 1, 1),
        ]))


def test_inbox_takes_a_file_once_it_stops_growing(tmp_path):
    inbox = Inbox(tmp_path)
    (tmp_path / "a.txt").write_text("uno")
    (tmp_path / "b.txt.part").write_text("in scrittura")
    (tmp_path / ".hidden.txt").write_text("nascosto")
    assert inbox.poll() == []                       # first sighting: size not yet known to be stable
    assert inbox.poll() == [str(tmp_path / "a.txt")]
    assert inbox.poll() == []                       # taken once
    (tmp_path / "c.jsonl").write_text("{}")
    inbox.poll()
    assert inbox.poll() == [str(tmp_path / "c.jsonl")]


def test_stream_command_publishes_revisions_as_files_land(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    seeds = sorted((FIXTURES / "seeds").glob("*.txt"))

    def land():
        time.sleep(2)
        shutil.copy(seeds[0], inbox / seeds[0].name)
        time.sleep(3)
        shutil.copy(seeds[2], inbox / seeds[2].name)
        shutil.copy(FIXTURES / "bad" / "empty.txt", inbox / "empty.txt")

    feeder = threading.Thread(target=land)
    feeder.start()
    assert main(["stream", "--inbox", str(inbox), "--output", str(out), "--idle-timeout", "4",
                 "--poll-interval", "0.2"]) == 0
    feeder.join()
    rows = []
    for path in sorted((out / "events").rglob("*.avro")):
        assert path.parent.name.startswith("date=")
        with path.open("rb") as fh:
            rows.extend(fastavro.reader(fh))
    meeting = [r for r in rows if r["event_type"] == "CONSULT" and r["date"]["value"] == "2025-07-10"]
    # seed 000 lands first (revision 0, one article), then seed 002 reports the same meeting (more articles).
    assert min(r["num_articles"] for r in meeting) == 1 and max(r["num_articles"] for r in meeting) == 2
    latest = max(meeting, key=lambda r: r["revision"])
    assert latest["article_ids"] == [seeds[0].stem, seeds[2].stem]
    (dead,) = (out / "dead_letter").glob("*.avro")
    with dead.open("rb") as fh:
        assert "empty file" in next(fastavro.reader(fh))["reason"]
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["last_stream"]["counts"]["files_seen"] == 3
