"""Score the extractor on the seed articles against the shared gold (run: python tests/transforms/events/harness.py).

Uses the real timex tagger / place resolver / actor resolver when importable, else the hand-made fakes.
Mentions are aggregated with transforms.aggregate.aggregate_all when it is importable.
"""
from __future__ import annotations

import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
sys.path.insert(0, "/work/shared/eval")

SEEDS = os.path.join(ROOT, "fixtures", "seeds")
GOLD = "/work/shared/gold/seeds_gold.jsonl"


def load_articles():
    from transforms.articles import parse_input
    out = []
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        with open(path, "rb") as fh:
            out.extend(a for a in parse_input(path, fh.read()) if hasattr(a, "text"))
    return out


def analyzer():
    from transforms.places import PlaceResolver
    from transforms.timex import reference_for, tag
    try:
        from transforms.actors import ActorResolver
        resolver = ActorResolver.default()
        find_actors = lambda text, on: resolver.find(text, on)  # noqa: E731
        which = "real"
    except ImportError:
        import fakes
        find_actors = lambda text, on: fakes.find_actors(text)  # noqa: E731
        which = "fake"
    places = PlaceResolver.default()

    def analyze(article):
        ref = reference_for(article.published, article.text)
        return ref, tag(article.text, ref), find_actors(article.text, ref.start), places.find(article.text)
    return analyze, which


def predictions(mentions):
    try:
        from transforms.aggregate import aggregate_all
        events = aggregate_all(mentions)
        return [e.model_dump(mode="json") for e in events], "aggregated"
    except ImportError:
        preds = []
        for m in mentions:
            d = m.model_dump(mode="json")
            d["article_ids"] = [m.article_id]
            d["event_id"] = m.mention_id
            preds.append(d)
        return preds, "raw mentions"


def main(verbose: bool = True):
    import score_events
    from transforms.events import extract_from
    analyze, which = analyzer()
    mentions = []
    for art in load_articles():
        ms = extract_from(art, *analyze(art))
        mentions.extend(ms)
        if verbose:
            print(f"== {art.id}")
            for m in ms:
                parts = [p.name for p in m.actors] + ["->"] + [p.name for p in m.recipients]
                print(f"  {m.mention_id} {m.event_type} {m.mode} {m.status} {parts} "
                      f"{m.date.value if m.date else None}/{m.date.source if m.date else ''} "
                      f"{m.location.name if m.location else None} [{m.trigger}] by={m.attributed_to} "
                      f"{[(c.attribute, c.value) for c in m.claims]}")
    gold = [json.loads(line) for line in open(GOLD, encoding="utf-8") if line.strip()]
    preds, how = predictions(mentions)
    res = score_events.score(gold, preds)
    print(f"actors: {which}; predictions: {how}")
    for m in res["misses"]:
        print("miss     ", m)
    for s in res["spurious"]:
        print("spurious ", s)
    print(json.dumps({k: v for k, v in res.items() if k not in ("misses", "spurious")}))
    return res


if __name__ == "__main__":
    main(verbose="-q" not in sys.argv)
