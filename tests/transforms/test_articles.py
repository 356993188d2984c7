"""Readers: raw seed form, JSON Lines, Avro; every bad input becomes a dead letter with a clear reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from schemas.models import Article, DeadLetter
from transforms.articles import normalize_published, parse_input

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _one(path: str, data: bytes) -> Article | DeadLetter:
    (item,) = parse_input(path, data)
    return item


@pytest.mark.parametrize("raw, published, precision, source, starts", [
    (" date 2025-07 Si apre uno spiraglio.", "2025-07", "MONTH", "HEADER", "Si apre"),
    ("date 2025-07\nIl ministro ha parlato.", "2025-07", "MONTH", "HEADER", "Il ministro"),
    ("date 2024-03-16\nTesto.", "2024-03-16", "DAY", "HEADER", "Testo"),
    ("Mosca, 9 novembre 2025 – Il ministro ha parlato.", "2025-11-09", "DAY", "DATELINE", "Mosca"),
    ("Titolo\nRoma, 21 ottobre 2025 – Testo dell'articolo.", "2025-10-21", "DAY", "DATELINE", "Titolo"),
    ("Un articolo senza data.", None, None, None, "Un articolo"),
    ("\ufeffdate 2023-01 Testo con BOM.", "2023-01", "MONTH", "HEADER", "Testo"),
    # a headline above the header: the header read, the headline kept
    ("Crisi nel Golfo\ndate 2019-06\nIl ministro ha parlato.", "2019-06", "MONTH", "HEADER", "Crisi nel Golfo\nIl"),
])
def test_raw_article_publication_date(raw, published, precision, source, starts):
    art = _one("in/x_1.txt", raw.encode("utf-8"))
    assert isinstance(art, Article)
    assert (art.id, art.published, art.published_precision, art.published_source) == ("x_1", published, precision,
                                                                                     source)
    assert art.text.startswith(starts)


def test_raw_title_is_a_short_first_line():
    art = _one("a.txt", "Lavrov apre a un incontro\nMosca, 9 novembre 2025 – Testo.".encode())
    assert art.title == "Lavrov apre a un incontro"
    assert _one("b.txt", b"Una frase sola.").title is None


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("binary.txt", "binary content"),
    ("latin1.txt", "not valid UTF-8 (byte 0xe8"),
    ("table.csv", "unsupported file type '.csv'"),
])
def test_bad_files_are_dead_lettered(name, reason):
    path = FIXTURES / "bad" / name
    dead = _one(str(path), path.read_bytes())
    assert isinstance(dead, DeadLetter)
    assert reason in dead.reason and str(path) in dead.reason
    assert dead.raw == path.read_bytes()[: 1 << 20]


def test_jsonl_bad_lines_do_not_stop_the_good_ones():
    path = FIXTURES / "bad" / "mixed.jsonl"
    items = parse_input(str(path), path.read_bytes())
    assert [type(i).__name__ for i in items] == ["Article", "DeadLetter", "DeadLetter", "DeadLetter", "DeadLetter"]
    reasons = [i.reason for i in items[1:]]
    assert "line 2: malformed JSON" in reasons[0]
    assert "line 4: 'id' is ''" in reasons[1]
    assert "line 5: a JSON list" in reasons[2]
    assert "published '12/03/2024' is not a date" in reasons[3]
    assert [i.record_ref for i in items[1:]] == ["line 2", "line 4", "line 5", "line 6"]


def test_jsonl_fields():
    path = FIXTURES / "inputs" / "articles.jsonl"
    a, b = parse_input(str(path), path.read_bytes())
    assert (a.id, a.published, a.published_precision, a.source, a.language) == ("ansa-2024-0412", "2024-04-12",
                                                                                "DAY", "ANSA", "it")
    assert (b.published, b.published_precision, b.published_source) == ("2019-11-05T09:30:00+01:00", "DAY",
                                                                        "METADATA")


def test_avro_articles():
    path = FIXTURES / "inputs" / "articles.avro"
    (art,) = parse_input(str(path), path.read_bytes())
    assert (art.id, art.published, art.source) == ("avro-2023-0901", "2023-09-05", "Reuters")
    assert art.input_path == str(path)


def test_avro_that_is_not_avro():
    dead = _one("x.avro", b"this is not avro")
    assert isinstance(dead, DeadLetter) and "not a readable Avro container file" in dead.reason


@pytest.mark.parametrize("value, expected", [
    ("2025-07-10", ("2025-07-10", "DAY")),
    ("2025-07", ("2025-07", "MONTH")),
    ("2025", ("2025", "YEAR")),
    ("2025-07-10T08:00:00Z", ("2025-07-10T08:00:00Z", "DAY")),
    ("2025-02-30", "not a real calendar date"),
    ("10/07/2025", "is not a date"),
    (20250710, "is not a date string"),
])
def test_normalize_published(value, expected):
    got = normalize_published(value)
    if isinstance(expected, tuple):
        assert got == expected
    else:
        assert isinstance(got, str) and expected in got and str(value) in got
