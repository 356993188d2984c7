"""Table-driven tests of the generalised mechanisms (invented sentences, real taggers via explain)."""
import pytest

from schemas.models import Article
from transforms.events import explain


def mentions(text, published="2021-06-10"):
    e = explain(Article(id="t", text=text, published=published))
    return [(m["event_type"], m["mode"], m["status"],
             sorted(p["name"] for p in m["actors"] + m["recipients"])) for m in e["mentions"]]


def has(ms, etype, names, mode="any", status=None):
    for t, mo, st, ps in ms:
        if t == etype and all(n in ps for n in names) and (mode == "any" or mo == mode) \
                and (status is None or st == status):
            return True
    return False


CASES = [
    # a definite first mention is an event, not a back-reference
    ("Il vertice tra Angela Merkel ed Emmanuel Macron si è svolto ieri a Berlino.",
     ("CONSULT", ["Angela Merkel", "Emmanuel Macron"], "any", "OCCURRED")),
    # receptions: the host receives the guest
    ("Il presidente Sergio Mattarella ha ricevuto ieri al Quirinale il presidente francese Emmanuel Macron.",
     ("CONSULT", ["Sergio Mattarella", "Emmanuel Macron"], "any", "OCCURRED")),
    # a visit's host state comes from the destination place
    ("Il cancelliere Olaf Scholz è arrivato ieri sera a Roma per una visita di due giorni.",
     ("CONSULT", ["Olaf Scholz", "Italy"], "visit", "OCCURRED")),
    ("Emmanuel Macron si recherà in Cina a gennaio.",
     ("CONSULT", ["Emmanuel Macron", "China"], "visit", "PLANNED")),
    # signing together is a meeting
    ("Joe Biden e Vladimir Putin hanno firmato ieri a Ginevra un documento comune.",
     ("CONSULT", ["Joe Biden", "Vladimir Putin"], "any", "OCCURRED")),
    # attack with a place target anywhere in the clause
    ("Ieri aerei russi hanno colpito un deposito alla periferia di Kharkiv.",
     ("ASSAULT", ["Russia", "Ukraine"], "any", None)),
    # sanctions: the genitive is the sanctioning party
    ("Approvato ieri il pacchetto di sanzioni dell'Unione europea contro la Bielorussia.",
     ("SANCTION", ["European Union", "Belarus"], "any", None)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_general(text, expected):
    etype, names, mode, status = expected
    ms = mentions(text)
    assert has(ms, etype, names, mode, status), ms


NEGATIVE = [
    # a negated intention is not an event
    ("Joe Biden non intende imporre nuove sanzioni alla Russia.", "SANCTION"),
    # easing sanctions is not a sanction
    ("Gli Stati Uniti allenteranno parte delle sanzioni contro il Venezuela.", "SANCTION"),
    # sanctions that 'hit' a sector are not an attack
    ("Le misure varate ieri dagli Stati Uniti hanno colpito le banche russe.", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", NEGATIVE)
def test_not_events(text, etype):
    assert not any(m[0] == etype for m in mentions(text)), mentions(text)


def test_pro_drop_subject_carries_to_next_sentence():
    text = ("Il presidente del Consiglio Mario Draghi è arrivato ieri a Parigi. "
            "Domani incontrerà il presidente Emmanuel Macron all'Eliseo.")
    ms = mentions(text)
    assert has(ms, "CONSULT", ["Mario Draghi", "Emmanuel Macron"], "any", "PLANNED"), ms


def test_backref_adds_participants():
    text = ("Il vertice tra Joe Biden e Olaf Scholz si è aperto ieri a Berlino. "
            "Al vertice hanno partecipato anche Emmanuel Macron e Mario Draghi.")
    ms = mentions(text)
    assert has(ms, "CONSULT", ["Joe Biden", "Olaf Scholz", "Emmanuel Macron"]), ms
