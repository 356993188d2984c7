"""One test per seed article: the mentions the extractor must produce with the real taggers."""
import glob
import os

import pytest

pytest.importorskip("transforms.actors")
pytest.importorskip("transforms.places")
pytest.importorskip("transforms.timex")

from transforms.articles import parse_input  # noqa: E402
from transforms.events import explain, extract_mentions  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def article(prefix):
    path = glob.glob(os.path.join(ROOT, "fixtures", "seeds", prefix + "_*.txt"))[0]
    with open(path, "rb") as fh:
        return parse_input(path, fh.read())[0]


def find(ms, etype, names, date=None, status=None, location=None, mode=None):
    """The first mention of type etype whose participants' names/country codes cover `names`."""
    for m in ms:
        parts = m.actors + m.recipients
        keys = {p.name for p in parts} | {p.country_code for p in parts if p.country_code}
        if m.event_type != etype or not set(names) <= keys:
            continue
        if date is not None and (m.date is None or m.date.value != date):
            continue
        if status is not None and m.status != status:
            continue
        if location is not None and (m.location is None or m.location.name != location):
            continue
        if mode is not None and m.mode != mode:
            continue
        return m
    raise AssertionError(f"no {etype} {names} {date} {status} {location} in "
                         + "; ".join(f"{m.event_type} {[p.name for p in m.actors + m.recipients]} "
                                     f"{m.date.value if m.date else None} {m.status}" for m in ms))


def test_000_meeting_attack_aid_sanctions():
    ms = extract_mentions(article("000"))
    m = find(ms, "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-07-10", "OCCURRED", "Kuala Lumpur")
    assert ("duration", "PT40M") in [(c.attribute, c.value) for c in m.claims]
    a = find(ms, "ASSAULT", ["RUS", "UKR"], "2025-07-10", "OCCURRED", "Kyiv", mode="aerial")
    assert [p.country_code for p in a.actors] == ["RUS"] and "UKR" in [p.country_code for p in a.recipients]
    assert any(c.attribute == "count" and "400" in c.value for c in a.claims)
    find(ms, "AID", ["USA", "UKR"], "2025-07-09", "OCCURRED")
    find(ms, "SANCTION", ["USA", "RUS"], status="PLANNED")


def test_001_month_only_publication():
    ms = extract_mentions(article("001"))
    m = find(ms, "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-07", "OCCURRED", "Malaysia")
    assert (m.date.precision, m.date.source) == ("MONTH", "PUBLICATION")
    find(ms, "CONSULT", ["RUS", "UKR"])                       # 'due round di negoziati ... tra le parti'
    aid = find(ms, "AID", ["USA", "UKR"], "2025-07", "OCCURRED")
    assert aid.attributed_to                                  # 'come riferiscono due funzionari statunitensi'
    assert not [m for m in ms if m.event_type == "SANCTION"]  # 'sanzioni ... un'opzione plausibile'
    assert not [m for m in ms if m.event_type == "ASSAULT"]   # habitual 'nelle ultime settimane'


def test_002_two_meetings_and_a_call():
    ms = extract_mentions(article("002"))
    find(ms, "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-07-10", "OCCURRED", "Kuala Lumpur")
    find(ms, "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-07-11", "OCCURRED")   # 'i due diplomatici'
    find(ms, "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-07-03")
    find(ms, "CONSULT", ["USA", "RUS"], "2025-SU", "PLANNED")


def test_003_cancelled_summit_and_call():
    ms = extract_mentions(article("003"))
    find(ms, "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-11-12", "CANCELLED", "Geneva")
    find(ms, "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2025-11-03", "OCCURRED", mode="phone")
    find(ms, "CONSULT", ["Sergey Lavrov", "Marco Rubio"], status="PLANNED")
    # 'non c'è ancora una data per un nuovo incontro' and 'tornare a parlare di vertici e incontri' are not events
    assert not [m for m in ms if "Per ora" in m.evidence.text or "tornare a parlare" in m.evidence.text]


def test_004_disputed_postponement():
    ms = extract_mentions(article("004"))
    p = find(ms, "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-W43", "POSTPONED")
    assert "CNN" in (p.attributed_to or "") and ("status", "POSTPONED") in [(c.attribute, c.value) for c in p.claims]
    d = find(ms, "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-W43", "DENIED")
    assert d.attributed_to == "Mosca" and "RUS" not in {p.country_code for p in d.actors if p.kind == "state"}
    find(ms, "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-02", "PLANNED")
    find(ms, "CONSULT", ["Donald Trump", "Vladimir Putin"], location="Budapest")


def test_explain_shape():
    out = explain(article("004"))
    assert set(out) == {"article_id", "published", "reference", "timexes", "actors", "mentions", "rejected_triggers"}
    assert out["reference"]["value"] == "2025-10-21"
    assert out["mentions"] and out["mentions"][0]["mention_id"] == "004_d635ea530777bdc5#0"
    assert all(set(t) == {"text", "value", "type", "precision", "modifier", "part_of_day", "clock", "anchor",
                          "resolved", "char_start", "char_end"} for t in out["timexes"])
