"""Aggregation across articles: identity, date refinement, status resolution, claims side by side."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from schemas.models import EventMention, Participant, Place
from transforms.aggregate import aggregate_all, cluster_mentions, event_id, refine_dates, resolve_status, same_event

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def load_reports() -> list[EventMention]:
    lines = (FIXTURES / "mentions" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    return [EventMention.model_validate(json.loads(line)) for line in lines]


@pytest.mark.parametrize("statuses, expected", [
    (["OCCURRED"], "OCCURRED"),
    (["OCCURRED", "OCCURRED"], "OCCURRED"),
    (["PLANNED", "OCCURRED"], "OCCURRED"),
    (["PLANNED", "CANCELLED"], "CANCELLED"),
    (["PLANNED", "POSTPONED"], "POSTPONED"),
    (["POSTPONED", "CANCELLED"], "CANCELLED"),
    (["POSTPONED", "DENIED"], "DISPUTED"),
    (["OCCURRED", "DENIED"], "DISPUTED"),
    (["OCCURRED", "CANCELLED"], "DISPUTED"),
    (["PLANNED", "UNCERTAIN"], "PLANNED"),
    (["UNCERTAIN"], "UNCERTAIN"),
    (["DISPUTED", "PLANNED"], "DISPUTED"),
    ([], "UNCERTAIN"),
])
def test_resolve_status(statuses, expected):
    assert resolve_status(statuses) == expected


def _m(mid, etype, actors, recipients=(), mode=None):
    base = load_reports()[0]
    return base.model_copy(update={"mention_id": mid, "event_type": etype, "mode": mode, "actors": list(actors),
                                   "recipients": list(recipients)})


def _elsewhere(m):
    """The same mention as told by another sentence."""
    return m.model_copy(update={"evidence": m.evidence.model_copy(update={"char_start": m.evidence.char_start + 500})})


def person(name, cc):
    return Participant(name=name, kind="person", country_code=cc)


def state(name, cc):
    return Participant(name=name, kind="state", country_code=cc)


A, B, C = person("Sergey Lavrov", "RUS"), person("Marco Rubio", "USA"), person("Wang Yi", "CHN")
A2 = person("Sergej Lavrov", "RUS")
RUS, USA, UKR = state("Russia", "RUS"), state("United States", "USA"), state("Ukraine", "UKR")
NATO = Participant(name="NATO", kind="organization", country_code="NATO")


@pytest.mark.parametrize("a, b, expected", [
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [B, A]), True),
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [A2, B]), True),          # transliteration variant
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [A], [B]), True),         # symmetric: roles do not matter
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [A, C]), False),
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [A, B, C]), True),        # a third party named by one report
    (_m("1", "CONSULT", [A, B]), _m("2", "ACCUSE", [A], [B]), False),
    (_m("1", "CONSULT", [A, B], mode="phone"), _m("2", "CONSULT", [A, B], mode="visit"), False),
    (_m("1", "CONSULT", [A, B], mode="phone"), _m("2", "CONSULT", [A, B]).model_copy(update={"trigger": "colloquio"}),
     True),
    (_m("1", "CONSULT", [A, B], mode="phone"), _m("2", "CONSULT", [A, B]).model_copy(update={"article_id": "other"}),
     True),
    # ... and a meeting that took place and one planned ('si erano riuniti' / 'dovrebbe tornare a riunirsi')
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [A, B]).model_copy(update={"status": "PLANNED"}), False),
    (_m("1", "CONSULT", [A, B], mode="visit"), _m("2", "CONSULT", [A, B]), False),  # a meeting during a visit
    # one article: a meeting called off and one that took place are two events (across articles: a dispute)
    (_m("1", "CONSULT", [A, B]).model_copy(update={"status": "CANCELLED"}), _m("2", "CONSULT", [A, B]), False),
    (_m("1", "CONSULT", [A, B]).model_copy(update={"status": "CANCELLED"}),
     _m("2", "CONSULT", [A, B]).model_copy(update={"article_id": "other"}), True),
    (_m("1", "CONSULT", [RUS, USA]), _m("2", "CONSULT", [USA, RUS]), True),
    (_m("1", "ASSAULT", [RUS], [UKR]), _m("2", "ASSAULT", [UKR], [RUS]), False),  # directed
    (_m("1", "ASSAULT", [RUS], [UKR]), _elsewhere(_m("2", "ASSAULT", [RUS], [UKR])), True),
    (_m("1", "ASSAULT", [RUS], [UKR]), _elsewhere(_m("2", "ASSAULT", [RUS])), True),
    # one sentence's attack told twice ('hanno colpito ..., mentre altri due sono stati abbattuti') is one attack
    (_m("1", "ASSAULT", [RUS], [UKR]), _m("2", "ASSAULT", [RUS], [UKR]), True),
    # two measures the extractor told apart by their verbs in one sentence stay two events; a package of nouns is one
    (_m("1", "SANCTION", [RUS], [UKR]).model_copy(update={"trigger": "ha richiamato il proprio ambasciatore"}),
     _m("2", "SANCTION", [RUS], [UKR]).model_copy(update={"trigger": "ha dato 48 ore all'ambasciatore"}), False),
    # a verb whose auxiliary is left outside the trigger ('[ha] dichiarato «persona non grata»') is a verb too
    (_m("1", "SANCTION", [RUS], [UKR]).model_copy(update={"trigger": "dichiarato “persona non grata”"}),
     _m("2", "SANCTION", [RUS], [UKR]).model_copy(update={"trigger": "ha richiamato il proprio ambasciatore"}), False),
    (_m("1", "SANCTION", [RUS], [UKR]).model_copy(update={"trigger": "chiusura delle frontiere"}),
     _m("2", "SANCTION", [RUS], [UKR]).model_copy(update={"trigger": "richiamo degli ambasciatori"}), True),
    # one article: a measure that may come and one reported taken are two events (across articles: one)
    (_m("1", "SANCTION", [RUS], [UKR]).model_copy(update={"status": "UNCERTAIN", "trigger": "sospensione dei voli"}),
     _m("2", "SANCTION", [RUS], [UKR]).model_copy(update={"status": "DISPUTED", "trigger": "sospensione dei voli"}),
     False),
    (_m("1", "SANCTION", [RUS], [UKR]).model_copy(update={"status": "UNCERTAIN", "trigger": "sospensione dei voli"}),
     _m("2", "SANCTION", [RUS], [UKR]).model_copy(update={"status": "UNCERTAIN", "trigger": "sospensione dei voli",
                                                          "article_id": "other"}), True),
    # within one article, a call that took place and a meeting proposed in it are two events; a talk naming the
    # call is the call
    (_m("1", "CONSULT", [A, B], mode="phone"), _m("2", "CONSULT", [A, B]).model_copy(update={"status": "PLANNED"}),
     False),
    (_m("1", "CONSULT", [A, B], mode="phone"), _m("2", "CONSULT", [A, B]).model_copy(update={"trigger": "colloquio"}),
     True),
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [B]), True),              # one report names one party
    # one article: the visitors' talks with two people of one state ('hanno incontrato il collega X; nel pomeriggio
    # sono stati ricevuti dal presidente Y') are two events; across articles, or with people of other states, one
    (_m("1", "CONSULT", [A, B, C]), _m("2", "CONSULT", [A, B, person("Li Qiang", "CHN")]), False),
    (_m("1", "CONSULT", [A, B, C]),
     _m("2", "CONSULT", [A, B, person("Li Qiang", "CHN")]).model_copy(update={"article_id": "other"}), True),
    (_m("1", "CONSULT", [A, B, C]), _m("2", "CONSULT", [A, B, person("Andrij Sybiha", "UKR")]), True),
    # one article: a call and a meeting told by a verb of being together are two events; a call and talks, one
    (_m("1", "CONSULT", [RUS, UKR], mode="phone").model_copy(update={"trigger": "ha telefonato"}),
     _m("2", "CONSULT", [RUS, UKR]).model_copy(update={"trigger": "si sono incontrati"}), False),
    (_m("1", "CONSULT", [RUS, UKR], mode="phone").model_copy(update={"trigger": "ha telefonato"}),
     _m("2", "CONSULT", [RUS, UKR]).model_copy(update={"trigger": "colloquio"}), True),
    (_m("1", "CONSULT", [A, B]), _m("2", "CONSULT", [B, NATO]), False),       # the same person at another meeting
])
def test_same_event(a, b, expected):
    assert same_event(a, b) is expected
    assert same_event(b, a) is expected


def test_refine_dates_takes_the_most_reported_day():
    refined = {m.mention_id: m for m in refine_dates(m for m in load_reports() if m.event_type == "CONSULT")}
    d = refined["blog-3#0"].date
    assert (d.value, d.precision, d.source, d.start) == ("2024-04-11", "DAY", "INFERRED", dt.date(2024, 4, 11))
    assert refined["ansa-1#0"].date.source == "TEXT"          # day-precise text dates are kept
    assert refined["cnn-9#0"].date.value == "2024-W20"        # no day-precise report inside the week


def test_refine_dates_keeps_a_planned_publication_dated_report_ahead():
    # a publication-dated report of a planned or hedged meeting does not take a day before its publication
    reports = [m for m in load_reports() if m.event_type == "CONSULT"]
    anchor = next(m for m in reports if m.date is not None and m.date.source == "TEXT" and m.date.precision == "DAY")
    pub = anchor.date.model_copy(update={"source": "PUBLICATION", "value": str(anchor.date.start + dt.timedelta(days=2)),
                                         "start": anchor.date.start + dt.timedelta(days=2),
                                         "end": anchor.date.start + dt.timedelta(days=2)})
    for status, moved in (("OCCURRED", True), ("PLANNED", False), ("UNCERTAIN", False)):
        m = anchor.model_copy(update={"mention_id": "x#0", "article_id": "x", "date": pub, "status": status})
        out = {r.mention_id: r for r in refine_dates([anchor, m])}["x#0"]
        assert (out.date.source == "INFERRED") is moved, status


def test_refine_dates_keeps_the_end_of_a_month_at_its_end():
    # 'fine ottobre' does not take a day early in the month from a report of the same parties
    reports = [m for m in load_reports() if m.event_type == "CONSULT"]
    anchor = next(m for m in reports if m.date is not None and m.date.source == "TEXT" and m.date.precision == "DAY")
    first = anchor.date.start.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    month = anchor.date.model_copy(update={"value": first.strftime("%Y-%m"), "precision": "MONTH", "start": first,
                                           "end": last, "modifier": "END"})
    m = anchor.model_copy(update={"mention_id": "x#0", "article_id": "x", "date": month})
    out = {r.mention_id: r for r in refine_dates([anchor, m])}["x#0"]
    assert (out.date.source == "INFERRED") is (anchor.date.start >= last - dt.timedelta(days=10))


@pytest.mark.parametrize("mine,theirs,article,moved", [
    # an article's planned meeting in a week does not take the day of a meeting the same article says was called off;
    # another article's report of the called-off day still lends it
    ("PLANNED", "CANCELLED", "x", False),
    ("PLANNED", "CANCELLED", "y", True),
    # nor does a meeting the article says was ruled out ('potrebbero vedersi a fine mese; la presidenza ha escluso
    # qualsiasi incontro') take the day of the one it says was called off
    ("DENIED", "CANCELLED", "x", False),
    ("DENIED", "CANCELLED", "y", True),
    # a meeting called postponed by one side and denied by the other is one
    ("DENIED", "POSTPONED", "x", True),
])
def test_refine_dates_keeps_a_meeting_off_the_day_of_one_its_article_calls_off(mine, theirs, article, moved):
    reports = [m for m in load_reports() if m.event_type == "CONSULT"]
    anchor = next(m for m in reports if m.date is not None and m.date.source == "TEXT" and m.date.precision == "DAY")
    off = anchor.model_copy(update={"mention_id": "x#1", "article_id": "x", "status": theirs})
    monday = anchor.date.start - dt.timedelta(days=anchor.date.start.weekday())
    iso = monday.isocalendar()
    week = anchor.date.model_copy(update={"value": f"{iso[0]}-W{iso[1]:02d}", "precision": "WEEK", "start": monday,
                                          "end": monday + dt.timedelta(days=6)})
    m = anchor.model_copy(update={"mention_id": f"{article}#0", "article_id": article, "date": week, "status": mine})
    out = {r.mention_id: r for r in refine_dates([off, m])}[f"{article}#0"]
    assert (out.date.source == "INFERRED") is moved


def test_aggregate_all_exact():
    events = aggregate_all(load_reports())
    summary = [(e.event_type, e.date.value, e.date.source, e.status, e.article_ids, e.num_articles, e.num_sources,
                e.num_mentions, [p.name for p in e.actors], [p.name for p in e.recipients],
                e.location.name if e.location else None) for e in events]
    assert sorted(summary) == sorted([
        ("CONSULT", "2024-04-11", "TEXT", "OCCURRED", ["agi-7", "ansa-1", "blog-3"], 3, 3, 3,
         ["Antonio Tajani", "Antony Blinken"], [], "Capri"),
        ("CONSULT", "2024-04-12", "TEXT", "OCCURRED", ["agi-7"], 1, 1, 1, ["Antonio Tajani", "Antony Blinken"], [],
         None),
        ("CONSULT", "2024-W20", "TEXT", "DISPUTED", ["cnn-9"], 1, 1, 2, ["Antony Blinken", "Wang Yi"], [], None),
        ("ASSAULT", "2024-04-11", "TEXT", "OCCURRED", ["ansa-1"], 1, 1, 1, ["Russia"], ["Ukraine"], None),
    ])
    meeting = next(e for e in events if e.date.value == "2024-04-11" and e.event_type == "CONSULT")
    durations = [(c.value, c.article_id, c.claimed_by) for c in meeting.claims if c.attribute == "duration"]
    assert durations == [("PT50M", "agi-7", "State Department"), ("PT40M", "ansa-1", None)]
    disputed = next(e for e in events if e.status == "DISPUTED")
    statuses = sorted((c.value, c.claimed_by) for c in disputed.claims if c.attribute == "status")
    assert statuses == [("DENIED", "China"), ("POSTPONED", "White House sources")]


def test_aggregate_is_order_independent_and_ids_are_stable():
    reports = load_reports()
    first = aggregate_all(reports)
    assert aggregate_all(list(reversed(reports))) == first
    ids = [e.event_id for e in first]
    assert len(set(ids)) == len(ids)
    assert all(e.event_id.startswith(e.date.start.isoformat()) for e in first)


def test_event_id_ignores_participant_order_and_spelling():
    day = dt.date(2024, 4, 11)
    assert event_id("CONSULT", day, [A, B]) == event_id("CONSULT", day, [B, A2])
    assert event_id("CONSULT", day, [A, B]) != event_id("CONSULT", day + dt.timedelta(days=1), [A, B])


def test_directed_event_ids_keep_roles_apart():
    day = dt.date(2024, 4, 11)
    assert event_id("ACCUSE", day, [A], [B]) != event_id("ACCUSE", day, [B], [A])
    assert event_id("ACCUSE", day, [A], []) != event_id("ACCUSE", day, [], [A])


def test_ids_unique_when_two_events_share_keys():
    call = _m("x#0", "CONSULT", [A, B], mode="phone")
    visit = _m("x#1", "CONSULT", [A, B], mode="visit")
    events = aggregate_all([call, visit])
    assert len(events) == 2 and len({e.event_id for e in events}) == 2


def test_a_one_person_report_does_not_chain_two_meetings():
    """[Obama, Renzi] and [Obama, Pope] on one day are two meetings; [Obama] alone joins one of them only."""
    obama, renzi, pope = person("Barack Obama", "USA"), person("Matteo Renzi", "ITA"), person("Pope Francis", "VAT")
    a = _m("a#0", "CONSULT", [obama, renzi])
    b = _m("b#0", "CONSULT", [obama, pope])
    c = _m("c#0", "CONSULT", [obama])
    clusters = cluster_mentions([c, b, a])
    assert sorted(len(x) for x in clusters) == [1, 2]
    assert cluster_mentions([a, b, c]) == clusters


GENEVA = Place(name="Geneva", country_code="CHE", latitude=46.2, longitude=6.14)
ZURICH = Place(name="Zurich", country_code="CHE", latitude=47.37, longitude=8.54)
SWITZERLAND = Place(name="Switzerland", country_code="CHE")
ROME = Place(name="Rome", country_code="ITA", latitude=41.9, longitude=12.5)


@pytest.mark.parametrize("pa, pb, expected", [
    (GENEVA, GENEVA, True),
    (GENEVA, None, True),
    (GENEVA, SWITZERLAND, True),     # a city and its country
    (GENEVA, ZURICH, False),         # two cities
    (GENEVA, ROME, False),           # two countries
    (SWITZERLAND, ROME, False),
])
def test_reports_placing_an_event_apart_are_different_events(pa, pb, expected):
    a = _m("1", "CONSULT", [A, B]).model_copy(update={"location": pa})
    b = _m("2", "CONSULT", [A, B]).model_copy(update={"location": pb})
    assert same_event(a, b) is expected


def test_many_reports_of_one_event_are_one_record():
    """Two hundred articles repeating the same reports: one record per event, every article counted."""
    copies = [m.model_copy(update={"mention_id": f"{m.mention_id}-{n}", "article_id": f"{m.article_id}-{n}",
                                   "source": None})
              for n in range(200) for m in load_reports()]
    events = aggregate_all(copies)
    assert len(events) == len(aggregate_all(load_reports())) == 4
    assert sorted(e.num_articles for e in events) == [200, 200, 200, 600]


@pytest.mark.parametrize("cameo_a, cameo_b, expected", [
    ("161", "163", False),     # an ambassador recalled and rail links suspended the same day: two measures
    ("161", "161", True),      # two reports of the recall
    ("163", None, True),       # a report without a CAMEO code says nothing against it
])
def test_sanctions_of_different_kinds_are_different_events(cameo_a, cameo_b, expected):
    china, lithuania = state("China", "CHN"), state("Lithuania", "LTU")
    a = _m("a", "SANCTION", [china], [lithuania]).model_copy(update={"cameo_code": cameo_a})
    b = _elsewhere(_m("b", "SANCTION", [china], [lithuania])).model_copy(update={"cameo_code": cameo_b})
    assert same_event(a, b) is expected


def test_one_articles_cancelling_of_a_meeting_is_not_its_call_of_that_month():
    call = _m("1", "CONSULT", [A, B], mode="phone").model_copy(update={"trigger": "ha chiamato", "status": "OCCURRED"})
    cancelling = _m("2", "CONSULT", [A, B]).model_copy(update={"trigger": "ha poi annullato", "status": "OCCURRED"})
    assert not same_event(call, cancelling)
    other_report = cancelling.model_copy(update={"mention_id": "3", "article_id": "other", "trigger": "ha annullato"})
    assert same_event(cancelling, other_report)


def test_one_articles_planned_visit_is_not_its_cancelled_visit():
    planned = _m("1", "CONSULT", [A, state("United States", "USA")], mode="visit").model_copy(
        update={"status": "PLANNED", "trigger": "sarà la prossima settimana nella capitale"})
    cancelled = _m("2", "CONSULT", [state("Russia", "RUS"), state("United States", "USA")], mode="visit").model_copy(
        update={"status": "CANCELLED", "trigger": "visita"})
    assert not same_event(planned, cancelled)
    other_report = cancelled.model_copy(update={"mention_id": "3", "article_id": "other", "status": "POSTPONED"})
    assert same_event(planned, other_report)


STATE_SIDES = [
    # persons as their states, states and bodies as they are, in order, without repeats
    ([("Sergey Lavrov", "person", "RUS"), ("Russia", "state", "RUS"), ("Marco Rubio", "person", "USA")],
     [("Russia", "state", "RUS"), ("United States", "state", "USA")]),
    ([("Ursula von der Leyen", "person", "EU"), ("European Union", "organization", "EU"),
      ("Teodoro Locsin Jr.", "person", "PHL")],
     [("European Union", "organization", "EU"), ("Philippines", "state", "PHL")]),
    # a person of no known state adds nothing
    ([("John Doe", "person", None)], []),
]


@pytest.mark.parametrize("parts,expected", STATE_SIDES)
def test_state_sides(parts, expected):
    from transforms.aggregate import state_sides
    got = state_sides([Participant(name=n, kind=k, country_code=c) for n, k, c in parts])
    assert [(p.name, p.kind.value if hasattr(p.kind, "value") else p.kind, p.country_code) for p in got] == expected
