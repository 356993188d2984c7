"""Table-driven tests for transforms.actors (invented people included: no gazetteer knowledge needed)."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.actors import Actor, ActorMention, ActorResolver, name_key

ON = dt.date(2025, 7, 10)


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver.default()


def people(r, text, on=ON):
    return [(m.text, m.via, m.actor.name, m.actor.country_code, m.actor.title)
            for m in r.find(text, on) if m.actor.kind == "person"]


# --- apposition: title (+ nationality) + name, for known and unknown people -----------------
APPOSITION = [
    ("il ministro degli Esteri russo Sergey Lavrov ha detto", "il ministro degli Esteri russo Sergey Lavrov", "Sergey Lavrov", "RUS", "Foreign Minister"),
    ("il segretario di Stato americano Marco Rubio", "il segretario di Stato americano Marco Rubio", "Marco Rubio", "USA", "Secretary of State"),
    ("la premier Giorgia Meloni ha detto", "la premier Giorgia Meloni", "Giorgia Meloni", "ITA", "Prime Minister"),
    ("il presidente cinese Xi Jinping", "il presidente cinese Xi Jinping", "Xi Jinping", "CHN", "President"),
    ("il portavoce del Cremlino Dmitrij Peskov", "il portavoce del Cremlino Dmitrij Peskov", "Dmitry Peskov", "RUS", "Spokesperson"),
    ("il vice ministro degli Esteri russo Sergej Ryabkov", "il vice ministro degli Esteri russo Sergej Ryabkov", "Sergey Ryabkov", "RUS", "Deputy Foreign Minister"),
    ("il leader della maggioranza al Senato, John Thune, ha", "il leader della maggioranza al Senato, John Thune", "John Thune", "USA", "Senate Majority Leader"),
    ("La vice portavoce della Casa Bianca, Anna Kelly, ha", "La vice portavoce della Casa Bianca, Anna Kelly", "Anna Kelly", "USA", "Deputy Spokesperson"),
    ("dal Segretario alla Difesa Pete Hegseth senza", "Segretario alla Difesa Pete Hegseth", "Pete Hegseth", "USA", "Secretary of Defense"),
    ("il ministro degli Esteri ungherese Péter Szijjártó ha", "il ministro degli Esteri ungherese Péter Szijjártó", "Péter Szijjártó", "HUN", "Foreign Minister"),
    # invented people
    ("il ministro della Difesa polacco Tomasz Wrzosek ha", "il ministro della Difesa polacco Tomasz Wrzosek", "Tomasz Wrzosek", "POL", "Defense Minister"),
    ("la ministra degli Esteri australiana Penelope Warrick", "la ministra degli Esteri australiana Penelope Warrick", "Penelope Warrick", "AUS", "Foreign Minister"),
    ("il presidente del Consiglio italiano Aldo Ferraresi", "il presidente del Consiglio italiano Aldo Ferraresi", "Aldo Ferraresi", "ITA", "Prime Minister"),
    ("il primo ministro giapponese Kenji Watanabe", "il primo ministro giapponese Kenji Watanabe", "Kenji Watanabe", "JPN", "Prime Minister"),
    ("il cancelliere tedesco Jürgen Hoffmann", "il cancelliere tedesco Jürgen Hoffmann", "Jürgen Hoffmann", "DEU", "Chancellor"),
    ("il ministro degli Esteri di Israele Avi Ben-Haim", "il ministro degli Esteri di Israele Avi Ben-Haim", "Avi Ben-Haim", "ISR", "Foreign Minister"),
    ("il segretario generale della Nato Hans Brinkman", "il segretario generale della Nato Hans Brinkman", "Hans Brinkman", "NATO", "Secretary General"),
    ("il principe ereditario saudita Khalid bin Faisal", "il principe ereditario saudita Khalid bin Faisal", "Khalid bin Faisal", "SAU", "Crown Prince"),
    ("il ministro degli Esteri britannico Tom Ashby", "il ministro degli Esteri britannico Tom Ashby", "Tom Ashby", "GBR", "Foreign Secretary"),
    ("il portavoce della Farnesina Carlo Bianchi", "il portavoce della Farnesina Carlo Bianchi", "Carlo Bianchi", "ITA", "Spokesperson"),
    # appositive title after the name
    ("Antonio Tajani, ministro degli Esteri, ha detto", "Antonio Tajani, ministro degli Esteri", "Antonio Tajani", "ITA", "Foreign Minister"),
    ("Marta Kowalczyk, ministra degli Esteri polacca, ha", "Marta Kowalczyk, ministra degli Esteri polacca", "Marta Kowalczyk", "POL", "Foreign Minister"),
    ("Il Presidente Trump ha detto", "Il Presidente Trump", "Donald Trump", "USA", "President"),
]


@pytest.mark.parametrize("text,surface,name,country,title", APPOSITION)
def test_apposition(r, text, surface, name, country, title):
    ms = [m for m in r.find(text, ON) if m.actor.kind == "person"]
    assert ms, text
    m = ms[0]
    assert (m.text, m.actor.name, m.actor.country_code, m.actor.title) == (surface, name, country, title)
    assert m.via == "apposition"
    assert text[m.char_start:m.char_end] == m.text


def test_apposition_is_one_mention(r):
    ms = r.find("il ministro degli Esteri russo Sergey Lavrov ha detto", ON)
    assert len(ms) == 1 and ms[0].via == "apposition"


# --- transliteration folding ---------------------------------------------------------------
FOLD = [
    ("Sergey Lavrov", "Sergei Lavrov"), ("Sergey Lavrov", "Serghei Lavrov"), ("Sergey Lavrov", "Sergej Lavrov"),
    ("Zelensky", "Zelenskyy"), ("Zelensky", "Zelenskij"), ("Zelensky", "Zelenski"),
    ("Dmitrij Peskov", "Dmitry Peskov"), ("Dmitri Peskov", "Dmitry Peskov"),
    ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"), ("Volodymyr", "Wolodymyr"), ("Khamenei", "Hamenei"),
    ("Abdel Fattah al-Sisi", "Abdel Fattah al Sisi"),
]


@pytest.mark.parametrize("a,b", FOLD)
def test_name_key_folds(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [("Lavrov", "Lvov"), ("Rubio", "Rubin"), ("Kim", "Kin")])
def test_name_key_distinct(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("variant", ["Sergey Lavrov", "Sergei Lavrov", "Serghei Lavrov", "Sergej Lavrov"])
def test_gazetteer_canonical_name(r, variant):
    ms = people(r, f"Ieri {variant} ha parlato.")
    assert ms and ms[0][2] == "Sergey Lavrov"


def test_unknown_person_variants_share_name(r):
    text = ("il ministro degli Esteri kazako Yerlan Aitzhanov ha incontrato i colleghi. "
            "Poi Erlan Aitzhanov ha detto che Aitjanov tornerà.")
    names = {m[2] for m in people(r, text)}
    assert names == {"Yerlan Aitzhanov"}


# --- surname and role coreference ------------------------------------------------------------
COREF = [
    ("il ministro degli Esteri russo Sergey Lavrov ha visto Rubio. Lavrov ha detto", "Lavrov", "Sergey Lavrov", "surname"),
    ("Rubio ha riferito ai giornalisti", "Rubio", "Marco Rubio", "surname"),
    ("il ministro della Difesa estone Kalle Tamm e poi Tamm ha detto", "Tamm", "Kalle Tamm", "surname"),
    ("il capo della Casa Bianca ha detto", "il capo della Casa Bianca", "Donald Trump", "role"),
    ("il segretario di Stato americano Marco Rubio. Il segretario di Stato ha poi", "Il segretario di Stato", "Marco Rubio", "role"),
    ("il titolare della diplomazia americana ha detto", "il titolare della diplomazia americana", "Marco Rubio", "role"),
    ("Lavrov ha parlato. Il capo della diplomazia russa ha detto", "Il capo della diplomazia russa", "Sergey Lavrov", "role"),
    ("il presidente russo ha detto", "il presidente russo", "Vladimir Putin", "role"),
    ("il ministro degli Esteri croato Ivo Marić ha parlato. Il capo della diplomazia croata ha aggiunto",
     "Il capo della diplomazia croata", "Ivo Marić", "role"),
]


@pytest.mark.parametrize("text,surface,name,via", COREF)
def test_coreference(r, text, surface, name, via):
    ms = [m for m in r.find(text, ON) if m.text == surface]
    assert ms, [m.text for m in r.find(text, ON)]
    assert (ms[-1].actor.name, ms[-1].via) == (name, via)


@pytest.mark.parametrize("on,name", [(dt.date(2015, 3, 1), "Barack Obama"), (dt.date(2019, 3, 1), "Donald Trump"),
                                     (dt.date(2022, 3, 1), "Joe Biden"), (dt.date(2025, 7, 1), "Donald Trump")])
def test_role_holder_at_date(r, on, name):
    ms = r.find("il presidente americano ha detto", on)
    assert ms[0].actor.name == name and ms[0].via == "role"


# a body named in full, later by its capitalized head noun after an article (not lower case, not another name)
def test_body_named_by_its_head_noun(r):
    text = ("Domenica la Commissione europea ha deciso. Venerdì la Commissione ha congelato i negoziati; "
            "la commissione tecnica e la Commissione di Venezia tacciono.")
    got = [(m.text, m.actor.name) for m in r.find(text, dt.date(2019, 7, 2)) if m.actor.kind == "organization"]
    assert got[:2] == [("Commissione europea", "European Commission"), ("Commissione", "European Commission")]
    assert not any(t in ("commissione", "Commissione") for t, _ in got[2:]), got


# a person whose gazetteer country is a body (NATO, EU) has the country of the role held at the date
@pytest.mark.parametrize("text,on,code", [
    ("Il premier olandese Mark Rutte ha parlato", dt.date(2015, 3, 1), "NLD"),
    ("Il segretario generale della Nato Mark Rutte ha parlato", dt.date(2025, 3, 1), "NATO"),
    ("Il premier belga Charles Michel ha parlato", dt.date(2018, 1, 30), "BEL"),
    ("Mark Rutte ha parlato", dt.date(2015, 3, 1), "NLD"),
])
def test_country_of_the_role_at_date(r, text, on, code):
    ms = [m for m in r.find(text, on) if m.actor.kind == "person"]
    assert ms and ms[0].actor.country_code == code, [(m.text, m.actor) for m in ms]


@pytest.mark.parametrize("on,title", [(dt.date(2010, 1, 1), "Prime Minister"), (dt.date(2020, 1, 1), "President")])
def test_title_at_date(r, on, title):
    ms = r.find("Vladimir Putin ha parlato", on)
    assert ms[0].actor.title == title


def test_role_without_holder_gives_state(r):
    ms = r.find("un portavoce russo ha detto", ON)
    assert [(m.actor.name, m.actor.kind, m.via) for m in ms] == [("Russia", "state", "role")]


def test_ambiguous_role_is_not_resolved(r):
    ms = r.find("Vladimir Putin e Donald Trump. Il presidente ha detto", ON)
    assert [m.actor.name for m in ms] == ["Vladimir Putin", "Donald Trump"]


# --- states, metonyms, demonyms, organizations -----------------------------------------------
STATES = [
    ("la Russia", "Russia", "Russia", "state", "RUS", "country"),
    ("gli Stati Uniti", "Stati Uniti", "United States", "state", "USA", "country"),
    ("gli Usa", "Usa", "United States", "state", "USA", "country"),
    ("tra USA e Cuba", "USA", "United States", "state", "USA", "country"),
    ("l'Ucraina", "Ucraina", "Ukraine", "state", "UKR", "country"),
    ("il Regno Unito", "Regno Unito", "United Kingdom", "state", "GBR", "country"),
    ("la Corea del Nord", "Corea del Nord", "North Korea", "state", "PRK", "country"),
    ("Mosca ha risposto", "Mosca", "Russia", "state", "RUS", "metonym"),
    ("il Cremlino ha risposto", "Cremlino", "Russia", "state", "RUS", "metonym"),
    ("la Casa Rosada ha smentito", "Casa Rosada", "Argentina", "state", "ARG", "metonym"),
    ("Malacañang ha convocato l'ambasciatore", "Malacañang", "Philippines", "state", "PHL", "metonym"),
    ("i funzionari del Gna", "Gna", "Libya", "state", "LBY", "metonym"),
    ("Washington ha risposto", "Washington", "United States", "state", "USA", "metonym"),
    ("la Casa Bianca ha risposto", "Casa Bianca", "United States", "state", "USA", "metonym"),
    ("Kiev ha risposto", "Kiev", "Ukraine", "state", "UKR", "metonym"),
    ("Kyiv ha risposto", "Kyiv", "Ukraine", "state", "UKR", "metonym"),
    ("Bruxelles ha risposto", "Bruxelles", "European Union", "organization", "EU", "metonym"),
    ("Pechino ha risposto", "Pechino", "China", "state", "CHN", "metonym"),
    ("Palazzo Chigi ha risposto", "Palazzo Chigi", "Italy", "state", "ITA", "metonym"),
    ("la Farnesina ha risposto", "Farnesina", "Italy", "state", "ITA", "metonym"),
    ("l'Eliseo ha risposto", "Eliseo", "France", "state", "FRA", "metonym"),
    ("con lo Stato ebraico", "Stato ebraico", "Israel", "state", "ISR", "metonym"),
    ("lo ha annullato la parte turca", "la parte turca", "Turkey", "state", "TUR", "organization"),
    ("Downing Street ha risposto", "Downing Street", "United Kingdom", "state", "GBR", "metonym"),
    ("Varsavia ha risposto", "Varsavia", "Poland", "state", "POL", "metonym"),
    ("Ottawa ha risposto", "Ottawa", "Canada", "state", "CAN", "metonym"),        # derived from GeoNames capitals
    ("Tel Aviv ha risposto", "Tel Aviv", "Israel", "state", "ISR", "metonym"),
    # security and intelligence services act for their state
    ("le motovedette dell'Fsb", "Fsb", "Russia", "state", "RUS", "metonym"),
    ("un'operazione del Mossad", "Mossad", "Israel", "state", "ISR", "metonym"),
    ("i droni della Cia", "Cia", "United States", "state", "USA", "metonym"),
    ("l'Ue ha deciso", "Ue", "European Union", "organization", "EU", "organization"),
    ("l'Unione europea ha deciso", "Unione europea", "European Union", "organization", "EU", "organization"),
    ("la Nato ha deciso", "Nato", "NATO", "organization", "NATO", "organization"),
    ("l'Onu ha deciso", "Onu", "United Nations", "organization", "UN", "organization"),
    ("il vertice Asean", "Asean", "Association of Southeast Asian Nations", "organization", None, "organization"),
    ("al G7 di giugno", "G7", "Group of Seven (G7)", "organization", None, "organization"),
    ("Hamas ha detto", "Hamas", "Hamas", "organization", "PSE", "organization"),
    ("Hezbollah ha detto", "Hezbollah", "Hezbollah", "organization", "LBN", "organization"),
    ("i talebani hanno detto", "talebani", "Taliban", "organization", "AFG", "organization"),
    ("il Dipartimento di Stato ha detto", "Dipartimento di Stato", "United States", "state", "USA", "metonym"),
    ("il Ministero degli Esteri russo ha detto", "il Ministero degli Esteri russo", "Russia", "state", "RUS", "organization"),
    ("il governo russo ha detto", "il governo russo", "Russia", "state", "RUS", "organization"),
    ("l'amministrazione statunitense ha detto", "l'amministrazione statunitense", "United States", "state", "USA", "organization"),
]


@pytest.mark.parametrize("text,surface,name,kind,code,via", STATES)
def test_states_and_organizations(r, text, surface, name, kind, code, via):
    ms = r.find(text, ON)
    assert ms, text
    m = ms[0]
    assert (m.text, m.actor.name, m.actor.kind, m.actor.country_code, m.via) == (surface, name, kind, code, via)


# a body's acronym in brackets after its name belongs to that mention, and names the body later on
ACRONYM_GLOSSES = [
    ("I ministri dell'Alleanza degli Stati del Sahel (Aes) si riuniranno. L'Aes ha detto",
     [("Alleanza degli Stati del Sahel (Aes)", "Alliance of Sahel States"), ("Aes", "Alliance of Sahel States")]),
    ("L'Unione europea (Ue) ha deciso", [("Unione europea (Ue)", "European Union")]),
    # (a bracket after a state is no acronym of a body)
    ("la Russia (Mosca) ha deciso", [("Russia", "Russia"), ("Mosca", "Russia")]),
]


@pytest.mark.parametrize("text,expected", ACRONYM_GLOSSES)
def test_acronym_gloss(r, text, expected):
    assert [(m.text, m.actor.name) for m in r.find(text, ON)] == expected


# a body's short name with a compass adjective is a region, no party
REGIONS = [
    ("migranti diretti verso l'Europa occidentale", []),
    ("i Paesi dell'Europa orientale", []),
    ("l'Europa dell'Est", []),
    ("l'Europa ha deciso", ["EU"]),
]


@pytest.mark.parametrize("text,codes", REGIONS)
def test_compass_adjective_makes_a_region(r, text, codes):
    assert [m.actor.country_code for m in r.find(text, ON)] == codes


# a parliament's chair is not the head of state: with no name, the state
SPEAKERS = [
    ("Ieri il presidente del Senato romeno ha annullato la visita.", dt.date(2009, 4, 10), "Romania"),
    ("La presidente della Camera bassa indiana ha annullato l'incontro.", dt.date(2013, 12, 19), "India"),
]


@pytest.mark.parametrize("text,on,name", SPEAKERS)
def test_parliament_chair_is_no_head_of_state(r, text, on, name):
    assert [m.actor.name for m in r.find(text, on)] == [name]


DEMONYMS = [("un attacco russo", "russo", "RUS"), ("la posizione americana", "americana", "USA"),
            ("i funzionari statunitensi", "statunitensi", "USA"), ("la crisi ucraina", "ucraina", "UKR"),
            ("il governo cinese", None, "CHN"), ("i cittadini europei", "europei", "EU"), ("le truppe tedesche", None, "DEU"),
            ("la cooperazione russo-americana", "russo", "RUS")]


@pytest.mark.parametrize("text,surface,code", DEMONYMS)
def test_demonyms(r, text, surface, code):
    ms = r.find(text, ON)
    assert ms and ms[0].actor.country_code == code
    if surface is not None:
        assert ms[0].text == surface and ms[0].via == "demonym"


# --- no false positives --------------------------------------------------------------------
NO_PEOPLE = [
    "Secondo fonti diplomatiche il vertice è saltato.",
    "Vertice saltato, accuse e silenzi",
    "Lunedì 12 Novembre ci sarà un incontro.",
    "Il Presidente ha parlato a lungo. Il Ministero ha smentito.",
    "La questione ucraina resta il nodo centrale",
    "L'Associazione delle Nazioni del Sud-Est Asiatico si riunisce a Kuala Lumpur.",
    "secondo Bloomberg e la Reuters, riportano Ria Novosti e Tass",
    "Timidi segnali di disgelo. Il futuro del dialogo resta incerto.",
    "Concludendo, il segretario ha detto che la Guerra Fredda è finita.",
    "“Nuova Idea” è il titolo del documento.",
]


@pytest.mark.parametrize("text", NO_PEOPLE)
def test_no_false_people(r, text):
    assert people(r, text) == []


# --- invariants ----------------------------------------------------------------------------
def test_order_no_overlap_and_exact_surface(r):
    text = ("Il segretario di Stato americano Marco Rubio ha incontrato a Kuala Lumpur il ministro degli Esteri russo "
            "Sergey Lavrov. Mosca e Washington, la Nato e l'Ue. Lavrov e Rubio, il capo della Casa Bianca.")
    ms = r.find(text, ON)
    assert all(isinstance(m, ActorMention) and isinstance(m.actor, Actor) for m in ms)
    assert all(text[m.char_start:m.char_end] == m.text for m in ms)
    assert all(a.char_end <= b.char_start for a, b in zip(ms, ms[1:]))


def test_same_person_same_actor(r):
    text = "il ministro degli Esteri russo Serghei Lavrov e poi Lavrov e Sergej Lavrov"
    actors = {m.actor for m in r.find(text, ON)}
    assert len(actors) == 1


def test_on_none(r):
    ms = r.find("il ministro degli Esteri russo Sergey Lavrov e il presidente russo", None)
    assert ms[0].actor.name == "Sergey Lavrov"


def test_default_is_cached():
    assert ActorResolver.default() is ActorResolver.default()


# --- an unknown person's country from the sentence: not a state his verb acts on ------------
CONTEXT_COUNTRY = [
    ("Poche ore prima il capo dei servizi di sicurezza, Finn Borch Andersen, aveva accusato l'Iran.",
     "Finn Borch Andersen", None),
    ("il governatore di Luhansk Serhiy Haidai ha detto", "Serhiy Haidai", "UKR"),
]


@pytest.mark.parametrize("text,name,country", CONTEXT_COUNTRY)
def test_context_country(r, text, name, country):
    m = next(m for m in r.find(text, ON) if m.actor.kind == "person")
    assert (m.actor.name, m.actor.country_code) == (name, country)


@pytest.mark.parametrize("text,on,name", [
    # 'l'allora' + an office, in a sentence naming one year: the holder in that year, not at the article's date
    ("Nel marzo 2016 l'allora presidente americano era stato a Cuba.", dt.date(2017, 6, 17), "Barack Obama"),
    ("Nel 2014 l'allora premier italiano era volato a Kiev.", dt.date(2019, 1, 10), "Matteo Renzi"),
    # (with no year, the article's date)
    ("L'allora presidente americano era stato a Cuba.", dt.date(2017, 6, 17), "Donald Trump"),
])
def test_then_holder_of_an_office_in_the_year_named(r, text, on, name):
    assert r.find(text, on)[0].actor.name == name
