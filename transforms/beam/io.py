"""Avro writers: ``fileio.WriteToFiles`` with a deterministic fastavro sink, one file per partition and pane.

Files are written flat into a staging directory as ``<partition>+<pane>-<shard>.avro``;
:func:`pipelines.publish` then moves each partition into ``DIR/<kind>/<partition>/`` atomically.
"""
from __future__ import annotations

import apache_beam as beam
import fastavro
from apache_beam.io import fileio

from transforms.aggregate import window_day
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
    pane_index = pane.index if pane is not None else 0
    return f"{destination}{SEPARATOR}pane-{pane_index:04d}-{shard_index:05d}-of-{total_shards:05d}.avro"


class WriteAvroPartitions(beam.PTransform):
    """Records → ``staging/<partition>+pane-NNNN-....avro`` (one file per partition and pane)."""

    def __init__(self, staging_dir: str, schema_name: str, sort_key, partition=partition_of):
        super().__init__()
        self.staging_dir, self.schema_name = staging_dir, schema_name
        self.sort_key, self.partition = sort_key, partition

    def expand(self, records):
        schema_name, sort_key, partition = self.schema_name, self.sort_key, self.partition
        # One element per partition and pane, so a partition is one file whatever the runner and its workers.
        batches = (records
                   | "KeyByPartition" >> beam.Map(lambda r: (partition(r), r))
                   | "GroupByPartition" >> beam.GroupByKey())
        return batches | "WriteFiles" >> fileio.WriteToFiles(
            path=self.staging_dir, destination=lambda batch: batch[0],
            sink=lambda _dest: SortedAvroSink(schema_name, sort_key), file_naming=_file_name, shards=1)


class WriteEventRecords(WriteAvroPartitions):
    """DiplomaticEvents, partitioned by event date, sorted by (event_id, revision)."""

    def __init__(self, staging_dir: str):
        super().__init__(staging_dir, "DiplomaticEvent", lambda e: (e.event_id, e.revision))


class WriteMentions(WriteAvroPartitions):
    """EventMentions, partitioned by event date, sorted by mention id."""

    def __init__(self, staging_dir: str):
        super().__init__(staging_dir, "EventMention", lambda m: m.mention_id)


class WriteDeadLetters(WriteAvroPartitions):
    """DeadLetters in one global partition, sorted by input and record."""

    def __init__(self, staging_dir: str):
        super().__init__(staging_dir, "DeadLetter", lambda d: (d.input_path, d.record_ref or "", d.stage, d.reason),
                         partition=lambda _d: "all")

    def expand(self, records):
        return super().expand(records | "GlobalWindow" >> beam.WindowInto(beam.window.GlobalWindows()))
