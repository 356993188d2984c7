"""The batch pipeline: every article under a path or glob → date-partitioned Avro event records."""
from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner

from pipelines import publish as pub
from transforms.beam.io import WriteDeadLetters, WriteEventRecords, WriteMentions
from transforms.beam.steps import (DEAD, NAMESPACE, AggregateAcrossArticles, ExtractEvents, ReadArticles,
                                   RefineDatesAcrossArticles, WindowByEventDate)

PIPELINE_VERSION = "0.1.0"
COUNTERS = ("articles_read", "mentions_extracted", "events_aggregated", "dead_letters")


class InputError(ValueError):
    """The input path or glob names nothing readable."""


def list_inputs(pattern: str) -> list[str]:
    """A file, a directory (every non-hidden file below it) or a glob → sorted file paths."""
    if os.path.isdir(pattern):
        found = []
        for root, dirs, files in os.walk(pattern):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [os.path.join(root, f) for f in files if not f.startswith(".")]
        paths = sorted(found)
    elif os.path.isfile(pattern):
        paths = [pattern]
    else:
        paths = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
    if not paths:
        raise InputError(f"--input {pattern!r} matches no file; expected a file, a directory or a glob")
    return paths


def wire(read, staging: str, *, first: dt.date | None = None, last: dt.date | None = None,
         streaming: bool = False, revision_base: int = 0) -> None:
    """The steps after the source, shared by batch and stream: extract → refine dates → window by event date →
    aggregate → write. Only the source (``read``), the triggers (``streaming``) and the sink's publishing differ."""
    extracted = read.articles | "ExtractEvents" >> ExtractEvents()
    windowed = (extracted.mentions
                | "RefineDatesAcrossArticles" >> RefineDatesAcrossArticles(first, last, streaming=streaming)
                | "WindowByEventDate" >> WindowByEventDate(streaming=streaming))
    events = windowed | "AggregateAcrossArticles" >> AggregateAcrossArticles(revision_base)
    _ = events | "WriteEventRecords" >> WriteEventRecords(os.path.join(staging, "events"), streaming)
    _ = windowed | "WriteMentions" >> WriteMentions(os.path.join(staging, "mentions"), streaming)
    dead = (read[DEAD], extracted[DEAD]) | "AllDeadLetters" >> beam.Flatten()
    _ = dead | "WriteDeadLetters" >> WriteDeadLetters(os.path.join(staging, "dead_letter"), streaming)


def build(p: beam.Pipeline, paths: list[str], staging: str, first: dt.date | None = None,
          last: dt.date | None = None) -> None:
    """The batch pipeline: the listed files → the steps of :func:`wire`."""
    wire(p | "ReadArticles" >> ReadArticles(paths), staging, first=first, last=last)


def make_pipeline(beam_args: list[str]) -> beam.Pipeline:
    """FnApiRunner unless ``--runner`` names another one; the other Beam options pass straight through."""
    options = PipelineOptions(beam_args)
    runner = options.view_as(StandardOptions).runner
    if runner in (None, "FnApiRunner"):
        return beam.Pipeline(runner=FnApiRunner(), options=options)
    return beam.Pipeline(options=options)


def query_counts(result) -> dict[str, int]:
    counts = dict.fromkeys(COUNTERS, 0)
    for c in result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))["counters"]:
        if c.key.metric.name in counts:
            counts[c.key.metric.name] += c.committed or 0
    return counts


@dataclass
class RunSummary:
    counts: dict[str, int]
    published: pub.Published
    manifest: Path
    output: str = ""

    def line(self) -> str:
        c, parts = self.counts, self.published.partitions
        events = sum(parts.get("events", {}).values())
        return (f"read {c['articles_read']} articles; extracted {c['mentions_extracted']} mentions; "
                f"wrote {events} events in {len(parts.get('events', {}))} date partitions; "
                f"dead-lettered {c['dead_letters']}"
                + (f" (see: diplo-events read {self.output} --kind dead_letter --format table)"
                   if c["dead_letters"] else ""))


def run_batch(input_pattern: str, output: str, beam_args: list[str], first: dt.date | None = None,
              last: dt.date | None = None) -> RunSummary:
    paths = list_inputs(input_pattern)
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    staging = out / f".staging-{uuid.uuid4().hex}"
    try:
        p = make_pipeline(beam_args)
        build(p, paths, str(staging), first, last)
        result = p.run()
        result.wait_until_finish()
        counts = query_counts(result)
        published = pub.publish(staging, out, first, last)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    counts["events_written"] = sum(published.partitions.get("events", {}).values())
    manifest = pub.write_manifest(out, published, inputs=paths, counts=counts, first=first, last=last,
                                  pipeline_version=PIPELINE_VERSION)
    return RunSummary(counts, published, manifest, output)
