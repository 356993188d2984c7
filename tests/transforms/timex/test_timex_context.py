"""Table-driven tests of the context rules of transforms.timex: wire datelines with a clock
time, the dateline day as the reference, tense-driven year inference, anaphora chains with
background (pluperfect) days, quoted 'oggi', parts of the day, clock times written in words,
compound durations, vague offsets, rates and SET adjectives, and robustness (no input
raises). All sentences are invented."""
import random
from datetime import date

import pytest

from transforms.timex import Reference, find_dateline, reference_for, tag

from .helpers import check, find
from transforms.timex.lexicon import default_lexicon




# ------------------------------------------------------------------ datelines

WIRE_DATELINES = [
    # (text, published header, dateline value, reference value)
    ("MILANO, 5 OTT - Il ministro ha parlato oggi.", "2016-10", "--10-05", "2016-10-05"),
    ("Beirut, 3 feb 09:15 - (Agenzia Nova) - Il ministro è arrivato oggi.", "2016-02", "--02-03", "2016-02-03"),
    ("Il Cairo, 21 set 18.05 - (Agenzia Nova) - Colloquio al Cairo.", "2020-09", "--09-21", "2020-09-21"),
    ("Berlino, 8 nov. (askanews) – Il cancelliere ha detto oggi.", "2013-11", "--11-08", "2013-11-08"),
    ("LONDRA, 30 DIC - Nuove sanzioni.", "2021-01", "--12-30", "2020-12-30"),
]


@pytest.mark.parametrize("text,published,dl_value,ref_value", WIRE_DATELINES)
def test_wire_dateline_day_becomes_the_reference(text, published, dl_value, ref_value):
    dl = find_dateline(text)
    assert dl is not None and dl.value == dl_value
    ref = reference_for(published, text)
    assert (ref.value, ref.precision, ref.source) == (ref_value, "DAY", "PUBLICATION")


SAID_TODAY = [
    # (published, text, reference value): the day the text calls today is the article's day
    (None, "Domenica 5 agosto 2018 Riad ha espulso l'ambasciatore. Ieri sera i ministri si sono sentiti. "
           "Oggi, mercoledì 8 agosto, il premier ha parlato.", "2018-08-08"),
    ("2018-08", "Ieri il ministro ha parlato. Oggi (8 agosto) la crisi continua.", "2018-08-08"),
    # not a today-word: the first full date stays the reference
    (None, "Domenica 5 agosto 2018 Riad ha espulso l'ambasciatore. Poggi, mercoledì 8 agosto, ha parlato.",
     "2018-08-05"),
    # a day outside the published month is not the article's day
    ("2018-09", "Oggi, mercoledì 8 agosto, il premier ha parlato.", "2018-09"),
    # a day the text calls yesterday (evening) or tomorrow: the article's day is one after or before it
    (None, "Ieri sera, martedì 24 agosto 2021, il ministro ha annunciato la rottura.", "2021-08-25"),
    (None, "Ieri, lunedì 3 maggio 2021, il ministro ha parlato.", "2021-05-04"),
    (None, "Domani, giovedì 6 maggio 2021, il ministro partirà.", "2021-05-05"),
    (None, "Stamattina, martedì 24 agosto 2021, il ministro ha parlato.", "2021-08-24"),
    # 'questa mattina' and a day with no month, in the month of the header
    ("2019-10", "Questa mattina, martedì 22, il vertice si è aperto. Ieri il ministro ha parlato.", "2019-10-22"),
    # not a relative day before the date: the first full date
    (None, "Il ministro, martedì 24 agosto 2021, ha annunciato la rottura.", "2021-08-24"),
]


@pytest.mark.parametrize("published,text,ref_value", SAID_TODAY)
def test_the_day_the_text_calls_today_is_the_reference(published, text, ref_value):
    assert reference_for(published, text).value == ref_value


def test_dateline_abbreviation_and_clock_time_are_tagged():
    text = "Beirut, 3 feb 09:15 - (Agenzia Nova) - Il ministro è arrivato oggi e nel pomeriggio è ripartito."
    ref = reference_for("2016-02", text)
    check(find(text, ref, "3 feb"), {"value": "2016-02-03", "type": "DATE"})
    check(find(text, ref, "09:15"), {"value": "2016-02-03", "clock": "09:15", "type": "DATE"})
    check(find(text, ref, "oggi"), {"value": "2016-02-03"})
    check(find(text, ref, "pomeriggio"), {"value": "2016-02-03", "part_of_day": "AF"})


@pytest.mark.parametrize("text", [
    "Roma, 3 set - senza altre prove non è una data.",  # lower-case abbreviation, no dot, nothing else
    "Il ministro ha parlato a Roma, 3 dic 10:30 - e poi a Milano.",  # not at the start of a line
])
def test_weak_datelines_are_not_taken(text):
    assert find_dateline(text) is None


# ------------------------------------------------------------------ tense and year inference

TENSE = [
    ("Il governo intende convocare la conferenza a febbraio.", "2016-11", "febbraio", "2017-02"),
    ("Il premier vuole chiudere l'accordo a gennaio.", "2012-12-03", "gennaio", "2013-01"),
    ("Il presidente è atteso a Parigi in autunno.", "2012-04-02", "autunno", "2012-FA"),
    ("Il vertice è previsto in primavera.", "2015-10-10", "primavera", "2016-SP"),
    ("I Paesi chiedono già un accordo da firmare in autunno.", "2018-05-05", "autunno", "2018-FA"),
    ("In autunno il governo è caduto.", "2019-01-10", "autunno", "2018-FA"),
    # a season a plan was floated for lies ahead, whatever the tense of the sentence
    ("Un incontro tra i due presidenti, ipotizzato per l'estate, è stato escluso.", "2025-04-10", "estate", "2025-SU"),
    # the verb of the weekday's own clause, not the reporting verb before 'che'
    ("Il portavoce ha confermato che venerdì il presidente sarà ricevuto a Berlino.", "2021-05-25", "venerdì",
     "2021-05-28"),
    ("Il portavoce ha confermato venerdì la visita.", "2021-05-25", "venerdì", "2021-05-21"),
    # a weekday opening a coordinated clause ('..., e lunedì'): that clause's verb, not the participle before
    ("La riunione è stata rinviata, e lunedì il governo ha annullato la visita.", "2023-09-13", "lunedì",
     "2023-09-11"),
    ("La riunione è stata rinviata a lunedì.", "2023-09-13", "lunedì", "2023-09-18"),
    # a weekday before an act of putting off, with its active auxiliary: the day of the act
    ("Venerdì il segretario di Stato americano ha rinviato il viaggio a Pechino.", "2023-02-05", "Venerdì",
     "2023-02-03"),
    ("Lunedì il governo ha fissato il vertice.", "2023-09-13", "Lunedì", "2023-09-11"),
    ("Il governo ha rinviato a lunedì il vertice.", "2023-09-13", "lunedì", "2023-09-18"),
    # a gathering that opens or is held on a weekday, in the present: the coming one
    ("Il vertice del G20 si apre venerdì in Argentina.", "2021-05-25", "venerdì", "2021-05-28"),
    # a bare weekday told in the past that names the reference day's weekday: that day would be 'oggi', so it is
    # the one a week before; not a day described with an indefinite article
    ("Giovedì la Thailandia ha richiamato il suo ambasciatore.", "2009-11-12", "Giovedì", "2009-11-05"),
    ("È una domenica di tensione quella che si è aperta all'alba.", "2017-03-12", "domenica", "2017-03-12"),
    # the eve of an event of the period just named, not of the day in focus
    ("Mercoledì il presidente è sbarcato sull'isola. La disputa risale al novembre 1971, alla vigilia della nascita "
     "della federazione.", "2012-04-13", "vigilia", "1971-11"),
]


@pytest.mark.parametrize("text,needle,value,kind", [
    # 'Due giorni dopo il premier X aveva detto': the premier is the subject, not an event to count from
    ("Lunedì 11 marzo il governo ha parlato. Due giorni dopo il primo ministro Rossi ha risposto.",
     "Due giorni dopo", "2024-03-13", "DATE"),
    ("Lunedì 11 marzo il governo ha parlato. Due giorni dopo il vertice nulla era cambiato.",
     "Due giorni dopo", "P2D", "DURATION"),
    # 'il giorno prima degli scontri': the day of the sentence that last named the clashes
    ("Gli scontri erano iniziati giovedì 7 marzo. Lunedì 11 marzo il governo ha parlato. Il giorno prima degli "
     "scontri la Thailandia aveva espulso l'ambasciatore.", "giorno prima", "2024-03-06", "DATE"),
    # hours elapsed since a named event: a duration too (it was lost with the whole phrase)
    ("Lunedì 11 marzo il governo ha parlato. Ventiquattro ore dopo la rottura nulla era cambiato.",
     "Ventiquattro ore dopo", "PT24H", "DURATION"),
])
def test_later_counts_from_the_last_day_unless_an_event_is_named(text, needle, value, kind):
    check(find(text, "2024-03-20", needle), {"value": value, "type": kind})


@pytest.mark.parametrize("text,ref,needle,value", TENSE)
def test_tense_picks_the_year(text, ref, needle, value):
    check(find(text, ref, needle), {"value": value})


# ------------------------------------------------------------------ anaphora chains

CHAIN = ("Giovedì 4 aprile i ministri hanno firmato l'intesa a Vienna. Il negoziato era entrato nella fase "
         "finale il 28 marzo. Due giorni prima della firma il ministro aveva incontrato il suo omologo. "
         "L'indomani l'opposizione ha protestato in piazza. Il giorno dopo il governo ha risposto.")

ANAPHORA = [
    # the week, month or year before the day last mentioned
    ("Il 5 marzo il papa è arrivato a Baghdad. La settimana prima il ministro aveva visitato Najaf.", "2021-03-08",
     "settimana prima", {"value": "2021-W08"}),
    ("Il 5 marzo il papa è arrivato a Baghdad. Il mese prima il premier aveva parlato.", "2021-03-08",
     "mese prima", {"value": "2021-02"}),
    # 'Nelle stesse ore' after a background (pluperfect) day of the sentence before: the day in focus
    ("Ieri sera il presidente ha telefonato al premier. Il presidente era volato nella capitale il 20 agosto 2009. "
     "Nelle stesse ore il ministro ha telefonato al collega.", "2010-02-16", "stesse ore", {"value": "2010-02-15"}),
    # 'il giorno dopo l'attacco di Balyun': the day after the day of the sentence that named the place of that event
    ("Il 27 febbraio un raid aereo ha ucciso 34 soldati nei pressi di Balyun. Domenica il governo ha convocato "
     "l'ambasciatore. Il giorno dopo l'attacco di Balyun, Erdogan aveva sentito al telefono Putin.", "2020-03-05",
     "giorno dopo", {"value": "2020-02-28"}),
    # an event noun of the data list names the event ('la sentenza'); the time since it ('a dieci giorni
    # dall'arresto') is not its day; an event told with no day of its own is on the day of the sentence before
    ("La misura arriva a una settimana dalla sentenza del 4 settembre. Il ministro ha parlato oggi.\nIl giorno dopo "
     "la sentenza, il governo aveva protestato.", "2023-09-13", "giorno dopo", {"value": "2023-09-05"}),
    ("Domenica 10 luglio 2022 un aereo è atterrato a Bamako. Appena scesi a terra, i soldati sono stati arrestati. "
     "Oggi, a dieci giorni dall'arresto, i militari restano detenuti. Il giorno dopo l'arresto il Consiglio aveva "
     "chiesto il rilascio.", "2022-07-20", "giorno dopo", {"value": "2022-07-11"}),
    # a bare weekday in the sentence of a past day named is the next such day after it; the days of a span ('da
    # mercoledì a venerdì') are not the day a later anaphor counts from
    ("La crisi è cominciata martedì 3 settembre, quando il vicepresidente ha disertato il Forum, in programma da "
     "mercoledì a venerdì. Il giorno dopo il Sudafrica ha chiuso l'ambasciata.", "2019-09-12", "venerdì",
     {"value": "2019-09-06"}),
    ("La crisi è cominciata martedì 3 settembre, quando il vicepresidente ha disertato il Forum, in programma da "
     "mercoledì a venerdì. Il giorno dopo il Sudafrica ha chiuso l'ambasciata.", "2019-09-12", "giorno dopo",
     {"value": "2019-09-04"}),
    # a day counted from another, apposed to the day it names, is that day (not one counted from the last day named)
    ("Lunedì 18 maggio il governo ha annunciato dazi, in vigore da martedì 19 maggio. Sei giorni prima, martedì 12 "
     "maggio, le dogane avevano sospeso le importazioni.", "2020-05", "Sei giorni prima", {"value": "2020-05-12"}),
    # a past clock time close after a past day named last is that day's; a clock time with no past day near is the
    # reference day's
    ("I due ministri hanno firmato ieri sera i protocolli. La cerimonia, fissata per le 17, è cominciata soltanto "
     "alle 20.20.", "2009-10-11", "20.20", {"value": "2009-10-10", "clock": "20:20", "anchor": "PREVIOUS"}),
    ("Il ministro parlerà alle 18.", "2009-10-11", "18", {"value": "2009-10-11", "clock": "18:00"}),
    # 'poche ore dopo' (a vague count of hours after the day in focus) is that day; 'poche ore prima dell'attacco'
    # stays the vague span
    ("Giovedì mattina aveva scritto che sarebbe meglio annullare. Poche ore dopo il presidente lo ha preso in "
     "parola.", "2017-01-28", "Poche ore dopo", {"value": "2017-01-26", "anchor": "PREVIOUS"}),
    ("Poche ore prima dell'attacco il premier aveva incontrato il ministro.", "2024-01-22", "Poche ore",
     {"value": "PTXH", "type": "DURATION"}),
    # postponed to a month: that month ahead (a December article's 'gennaio' is next January)
    ("I ministri degli Esteri hanno rinviato a gennaio la decisione su un possibile embargo.", "2011-12-01", "gennaio",
     {"value": "2012-01"}),
    # 'due giorni dopo' before a plural subject with a possessive ('i suoi miliziani') counts from the day in focus;
    # before an event it is the time since that event
    ("Lunedì 3 febbraio l'M23 ha annunciato una tregua, ma due giorni dopo i suoi miliziani hanno conquistato la "
     "cittadina.", "2025-02-08", "due giorni dopo", {"value": "2025-02-05"}),
    ("Lunedì 3 febbraio l'M23 ha annunciato una tregua, e due giorni dopo i colloqui sono ripresi.", "2025-02-08",
     "due giorni", {"value": "P2D", "type": "DURATION"}),
    # a past participle right before the month is its tense, before the sentence's other verbs ('previste' comes first)
    ("Le forniture, previste da un accordo firmato ad aprile, sono sospese.", "2016-10-13", "aprile",
     {"value": "2016-04"}),
    # an infinitive there tells nothing ('potrebbero incontrarsi ad aprile' in December: next April)
    ("I due leader potrebbero incontrarsi ad aprile in Thailandia.", "2024-12-10", "aprile", {"value": "2025-04"}),
    # a visit 'ipotizzata per la primavera' in December is next spring's
    ("In forse la visita del premier, ipotizzata per la primavera.", "2015-12-30", "primavera", {"value": "2016-SP"}),
    # 'attesi' (plural of 'atteso') makes a weekday future: the coming Sunday
    ("Il Giappone ha annunciato l'invio di due aerei con acqua, attesi entro domenica.", "2022-01-21", "domenica",
     {"value": "2022-01-23"}),
    # 'lo stesso giorno' is the day just told, even a background one, unless it names its event ('della visita')
    ("Venerdì 14 dicembre l'ambasciatore lo ha incontrato. Kovrig era stato arrestato lunedì 10 dicembre. Lo stesso "
     "giorno, a Dandong, la polizia ha fermato Michael Spavor.", "2018-12-14", "stesso giorno",
     {"value": "2018-12-10", "anchor": "PREVIOUS"}),
    # a deadline ('entro sessanta giorni dalla firma') is no day the story is at
    ("Ieri i due leader si sono stretti la mano. L'accordo dovrà essere firmato entro il 23 marzo 2016, e la "
     "guerriglia dovrà deporre le armi entro sessanta giorni dalla firma. In serata il segretario di Stato ha "
     "telefonato.", "2015-09-24", "serata", {"value": "2015-09-23", "anchor": "PREVIOUS"}),
    # a pluperfect with a participle in '-sto' ('aveva imposto') steps back with the background day before it
    ("Venerdì sera i due leader hanno firmato. Martedì il segretario dell'Onu era volato a Juba, dove aveva "
     "incontrato Kiir. Lo stesso giorno il Tesoro americano aveva imposto sanzioni.", "2014-05-10",
     "stesso giorno", {"value": "2014-05-06", "anchor": "PREVIOUS"}),
    # a bare day number after a day of the same sentence is a day of that month
    ("Il 4 febbraio la Farnesina convocò l'ambasciatore, e il 6 il premier chiamò al-Sisi.", "2016-04",
     "6", {"value": "2016-02-06", "anchor": "PREVIOUS"}),
    # a background (pluperfect) day does not anchor the next sentence; 'prima della firma' counts
    # from the day in focus
    (CHAIN, "2019-04", "Due giorni prima", {"value": "2019-04-02", "anchor": "PREVIOUS"}),
    (CHAIN, "2019-04", "indomani", {"value": "2019-04-05"}),
    (CHAIN, "2019-04", "giorno dopo", {"value": "2019-04-06"}),
    # in its own sentence a background day anchors
    ("Sabato 6 aprile il premier aveva parlato con il cancelliere e la sera successiva i due erano a cena.",
     "2019-04", "sera successiva", {"value": "2019-04-07", "part_of_day": "EV", "anchor": "PREVIOUS"}),
    ("Il ministro aveva visto martedì il collega, dopo un incontro la mattina precedente.",
     "2016-03-11", "mattina precedente", {"value": "2016-03-07", "part_of_day": "MO"}),
    # and in a following background clause too
    ("Il 12 maggio la Camera ha votato. Il giorno dopo i leader avevano trovato l'intesa.",
     "2021-05-20", "giorno dopo", {"value": "2021-05-13"}),
    # a paragraph that opens on an earlier day tells those days in order: its anaphors count from them
    ("Il 22 gennaio le parti hanno firmato l'intesa.\nLa crisi era esplosa martedì 16 gennaio, quando i missili hanno "
     "colpito due basi. Nell'attacco sono morti due bambini; il giorno dopo il portavoce ha negato.",
     "2024-01-22", "giorno dopo", {"value": "2024-01-17", "anchor": "PREVIOUS"}),
    # 'in giornata' after a day named in its sentence is that day (a day trip); alone it is the reference day
    ("Martedì il ministro è volato in giornata prima ad Atene e poi ad Ankara.",
     "2020-08-28", "in giornata", {"value": "2020-08-25", "anchor": "PREVIOUS"}),
    ("Martedì il ministro ha parlato. Il premier sentirà in giornata il collega.",
     "2020-08-28", "in giornata", {"value": "2020-08-28"}),
    # 'la sera stessa dell'annuncio': the same day, even with the event named after it
    ("Mercoledì 14 marzo il governo ha annunciato il ritiro. La sera stessa dell'annuncio il ministro ha telefonato.",
     "2018-03-20", "sera stessa", {"value": "2018-03-14"}),
    # 'lo stesso mese', 'lo stesso venerdì' (the Friday already named, not the one of the week in focus)
    ("Il 3 maggio i ministri si sono visti a Oslo. Lo stesso mese il premier è volato a Riga.",
     "2017-06-10", "stesso mese", {"value": "2017-05"}),
    ("Venerdì 9 giugno il ministro ha annullato il viaggio previsto per lunedì 12 giugno. Lo stesso venerdì "
     "sera aveva convocato l'ambasciatore.", "2017-06-10", "stesso venerdì", {"value": "2017-06-09"}),
]


WIRE_ACCENTS = [
    # wire copy writes the accent as an apostrophe: the weekday still goes with its date
    ("Il ministro sara' a Islamabad lunedi' 29 gennaio.", "2024-01-22", "lunedi' 29 gennaio", {"value": "2024-01-29"}),
    ("I diplomatici rientreranno entro venerdi’ 26 gennaio.", "2024-01-22", "venerdi’ 26 gennaio",
     {"value": "2024-01-26"}),
    # a wire future ('entrera'') points a bare weekday forward
    ("Il cessate il fuoco entrera' in vigore lunedi' alle 21:45.", "2023-05-21", "lunedi'", {"value": "2023-05-22"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", WIRE_ACCENTS)
def test_weekday_with_apostrophe_accent_takes_its_date(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


@pytest.mark.parametrize("text,ref,needle,expected", ANAPHORA)
def test_anaphora_chain(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


def test_no_pod_anaphor_before_a_named_event():
    # 'la sera prima del voto': the anchor is the vote, not the last day; not an anaphor
    out = tag("Il 3 maggio il vertice. La sera prima del voto il leader ha parlato.", Reference.of("2021-05-20"))
    assert not any(t.text.startswith("sera prima") for t in out)


QUOTES = [
    # only the month is published: a quoted 'oggi' is the day in focus
    ("Martedì 9 aprile i leader hanno firmato. “Oggi è un giorno storico”, ha detto il presidente.",
     "2019-04", "Oggi", {"value": "2019-04-09", "anchor": "PREVIOUS"}),
    ("Martedì 9 aprile i leader hanno firmato. «Oggi è un giorno storico», ha detto il presidente.",
     "2019-04", "Oggi", {"value": "2019-04-09"}),
    # not quoted: no day is invented
    ("Martedì 9 aprile i leader hanno firmato. Oggi il presidente parla.", "2019-04", "Oggi",
     {"value": "2019-04", "resolved": False}),
    # the publication day is known: it wins
    ("Martedì i leader hanno firmato. “Oggi è un giorno storico”, ha detto.", "2019-04-12", "Oggi",
     {"value": "2019-04-12"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", QUOTES)
def test_quoted_today(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


# ------------------------------------------------------------------ parts of the day and clock times

PARTS_OF_DAY = [
    ("Durante la mattinata le sirene hanno suonato.", "2017-02-14", "mattinata", {"value": "2017-02-14", "part_of_day": "MO"}),
    ("Durante la mattinata le sirene hanno suonato.", "2017-02", "mattinata", {"value": "2017-02", "resolved": False}),
    ("Le truppe erano arrivate all'alba.", "2017-02-14", "alba", {"value": "2017-02-14", "part_of_day": "MO"}),
    # a bare part of the day in a pluperfect clause: earlier on the day last mentioned
    ("Ieri il ministro ha incontrato il collega. Nella mattinata era stato al Senato.", "2021-05-12",
     "mattinata", {"value": "2021-05-11", "anchor": "PREVIOUS"}),
    # in the paragraph of a named day, the part of that day
    ("Il premier era atterrato ieri mattina. I due leader hanno avuto un colloquio nel pomeriggio.", "2021-05-12",
     "pomeriggio", {"value": "2021-05-11", "anchor": "PREVIOUS"}),
    ("Domani incontrerà gli studenti, prima di rientrare a Seul in serata.", "2021-05-12",
     "serata", {"value": "2021-05-13"}),
    ("Ieri, nella prima giornata, i leader avevano approvato una dichiarazione. In serata il presidente ha parlato.",
     "2021-05-12", "serata", {"value": "2021-05-11"}),
    # a night, then the dawn: the next morning
    ("Si erano seduti al tavolo ieri sera e non si sono alzati fino all'alba.", "2021-05-12",
     "alba", {"value": "2021-05-12"}),
    # a day of a reduced clause (participle or infinitive without auxiliary) is not the day in focus
    ("Il governo ha negato di aver violato il cessate il fuoco proclamato ieri. In serata le navi hanno lanciato "
     "missili.", "2021-05-12", "serata", {"value": "2021-05-12"}),
    ("Il presidente, arrivato ieri sera a Roma, ha visitato in serata il Colosseo.", "2021-05-12",
     "serata", {"value": "2021-05-12"}),
    # another paragraph: the reference day
    ("Ieri il ministro ha parlato.\nIn serata le navi hanno lanciato missili.", "2021-05-12",
     "serata", {"value": "2021-05-12"}),
    # a report's denial in the morning is the reference day's news; in the evening, the report's own day
    ("Sabato le guardie avrebbero usato un laser contro una pattuglia. Il Comitato di frontiera ha smentito in "
     "mattinata.", "2021-11-16", "mattinata", {"value": "2021-11-16"}),
    ("Mercoledì l'ambasciatore avrebbe lasciato il Paese; in serata l'ambasciata ha smentito.", "2016-10-13",
     "serata", {"value": "2016-10-12"}),
    # a past act is not on the day ahead last named, but on the latest day named that has come
    ("Ieri la Cina ha lanciato undici missili e le esercitazioni proseguiranno fino a domenica. Secondo Tokyo, cinque "
     "missili sono caduti nella sua zona, e in serata il Giappone ha presentato una protesta.", "2022-08-05",
     "serata", {"value": "2022-08-04"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", PARTS_OF_DAY)
def test_parts_of_day(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


def test_capitalised_town_is_not_a_part_of_the_day():
    assert tag("Il vertice di ieri ad Alba.", Reference.of("2017-02-14"))[-1].text == "ieri"


CLOCK = [
    ("Alle tre del mattino è arrivato l'accordo.", "tre del mattino", {"type": "DATE", "value": "2014-06-05", "clock": "03:00", "part_of_day": "MO"}),
    ("Il discorso è alle dieci di sera.", "dieci di sera", {"value": "2014-06-05", "clock": "22:00", "part_of_day": "EV"}),
    ("La riunione alle 4 del pomeriggio.", "4 del pomeriggio", {"value": "2014-06-05", "clock": "16:00"}),
    ("Poco prima delle 18 i caccia hanno colpito.", "18", {"type": "DATE", "value": "2014-06-05", "clock": "18:00", "modifier": "BEFORE"}),
    ("Dopo le 21.30 la seduta è ripresa.", "21.30", {"value": "2014-06-05", "clock": "21:30"}),
]


@pytest.mark.parametrize("text,needle,expected", CLOCK)
def test_clock_times(text, needle, expected):
    check(find(text, "2014-06-05", needle), expected)


@pytest.mark.parametrize("text", [
    "Il premier ha ricevuto alle tre delegazioni.",
    "Il bilancio delle 18 vittime.",
    "Si è parlato alle due di notte? No, alle due parti.",
])
def test_not_clock_times(text):
    times = [t for t in tag(text, Reference.of("2014-06-05")) if t.clock is not None]
    assert all(t.text != "tre" and t.text != "18" for t in times)
    if "due parti" in text:
        assert [t.text for t in times] == ["due di notte"]


# ------------------------------------------------------------------ durations, vague, sets

OTHER = [
    ("Un colloquio di un'ora e venti minuti.", "ora e venti", {"type": "DURATION", "value": "PT1H20M", "text": "un'ora e venti minuti"}),
    ("Una trattativa durata due anni e tre mesi.", "due anni", {"value": "P2Y3M"}),
    ("Una tregua di tre giorni e dodici ore.", "tre giorni", {"value": "P3DT12H"}),
    ("Fino a pochi mesi fa lo riceveva con tutti gli onori.", "pochi mesi fa", {"type": "DATE", "value": "PAST_REF"}),
    ("Alcuni anni fa il trattato.", "Alcuni anni fa", {"value": "PAST_REF"}),
    ("Tra qualche settimana il voto.", "qualche settimana", {"value": "FUTURE_REF", "text": "Tra qualche settimana"}),
    ("I due si sentiranno a breve.", "a breve", {"value": "FUTURE_REF"}),
    ("Il piano sarà presentato prossimamente.", "prossimamente", {"value": "FUTURE_REF"}),
    ("Sono previste ispezioni quotidiane degli impianti.", "quotidiane", {"type": "SET", "value": "P1D"}),
    ("Una verifica giornaliera dei flussi.", "giornaliera", {"type": "SET", "value": "P1D"}),
    ("Il gasdotto porterà 30 miliardi di metri cubi l'anno.", "l'anno", {"type": "SET", "value": "P1Y"}),
    ("Si riuniscono due volte al mese.", "al mese", {"type": "SET", "value": "P1M"}),
    ("Un milione di barili al giorno.", "al giorno", {"type": "SET", "value": "P1D"}),
    # approximate quantities take their round value
    ("Il colloquio è durato una quarantina di minuti.", "quarantina di minuti", {"type": "DURATION", "value": "PT40M"}),
    ("La telefonata è durata una ventina di minuti.", "ventina di minuti", {"type": "DURATION", "value": "PT20M"}),
]


@pytest.mark.parametrize("text,needle,expected", OTHER)
def test_durations_vague_and_sets(text, needle, expected):
    check(find(text, "2011-03-19", needle), expected)


@pytest.mark.parametrize("text", [
    "Il quotidiano di Roma ha pubblicato l'intervista.",
    "Nel 2015 sarà l'anno della svolta.",
    "Due ministri hanno visto l'anno scorso il progetto.",
])
def test_no_set(text):
    assert [t for t in tag(text, Reference.of("2016-05-05")) if t.type == "SET"] == []


# ------------------------------------------------------------------ robustness


@pytest.mark.parametrize("text,value", [("agoſto 2020", "2020-08"), ("il 3 ſettembre", "2020-09-03")])
def test_case_folding_characters_resolve(text, value):
    out = tag(text, Reference.of("2020-09-10"))
    assert [t.value for t in out] == [value]


def _vocabulary() -> list[str]:
    lex = default_lexicon()
    words: list[str] = []
    for name in ("weekdays", "numbers", "tens", "units", "seasons", "parts_of_day", "today_parts",
                 "relative_days", "shift_units", "anaphoric", "fixed_durations", "set_adverbs", "rate_words",
                 "clock_parts", "pod_anaphor_words"):
        words += list(getattr(lex, name))
    m = lex.months
    words += list(m.full_it) + list(m.abbr_it) + list(m.full_en) + list(m.abbr_en)
    words += lex.prepositions + lex.year_prepositions + lex.time_prepositions + lex.vague_quantifiers
    words += ["2025", "1999", "31", "0", "1°", "15.30", "16:40", "e", "-", "–", "(askanews)", "MAR", "ſ", "K", "İ", "ß"]
    return words


def test_random_vocabulary_mixes_never_raise():
    rng = random.Random(20250611)
    words = _vocabulary()
    refs = [Reference.of(None), Reference.of("2020"), Reference.of("2020-02"), Reference.of("2024-02-29")]
    for _ in range(400):
        text = rng.choice([" ", "", "\n", ", "]).join(rng.choice(words) for _ in range(rng.randint(1, 10)))
        if rng.random() < 0.3:
            text = text.upper()
        for ref in refs:
            for t in tag(text, ref):
                assert text[t.char_start:t.char_end] == t.text
                assert t.start is None or isinstance(t.start, date)
        reference_for(rng.choice([None, "2020-03", "2020"]), text)
        find_dateline(text)


DOTTED_I = [
    ("Tre SETTİMANE fa il vertice si è chiuso.", "2016-02-10"),
    ("La sera successİva il ministro è partito per Ankara.", "2016-02-10"),
    ("İERİ a İstanbul il colloquio.", "2016-02-10"),
]


@pytest.mark.parametrize("text, ref", DOTTED_I)
def test_turkish_dotted_capital_i_never_breaks_the_tagger(text, ref):
    """'İ' folds to 'i' plus a combining dot; the look-ups must still work (İstanbul, Erdoğan...)."""
    plain = text.replace("İ", "I")
    assert [(t.value, t.type) for t in tag(text, Reference.of(ref))] == \
        [(t.value, t.type) for t in tag(plain, Reference.of(ref))]


@pytest.mark.parametrize("text", [
    "Il 4 febbraio la Farnesina convocò l'ambasciatore. E il 6 il premier chiamò al-Sisi.",   # another sentence
    "Il 4 febbraio la Farnesina ha vinto 2 a 1, e il 6 per cento degli elettori ha votato.",  # no day
])
def test_no_bare_day_without_a_day_of_its_sentence(text):
    assert not [t for t in tag(text, Reference.of("2016-04-10")) if t.text == "6"]


def test_tagging_the_same_text_again_gives_the_same_timexes_in_a_list_of_its_own():
    text = "Ieri il ministro ha incontrato il collega. Oggi, mercoledì 8 agosto, ripartirà."
    ref = Reference.of("2018-08-08")
    first = tag(text, ref)
    first.clear()                 # (a caller's list: the remembered result is not touched)
    again = tag(text, ref)
    assert [t.value for t in again] == ["2018-08-07", "2018-08-08", "2018-08-08"]
    assert [t.value for t in tag(text, Reference.of("2018-08-09"))][0] == "2018-08-08"
