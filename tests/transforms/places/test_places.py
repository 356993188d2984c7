"""Table-driven tests for transforms.places."""
from __future__ import annotations

import pytest

from transforms.places import PlaceMention, PlaceResolver


@pytest.fixture(scope="module")
def r() -> PlaceResolver:
    return PlaceResolver.default()


PLACES = [
    # text, surface, name, kind, country
    ("il vertice a Ginevra", "Ginevra", "Geneva", "city", "CHE"),
    ("colloqui a Riad", "Riad", "Riyadh", "city", "SAU"),
    ("droni su Kiev", "Kiev", "Kyiv", "city", "UKR"),
    ("in Malesia", "Malesia", "Malaysia", "country", "MYS"),
    ("a Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", "city", "MYS"),
    ("a Budapest", "Budapest", "Budapest", "city", "HUN"),
    ("a Istanbul", "Istanbul", "Istanbul", "city", "TUR"),
    # a capital whose name is a surname too: a place after a locative only
    ("prevista per lunedì a Lima", "Lima", "Lima", "city", "PER"),
    # a territory that is part of a state: its places are the state's
    ("è atterrato a Longyearbyen", "Longyearbyen", "Longyearbyen", "city", "NOR"),
    ("il capoluogo delle Svalbard", "Svalbard", "Svalbard", "region", "NOR"),
    ("in Ungheria", "Ungheria", "Hungary", "country", "HUN"),
    ("Da Roma il presidente", "Roma", "Rome", "city", "ITA"),
    ("a Mosca", "Mosca", "Moscow", "city", "RUS"),
    ("a Washington", "Washington", "Washington", "city", "USA"),
    ("a Pechino", "Pechino", "Beijing", "city", "CHN"),
    ("a Bruxelles", "Bruxelles", "Brussels", "city", "BEL"),
    ("a Helsinki", "Helsinki", "Helsinki", "city", "FIN"),
    ("ad Anchorage", "Anchorage", "Anchorage", "city", "USA"),
    ("a Sharm el-Sheikh", "Sharm el-Sheikh", "Sharm el-Sheikh", "city", "EGY"),
    ("a Doha", "Doha", "Doha", "city", "QAT"),
    ("a Gedda", "Gedda", "Jeddah", "city", "SAU"),
    ("a Londra", "Londra", "London", "city", "GBR"),
    ("a Parigi", "Parigi", "Paris", "city", "FRA"),
    ("a Gerusalemme", "Gerusalemme", "Jerusalem", "city", "ISR"),
    ("a Teheran", "Teheran", "Tehran", "city", "IRN"),
    ("negli Stati Uniti", "Stati Uniti", "United States", "country", "USA"),
    ("nel Regno Unito", "Regno Unito", "United Kingdom", "country", "GBR"),
    ("in Corea del Nord", "Corea del Nord", "North Korea", "country", "PRK"),
    ("in Arabia Saudita", "Arabia Saudita", "Saudi Arabia", "country", "SAU"),
    ("in Turchia", "Turchia", "Turkey", "country", "TUR"),
    ("nel Donbass", "Donbass", "Donbas", "territory", "UKR"),
    ("nella Striscia di Gaza", "Striscia di Gaza", "Gaza Strip", "territory", "PSE"),
    ("a Città del Messico", "Città del Messico", "Mexico City", "city", "MEX"),
]


@pytest.mark.parametrize("text,surface,name,kind,country", PLACES)
def test_places(r, text, surface, name, kind, country):
    ms = r.find(text)
    assert ms, text
    m = ms[-1]
    assert isinstance(m, PlaceMention)
    assert (m.text, m.name, m.kind, m.country_code) == (surface, name, kind, country)
    assert text[m.char_start:m.char_end] == m.text


def test_city_has_coordinates_and_geonames_id(r):
    m = r.find("a Ginevra")[0]
    assert m.geonames_id == 2660646 and abs(m.latitude - 46.2) < 0.1 and abs(m.longitude - 6.15) < 0.1


@pytest.mark.parametrize("text,name", [("a Roma", "Rome"), ("a Washington", "Washington"), ("a Valencia", "Valencia")])
def test_disambiguation_prefers_capital_or_most_populous(r, text, name):
    m = r.find(text)[0]
    assert m.name == name
    if name == "Rome":
        assert m.country_code == "ITA"
    if name == "Washington":
        assert m.country_code == "USA" and abs(m.longitude + 77.0) < 0.5


NO_PLACES = [
    "Come ha detto il ministro.",
    "Ore di tensione.",
    "Questa è la posizione.",
    "Marco Rubio ha riferito.",
    "Rubio ha riferito ai giornalisti.",
    "Solo allora, forse, si potrà parlare.",
    "Il Papa ha parlato.",
    "La Nato ha deciso.",
    "Il Paese è diviso.",
    "la Marina militare",
    "Victoria Nuland ha detto",
    "Lima ha detto",
    "il ministro Lima ha detto",
]


@pytest.mark.parametrize("text", NO_PLACES)
def test_no_false_places(r, text):
    assert r.find(text) == []


def test_all_mentions_in_order(r):
    text = "Dopo Istanbul e Ginevra, il vertice si terrà a Budapest, in Ungheria, non in Malesia."
    names = [m.name for m in r.find(text)]
    assert names == ["Istanbul", "Geneva", "Budapest", "Hungary", "Malaysia"]


MORE_PLACES = [
    # text, surface, name, kind, country
    ("Soči, 15 maggio 2009 – I due leader", "Soči", "Sochi", "city", "RUS"),
    ("vertice ad Antalya", "Antalya", "Antalya", "city", "TUR"),
    ("il porto di Odessa", "Odessa", "Odesa", "city", "UKR"),
    ("poi a New York", "New York", "New York", "city", "USA"),
    ("colloqui a Singapore", "Singapore", "Singapore", "country", "SGP"),
    ("si sono visti a Panmunjom", "Panmunjom", "Panmunjom", "city", "PRK"),
    ("atterrati a Pratica di Mare", "Pratica di Mare", "Pratica di Mare", "city", "ITA"),
    ("ospite in Sardegna", "Sardegna", "Sardinia", "region", "ITA"),
    ("al G7 in Baviera", "Baviera", "Bavaria", "region", "DEU"),
    ("il vertice in Puglia", "Puglia", "Apulia", "region", "ITA"),
    ("il G8 dell’Aquila", "Aquila", "L'Aquila", "city", "ITA"),
    ("continuano a bombardare Severodonetsk", "Severodonetsk", "Sievierodonetsk", "city", "UKR"),
    ("hanno visitato Irpin", "Irpin", "Irpin", "city", "UKR"),
    ("ricevuto alla Casa Bianca", "Casa Bianca", "Washington", "city", "USA"),
    ("il pranzo a Villa Madama", "Villa Madama", "Rome", "city", "ITA"),
    ("colloquio al Cremlino", "Cremlino", "Moscow", "city", "RUS"),
]


@pytest.mark.parametrize("text,surface,name,kind,country", MORE_PLACES)
def test_more_places(r, text, surface, name, kind, country):
    hits = [m for m in r.find(text) if m.text == surface]
    assert hits, r.find(text)
    m = hits[0]
    assert (m.name, m.kind, m.country_code) == (name, kind, country)


@pytest.mark.parametrize("text,surface", [
    ("il portavoce del Cremlino ha detto", "Cremlino"),        # an office, not a scene
    ("Salta il vertice di Roma.", "Salta"),
    ("nella Sala delle Feste", "Sala"),
    ("la Duma ha approvato", "Duma"),
    ("nel Castello di Praga", "Castello"),
])
def test_not_places(r, text, surface):
    assert not [m for m in r.find(text) if m.text == surface]
