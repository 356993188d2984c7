"""Readers: one input file's bytes to Articles, anything unusable to a DeadLetter with its reason (pure, no I/O).

Formats (CONTRACT.md):
- ``*.txt``: one article in the raw seed form. An optional leading ``date YYYY-MM[-DD]`` header (possibly on
  the same line as the text) or a dateline (``Mosca, 9 novembre 2025 –``) gives the publication date. The
  article id is the file name stem.
- ``*.jsonl``: one JSON object per line with ``id`` and ``text``; optional ``published``, ``title``, ``url``,
  ``source``, ``language``. A bad line is dead-lettered on its own; the other lines are read.
- ``*.avro``: Avro object container files of the project's ``Article`` schema.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import posixpath
import re
from typing import Union

import fastavro
from pydantic import ValidationError

from schemas.models import Article, DeadLetter, DeadLetterStage
from transforms.timex import find_dateline

MAX_RAW = 1 << 20
SUPPORTED = (".txt", ".jsonl", ".avro")

_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|\Z)\s*", re.IGNORECASE)
# a header on the second line, under a short headline
_SECOND_HEADER = re.compile(r"\A(?P<title>[^\n]{1,200})\n[ \t]*date[ \t]+(?P<d>\d{4}-\d{2}(?:-\d{2})?)[ \t]*(?:\n|\Z)",
                            re.IGNORECASE)
_PUBLISHED = re.compile(r"\A\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")

Parsed = Union[Article, DeadLetter]


def _dead(path: str, reason: str, raw: bytes, ref: str | None = None,
          stage: DeadLetterStage = DeadLetterStage.READ) -> DeadLetter:
    return DeadLetter(input_path=path, record_ref=ref, stage=stage, reason=reason, raw=raw[:MAX_RAW])


def _stem(path: str) -> str:
    return posixpath.splitext(posixpath.basename(path.replace("\\", "/")))[0]


def _precision(value: str) -> str:
    return {4: "YEAR", 7: "MONTH"}.get(len(value), "DAY")


def normalize_published(value: object) -> tuple[str, str] | str:
    """``published`` -> (value, precision), or an error message naming the value and what was expected."""
    if not isinstance(value, str) or not value.strip():
        return f"published {value!r} is not a date string; expected YYYY-MM-DD, YYYY-MM or an ISO-8601 timestamp"
    value = value.strip()
    if _PUBLISHED.match(value):
        try:
            dt.date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
        except ValueError:
            return f"published {value!r} is not a real calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY"
        return value, _precision(value)
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"published {value!r} is not a date; expected YYYY-MM-DD, YYYY-MM or an ISO-8601 timestamp"
    return value, "DAY"


def _decode(path: str, data: bytes) -> str | DeadLetter:
    if not data.strip():
        return _dead(path, f"{path}: empty file; expected article text", data)
    if b"\x00" in data[:8192]:
        return _dead(path, f"{path}: binary content (NUL bytes); expected UTF-8 text", data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = data[err.start:err.start + 1].hex()
        return _dead(path, f"{path}: not valid UTF-8 (byte 0x{bad} at offset {err.start}); "
                           "expected UTF-8 text (re-encode Latin-1/Windows-1252 files)", data)
    return text.lstrip("\ufeff")


def _title(text: str) -> str | None:
    """A short first line without closing punctuation, followed by more text, is a headline."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.strip() and 0 < len(first) <= 200 and first[-1] not in ".!?»”\"":
        return first
    return None


def parse_raw(path: str, data: bytes) -> list[Parsed]:
    """A raw ``.txt`` article."""
    text = _decode(path, data)
    if isinstance(text, DeadLetter):
        return [text]
    published = precision = source = None
    header, body = _HEADER.match(text), None
    if header is not None:
        value, body = header.group(1), text[header.end():]
    elif (second := _SECOND_HEADER.match(text)) is not None:
        # a headline above the header ('Titolo\ndate 2019-05\n...'): the header is read, the headline kept
        value, body = second.group("d"), second.group("title") + "\n" + text[second.end():]
    if body is not None:
        norm = normalize_published(value)
        if isinstance(norm, str):
            return [_dead(path, f"{path}: header {norm}", data, stage=DeadLetterStage.VALIDATE)]
        (published, precision), source = norm, "HEADER"
        text = body
    else:
        text = text.strip("\n")
        dateline = find_dateline(text)
        if dateline is not None and not dateline.value.startswith("--"):
            published, precision, source = dateline.value, dateline.precision, "DATELINE"
    if not text.strip():
        return [_dead(path, f"{path}: no article text after the date header", data)]
    return [Article(id=_stem(path), text=text, published=published, published_precision=precision,
                    published_source=source, title=_title(text), input_path=path)]


_OPTIONAL = ("title", "url", "source", "language")


def _from_json(path: str, ref: str, obj: object, raw: bytes) -> Parsed:
    def bad(reason: str) -> DeadLetter:
        return _dead(path, f"{path} {ref}: {reason}", raw, ref, DeadLetterStage.VALIDATE)

    if not isinstance(obj, dict):
        return bad(f"a JSON {type(obj).__name__}; expected an object with 'id' and 'text'")
    art_id, text = obj.get("id"), obj.get("text")
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        return bad(f"'id' is {art_id!r}; expected a non-empty string")
    if not isinstance(text, str) or not text.strip():
        return bad(f"'text' of article {art_id!r} is {str(text)[:40]!r}; expected non-empty text")
    fields: dict = {"id": art_id.strip(), "text": text, "input_path": path}
    if obj.get("published") not in (None, ""):
        norm = normalize_published(obj["published"])
        if isinstance(norm, str):
            return bad(f"article {art_id!r}: {norm}")
        fields["published"], fields["published_precision"] = norm
        fields["published_source"] = "METADATA"
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return bad(f"article {art_id!r}: {key!r} is {value!r}; expected a string")
        fields[key] = value
    if "published" not in fields:
        dateline = find_dateline(text)
        if dateline is not None and not dateline.value.startswith("--"):
            fields.update(published=dateline.value, published_precision=dateline.precision,
                          published_source="DATELINE")
    try:
        return Article(**fields)
    except ValidationError as err:
        return bad(f"article {art_id!r} does not validate: {err.errors()[0]['msg']}")


def parse_jsonl(path: str, data: bytes) -> list[Parsed]:
    text = _decode(path, data)
    if isinstance(text, DeadLetter):
        return [text]
    out: list[Parsed] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        raw = line.encode("utf-8")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            out.append(_dead(path, f"{path} line {lineno}: malformed JSON ({err.msg} at column {err.colno}); "
                                   "expected one JSON object per line", raw, f"line {lineno}", DeadLetterStage.READ))
            continue
        out.append(_from_json(path, f"line {lineno}", obj, raw))
    return out


def parse_avro(path: str, data: bytes) -> list[Parsed]:
    try:
        reader = fastavro.reader(io.BytesIO(data))
        records = list(reader)
    except (ValueError, EOFError, TypeError, KeyError, fastavro.read.SchemaResolutionError) as err:
        return [_dead(path, f"{path}: not a readable Avro container file ({err}); expected Article records", data)]
    out: list[Parsed] = []
    for n, rec in enumerate(records):
        raw = json.dumps(rec, default=str, ensure_ascii=False).encode("utf-8")
        if not isinstance(rec, dict):
            out.append(_dead(path, f"{path} record {n}: not a record; expected Article", raw, f"record {n}",
                             DeadLetterStage.VALIDATE))
            continue
        rec = dict(rec)
        rec["input_path"] = rec.get("input_path") or path
        try:
            out.append(Article.model_validate(rec))
        except ValidationError as err:
            first = err.errors()[0]
            out.append(_dead(path, f"{path} record {n}: field {'.'.join(map(str, first['loc']))!r}: {first['msg']}; "
                                   "expected the Article schema", raw, f"record {n}", DeadLetterStage.VALIDATE))
    return out


def parse_input(path: str, data: bytes) -> list[Parsed]:
    """One input file (its path and bytes) to Articles and DeadLetters, in file order."""
    ext = posixpath.splitext(path.lower())[1]
    if ext == ".txt":
        return parse_raw(path, data)
    if ext == ".jsonl":
        return parse_jsonl(path, data)
    if ext == ".avro":
        return parse_avro(path, data)
    return [_dead(path, f"{path}: unsupported file type {ext or '(no extension)'!r}; expected one of "
                        f"{', '.join(SUPPORTED)}", data)]
