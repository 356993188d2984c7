"""The continuous pipeline: watch an inbox folder, emit updated event records as articles land, until stopped.

Same steps as the batch pipeline (:func:`pipelines.batch.wire`); only three things differ:

- the source: on the local runner (``BundleBasedDirectRunner --streaming``, the default here) a ``TestStream``
  fed live through a ``TestStreamServiceController`` whose reader polls the inbox; on runners with
  splittable-DoFn support (``--runner PrismRunner``, Dataflow, Flink) ``fileio.MatchContinuously``;
- the triggers: every day window of event time fires at each arrival (a new ``revision`` of its events) and
  once more when the stream ends;
- the sink: each firing writes a new file (its pane in the name) that a publisher thread moves into
  ``DIR/<kind>/date=YYYY-MM-DD/`` as soon as it is complete.

It stops on SIGINT/SIGTERM, or after ``--idle-timeout`` seconds without a new file, and then drains: the last
firings are written, the manifest is updated and the counts are printed.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import apache_beam as beam
import fastavro
from apache_beam.coders import StrUtf8Coder
from apache_beam.io import fileio
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import ElementEvent, ProcessingTimeEvent, TestStream
from apache_beam.testing.test_stream_service import TestStreamServiceController
from apache_beam.transforms.window import TimestampedValue

from pipelines import publish as pub
from pipelines.batch import PIPELINE_VERSION, wire
from transforms.articles import SUPPORTED
from transforms.beam.steps import ParseArticleFiles

LOCAL_RUNNERS = (None, "DirectRunner", "BundleBasedDirectRunner")
HEARTBEAT_SECONDS = 5.0      # the local runner gives up on a TestStream that is silent for 30 s
PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload")


class Inbox:
    """New files of a folder in arrival order; a file counts once its size is the same on two polls.

    Hidden files and files still being written (``*.tmp``, ``*.part``) are skipped: writers should write
    elsewhere or under such a name and rename into the inbox.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self._sizes: dict[str, int] = {}
        self._taken: set[str] = set()

    def poll(self) -> list[str]:
        ready = []
        current = {}
        for root, dirs, files in os.walk(self.folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if name.startswith(".") or name.endswith(PARTIAL_SUFFIXES):
                    continue
                path = os.path.join(root, name)
                if path in self._taken:
                    continue
                try:
                    stat = os.stat(path)
                except FileNotFoundError:
                    continue
                current[path] = stat.st_size
                if self._sizes.get(path) == stat.st_size:
                    ready.append((stat.st_mtime_ns, path))
        self._sizes = {p: s for p, s in current.items() if p not in {r[1] for r in ready}}
        paths = [p for _, p in sorted(ready)]
        self._taken.update(paths)
        return paths


class InboxEvents:
    """The reader a ``TestStreamServiceController`` serves: inbox arrivals as TestStream events."""

    def __init__(self, inbox: Inbox, stop: threading.Event, poll_interval: float, idle_timeout: float | None):
        self.inbox, self.stop = inbox, stop
        self.poll_interval, self.idle_timeout = poll_interval, idle_timeout
        self.coder = StrUtf8Coder()
        self.files_seen = 0

    def read_multiple(self, _specs):
        return self._events()

    def _events(self):
        last_arrival = last_event = time.monotonic()
        while not self.stop.is_set():
            paths = self.inbox.poll()
            now = time.monotonic()
            if paths:
                self.files_seen += len(paths)
                last_arrival = last_event = now
                yield ElementEvent([TimestampedValue(p, 0) for p in paths]).to_runner_api(self.coder)
                continue
            if self.idle_timeout is not None and now - last_arrival >= self.idle_timeout:
                break
            if now - last_event >= HEARTBEAT_SECONDS:
                last_event = now
                yield ProcessingTimeEvent(int(HEARTBEAT_SECONDS)).to_runner_api(self.coder)
            self.stop.wait(self.poll_interval)
        # Returning ends the stream: the watermark goes to infinity and every window fires its last pane.


@dataclass
class Publisher:
    """Moves complete files from the staging folder into the output layout while the stream runs."""

    staging: Path
    output: Path
    session: str
    published: pub.Published = field(default_factory=pub.Published)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def publish_once(self) -> int:
        moved = 0
        with self._lock:
            for kind in pub.KINDS:
                src = self.staging / kind
                for f in sorted(src.glob(f"*{pub.SEPARATOR}*.avro")) if src.exists() else []:
                    partition, _, name = f.name.partition(pub.SEPARATOR)
                    target = self.output / kind if kind == "dead_letter" else self.output / kind / partition
                    target.mkdir(parents=True, exist_ok=True)
                    dest = target / f"{self.session}-{name}"
                    os.replace(f, dest)
                    n = pub.count_records(dest)
                    counts = self.published.partitions.setdefault(kind, {})
                    counts[partition] = counts.get(partition, 0) + n
                    moved += 1
        return moved

    def loop(self, stop: threading.Event, interval: float) -> None:
        while not stop.wait(interval):
            self.publish_once()


def highest_revision(output: Path) -> int:
    """The highest revision already written under ``output/events`` (-1 when none)."""
    best = -1
    for path in (output / "events").rglob("*.avro") if (output / "events").exists() else []:
        with path.open("rb") as fh:
            for rec in fastavro.reader(fh):
                best = max(best, rec["revision"])
    return best


def _source(p: beam.Pipeline, runner: str | None, inbox: Path, endpoint: str, poll_interval: float):
    if runner in LOCAL_RUNNERS:
        return p | "WatchInbox" >> TestStream(coder=StrUtf8Coder(), endpoint=endpoint)
    patterns = [str(inbox / "**" / f"*{ext}") for ext in SUPPORTED]
    matched = [p | f"Match{ext}" >> fileio.MatchContinuously(pat, interval=poll_interval)
               for ext, pat in zip(SUPPORTED, patterns)]
    return matched | "AllMatches" >> beam.Flatten() | "Paths" >> beam.Map(lambda m: m.path)


@dataclass
class StreamSummary:
    """Counts of what the stream wrote. The local streaming runner does not commit the metrics of its last
    bundles before it returns, so these come from the published files, not from Beam metrics."""

    published: pub.Published
    files: int

    def counts(self) -> dict[str, int]:
        parts = self.published.partitions
        return {"files_seen": self.files, "mentions_written": sum(parts.get("mentions", {}).values()),
                "event_revisions_written": sum(parts.get("events", {}).values()),
                "dead_letters": sum(parts.get("dead_letter", {}).values())}

    def line(self) -> str:
        c = self.counts()
        return (f"stream stopped: {c['files_seen']} files; wrote {c['mentions_written']} mentions and "
                f"{c['event_revisions_written']} event revisions in "
                f"{len(self.published.partitions.get('events', {}))} date partitions; "
                f"dead-lettered {c['dead_letters']}")


def _update_manifest(output: Path, published: pub.Published, counts: dict[str, int], session: str) -> None:
    manifest = pub.load_manifest(output, PIPELINE_VERSION)
    for kind, parts in published.partitions.items():
        known = manifest.setdefault("partitions", {}).setdefault(kind, {})
        for name, n in parts.items():
            entry = known.setdefault(name, {"records": 0})
            entry["records"] = entry.get("records", 0) + n
            entry["stream"] = session
        manifest["partitions"][kind] = dict(sorted(known.items()))
    manifest["last_stream"] = {"session": session, "counts": counts}
    pub.save_manifest(output, manifest)


def run_stream(inbox: str, output: str, beam_args: list[str], poll_interval: float = 0.5,
               idle_timeout: float | None = None, stop: threading.Event | None = None) -> StreamSummary:
    folder = Path(inbox)
    if not folder.is_dir():
        raise ValueError(f"--inbox {inbox!r} is not a directory; expected a folder to watch")
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    stop = stop or threading.Event()
    session = "stream-" + dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    staging = out / f".staging-{session}"
    options = PipelineOptions(beam_args)
    std = options.view_as(StandardOptions)
    std.streaming = True
    runner = std.runner
    if runner in LOCAL_RUNNERS:
        std.runner = "BundleBasedDirectRunner"
    events = InboxEvents(Inbox(folder), stop, poll_interval, idle_timeout)
    controller = TestStreamServiceController(events)
    publisher = Publisher(staging, out, session)
    publishing = threading.Event()
    thread = threading.Thread(target=publisher.loop, args=(publishing, 0.25), daemon=True)
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    controller.start()
    thread.start()
    try:
        p = beam.Pipeline(options=options)
        wire(_source(p, runner, folder, controller.endpoint, poll_interval) | "ReadArticles" >> ParseArticleFiles(),
             str(staging), streaming=True, revision_base=highest_revision(out) + 1)
        p.run().wait_until_finish()
    finally:
        publishing.set()
        thread.join()
        publisher.publish_once()
        controller.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        shutil.rmtree(staging, ignore_errors=True)
    summary = StreamSummary(publisher.published, events.files_seen)
    _update_manifest(out, publisher.published, summary.counts(), session)
    return summary
