"""Table-driven tests of the extractor's mechanisms, on hand-made actor/place/timex lists (tests/.../fakes.py)."""
import datetime as dt

import pytest

import fakes
from schemas.models import Article
from transforms.events import extract_from


def run(text, ref=None, timexes=(), art_id="a1"):
    ref = ref or fakes.ref_day("2025-10-21")
    tx = [fakes.timex(text, *t) if isinstance(t, tuple) else t for t in timexes]
    art = Article(id=art_id, text=text)
    return extract_from(art, ref, tx, fakes.find_actors(text), fakes.find_places(text))


def summary(m):
    return (m.event_type, m.status, sorted(p.name for p in m.actors), sorted(p.name for p in m.recipients),
            m.date.value if m.date else None, m.location.name if m.location else None)


CASES = [
    # meetings: verb, noun with 'tra', location, date in the clause
    ("Rubio ha incontrato Lavrov a Kuala Lumpur il 10 luglio.", [("10 luglio", "DATE", "2025-07-10")],
     [("CONSULT", "OCCURRED", ["Marco Rubio", "Sergey Lavrov"], [], "2025-07-10", "Kuala Lumpur")]),
    ("L'incontro tra Trump e Putin, previsto per il 12 novembre a Ginevra, è stato annullato.",
     [("12 novembre", "DATE", "2025-11-12")],
     [("CONSULT", "CANCELLED", ["Donald Trump", "Vladimir Putin"], [], "2025-11-12", "Geneva"),
      # (the cancelling, told in the present perfect with no day of its own, is of the day of writing)
      ("CONSULT", "OCCURRED", ["Donald Trump", "Vladimir Putin"], [], "2025-10-21", "Geneva")]),
    # postponed with attribution: the reporters are not participants
    ("L'incontro tra Rubio e Lavrov è congelato, secondo fonti della Casa Bianca alla CNN.", [],
     [("CONSULT", "POSTPONED", ["Marco Rubio", "Sergey Lavrov"], [], "2025-10-21", None)]),
    # denied: the denier is not a participant
    ("Mosca ha smentito il rinvio di un incontro tra Rubio e Lavrov.", [],
     [("REJECT", "OCCURRED", ["Russia"], [], "2025-10-21", None),
      ("CONSULT", "DENIED", ["Marco Rubio", "Sergey Lavrov"], [], "2025-10-21", None)]),
    # planned with 'entro' and a month
    ("Trump ha espresso fiducia nella possibilità di un incontro con Putin entro febbraio 2026.",
     [fakes.Timex("febbraio 2026", 71, 84, "DATE", "2026-02", "MONTH", dt.date(2026, 2, 1),
                  dt.date(2026, 2, 28), "BY")],
     [("CONSULT", "PLANNED", ["Donald Trump", "Vladimir Putin"], [], "2026-02", None)]),
    # phone call with a governed date
    ("Putin ha confermato la posizione nel suo colloquio del 3 luglio con Trump.",
     [("3 luglio", "DATE", "2025-07-03")],
     [("CONSULT", "OCCURRED", ["Donald Trump", "Vladimir Putin"], [], "2025-07-03", None)]),
    # directed: attack with a demonym source and a place target, counts
    ("Un massiccio attacco russo con 18 missili e oltre 400 droni su Kiev.", [],
     [("ASSAULT", "OCCURRED", ["Russia"], ["Ukraine"], "2025-10-21", "Kyiv")]),
    # aid to a recipient
    ("Ieri Washington ha ripreso le consegne di proiettili all'Ucraina.", [("Ieri", "DATE", "2025-10-20")],
     [("AID", "OCCURRED", ["United States"], ["Ukraine"], "2025-10-20", None)]),
    # sanctions planned, recipient via 'contro'
    ("L'amministrazione americana sta lavorando a un nuovo pacchetto di sanzioni contro l'industria russa.", [],
     [("SANCTION", "PLANNED", ["United States"], ["Russia"], "2025-10-21", None)]),
    # generic talk is not an event
    ("Le trattative richiedono tempo, ma la Russia parla di diplomazia.", [], []),
    ("Solo allora, forse, si potrà tornare a parlare di vertici e incontri.", [], []),
    ("Per ora non c'è ancora una data per un nuovo incontro tra Lavrov e Rubio.", [], []),
    # background: habitual attacks
    ("Nelle ultime settimane la Russia ha intensificato gli attacchi su Kiev.", [], []),
    # a speaker of a reported sanction is not its source
    ("Tajani ha ricordato che le sanzioni imposte alla Russia rimangono un tema.", [], []),
    # a setting is not an event
    ("A margine del vertice Asean in Malesia, Rubio ha avuto un incontro con Lavrov.", [],
     [("CONSULT", "OCCURRED", ["Marco Rubio", "Sergey Lavrov"], [], "2025-10-21", "Malaysia")]),
    # the dateline date is not the event's
    ("Mosca, 9 novembre 2025 – Lavrov si è detto pronto a incontrare Rubio.", [("9 novembre 2025", "DATE", "2025-11-09")],
     [("CONSULT", "PLANNED", ["Marco Rubio", "Sergey Lavrov"], [], "2025-10-21", None)]),
]


@pytest.mark.parametrize("text,timexes,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_mechanisms(text, timexes, expected):
    assert [summary(m) for m in run(text, timexes=timexes)] == expected


def test_anaphora_and_inherited_date():
    text = ("Rubio ha incontrato Lavrov il 10 luglio. L'11 luglio i due diplomatici si sono rivisti. "
            "Lavrov e Rubio si sono incontrati nuovamente, riportano Reuters e TASS.")
    ms = run(text, ref=fakes.ref_month("2025-07"),
             timexes=[("10 luglio", "DATE", "2025-07-10"), ("11 luglio", "DATE", "2025-07-11")])
    assert [summary(m)[2] for m in ms] == [["Marco Rubio", "Sergey Lavrov"]] * 3
    assert [(m.date.value, m.date.source) for m in ms] == [
        ("2025-07-10", "TEXT"), ("2025-07-11", "TEXT"), ("2025-07-11", "INFERRED")]
    assert ms[2].attributed_to and "Reuters" in ms[2].attributed_to


def test_publication_fallback_month():
    ms = run("Rubio ha avuto un incontro con Lavrov.", ref=fakes.ref_month("2025-07"))
    d = ms[0].date
    assert (d.value, d.precision, d.source, d.start, d.end) == (
        "2025-07", "MONTH", "PUBLICATION", dt.date(2025, 7, 1), dt.date(2025, 7, 31))


def test_no_reference_no_date():
    ref = fakes.Reference(None, "UNKNOWN", "NONE", None, None)
    assert run("Rubio ha incontrato Lavrov.", ref=ref)[0].date is None


def test_claims_duration_count_status():
    text = "Rubio ha incontrato Lavrov. Quaranta minuti di colloquio. Un attacco russo con 18 missili su Kiev."
    tx = [fakes.Timex("Quaranta minuti", 28, 43, "DURATION", "PT40M", None, None, None)]
    ms = run(text, timexes=tx)
    assert [(c.attribute, c.value, c.text) for c in ms[0].claims] == [("duration", "PT40M", "Quaranta minuti")]
    assert ("count", "18 missiles") in [(c.attribute, c.value) for c in ms[1].claims]
    ms = run("L'incontro tra Rubio e Lavrov è stato rinviato, secondo la CNN.")
    assert [(c.attribute, c.value, c.claimed_by) for c in ms[0].claims] == [("status", "POSTPONED", "CNN")]


def test_evidence_and_ids():
    text = "Titolo\nRubio ha incontrato Lavrov. Poi Trump ha telefonato a Putin."
    ms = run(text, art_id="x")
    assert [m.mention_id for m in ms] == ["x#0", "x#1"]
    for m in ms:
        assert text[m.evidence.char_start:m.evidence.char_end] == m.evidence.text
    assert ms[1].mode == "phone" and ms[1].cameo_code == "041"


def test_a_text_with_no_year_takes_the_year_of_its_weekdays_and_office_holders():
    # Monday 20 August fell in 2007, 2012 and 2018; Yoshihiko Noda was prime minister of Japan only in 2012
    from schemas.models import Article
    from transforms.events import article_reference
    text = ("Il premier giapponese Yoshihiko Noda ha scritto al presidente sudcoreano. Ieri, lunedì 20 agosto, il "
            "governo ha protestato.")
    a = Article(id="t", text=text, published=None, title="t", url="http://x", source="x", language="it")
    ref = article_reference(a)
    assert (ref.value, ref.source) == ("2012-08-21", "PUBLICATION"), ref
    # no office holder to choose between the years: no reference
    b = a.model_copy(update={"text": "Ieri, lunedì 20 agosto, il governo ha protestato."})
    assert article_reference(b).value is None
    # (a year the text names elsewhere is no year of the weekday phrase)
    c = a.model_copy(update={"text": "Ieri, lunedì 20 agosto, Yoshihiko Noda ha protestato, come già nel 2011."})
    assert article_reference(c).value == "2012-08-21"
    # the relative day after the named one, in commas
    d = a.model_copy(update={"text": "Lunedì 20 agosto, oggi, Yoshihiko Noda ha protestato."})
    assert article_reference(d).value == "2012-08-20"


# an undated text whose only year is that of a background date: the story day is the one its weekday phrases allow
UNDATED_BACKGROUND = [
    # text, the reference day
    # Tuesday 29 January is no day of 1994 (a bare 'Lunedì' after it names no day): of the years it falls in,
    # Héctor Timerman was foreign minister only in 2013
    ("L'attentato del 18 luglio 1994 uccise 85 persone. Lunedì il governo ha protestato. Ieri, martedì 29 gennaio, "
     "Héctor Timerman ha convocato l'ambasciatrice.", "2013-01-30"),
    # the weekday phrases agree with the year of the full date (a story that crosses into the next year): kept
    ("Ieri, martedì 29 dicembre 2015, il governo ha protestato. Le consultazioni previste martedì 12 gennaio sono "
     "state rinviate.", "2015-12-30"),
]


@pytest.mark.parametrize("text,day", UNDATED_BACKGROUND)
def test_an_undated_text_with_a_background_year_takes_the_year_of_its_weekdays(text, day):
    from schemas.models import Article
    from transforms.events import article_reference
    a = Article(id="t", text=text, published=None, title="t", url="http://x", source="x", language="it")
    assert article_reference(a).value == day
