"""Table-driven tests (invented sentences, real taggers via explain) of: one subject calling or meeting several
coordinated recipients, passing vs own group mentions, participial clauses with their own object, dates of a
'quando' clause after a bound, and meetings phrased as 'era stato X a vedere Y' / 'si erano visti' / 'riuniti il'."""
import pytest

from schemas.models import Article
from transforms.events import explain


def run(text, published="2023-05-10"):
    e = explain(Article(id="t", text=text, published=published))
    return [{"id": m["mention_id"], "type": m["event_type"], "mode": m["mode"], "status": m["status"],
             "names": sorted(p["name"] for p in m["actors"] + m["recipients"]),
             "date": m["date"]["value"] if m["date"] else None} for m in e["mentions"]]


def find(ms, etype, names, status=None, date=None, exact=False):
    return [m for m in ms if m["type"] == etype and all(n in m["names"] for n in names)
            and (not exact or len([n for n in m["names"] if n in names]) == len(m["names"]))
            and (status is None or m["status"] == status) and (date is None or m["date"] == date)]


# (sentence, subject, recipients in order, mode)
SPLIT = [
    ("Ieri il presidente francese Emmanuel Macron ha telefonato al cancelliere tedesco Olaf Scholz e al premier "
     "britannico Rishi Sunak per discutere della crisi.", "Emmanuel Macron", ["Olaf Scholz", "Rishi Sunak"], "phone"),
    ("Martedì la premier Giorgia Meloni aveva sentito al telefono il presidente turco Recep Tayyip Erdogan e il "
     "presidente egiziano Abdel Fattah al-Sisi, ringraziandoli.", "Giorgia Meloni",
     ["Recep Tayyip Erdogan", "Abdel Fattah al-Sisi"], "phone"),
]


@pytest.mark.parametrize("text,subject,recipients,mode", SPLIT)
def test_one_mention_per_coordinated_recipient(text, subject, recipients, mode):
    ms = [m for m in run(text) if m["type"] == "CONSULT"]
    assert len(ms) == len(recipients), ms
    for m, r in zip(ms, recipients):            # mention ids in the order of the recipients
        assert subject in m["names"] and r in m["names"], ms
        assert not (set(recipients) - {r}) & set(m["names"]), ms
        assert m["mode"] == mode
    assert len({(m["date"], m["status"]) for m in ms}) == 1
    assert [m["id"] for m in ms] == sorted(m["id"] for m in ms)


@pytest.mark.parametrize("text,names", [
    ("Ieri a Parigi Macron, Scholz, Zelensky e Biden si sono incontrati per due ore.",
     ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky", "Joe Biden"]),
    ("Il presidente Emmanuel Macron ha riunito ieri all'Eliseo il cancelliere Olaf Scholz e il presidente "
     "ucraino Volodymyr Zelensky.", ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"]),
])
def test_symmetric_or_gathering_meeting_stays_one_mention(text, names):
    ms = [m for m in run(text) if m["type"] == "CONSULT"]
    assert len(ms) == 1 and all(n in ms[0]["names"] for n in names), ms


@pytest.mark.parametrize("text", [
    "I Paesi del G7 hanno espresso preoccupazione per la crisi.",
    "In vista del G7 il governo prepara il dossier.",
    "Renzi è il primo leader di un Paese del G7 a parlare al forum.",
])
def test_passing_group_mention_is_not_a_meeting(text):
    assert not [m for m in run(text) if m["type"] == "CONSULT"]


@pytest.mark.parametrize("text,names,date", [
    ("Il vertice del G7 si terrà il 13 giugno in Puglia, e vi parteciperà anche il presidente ucraino "
     "Volodymyr Zelensky.", ["Italy", "Volodymyr Zelensky"], "2023-06-13"),
    ("I ministri degli Esteri del G7, riuniti il 4 aprile a Lucca sotto la presidenza di Antonio Tajani, "
     "hanno ascoltato il segretario di Stato Antony Blinken.",
     ["Antonio Tajani", "Antony Blinken"], "2023-04-04"),
])
def test_group_own_meeting_with_date_takes_the_persons(text, names, date):
    assert find(run(text), "CONSULT", names, date=date), run(text)


def test_participial_clause_owns_its_object():
    ms = run("Joe Biden, ricevendo alla Casa Bianca il cancelliere tedesco Olaf Scholz, ha annunciato di aver "
             "cancellato il vertice con Xi Jinping.")
    meet = find(ms, "CONSULT", ["Joe Biden", "Olaf Scholz"], status="OCCURRED")
    assert meet and "Xi Jinping" not in meet[0]["names"], ms
    summit = find(ms, "CONSULT", ["Joe Biden", "Xi Jinping"], status="CANCELLED")
    assert summit and "Olaf Scholz" not in summit[0]["names"], ms


@pytest.mark.parametrize("text,names,date", [
    ("La guerra continua dal 24 febbraio, quando le truppe russe hanno attaccato l'Ucraina.",
     ["Russia", "Ukraine"], "2023-02-24"),
    ("Il conflitto è iniziato il 2 marzo, quando le truppe russe hanno attaccato l'Ucraina.",
     ["Russia", "Ukraine"], "2023-03-02"),
])
def test_bound_date_dates_the_quando_clause(text, names, date):
    assert find(run(text), "ASSAULT", names, date=date), run(text)


@pytest.mark.parametrize("text,names,date", [
    ("Due settimane fa era stato il presidente francese Emmanuel Macron a vedere Xi Jinping a Pechino.",
     ["Emmanuel Macron", "Xi Jinping"], None),
    ("Il 3 marzo Macron e Scholz si erano visti a Berlino.", ["Emmanuel Macron", "Olaf Scholz"], "2023-03-03"),
    ("I ministri degli Esteri della Nato, riuniti il 4 e il 5 aprile a Bruxelles, hanno discusso della crisi.",
     ["NATO"], "2023-04-04"),
])
def test_meeting_phrasings(text, names, date):
    assert find(run(text), "CONSULT", names, status="OCCURRED", date=date), run(text)


def test_directed_events_of_one_sentence_are_not_merged_across_direction():
    ms = run("Anche oggi l'aviazione israeliana ha colpito decine di obiettivi a Gaza, mentre i miliziani di Hamas "
             "hanno lanciato razzi contro le comunità israeliane.")
    assert len([m for m in ms if m["type"] == "ASSAULT"]) == 2, ms


@pytest.mark.parametrize("text,names,date", [
    # a date in a relative clause after the trigger belongs to that clause; the sentence-initial day wins
    ("Tre mesi fa, il 12 febbraio, il presidente Emmanuel Macron aveva riunito all'Eliseo Olaf Scholz e "
     "Volodymyr Zelensky, che si erano impegnati a rivedersi il 10 giugno.",
     ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"], "2023-02-12"),
])
def test_relative_clause_date_does_not_date_the_trigger(text, names, date):
    assert find(run(text), "CONSULT", names, date=date), run(text)
