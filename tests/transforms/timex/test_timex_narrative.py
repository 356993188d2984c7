"""Table-driven tests of the narrative rules of transforms.timex: nights between two days,
weekdays with a day number or 'stesso', the week in focus under a month-only reference,
'dello stesso anno', two-day ranges with articles, deadlines ahead ('entro la primavera'),
'vigilia', 'in giornata', 'da allora', a bare night after a night mentioned, elapsed time
after a named event, paragraph-opening pluperfect anaphora and clock times whose day follows.
All sentences are invented (other dates than any development article)."""
import pytest

from transforms.timex import Reference, tag

from .helpers import check, find

CASES = [
    # (text, reference, needle, expected fields)
    # -- a bare part of the day opening the paragraph after the one of a past day named: that day's part, unless the
    # day named was an evening (a later paragraph's afternoon goes back to the reference day)
    ("Il ministro è arrivato ieri a Lima con una delegazione.\n\nNel pomeriggio il presidente lo ha ricevuto.",
     "2014-03-12", "pomeriggio", {"value": "2014-03-11"}),
    ("Ieri sera il ministro ha telefonato al collega.\n\nNel pomeriggio il commissario ha chiamato le due capitali.",
     "2014-03-12", "pomeriggio", {"value": "2014-03-12"}),
    ("Il ministro è arrivato ieri a Lima.\n\nI colloqui sono proseguiti.\n\nNel pomeriggio il presidente lo ha "
     "ricevuto.", "2014-03-12", "pomeriggio", {"value": "2014-03-12"}),
    # -- a pluperfect opening a paragraph steps back to the main story's day, which is not the dateline's
    ("Canberra, 25 maggio 2010 – L'Australia ha deciso ieri di espellere un diplomatico. Il ministro ha dato "
     "l'annuncio nel primo pomeriggio: dovrà lasciare il paese entro una settimana.\n\nPoche ore prima il ministro "
     "aveva ricevuto l'ambasciatore.", "2010-05-25", "Poche ore prima", {"value": "2010-05-24"}),
    # -- just past midnight: the day after an earlier evening, else the night just past (the publication day)
    ("Ieri sera la folla ha assaltato l'ambasciata. Poco dopo la mezzanotte il premier ha chiamato il presidente.",
     "2011-09-10", "dopo la mezzanotte", {"value": "2011-09-10"}),
    ("Martedì sera la folla ha assaltato l'ambasciata. Poco dopo la mezzanotte il premier ha chiamato il presidente.",
     "2011-09-10", "dopo la mezzanotte", {"value": "2011-09-07"}),
    ("Le due Coree hanno trovato un accordo poco dopo la mezzanotte.", "2015-08-25", "dopo la mezzanotte",
     {"value": "2015-08-25"}),
    # -- the night between two days: one expression, the first day, part of day NI
    ("Nella notte tra lunedì e martedì sono caduti missili sulla città.", "2021-03-11",
     "notte tra lunedì e martedì", {"value": "2021-03-08", "part_of_day": "NI", "text": "notte tra lunedì e martedì"}),
    ("Nella notte tra il 3 e il 4 maggio l'esercito ha attaccato.", "2016-05-10",
     "notte tra il 3 e il 4 maggio", {"value": "2016-05-03", "part_of_day": "NI", "text": "notte tra il 3 e il 4 maggio"}),
    ("Nella notte fra il 31 dicembre e il primo gennaio ci sono stati scontri.", "2019-01-02",
     "notte fra", {"value": "2018-12-31", "part_of_day": "NI"}),
    ("Sabato si vota; nella notte tra sabato e domenica ci saranno i primi risultati.", "2020-09-18",
     "notte tra sabato", {"value": "2020-09-19"}),
    # -- a weekday with a bare day number: the day of the month in focus
    ("Il vertice, aperto martedì 14 maggio, si è chiuso mercoledì 15 con una dichiarazione.", "2013-06",
     "mercoledì 15", {"value": "2013-05-15", "text": "mercoledì 15", "anchor": "PREVIOUS"}),
    ("Il ministro ha detto che giovedì 12 sarà a Bruxelles.", "2020-03-09",
     "giovedì 12", {"value": "2020-03-12"}),
    # the number does not fit the weekday: a count, not a day
    ("Giovedì 12 paesi hanno firmato l'accordo.", "2019-03-14", "Giovedì", {"value": "2019-03-07", "text": "Giovedì"}),
    # -- 'giovedì stesso': the weekday of the week in focus
    ("Il vertice si è chiuso giovedì 6 settembre 2018. Giovedì stesso il ministro è ripartito.", "2018-09",
     "Giovedì stesso", {"value": "2018-09-06", "text": "Giovedì stesso"}),
    # -- month-only reference: a bare weekday in the week of the last day mentioned
    ("Il governo ha approvato il decreto martedì 8 marzo. La replica è arrivata giovedì.", "2022-03",
     "giovedì", {"value": "2022-03-10", "anchor": "PREVIOUS"}),
    ("Il governo ha approvato il decreto martedì 8 marzo. Il ministro era a Berlino lunedì.", "2022-03",
     "lunedì", {"value": "2022-03-07"}),
    # -- 'dello stesso anno': the year of the last date mentioned
    ("Il ministro era stato a Parigi nel febbraio 2012, e il 3 ottobre dello stesso anno aveva ricevuto il collega.",
     "2014-05-02", "3 ottobre", {"value": "2012-10-03", "text": "3 ottobre dello stesso anno"}),
    ("Le prime proteste risalgono al 2008; a novembre dello stesso anno il governo è caduto.", "2011-02-10",
     "novembre", {"value": "2008-11"}),
    # -- a day with 'scorso' / 'prossimo': the last such day before the reference, or the next one after it
    ("Il 22 giugno scorso la contraerea aveva abbattuto un caccia.", "2012-10-06", "22 giugno",
     {"value": "2012-06-22", "text": "22 giugno scorso"}),
    ("Il 20 dicembre scorso il ministro era a Roma.", "2012-10-06", "20 dicembre", {"value": "2011-12-20"}),
    ("Il 3 marzo prossimo si vota.", "2012-10-06", "3 marzo", {"value": "2013-03-03"}),
    # -- 'entro' (a deadline) puts a season or month ahead of the reference
    ("La tabella di marcia: le elezioni entro la primavera.", "2020-11-05", "primavera",
     {"value": "2021-SP", "modifier": "BY"}),
    ("La tabella di marcia: il ritiro delle truppe entro marzo.", "2020-11-05", "marzo", {"value": "2021-03"}),
    ("Le elezioni si sono tenute in primavera.", "2020-11-05", "primavera", {"value": "2020-SP"}),
    # -- a demonstrative takes the day last mentioned, even a background one
    ("Gli scontri erano iniziati giovedì 24 luglio. Quel giorno i caccia hanno bombardato due postazioni.",
     "2025-07-29", "Quel giorno", {"value": "2025-07-24"}),
    # -- ... but a past act is not on a day still to come: the last day mentioned up to the article's; a past day
    #    stays the antecedent even after the article's day
    ("Ieri il Consiglio dell'Ua si è riunito e ha deciso una missione, attesa lunedì 26 giugno. Lo stesso giorno il "
     "Consiglio di sicurezza ha discusso la crisi.", "2017-06-20", "Lo stesso giorno", {"value": "2017-06-19"}),
    ("Il 19 aprile i ministri hanno discusso il caso. Lo stesso giorno il governo ha escluso l'azienda.", "2021-04-17",
     "Lo stesso giorno", {"value": "2021-04-19"}),
    # -- 'l'atteso incontro' is an expected event, not a future tense
    ("Martedì, invece, l'atteso incontro tra i due presidenti non si era concretizzato.", "2013-09-28", "Martedì",
     {"value": "2013-09-24"}),
    # -- a week in a text dated only by its month counts from the day in focus
    ("Giovedì 20 ottobre il presidente ha parlato. Il vicesegretario sarà a Manila nel fine settimana.", "2016-10",
     "fine settimana", {"value": "2016-W42-WE"}),
    # -- a postponed or planned target lies ahead whatever the tense
    ("Il vertice previsto per giugno è già stato rinviato all'autunno.", "2021-04-08", "autunno", {"value": "2021-FA"}),
    ("Il vertice, previsto inizialmente per l'autunno, è stato rinviato.", "2025-03-02", "autunno",
     {"value": "2025-FA"}),
    # -- 'vigilia': the day in focus when the event named follows, else the day before it
    ("I due ministri si sono visti oggi a Roma, alla vigilia del vertice Nato.", "2019-07-09",
     "vigilia", {"value": "2019-07-09", "anchor": "PREVIOUS"}),
    ("Il vertice si è aperto il 12 luglio. La vigilia i due ministri si erano visti a cena.", "2019-07-20",
     "vigilia", {"value": "2019-07-11"}),
    # -- 'in giornata': the reference day
    ("Il ministro sentirà in giornata il collega francese.", "2018-02-07", "in giornata",
     {"value": "2018-02-07", "text": "in giornata"}),
    # -- 'da allora': the last date mentioned, modifier AFTER
    ("La crisi è iniziata il 4 marzo, quando le truppe hanno passato il confine. Da allora i morti sono migliaia.",
     "2014-06-01", "Da allora", {"value": "2014-03-04", "modifier": "AFTER", "text": "Da allora"}),
    ("Il trattato è stato firmato nel 2009. Da allora non è mai stato applicato.", "2014-06-01",
     "Da allora", {"value": "2009", "precision": "YEAR"}),
    # -- a bare night after a night was mentioned: that night
    ("L'attacco è avvenuto nella notte tra venerdì e sabato. Il 2 maggio un raid aveva colpito il porto. "
     "Già in nottata l'ambasciata aveva protestato.", "2021-05-16", "nottata", {"value": "2021-05-14", "part_of_day": "NI"}),
    ("Il ministro è rientrato a Roma in nottata.", "2021-05-16", "nottata", {"value": "2021-05-16"}),
    # -- 'N giorni dopo' + the event named: the time elapsed (DURATION); 'prima' stays a date
    ("Il presidente ha firmato il decreto, appena quattro giorni dopo l'incontro del 3 marzo.", "2020-03-10",
     "quattro giorni dopo", {"type": "DURATION", "value": "P4D"}),
    ("Il 3 marzo 2016 il vertice. Due giorni dopo, la firma.", "2016-03-20", "Due giorni dopo", {"value": "2016-03-05"}),
    # -- a paragraph opened by a pluperfect anaphor after a digression into earlier days
    ("Lunedì 6 marzo 2023 il ministro ha incontrato il collega.\n\nLa settimana precedente era stata tesa: "
     "il 28 febbraio i due paesi hanno rotto i negoziati.\n\nIl giorno prima il ministro aveva ricevuto l'ambasciatore.",
     "2023-03-06", "giorno prima", {"value": "2023-03-05"}),
    ("Lunedì 6 marzo 2023 il ministro ha incontrato il collega.\n\nIl 28 febbraio i due paesi hanno rotto i negoziati."
     "\n\nIl giorno dopo sono ripresi i contatti.", "2023-03-06", "giorno dopo", {"value": "2023-03-01"}),
    # -- a clock time whose day is given by what follows it ('dello stesso giorno')
    ("La tregua entrerà in vigore domani alle 7. Alle 16 dello stesso giorno saranno liberati gli ostaggi.",
     "2023-11-23", "stesso giorno", {"value": "2023-11-24"}),
    # -- 'alle 9 ora locale': a clock time, not a duration of nine hours
    ("Il voto si aprirà domani alle 9 ora locale.", "2018-03-03", "9 ora", {"value": "2018-03-04", "clock": "09:00"}),
]


@pytest.mark.parametrize("text,ref,needle,expected", CASES)
def test_narrative_rules(text, ref, needle, expected):
    check(find(text, ref, needle), expected)


def test_two_day_range_with_articles_tags_each_day():
    # seed/dev convention: '12 e 13 aprile' is two days, the first one elliptical
    text = "I ministri, riuniti il 20 e il 21 marzo a Lucca, hanno discusso. Poi l'8 e il 9 maggio a Roma."
    out = {t.text: t.value for t in tag(text, Reference.of("2017-03-25"))}
    assert out["20"] == "2017-03-20" and out["21 marzo"] == "2017-03-21"
    assert out["8"] == "2017-05-08" and out["9 maggio"] == "2017-05-09"


def test_night_between_is_one_expression():
    text = "Nella notte tra il 6 e il 7 aprile sono partiti i missili."
    out = tag(text, Reference.of("2017-04-12"))
    assert [t.text for t in out] == ["notte tra il 6 e il 7 aprile"]


# A text with no header and no dateline: its reference is its first day, and bare past weekdays are the nearest such
# day to the day in focus (a pluperfect one lies before it)
NO_HEADER = [
    ("La sera di sabato 17 aprile 2021 il governo ha espulso 18 diplomatici. La risposta è arrivata il giorno dopo: "
     "domenica Mosca ha espulso 20 diplomatici.", "domenica", "2021-04-18"),
    ("Mercoledì 26 luglio 2023 il governo ha annunciato la misura. Giovedì il ministro ha ricevuto la telefonata "
     "della collega romena.", "Giovedì", "2023-07-27"),
    ("Domenica 17 giugno 2018 i ministri hanno firmato l'accordo. In Grecia, sabato, il premier ha superato una "
     "mozione di sfiducia.", "sabato", "2018-06-16"),
    ("L'aereo è atterrato venerdì 22 marzo 2013. Lunedì l'Alta rappresentante aveva espresso preoccupazione.",
     "Lunedì", "2013-03-18"),
]


@pytest.mark.parametrize("text,needle,value", NO_HEADER)
def test_weekdays_without_header_follow_the_story(text, needle, value):
    from transforms.timex.tagger import reference_for
    check(find(text, reference_for(None, text), needle), {"value": value})
