"""``diplo-events``: run the pipeline, look into the extractor, read what a run wrote.

Every subcommand exits 0 on success and non-zero with a one-line reason on failure.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

EPILOG = "Beam options (--runner, --direct_num_workers, --direct_running_mode, ...) pass straight through to Beam."


class _DropImportNoise(logging.Filter):
    """Beam warns at import that optional Google Cloud clients are missing; they are not used here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


class UsageError(Exception):
    """A command-line value is wrong; the message names it and what was expected."""


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; expected YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="diplo-events", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="batch: read every article, write all event records", epilog=EPILOG)
    run.add_argument("--input", required=True, help="a file, a directory or a glob of .txt/.jsonl/.avro articles")
    run.add_argument("--output", required=True, help="output directory (events/, mentions/, dead_letter/)")
    run.add_argument("--from", dest="first", type=_day, help="rerun/backfill: first event date to rewrite")
    run.add_argument("--to", dest="last", type=_day, help="rerun/backfill: last event date to rewrite")
    run.add_argument("--quiet", action="store_true", help="print only the closing counts line")

    st = sub.add_parser("stream", help="continuous: watch a folder, emit updated records as articles land, until "
                                        "stopped (Ctrl-C / SIGTERM)", epilog=EPILOG)
    st.add_argument("--inbox", required=True, help="folder to watch for .txt/.jsonl/.avro articles (write elsewhere "
                                                   "and rename in, or use a .tmp/.part name while writing)")
    st.add_argument("--output", required=True, help="output directory (events/, mentions/, dead_letter/)")
    st.add_argument("--poll-interval", type=float, default=0.5, help="seconds between looks at the inbox")
    st.add_argument("--idle-timeout", type=float, default=None,
                    help="stop after this many seconds without a new file (default: run until stopped)")

    ext = sub.add_parser("extract", help="print what the extractor reads in each article (JSON lines), no Beam")
    ext.add_argument("--input", required=True, help="a file, a directory or a glob of articles")
    ext.add_argument("--pretty", action="store_true", help="indent the JSON")

    rd = sub.add_parser("read", help="print what a run wrote")
    rd.add_argument("dir", help="a run's output directory")
    rd.add_argument("--date", type=_day, help="only the partition of this event date")
    rd.add_argument("--kind", choices=["events", "mentions", "dead_letter"], default="events")
    rd.add_argument("--format", choices=["json", "table"], default="json")
    return ap


def _cmd_run(args, beam_args: list[str]) -> int:
    from pipelines.batch import run_batch

    if args.first and args.last and args.first > args.last:
        raise UsageError(f"--from {args.first} is after --to {args.last}; expected from <= to")
    if not args.quiet:
        logging.getLogger().setLevel(logging.WARNING)
    summary = run_batch(args.input, args.output, beam_args, args.first, args.last)
    print(summary.line())
    return 0


def _cmd_stream(args, beam_args: list[str]) -> int:
    from pipelines.stream import run_stream

    if args.poll_interval <= 0:
        raise UsageError(f"--poll-interval {args.poll_interval} must be positive; expected seconds, e.g. 0.5")
    logging.getLogger().setLevel(logging.WARNING)
    summary = run_stream(args.inbox, args.output, beam_args, args.poll_interval, args.idle_timeout)
    print(summary.line())
    return 0


def _cmd_extract(args) -> int:
    from pipelines.batch import list_inputs
    from schemas.models import DeadLetter
    from transforms.articles import parse_input
    from transforms.events import explain

    indent = 2 if args.pretty else None
    dead = 0
    for path in list_inputs(args.input):
        for item in parse_input(path, Path(path).read_bytes()):
            if isinstance(item, DeadLetter):
                dead += 1
                print(f"dead letter: {item.reason}", file=sys.stderr)
                continue
            print(json.dumps(explain(item), ensure_ascii=False, indent=indent, default=str))
    if dead:
        print(f"{dead} input(s) dead-lettered", file=sys.stderr)
    return 0


def _cmd_read(args) -> int:
    import fastavro

    root = Path(args.dir) / args.kind
    if not root.is_dir():
        raise UsageError(f"{root} does not exist; expected the output directory of a run")
    pattern = f"date={args.date.isoformat()}/*.avro" if args.date else "**/*.avro"
    rows = []
    for path in sorted(root.glob(pattern)):
        with path.open("rb") as fh:
            rows.extend(fastavro.reader(fh))
    if args.kind == "events":
        latest: dict[str, dict] = {}
        for r in rows:
            if r["event_id"] not in latest or r["revision"] >= latest[r["event_id"]]["revision"]:
                latest[r["event_id"]] = r
        rows = sorted(latest.values(), key=lambda r: (r["date"]["start"] if r["date"] else dt.date.min,
                                                       r["event_id"]))
    if args.format == "json":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=_json_default))
    else:
        print(_table(rows, args.kind))
    return 0


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    raise TypeError(f"cannot print {type(value).__name__} as JSON")


def _names(parts) -> str:
    return ", ".join(p["name"] for p in parts)


def _table(rows: list[dict], kind: str) -> str:
    if kind == "dead_letter":
        header = ["input", "ref", "stage", "reason"]
        body = [[r["input_path"], r["record_ref"] or "", r["stage"], r["reason"]] for r in rows]
    else:
        header = ["date", "type", "mode", "status", "actors", "recipients", "location", "articles"]
        body = [[(r["date"] or {}).get("value", ""), r["event_type"], r["mode"] or "", r["status"],
                 _names(r["actors"]), _names(r["recipients"]), (r["location"] or {}).get("name", ""),
                 str(r.get("num_articles", 1))] for r in rows]
    widths = [min(40, max([len(h)] + [len(row[i]) for row in body])) for i, h in enumerate(header)]
    widths[-1] = max([len(header[-1])] + [len(row[-1]) for row in body])   # the last column is never cut

    def cell(value: str, width: int) -> str:
        return (value if len(value) <= width else value[: width - 1] + "…").ljust(width)

    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines += ["  ".join(cell(c, w) for c, w in zip(row, widths)).rstrip() for row in body]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(_DropImportNoise())
    ap = _parser()
    args, extra = ap.parse_known_args(argv)
    try:
        if args.command == "run":
            return _cmd_run(args, extra)
        if args.command == "stream":
            return _cmd_stream(args, extra)
        if extra:
            ap.error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command == "extract":
            return _cmd_extract(args)
        return _cmd_read(args)
    except (UsageError, ValueError, OSError) as err:
        print(f"diplo-events {args.command}: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
