"""Table-driven tests (invented sentences, real taggers via explain) of negotiations with a mediator or host
('mediati dall'Egitto', 'con la mediazione del Qatar', 'ospitati dalla Turchia', 'i mediatori egiziani'): the
mediator is not a party and the mode is 'third-party'; and rounds named only by their order ('il terzo round')
taking the parties of the article's previous negotiation."""
import pytest

from schemas.models import Article
from transforms.events import explain


def run(text, published="2031-03-10"):
    e = explain(Article(id="t", text=text, published=published))
    return [{"type": m["event_type"], "mode": m["mode"], "cameo": m["cameo_code"],
             "names": sorted(p["name"] for p in m["actors"] + m["recipients"]),
             "date": m["date"]["value"] if m["date"] else None} for m in e["mentions"]]


# (sentence, parties, mediator)
MEDIATED = [
    ("Il 4 marzo 2031 il secondo round di colloqui tra Serbia e Kosovo, mediato dalla Norvegia, si è svolto a Oslo.",
     ["Serbia", "Kosovo"], "Norway"),
    ("Il 4 marzo 2031 si è tenuto un nuovo round di negoziati tra Armenia e Azerbaigian con la mediazione del Kazakistan.",
     ["Armenia", "Azerbaijan"], "Kazakhstan"),
    ("Il 4 marzo 2031 il primo round di negoziati tra Etiopia e Sudan, ospitati dal Kenya, si è chiuso senza accordo.",
     ["Ethiopia", "Sudan"], "Kenya"),
]


@pytest.mark.parametrize("text,parties,mediator", MEDIATED)
def test_mediator_is_not_a_party(text, parties, mediator):
    ms = [m for m in run(text) if m["type"] == "CONSULT"]
    assert ms, ms
    m = ms[0]
    assert all(p in m["names"] for p in parties), ms
    assert mediator not in m["names"], ms
    assert m["mode"] == "third-party" and m["cameo"] == "046", ms


def test_round_takes_parties_of_previous_negotiation():
    text = ("Il 2 marzo 2031 il primo round di negoziati tra Serbia e Kosovo si è svolto a Oslo. "
            "Il secondo round si è tenuto ieri a Bergen, con la partecipazione degli esperti tecnici.")
    ms = [m for m in run(text) if m["type"] == "CONSULT"]
    assert len(ms) == 2, ms
    assert all(p in ms[1]["names"] for p in ("Serbia", "Kosovo")), ms


# (text, parties, mode, location) - mediators named by a demonym after 'mediatori', indirect talks, host cities
MORE = [
    ("Il 4 marzo 2031 i negoziati tra Israele e Hamas sono ripresi al Cairo con i mediatori egiziani e qatarini.",
     ["Israel", "Hamas"], ["Egypt", "Qatar"], "third-party"),
    ("Il 4 marzo 2031 si sono tenuti colloqui indiretti tra Grecia e Turchia a Mascate.",
     ["Greece", "Turkey"], [], "third-party"),
    ("Il 4 marzo 2031 i negoziati tra Russia e Ucraina a Istanbul, ospitati dalla Turchia, sono durati due ore.",
     ["Russia", "Ukraine"], ["Turkey"], "third-party"),
    ("Il 4 marzo 2031 il quarto round dei colloqui tra Perù ed Ecuador si è svolto a Lima.",
     ["Peru", "Ecuador"], [], None),
]


@pytest.mark.parametrize("text,parties,mediators,mode", MORE)
def test_third_party_talks(text, parties, mediators, mode):
    ms = [m for m in run(text) if m["type"] == "CONSULT"]
    assert len(ms) == 1, ms
    assert all(p in ms[0]["names"] for p in parties), ms
    assert not set(mediators) & set(ms[0]["names"]), ms
    assert ms[0]["mode"] == mode, ms


def test_next_round_keeps_parties_and_own_place():
    text = ("Il 4 marzo 2031 il terzo round di negoziati tra Perù ed Ecuador si è svolto a Lima. "
            "Il prossimo round si terrà il 20 aprile a Quito.")
    ms = [m for m in run(text) if m["type"] == "CONSULT"]
    assert len(ms) == 2 and ms[1]["date"] == "2031-04-20", ms
    assert all(p in ms[1]["names"] for p in ("Peru", "Ecuador")), ms


def test_secondo_round_is_not_an_attribution():
    ms = run("Il 4 marzo 2031 il secondo round di negoziati tra Cile e Bolivia si è svolto a Santiago.")
    assert any(all(p in m["names"] for p in ("Chile", "Bolivia")) for m in ms if m["type"] == "CONSULT"), ms
