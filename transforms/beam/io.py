"""Avro writers: ``fileio.WriteToFiles`` with a deterministic fastavro sink, one file per partition and pane.

Files are written flat into a staging directory as ``<partition>+<pane>-<shard>.avro``;
:func:`pipelines.publish` then moves each partition into ``DIR/<kind>/<partition>/`` atomically.
"""
from __future__ import annotations

import apache_beam as beam
import fastavro
from apache_beam.io import fileio
from apache_beam.transforms import trigger, window

from transforms.aggregate import window_day
from transforms.beam.steps import DAY_SECONDS
import schemas

# A fixed sync marker makes the same records give the same bytes on every run.
SYNC_MARKER = b"diplo-events/v1\x00"
CODEC = "deflate"
SEPARATOR = "+"


def partition_of(record) -> str:
    """``date=YYYY-MM-DD`` of an event or mention record (``date=unknown`` without a date)."""
    if record.date is None:
        return "date=unknown"
    return f"date={window_day(record).isoformat()}"


class SortedAvroSink(fileio.FileSink):
    """Buffers a file's records and writes them sorted, with the schema embedded and a fixed sync marker."""

    def __init__(self, schema_name: str, sort_key):
        self.schema_name = schema_name
        self.sort_key = sort_key
        self._schema = None
        self._fh = None
        self._records: list = []

    def open(self, fh):
        self._fh = fh
        self._records = []
        if self._schema is None:
            # The raw schema (its key order fixed by the .avsc file), not fastavro's parsed form, whose key
            # order varies with the interpreter's hash seed: the embedded header must be the same bytes.
            self._schema = schemas.load(self.schema_name)

    def write(self, batch):
        """``batch`` is (partition, records): a whole partition of one pane, grouped upstream."""
        self._records.extend(batch[1])

    def flush(self):
        rows = [r.to_avro() for r in sorted(self._records, key=self.sort_key)]
        fastavro.writer(self._fh, self._schema, rows, codec=CODEC, sync_marker=SYNC_MARKER)
        self._records = []


def _file_name(window, pane, shard_index, total_shards, compression, destination):
    """``destination`` is ``<partition>+pane-NNNN`` (see :class:`StampFiring`)."""
    return f"{destination}-{shard_index:05d}-of-{total_shards:05d}.avro"


class StampFiring(beam.DoFn):
    """(partition, records) of one firing → (``<partition>+pane-NNNN``, records): the firing's pane index goes in
    the file name, so every firing of a window writes a file of its own."""

    def process(self, batch, pane=beam.DoFn.PaneInfoParam):
        index = pane.index if pane is not None else 0
        yield f"{batch[0]}{SEPARATOR}pane-{index:04d}", batch[1]


class WriteAvroPartitions(beam.PTransform):
    """Records → ``staging/<partition>+pane-NNNN-....avro`` (one file per partition and pane)."""

    def __init__(self, staging_dir: str, schema_name: str, sort_key, partition=partition_of, streaming: bool = False,
                 windows=None):
        super().__init__()
        self.staging_dir, self.schema_name = staging_dir, schema_name
        self.sort_key, self.partition, self.streaming = sort_key, partition, streaming
        self.windows = windows if windows is not None else window.FixedWindows(DAY_SECONDS)

    def expand(self, records):
        schema_name, sort_key, partition = self.schema_name, self.sort_key, self.partition
        if self.streaming:
            # Each firing writes only what arrived since the previous one (a new file, its pane in the name).
            records = records | "EachFiring" >> beam.WindowInto(
                self.windows, trigger=trigger.Repeatedly(trigger.AfterCount(1)),
                accumulation_mode=trigger.AccumulationMode.DISCARDING)
        # One element per partition and pane, so a partition is one file whatever the runner and its workers.
        batches = (records
                   | "KeyByPartition" >> beam.Map(lambda r: (partition(r), r))
                   | "GroupByPartition" >> beam.GroupByKey()
                   | "StampFiring" >> beam.ParDo(StampFiring()))
        return batches | "WriteFiles" >> fileio.WriteToFiles(
            path=self.staging_dir, destination=lambda batch: batch[0],
            sink=lambda _dest: SortedAvroSink(schema_name, sort_key), file_naming=_file_name, shards=1)


class WriteEventRecords(WriteAvroPartitions):
    """DiplomaticEvents, partitioned by event date, sorted by (event_id, revision)."""

    def __init__(self, staging_dir: str, streaming: bool = False):
        super().__init__(staging_dir, "DiplomaticEvent", lambda e: (e.event_id, e.revision), streaming=streaming)


class WriteMentions(WriteAvroPartitions):
    """EventMentions, partitioned by event date, sorted by mention id."""

    def __init__(self, staging_dir: str, streaming: bool = False):
        super().__init__(staging_dir, "EventMention", lambda m: m.mention_id, streaming=streaming)


class WriteDeadLetters(WriteAvroPartitions):
    """DeadLetters in one global partition, sorted by input and record."""

    def __init__(self, staging_dir: str, streaming: bool = False):
        super().__init__(staging_dir, "DeadLetter", lambda d: (d.input_path, d.record_ref or "", d.stage, d.reason),
                         partition=lambda _d: "all", streaming=streaming, windows=window.GlobalWindows())

    def expand(self, records):
        if not self.streaming:
            records = records | "GlobalWindow" >> beam.WindowInto(window.GlobalWindows())
        return super().expand(records)
