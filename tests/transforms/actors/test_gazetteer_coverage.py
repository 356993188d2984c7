"""Gazetteer coverage of heads of state/government and foreign ministers, 2009-2025 (transforms/data/actors.yaml):
role references resolve to the holder at the date, surnames that fold into common Italian words or place names are
not indexed, and the entries do not shadow one another."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.actors import ActorResolver, name_key
from transforms.actors.gazetteer import ActorsFile
from transforms.datafiles import load_yaml


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver.default()


def actor_of(r, text, surface, on):
    for m in r.find(text, on):
        if m.text == surface:
            return m.actor
    return None


HOLDERS = [
    # text, date, role mention, holder expected
    ("Il premier belga ha parlato.", dt.date(2012, 5, 1), "Il premier belga", "Elio Di Rupo"),
    ("Il ministro degli Esteri marocchino ha parlato.", dt.date(2020, 5, 1), "Il ministro degli Esteri marocchino",
     "Nasser Bourita"),
    ("Il presidente somalo ha parlato.", dt.date(2024, 2, 1), "Il presidente somalo", "Hassan Sheikh Mohamud"),
    ("Il presidente somalo ha parlato.", dt.date(2019, 2, 1), "Il presidente somalo", "Mohamed Abdullahi Farmaajo"),
    ("Il cancelliere austriaco ha parlato.", dt.date(2012, 5, 1), "Il cancelliere austriaco", "Werner Faymann"),
    ("Il ministro degli Esteri spagnolo ha parlato.", dt.date(2013, 5, 1), "Il ministro degli Esteri spagnolo",
     "José Manuel García-Margallo"),
    ("Il presidente nigeriano ha parlato.", dt.date(2012, 5, 1), "Il presidente nigeriano", "Goodluck Jonathan"),
    # defence ministers
    ("Il ministro della Difesa francese ha parlato.", dt.date(2014, 5, 1), "Il ministro della Difesa francese",
     "Jean-Yves Le Drian"),
    ("Il ministro della Difesa russo ha parlato.", dt.date(2010, 5, 1), "Il ministro della Difesa russo",
     "Anatoly Serdyukov"),
    ("Il ministro della Difesa giapponese ha parlato.", dt.date(2012, 7, 1), "Il ministro della Difesa giapponese",
     "Satoshi Morimoto"),
    ("Il ministro della Difesa turco ha parlato.", dt.date(2017, 1, 1), "Il ministro della Difesa turco", "Fikri Işık"),
]


@pytest.mark.parametrize("text,on,surface,person", HOLDERS)
def test_role_reference_resolves_to_the_holder_at_the_date(r, text, on, surface, person):
    a = actor_of(r, text, surface, on)
    assert a is not None and a.name == person


def test_surname_alone_resolves_to_the_holder(r):
    names = {m.actor.name for m in r.find("Afwerki ha incontrato Abiy ad Asmara.", dt.date(2018, 7, 9))}
    assert "Isaias Afwerki" in names


@pytest.mark.parametrize("word", ["Corea", "Ieri", "Rai", "Hama", "Vela", "Meta", "Topi", "Muscat", "Montenegro",
                                  "Nepal", "Lugo", "Pena", "Lasso", "Mulino", "Champagne", "Jonathan", "Boko"])
def test_common_words_and_places_are_not_surnames(r, word):
    assert name_key(word) not in r.surnames


def test_no_name_shadows_another_persons_name():
    actors = load_yaml("actors.yaml", ActorsFile)
    owner: dict[str, str] = {}
    for e in actors.persons:
        for n in [e.name] + e.aliases:
            k = name_key(n)
            assert owner.setdefault(k, e.name) == e.name, (n, owner[k], e.name)
