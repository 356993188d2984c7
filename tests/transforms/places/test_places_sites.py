"""Table-driven tests (invented sentences): sites, islands and renamed GeoNames cities; organization names and
Roman toponym words are not cities."""
from __future__ import annotations

import pytest

from transforms.places import PlaceResolver


@pytest.fixture(scope="module")
def r() -> PlaceResolver:
    return PlaceResolver.default()


FOUND = [
    # text, surface, name, country
    ("Atterrato ieri sera a Punta Raisi, il ministro è ripartito.", "Punta Raisi", "Punta Raisi", "ITA"),
    ("I missili hanno colpito la base aerea di Shayrat.", "Shayrat", "Shayrat", "SYR"),
    ("La riunione dei ministri si terrà a Capri.", "Capri", "Capri", "ITA"),
    ("I raid hanno colpito a Jabalia.", "Jabalia", "Jabalia", "PSE"),
    ("I raid hanno colpito a Beit Lahia.", "Beit Lahia", "Beit Lahia", "PSE"),
    ("Il vertice del G20 si apre domani a Bali.", "Bali", "Bali", "IDN"),
    ("Il G7 si è riunito a Taormina.", "Taormina", "Taormina", "ITA"),
    ("I leader si sono visti a Goa.", "Goa", "Goa", "IND"),
    ("I jet sono decollati dalla base di Hmeimim.", "Hmeimim", "Hmeimim", "SYR"),
    ("La coalizione ha bombardato a Raqqa.", "Raqqa", "Raqqa", "SYR"),
    ("Il porto di Hodeida è stato colpito.", "Hodeida", "Hodeidah", "YEM"),
]


@pytest.mark.parametrize("text,surface,name,country", FOUND)
def test_found(r, text, surface, name, country):
    got = [(m.text, m.name, m.country_code) for m in r.find(text)]
    assert (surface, name, country) in got, got


NOT_CITIES = [
    "I miliziani di Hamas hanno lanciato razzi.",        # not Hamm (Germany)
    "Il ministro è passato a Tor di Quinto e a Tor Vergata.",  # not Slovyansk ('Tor')
    "Secondo l'agenzia Isna il ministro è partito.",      # a news agency, not Esna (Egypt)
]


@pytest.mark.parametrize("text", NOT_CITIES)
def test_not_a_city(r, text):
    assert [m for m in r.find(text) if m.kind == "city"] == []
