"""Loading and indexing of the actor language data (transforms/data/actors*.yaml, roles_it, metonyms_it)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..datafiles import load_yaml as load_data, raw_data
from .names import name_key

_Model = ConfigDict(extra="forbid")


class RoleSpan(BaseModel):
    model_config = _Model
    title: str
    country: str
    start: Optional[dt.date]
    end: Optional[dt.date]


class PersonEntry(BaseModel):
    model_config = _Model
    name: str
    wikidata: Optional[str] = None
    country: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)
    surnames: Optional[list[str]] = None
    roles: list[RoleSpan] = Field(default_factory=list)

    @field_validator("roles", mode="before")
    @classmethod
    def _roles(cls, v):
        out = []
        for r in v or []:
            if isinstance(r, (list, tuple)):
                if len(r) != 4:
                    raise ValueError(f"role {r!r}: expected [title, country, start, end]")
                r = {"title": r[0], "country": r[1], "start": r[2], "end": r[3]}
            out.append(r)
        return out

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, v):
        if v is not None and not (v.startswith("Q") and v[1:].isdigit()):
            raise ValueError(f"wikidata id {v!r}: expected Q followed by digits")
        return v


class OrgEntry(BaseModel):
    model_config = _Model
    name: str
    code: Optional[str] = None
    country: Optional[str] = None
    aliases: list[str]
    # A group of states (G7, P5+1, BRICS...): the codes (ISO alpha-3, or EU/UN/NATO) of its members.
    members: list[str] = Field(default_factory=list)
    # An armed group: 'i miliziani' after it is named means it (roles_it.yaml `fighters`).
    armed: bool = False


class ActorsFile(BaseModel):
    model_config = _Model
    organizations: list[OrgEntry]
    media: list[str] = Field(default_factory=list)
    # Names of world regions that hold a state's name ('America Latina'): recognised, never emitted.
    regions: list[str] = Field(default_factory=list)
    persons: list[PersonEntry]


class RoleEntry(BaseModel):
    model_config = _Model
    it: list[str]
    en: str
    country: Optional[str] = None
    generic: bool = False
    # a title only its own kind of holder bears: bare ('l'emiro', 'il re') it refers back only to a person introduced
    # with that title, not to any head of state of the text
    own_title: bool = False
    # the organization of actors.yaml an unnamed holder stands for ('il commissario europeo' -> European Commission);
    # without it, the office's country does
    body: Optional[str] = None


class RolesFile(BaseModel):
    model_config = _Model
    classes: dict[str, str]
    country_titles: dict[str, dict[str, str]] = Field(default_factory=dict)
    heads: list[str]
    counterparts: list[str] = Field(default_factory=list)
    # 'i due leader', 'entrambi i ministri': numbered plural references to the people last named
    honorifics: list[str] = Field(default_factory=list)
    title_modifiers: list[str] = Field(default_factory=list)
    # 'il presidente deposto': modifiers after a title that make it a former holder's
    former_modifiers: list[str] = Field(default_factory=list)
    # 'il presidente eletto': modifiers after a title that make it a future holder's
    elect_modifiers: list[str] = Field(default_factory=list)
    fighters: list[str] = Field(default_factory=list)
    fighter_places: list[str] = Field(default_factory=list)
    fighter_adjectives: list[str] = Field(default_factory=list)
    # 'il movimento indipendentista': one armed movement named by what it is, after a singular article
    armed_movements: list[str] = Field(default_factory=list)
    motion_cues: list[str] = Field(default_factory=list)
    group_numbers: dict[str, int] = Field(default_factory=dict)
    group_nouns: dict[str, list[str]] = Field(default_factory=dict)
    institutions: list[str]
    # a bare epithet that stands for a state of a kind ('il regno', 'la monarchia', 'l'emirato') -> the alpha-3 codes of
    # the states it may stand for: the one the text names most before it, not named in its own sentence
    state_epithets: dict[str, list[str]] = Field(default_factory=dict)
    # 'nella stessa città': a place named again stands for the state of the city or capital named last before it
    same_places: list[str] = Field(default_factory=list)
    # 'il comitato': a body named before as '<noun> of <organization>' ('Il comitato dell'Unione africana')
    body_nouns: list[str] = Field(default_factory=list)
    bare_institutions: list[str] = Field(default_factory=list)
    roles: list[RoleEntry]


class SeatEntry(BaseModel):
    model_config = _Model
    it: list[str]
    actor: str
    head: Optional[str] = None


class CityEntry(BaseModel):
    model_config = _Model
    it: list[str]
    actor: str


class MetonymsFile(BaseModel):
    model_config = _Model
    seats: list[SeatEntry]
    cities: list[CityEntry]
    # head nouns by which an article calls back a body it named in full ('il Forum' after 'il Forum delle isole del
    # Pacifico')
    short_heads: list[str] = []


class DemonymsFile(BaseModel):
    """alpha-3/body code -> list of forms (a string is inflected by rule, a list is taken as is)."""
    model_config = ConfigDict(extra="forbid")
    root: dict[str, list[str | list[str]]]


class StopwordsFile(BaseModel):
    model_config = _Model
    words: list[str]
    suffixes: list[str]
    place_cues: list[str] = Field(default_factory=list)
    given_names: list[str] = Field(default_factory=list)
    unit_cues: list[str] = Field(default_factory=list)
    adverbs: list[str] = Field(default_factory=list)
    common_words: list[str] = Field(default_factory=list)
    plural_determiners: list[str] = Field(default_factory=list)
    region_qualifiers: list[str] = Field(default_factory=list)


# Adverbs of time of the timex lexicon (timex_it.yaml, read here, never written): 'Stamattina', 'Ieri',
# 'Recentemente' opening a sentence are never part of a person's name. The one-word keys of the first
# sections, and the one-word -mente adverbs of the others (whose other entries are adjectives or phrases).
_TIMEX_ADVERB_SECTIONS = ("today_parts", "relative_days", "weekdays")
_TIMEX_MENTE_SECTIONS = ("set_adverbs", "vague")


def temporal_adverbs() -> set[str]:
    """One-word temporal adverbs of the timex lexicon, lower-case ('stamattina', 'ieri', 'recentemente')."""
    raw = raw_data("timex_it.yaml") or {}
    out: set[str] = set()

    def one(w) -> None:
        if isinstance(w, str) and w.isalpha():
            out.add(w.lower())

    for sec in _TIMEX_ADVERB_SECTIONS:
        for w in raw.get(sec) or {}:
            one(w)
    for sec in _TIMEX_MENTE_SECTIONS:
        node = raw.get(sec) or {}
        for w in node.values() if sec == "vague" else [node]:
            for x in w or []:
                if isinstance(x, str) and x.endswith("mente"):
                    one(x)
    return out


def inflect(form: str) -> list[str]:
    """Masculine singular Italian adjective -> its four (or two) forms (an unstressed '-ico'/'-iaco' makes its masculine
    plural in '-ici'/'-iaci': Treccani, "plurale dei nomi e aggettivi in -co")."""
    if form.endswith(("ico", "iaco")) and len(form) > 4:   # 'britannici', 'libici', 'austriaci', 'bosniaci'
        stem = form[:-1]
        return [form, stem + "a", stem + "i", stem + "he"]
    if form.endswith(("co", "go")) and len(form) >= 4:     # 'turchi', 'tedeschi', 'polacchi', 'cechi'
        stem = form[:-1]
        return [form, stem + "a", stem + "hi", stem + "he"]
    if form.endswith("o"):
        s = form[:-1]
        return [form, s + "a", s + "i", s + "e"]
    if form.endswith(("ita", "ota")):        # 'saudita', 'keniota', 'cipriota'
        s = form[:-1]
        return [form, s + "i", s + "e"]
    if form.endswith("e"):
        return [form, form[:-1] + "i"]
    return [form]


def load_demonyms() -> dict[str, str]:
    """surface form -> code (the prefixes of compound adjectives left out: load_demonym_prefixes)."""
    raw = load_data("actors_demonyms_it.yaml", _DemonymRoot)
    out: dict[str, str] = {}
    for code, forms in raw.root.items():
        for f in forms:
            if isinstance(f, str) and f.endswith("-"):
                continue
            for x in (f if isinstance(f, list) else inflect(f)):
                out.setdefault(x, code)
    return out


def load_demonym_prefixes() -> dict[str, str]:
    """First part of a compound nationality adjective ('italo' of 'italo-francese') -> code."""
    raw = load_data("actors_demonyms_it.yaml", _DemonymRoot)
    out: dict[str, str] = {}
    for code, forms in raw.root.items():
        for f in forms:
            if isinstance(f, str) and f.endswith("-") and len(f) > 2:
                out.setdefault(f[:-1], code)
    return out


class _DemonymRoot(BaseModel):
    model_config = ConfigDict(extra="forbid")
    root: dict[str, list[str | list[str]]]

    @classmethod
    def model_validate(cls, obj, *a, **k):  # the file is a bare mapping
        return super().model_validate({"root": obj}, *a, **k)


@dataclass
class GazPerson:
    name: str
    wikidata: str | None
    country: str | None
    roles: list[tuple[str, str, str | None, dt.date | None, dt.date | None]]  # title, country, class, start, end
    key: str = ""
    surname_keys: set[str] = field(default_factory=set)
    # one-word aliases ('Francesco' for Pope Francis): a bare reference once the text has introduced him
    alias_keys: set[str] = field(default_factory=set)

    def role_at(self, on: dt.date | None):
        """(title, country, class) held at ``on``; the latest role when ``on`` is None."""
        if not self.roles:
            return None
        if on is None:
            r = max(self.roles, key=lambda r: r[3] or dt.date.min)
            return r[0], r[1], r[2]
        best = None
        for r in self.roles:
            if (r[3] is None or r[3] <= on) and (r[4] is None or on < r[4]):
                if best is None or (r[3] or dt.date.min) > (best[3] or dt.date.min):
                    best = r
        return (best[0], best[1], best[2]) if best else None

    def active(self, on: dt.date | None) -> bool:
        return on is None or self.role_at(on) is not None

    def held(self, cls: str, country: str | None, on: dt.date | None) -> bool:
        for r in self.roles:
            if r[2] == cls and (country is None or r[1] == country):
                if on is None or ((r[3] is None or r[3] <= on) and (r[4] is None or on < r[4])):
                    return True
        return False


def build_persons(actors: ActorsFile, classes: dict[str, str]):
    """GazPersons plus full-name-key and surname-key indexes."""
    persons: list[GazPerson] = []
    full: dict[str, GazPerson] = {}
    surname: dict[str, list[GazPerson]] = {}
    for e in actors.persons:
        p = GazPerson(e.name, e.wikidata, e.country,
                      [(r.title, r.country, classes.get(r.title), r.start, r.end) for r in e.roles],
                      key=name_key(e.name))
        persons.append(p)
        names = [e.name] + e.aliases
        for n in names:
            full.setdefault(name_key(n), p)
        if e.surnames is None:
            sn = {n.split()[-1] for n in names if len(n.split()) >= 2}
            sn |= {n for n in e.aliases if len(n.split()) == 1}
        else:
            sn = set(e.surnames)
            p.alias_keys = {name_key(n) for n in e.aliases if len(n.split()) == 1} - {name_key(s) for s in sn}
        for s in sn:
            k = name_key(s)
            p.surname_keys.add(k)
            lst = surname.setdefault(k, [])
            if p not in lst:
                lst.append(p)
    return persons, full, surname
