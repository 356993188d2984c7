"""Table-driven tests of transforms.timex: durations, sets, vague and bounded
expressions, seasons, anaphora, datelines and references, vocabulary loading."""
from datetime import date

import pytest

from transforms.timex import Dateline, Reference, find_dateline, reference_for, tag

from transforms.timex.lexicon import LexiconError, load_lexicon

from .helpers import check, find




DURATIONS = [
    ("Quaranta minuti di colloquio non sono bastati.", "Quaranta minuti", {"value": "PT40M", "type": "DURATION", "text": "Quaranta minuti"}),
    ("Un colloquio di 50 minuti con il ministro.", "50 minuti", {"value": "PT50M", "precision": None}),
    ("Un incontro di circa quaranta minuti.", "quaranta minuti", {"value": "PT40M", "modifier": "APPROX", "text": "quaranta minuti"}),
    ("Il negoziato è durato due anni.", "due anni", {"value": "P2Y"}),
    ("Il colloquio è durato un'ora e mezza.", "ora e mezza", {"value": "PT1H30M", "text": "un'ora e mezza"}),
    ("Il colloquio è durato un’ora.", "ora", {"value": "PT1H"}),
    ("Il colloquio è durato due ore e mezza.", "due ore", {"value": "PT2H30M"}),
    ("Il mandato dura un anno e mezzo.", "un anno", {"value": "P1Y6M"}),
    ("Poche ore dopo è arrivata la risposta.", "Poche ore", {"value": "PTXH", "text": "Poche ore"}),
    ("Pochi giorni dopo che l'esercito aveva lasciato la città.", "Pochi giorni", {"value": "PXD"}),
    ("Dopo qualche settimana la tregua è saltata.", "qualche settimana", {"value": "PXW"}),
    ("Per la prima volta da mesi il ministro ha parlato.", "mesi", {"value": "PXM", "text": "mesi"}),
    ("Un conflitto che dura da anni.", "anni", {"value": "PXY", "text": "anni"}),
    ("La conferma arriva dopo giorni di voci.", "giorni", {"value": "PXD", "text": "giorni"}),
    ("La trattativa è durata trentacinque giorni.", "trentacinque giorni", {"value": "P35D"}),
    ("Un mandato di ventuno mesi.", "ventuno mesi", {"value": "P21M"}),
    ("Una pausa di mezz'ora.", "mezz'ora", {"value": "PT30M"}),
    ("Una tregua di 72 ore.", "72 ore", {"value": "PT72H"}),
    ("Negli ultimi due anni il commercio è crollato.", "due anni", {"value": "P2Y"}),
    ("Una guerra durata tre decenni.", "tre decenni", {"value": "P30Y"}),
    ("Una missione di quasi sei mesi.", "sei mesi", {"value": "P6M", "modifier": "APPROX"}),
    ("Un colloquio di 90 secondi.", "90 secondi", {"value": "PT90S"}),
    ("Una visita di una settimana.", "una settimana", {"value": "P1W"}),
]


@pytest.mark.parametrize("text,needle,expected", DURATIONS)
def test_durations(text, needle, expected):
    check(find(text, "2019-03-14", needle), expected)


SETS = [
    ("Il record viene battuto ogni settimana.", "ogni settimana", {"value": "P1W", "type": "SET"}),
    ("Il vertice si tiene ogni anno a Davos.", "ogni anno", {"value": "P1Y", "type": "SET"}),
    ("Le elezioni si tengono ogni due anni.", "ogni due anni", {"value": "P2Y"}),
    ("Il Consiglio si riunisce ogni lunedì.", "ogni lunedì", {"value": "XXXX-WXX-1", "type": "SET"}),
    ("Il bollettino esce quotidianamente.", "quotidianamente", {"value": "P1D", "type": "SET"}),
    ("Si sentono ogni giorno.", "ogni giorno", {"value": "P1D"}),
]


@pytest.mark.parametrize("text,needle,expected", SETS)
def test_sets(text, needle, expected):
    check(find(text, "2019-03-14", needle), expected)


VAGUE_AND_BOUNDED = [
    ("Nelle ultime settimane l'esercito ha intensificato gli attacchi.", "2019-03-14", "ultime settimane",
     {"value": "PAST_REF", "type": "DATE", "precision": None, "text": "ultime settimane", "start": None}),
    ("Nei giorni scorsi il presidente ha affermato.", "2019-03-14", "giorni scorsi", {"value": "PAST_REF", "text": "giorni scorsi"}),
    ("Il gelo degli ultimi giorni.", "2019-03-14", "ultimi giorni", {"value": "PAST_REF"}),
    ("Recentemente il ministro ha cambiato idea.", "2019-03-14", "Recentemente", {"value": "PAST_REF"}),
    ("In futuro serviranno nuove regole.", "2019-03-14", "futuro", {"value": "FUTURE_REF"}),
    ("Nei prossimi giorni arriverà la risposta.", "2019-03-14", "prossimi giorni", {"value": "FUTURE_REF"}),
    ("Potrebbe aver luogo prima della fine dell’estate.", "2025-07", "fine dell’estate",
     {"value": "2025-SU", "precision": "SEASON", "modifier": "BEFORE", "text": "fine dell’estate"}),
    ("Un incontro entro febbraio 2026 è possibile.", "2025-10-21", "febbraio 2026", {"value": "2026-02", "modifier": "BY", "text": "febbraio 2026"}),
    ("Il piano sarà pronto entro il 2027.", "2025-10-21", "2027", {"value": "2027", "modifier": "BY"}),
    ("Il pagamento è atteso a fine mese.", "2019-03-14", "fine mese", {"value": "2019-03", "modifier": "END"}),
    ("La decisione è attesa a inizio mese.", "2019-03-14", "inizio mese", {"value": "2019-03", "modifier": "START"}),
    ("Il vertice si terrà a metà luglio.", "2019-03-14", "metà luglio", {"value": "2019-07", "modifier": "MID"}),
    ("Il voto è previsto per fine 2024.", "2023-03-14", "fine 2024", {"value": "2024", "modifier": "END"}),
    ("Il vertice si terrà all'inizio di settembre 2015.", "2015-03-14", "inizio di settembre", {"value": "2015-09", "modifier": "START"}),
    ("Dopo il 15 marzo le truppe si ritireranno.", "2019-03-01", "15 marzo", {"value": "2019-03-15", "modifier": "AFTER"}),
    ("Prima del 2020 nessuno ne parlava.", "2022-03-01", "2020", {"value": "2020", "modifier": "BEFORE"}),
    ("Intorno al 10 maggio si saprà di più.", "2019-04-01", "10 maggio", {"value": "2019-05-10", "modifier": "APPROX"}),
    ("Entro la fine dell'anno il piano.", "2019-04-01", "fine dell'anno", {"value": "2019", "modifier": "BY"}),
    ("Nel fine settimana il ministro sarà a Parigi.", "2019-03-14", "fine settimana", {"value": "2019-W11-WE", "start": date(2019, 3, 16), "end": date(2019, 3, 17)}),
    ("Nel fine settimana il ministro è stato a Parigi.", "2019-03-14", "fine settimana", {"value": "2019-W10-WE"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", VAGUE_AND_BOUNDED)
def test_vague_and_bounded(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


SEASONS = [
    ("L'estate sarà decisiva.", "2025-07", "estate", {"value": "2025-SU", "start": date(2025, 6, 1), "end": date(2025, 8, 31)}),
    ("In primavera si voterà.", "2019-01-10", "primavera", {"value": "2019-SP", "start": date(2019, 3, 1)}),
    ("In autunno il governo è caduto.", "2019-01-10", "autunno", {"value": "2018-FA"}),
    ("L'inverno sarà duro per Kiev.", "2022-10-10", "inverno", {"value": "2022-WI", "start": date(2022, 12, 1), "end": date(2023, 2, 28)}),
    ("L'inverno è stato duro per Kiev.", "2023-02-10", "inverno", {"value": "2022-WI"}),
    ("La scorsa estate il vertice di Vilnius.", "2024-03-10", "scorsa estate", {"value": "2023-SU"}),
    ("L'estate scorsa il vertice.", "2024-07-10", "estate scorsa", {"value": "2023-SU"}),
    ("La prossima primavera le elezioni.", "2024-04-10", "prossima primavera", {"value": "2025-SP"}),
    ("Quest'estate il vertice.", "2024-03-10", "estate", {"value": "2024-SU"}),
    ("Nell'estate del 2014 la crisi in Crimea.", "2020-03-10", "estate del 2014", {"value": "2014-SU", "anchor": "ABSOLUTE"}),
    ("L'estate sarà decisiva.", None, "estate", {"value": "XXXX-SU", "resolved": False}),
]


@pytest.mark.parametrize("text,ref,needle,expected", SEASONS)
def test_seasons(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


ANAPHORA = [
    # (text, ref, needle, expected)
    ("Il 10 luglio 2019 Rubio ha incontrato Lavrov. Il giorno dopo è partito.", "2019-07-15", "giorno dopo", {"value": "2019-07-11", "anchor": "PREVIOUS", "text": "giorno dopo"}),
    ("Il 10 luglio 2019 Rubio ha incontrato Lavrov. Il giorno precedente aveva visto Wang.", "2019-07-15", "giorno precedente", {"value": "2019-07-09", "anchor": "PREVIOUS"}),
    ("Il 10 luglio ha incontrato Lavrov. Il giorno dopo è partito. Il giorno precedente era a Tokyo.", "2019-07", "giorno precedente", {"value": "2019-07-10"}),
    ("Il 10 luglio ha incontrato Lavrov. L'indomani è partito.", "2019-07", "indomani", {"value": "2019-07-11", "text": "indomani"}),
    ("Il 10 luglio ha incontrato Lavrov. L’indomani è partito.", "2019-07", "indomani", {"value": "2019-07-11"}),
    ("Il 10 luglio ha incontrato Lavrov. Lo stesso giorno ha visto Wang.", "2019-07", "stesso giorno", {"value": "2019-07-10"}),
    ("Il 10 luglio ha incontrato Lavrov. Quel giorno ha visto anche Wang.", "2019-07", "Quel giorno", {"value": "2019-07-10"}),
    ("Il giorno precedente il presidente aveva criticato Putin.", "2019-07-10", "giorno precedente", {"value": "2019-07-09", "anchor": "PUBLICATION"}),
    ("Il giorno precedente il presidente aveva criticato Putin.", "2019-07", "giorno precedente", {"value": "2019-07", "resolved": False}),
    ("Il 31 dicembre 2019 l'allarme. Il giorno dopo l'Oms è stata informata.", None, "giorno dopo", {"value": "2020-01-01"}),
    ("Il 3 marzo 2016 il vertice. Due giorni dopo, la firma.", "2016-03-20", "Due giorni dopo", {"value": "2016-03-05", "anchor": "PREVIOUS"}),
    ("Il 3 marzo 2016 il vertice. Tre giorni prima, la crisi.", "2016-03-20", "Tre giorni prima", {"value": "2016-02-29"}),
    ("Ieri il vertice. Il giorno prima era a Parigi.", "2016-03-20", "giorno prima", {"value": "2016-03-18"}),
    ("Il 3 marzo 2016 il vertice. L'anno successivo la crisi.", "2016-03-20", "anno successivo", {"value": "2017"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", ANAPHORA)
def test_anaphora(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


TIMES = [
    ("Alle 18 è prevista una conferenza stampa.", "2013-09-12", "18", {"type": "DATE", "value": "2013-09-12", "clock": "18:00"}),
    ("Il 6 aprile 2009 la scossa alle 3.32 ha colpito L'Aquila.", "2009-04-10", "3.32", {"value": "2009-04-06", "clock": "03:32", "anchor": "PREVIOUS"}),
    ("Il vertice è iniziato alle ore 9:30.", "2013-09-12", "9:30", {"value": "2013-09-12", "clock": "09:30"}),
    ("Alle 18 la conferenza.", "2013-09", "18", {"type": "DATE", "value": "2013-09", "resolved": False}),
    ("Alle 18 la conferenza.", None, "18", {"value": "XXXX-XX-XX", "clock": "18:00", "resolved": False}),
]


@pytest.mark.parametrize("text,ref,needle,expected", TIMES)
def test_times(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


@pytest.mark.parametrize("text", ["Sono arrivati alle 18 per cento dei voti.", "Il 2 per cento del Pil."])
def test_no_time(text):
    assert [t for t in tag(text, Reference.of("2013-09-12")) if t.clock is not None] == []


DATELINES = [
    ("Mosca, 9 novembre 2025 – Il ministro ha parlato.", ("Mosca", "2025-11-09")),
    ("Roma, 16 mar. (askanews) – Il ministro ha parlato.", ("Roma", "--03-16")),
    ("Titolo del pezzo\nSottotitolo\nBruxelles, 3 febbraio 2016 - La Commissione ha deciso.", ("Bruxelles", "2016-02-03")),
    ("New York, 22 settembre 2014 — L'Assemblea generale si apre.", ("New York", "2014-09-22")),
    ("(ANSA) - ROMA, 21 OTT - Il governo ha deciso.", ("ROMA", "--10-21")),
    # an agency right after the place
    ("BEIRUT (Reuters), 15 maggio - Il governo ha deciso.", ("BEIRUT", "--05-15")),
    ("Kuala Lumpur, 10 luglio – Rubio e Lavrov si sono visti.", ("Kuala Lumpur", "--07-10")),
    ("Washington, 4 luglio 2010 (Reuters) – Il presidente ha parlato.", ("Washington", "2010-07-04")),
    ("Ginevra, martedì 12 gennaio 2016 – Riprendono i colloqui.", ("Ginevra", "2016-01-12")),
    # an agency before the place (an abbreviated month is then a dateline's), no comma, a full stop for the dash
    ("(AGI) - Bruxelles, 12 feb - Il ministro ha parlato.", ("Bruxelles", "--02-12")),
    ("AGI - Bruxelles, 12 feb - Il ministro ha parlato.", ("Bruxelles", "--02-12")),
    ("Bruxelles 12 febbraio 2013 - Il ministro ha parlato.", ("Bruxelles", "2013-02-12")),
    ("Bruxelles, 12 febbraio. Ieri il ministro ha parlato.", ("Bruxelles", "--02-12")),
]


@pytest.mark.parametrize("text,expected", DATELINES)
def test_dateline(text, expected):
    dl = find_dateline(text)
    assert isinstance(dl, Dateline)
    assert (dl.place, dl.value, dl.precision) == (*expected, "DAY")
    assert text[dl.char_start:dl.char_start + len(dl.place)] == dl.place


NO_DATELINE = [
    "Roma, la capitale, ha ospitato il vertice il 10 luglio.",
    "Mosca, 9 novembre 2025 è una data importante per il Cremlino.",
    "Il ministro ha parlato a Roma, 10 luglio – e poi a Milano.",
    "Nessuna data qui.",
    "Roma, 10 luglio. e poi a Milano.",
    "Il ministro arriverà a Roma 10 luglio – poi a Milano.",
    "",
    "Uno\nDue\nTre\nQuattro\nCinque\nSei\nRoma, 10 luglio 2020 – troppo in basso.",
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_no_dateline(text):
    assert find_dateline(text) is None


REFERENCES = [
    # (published, text, value, precision, source)
    ("2025-11-09", "Testo.", "2025-11-09", "DAY", "PUBLICATION"),
    ("2025-07", "Testo.", "2025-07", "MONTH", "PUBLICATION"),
    ("2025", "Testo.", "2025", "YEAR", "PUBLICATION"),
    ("2025-11-09T14:30:00Z", "Testo.", "2025-11-09", "DAY", "PUBLICATION"),
    ("2025-11-09T14:30:00+01:00", "Testo.", "2025-11-09", "DAY", "PUBLICATION"),
    ("2025-11-09 08:00", "Testo.", "2025-11-09", "DAY", "PUBLICATION"),
    (None, "Mosca, 9 novembre 2025 – Il ministro.", "2025-11-09", "DAY", "PUBLICATION"),
    ("2017", "Roma, 16 mar. (askanews) – Il ministro.", "2017-03-16", "DAY", "PUBLICATION"),
    ("2017-03", "Roma, 16 mar. (askanews) – Il ministro.", "2017-03-16", "DAY", "PUBLICATION"),
    ("2018-01", "Roma, 30 dic. (askanews) – Il ministro.", "2017-12-30", "DAY", "PUBLICATION"),
    (None, "Il vertice. — MFA (@mfa) July 10, 2025", "2025-07-10", "DAY", "TEXT"),
    (None, "Il ministro ha detto che il 3 marzo 2016 firmerà.", "2016-03-03", "DAY", "TEXT"),
    (None, "Nessuna data: solo ieri e oggi.", None, "UNKNOWN", "NONE"),
    (None, "Roma, 16 mar. (askanews) – nessun anno.", None, "UNKNOWN", "NONE"),
    ("", "Testo.", None, "UNKNOWN", "NONE"),
    ("2019-05", "Mosca, 9 novembre 2025 – dateline incoerente.", "2019-05", "MONTH", "PUBLICATION"),
    # no header, no dateline: today counted from the first full date ('a quattro giorni dall'annuncio')
    (None, "Titolo\n\nVenerdì 30 settembre 2011 il governo ha sospeso i lavori. Oggi, a quattro giorni "
           "dall’annuncio, tutto tace.", "2011-10-04", "DAY", "PUBLICATION"),
    (None, "Titolo\n\nIl 4 novembre 2009 è stato nominato. Oggi, otto giorni dopo la nomina, parla.",
     "2009-11-12", "DAY", "PUBLICATION"),
    ("2011-10", "Titolo\n\nIl 30 settembre 2011 ha sospeso. A quattro giorni dal sequestro nessuno parla.",
     "2011-10-04", "DAY", "PUBLICATION"),
    # (inside a sentence the count may run to a day ahead: no publication day from it)
    (None, "Titolo\n\nIl 30 settembre 2011 ha sospeso i lavori, a quattro giorni dal vertice.", "2011-09-30", "DAY",
     "TEXT"),
]


@pytest.mark.parametrize("published,text,value,precision,source", REFERENCES)
def test_reference_for(published, text, value, precision, source):
    ref = reference_for(published, text)
    assert (ref.value, ref.precision, ref.source) == (value, precision, source)
    if value is None:
        assert ref.start is None and ref.end is None
    else:
        assert ref.start is not None and ref.start <= ref.end


def test_reference_month_range():
    ref = reference_for("2024-02", "x")
    assert (ref.start, ref.end) == (date(2024, 2, 1), date(2024, 2, 29))


@pytest.mark.parametrize("bad", ["ieri", "2025-13-01", "2025-02-30", "09/11/2025", "20251109x"])
def test_reference_for_rejects_bad_published(bad):
    with pytest.raises(ValueError, match=repr(bad).strip("'")):
        reference_for(bad, "testo")


def test_tag_is_sorted_non_overlapping_and_spans_match():
    text = ("Roma, 21 ottobre 2015 – Il 10 luglio Rubio ha incontrato Lavrov; il giorno dopo, "
            "per quaranta minuti, ha visto Wang. Ieri sera e questa settimana nuovi colloqui, "
            "entro febbraio 2016 un vertice, ogni anno una riunione.")
    out = tag(text, reference_for(None, text))
    assert len(out) >= 8
    for a, b in zip(out, out[1:]):
        assert a.char_end <= b.char_start
    for t in out:
        assert text[t.char_start:t.char_end] == t.text


def test_tag_rejects_bad_arguments():
    with pytest.raises(TypeError, match="Reference"):
        tag("oggi", "2025-01-01")
    with pytest.raises(TypeError, match="str"):
        tag(None, Reference.of("2025-01-01"))


LEXICON_ERRORS = [
    ("months: 3\n", "months"),
    ("- a\n- b\n", "mapping"),
    ("months: {", "YAML"),
]


@pytest.mark.parametrize("content,expected", LEXICON_ERRORS)
def test_lexicon_errors_name_file_and_key(tmp_path, content, expected):
    f = tmp_path / "bad.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon(f)
    assert str(f) in str(exc.value)
    assert expected in str(exc.value)


def test_lexicon_bad_value_names_key(tmp_path):
    from transforms.timex.lexicon import DATA_PATH

    good = DATA_PATH.read_text(encoding="utf-8")
    bad = good.replace("    luglio: 7\n", "    luglio: 13\n", 1)
    f = tmp_path / "timex_it.yaml"
    f.write_text(bad, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"months\.full_it.*luglio.*1\.\.12"):
        load_lexicon(f)


def test_lexicon_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(tmp_path / "missing.yaml")


def test_lexicon_has_provenance_header():
    from transforms.timex.lexicon import DATA_PATH

    head = DATA_PATH.read_text(encoding="utf-8").splitlines()[:10]
    assert all(line.startswith("#") for line in head[:3])
    assert any("CLDR" in line for line in head) and any("hand-compiled" in line for line in head)
