"""Actor recognition in Italian news text: people (apposition, names, surnames, roles), states
(countries, metonyms, demonyms) and organizations, with within-text coreference."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from functools import lru_cache

from ..places.countries import countries
from ..datafiles import accentless, load_yaml as load_data
from ..memo import Memo
from ..places.resolver import PlaceResolver, function_words
from ..places.text import Lexicon, norm, tokenize
from .gazetteer import (ActorsFile, GazPerson, MetonymsFile, RolesFile, StopwordsFile, build_persons,
                        load_demonym_prefixes, load_demonyms, temporal_adverbs)
from .names import name_key, plain_key


# codes of the bodies of states that take part as parties of their own (not states)
BODY_CODES = frozenset({"EU", "NATO", "UN"})


_DEPUTY = "Deputy "           # the English title of a deputy: 'Deputy ' + the office's
_INNER_APOSTROPHE = re.compile(r"(?<=[a-zà-ÿ])['’](?=[a-zà-ÿ])")

def national_organization(actor) -> bool:
    """An organization of one state (Hamas, the Houthis, the US Congress): a side of its own, not its state."""
    return actor.kind == "organization" and bool(actor.country_code) and actor.country_code not in BODY_CODES


@dataclass(frozen=True)
class Actor:
    name: str                 # canonical Latin-script name: 'Sergey Lavrov', 'United States', 'European Union'
    kind: str                 # 'person' | 'state' | 'organization'
    country_code: str | None  # ISO 3166-1 alpha-3 ('EU', 'NATO', 'UN' for those bodies)
    title: str | None         # English role at that date: 'Foreign Minister', 'President'
    wikidata_id: str | None


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    text: str
    char_start: int
    char_end: int
    via: str                  # 'name' | 'apposition' | 'surname' | 'role' | 'metonym' | 'country' | 'demonym' | 'organization' | 'plural' ('i due leader': one mention per person)


_FIRST = itemgetter(0)
# English "title" of the counterpart words of roles_it.yaml ('l'omologo russo'): resolved against the subject
_COUNTERPART = "Counterpart"
# a common noun right before a person's name ('il pilota Muath al-Kasasbeh', 'al giornalista Kenji Goto') and the
# same noun alone after an article or articulated preposition later ('ucciso il pilota'); words never used so
_DESCRIPTOR_BEFORE = re.compile(r"(?<![\w'’])(?:il|la|lo|l['’]|al|alla|allo|all['’]|dal|dalla|dallo|dall['’])\s*"
                                r"(?P<d>(?-i:[a-zàèéìòù]){4,})\s+$", re.I)
_DESCRIPTOR_REF = re.compile(r"(?<![\w'’])(?:il|la|lo|l['’]|al|alla|allo|all['’]|del|della|dello|dell['’]|dal|dalla|"
                             r"dallo|dall['’]|col|sul|sulla)\s*(?P<d>(?-i:[a-zàèéìòù]){4,})(?![\w'’])", re.I)
_NOT_DESCRIPTORS = frozenset({"signor", "signora", "dottor", "dottoressa", "professor", "professoressa", "leader",
                              "figlio", "figlia", "moglie", "marito", "padre", "madre", "fratello", "sorella", "collega",
                              "omologo", "omologa", "nuovo", "nuova", "stesso", "stessa", "vecchio", "giovane",
                              "successore", "predecessore", "candidato", "candidata", "rivale", "generale",
                              "esercito", "governo", "ministero", "partito", "gruppo", "movimento", "agenzia",
                              "quotidiano", "giornale", "presidenza", "ufficio", "dipartimento", "comando"})
# what makes a counterpart word no bare one: a portfolio or a name after it ('la collega dello Sviluppo economico
# Federica Guidi')
_OF_OR_NAME_AFTER = re.compile(r"\s*(?:d[ei]\w*\b|d['’]|(?-i:[A-ZÀ-Ý]))", re.I)
# a family name before a hyphenated given name, as Korean names are written ('Kang Kyung-wha', 'Nam Gwan-pyo')
_KOREAN_ORDER = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+")
_GENERIC_TITLES = ("Leader", "Minister")    # titles any office holder may be given


# an articulated preposition elided before a title: 'all'emiro del Kuwait', 'dall'omologo russo'
# a head noun with a genitive before a title: the title is its complement ('il portavoce del presidente russo, X')
_OF_HEAD = re.compile(r"(?<![\w'’])(?:consiglier[ei]|consulent[ei]|portavoce|inviat[oi]|emissari[oi]|moglie|marito|"
                      r"figli[oa]?|fratello|sorella|capo di gabinetto|collaborator[ei]|assistent[ei]|delegat[oi]|"
                      r"rappresentant[ei]|segretari[oa])(?:\s+[\w'’]+){0,4}?\s+(?:del|dello|della|dell['’]|dei|degli|delle)\s*$",
                      re.I)
_ELIDED_PREP = re.compile(r"(?<![\w'’])(?i:all|dell|dall|nell|sull|coll)['’]$")
# the grammatical gender of a titled mention, from its article ('la presidente', 'alla presidente', 'il presidente
# americano'): a bare role agrees with the person it refers to
_GENDER_ARTICLE = re.compile(r"(?<![\w'’])(?:(?P<m>il|lo|del|dello|al|allo|dal|dallo|nel|sul|un)|"
                             r"(?P<f>la|della|alla|dalla|nella|sulla|una))\s", re.I)
# an adjective right after a role that may be a nationality no list knows ('il primo ministro salomonese')
_ADJECTIVE_AFTER = re.compile(r"\s+[a-zà-ù]+(?:es[ei]|an[oaie]|in[oaie]|en[oaie]|it[oaie]|ic[oaie]|ch[ei]|ens[ei]|[ai]c[oaie])"
                              r"(?![\w'’])")
# a lower-case qualifier, then a name: what a bare role before it introduces ('il leader dell'opposizione X')
_QUALIFIED_NAME_AFTER = re.compile(r"\s+(?:(?:del|della|dello|dei|degli|delle|di)\s+|(?:dell|d)['’]\s*)[a-zà-ù]+\s+"
                                   r"(?=(?-i:[A-ZÀ-Ý]))")
# a topic, a remit or an adjective after a body noun makes it another body ('il comitato per i diritti umani', 'la
# comunità internazionale', 'il consiglio comunale')
_TOPIC_AFTER = re.compile(r"\s+(?:per|sul|sulla|sullo|sull['’]|sui|sugli|sulle|contro|tra|fra|[a-zà-ù]+(?:al[ei]|ar[ei]))"
                          r"(?![\w'’])", re.I)


def _bare_noun_ends(text: str, e: int) -> bool:
    """Whether a body or institution noun ending at ``e`` stands bare: no name, 'of', adjective or topic of its own
    after it ('il comitato', not 'il comitato olimpico' or 'il comitato per i diritti umani')."""
    return not _OF_OR_NAME_AFTER.match(text, e) and not _ADJECTIVE_AFTER.match(text, e) \
        and not _TOPIC_AFTER.match(text, e)


def _noun_key(m: re.Match) -> str:
    """A matched 'noun' group, lower-cased with single spaces ('Ministero  degli Esteri' -> 'ministero degli esteri')."""
    return " ".join(m.group("noun").lower().split())


def _is_minister(p) -> bool:
    """Whether person ``p`` holds a minister's office ('Foreign Minister', 'Minister of State'; not the premier)."""
    return p.cls in _MINISTER_CLASSES or bool(p.title) and "Minister" in p.title and "Prime" not in p.title


# a bare 'il ministro' qualified after it ('il ministro consigliere dell'ambasciata russa', 'il ministro per ...'): another
# office
_MINISTER_QUALIFIED = re.compile(r"\s+(?:consigliere|plenipotenziari[oa]|delegat[oa]|aggiunt[oa]|di|del|della|dello|dei|"
                                 r"degli|delle|dell['’]|per|alla|alle|agli|al)(?![\w'’])", re.I)
# the office classes a bare 'il ministro' may call back
_MINISTER_CLASSES = frozenset(("foreign_minister", "defense_minister", "deputy_foreign_minister"))


def _bears_title(p, en: str) -> bool:
    """Whether person ``p`` was introduced with the English title ``en`` (or one that starts with it)."""
    return bool(p.title) and (p.title.lower() + " ").startswith(en.lower() + " ")


_COORD_GAP = re.compile(r"\s*(?:,\s*(?:e\s+|ed\s+)?|e\s+|ed\s+)")   # between coordinated mentions
_OF_GAP = re.compile(r"\s*,?\s*(?:(?:e|ed)\s+)?(?:di|del|della|dello|dell['’]|dei|degli|delle)\s*")
_OF_WORDS = frozenset(("di", "del", "della", "dello", "dei", "degli", "delle"))
_PAIR_GAP = re.compile(r"\s*,\s*")
_STATE_GROUP = frozenset(("state",))     # the offices of a plural noun of states ('i quattro Paesi')
_LEADER_CLASSES = ("head_of_state", "head_of_government")
# a capitalized word after an article: the head noun of a body named in full before ('la Commissione')
_HEAD_AFTER_ARTICLE = re.compile(r"(?<![\w'’])(?:la|il|lo|l['’])\s*(?P<head>(?-i:[A-ZÀ-Ý])[a-zà-ÿ]{3,})\b",
                                 re.I)
# a body's acronym given in brackets right after its name: 'l'Alleanza degli Stati del Sahel (Aes)'
_ACRONYM_GLOSS = re.compile(r"[ \xa0]*\((?P<acr>(?-i:[A-ZÀ-Ý])[A-Za-zÀ-ÿ]{1,7})\)")
_NEW = object.__new__      # ActorMention(...) without the frozen dataclass's per-field object.__setattr__


# ---------------------------------------------------------------- lexicon values
@dataclass(frozen=True)
class _Lex:
    actor: Actor | None       # None: media (recognised, never emitted)
    via: str
    head: str | None = None   # seats: English title of their head
    city: bool = False        # a capital city (could be a person's given name: check neighbours)
    lower: bool = False       # may start lower-case ('il dipartimento di Stato': a multi-word seat)
    prefix: bool = False      # first part of a compound adjective ('italo' of 'italo-francese')


def _country_at(gaz: GazPerson, role) -> str | None:
    """A known person's country at the date: the gazetteer's, or the role's when the gazetteer names a body (Nato,
    EU) or nothing ('il premier olandese Mark Rutte' in 2015: a head of a body later, of his state then)."""
    if role and role[1] and (gaz.country is None or gaz.country in BODY_CODES):
        return role[1]
    return gaz.country


@dataclass
class _Person:
    """A person of the current document (coreference target)."""
    name: str
    key: str
    country: str | None
    title: str | None
    cls: str | None
    gaz: GazPerson | None
    surname_keys: set

    def actor(self) -> Actor:
        return Actor(self.name, "person", self.country, self.title, self.gaz.wikidata if self.gaz else None)


_PARTICLES = {"bin", "ibn", "al", "el", "von", "van", "der", "den", "de", "da", "dos", "du", "le", "ben", "abu", "ter", "y",
              "del", "della"}     # 'Albert del Rosario'; not before a state ('Ruto del Kenya': _run_end)
_STARTERS = {"al", "el", "bin", "ibn", "von", "abu"}
# Capitalized name particles ('Luigi Di Maio', 'Alexander De Croo'): part of a name when a capitalized word follows.
_CAP_PARTICLES = {"Di", "De", "Del", "Della", "Da", "Dal", "Lo", "La", "Li", "Van", "Von", "Le", "Dos", "Du", "Ter"}
# Lower-case particles that are also Italian prepositions: 'al Colosseo', 'da Trump' never open an unknown name.
_PREP_PARTICLES = {"al", "da", "de", "le", "del", "di", "dal"}
_RUN_GAPS = frozenset((" ", "-", "'", "’", "\xa0", "‐"))     # what glues the words of a capitalized run
# Italian adjective endings ('medica', 'militare', 'navale', 'speciale'): one such word may sit between a unit
# noun and the unit's name.
_ADJ_ENDINGS = ("ico", "ica", "ici", "iche", "ale", "ali", "are", "ari", "aria", "ario", "arie", "ivo", "iva", "ivi", "ive")
_ARTICLES = frozenset(("il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "l"))    # of art_before_re
_SENT_END_RE = re.compile(r"[.!?\n]")
_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])")
def _code_of(ref) -> str | None:
    """The state code a candidate stands for: a person's country, a state's or body's own code."""
    return ref.country if type(ref) is _Person else getattr(ref, "country_code", None)


# 'è arrivato nella capitale, dove ...', 'era atterrato nello scalo della capitale': a capital named by no state, name
# or genitive (pass_bare_capital)
_BARE_CAPITAL = re.compile(r"(?<![\w'’])(?i:nella|alla|dalla|la|in|(?:nello|allo|dallo) scalo della|"
                           r"(?:all|nell|dall)['’]\s*aeroporto della)\s+(?P<cap>capitale)(?=\s*[,.;:)]|\s+(?i:dove|e|ed|per|con|"
                           r"insieme|già|ieri|oggi|stamattina)\b)")
# 'nella capitale ruandese': a nationality that names a capital city
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’])capitale\s+$", re.I)
# a verb between a person and a state named after him: the state is what he acts on, not his country ('il capo dei
# servizi di sicurezza, Finn Borch Andersen, aveva accusato l'Iran')
# a finite verb between a person and a state: the state is its object, not his country ('X ha ricevuto
# l'ambasciatore libico', 'X riceverà l'ambasciatore libico')
# (and a perfect of being or going somewhere: 'era stato in Russia', 'è arrivato in Cina', 'si era recato a Mosca')
_VERB_BETWEEN = re.compile(r"(?<![\w'’])(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+"
                           r"(?:\w+\s+)?\w+[aiu]t[oaie]\s|\w{2,}(?:erà|irà|arà|eranno|iranno|aranno|era['’]|ira['’]|ara['’])\s"
                           r"|(?:si\s+)?(?:è|era|sono|erano|sarà|sarebbe|sarebbero)\s+(?:già\s+|appena\s+)?"
                           r"(?:stat|andat|arrivat|giunt|volat|tornat|rientrat|atterrat|recat)[oaie]\s+"
                           r"(?:(?:ieri|oggi|poi|anche|già)\s+)?(?:in|a|ad|nel|nella|negli|nei|al|alla|allo)\s)",
                           re.I)
_OF_UNKNOWN = re.compile(r"(?:del|della|dello|dell['’])\s*([A-ZÀ-Ý][\w'’-]+)\s*,\s*$")
CONTEXT_COUNTRY_WINDOW = 90     # chars around an unknown person's mention searched for its country
_NAMETOK = r"(?:(?:bin|ibn|al|el|von|van|der|den|de|da|dos|du|le|ben|abu|ter|del|della)[ \xa0-])*[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"(?P<name>{_NAMETOK}(?:[ \xa0]+{_NAMETOK}){{0,4}})"
_NAMETOK_RE = re.compile(_NAMETOK)
_LEAD_RE = re.compile(r"[ \xa0-]")
_PORTFOLIO_AFTER = re.compile(r"[ \xa0]+(?:(?i:al|alla|allo|ai|agli|alle)[ \xa0]+|(?i:all)['’][ \xa0]*)[A-ZÀ-Ý]")
_SPACES_RE = re.compile(r"\s+")
_APOS_SPACES_RE = re.compile(r"'\s*")


def _alt(phrases) -> str:
    """Regex alternation of phrases, longest first; spaces match any whitespace, apostrophes both kinds."""
    out = []
    for p in sorted(set(phrases), key=len, reverse=True):
        # (an accented vowel also as the plain vowel and an apostrophe: 'volera'' in wire copy)
        out.append(accentless(re.escape(p.replace("’", "'")).replace(r"\ ", r"\s+").replace("'", "['’]\\s*")))
    return "|".join(out)


_ICASE_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '’-.&/()àèéìòùáíóúÀÈÉÌÒÙ")


def _trie_alt(phrases, icase: bool = False) -> str:
    """The alternation ``_alt(phrases)`` as a prefix tree: the same matches, found without trying every phrase.

    At a given position the phrases that match are unit-prefixes of one another (a unit is one source
    character: a literal, a space -> ``\\s+`` or an apostrophe -> ``['’]\\s*``), so trying longer
    continuations before ending a phrase reproduces ``_alt``'s longest-first order. ``icase``: the
    alternation is used inside ``(?i:...)`` (keys are lower-cased so case variants share a branch).
    Falls back to ``_alt`` for phrases where that argument does not hold.
    """
    phrases = set(phrases)
    for ph in phrases:
        q = ph.replace("’", "'")
        if any(c.isspace() and c != " " for c in q) or "’" in q:
            return _alt(phrases)
        if icase and not set(q) <= _ICASE_SAFE:
            return _alt(phrases)
    root: dict = {}
    END = ""
    for ph in phrases:
        node = root
        for c in ph.replace("’", "'"):
            if c == " ":
                unit = r"\s+"
            elif c == "'":
                unit = r"['’]\s*"
            else:
                unit = re.escape(c.lower() if icase else c)
            node = node.setdefault(unit, {})
        node[END] = None

    def emit(node: dict) -> str:
        parts = [unit + emit(child) for unit, child in node.items() if unit != END]
        if END in node:
            parts.append("")
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return emit(root) if root else _alt(phrases)


def _lower_seat(name: str) -> str | None:
    """The running-text form of a multi-word seat ('Dipartimento di Stato' -> 'dipartimento di Stato'): its
    first word lower-cased, when a later word keeps a capital that marks the proper name ('Numero 10', 'Tesoro
    americano' have none: lower-cased they are common words); None for one-word seats and those."""
    ws = name.split()
    if len(ws) < 2 or not ws[0][:1].isupper() or not any(w[:1].isupper() for w in ws[1:]):
        return None
    return ws[0][:1].lower() + name[1:]


_ANCHOR, _LEXICAL = 1, 2     # bits of ActorResolver.word_kind


def _WordMemo(f) -> Memo:
    """word -> f(word), computed on first sight: ``map(memo.__getitem__, words)`` then runs in C for known words."""
    return Memo(f, 200_000)


class ActorResolver:
    def __init__(self) -> None:
        roles = load_data("roles_it.yaml", RolesFile)
        actors = load_data("actors.yaml", ActorsFile)
        mets = load_data("metonyms_it.yaml", MetonymsFile)
        stop = load_data("actors_stopwords_it.yaml", StopwordsFile)
        fw = function_words()
        self.classes = roles.classes
        self.classes.setdefault("Leader", "head_of_state")
        self.country_titles = roles.country_titles
        self.persons, self.full, self.surnames = build_persons(actors, self.classes)
        self.function = {w.lower() for w in fw.function_words}
        # sentence-opening adverbs ('Stamattina', 'Intanto'): never part of a name, and a name may follow them
        self.openers = frozenset(w.capitalize() for w in set(stop.adverbs) | temporal_adverbs())
        self.stop = set(stop.words) | {w.capitalize() for w in fw.function_words} | self.openers
        self.suffixes = tuple(stop.suffixes)
        self.place_cues = {w.lower() for w in stop.place_cues if " " not in w}
        self.unit_cues = {w.lower() for w in stop.unit_cues}
        self.common_words = frozenset(w.lower() for w in stop.common_words)
        self.plural_dets = frozenset(w.lower() for w in stop.plural_determiners)
        self.region_qualifiers = re.compile(
            r"\s+(?:%s)(?![\w'’])" % "|".join(re.escape(w) for w in stop.region_qualifiers), re.I) \
            if stop.region_qualifiers else None
        self.given = set(stop.given_names) | {
            n.split()[0] for e in actors.persons for n in [e.name] + e.aliases if len(n.split()) >= 2}
        # holders: (class, country) -> persons
        self.holders: dict[tuple[str, str], list[GazPerson]] = {}
        for p in self.persons:
            for r in p.roles:
                if r[2]:
                    lst = self.holders.setdefault((r[2], r[1]), [])
                    if p not in lst:
                        lst.append(p)

        # ---- actors for codes
        self.states: dict[str, Actor] = {}
        for c in countries().values():
            self.states[c.alpha3] = Actor(c.name, "state", c.alpha3, None, None)
        self.code_actor: dict[str, Actor] = dict(self.states)
        lex: Lexicon[_Lex] = Lexicon()
        groups: dict[str, list[str]] = {}
        org_by_name: dict[str, Actor] = {}
        for o in actors.organizations:
            a = Actor(o.name, "organization", o.code or o.country, None, None)
            org_by_name[o.name] = a
            if o.code and o.code not in self.code_actor:
                self.code_actor[o.code] = a
            if o.members:
                groups[o.name] = o.members
            for n in o.aliases:
                lex.add(n, _Lex(a, "organization"))
        self.group_members: dict[str, tuple[Actor, ...]] = {
            name: tuple(self._code(code, f"member of {name}") for code in codes) for name, codes in groups.items()}
        for m in actors.media:
            lex.add(m, _Lex(None, "media"))
        for m in actors.regions:
            lex.add(m, _Lex(None, "region"))     # ('l'America Latina' is no mention of the United States)
        self.short_heads = frozenset(mets.short_heads)
        # the short heads an organization's own longer aliases open with ('Alleanza atlantica' -> 'Alleanza' for NATO)
        self.org_heads: dict[str, frozenset[str]] = {
            o.name: frozenset(n.split()[0] for n in o.aliases if " " in n and n.split()[0] in self.short_heads)
            for o in actors.organizations}
        self.seat_head: dict[str, tuple[str, str]] = {}    # normalised seat surface -> (code, head title)
        for s in mets.seats:
            a = self._code(s.actor, "seat " + "/".join(s.it))
            for n in s.it:
                lex.add(n, _Lex(a, "metonym", head=s.head), overwrite=True)
                if s.head:
                    self.seat_head[norm(n)] = (s.actor, s.head)
            for n in s.it:
                low = _lower_seat(n)
                if low is not None and low not in lex.entries:
                    lex.add(low, _Lex(a, "metonym", head=s.head, lower=True))
                    if s.head:
                        self.seat_head[norm(low)] = (s.actor, s.head)
        for c in countries().values():
            for n in c.it_names:
                lex.add(n, _Lex(self.states[c.alpha3], "country"))
        for ce in mets.cities:
            a = self._code(ce.actor, "city " + "/".join(ce.it))
            for n in ce.it:
                lex.add(n, _Lex(a, "metonym", city=True), overwrite=True)
        # capitals derived from the place gazetteer (GeoNames capital + its alternate names)
        qual_names = [n for n, v in lex.entries.items() if v.actor is not None]
        self.places = PlaceResolver.default()
        for surface, place in self.places.lexicon.entries.items():
            if place.kind == "city" and place.capital_of and place.capital_of in self.states:
                lex.add(surface, _Lex(self.states[place.capital_of], "metonym", city=True))
        # a state whose capital is the seat of a body ('la capitale belga' is Brussels, the EU's seat)
        self.capital_seat = {}
        for c in countries().values():
            v = lex.entries.get(c.capital) if c.capital else None
            if v is not None and v.city and v.actor is not None and v.actor.kind == "organization":
                self.capital_seat[c.alpha3] = v.actor
        self.demonyms: dict[str, str] = load_demonyms()
        for form, code in self.demonyms.items():
            a = self._code(code, "demonym " + form)
            lex.add(form, _Lex(a, "demonym"))
        self.demonym_prefixes: dict[str, str] = load_demonym_prefixes()
        for form, code in self.demonym_prefixes.items():
            if form in lex.entries:
                raise ValueError(f"actor data: demonym prefix {form!r}- is already a lexicon entry")
            lex.add(form, _Lex(self._code(code, "demonym prefix " + form), "demonym", prefix=True))
        self.lex = lex
        self.lex_first_or_starters = frozenset(lex.first) | _STARTERS

        # ---- title regexes
        self.role_by_it: dict[str, tuple[str, str | None, bool]] = {}
        # the body an unnamed holder of an office stands for, when it is not the office's country
        self.role_body: dict[str, Actor] = {}
        self.own_titles = frozenset(r.en for r in roles.roles if r.own_title)
        for r in roles.roles:
            for p in r.it:
                self.role_by_it[p.lower().replace("’", "'")] = (r.en, r.country, r.generic)
            if r.body is not None:
                if r.body not in org_by_name:
                    raise ValueError(f"roles_it.yaml: role {r.en!r} has body={r.body!r}: expected the name of an "
                                     f"organization of actors.yaml")
                self.role_body[r.en] = org_by_name[r.body]
        for h in roles.heads:
            self.role_by_it.setdefault(h.lower(), ("Leader", None, False))
        # capitalized words of role phrases ('Difesa', 'Esteri'): after 'del'/'della' they name an office, not a
        # surname ('Mario Rossi della Difesa')
        self.office_words = {w for r in roles.roles for p in r.it for w in re.findall(r"[A-ZÀ-Ý][\w'’]+", p)}
        for c in roles.counterparts:
            self.role_by_it.setdefault(c.lower(), (_COUNTERPART, None, False))
        # office class -> its English title ('foreign_minister' -> 'Foreign Minister'): the first of roles.classes
        self.class_title: dict[str, str] = {}
        self.title_class: dict[str, str] = dict(roles.classes)     # English title -> office class
        for en, cls in roles.classes.items():
            self.class_title.setdefault(cls, en)
        title_alt = _trie_alt(self.role_by_it, icase=True)
        dem_alt = _trie_alt(self.demonyms)
        qual_alt = _trie_alt(qual_names)
        self.inst_alt = _trie_alt(roles.institutions, icase=True)
        art = r"(?P<art>(?i:il|lo|la|i|gli|le|un|uno|una)\s+|(?i:l|un)['’]\s*)?"
        prefix = r"(?P<mod>(?i:ex|neo|nuovo|nuova|attuale|allora|futuro|futura|stesso|stessa)\s+|(?i:ex)-)?(?P<vice>(?i:vice)[- ]?)?"
        # one qualifier: demonym | 'di/del/della... <country|seat|org|capital>' | 'Usa'-like (in qual_alt)
        qual = (rf"(?:(?:{dem_alt})|(?i:di|del|dello|della|delle|dell['’]|degli|dei|d['’])\s*(?:{qual_alt})"
                rf"|(?:{qual_alt}))(?![\w])")
        self.qual_re = re.compile(rf"(?P<dem>{dem_alt})(?![\w])|(?i:di|del|dello|della|delle|dell['’]|degli|dei|d['’])\s*(?P<of>{qual_alt})(?![\w])|(?P<bare>{qual_alt})(?![\w])")
        quals = rf"(?P<quals>(?:[ \xa0]+{qual}){{0,2}})"
        # 'il re del Marocco, Mohammed VI', "l'emiro del Kuwait, lo sceicco Sabah al-Ahmad": an honorific may
        # stand between the comma and the name
        hon = rf"(?:(?i:il|lo|la|l['’])\s*(?i:{_alt(roles.honorifics)})[ \xa0]+)?" if roles.honorifics else ""
        # 'il premier ad interim Najib Mikati', 'il presidente uscente X': a modifier after the title
        # 'il presidente deposto', 'il premier destituito': a modifier that makes the title a former holder's
        self.former_modifiers = frozenset(w.lower() for w in roles.former_modifiers)
        self.elect_modifiers = frozenset(w.lower() for w in roles.elect_modifiers)
        tmods = roles.title_modifiers + roles.former_modifiers
        self.former_after_re = re.compile(rf"[ \xa0]+(?i:{_alt(roles.former_modifiers)})(?![\w])") \
            if roles.former_modifiers else None
        tmod = rf"(?:[ \xa0]+(?P<tmod>(?i:{_alt(tmods)}))(?![\w]))?" if tmods else ""
        # 'l'inviato speciale americano per la Corea del Nord, Stephen Bosworth', 'il rappresentante cinese per i
        # colloqui a sei, Wu Dawei': the portfolio after 'per' (a country or lower-case words), only before a name
        # 'il segretario di Stato francese alla Cooperazione, Joyandet': the portfolio after 'a' with its article
        compl = (rf"(?:[ \xa0]+per[ \xa0]+(?:(?i:il|lo|la|i|gli|le)[ \xa0]+|(?i:l)['’])"
                 rf"(?:(?:{qual_alt})(?![\w])|[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+(?:[ \xa0]+[a-zà-ÿ]+){{0,3}})"
                 rf"|[ \xa0]+(?i:al|allo|alla|ai|agli|alle)[ \xa0]+[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \xa0]+[a-zà-ÿ]+){{0,2}}(?=[ \xa0]*,)"
                 rf"|[ \xa0]+(?i:all)['’][ \xa0]*[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \xa0]+[a-zà-ÿ]+){{0,2}}(?=[ \xa0]*,)"
                 # 'il segretario al Lavoro Silvestre Bello', 'la ministra della Famiglia X': a portfolio no list knows,
                 # one capitalized word right before a first name and a surname
                 rf"|[ \xa0]+(?:(?i:del|della|dello|dei|degli|delle|al|allo|alla|ai|agli|alle)[ \xa0]+|(?i:dell|all)['’][ \xa0]*)"
                 rf"[A-ZÀ-Ý][a-zà-ÿ]{{3,}}(?=[ \xa0]+[A-ZÀ-Ý][a-zà-ÿ]+[ \xa0]+[A-ZÀ-Ý])"
                 # 'Il ministro del Petrolio egiziano, Tarek El Molla': such a portfolio, then the nationality and a comma
                 rf"|[ \xa0]+(?:(?i:del|della|dello|dei|degli|delle)[ \xa0]+|(?i:dell)['’][ \xa0]*)"
                 rf"[A-ZÀ-Ý][a-zà-ÿ]{{3,}}[ \xa0]+(?P<dem2>{dem_alt})(?=[ \xa0]*,))?")
        self.title_re = re.compile(
            rf"(?:(?<![\w'’])|(?<=(?i:all)['’])|(?<=(?i:dell|dall|nell|sull|coll)['’])){art}{prefix}(?P<title>(?i:{title_alt}))(?![\w]){tmod}{quals}(?:{compl}(?:[ \xa0]*,[ \xa0]*{hon}|[ \xa0]+){_NAME})?")
        self.appos_re = re.compile(
            rf"(?<![\w'’-]){_NAME}[ \xa0]*,[ \xa0]*(?:(?i:il|la|l['’]|lo)\s*)?{prefix}(?P<title>(?i:{title_alt}))(?![\w]){quals}"
            # 'Emmanuel Macron, il cancelliere tedesco Olaf Scholz': the title of the next name, no apposition
            rf"(?![ \xa0]+[A-ZÀ-Ý][\w'’]*[a-zà-ÿ])")
        firsts = {re.split(r"[\s'’]", t)[0] for t in self.role_by_it} | {
            re.split(r"[\s'’]", t)[0].lower() for t in roles.institutions} | {"ex", "neo", "nuovo", "nuova", "attuale",
                                                                         "allora", "futuro", "futura", "stesso", "stessa", "vice"}
        self.anchor_words = {f.lower() for f in firsts}
        aw, lfs = self.anchor_words, self.lex_first_or_starters
        # word -> _ANCHOR (it may start a title or institution: pass_titles) | _LEXICAL (it starts a lexicon
        # entry, is a particle or is capitalized: pass_lexicon_and_names), 0 for the other words
        self.word_kind = _WordMemo(lambda w: (_ANCHOR if w.lower() in aw else 0) |
                                   (_LEXICAL if w in lfs or w[0].isupper() else 0))
        # word -> its name key when, standing alone, it may be a surname (pass_surnames), else None
        stop = self.stop
        self.single_key = _WordMemo(lambda w: None if w in stop or (len(w) > 4 and w.isupper()) else name_key(w))
        # the keys of those common words: a spelling variant folds onto them too ('Leta', a news agency, is 'letta')
        self.common_keys = frozenset(name_key(w) for w in self.common_words)
        # a title's qualifiers -> _parse_quals; a name after a title -> its leading name tokens (offsets in it): both
        # read only the lists, and the same ones come back in article after article
        self._quals = _WordMemo(self._read_quals)
        self._name_spans = _WordMemo(self._name_token_spans)
        # Anchor words at which title_re / inst_re can match (at the word, or at an article just before it):
        # the word must begin one of the regex's leading phrases. Exact only when no phrase starts with an
        # article word and case-insensitive matching is plain lower-casing; otherwise every anchor is tried.
        arts = ("il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "l")
        title_lead = [t.replace("’", "'") for t in self.role_by_it] + [
            "ex", "neo", "nuovo", "nuova", "attuale", "allora", "futuro", "futura", "stesso", "stessa", "vice"]
        inst_lead = [t.lower().replace("’", "'") for t in roles.institutions]
        self.title_anchors = self._leading(title_lead, arts)
        self.inst_anchors = self._leading(inst_lead, arts)
        self.art_before_re = re.compile(r"(?:(?<![\w'’])(?i:il|lo|la|i|gli|le|un|uno|una)\s+|(?<![\w'’])(?i:l|un)['’]\s*)$")
        self.inst_re = re.compile(
            rf"(?<![\w'’]){art}(?P<inst>(?i:{self.inst_alt}))(?![\w])"
            # ('una delegazione commerciale cinese': one adjective between the noun and its nationality)
            rf"(?:[ \xa0]+(?i:[a-zà-ú]+(?:ale|ali|ica|ico|ici|iche|iva|ivo|ive|ivi|are|ari))(?=[ \xa0]+{qual}))?"
            rf"(?P<quals>(?:[ \xa0]+{qual}){{1,2}})")
        # 'la monarchia', 'il regno': a bare epithet for a state of a kind (pass_epithets); not 'il Regno Unito', 'il
        # regno hascemita', 'l'emirato del Qatar', 'il regno saudita' (names and qualified epithets)
        self.epithets = {k.lower(): frozenset(v) for k, v in roles.state_epithets.items()}
        # (the words that let the pass run, in the cases a text writes them: a set look-up per word, no lower-casing)
        self.epithet_words = frozenset(f(k) for k in self.epithets for f in (str.lower, str.capitalize, str.upper))
        self.epithet_re = re.compile(
            rf"(?<![\w'’])(?i:il|lo|la|l['’]|del|dal|nel|al|col|sul|della|dalla|nella|alla|sulla|dell['’]|nell['’]|"
            rf"dall['’]|all['’]|sull['’]|con il|con la)\s*(?P<ep>(?i:{_alt(self.epithets)}))(?![\w'’])"
            rf"(?![ \xa0]+(?i:unito|di|del|della|dello|dell['’]|dei|degli|delle|hascemita|senza|change|sanzionator\w*|"
            rf"fiscal\w*|doganal\w*|tariffari\w*|commercial\w*|agevolat\w*|preferenzial\w*|[a-zà-ù]+(?:ese|ano|ana|ani|"
            rf"ita|ino|ina|ena|eno|ota|ita)\b)|[ \xa0]+[A-ZÀ-Ý])") if self.epithets else None
        # 'nella stessa città': a place named again (pass_same_places)
        self.same_place_words = frozenset(w for k in roles.same_places for w in k.split()[:1])
        self.same_place_re = re.compile(
            rf"(?<![\w'’])(?i:nella|alla|dalla|della|sulla|la|nello|allo|dallo|dello|sullo|lo|nel|al|dal|del|il)\s+"
            rf"(?P<same>{_alt(roles.same_places)})(?![\w'’])") if roles.same_places else None
        # 'I due leader', 'entrambi i ministri': (number words after an article | stand-alone phrases) + noun
        self.group_size = {k.lower(): v for k, v in roles.group_numbers.items()}
        single = [k for k in self.group_size if " " not in k]
        multi = [k for k in self.group_size if " " in k]
        alts = []
        if single:
            alts.append(rf"(?:i|gli|le)\s+(?P<num>{_alt(single)})")
        if multi:
            alts.append(rf"(?P<phrase>{_alt(multi)})")
        self.armed = frozenset(o.name for o in actors.organizations if o.armed)
        self.fighters_re = re.compile(
            rf"(?<![\w'’])(?:(?i:i|gli|dei|degli|ai|agli|dai|dagli|sui|sugli)\s+(?:(?i:suoi|loro|propri)\s+)?"
            rf"(?i:{_alt(roles.fighters)})"
            + (rf"|(?i:{_alt(roles.fighter_places)})\s+(?i:{_alt(roles.fighter_adjectives)})" if roles.fighter_places and
               roles.fighter_adjectives else "")
            + (rf"|(?i:il|del|al|dal|nel|sul|col)\s+(?i:{_alt(roles.armed_movements)})" if roles.armed_movements else "") +
            r")(?![\w'’])"
            r"(?!\s+(?:di|del|della|dell['’]|dei|degli|filo\w*|pro\w*|sciiti|sunniti|curdi|islamici)\b)") if roles.fighters else None
        # 'Il comitato dell'Unione africana ... il comitato': a body noun defined by its organization, then bare
        nouns = _alt(roles.body_nouns) if roles.body_nouns else None
        self.body_def_re = re.compile(
            rf"(?<![\w'’])(?i:il|la|lo|l['’])\s*(?P<noun>(?i:{nouns}))\s+(?i:dell['’]|(?:del|della|dello|dei|degli|delle)"
            r"(?![\w'’]))\s*") if nouns else None
        self.body_ref_re = re.compile(
            rf"(?<![\w'’])(?i:il|la|lo|l['’]|al|alla|allo|all['’]|del|della|dello|dell['’]|dal|dalla|dallo|dall['’]|"
            rf"nel|nella|nello|nell['’])\s*(?P<noun>(?i:{nouns}))(?![\w'’])") if nouns else None
        self.body_words = frozenset(w.split()[0] for w in roles.body_nouns)
        # 'Il governo estone ... il governo': a state's institution named with its nationality, then bare
        insts = _alt(roles.bare_institutions) if roles.bare_institutions else None
        self.inst_def_re = re.compile(rf"(?i:il|la|lo|l['’])\s*(?P<noun>(?i:{insts}))\s+") if insts else None
        self.inst_ref_re = re.compile(
            rf"(?<![\w'’])(?i:il|lo|l['’]|al|allo|all['’]|del|dello|dell['’]|dal|dallo|dall['’])\s*"
            rf"(?P<noun>(?i:{insts}))(?![\w'’])") if insts else None
        self.inst_words = frozenset(w.split()[0] for w in roles.bare_institutions)
        first_words = {k.split()[0] for k in self.group_size}
        self.group_words = frozenset(first_words | {w.capitalize() for w in first_words})
        self.fighter_words = frozenset(w.split()[0] for w in roles.fighters + roles.fighter_adjectives
                                       + roles.armed_movements)
        # 'i miliziani del Red-Tabara': a group no list knows, named by its fighters
        self.named_group_re = re.compile(
            rf"(?<![\w'’])(?i:{_alt(roles.fighters)})\s+(?i:del|dello|della|dell['’]|dei|degli)\s*"
            rf"(?:(?:gruppo|movimento|milizia)\s+)?(?P<name>[A-Z][\w-]*[A-Za-z](?:\s+[A-Z][\w-]*){{0,2}})") \
            if roles.fighters else None
        self.motion_re = re.compile(rf"(?<![\w'’])(?i:{_alt(roles.motion_cues)})") if roles.motion_cues else None
        self.group_classes = {" ".join(k.lower().split()): frozenset(v) for k, v in roles.group_nouns.items()}
        # 'I presidenti del Benin, Boni Yayi, della Sierra Leone, ...': a plural office noun of one office class
        # opening a list of (country, name) pairs
        one_office = [k for k, v in roles.group_nouns.items() if len(v) == 1 and v[0] != "state"]
        self.plural_title_re = re.compile(
            rf"(?<![\w'’])(?i:i|gli|le)\s+(?P<noun>(?i:{_alt(one_office)}))(?=\s+(?:di|del|della|dello|dell['’]|dei|degli|delle)\b)"
        ) if one_office else None
        self.plural_title_words = frozenset(k.split()[0].lower() for k in one_office)
        self.group_re = re.compile(
            rf"(?<![\w'’])(?i:{'|'.join(alts)})(?:\s+(?P<noun>(?i:{_alt(roles.group_nouns)}))(?![\w])"
            # a bare 'i due' before a verb ('Lunedì i due dovrebbero incontrarsi'): two people
            rf"|(?=\s+(?:hanno|avevano|avrebbero|dovrebbero|potrebbero|dovranno|potranno|si|sono|erano|saranno)\b))"
        ) if alts and roles.group_nouns else None

    def _leading(self, phrases: list[str], arts) -> set[str]:
        aw = self.anchor_words
        if not all(set(x) <= _ICASE_SAFE and x == x.lower() for x in phrases):
            return set(aw)
        if any(x.startswith(a) and (len(x) == len(a) or not x[len(a)].isalnum()) for a in arts for x in phrases):
            return set(aw)
        return {w for w in aw if any(x.startswith(w) or w.startswith(x) for x in phrases)}

    def _code(self, code: str, where: str) -> Actor:
        a = self.code_actor.get(code)
        if a is None:
            raise ValueError(f"actor data: {where}: unknown actor code {code!r} (expected an ISO alpha-3 or an organization code of actors.yaml)")
        return a

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "ActorResolver":
        return cls()

    # ------------------------------------------------------------------ helpers
    def _title_for(self, en: str, country: str | None, generic: bool) -> tuple[str, str | None]:
        cls = self.classes.get(en)
        if cls and country and (generic or en == "Leader"):
            en = self.country_titles.get(cls, {}).get(country, en)
        return en, cls

    def _parse_quals(self, quals: str) -> tuple[str | None, str | None]:
        """-> (country/body code, seat head title)"""
        return self._quals[quals]

    def body_of_quals(self, quals: str):
        """The organization a qualifier names with 'di' ('una delegazione del Parlamento europeo' is the European
        Parliament's, not the European Union's), or None."""
        got = self.body_in_quals(quals)
        return got[1] if got is not None else None

    def body_in_quals(self, quals: str) -> tuple[str, Actor] | None:
        """body_of_quals with the words that name the organization ('Lega araba'), or None."""
        m = self.qual_re.search(quals)
        v = self.lex.get(m.group("of")) if m is not None and m.group("of") else None
        if v is not None and v.actor is not None and v.actor.kind == "organization":
            return m.group("of"), v.actor
        return None

    def _read_quals(self, quals: str) -> tuple[str | None, str | None]:
        """_parse_quals, computed."""
        one = quals.lstrip(" \xa0")
        if one.isalpha():
            # one word (the usual ' russo'): qual_re's first alternative matches it whole if it is a demonym
            code = self.demonyms.get(one)
            if code is not None:
                return code, None
        code, head = None, None
        for m in self.qual_re.finditer(quals):
            if m.group("dem"):
                code = code or self.demonyms.get(m.group("dem"))
                continue
            surface = m.group("of") or m.group("bare")
            v = self.lex.get(surface)
            if v is None or v.actor is None:
                continue
            c = v.actor.country_code
            if c and not code:
                code = c
            h = self.seat_head.get(norm(surface))
            if h and not head:
                head = h[1]
        return code, head

    def _name_tokens(self, name: str, start: int, lower_vocab) -> list[tuple[int, int]]:
        """Valid leading name tokens (offsets relative to the text) of a captured name group starting at start."""
        return [(start + a, start + b) for a, b in self._name_spans[name]]

    def _name_token_spans(self, name: str) -> tuple[tuple[int, int], ...]:
        """Valid leading name tokens (offsets in ``name``) of a captured name group."""
        toks = []
        pending = []
        for m in _NAMETOK_RE.finditer(name):
            w = m.group()
            span = m.span()
            if w.lower() in _PARTICLES and not w[0].isupper():
                pending.append(span)
                continue
            if not toks and not pending and w[0].islower() and w.split(" ", 1)[0].split("\xa0", 1)[0] in _PREP_PARTICLES:
                break               # 'l'ambasciatore da Parigi': a preposition, no name
            if not toks and not pending and w[0].islower() and w.split(None, 1)[0] in _OF_WORDS:
                continue            # 'il leader della Seleka Michel Djotodia': the title's qualifier, not the name
            if toks and w in _CAP_PARTICLES and not pending:
                pending.append(span)
                continue
            if not (w[0].isupper() or _LEAD_RE.split(w, maxsplit=1)[0] in _PARTICLES) or w in self.stop or (
                    len(w) > 4 and not toks and w.isupper()):
                break
            if toks and self._lexicon_word(w):
                break
            if toks and w[0].islower() and w.split(None, 1)[0] in ("del", "della"):
                rest = w.split(None, 1)[-1]
                if rest in self.lex.entries or rest in self.office_words:
                    break           # 'William Ruto del Kenya', 'Mario Rossi della Difesa': not a surname
            if pending:
                toks.extend(pending)
                pending = []
            toks.append(span)
            if len(toks) >= 5:
                break
        return tuple(toks)

    def _lexicon_word(self, w: str) -> bool:
        v = self.lex.entries.get(w)
        return v is not None and not v.city

    def _gaz_by_name(self, name: str, on, cls=None, country=None) -> GazPerson | None:
        k = name_key(name)
        p = self.full.get(k)
        if p is not None:
            return p
        return self._gaz_by_surname(k, on, cls, country)

    def _gaz_by_surname(self, k: str, on, cls=None, country=None) -> GazPerson | None:
        cands = self.surnames.get(k)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        if cls:
            c2 = [p for p in cands if p.held(cls, country, on)]
            if len(c2) == 1:
                return c2[0]
        act = [p for p in cands if on is not None and p.role_at(on) is not None]
        if len(act) == 1:
            return act[0]
        return None

    def _gaz_titled(self, title_it: str, title_en: str, name: str) -> GazPerson | None:
        """The gazetteer person one of whose names is the title followed by the name: 're Salman' (an alias),
        'King Salman' (the canonical name) for the title 're' and the name 'Salman'."""
        full = self.full
        for t in (title_it, title_en):
            p = full.get(name_key(t + " " + name))
            if p is not None:
                return p
        return None

    def _holder(self, cls: str, country: str, on) -> GazPerson | None:
        if on is None:
            return None
        hs = [p for p in self.holders.get((cls, country), []) if p.held(cls, country, on)]
        return hs[0] if len(hs) == 1 else None

    # ------------------------------------------------------------------ find
    def members_of(self, actor: Actor) -> tuple[Actor, ...]:
        """The member states (or bodies) of a group actor such as the G7 or the P5+1; () for anything else."""
        if actor.kind != "organization":
            return ()
        return self.group_members.get(actor.name, ())

    def office_day(self, text: str, days: list[dt.date]) -> dt.date | None:
        """Of the days an undated text may speak of, the one on which most of the known people it names by name held
        an office (their gazetteer roles); None when no day is ahead of the others."""
        names = {m.actor.name for m in self.find(text, None)
                 if m.actor.kind == "person" and m.via in ("name", "apposition", "surname")}
        people = [p for p in (self.full.get(name_key(n)) for n in names) if p is not None]
        scores = sorted(((sum(p.role_at(d) is not None for p in people), d) for d in days), reverse=True)
        if not scores or scores[0][0] == 0 or len(scores) > 1 and scores[1][0] == scores[0][0]:
            return None
        return scores[0][1]

    def find(self, text: str, on: dt.date | None) -> list[ActorMention]:
        doc = _Doc(self, text, on)
        return doc.run()


# what follows a head noun that is the start of another name ('Forum di Davos', 'Banca Mondiale')
_NAME_NEXT = re.compile(r"[ \xa0]+(?:(?:di|del|della|dello|dei|degli|delle|per|per la|per il|sul|sulla)[ \xa0]+|(?:dell|d)['’])?"
                        r"[A-ZÀ-Ý]|[ \xa0]*-|[ \xa0]+[a-zà-ÿ]+[ \xa0]+(?:di|del|della|dello|dei|degli|delle)[ \xa0]+[A-ZÀ-Ý]")


class _Doc:
    """State of one find() call."""

    def __init__(self, r: ActorResolver, text: str, on):
        self.r, self.text, self.on = r, text, on
        self.covered = bytearray(len(text) + 1)
        self.cands: list[tuple[int, int, object, str]] = []   # start, end, Actor|_Person, via
        self.people: dict[str, _Person] = {}
        self.by_surname: dict[str, list[_Person]] = {}
        self.by_first: dict[str, list[_Person]] = {}    # first name key -> people of the text ('Phumtham')
        self.roles: list[tuple[int, int, str, str | None, str | None, bool, object]] = []
        self.lead_country: dict[int, str] = {}
        # start of an unnamed former ('il presidente deposto') or future ('il presidente eletto') holder's title ->
        # (office class, whether the office ended before the date)
        self.tenure: dict[int, tuple[str, bool]] = {}
        # start of a holder named 'then' ('l'allora presidente americano') in a sentence that names a year -> the
        # middle of that year, the date its holder is looked up at
        self.then_on: dict[int, dt.date] = {}
        self._place_list = None             # the text's places (pass_same_places, pass_context), found once
        # 'l'omologo russo' (s, e, None, country) and 'l'omologo russo Sergej Lavrov' (s, e, person, country)
        self.counterparts: list[tuple[int, int, _Person | None, str | None]] = []

    # -- registry
    def register(self, name: str, gaz: GazPerson | None, title: str | None, cls: str | None,
                 country: str | None) -> _Person:
        if gaz is not None:
            key = gaz.key
        else:
            key = name_key(name)
        p = self.people.get(key)
        if p is None and gaz is None:
            # a longer/shorter form of someone already known ('Sergej Lavrov' vs 'Lavrov')
            last = key.split()[-1] if key else key
            for q in self.by_surname.get(last, []):
                if key in q.surname_keys or (q.gaz is None and (q.key.endswith(key) or key.endswith(q.key))):
                    p = q
                    break
        if p is None:
            if gaz is not None:
                role = gaz.role_at(self.on)
                p = _Person(gaz.name, key, _country_at(gaz, role), role[0] if role else None,
                            role[2] if role else None, gaz, gaz.surname_keys | gaz.alias_keys)
            else:
                # ("Moses Wetang'ula" is Moses Wetangula: an apostrophe inside a word of a name the gazetteer does not
                # know marks a glottal stop of the transliteration, dropped in the canonical spelling; "D'Alema" keeps
                # its elided article)
                p = _Person(_INNER_APOSTROPHE.sub("", name), key, None, None, None, None, set())
            toks = key.split()
            if toks:
                p.surname_keys.add(toks[-1])
                if len(toks) >= 3:
                    p.surname_keys.add(" ".join(toks[-2:]))
                if len(toks) == 3 and gaz is None and name.split()[1] not in self.r.given and \
                        name.split()[1][:1].isupper():
                    p.surname_keys.add(toks[1])     # 'Muse Bihi Abdi' ... 'Bihi': patronymic names
                if _KOREAN_ORDER.fullmatch(p.name):
                    p.surname_keys.add(toks[0])     # 'Kang Kyung-wha' ... 'Kang': the family name comes first
            self.people[key] = p
            for s in p.surname_keys:
                self.by_surname.setdefault(s, []).append(p)
            parts = name.split()
            if len(parts) >= 2 and parts[0][:1].isupper() and parts[0].lower() not in _PARTICLES:
                self.by_first.setdefault(name_key(parts[0]), []).append(p)
        if title and (p.title is None or p.title in _GENERIC_TITLES or p.gaz is None):
            p.title, p.cls = title, cls
        if title and p.gaz is not None and cls and p.cls != cls:
            p.title, p.cls = title, cls
        if country and (p.country is None or p.gaz is None):
            p.country = country
        return p

    def add(self, s: int, e: int, ref, via: str, force: bool = False) -> bool:
        if not force and self.covered.find(1, s, e) >= 0:
            return False
        self.covered[s:e] = b"\x01" * (e - s)
        self.cands.append((s, e, ref, via))
        return True

    def pass_descriptors(self) -> None:
        """'il pilota Muath al-Kasasbeh ... i jihadisti avevano ucciso il pilota': a person introduced by a common noun
        before the name (no office of the lexicon) is later named by that noun alone, after an article, when the noun
        introduced nobody else."""
        text = self.text
        found: dict[str, tuple[int, object]] = {}
        clash: set[str] = set()
        for s, e, ref, via in self.cands:
            if type(ref) is not _Person or via != "name":
                continue
            m = _DESCRIPTOR_BEFORE.search(text, max(0, s - 30), s)
            if m is None:
                continue
            word = m.group("d").lower()
            if word in self.r.role_by_it or word in _NOT_DESCRIPTORS:
                continue
            if word in found and found[word][1] is not ref:
                clash.add(word)
            found.setdefault(word, (e, ref))
        for word in clash:
            del found[word]
        if not found:
            return
        for m in _DESCRIPTOR_REF.finditer(text):
            got = found.get(m.group("d").lower())
            if got is not None and m.start() >= got[0] and not _NAME_NEXT.match(text, m.end()):
                self.add(m.start("d"), m.end(), got[1], "role")

    def pass_org_heads(self) -> None:
        """'la Commissione europea ... Venerdì la Commissione avrebbe congelato i negoziati': a body named in full is
        later named by its capitalized head noun alone, after an article."""
        heads: dict[str, tuple[int, Actor]] = {}
        for s, e, ref, via in self.cands:
            if via == "organization" and type(ref) is Actor and ref.kind == "organization":
                surface, body = self.text[s:e], ref
            elif via == "apposition" and type(ref) is _Person and \
                    (got := self.r.body_in_quals(self.text[s:e])) is not None:
                surface, body = got   # the body in a person's title: 'il segretario generale della Lega araba X'
            else:
                continue
            first, _, rest = surface.partition(" ")
            if rest and first[:1].isupper() and len(first) >= 4 and first.isalpha():
                heads.setdefault(first, (e, body))
        if not heads:
            return
        for m in _HEAD_AFTER_ARTICLE.finditer(self.text):
            got = heads.get(m.group("head"))
            if got is not None and m.start("head") >= got[0] and not _NAME_NEXT.match(self.text, m.end("head")):
                self.add(m.start("head"), m.end("head"), got[1], "organization")

    def pass_body_nouns(self) -> None:
        """'Il comitato dell'Unione africana sulla Libia ha chiesto ... Ieri sera il comitato ha annullato la
        missione': a body the text names as '<noun> of <organization>' is later named by the bare noun after an
        article (not followed by a name, an 'of' or an adjective of its own), the latest such body with that noun."""
        orgs = {s: ref for s, e, ref, via in self.cands
                if via == "organization" and type(ref) is Actor and ref.kind == "organization"}
        if not orgs:
            return
        text = self.text
        defs: dict[str, list[tuple[int, Actor]]] = {}
        for m in self.r.body_def_re.finditer(text):
            ref = orgs.get(m.end())
            if ref is not None:
                defs.setdefault(m.group("noun").lower(), []).append((m.end(), ref))
        if not defs:
            return
        for m in self.r.body_ref_re.finditer(text):
            got = defs.get(m.group("noun").lower())
            if got is None:
                continue
            before = [ref for end, ref in got if end <= m.start()]
            e = m.end()
            if before and _bare_noun_ends(text, e):
                self.add(m.start("noun"), e, before[-1], "organization")

    def pass_bare_institutions(self) -> None:
        """'Il governo estone ha cancellato le consultazioni ... Secondo il quotidiano Postimees, il governo starebbe
        preparando l'espulsione di due diplomatici russi': a state's institution named with its nationality is later
        named by the bare noun after an article (not followed by a name, an 'of' or an adjective of its own), the
        state of the latest such institution with that noun."""
        text = self.text
        defs: dict[str, list[tuple[int, object, str]]] = {}
        for s, e, ref, via in self.cands:
            if type(ref) is Actor and ref.kind == "state" and (m := self.r.inst_def_re.match(text, s)) is not None \
                    and m.end() < e:
                defs.setdefault(_noun_key(m), []).append((e, ref, via))
        if not defs:
            return
        # (only the state the article names most: 'il governo montenegrino ha smentito. Il governo ha invece annullato
        # la conferenza in programma a Tirana' is Albania's, in an article about Albania)
        counts = Counter(ref.country_code for _, _, ref, _ in self.cands
                         if type(ref) is Actor and ref.kind == "state" and ref.country_code)
        most = max(counts.values(), default=0)
        top = {code for code, n in counts.items() if n == most}
        for m in self.r.inst_ref_re.finditer(text):
            got = defs.get(_noun_key(m))
            if got is None:
                continue
            before = [(ref, via) for end, ref, via in got if end <= m.start() and ref.country_code in top]
            e = m.end()
            if before and _bare_noun_ends(text, e):
                self.add(m.start("noun"), e, *before[-1])

    def pass_acronym_glosses(self) -> None:
        """'I ministri dell'Alleanza degli Stati del Sahel (Aes) si riuniranno ... l'Aes': a body's acronym in
        brackets after its name is part of that mention (the brackets do not cut the body off from its verb), and
        names the body wherever else the text uses it."""
        text, acronyms, dropped = self.text, {}, set()
        for k, (s, e, ref, via) in enumerate(self.cands):
            if type(ref) is not Actor or ref.kind != "organization":
                continue
            m = _ACRONYM_GLOSS.match(text, e)
            if m is None:
                continue
            inside = [j for j, c in enumerate(self.cands) if e <= c[0] < m.end()]
            if any(self.cands[j][2] is not ref for j in inside):
                continue
            dropped.update(inside)      # ('(Ue)' found as a mention of its own: now part of the name's)
            self.cands[k] = (s, m.end(), ref, via)
            self.covered[e:m.end()] = b"\x01" * (m.end() - e)
            acronyms.setdefault(m.group("acr"), ref)
        if dropped:
            self.cands = [c for j, c in enumerate(self.cands) if j not in dropped]
        for acr, ref in acronyms.items():
            for m in re.finditer(rf"(?<!\w){re.escape(acr)}(?![\w'’])", text):
                self.add(m.start(), m.end(), ref, "organization")

    # -- passes
    def run(self) -> list[ActorMention]:
        self.tk = tk = tokenize(self.text)
        self.toks, self.ws = tk.spans, tk.ws
        ws = tk.ws
        # one look-up per word says which passes must look at it
        kinds = list(map(self.r.word_kind.__getitem__, ws))
        marked = list(compress(range(len(ws)), kinds))
        self.pass_titles([i for i in marked if kinds[i] & _ANCHOR])
        singles = self.pass_lexicon_and_names([i for i in marked if kinds[i] & _LEXICAL])
        self.pass_surnames(singles)
        if not self.r.short_heads.isdisjoint(ws):
            self.pass_short_names()
        deferred = self.pass_roles()
        # (a key-word look-up first: the pass scans the text only when one of its plural nouns is in it)
        if self.r.plural_title_re is not None and not self.r.plural_title_words.isdisjoint(ws):
            self.pass_plural_titles()
        self.pass_context()
        if deferred:
            self.pass_roles(deferred)
        if self.counterparts:
            self.pass_counterparts()
        if self.r.epithet_re is not None and not self.r.epithet_words.isdisjoint(ws):
            self.pass_epithets()
        if self.r.same_place_re is not None and not self.r.same_place_words.isdisjoint(ws):
            self.pass_same_places()
        if "capitale" in ws:
            self.pass_bare_capital()
        # the two plural passes scan the text only when one of their key words is in it (a set look-up per word)
        if self.r.group_re is not None and not self.r.group_words.isdisjoint(ws):
            self.pass_groups()
        if self.r.fighters_re is not None and self.r.armed and not self.r.fighter_words.isdisjoint(ws):
            self.pass_fighters()
        if self.r.named_group_re is not None and not self.r.fighter_words.isdisjoint(ws):
            self.pass_named_groups()
        self.pass_national_branches()
        self.pass_org_heads()
        if self.r.body_ref_re is not None and not self.r.body_words.isdisjoint(ws):
            self.pass_body_nouns()
        if self.r.inst_ref_re is not None and not self.r.inst_words.isdisjoint(ws):
            self.pass_bare_institutions()
        self.pass_descriptors()
        if "(" in self.text:
            self.pass_acronym_glosses()
        text = self.text
        built: dict[int, Actor] = {}     # one Actor per person of the text
        out = []
        append = out.append
        for s, e, ref, via in sorted(self.cands, key=_FIRST):
            if type(ref) is _Person:
                actor = built.get(id(ref))
                if actor is None:
                    actor = built[id(ref)] = ref.actor()
            else:
                actor = ref
            m = _NEW(ActorMention)
            d = m.__dict__
            d["actor"] = actor
            d["text"] = text[s:e]
            d["char_start"] = s
            d["char_end"] = e
            d["via"] = via
            append(m)
        return out

    def pass_titles(self, anchors: list[int]) -> None:
        """Titles ('il ministro degli Esteri russo Sergej Lavrov'), name-first appositions and institutions
        ('il governo italiano') at the anchor words (the indices of the words of word_kind _ANCHOR)."""
        r, text = self.r, self.text
        found = []
        last_a = last_c = -1
        toks, ws = self.toks, self.ws
        title_anchors, inst_anchors = r.title_anchors, r.inst_anchors
        art_before = r.art_before_re.search
        for ti in anchors:
            p, pe = toks[ti]
            if p > 0 and text[p - 1] in "'’" and p > 1 and text[p - 2].isalpha() and not (
                    p == 2 or not text[p - 3].isalpha()) and not _ELIDED_PREP.search(text, max(0, p - 6), p):
                continue
            w = ws[ti].lower()
            # art_before_re can only match at the previous word, an article within the 6 characters searched
            # (an ASCII word matches its case-insensitive alternatives when lower-cased)
            b = None
            if ti and toks[ti - 1][0] >= p - 6:
                a = ws[ti - 1]
                if a.lower() in _ARTICLES or not a.isascii():
                    b = art_before(text, max(0, p - 6), p)
            st = b.start() if b else p
            if st >= last_a and w in title_anchors:
                m = r.title_re.match(text, st) or (r.title_re.match(text, p) if b else None)
                if m and _OF_HEAD.search(text, max(0, m.start() - 70), m.start()):
                    # 'il consigliere speciale del presidente brasiliano, Celso Amorim': the title is the complement
                    # of a head noun, whose holder the text names ('consigliere'); its state may still be read
                    m = None
                if m:
                    found.append(("A", m))
                    last_a = m.end()
            if st >= last_c and w in inst_anchors:
                m = r.inst_re.match(text, st) or (r.inst_re.match(text, p) if b else None)
                if m:
                    found.append(("C", m))
                    last_c = m.end()
        # name-first appositions: '<Name>, ministro degli Esteri ...'
        openers = r.openers
        for ti in anchors:
            if ti == 0:
                continue
            p, pe = toks[ti]
            if text.find(",", toks[ti - 2][1] if ti >= 2 else toks[ti - 1][1], p) < 0:
                continue        # no comma before the anchor or before the article in front of it
            b = text.rfind(",", toks[ti - 1][1], p)
            if b < 0:
                # '<Name>, il ministro': the article is the previous token
                if ti >= 2 and ws[ti - 1].lower() in ("il", "la", "l", "lo"):
                    b = text.rfind(",", toks[ti - 2][1], toks[ti - 1][0])
                    ti -= 1
                if b < 0:
                    continue
            k = ti - 1
            first = None
            while k >= 0 and ti - k <= 5:
                w = ws[k]
                if not (w[0].isupper() or w in _PARTICLES) or w in openers:
                    break           # 'Ieri Mario Neri, ministro ...': the name starts after the adverb
                first = k
                if k > 0:
                    gap = text[toks[k - 1][1]:toks[k][0]]
                    if gap not in (" ", "-", "'", "’", "\xa0"):
                        break
                k -= 1
            if first is None or toks[ti - 1][1] > b or first > 0 and self._after_unit_cue(first):
                continue        # ('Secondo il settimanale Jeune Afrique, il presidente ciadiano': a medium's name)
            start = toks[first][0]
            place = r.places.lexicon.entries.get(text[start:b].strip())
            if place is not None and (place.major or first > 0 and ws[first - 1].lower() in ("a", "ad", "in")):
                continue            # 'Il 5 settembre, a San Pietroburgo, la presidente ha incontrato': a place
            m = r.appos_re.match(text, start)
            if m:
                found.append(("B", m))
        items = []
        for kind, m in found:
            items.append(self._title_item(kind, m))
        items = [it for it in items if it is not None]
        # longest first, then earliest; named appositions before role references
        items.sort(key=lambda it: (-(it[1] - it[0]) - (1000 if it[2] == "person" else 0), it[0]))
        for it in items:
            s, e, what = it[0], it[1], it[2]
            if self.covered.find(1, s, e) >= 0:
                continue
            if what == "person":
                _, _, _, name, gaz, title, cls, country = it
                if title == _COUNTERPART:        # 'il suo omologo russo Sergej Lavrov': the title comes later
                    p = self.register(name, gaz, None, None, country)
                    self.counterparts.append((s, e, p, country))
                else:
                    p = self.register(name, gaz, title, cls, country)
                self.add(s, e, p, "apposition")
            elif what == "role":
                self.covered[s:e] = b"\x01" * (e - s)
                self.roles.append(it[:2] + it[3:])
            else:  # state via institution
                self.add(s, e, it[3], "organization")

    def _title_item(self, kind: str, m: re.Match):
        r, text = self.r, self.text
        if kind == "C":
            code, _ = r._parse_quals(m.group("quals"))
            a = r.code_actor.get(code) if code else None
            if a is None:
                return None
            a = r.body_of_quals(m.group("quals")) or a
            v = r.lex.get(text[m.start("inst"):m.end("quals")])
            if v is not None and v.actor is not None and v.actor.kind == "organization":
                return None       # 'l'Autorità nazionale palestinese' is a body the gazetteer names, not the state
            s = m.start("art") if m.group("art") and not m.group("art").lower().startswith("un") else m.start("inst")
            return (s, m.end("quals"), "state", a)
        title_it, quals, vice, mod, name_g = m.group("title", "quals", "vice", "mod", "name")
        title_it = title_it.lower()
        if not title_it.isalpha() and ("  " in title_it or not title_it.replace(" ", "").isalpha()):
            # words and single spaces need no normalisation
            title_it = _SPACES_RE.sub(" ", title_it.replace("’", "'"))
            title_it = _APOS_SPACES_RE.sub("'", title_it)
        role = r.role_by_it.get(title_it)
        if role is None:
            return None
        en, default_country, generic = role
        base_en = en
        dem2 = m.groupdict().get("dem2")
        code, head = r._parse_quals(quals) if quals else r._parse_quals(" " + dem2) if dem2 else (None, None)
        if head and en == "Leader":
            en = head
        if not code and default_country and name_g and _PORTFOLIO_AFTER.match(text, m.end("quals")):
            # 'il segretario di Stato al Commercio, Jaime García-Legaz': an office with a portfolio is another state's
            # junior minister, not the holder of the office the title names on its own (the US Secretary of State)
            default_country = None
        country = code or default_country
        en, cls = r._title_for(en, country, generic)
        if en == _COUNTERPART:
            if vice or mod:
                return None
        elif vice and not en.startswith(("Deputy", "Vice")):
            en, cls = _DEPUTY + en, None
        tm = (m.groupdict().get("tmod") or "").lower()
        if tm in r.elect_modifiers and cls and not name_g:
            # ('il presidente eletto' with no name: the person of the text who takes the office after the date)
            self.tenure[m.start()] = (cls, False)
        if mod and mod.strip().lower() == "allora" and cls and not name_g:
            year = self._sentence_year(m.start())
            if year is not None:
                self.then_on[m.start()] = dt.date(year, 7, 1)
        if (mod and mod.strip().lower().startswith("ex")) or tm in r.former_modifiers or (
                quals and not name_g and r.former_after_re is not None and r.former_after_re.match(text, m.end("quals"))):
            if cls and not name_g:
                # ('il presidente deposto' with no name: the person of the text who held the office: pass_roles)
                self.tenure[m.start()] = (cls, True)
            en, cls = "Former " + en, None
        name_toks = []
        if name_g:
            name_toks = r._name_tokens(name_g, m.start("name"), None)
        art = m.group("art") if kind == "A" else None
        indefinite = bool(art and art.strip().lower().rstrip("'’").startswith("un"))
        if kind == "A":
            s = m.start("art") if art and not indefinite else (m.start("mod") if m.group("mod") else
                                                                   (m.start("vice") if vice else m.start("title")))
        else:
            s = m.start("name")
        if kind == "A" and base_en == "Leader" and not head and not name_toks and quals:
            # 'il leader del Tplf': the unnamed head of a body that is no state stands for the body (not for the head
            # of the state the body belongs to)
            body = r.body_of_quals(quals)
            if body is not None:
                return (s, m.end("quals"), "state", body)
        if name_toks:
            name = text[name_toks[0][0]:name_toks[-1][1]]
            if kind == "A" and len(name_toks) == 1 and name in r.stop:
                name_toks = []
            elif kind == "A" and r.lex.get(text[m.start("title"):name_toks[-1][1]]) is not None:
                return None       # 'Capo Verde' is a country, not the title 'capo' and a name
        if name_toks:
            ns, ne = name_toks[0][0], name_toks[-1][1]
            name = text[ns:ne]
            gaz = r._gaz_by_name(name, self.on, cls, country) or r._gaz_titled(title_it, base_en, name)
            if gaz is not None and self._other_office(gaz, name, cls, base_en):
                gaz = None
            if gaz is None and ne < m.end("name"):
                # a known name the word split cut short ('emiro Tamim bin Hamad Al Thani': 'Al' is also 'al')
                whole = r._gaz_by_name(m.group("name"), self.on, cls, country)
                if whole is not None:
                    gaz, ne = whole, m.end("name")
                    name = text[ns:ne]
            if kind == "B":
                if ns != m.start("name"):
                    return None
                if gaz is None and name_key(name) not in self.people:
                    units = [t for t in name_toks if text[t[0]].isupper()]
                    lv = self.tk.is_lower_word
                    if len(units) < 2 or any(lv(text[a:b].lower()) or text[a:b].lower().endswith(r.suffixes)
                                             for a, b in units):
                        return None
                e = m.end("quals") if m.group("quals") else m.end("title")
            else:
                e = ne
            if gaz is None and len(name_toks) == 1:
                # a bare unknown capitalized word after a title is only a name if not a place/org
                if name in r.lex.entries:
                    return self._role_item(m, s, en, cls, country, indefinite)
            if gaz is not None:
                name = gaz.name
                country = code or default_country or None
            return (s, e, "person", name, gaz, en, cls, country)
        if kind == "B":
            return None
        if country is None and quals and self._codeless_org(quals):
            return None           # 'i leader della Cedeao': the organization, found by the lexicon pass
        return self._role_item(m, s, en, cls, country, indefinite)

    def _other_office(self, gaz, name: str, cls, title_en: str) -> bool:
        """'l'ambasciatore Bukhari' is not President Buhari: a name that matches a known person only through
        transliteration folding, under a title of another office than the one he holds at the date."""
        words = set(plain_key(name).split())
        if words & set(plain_key(gaz.name).split()):
            return False
        if title_en in _GENERIC_TITLES or gaz.role_at(self.on) is None:
            return False
        return not (cls and gaz.held(cls, None, self.on))

    def _codeless_org(self, quals: str) -> bool:
        for q in self.r.qual_re.finditer(quals):
            v = self.r.lex.get(q.group("of") or q.group("bare") or "")
            if v is not None and v.actor is not None and v.actor.kind == "organization" and not v.actor.country_code:
                return True
        return False

    def _role_item(self, m, s, en, cls, country, indefinite):
        e = m.end("quals") if m.group("quals") else m.end("title")
        # the body an unnamed holder stands for: the office's own ('un commissario europeo'), its head's for a deputy
        # ('il vicepresidente della Commissione europea'), else a body the qualifiers name ('un portavoce della
        # Commissione Ue')
        r = self.r
        body = r.role_body.get(en) or r.role_body.get(en.removeprefix(_DEPUTY)) or \
            (r.body_of_quals(m.group("quals")) if m.group("quals") else None)
        return (s, e, "role", en, cls, country, indefinite, body)

    def pass_lexicon_and_names(self, todo: list[int]) -> list[int]:
        """Lexicon entries (countries, organizations, metonyms, demonyms) and capitalized runs (names) at the
        words ``todo`` (the indices of the words of word_kind _LEXICAL): the indices of the capitalized words
        left alone, for pass_surnames."""
        r, text, ws, toks = self.r, self.text, self.ws, self.toks
        n = len(toks)
        singles: list[int] = []
        covered, cands = self.covered, self.cands
        match = r.lex.match_word
        first_get, entries_get = r.lex.first.get, r.lex.entries.get
        nxt = 0
        for i in todo:
            if i < nxt:
                continue
            s, e = toks[i]
            if covered[s]:
                continue
            w = ws[i]
            nw = first_get(w)
            if nw is not None:
                if nw == 1:           # match_word's one-word case, inlined
                    v = entries_get(w)
                    hit = None if v is None else (i, v)
                else:
                    hit = match(text, toks, ws, i)
                if hit is not None:
                    j, v = hit
                    ee = toks[j][1]
                    if covered.find(1, s, ee) < 0 and self._accept_lex(toks, i, j, v):
                        covered[s:ee] = b"\x01" * (ee - s)
                        if v.actor is not None:
                            a = v.actor
                            if v.via == "demonym" and a.country_code in r.capital_seat and \
                                    _CAPITAL_BEFORE.search(text, max(0, s - 12), s):
                                a = r.capital_seat[a.country_code]   # 'nella capitale belga': Brussels, the EU's seat
                            cands.append((s, ee, a, v.via))     # self.add, the span being free
                        nxt = j + 1
                        continue
            if w in r.openers:
                continue              # 'Ieri Mosca ha ...': a sentence-opening adverb starts no run
            if text[s].isupper() or (w in _STARTERS and i + 1 < n and text[toks[i + 1][0]].isupper()):
                # _run_end stops at once unless a run connector (one character) and a capitalized word, a
                # particle or a hyphenated lower-case part follow
                if i + 1 < n and toks[i + 1][0] == e + 1 and text[e] in _RUN_GAPS and (
                        text[e + 1].isupper() or text[e] == "-" or ws[i + 1] in _PARTICLES):
                    j = self._run_end(toks, i)
                else:
                    j = i
                if j == i:
                    singles.append(i)     # what _segment_run does with a one-word run
                else:
                    self._segment_run(toks, i, j, singles)
                nxt = j + 1
        return singles

    def _accept_lex(self, toks, i, j, v: _Lex) -> bool:
        text = self.text
        s = toks[i][0]
        if v.via == "demonym":
            if v.prefix:
                return self._compound_part(toks, i)
            return text[s].islower()
        if not text[s].isupper() and v.via != "organization" and not v.lower:
            return False
        if v.via == "organization" and self.r.region_qualifiers is not None and \
                self.r.region_qualifiers.match(text, toks[j][1]):
            return False              # 'verso l'Europa occidentale': a region, not the Union
        if v.city and i == j:
            # 'Victoria Nuland', 'Marco Rubio': a one-word city glued to a capitalized word is a name
            return not self.r.places._inside_name(text, toks, i, self.ws)
        return True

    def _compound_part(self, toks, i) -> bool:
        """Token i (a demonym prefix: 'italo', 'sino') opens a compound nationality adjective: lower-case and
        joined by a hyphen to a nationality adjective or another prefix ('italo-francese', 'italo-franco-tedesco')."""
        text, r = self.text, self.r
        s, e = toks[i]
        if not text[s].islower() or i + 1 >= len(toks) or toks[i + 1][0] != e + 1 or text[e] not in "-‐":
            return False
        w = self.ws[i + 1]
        return w in r.demonyms or w in r.demonym_prefixes

    def _run_end(self, toks, i) -> int:
        """Last token of the capitalized run starting at i (space/hyphen/apostrophe separated)."""
        text, ws, covered, n = self.text, self.ws, self.covered, len(toks)
        lex_first = self.r.lex.first
        j = i
        while j + 1 < n:
            a, b = toks[j][1], toks[j + 1][0]
            if b != a + 1:
                break
            gap = text[a]
            if gap not in _RUN_GAPS or covered[b]:
                break
            w = ws[j + 1]
            if w in lex_first:
                hit = self.r.lex.match_word(text, toks, ws, j + 1)
                if hit is not None and not hit[1].city and self._accept_lex(toks, j + 1, hit[0], hit[1]):
                    break
            if not w[0].isupper():
                if gap == " " and w in _PARTICLES and j + 2 < n and text[toks[j + 2][0]].isupper():
                    j += 1
                    continue
                if gap == "-" and w.islower() and len(w) <= 5 and j > i - 1:  # 'Ban Ki-moon', 'Kim Yong-chol'
                    j += 1
                    continue
                break
            j += 1
        return j

    def _segment_run(self, toks, i, j, singles) -> None:
        r, text = self.r, self.text
        if i > 0 and self._after_unit_cue(i):
            return          # 'la brigata Henry Reeve', 'la nave Ocean Viking': a unit, ship or operation
        place_match = r.places.lexicon.match_word
        k = i
        while k <= j:
            done = False
            for l in range(min(j, k + 4), k, -1):          # multi-token: full names, multi-word surnames
                s, e = toks[k][0], toks[l][1]
                surface = text[s:e]
                key = name_key(surface)
                p = self.people.get(key)
                via = "name"
                if p is None:
                    gaz = r.full.get(key)
                    if gaz is not None:
                        p = self.register(surface, gaz, None, None, None)
                if p is None:
                    lst = self.by_surname.get(key)
                    if lst:
                        p, via = self._latest(lst, s), "surname"
                if p is None:
                    gaz = r._gaz_by_surname(key, self.on)
                    if gaz is not None:
                        p, via = self.register(surface, gaz, None, None, None), "surname"
                if p is not None:
                    self.add(s, e, p, via)
                    k = l + 1
                    done = True
                    break
            if done:
                continue
            hit = place_match(text, toks, self.ws, k)
            if hit is not None and k < hit[0] <= j:
                k = hit[0] + 1      # a known multi-word place ('Punta Raisi', 'Beit Lahia') is never a person
                continue
            if k == j:          # one word left: it cannot make two name units
                singles.append(k)
                break
            # unknown person: >= 2 space-separated name-like units
            units = self._name_units(toks, k, j)
            if len(units) >= 3 and self._word(toks, units[0][0]) not in r.given and (
                    self._word(toks, units[1][0]) in r.given or r.places.lookup(self._word(toks, units[0][0]))):
                # 'Eni Paolo Scaroni', 'Luhansk Serhiy Haidai': an organization/place before the given name
                pl = r.places.lookup(self._word(toks, units[0][0]))
                if pl is not None and pl.country_code:
                    self.lead_country[units[1][0]] = pl.country_code    # 'il governatore di Luhansk ...'
                singles.append(units[0][0])
                k = units[0][1] + 1
                continue
            if len(units) >= 2 and self._after_place_cue(toks, k):
                singles.extend(range(k, units[-1][1] + 1))
                k = units[-1][1] + 1
                continue
            if len(units) >= 2:
                s, e = toks[units[0][0]][0], toks[units[-1][1]][1]
                p = self.register(text[s:e], None, None, None, self.lead_country.get(units[0][0]))
                self.add(s, e, p, "name")
                k = units[-1][1] + 1
                continue
            singles.append(k)
            k += 1

    def _name_units(self, toks, k, j) -> list[tuple[int, int]]:
        """Space-separated units from k (a unit is tokens glued by hyphen/apostrophe), name-like only."""
        r, text = self.r, self.text
        units = []
        a = k
        lv = None
        while a <= j and len(units) < 4:
            b = a
            while b + 1 <= j and text[toks[b][1]:toks[b + 1][0]] in ("-", "'", "’", "‐"):
                b += 1
            w = text[toks[a][0]:toks[b][1]]
            first = text[toks[a][0]:toks[a][1]]
            if not units and b == a and first in _PREP_PARTICLES:
                a = b + 1           # 'al Colosseo', 'da Sarraj': a preposition, not a name particle
                continue
            if first in _PARTICLES or (units and b == a and first in _CAP_PARTICLES and a + 1 <= j
                                       and text[toks[a + 1][0]].isupper()):
                units.append((a, b))
                a = b + 1
                continue
            if (not w[0].isupper() or first in r.stop or w in r.stop or (len(w) > 1 and w.isupper())
                    or (w.lower().endswith(r.suffixes) and first not in r.given) or len(first) < 2):
                break
            if lv is None:
                lv = self.tk.is_lower_word
            if lv(w.lower()) or first.lower() in r.function:
                break
            if r.lex.entries.get(w) is not None or r.lex.first.get(first):
                v = r.lex.entries.get(w)
                # 'Giovanni Bruni': a capital's alternate name after a given name is a surname
                if not (v is not None and v.city and len(units) == 1 and
                        text[toks[units[0][0]][0]:toks[units[0][0]][1]] in r.given):
                    break
            if b > a and all(self._known_single(text[toks[x][0]:toks[x][1]]) for x in range(a, b + 1)):
                break       # 'Trump-Putin', 'Rubio-Lavrov'
            units.append((a, b))
            a = b + 1
        # (a trailing bare particle is no name; a glued one is: 'Heba al-Labadi')
        while units and units[-1][0] == units[-1][1] and text[toks[units[-1][0]][0]:toks[units[-1][0]][1]] in _PARTICLES:
            units.pop()
        if len(units) >= 2 and units[0][1] == units[-1][1]:
            return []
        return units

    def _word(self, toks, i) -> str:
        return self.text[toks[i][0]:toks[i][1]]

    def _after_unit_cue(self, i) -> bool:
        """The word before token i (skipping one lower-case adjective: 'la brigata medica') names a military
        unit, a ship or an operation: the capitalized run after it is that unit's name, not a person."""
        ws, r = self.ws, self.r
        k = i - 1
        if k > 0 and ws[k] == "The":
            k -= 1          # 'il quotidiano The Express Tribune'
        for _ in range(2):
            w = ws[k]
            # 'la brigata medica «Henry Reeve»', 'la nave militare ...', 'la brigata cubana ...', 'il quotidiano
            # filogovernativo ungherese Magyar Nemzet' (but 'il settimanale Jeune Afrique': a cue shaped like one)
            if k > 0 and w.islower() and (w in r.demonyms or w.endswith(_ADJ_ENDINGS)) and w not in r.unit_cues:
                k -= 1
        # (not a noun of a phrase: 'il premier del governo di unità nazionale libico Abdul Hamid Dbeibah')
        return ws[k].lower() in r.unit_cues and not (k > 0 and ws[k - 1] == "di")

    def _after_place_cue(self, toks, i) -> bool:
        """The word before token i (skipping one 'di/del/della/dell'') introduces a place or building."""
        ws = self.ws
        k = i - 1
        if k >= 0 and ws[k].lower() in ("di", "del", "della", "dell", "dello", "dei", "degli", "delle", "d"):
            k -= 1
        return k >= 0 and ws[k].lower() in self.r.place_cues

    def _known_single(self, w: str) -> bool:
        k = name_key(w)
        return k in self.by_surname or k in self.r.surnames or w in self.r.lex.entries

    def pass_surnames(self, singles: list[int]) -> None:
        """Capitalized words standing alone (indices): surnames of people of the text or of the gazetteer."""
        r, toks, ws, covered = self.r, self.toks, self.ws, self.covered
        single_key, surnames, by_surname = r.single_key, r.surnames, self.by_surname
        plural_dets, common, anchors = r.plural_dets, r.common_words, r.anchor_words
        text = self.text
        for i in singles:
            s, e = toks[i]
            if covered.find(1, s, e) >= 0:
                continue
            key = single_key[ws[i]]
            if key is None:
                continue
            if i and ws[i - 1].lower() in plural_dets and toks[i - 1][1] == s - 1 and text[s - 1] == " ":
                continue            # 'il club dei Grandi', 'i Grandi della Terra': a plural noun
            lst = by_surname.get(key)
            if lst:
                self.add(s, e, self._latest(lst, s), "surname")
                continue
            firsts = self.by_first.get(key)
            if firsts and len(firsts) == 1 and key not in surnames and i and ws[i - 1].lower() not in plural_dets:
                # 'il premier Phumtham Wechayachai ... sia Hun Manet sia Phumtham', 'Najib Razak ... con Najib': Thai,
                # Malay and other names used by the first name, for the one person of the text with that first name
                self.add(s, e, firsts[0], "surname")
                continue
            if key not in surnames:
                continue            # what _gaz_by_surname says at once
            low = ws[i].lower()
            if (low in common or key in r.common_keys or self.tk.is_lower_word(low)) \
                    and not (i and ws[i - 1].lower() in anchors):
                continue            # 'Costa', 'Monti': a common word unless the text introduced the person
                #                     or a title/institution is next to it ('il governo Conte')
            gaz = r._gaz_by_surname(key, self.on)
            if gaz is not None and i and ws[i - 1] in r.given and toks[i - 1][1] == s - 1 and \
                    covered.find(1, toks[i - 1][0], s) < 0 and not gaz.name.startswith(ws[i - 1]):
                # 'il ministro di Stato Tobias Lindner': a given name of its own before the surname of a known person
                # is someone else of that surname
                p = self.register(text[toks[i - 1][0]:e], None, None, None, None)
                self.add(toks[i - 1][0], e, p, "name")
                continue
            if gaz is not None:
                p = self.register(ws[i], gaz, None, None, None)
                self.add(s, e, p, "surname")

    def pass_short_names(self) -> None:
        """'il Forum delle isole del Pacifico ... i leader del Forum': a capitalized head noun standing alone calls
        back the organization of that head the text named in full before it (the latest one), or named otherwise when
        one of its longer names opens with that head ('la NATO ... l'Alleanza')."""
        text, toks, ws, heads = self.text, self.toks, self.ws, self.r.short_heads
        org_heads = self.r.org_heads
        named = sorted((s, e, ref) for s, e, ref, via in self.cands
                       if getattr(ref, "kind", None) == "organization"
                       and (" " in text[s:e] or org_heads.get(ref.name)))
        if not named:
            return
        for i, w in enumerate(ws):
            if w not in heads:
                continue
            s, e = toks[i]
            if self.covered.find(1, s, e) >= 0:
                continue
            if _NAME_NEXT.match(text, e):
                continue          # 'il Forum di Davos', 'la Banca Mondiale': another name
            # (or by the head of one of its other names: 'la NATO ... il segretario generale dell'Alleanza')
            latest = next((ref for a, b, ref in reversed(named) if b <= s
                           and (text[a:b].split()[0].lstrip("l'’").capitalize() == w
                                or w in org_heads.get(ref.name, ()))), None)
            if latest is not None:
                self.add(s, e, latest, "organization")

    def pass_epithets(self) -> None:
        """'Mercoledì la monarchia ha richiamato il suo ambasciatore': a bare epithet of a kind of state stands for the
        state of that kind the text names most before it, when its own sentence does not name it (the other
        party of the sentence is not meant: 'il governo svedese ... con il regno' is Saudi Arabia)."""
        r, text = self.r, self.text
        states = sorted((s, e, ref) for s, e, ref, via in self.cands if getattr(ref, "kind", None) == "state")
        last = None           # (an article keeps calling the same state 'il regno', 'la monarchia')
        for m in r.epithet_re.finditer(text):
            s, e = m.start("ep"), m.end("ep")
            if self.covered.find(1, s, e) >= 0:
                continue
            kinds = r.epithets[m.group("ep").lower()]
            lo = max((x.end() for x in _SENT_END_RE.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
            hi_m = _SENT_END_RE.search(text, e)
            hi = hi_m.start() if hi_m else len(text)
            # (the states and the persons' countries its sentence names)
            here = {_code_of(ref) for a, b, ref, via in self.cands if lo <= a < hi}
            counts, latest = Counter(), {}
            for a, b, ref in states:
                if b <= s and ref.country_code in kinds and ref.country_code not in here:
                    counts[ref.country_code] += 1
                    latest[ref.country_code] = a
            if last in kinds and last not in here:
                counts = Counter({last: 1})
            if counts:
                code = max(counts, key=lambda c: (counts[c], latest.get(c, -1)))
                a = r.code_actor.get(code)
                if a is not None:
                    self.add(s, e, a, "metonym")
                    last = code

    def pass_same_places(self) -> None:
        """'ha annullato la visita che doveva fare nella stessa città': a place named again stands for the state of
        the city ('a Kigali') or capital ('nella capitale ruandese') the text named last before it, in its sentence
        or the two before."""
        r, text = self.r, self.text
        cities = [(pl.char_start, pl.country_code) for pl in self._places()
                  if pl.kind == "city" and pl.country_code]
        capitals = [(s, ref.country_code) for s, e, ref, via in self.cands
                    if via == "demonym" and getattr(ref, "kind", None) == "state"
                    and _CAPITAL_BEFORE.search(text, max(0, s - 16), s)]
        for m in r.same_place_re.finditer(text):
            s, e = m.start("same"), m.end("same")
            if self.covered.find(1, s, e) >= 0:
                continue
            ends = [x.end() for x in _SENT_END_RE.finditer(text, max(0, s - 800), s)]
            lo = ends[-3] if len(ends) >= 3 else max(0, s - 800)
            before = [(a, c) for a, c in cities + capitals if lo <= a < s]
            if before:
                code = max(before)[1]
                actor = r.code_actor.get(code)
                if actor is not None:
                    self.add(s, e, actor, "metonym")

    def pass_bare_capital(self) -> None:
        """'Manama, 17 marzo 2011 – ... Gates è arrivato nella capitale, dove ha incontrato il re': a capital named by
        no state or name is the dateline's city, standing for its state."""
        text = self.text
        dateline = next((pl for pl in self._places() if pl.char_start < 40 and pl.kind == "city" and pl.country_code
                         and "\n" not in text[:pl.char_start].strip("\n ")), None)
        if dateline is None:
            return
        actor = self.r.code_actor.get(dateline.country_code)
        if actor is None:
            return
        # (a wire's home dateline, 'ROMA, 6 LUG - ', is no place of the story: its state must be named in the text)
        named = [s for s, e, ref, via in self.cands if s > dateline.char_end
                 and _code_of(ref) == dateline.country_code]
        for m in _BARE_CAPITAL.finditer(text, dateline.char_end):
            s, e = m.start("cap"), m.end("cap")
            if any(a < s for a in named) and self.covered.find(1, s, e) < 0:
                self.add(s, e, actor, "metonym")

    def pass_context(self) -> None:
        """People no list resolved: an ambiguous gazetteer name is settled by the countries the text names
        ('re Abdullah' in an article about Saudi Arabia); a person with no country takes the nearest state
        or place named in the same sentence ('il governatore di Luhansk Serhiy Haidai')."""
        todo = [p for p in self.people.values() if p.gaz is None and p.country is None]
        if not todo:
            return
        r, text = self.r, self.text
        first: dict[int, tuple[int, int]] = {}
        for s, e, ref, via in self.cands:
            if isinstance(ref, _Person) and id(ref) not in first:
                first[id(ref)] = (s, e)
        # (a nationality right before another person's name is that person's: 'l'alto commissario australiano James
        # Batley' gives no country to the commodore named before)
        person_starts = {s for s, e, ref, via in self.cands if isinstance(ref, _Person)}
        states = [(s, e, ref.country_code,
                   next((x for x in (e + 1, e + 2) if x in person_starts), None) if via == "demonym" else None)
                  for s, e, ref, via in self.cands
                  if isinstance(ref, Actor) and ref.kind == "state"
                  and via in ("country", "demonym", "metonym", "role", "organization")]
        codes = {c for _, _, c, _ in states}
        places = None
        for p in todo:
            span = first.get(id(p))
            if span is None:
                continue
            # an ambiguous gazetteer name ('Abdullah': Saudi Arabia or Jordan)
            key = name_key(p.name)
            cands = [g for g in r.surnames.get(key, []) + ([r.full[key]] if key in r.full else [])
                     if g.active(self.on) and g.country in codes]
            cands = list({id(g): g for g in cands}.values())
            if len(cands) == 1:
                g = cands[0]
                role = g.role_at(self.on)
                p.name, p.gaz, p.country = g.name, g, _country_at(g, role)
                if role and (p.title is None or p.cls is None or p.cls == role[2]):
                    p.title, p.cls = role[0], role[2]
                continue
            s, e = span
            lo = max(0, s - CONTEXT_COUNTRY_WINDOW)
            hi = min(len(text), e + CONTEXT_COUNTRY_WINDOW)
            m = None
            for m in _SENT_END_RE.finditer(text, lo, s):
                pass
            if m is not None:
                lo = m.end()
            m = _SENT_END_RE.search(text, e, hi)
            if m is not None:
                hi = m.start()
            motion = r.motion_re.search(text, e, hi) if r.motion_re is not None else None
            if motion is not None:
                hi = motion.start()   # 'Marta Dassù sarà a Belgrado': a destination, not her country
            best = None
            for a, b, c, owner in states:
                if a >= lo and b <= hi and c and c not in BODY_CODES and (owner is None or owner == s):
                    if b <= s and r.motion_re is not None and r.motion_re.search(text, max(lo, a - 20), a):
                        # ('la missione in Iraq del ministro X': a destination before him is not his country)
                        continue
                    if a >= e and _VERB_BETWEEN.search(text, e, a):
                        continue
                    d = s - b if b <= s else a - e
                    if d >= 0 and (best is None or d < best[0]):
                        best = (d, c)
            if p.title is None:       # a city only places someone introduced by a title ('il governatore di ...')
                of = _OF_UNKNOWN.search(text, max(0, s - 40), s)
                if of is not None and r.lex.entries.get(of.group(1)) is None:
                    continue          # 'il presidente del Somaliland, Muse Bihi Abdi': of a place no list knows
                if best is not None:
                    p.country = best[1]
                continue
            if places is None:
                places = [(pl.char_start, pl.char_end, pl.country_code) for pl in self._places()
                          if pl.kind == "city"]
            for a, b, c in places:
                if a >= lo and b <= hi and c and not (s <= a < e):
                    d = s - b if b <= s else a - e
                    if d >= 0 and (best is None or d < best[0]):
                        best = (d, c)
            if best is not None:
                p.country = best[1]

    def _latest(self, lst, s: int):
        """Of the people of the text who bear the surname at ``s``, the one the text introduced last before it ('il
        ministro degli Esteri, lo sceicco Mohammed bin Abdulrahman Al Thani ... Al Thani' before 'l'emiro, Tamim bin
        Hamad Al Thani'); the first registered when none was introduced before it."""
        if len(lst) == 1:
            return lst[0]
        intro = dict.fromkeys(map(id, lst), -1)   # person -> start of its latest introduction before s
        for a, b, ref, via in self.cands:
            if via != "surname" and b <= s and id(ref) in intro:
                intro[id(ref)] = max(intro[id(ref)], a)
        return max(lst, key=lambda q: intro[id(q)])

    def pass_roles(self, roles=None) -> list:
        """Role references ('il premier turco', 'il capo della diplomazia russa'): the person of the text who
        holds that office, else the gazetteer's holder at the date, else the state. A reference that only a
        person of the text with no country yet may hold ('il premier Kemal Bozkurt' in a sentence naming
        Turkey) is returned, to be resolved again after pass_context; so is nothing on that second call."""
        r = self.r
        again = roles is not None
        deferred = []
        for item in (self.roles if roles is None else roles):
            s, e, en, cls, country, indefinite, body = item
            if en == _COUNTERPART:
                if not indefinite:
                    self.counterparts.append((s, e, None, country))
                continue
            target = None
            if country is None and (nxt := _QUALIFIED_NAME_AFTER.match(self.text, e)) is not None and any(
                    a == nxt.end() and type(ref) is _Person for a, b, ref, via in self.cands):
                continue      # 'il leader dell'opposizione Cellou Dalein Diallo': the title of the name after it
            if s in self.then_on and cls and country and not indefinite:
                # 'Nel marzo 2016 l'allora presidente americano ...': the holder in that year, not at the article's date
                gaz = r._holder(cls, country, self.then_on[s])
                if gaz is not None:
                    target = self.register(gaz.name, gaz, None, None, None)
            if target is None and s in self.tenure and not indefinite:
                target = self._tenure_holder(s, country, *self.tenure[s])
                if target is not None and cls:
                    self.add(s, e, target, "role", force=True)      # 'il presidente eletto'
                    continue
            if target is None and cls and not indefinite:
                # 'il leader di Budapest': whoever of that country leads it, head of state or of government
                ok = _LEADER_CLASSES if en == "Leader" and country else (cls,)
                cands = [p for p in self.people.values() if p.cls in ok and (country is None or p.country == country)]
                if country is None and cands:
                    # a bare role ('il presidente', 'prima leader occidentale') refers back, never forward
                    before = self._people_before(s)
                    cands = [p for p in cands if id(p) in before]
                if country is None and cands and en in r.own_titles:
                    # ('Trump ... Hook è arrivato in Kuwait e ha incontrato l'emiro': no emir introduced, nobody)
                    cands = [p for p in cands if _bears_title(p, en)]
                if len(cands) > 1 and country is None and en and \
                        len(titled := [p for p in cands if _bears_title(p, en)]) == 1:
                    cands = titled    # 'il re è stato ricevuto dal presidente americano ... Il sovrano': the king
                if len(cands) > 1 and country is None and not _ADJECTIVE_AFTER.match(self.text, e) and \
                        (gender := self._gender(s, e)) is not None:
                    # 'Lunedì sera il presidente americano aveva telefonato alla presidente': the one whose mentions
                    # never took the other gender
                    cands = [p for p in cands if self._genders(p) <= {gender}]
                if len(cands) == 1:
                    target = cands[0]
                elif not cands and country:
                    if not again and any(p.cls == cls and p.country is None for p in self.people.values()):
                        deferred.append(item)
                        continue
                    gaz = r._holder(cls, country, self.on)
                    if gaz is not None:
                        target = self.register(gaz.name, gaz, None, None, None)
            if target is None and cls is None and en == "Minister" and country is None and not indefinite and \
                    not _ADJECTIVE_AFTER.match(self.text, e) and not _MINISTER_QUALIFIED.match(self.text, e) and \
                    (gender := self._gender(s, e)) is not None:
                # 'la ministra degli Esteri argentina ha ricevuto X ... Oggi la ministra ha parlato': a bare minister
                # calls back the one minister of that gender the text introduced before it
                before = self._people_before(s)
                cands = [p for p in self.people.values() if id(p) in before and _is_minister(p)
                         and self._genders(p) == {gender}]
                if len(cands) == 1:
                    target = cands[0]
            if target is not None:
                self.add(s, e, target, "role", force=True)
            elif country:
                # ('l'ambasciatore cambogiano': an office with no class stands for its state too; so does an
                # unnamed holder, 'un inviato ruandese', 'un ministro francese')
                a = body or r.code_actor.get(country)
                if a is not None:
                    self.add(s, e, a, "role", force=True)
        return deferred

    def _gender(self, s: int, e: int) -> str | None:
        """'f' or 'm' by the article that opens a titled mention (or stands right before it), else None."""
        m = _GENDER_ARTICLE.search(self.text, max(0, s - 6), min(e, s + 12))
        return None if m is None else "f" if m.group("f") else "m"

    def _genders(self, person) -> set:
        """The genders of a person's titled mentions so far."""
        return {g for a, b, ref, via in self.cands if ref is person and via in ("role", "apposition")
                and (g := self._gender(a, b)) is not None}

    def _sentence_year(self, s: int) -> int | None:
        """The one year (1900-2099) the sentence around offset ``s`` names, if it names exactly one."""
        text = self.text
        lo = max((m.end() for m in _SENT_END_RE.finditer(text, max(0, s - 300), s)), default=max(0, s - 300))
        end = _SENT_END_RE.search(text, s)
        hi = end.start() if end is not None else len(text)
        years = {int(y) for y in _YEAR_RE.findall(text, lo, hi)}
        return years.pop() if len(years) == 1 else None

    def _people_before(self, s: int) -> set:
        """The ids of the people of the text mentioned before ``s`` (a bare role refers back, never forward)."""
        return {id(ref) for a, b, ref, via in self.cands if b <= s and type(ref) is _Person}

    def _tenure_holder(self, s: int, country: str | None, cls: str, ended: bool) -> _Person | None:
        """'il presidente deposto', "l'ex premier" (ended) or 'il presidente eletto' (not yet begun): the one person of
        the text, named before s, whose office of that class (of that country) ended before the date or begins after
        it."""
        if self.on is None:
            return None
        before = self._people_before(s)
        cands = [p for p in self.people.values() if id(p) in before and p.gaz is not None and any(
            ro[2] == cls and (country is None or ro[1] == country)
            and (ro[4] is not None and ro[4] <= self.on if ended else ro[3] is not None and ro[3] > self.on)
            for ro in p.gaz.roles)]
        return cands[0] if len(cands) == 1 else None

    def _places(self) -> list:
        """The text's places (found once, for the passes that need them)."""
        if self._place_list is None:
            self._place_list = self.r.places.find(self.text)
        return self._place_list

    def _host_before(self, s: int, country: str) -> str | None:
        """The code of the last state the sentence names (itself or by a place of it) before ``s``, after its latest
        person of ``country``, when it is another state than ``country``; else None ('partirà per gli Emirati, dove
        incontrerà il suo omologo': the counterpart is the host's)."""
        lo = max(0, s - 400)
        for m in _SENT_END_RE.finditer(self.text, lo, s):
            lo = m.end()
        # (from the subject's latest mention on: 'Strahan ha incontrato Sogavare, e il primo ministro papuano James
        # Marape ha telefonato al collega')
        lo = max([b for a, b, ref, via in self.cands if lo <= a and b <= s and type(ref) is _Person and
                  ref.country == country] or [lo])
        found = [(a, ref.country_code) for a, b, ref, via in self.cands
                 if lo <= a and b <= s and type(ref) is not _Person and getattr(ref, "country_code", None)
                 and ref.country_code != country] + \
            [(pl.char_start, pl.country_code) for pl in self._places()
             if lo <= pl.char_start < s and pl.country_code and pl.country_code != country]
        return max(found, default=(0, None))[1]

    def _latest_peer(self, s: int, subj: _Person, cls: str) -> _Person | None:
        """The person mentioned last before ``s`` who holds office ``cls`` for another state than ``subj``'s."""
        best = max(((a, ref) for a, b, ref, via in self.cands if b <= s and type(ref) is _Person and ref is not subj
                    and ref.cls == cls and ref.country and ref.country != subj.country), key=_FIRST, default=None)
        return None if best is None else best[1]

    def _subject(self, s: int, e: int, country: str | None) -> _Person | None:
        """The person a sentence is about, for a counterpart reference at s..e: the nearest person mentioned
        before it in its sentence, else the first one after it in the sentence, else the last one mentioned
        before the sentence (someone of ``country`` is the counterpart, not the subject)."""
        text = self.text
        lo = max(0, s - 400)
        for m in _SENT_END_RE.finditer(text, lo, s):
            lo = m.end()
        m = _SENT_END_RE.search(text, e)
        hi = m.start() if m else len(text)
        before = after = earlier = None
        for a, b, ref, via in sorted(self.cands, key=_FIRST):
            if type(ref) is not _Person or (country and ref.country == country) or (s <= a and b <= e):
                continue
            if b <= s:
                if a >= lo:
                    before = ref
                else:
                    earlier = ref
            elif a >= e and b <= hi and after is None:
                after = ref
        return before or after or earlier

    def pass_groups(self) -> None:
        """'I due leader hanno avuto un colloquio': a numbered plural reference means that many distinct people
        holding the noun's offices, named together in one sentence: its own sentence up to the phrase, else the
        closest of the three sentences before it that names enough of them (the latest ones). Each becomes a
        mention of the whole phrase; left alone when no such sentence exists."""
        sizes, classes, text = self.r.group_size, self.r.group_classes, self.text
        toks, ws, words, rx = self.toks, self.ws, self.r.group_words, self.r.group_re
        # (the indices of the key words, picked in C: the loop runs over every word of the text)
        for i in list(compress(range(len(ws)), map(words.__contains__, ws))):
            # the phrase starts at the article before a number word, or at the phrase word itself
            m = (rx.match(text, toks[i - 1][0]) if i else None) or rx.match(text, toks[i][0])
            if m is None:
                continue
            s, e = m.span()
            n = sizes[" ".join((m.group("num") or m.group("phrase")).lower().split())]
            offices = classes[" ".join(m.group("noun").lower().replace("’", "'").split())] if m.group("noun") \
                else frozenset()
            people = self._group_people(s, n, offices)
            if people is None and offices == _STATE_GROUP:
                # no sentence names that many states: those of the people named
                people = self._group_people(s, n, offices, by_people=True)
            if people is None:
                continue
            self.cands = [c for c in self.cands if not (s <= c[0] and c[1] <= e)]
            for ref in people:
                self.cands.append((s, e, ref, "plural"))
            self.covered[s:e] = b"\x01" * (e - s)

    def pass_plural_titles(self) -> None:
        """'I presidenti del Benin, Boni Yayi, della Sierra Leone, Ernest Bai Koroma, e di Capo Verde, Pedro
        Pires': each name right after its country is that country's holder of the noun's office; the country and
        the name make one mention of the person (as 'il presidente del Benin Boni Yayi' does)."""
        r, text = self.r, self.text
        cands = sorted(self.cands, key=_FIRST)
        for m in r.plural_title_re.finditer(text):
            cls = next(iter(r.group_classes[" ".join(m.group("noun").lower().split())]))
            pos, pairs = m.end(), []
            it = iter([c for c in cands if c[0] >= m.end()])
            for st in it:
                pe = next(it, None)
                if type(st[2]) is not Actor or st[2].kind != "state" or not _OF_GAP.fullmatch(text, pos, st[0]) \
                        or pe is None or type(pe[2]) is not _Person or not _PAIR_GAP.fullmatch(text, st[1], pe[0]):
                    break
                pairs.append((st, pe))
                pos = pe[1]
            if len(pairs) < 2:
                continue
            merged = {id(c) for pair in pairs for c in pair}
            self.cands = [c for c in self.cands if id(c) not in merged]
            for st, pe in pairs:
                p = pe[2]
                if p.country is None:
                    p.country = st[2].country_code
                if p.cls is None:
                    p.cls, p.title = cls, r.class_title.get(cls)
                self.cands.append((st[0], pe[1], p, "apposition"))

    def pass_national_branches(self) -> None:
        """'la Mezzaluna rossa iraniana', 'la Croce rossa italiana': an organization of no state right before a
        demonym is that state's society of it (one mention of the organization, with the state's code)."""
        if not any(type(c[2]) is Actor and c[2].kind == "organization" and c[2].country_code is None
                   for c in self.cands):
            return            # (most texts name no such organization: no sort)
        cands = sorted(self.cands, key=_FIRST)
        for org, dem in zip(cands, cands[1:]):
            o, d = org[2], dem[2]
            if type(o) is Actor and o.kind == "organization" and o.country_code is None and dem[3] == "demonym" \
                    and type(d) is Actor and d.kind == "state" and self.text[org[1]:dem[0]] == " ":
                self.cands.remove(org)
                self.cands.remove(dem)
                self.cands.append((org[0], dem[1], Actor(f"{o.name} of {d.name}", "organization", d.country_code,
                                                         None, None), "organization"))

    def pass_named_groups(self) -> None:
        """'i miliziani del Red-Tabara': a capitalized name after a fighters' noun that nothing else resolved is an
        armed group no list knows (an organization of no state)."""
        for m in self.r.named_group_re.finditer(self.text):
            s, e = m.span("name")
            if self.covered.find(1, s, e) < 0:
                self.add(s, e, Actor(m.group("name"), "organization", None, None, None), "organization")

    def pass_fighters(self) -> None:
        """'i miliziani avevano lanciato razzi': the armed group named last before the phrase (within about ten
        sentences' worth of text), when the phrase is not itself covered."""
        armed, toks, rx, words = self.r.armed, self.toks, self.r.fighters_re, self.r.fighter_words
        for i in [i for i, w in enumerate(self.ws) if i and w in words]:
            # the article is the previous word, or the one before a possessive ('i suoi miliziani')
            m = rx.match(self.text, toks[i - 1][0]) or (rx.match(self.text, toks[i - 2][0]) if i > 1 else None)
            if m is None:
                continue
            s, e = m.span()
            if self.covered.find(1, s, e) >= 0:
                continue
            ref = None
            for a, b, r, via in self.cands:
                if b <= s and s - b <= 1500 and type(r) is Actor and r.name in armed and (ref is None or a > ref[0]):
                    ref = (a, r)
            if ref is not None:
                self.add(s, e, ref[1], "role")

    def _group_people(self, s: int, n: int, offices: frozenset, by_people: bool = False) -> list | None:
        text = self.text
        states = offices == _STATE_GROUP
        hi = s
        carried: list = []       # the people of the phrase's own sentence, when too few
        cands = sorted(self.cands, key=_FIRST)
        named: Counter | None = None     # how often the text names each state (on demand)
        for _ in range(4):
            lo = max(text.rfind(".", 0, hi), text.rfind("!", 0, hi), text.rfind("?", 0, hi), text.rfind("\n", 0, hi)) + 1
            ments = [(a, b, ref) for a, b, ref, via in cands if lo <= a and b <= hi and (
                (type(ref) is Actor and ref.kind == "state") if states else
                (type(ref) is _Person and (not offices or ref.cls in offices)))]
            if by_people:
                # (the states of the people named: 'Wetangula ha incontrato il primo ministro somalo Abdiweli Mohamed
                # Ali. Lo stesso giorno i due governi ...')
                ments = sorted(ments + [(a, b, st) for a, b, ref, via in cands if lo <= a and b <= hi and
                                        type(ref) is _Person and ref.country and
                                        (st := self.r.code_actor.get(ref.country)) is not None], key=_FIRST)
            # a coordinated run of exactly n ('Arabia Saudita, Emirati Arabi Uniti, Bahrein ed Egitto'), the last one
            run: list = []
            best = None
            for a, b, ref in ments:
                if run and _COORD_GAP.fullmatch(text, run[-1][1], a) and ref not in [x[2] for x in run]:
                    run.append((a, b, ref))
                else:
                    run = [(a, b, ref)]
                if len(run) == n:
                    best = [x[2] for x in run]
            if best is not None:
                return best
            people: list = []
            for a, b, ref in reversed(ments):
                if ref not in people:
                    people.append(ref)
            if states and carried:
                # (past the phrase's own sentence, not a state the whole text names once: 'è volato nella capitale
                # belga ... Ieri Algeri ha annullato la riunione tra i due governi' are Algeria and Spain)
                if named is None:
                    named = Counter(ref.name for a, b, ref, via in cands if type(ref) is Actor and ref.kind == "state")
                people = [p for p in people if named[p.name] >= 2]
            if len(people) >= n:
                return people[:n][::-1]
            if carried and len(carried) + len(people) >= n and not any(p in people for p in carried):
                # 'Xi Jinping lo aveva accolto e i due leader ...' after a sentence about Duterte: the people of
                # the phrase's own sentence and of the one before it
                return (people[:n - len(carried)][::-1] + carried)
            if hi == s and people:
                carried = people[:n - 1]
            hi = lo - 1
            while hi > 0 and text[hi - 1] in ".!?\n \t":
                hi -= 1
            if hi <= 0:
                break
        if offices and not states:
            # 'ha telefonato a entrambi i leader' when the two leaders were named apart: the text's only n people
            # holding those offices before the phrase
            people = []
            for a, b, ref, via in cands:
                if b <= s and type(ref) is _Person and ref.cls in offices and ref not in people:
                    people.append(ref)
            if len(people) == n:
                return people
        return None

    def pass_counterparts(self) -> None:
        """'Gentiloni ha ringraziato l'omologo russo': the person of that country the text introduced whose
        office is the subject's (or the only one of that country when his office is not another one), else the
        gazetteer's holder of the subject's office there, else the state. A named counterpart ('il suo omologo russo Sergej Lavrov')
        with no known office takes the subject's."""
        r = self.r
        for s, e, named, country in self.counterparts:
            subj = self._subject(s, e, country)
            cls = subj.cls if subj is not None else None
            if named is not None:
                if named.title is None and cls and named.country:
                    named.title, named.cls = r._title_for(r.class_title.get(cls, subj.title), named.country, True)
                continue
            if country is None:
                # 'Marape ha telefonato al collega': with no nationality, the latest person named before of the
                # subject's office and of another state
                if subj is not None and cls and subj.country and not _OF_OR_NAME_AFTER.match(self.text, e):
                    host = self._host_before(s, subj.country)
                    if host is None:
                        target = self._latest_peer(s, subj, cls)
                    else:
                        # ('volerà nella capitale azera, dove incontrerà il suo omologo': the host's holder of the
                        # subject's office, else the host state)
                        gaz = r._holder(cls, host, self.on) if len(host) == 3 else None
                        target = self.register(gaz.name, gaz, None, None, None) if gaz is not None else \
                            r.code_actor.get(host)
                    if target is not None:
                        self.add(s, e, target, "role", force=True)
                continue
            same = [p for p in self.people.values() if p.country == country and p is not subj]
            target = None
            if cls:
                match = [p for p in same if p.cls == cls]
                if len(match) == 1:
                    target = match[0]
            if target is None and cls:
                # (the gazetteer's holder of the office before a person of no known office: 'la collega sudafricana'
                # of a foreign minister is not the ministry's spokesman the text named without his title)
                gaz = r._holder(cls, country, self.on)
                if gaz is not None:
                    target = self.register(gaz.name, gaz, None, None, None)
            if target is None and len(same) == 1 and (not cls or same[0].cls in (None, cls)):
                target = same[0]
            if target is None:
                target = r.code_actor.get(country)
            if target is not None:
                self.add(s, e, target, "role", force=True)
