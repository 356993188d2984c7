"""The business steps as composite PTransforms; each DoFn / CombineFn calls one pure function.

``ReadArticles`` → ``ExtractEvents`` → ``RefineDatesAcrossArticles`` → ``WindowByEventDate`` →
``AggregateAcrossArticles``; the writers live in :mod:`transforms.beam.io`. Batch and stream share these
steps: only the source, the trigger given to ``WindowByEventDate`` and the sink differ.
"""
from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms import trigger, window

from schemas.models import Article, DeadLetter, DeadLetterStage, EventMention
from transforms.aggregate import EventAccumulator, refine_dates, window_day
from transforms.articles import parse_input
from transforms.events import extract_mentions

NAMESPACE = "diplo-events"
DEAD = "dead_letter"
DAY_SECONDS = 24 * 60 * 60
_EPOCH = dt.date(1970, 1, 1)


def counter(name: str):
    return Metrics.counter(NAMESPACE, name)


class ParseArticleFile(beam.DoFn):
    """A file path → its Articles (main output) and DeadLetters (``dead_letter`` output)."""

    def __init__(self):
        self.read = counter("articles_read")
        self.dead = counter("dead_letters")

    def process(self, path: str):
        with FileSystems.open(path) as fh:
            data = fh.read()
        for item in parse_input(path, data):
            if isinstance(item, DeadLetter):
                self.dead.inc()
                yield pvalue.TaggedOutput(DEAD, item)
            else:
                self.read.inc()
                yield item


class ParseArticleFiles(beam.PTransform):
    """File paths → Articles (main output ``articles``) and DeadLetters (``dead_letter``)."""

    def expand(self, paths):
        return paths | "ParseFiles" >> beam.ParDo(ParseArticleFile()).with_outputs(DEAD, main="articles")


class ReadArticles(beam.PTransform):
    """Read every input file (already listed, in a stable order) into Articles; bad input to dead letters."""

    def __init__(self, paths: list[str]):
        super().__init__()
        self.paths = list(paths)

    def expand(self, pbegin):
        return pbegin | "ListInputs" >> beam.Create(self.paths) | "Parse" >> ParseArticleFiles()


class ExtractMentionsFn(beam.DoFn):
    """An Article → its EventMentions; an extractor failure dead-letters that article, not the run."""

    def __init__(self):
        self.mentions = counter("mentions_extracted")
        self.dead = counter("dead_letters")

    def process(self, article: Article):
        try:
            mentions = extract_mentions(article)
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the run; it is dead-lettered
            self.dead.inc()
            yield pvalue.TaggedOutput(DEAD, DeadLetter(
                input_path=article.input_path or article.id, record_ref=f"article {article.id}",
                stage=DeadLetterStage.EXTRACT, reason=f"article {article.id!r}: extractor failed with "
                f"{type(err).__name__}: {err}", raw=article.text.encode("utf-8")[:1 << 20]))
            return
        self.mentions.inc(len(mentions))
        yield from mentions


class ExtractEvents(beam.PTransform):
    """Articles → EventMentions (main) and DeadLetters (``dead_letter``)."""

    def expand(self, articles):
        return articles | "Extract" >> beam.ParDo(ExtractMentionsFn()).with_outputs(DEAD, main="mentions")


def _keep_in_range(m: EventMention, first: dt.date | None, last: dt.date | None) -> bool:
    day = window_day(m)
    return (first is None or day >= first) and (last is None or day <= last)


class RefineDatesAcrossArticles(beam.PTransform):
    """Vague mentions take the exact day other reports of the same event give (``date.source = INFERRED``).

    Then, for a rerun of a date range, only mentions whose event date falls in ``[first, last]`` go on.
    """

    def __init__(self, first: dt.date | None = None, last: dt.date | None = None, streaming: bool = False):
        super().__init__()
        self.first, self.last, self.streaming = first, last, streaming

    def expand(self, mentions):
        first, last = self.first, self.last
        if self.streaming:
            # Unbounded input: refine among the mentions of each firing (every arrival), then let them go on.
            mentions = mentions | "EveryArrival" >> beam.WindowInto(
                window.GlobalWindows(), trigger=trigger.Repeatedly(trigger.AfterCount(1)),
                accumulation_mode=trigger.AccumulationMode.DISCARDING)
        return (mentions
                | "KeyByType" >> beam.Map(lambda m: (m.event_type, m))
                | "GroupByType" >> beam.GroupByKey()
                | "Refine" >> beam.FlatMap(lambda kv: refine_dates(kv[1]))
                | "KeepRange" >> beam.Filter(_keep_in_range, first, last))


def event_timestamp(m: EventMention) -> int:
    """Seconds since the epoch of the first day of the mention's date (UTC midnight)."""
    return (window_day(m) - _EPOCH).days * DAY_SECONDS


# Streaming: a window fires at every arrival (a new revision of its events, all mentions so far) and once more
# when the watermark passes its end; late articles (up to ALLOWED_LATENESS) update their day again.
ALLOWED_LATENESS = 10 * 366 * DAY_SECONDS


def streaming_trigger():
    return trigger.AfterWatermark(early=trigger.AfterCount(1), late=trigger.AfterCount(1))


class WindowByEventDate(beam.PTransform):
    """Stamp each mention with its event date and window by calendar day (UTC) of event time."""

    def __init__(self, streaming: bool = False):
        super().__init__()
        self.streaming = streaming

    def expand(self, mentions):
        kwargs = {}
        if self.streaming:
            kwargs = {"trigger": streaming_trigger(), "accumulation_mode": trigger.AccumulationMode.ACCUMULATING,
                      "allowed_lateness": ALLOWED_LATENESS}
        return (mentions
                | "StampEventTime" >> beam.Map(lambda m: window.TimestampedValue(m, event_timestamp(m)))
                | "DayWindows" >> beam.WindowInto(window.FixedWindows(DAY_SECONDS), **kwargs))


class EventCombineFn(beam.CombineFn):
    """Wraps the pure :class:`EventAccumulator`."""

    def create_accumulator(self):
        return EventAccumulator()

    def add_input(self, acc, mention):
        return acc.add(mention)

    def merge_accumulators(self, accs):
        accs = iter(accs)
        first = next(accs)
        for acc in accs:
            first.merge(acc)
        return first

    def extract_output(self, acc):
        return acc.extract()


class EmitRevisions(beam.DoFn):
    """Each firing of a window is a new revision of its events (pane 0 → revision ``base``)."""

    def __init__(self, base: int = 0):
        self.base = base
        self.events = counter("events_aggregated")

    def process(self, kv, pane=beam.DoFn.PaneInfoParam):
        index = (pane.index if pane is not None else 0) + self.base
        for event in kv[1]:
            self.events.inc()
            yield event.model_copy(update={"revision": index}) if index else event


class AggregateAcrossArticles(beam.PTransform):
    """Windowed mentions → one DiplomaticEvent per real-world event of each window.

    ``revision_base`` lets a restarted stream go on numbering revisions above what it wrote before.
    """

    def __init__(self, revision_base: int = 0):
        super().__init__()
        self.revision_base = revision_base

    def expand(self, mentions):
        return (mentions
                | "KeyByType" >> beam.Map(lambda m: (m.event_type, m))
                | "Combine" >> beam.CombinePerKey(EventCombineFn())
                | "Emit" >> beam.ParDo(EmitRevisions(self.revision_base)))
