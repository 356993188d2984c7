"""Throughput of the event extractor on the seed fixtures (prints, does not assert).

    .venv/bin/python benchmarks/bench_extract.py [--seconds 3] [--sets seeds,dev,dev2]

Reports articles/s for (a) the whole pure extractor (timex tagging, actor and place resolution, event
extraction: transforms.events.extract_mentions) and (b) the event layer alone (extract_from on precomputed
timexes / actors / places), single process, single core, on the seed fixtures; then the whole extractor on
each other fixture set named by --sets (articles/s and characters/s: the seeds are long articles).
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, ROOT)


def articles(folder: str = "seeds"):
    from transforms.articles import parse_input
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", folder, "*"))):
        if not path.endswith((".txt", ".jsonl", ".avro")):
            continue
        with open(path, "rb") as fh:
            out.extend(a for a in parse_input(path, fh.read()) if hasattr(a, "text"))
    return out


def rate(fn, items, seconds: float) -> tuple[float, int]:
    """Items per second of CPU time of this process (steady under load from other processes: the machine may be
    shared), best of rounds of about a quarter of ``seconds`` each."""
    n, best, t_all = 0, 0.0, time.process_time()
    while time.process_time() - t_all < seconds:
        k, t0 = 0, time.process_time()
        while time.process_time() - t0 < seconds / 4:
            for it in items:
                fn(it)
            k += len(items)
        best = max(best, k / (time.process_time() - t0))
        n += k
    return best, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--sets", default="seeds,dev,dev2,dev3,dev4,dev5", help="fixture folders for the per-set rates")
    args = ap.parse_args(argv)
    from transforms.events import analyze, extract_from, extract_mentions
    arts = articles()
    t0 = time.perf_counter()
    extract_mentions(arts[0])                      # load language data once
    print(f"warm-up (data loading): {time.perf_counter() - t0:.2f}s")
    whole, n = rate(extract_mentions, arts, args.seconds)
    print(f"whole extractor (timex + actors + places + events): {whole:,.0f} articles/s ({n} articles)")
    pre = [(a, *analyze(a)) for a in arts]
    events, n = rate(lambda x: extract_from(*x), pre, args.seconds)
    print(f"event layer only (extract_from): {events:,.0f} articles/s ({n} articles)")
    for name, fn in (("timex", lambda a: __import__("transforms.timex", fromlist=["tag"]).tag(
            a.text, __import__("transforms.timex", fromlist=["reference_for"]).reference_for(a.published, a.text))),
                     ("analyze (all taggers)", analyze)):
        r, _ = rate(fn, arts, args.seconds / 2)
        print(f"  {name}: {r:,.0f} articles/s")
    for folder in [f.strip().rstrip("/") for f in args.sets.split(",") if f.strip()]:
        folder = folder[len("fixtures/"):] if folder.startswith("fixtures/") else folder   # 'fixtures/dev' too
        items = articles(folder)
        if not items:
            print(f"no articles in fixtures/{folder}: skipped", file=sys.stderr)
            continue
        r, _ = rate(extract_mentions, items, args.seconds / 2)
        chars = sum(len(a.text) for a in items) / len(items)
        print(f"whole extractor on fixtures/{folder} ({len(items)} articles, {chars:,.0f} characters each): "
              f"{r:,.0f} articles/s, {r * chars / 1000:,.0f} k characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
