"""Table-driven tests of transforms.timex.tag: absolute, partial, relative dates."""
from datetime import date

import pytest

from transforms.timex import Reference, tag

from .helpers import check, find




ABSOLUTE = [
    # (text, reference, needle, expected)
    ("Il vertice si è tenuto il 10 luglio 2019 a Osaka.", "2019-07-12", "10 luglio 2019",
     {"value": "2019-07-10", "text": "10 luglio 2019", "precision": "DAY", "anchor": "ABSOLUTE", "start": date(2019, 7, 10)}),
    ("L'accordo è stato firmato il 3 marzo 2014.", "2014-03-05", "3 marzo", {"value": "2014-03-03", "text": "3 marzo 2014"}),
    ("L’11 settembre 2012 l'ambasciata fu attaccata.", "2012-09-20", "11 settembre", {"value": "2012-09-11", "text": "11 settembre 2012"}),
    ("L'11 luglio i due ministri si sono rivisti.", "2018-07", "11 luglio", {"value": "2018-07-11", "text": "11 luglio"}),
    ("Dal 1° gennaio 2021 entra in vigore la riforma.", "2020-12-28", "1° gennaio", {"value": "2021-01-01"}),
    ("Il primo maggio 2016 i sindacati sono scesi in piazza.", "2016-05-03", "primo maggio", {"value": "2016-05-01"}),
    ("La lettera è datata 10/07/2015.", "2015-07-20", "10/07/2015", {"value": "2015-07-10", "text": "10/07/2015"}),
    ("Il decreto del 05.03.2013 resta valido.", "2013-04-01", "05.03.2013", {"value": "2013-03-05"}),
    ("Scadenza: 31-12-22.", "2022-06-01", "31-12-22", {"value": "2022-12-31"}),
    ("Pubblicato il 2021-02-03 sul sito.", None, "2021-02-03", {"value": "2021-02-03", "anchor": "ABSOLUTE"}),
    ("Le elezioni si terranno nel 2024.", "2023-05-02", "2024", {"value": "2024", "precision": "YEAR", "text": "2024"}),
    ("L'invasione iniziata nel 2014 continua.", "2016-02-10", "2014", {"value": "2014", "start": date(2014, 1, 1), "end": date(2014, 12, 31)}),
    ("La crisi di luglio 2011 fu grave.", "2012-01-10", "luglio 2011", {"value": "2011-07", "precision": "MONTH", "end": date(2011, 7, 31)}),
    ("A febbraio 2020 il virus arrivò in Europa.", "2021-01-10", "febbraio 2020", {"value": "2020-02", "end": date(2020, 2, 29)}),
    ("Roma, 16 mar. (askanews) – Il ministro parte.", "2017", "16 mar.", {"value": "2017-03-16", "text": "16 mar."}),
    ("Il 16 MAR 2011 è una data storica.", None, "16 MAR 2011", {"value": "2011-03-16"}),
    ("Martedì 16 marzo 2010 il Consiglio ha votato.", "2010-03-20", "16 marzo", {"value": "2010-03-16", "text": "Martedì 16 marzo 2010"}),
    ("The statement of July 10, 2025 was published.", "2025-07-12", "July 10", {"value": "2025-07-10", "text": "July 10, 2025"}),
    ("Il post (@mfa) del 10 July 2018 è stato cancellato.", "2018-07-15", "10 July", {"value": "2018-07-10", "text": "10 July 2018"}),
    ("📍 Helsinki, July 16#Summit", "2018-07", "July 16", {"value": "2018-07-16", "text": "July 16"}),
    ("Il vertice di November 2019 a Londra.", "2019-12-05", "November 2019", {"value": "2019-11", "precision": "MONTH"}),
    ("Il vertice si è svolto dal 10 al 12 giugno 2013.", "2013-06-20", "12 giugno", {"value": "2013-06-12"}),
    ("Il vertice si è svolto dal 10 al 12 giugno 2013.", "2013-06-20", "10", {"value": "2013-06-10", "text": "10"}),
    ("Incontri il 4 e 5 aprile a Bruxelles.", "2019-04-01", "4 e", {"value": "2019-04-04"}),
    ("La sera del 9 novembre 1989 cadde il Muro.", "2019-11-09", "9 novembre", {"value": "1989-11-09", "part_of_day": "EV"}),
    ("Il 29 febbraio 2024 il Parlamento ha votato.", "2024-03-01", "29 febbraio", {"value": "2024-02-29"}),
    ("Il 3 luglio Putin ha telefonato a Trump.", "2019-07", "3 luglio", {"value": "2019-07-03", "resolved": True, "anchor": "PUBLICATION"}),
    ("Il 3 luglio Putin ha telefonato a Trump.", None, "3 luglio", {"value": "XXXX-07-03", "resolved": False, "start": None}),
    ("Nel 2009 Obama ha parlato al Cairo.", None, "2009", {"value": "2009", "resolved": True}),
    # a week of a month by its rank: the ISO week of the month's rank-th Thursday (the last: -1)
    ("La visita è prevista per la seconda settimana di gennaio.", "2011-12-20", "seconda settimana",
     {"value": "2012-W02", "precision": "WEEK", "text": "seconda settimana di gennaio", "start": date(2012, 1, 9),
      "end": date(2012, 1, 15)}),
    ("Nella prima settimana di marzo 2012 i ministri si sono visti.", "2012-04-02", "prima settimana",
     {"value": "2012-W09", "start": date(2012, 2, 27)}),
    ("Il vertice si terrà l'ultima settimana di luglio 2017.", "2017-05-02", "ultima settimana",
     {"value": "2017-W30", "start": date(2017, 7, 24), "end": date(2017, 7, 30)}),
    ("La terza settimana di maggio del 2015 è stata decisiva.", "2015-09-01", "terza settimana",
     {"value": "2015-W21", "text": "terza settimana di maggio del 2015"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", ABSOLUTE)
def test_absolute(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


YEAR_INFERENCE = [
    # day-month without year: reference year, tense and distance to the publication month
    ("A dicembre il ministro aveva incontrato Lavrov.", "2016-01-12", "dicembre", {"value": "2015-12"}),
    ("Il 20 dicembre il ministro ha incontrato Lavrov.", "2016-01-12", "20 dicembre", {"value": "2015-12-20"}),
    ("Il 20 dicembre è la data dell'incontro.", "2016-01-12", "20 dicembre", {"value": "2015-12-20"}),
    ("Il vertice, previsto per il 12 novembre a Ginevra, è in dubbio.", "2012-11-05", "12 novembre", {"value": "2012-11-12"}),
    ("Il 15 gennaio si voterà in Parlamento.", "2014-12-10", "15 gennaio", {"value": "2015-01-15"}),
    ("A gennaio si terrà il vertice.", "2014-11-20", "gennaio", {"value": "2015-01"}),
    ("Il 2 ottobre il premier ha firmato l'accordo.", "2021-03-10", "2 ottobre", {"value": "2020-10-02"}),
    ("Il 2 aprile il premier ha firmato l'accordo.", "2021-03-10", "2 aprile", {"value": "2021-04-02"}),
    ("Il 2 marzo il premier ha firmato l'accordo.", "2021-03-10", "2 marzo", {"value": "2021-03-02"}),
    ("Il 9 agosto il premier ha firmato l'accordo.", "2021-03", "9 agosto", {"value": "2020-08-09"}),
    ("A luglio il governo ha approvato il piano.", "2013-09-01", "luglio", {"value": "2013-07", "text": "luglio"}),
    ("Lo scorso luglio il governo ha approvato il piano.", "2013-07-20", "luglio", {"value": "2012-07"}),
    ("Il prossimo marzo si vota.", "2013-07-20", "marzo", {"value": "2014-03"}),
    ("Il 12 novembre", "2012", "12 novembre", {"value": "2012-11-12"}),
    # an explicit weekday picks the year among the neighbours of the inferred one
    ("Biden è arrivato a Kiev lunedì 20 febbraio.", "2022-02-24", "20 febbraio", {"value": "2023-02-20"}),
    ("Biden è arrivato a Kiev lunedì 20 febbraio.", "2023-03-01", "20 febbraio", {"value": "2023-02-20"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", YEAR_INFERENCE)
def test_year_inference(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


RELATIVE = [
    ("Il ministro ha parlato oggi con Erdogan.", "2019-03-14", "oggi", {"value": "2019-03-14", "anchor": "PUBLICATION"}),
    ("Ieri il premier ha incontrato Macron.", "2019-03-14", "Ieri", {"value": "2019-03-13", "text": "Ieri"}),
    ("L'altro ieri a Bruxelles è stato firmato il patto.", "2019-03-14", "altro ieri", {"value": "2019-03-12", "text": "L'altro ieri"}),
    ("L’altro ieri il Consiglio ha votato.", "2019-03-01", "altro ieri", {"value": "2019-02-27"}),
    ("Domani il vertice a Berlino.", "2019-03-14", "Domani", {"value": "2019-03-15"}),
    ("Dopodomani il ministro volerà a Pechino.", "2012-11-30", "Dopodomani", {"value": "2012-12-02"}),
    ("Ieri sera il presidente ha parlato alla nazione.", "2014-09-20", "Ieri sera", {"value": "2014-09-19", "part_of_day": "EV"}),
    ("Domani mattina il voto.", "2014-09-20", "Domani mattina", {"value": "2014-09-21", "part_of_day": "MO"}),
    ("Stamattina il premier è arrivato a Kiev.", "2023-06-05", "Stamattina", {"value": "2023-06-05", "part_of_day": "MO"}),
    ("Stasera il discorso alla nazione.", "2023-06-05", "Stasera", {"value": "2023-06-05", "part_of_day": "EV"}),
    ("Questa mattina il Consiglio si è riunito.", "2023-06-05", "Questa mattina", {"value": "2023-06-05", "part_of_day": "MO"}),
    ("La delegazione è arrivata nel pomeriggio.", "2023-06-05", "pomeriggio", {"value": "2023-06-05", "part_of_day": "AF", "text": "pomeriggio"}),
    ("Il portavoce ha parlato in serata.", "2021-02-03", "serata", {"value": "2021-02-03", "part_of_day": "EV"}),
    ("Tre giorni fa il ministro ha visitato Kiev.", "2019-03-14", "Tre giorni fa", {"value": "2019-03-11"}),
    ("Due settimane fa la visita.", "2019-03-14", "Due settimane fa", {"value": "2019-W09", "precision": "WEEK"}),
    ("Cinque anni fa la firma dell'accordo.", "2019-03-14", "Cinque anni fa", {"value": "2014", "precision": "YEAR"}),
    ("Tra due settimane il vertice Nato.", "2019-03-14", "due settimane", {"value": "2019-W13"}),
    ("Fra tre giorni il voto.", "2019-03-14", "tre giorni", {"value": "2019-03-17"}),
    ("Fra 10 giorni il voto.", "2019-03-14", "10 giorni", {"value": "2019-03-24"}),
    ("La settimana scorsa Lavrov era a Teheran.", "2019-03-14", "settimana scorsa", {"value": "2019-W10", "start": date(2019, 3, 4), "end": date(2019, 3, 10)}),
    ("La prossima settimana il ministro sarà a Tokyo.", "2019-03-14", "prossima settimana", {"value": "2019-W12"}),
    ("L'incontro, previsto per questa settimana, è saltato.", "2025-10-21", "questa settimana", {"value": "2025-W43", "precision": "WEEK"}),
    ("Il mese scorso il governo è caduto.", "2016-01-12", "mese scorso", {"value": "2015-12", "precision": "MONTH"}),
    ("Il mese prossimo la visita.", "2016-12-12", "mese prossimo", {"value": "2017-01"}),
    ("L'anno prossimo le elezioni.", "2016-01-12", "anno prossimo", {"value": "2017", "precision": "YEAR"}),
    ("L'anno scorso il PIL è cresciuto.", "2016-01-12", "anno scorso", {"value": "2015"}),
    ("Quest'anno il vertice si tiene a Roma.", "2016-01-12", "Quest'anno", {"value": "2016"}),
    ("Quest’anno il vertice si tiene a Roma.", "2016-07", "Quest’anno", {"value": "2016", "resolved": True}),
    ("Questo mese la Nato si riunisce.", "2010-05-07", "Questo mese", {"value": "2010-05"}),
    ("Il mese scorso il governo è caduto.", "2016-01", "mese scorso", {"value": "2015-12", "resolved": True}),
    ("Lo scorso anno il PIL è cresciuto.", "2016", "scorso anno", {"value": "2015"}),
    ("Entro due settimane la risposta.", "2019-03-14", "due settimane", {"value": "2019-W13", "modifier": "BY"}),
    ("Fino a ieri non c'era alcun accordo.", "2025-10-21", "ieri", {"value": "2025-10-20", "modifier": None, "text": "ieri"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", RELATIVE)
def test_relative(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


COARSE_REFERENCE = [
    # month-only or unknown reference: honest coarser values, never a fabricated day
    ("Ieri il ministro ha incontrato Wang Yi.", "2018-07", "Ieri", {"value": "2018-07", "precision": "MONTH", "resolved": False, "start": date(2018, 7, 1), "end": date(2018, 7, 31)}),
    ("Oggi il ministro incontra Wang Yi.", "2018-07", "Oggi", {"value": "2018-07", "resolved": False}),
    ("Domani il ministro incontra Wang Yi.", "2018", "Domani", {"value": "2018", "precision": "YEAR", "resolved": False}),
    ("Ieri il ministro ha incontrato Wang Yi.", None, "Ieri", {"value": "XXXX-XX-XX", "start": None, "end": None, "resolved": False}),
    ("La settimana scorsa il vertice.", None, "settimana scorsa", {"value": "XXXX-WXX", "resolved": False}),
    ("Il mese scorso il vertice.", None, "mese scorso", {"value": "XXXX-XX", "resolved": False}),
    ("L'anno prossimo il vertice.", None, "anno prossimo", {"value": "XXXX", "resolved": False}),
    ("Questa settimana il vertice.", "2018-07", "Questa settimana", {"value": "2018-07", "resolved": False}),
    ("Lunedì il ministro ha incontrato Wang Yi.", "2018-07", "Lunedì", {"value": "2018-07", "resolved": False}),
    ("Lunedì il ministro ha incontrato Wang Yi.", None, "Lunedì", {"value": "XXXX-XX-XX", "resolved": False, "start": None}),
    ("Nel pomeriggio la conferenza stampa.", "2018-07", "pomeriggio", {"value": "2018-07", "resolved": False, "part_of_day": "AF"}),
    ("L'anno scorso il vertice.", "2018-07", "anno scorso", {"value": "2017", "resolved": True}),
    ("A dicembre il vertice.", None, "dicembre", {"value": "XXXX-12", "resolved": False}),
    ("Tre giorni fa la firma.", "2018-07", "Tre giorni fa", {"value": "2018-07", "resolved": False}),
]


@pytest.mark.parametrize("text,ref,needle,expected", COARSE_REFERENCE)
def test_coarse_reference(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


WEEKDAYS = [
    # 2019-03-14 is a Thursday
    ("Lunedì il ministro ha incontrato il collega tedesco.", "2019-03-14", "Lunedì", {"value": "2019-03-11"}),
    ("Lunedì il ministro incontrerà il collega tedesco.", "2019-03-14", "Lunedì", {"value": "2019-03-18"}),
    ("Il vertice è previsto per lunedì a Berlino.", "2019-03-14", "lunedì", {"value": "2019-03-18"}),
    # the day something was set for: after the reference day whatever the clause's tense, after the past day its
    # sentence names; a pluperfect clause keeps its own reading
    ("La visita del ministro, prevista per venerdi', e' stata rinviata.", "2013-01-16", "venerdi'", {"value": "2013-01-18"}),
    ("Il governo ha annunciato per giovedì il primo volo di rimpatrio.", "2019-03-12", "giovedì", {"value": "2019-03-14"}),
    ("Sabato il ministro ha annullato l'incontro previsto per domenica.", "2009-11-17", "domenica", {"value": "2009-11-15"}),
    # a deadline is ahead whatever the clause's tense
    ("Il governo ha dato loro tempo fino a domenica per lasciare il Paese.", "2022-06-30", "domenica", {"value": "2022-07-03"}),
    ("Ieri l'ambasciatrice ha chiesto di ritirare il provvedimento entro venerdì.", "2022-06-30", "venerdì", {"value": "2022-07-01"}),
    ("L'incontro, previsto per martedi' a Landi Kotal dopo il vertice del 5 dicembre, e' stato annullato.", "2011-11-27",
     "martedi'", {"value": "2011-11-29"}),
    ("Sabato il premier ha parlato a Milano.", "2019-03-14", "Sabato", {"value": "2019-03-09"}),
    ("Sabato il premier parlerà a Milano.", "2019-03-14", "Sabato", {"value": "2019-03-16"}),
    ("La telefonata di lunedì sera, secondo fonti, è stata tesa.", "2012-11-30", "lunedì sera", {"value": "2012-11-26", "part_of_day": "EV", "text": "lunedì sera"}),
    ("Venerdì scorso il Consiglio ha deciso.", "2019-03-14", "Venerdì scorso", {"value": "2019-03-08"}),
    ("Il prossimo martedì il Consiglio deciderà.", "2019-03-14", "prossimo martedì", {"value": "2019-03-19"}),
    ("Martedi il Consiglio ha votato la fiducia.", "2019-03-14", "Martedi", {"value": "2019-03-12"}),
    # the reference day's own weekday told in the past: that day would be 'oggi', so a week before
    ("Giovedì il ministro ha parlato.", "2019-03-14", "Giovedì", {"value": "2019-03-07"}),
    ("Domenica si voterà in Baviera.", "2014-09-20", "Domenica", {"value": "2014-09-21"}),
    ("Mercoledì il presidente è stato ricevuto al Quirinale.", "2021-02-03", "Mercoledì", {"value": "2021-01-27"}),
    ("Mercoledì scorso il presidente è stato ricevuto.", "2021-02-03", "Mercoledì scorso", {"value": "2021-01-27"}),
    # month-only reference: anchored on the last mentioned day when in the same week
    ("L'11 luglio i ministri si sono rivisti. Lavrov ha dichiarato venerdì di aver illustrato la posizione.", "2025-07", "venerdì", {"value": "2025-07-11", "anchor": "PREVIOUS", "resolved": True}),
    # the week in focus wins over the tense (the tense is relative to an unknown publication day)
    ("Il 9 maggio 2018 (mercoledì) si è votato. Venerdì il premier ha giurato.", "2018-05", "Venerdì", {"value": "2018-05-11", "anchor": "PREVIOUS"}),
    ("Il 9 maggio i ministri si sono visti. Lunedì il premier ha giurato.", "2018-05", "Lunedì", {"value": "2018-05-07", "anchor": "PREVIOUS"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", WEEKDAYS)
def test_weekdays(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


MONTH_ABBREVIATIONS = [
    # 'mar.' after a day number is March; 'martedì' is a weekday
    ("Bruxelles, 4 mar. – La Commissione ha deciso.", "2015", "4 mar.", {"value": "2015-03-04"}),
    ("Il 5 gen. il Consiglio ha deciso.", "2015-01-10", "5 gen.", {"value": "2015-01-05"}),
    ("Il 7 febbr. 2013 il voto.", None, "7 febbr.", {"value": "2013-02-07"}),
    ("Il 20 sett. 2013 il vertice.", None, "20 sett.", {"value": "2013-09-20"}),
    ("Martedì il ministro ha parlato.", "2015-03-12", "Martedì", {"value": "2015-03-10"}),
    ("Il 3 dic. il Consiglio.", "2015-12-10", "3 dic.", {"value": "2015-12-03"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", MONTH_ABBREVIATIONS)
def test_month_abbreviations(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


NO_TIMEX = [
    # ordinary words that must not be tagged
    "Il ministro Maggio ha parlato alla Camera.",
    "Secondo fonti del Cremlino, la trattativa resta aperta.",
    "Il segretario di Stato ha incontrato il ministro.",
    "Ha vinto il terzo set 6-4 e ha mar cato il punto.",
    "Per ora non c'è una data.",
    "La Primavera araba ha cambiato la regione.",
    "Sono stati lanciati 18 missili e 400 droni.",
    "Un secondo incontro è possibile.",
    "Il 3 set decide la partita.",
    "Al momento nessuno sembra intenzionato a cedere.",
]


@pytest.mark.parametrize("text", NO_TIMEX)
def test_no_timex(text):
    assert tag(text, Reference.of("2019-03-14")) == []
