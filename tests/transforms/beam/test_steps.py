"""The Beam steps on fixture files with exact expectations (TestPipeline on the FnApiRunner)."""
from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import fastavro
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from schemas.models import EventMention
from transforms.aggregate import aggregate_all
from transforms.beam.io import WriteEventRecords
from transforms.beam.steps import (DEAD, AggregateAcrossArticles, ReadArticles, RefineDatesAcrossArticles,
                                   WindowByEventDate)

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"


def reports() -> list[EventMention]:
    lines = (FIXTURES / "mentions" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    return [EventMention.model_validate(json.loads(line)) for line in lines]


def test_aggregate_across_articles_matches_the_pure_aggregation_exactly():
    expected = aggregate_all(reports())
    assert len(expected) == 4
    with test_pipeline.TestPipeline(runner=FnApiRunner()) as p:
        events = (p | beam.Create(reports())
                  | RefineDatesAcrossArticles()
                  | WindowByEventDate()
                  | AggregateAcrossArticles())
        assert_that(events | beam.Map(lambda e: e.model_dump_json()),
                    equal_to([e.model_dump_json() for e in expected]))


def test_range_rerun_keeps_only_mentions_in_range():
    import datetime as dt
    with test_pipeline.TestPipeline(runner=FnApiRunner()) as p:
        kept = (p | beam.Create(reports())
                | RefineDatesAcrossArticles(dt.date(2024, 4, 12), dt.date(2024, 5, 31))
                | beam.Map(lambda m: m.mention_id))
        assert_that(kept, equal_to(["agi-7#1", "cnn-9#0", "cnn-9#1"]))


def test_read_articles_routes_dead_letters():
    paths = sorted(str(p) for p in (FIXTURES / "bad").iterdir()) + [str(FIXTURES / "inputs" / "articles.jsonl")]
    with test_pipeline.TestPipeline(runner=FnApiRunner()) as p:
        read = p | ReadArticles(paths)
        assert_that(read.articles | beam.Map(lambda a: a.id), equal_to(["ok-1", "ansa-2024-0412", "agi-2019-1105"]),
                    label="articles")
        assert_that(read[DEAD] | beam.Map(lambda d: (Path(d.input_path).name, d.record_ref)),
                    equal_to([("binary.txt", None), ("empty.txt", None), ("latin1.txt", None), ("table.csv", None),
                              ("mixed.jsonl", "line 2"), ("mixed.jsonl", "line 4"), ("mixed.jsonl", "line 5"),
                              ("mixed.jsonl", "line 6")]), label="dead")


def test_write_event_records_partitions_sorted(tmp_path):
    expected = aggregate_all(reports())
    with test_pipeline.TestPipeline(runner=FnApiRunner()) as p:
        _ = (p | beam.Create(reports()) | RefineDatesAcrossArticles() | WindowByEventDate()
             | AggregateAcrossArticles() | WriteEventRecords(str(tmp_path)))
    files = sorted(f.name for f in tmp_path.glob("*.avro"))
    assert files == ["date=2024-04-11+pane-0000-00000-of-00001.avro", "date=2024-04-12+pane-0000-00000-of-00001.avro",
                     "date=2024-05-13+pane-0000-00000-of-00001.avro"]
    with (tmp_path / files[0]).open("rb") as fh:
        ids = [r["event_id"] for r in fastavro.reader(fh)]
    assert ids == sorted(e.event_id for e in expected if e.date.value == "2024-04-11")
