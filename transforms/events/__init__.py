"""Event mentions of one article (PLOVER/CAMEO coded): see docs/ARCHITECTURE.md.

``extract_mentions(article)`` runs the temporal tagger, the actor and place resolvers and the pure extractor
(:func:`transforms.events.extract.extract_from`); ``explain(article)`` returns what ``diplo-events extract``
prints.
"""
from __future__ import annotations

from schemas.models import Article, EventMention

from .extract import Extractor, cancelling_trigger, extract_from, in_person_trigger, verb_trigger
from .sentences import Sentence, split_sentences

__all__ = ["extract_mentions", "explain", "extract_from", "analyze", "split_sentences", "Sentence", "Extractor", "verb_trigger",
           "in_person_trigger", "cancelling_trigger"]


def analyze(article: Article):
    """(reference, timexes, actor mentions, place mentions) of an article, from the shared taggers."""
    from transforms.actors import ActorResolver
    from transforms.places import PlaceResolver
    from transforms.timex import reference_for, tag

    reference = reference_for(article.published, article.text)
    timexes = tag(article.text, reference)
    actors = ActorResolver.default().find(article.text, reference.start)
    places = PlaceResolver.default().find(article.text)
    return reference, timexes, actors, places


def extract_mentions(article: Article) -> list[EventMention]:
    """The event mentions of one article, in document order (``mention_id`` = ``{article.id}#{n}``)."""
    reference, timexes, actors, places = analyze(article)
    return extract_from(article, reference, timexes, actors, places)


def explain(article: Article) -> dict:
    """Article id, publication, reference, timexes, actors, mentions and the triggers that did not become
    mentions (with the reason) as JSON-able data."""
    reference, timexes, actors, places = analyze(article)
    rejected: list[dict] = []
    mentions = Extractor(trace=rejected).extract(article, reference, timexes, actors, places)
    return {
        "article_id": article.id,
        "published": article.published,
        "reference": {"value": reference.value, "precision": reference.precision, "source": reference.source},
        "timexes": [{"text": t.text, "value": t.value, "type": t.type, "precision": t.precision,
                     "modifier": t.modifier, "part_of_day": t.part_of_day, "clock": t.clock,
                     "anchor": t.anchor, "resolved": t.resolved, "char_start": t.char_start,
                     "char_end": t.char_end} for t in timexes],
        "actors": [{"text": a.text, "name": a.actor.name, "kind": a.actor.kind, "via": a.via,
                    "char_start": a.char_start, "char_end": a.char_end} for a in actors],
        "mentions": [m.model_dump(mode="json") for m in mentions],
        "rejected_triggers": rejected,
    }
