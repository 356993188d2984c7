"""Throughput of ActorResolver.find + PlaceResolver.find over the seed articles (articles/s, one core).

    .venv/bin/python benchmarks/bench_actors.py [glob] [--rounds N]

Besides the mean over all rounds it prints the best round (min-of-N), the figure to compare on a
machine shared with other processes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import time
from pathlib import Path

from transforms.actors import ActorResolver
from transforms.places import PlaceResolver

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default=str(ROOT / "fixtures" / "seeds" / "*.txt"))
    ap.add_argument("--rounds", type=int, default=200)
    args = ap.parse_args()
    texts = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(args.pattern))]
    if not texts:
        raise SystemExit(f"no files match {args.pattern}")
    t0 = time.perf_counter()
    actors, places = ActorResolver.default(), PlaceResolver.default()
    load = time.perf_counter() - t0
    on = dt.date(2025, 7, 10)
    for t in texts:  # warm-up
        actors.find(t, on), places.find(t)
    chars = sum(len(t) for t in texts)
    ta = tp = 0.0
    best_a = best_p = best_both = float("inf")
    for _ in range(args.rounds):
        ra = rp = 0.0
        for t in texts:
            a = time.perf_counter()
            actors.find(t, on)
            b = time.perf_counter()
            places.find(t)
            c = time.perf_counter()
            ra += b - a
            rp += c - b
        ta += ra
        tp += rp
        best_a, best_p, best_both = min(best_a, ra), min(best_p, rp), min(best_both, ra + rp)
    n = len(texts) * args.rounds
    total = ta + tp
    print(f"load (cached once per process): {load:.2f} s")
    print(f"{len(texts)} articles, {chars / len(texts):.0f} chars/article, {args.rounds} rounds")
    print(f"ActorResolver.find: {ta / n * 1e3:.3f} ms/article ({ta / (chars * args.rounds) * 1e6:.3f} ms/1000 chars)")
    print(f"PlaceResolver.find: {tp / n * 1e3:.3f} ms/article ({tp / (chars * args.rounds) * 1e6:.3f} ms/1000 chars)")
    print(f"throughput (both): {n / total:.0f} articles/s per core")
    k = len(texts)
    print(f"best round (min of {args.rounds}): actors {best_a / k * 1e3:.3f} ms/article, places {best_p / k * 1e3:.3f} "
          f"ms/article, both {best_both / k * 1e3:.3f} ms/article ({k / best_both:.0f} articles/s)")


if __name__ == "__main__":
    main()
