"""Event mentions of one article (PLOVER/CAMEO coded): see docs/ARCHITECTURE.md.

``extract_mentions(article)`` runs the temporal tagger, the actor and place resolvers and the pure extractor
(:func:`transforms.events.extract.extract_from`); ``explain(article)`` returns what ``diplo-events extract``
prints.
"""
from __future__ import annotations

from typing import Optional

from schemas.models import Article, EventMention
from transforms.spelling import fold_accents

from .extract import Extractor, cancelling_trigger, extract_from, in_person_trigger, verb_trigger
from .sentences import Sentence, split_sentences

__all__ = ["extract_mentions", "explain", "extract_from", "analyze", "article_reference", "split_sentences", "Sentence", "Extractor", "verb_trigger",
           "in_person_trigger", "cancelling_trigger"]


def article_reference(article: Article, resolver=None):
    """The day relative expressions count from: publication metadata, dateline or the text's own day
    (transforms.timex.reference_for); for a text with no year anywhere ('ieri, lunedì 20 agosto'), the year in which
    its weekdays fall on their days and the known people it names by name held office, else the first such year at or
    after the latest year the text names; the same for a text whose only year is that of a full date its weekday
    phrases do not fall in."""
    from transforms.actors import ActorResolver
    from transforms.timex import reference_for, story_day, weekday_days, weekdays_agree

    reference = reference_for(article.published, article.text)
    # (a day taken from the first full date the text names, '18 luglio 1994', is background when the text's weekday
    # phrases fall on their days in other years: 'Ieri, martedì 29 gennaio')
    if (reference.start is None or _from_text(article) and not weekdays_agree(article.text, reference)) \
            and (days := weekday_days(article.text)):
        day = (resolver or ActorResolver.default()).office_day(article.text, days) or story_day(article.text, days)
        if day is not None:
            reference = reference_for(str(day.year), article.text)
    return reference


def _from_text(article: Article) -> bool:
    """Whether the article's day can come only from its text: no publication metadata, no dateline with a year."""
    from transforms.timex import find_dateline

    if article.published is not None:
        return False
    dateline = find_dateline(article.text)
    return dateline is None or dateline.value.startswith("--")


def analyze(article: Article):
    """(reference, timexes, actor mentions, place mentions) of an article, from the shared taggers."""
    from transforms.actors import ActorResolver
    from transforms.places import PlaceResolver
    from transforms.timex import tag

    resolver = ActorResolver.default()
    reference = article_reference(article, resolver)
    timexes = tag(article.text, reference)
    actors = resolver.find(article.text, reference.start)
    places = PlaceResolver.default().find(article.text)
    return reference, timexes, actors, places


def _folded(article: Article) -> tuple[Article, Optional[list[int]]]:
    """The article with its accents typed as apostrophes restored ('e'' → 'è'), and the offset map back."""
    text, back = fold_accents(article.text)
    return (article, None) if back is None else (article.model_copy(update={"text": text}), back)


def _quote_original(m: EventMention, original: str, back: list[int]) -> EventMention:
    """``m`` found in the folded text, with its evidence quoting the original text at the original offsets."""
    ev = m.evidence
    start, end = back[ev.char_start], back[ev.char_end]
    return m.model_copy(update={"evidence": ev.model_copy(update={"text": original[start:end],
                                                                   "char_start": start, "char_end": end})})


def extract_mentions(article: Article) -> list[EventMention]:
    """The event mentions of one article, in document order (``mention_id`` = ``{article.id}#{n}``). Wire copy
    typed without accents is read with them; evidence quotes the original text."""
    work, back = _folded(article)
    mentions = extract_from(work, *analyze(work))
    return mentions if back is None else [_quote_original(m, article.text, back) for m in mentions]


def explain(article: Article) -> dict:
    """Article id, publication, reference, timexes, actors, mentions and the triggers that did not become
    mentions (with the reason) as JSON-able data."""
    work, back = _folded(article)
    reference, timexes, actors, places = analyze(work)
    rejected: list[dict] = []
    mentions = Extractor(trace=rejected).extract(work, reference, timexes, actors, places)
    if back is not None:
        mentions = [_quote_original(m, article.text, back) for m in mentions]
    at = (lambda i: i) if back is None else back.__getitem__     # offsets in the original text
    return {
        "article_id": article.id,
        "published": article.published,
        "reference": {"value": reference.value, "precision": reference.precision, "source": reference.source},
        "timexes": [{"text": t.text, "value": t.value, "type": t.type, "precision": t.precision,
                     "modifier": t.modifier, "part_of_day": t.part_of_day, "clock": t.clock,
                     "anchor": t.anchor, "resolved": t.resolved, "char_start": at(t.char_start),
                     "char_end": at(t.char_end)} for t in timexes],
        "actors": [{"text": a.text, "name": a.actor.name, "kind": a.actor.kind, "via": a.via,
                    "char_start": at(a.char_start), "char_end": at(a.char_end)} for a in actors],
        "mentions": [m.model_dump(mode="json") for m in mentions],
        "rejected_triggers": rejected,
    }
