"""Throughput of the whole batch pipeline (FnApiRunner) on copies of the seed fixtures.

    .venv/bin/python benchmarks/bench_pipeline.py [--copies 200]

Prints articles/s end to end (read, extract, refine, window, aggregate, write, publish) and, for comparison,
the pure extractor alone on the same articles.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from pipelines.batch import run_batch
from transforms.articles import parse_input
from transforms.events import extract_mentions

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=200, help="copies of each seed article")
    args = ap.parse_args()
    seeds = [a for p in sorted(SEEDS.glob("*.txt")) for a in parse_input(str(p), p.read_bytes())]
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "in.jsonl"
        with inbox.open("w", encoding="utf-8") as fh:
            for n in range(args.copies):
                for a in seeds:
                    fh.write(json.dumps({"id": f"{a.id}-{n}", "text": a.text, "published": a.published}) + "\n")
        total = args.copies * len(seeds)
        start = time.perf_counter()
        summary = run_batch(str(inbox), str(Path(tmp) / "out"), [])
        pipeline_s = time.perf_counter() - start
    extract_mentions(seeds[0])                     # language data loaded before timing (as in bench_extract)
    start = time.thread_time()                     # this thread only: Beam's threads may still be winding down
    for _ in range(max(1, args.copies // 10)):
        for a in seeds:
            extract_mentions(a)
    pure_s = (time.thread_time() - start) / (max(1, args.copies // 10) * len(seeds))
    print(summary.line())
    print(f"pipeline: {total} articles in {pipeline_s:.2f} s = {total / pipeline_s:.0f} articles/s (FnApiRunner)")
    print(f"pure extractor: {1 / pure_s:.0f} articles/s per core (CPU time of one thread, data loaded)")


if __name__ == "__main__":
    main()
