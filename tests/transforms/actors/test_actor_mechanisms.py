"""Table-driven tests for the actor recognition mechanisms (invented people, so no gazetteer helps)."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.actors import ActorResolver

ON = dt.date(2019, 6, 1)


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver.default()


def persons(r, text, on=ON):
    return {m.actor.name: m.actor.country_code for m in r.find(text, on) if m.actor.kind == "person"}


PERSON_CASES = [
    # text, expected person name, expected country (None: any)
    ("Il ministro degli Esteri Marco Di Stefano ha incontrato i colleghi.", "Marco Di Stefano", None),
    ("Il colloquio con Mario De Santis è durato un'ora.", "Mario De Santis", None),
    ("Il generale Hamid Mohsen, capo delle forze armate sudanesi, ha parlato.", "Hamid Mohsen", "SDN"),
    ("Il portavoce del ministero degli Esteri cinese, Geng Shuang, ha risposto.", "Geng Shuang", "CHN"),
    ("Il governatore di Kharkiv Oleh Synyehubov ha detto che i razzi sono caduti.", "Oleh Synyehubov", "UKR"),
    ("L'intesa è stata firmata dall'amministratore delegato di Snam Carlo Malacarne.", "Carlo Malacarne", None),
    ("Trump ha ricevuto nello Studio Ovale Kim Yong-chol.", "Kim Yong-chol", "PRK"),
    ("Il colloquio si è svolto con Giovanni Bruni.", "Giovanni Bruni", None),
    # 'unità' of a phrase ('governo di unità nazionale') is no military unit before a name
    ("Draghi ha incontrato il premier del governo di unità nazionale libico Abdul Hamid Dbeibah.",
     "Abdul Hamid Dbeibah", "LBY"),
    ("Il re Abdullah ha accolto il presidente ad Amman, in Giordania.", "Abdullah II", "JOR"),
    # a portfolio no list knows between the title and the name
    ("Il segretario al Lavoro Renato Dizon è partito per Doha.", "Renato Dizon", None),
    ("La ministra della Famiglia Aylin Demir è stata scortata alla frontiera.", "Aylin Demir", None),
]


@pytest.mark.parametrize("text,name,country", PERSON_CASES)
def test_person_found(r, text, name, country):
    found = persons(r, text)
    assert name in found, found
    if country is not None:
        assert found[name] == country


@pytest.mark.parametrize("text, name", [
    # the state after a verb in the future is its object, not the person's country
    ("Martedì prossimo il sottosegretario agli Esteri Ivan Lewis riceverà l'ambasciatore libico.", "Ivan Lewis"),
    ("Il sottosegretario Ivan Lewis ha ricevuto l'ambasciatore libico.", "Ivan Lewis"),
    # a perfect of being or going somewhere: the state is where the person went
    ("A inizio dicembre il primo ministro Apollinaire Kyélem de Tambèla era stato in Russia per una visita.",
     "Apollinaire Kyélem de Tambèla"),
])
def test_a_state_after_the_verb_is_no_persons_country(r, text, name):
    found = persons(r, text)
    assert name in found and found[name] is None, found


NOT_PERSONS = [
    # text, words that must not appear in any person's name
    # a medium named after two adjectives
    ("Secondo il quotidiano filogovernativo ungherese Magyar Nemzet, Varsavia prepara espulsioni.", "Nemzet"),
    ("Il pranzo si è tenuto a Villa Madama con i ministri.", "Villa"),
    ("La cena al Colosseo è stata annullata.", "Colosseo"),
    ("Le trattative all'Hotel Intercontinental sono durate quattro giorni.", "Hotel"),
    ("I due si sono visti nella residenza di Bocharov Ruchej, sul Mar Nero.", "Bocharov"),
    ("I raid hanno colpito la zona di Salah al Din, nella periferia della capitale.", "Salah"),
    ("Il negoziato si è tenuto nella foresta di Belovezhskaya Pushcha.", "Belovezhskaya"),
    ("L'Unione europea ha consegnato tende nel campo profughi di Um Rakuba.", "Rakuba"),
    ("Un elicottero ha sorvolato il territorio del Belize nei pressi di Benque Viejo.", "Benque"),
    ("L'accordo è stato firmato dal numero uno di Gazprom Aleksandr Petrov.", "Gazprom"),
    # a portfolio word is not a name, nor is a seat's second word
    ("Il segretario al Lavoro Renato Dizon è partito per Doha.", "Lavoro"),
    ("Era stato il primo inquilino dello Studio Ovale in 88 anni a visitare l'isola.", "Ovale"),
]


@pytest.mark.parametrize("text,word", NOT_PERSONS)
def test_not_a_person(r, text, word):
    found = persons(r, text)
    assert not any(word in n for n in found), found


def test_first_name_alone_not_emitted(r):
    found = persons(r, "Il ministro degli Esteri Luigi Di Maio è a Tripoli.")
    assert "Luigi" not in found and "Luigi Di Maio" in found


@pytest.mark.parametrize("text,on,name,country", [
    ("Il presidente del Consiglio presidenziale Fayez al Sarraj ha ricevuto Di Maio.", dt.date(2019, 12, 17),
     "Fayez al-Sarraj", "LBY"),
    ("Il ministro degli Esteri omanita Badr Albusaidi ha annunciato il rinvio.", dt.date(2025, 5, 1),
     "Badr Albusaidi", "OMN"),
    ("Lo speaker della Camera Kevin McCarthy ha ricevuto la premier.", dt.date(2023, 7, 27), "Kevin McCarthy", "USA"),
    ("Il presidente romeno Klaus Iohannis era con loro.", dt.date(2022, 6, 16), "Klaus Iohannis", "ROU"),
])
def test_gazetteer_people(r, text, on, name, country):
    found = persons(r, text, on)
    assert found.get(name) == country, found


GROUPS = [
    ("Il vertice del G7 si è aperto ieri.", "G7", {"USA", "JPN", "DEU", "GBR", "FRA", "ITA", "CAN"}),
    ("I negoziati tra l'Iran e il gruppo 5+1 sono ripresi.", "gruppo 5+1", {"USA", "RUS", "CHN", "GBR", "FRA", "DEU"}),
    ("Nuovo incontro nel formato Normandia a Berlino.", "formato Normandia", {"DEU", "FRA", "RUS", "UKR"}),
    ("I Brics si riuniscono in Sudafrica.", "Brics", {"BRA", "RUS", "IND", "CHN", "ZAF"}),
]


@pytest.mark.parametrize("text, surface, codes", GROUPS)
def test_group_members(text, surface, codes):
    resolver = ActorResolver.default()
    (group,) = [m.actor for m in resolver.find(text, dt.date(2015, 5, 1)) if m.text == surface]
    assert {a.country_code for a in resolver.members_of(group)} == codes


def test_riunione_is_a_meeting_not_reunion():
    found = ActorResolver.default().find("Riunione a Parigi dei ministri degli Esteri.", dt.date(2015, 5, 1))
    assert "Riunione" not in {m.text for m in found}


@pytest.mark.parametrize("text, names", [
    # a body named in full, then by its capitalized head noun alone
    ("Tonga ha lasciato il Forum delle isole del Pacifico. I leader del Forum si riuniranno lunedì.",
     [("Forum delle isole del Pacifico", "Pacific Islands Forum"), ("Forum", "Pacific Islands Forum")]),
    ("L'Agenzia internazionale per l'energia atomica ha pubblicato il rapporto. Gli ispettori dell'Agenzia partono.",
     [("Agenzia internazionale per l'energia atomica", "International Atomic Energy Agency"),
      ("Agenzia", "International Atomic Energy Agency")]),
    # a body named by its acronym, then by the head of one of its longer names
    ("La Svezia vuole entrare nella NATO. Il segretario generale dell'Alleanza chiede pazienza.",
     [("NATO", "NATO"), ("Alleanza", "NATO")]),
    # not a head that starts another name, nor one the text did not name in full before
    ("Il Forum di Davos si apre oggi.", []),
    ("Il Forum si riunirà lunedì.", []),
])
def test_a_body_called_back_by_its_head_noun(text, names):
    found = ActorResolver.default().find(text, dt.date(2021, 2, 1))
    assert [(m.text, m.actor.name) for m in found if m.actor.kind == "organization"] == names


def test_a_parliament_committee_chair_is_not_the_commission_president(r):
    found = persons(r, "Il presidente della commissione Esteri del Senato americano è arrivato ieri a Lahore.",
                    dt.date(2011, 2, 16))
    assert "José Manuel Barroso" not in found, found
