"""Language data of the event extractor: triggers, status cues, attribution cues (YAML in transforms/data).

Each file is validated by a pydantic model on load; an error names the file, the entry and what was expected.
Regexes are compiled once per process (``load_lexicon`` is cached).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from transforms import datafiles
from transforms.datafiles import accentless

from schemas.models import EventStatus, EventType

from .gate import Gate

DATA_DIR = datafiles.DATA_DIR
TRIGGERS_FILE = DATA_DIR / "triggers_it.yaml"
STATUS_FILE = DATA_DIR / "status_it.yaml"
ATTRIBUTION_FILE = DATA_DIR / "attribution_it.yaml"

FLAGS = re.IGNORECASE | re.UNICODE


class LexiconError(datafiles.DataFileError):
    """A language-data file does not have the expected shape."""


def _check_regex(value: str) -> str:
    try:
        re.compile(value, FLAGS)
    except re.error as err:
        raise ValueError(f"invalid regular expression {value!r}: {err}") from err
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TriggerEntry(_Strict):
    id: str = Field(min_length=1)
    group: str = Field(min_length=1)
    event_type: EventType
    mode: Optional[str] = None
    cameo: str = Field(pattern=r"^\d{2,4}$")
    kind: Literal["verb", "noun"]
    strength: Literal["strong", "weak"] = "strong"
    status: EventStatus = EventStatus.OCCURRED
    lang: Literal["it", "en"] = "it"
    # the party the trigger itself names ('Consiglio Affari esteri' -> the European Union): "name|kind|code"
    party: Optional[str] = Field(default=None, pattern=r"^[^|]+\|(?:state|organization)\|[A-Z0-9]+$")
    # false: its parties are only those the sentence names ('il comitato ... si riunirà il 4 agosto' takes no
    # parties from earlier talks)
    anaphora: bool = True
    # true: a consequence that restates an earlier act ('i diplomatici dovranno lasciare il Paese' after the
    # expulsion): read only when the article has no such act between the same parties before it
    restates: bool = False
    patterns: list[str] = Field(min_length=1)

    @field_validator("patterns")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class Grammar(_Strict):
    topic_nouns: str
    aerial_cues: str
    recipient_preps: str
    agent_preps: str
    compound_da_nouns: str = "(?!x)x"
    locative_preps: str
    assault_place_preps: str
    date_exclude_prefixes: str
    anaphors: str
    party_anaphors: str
    count_units: dict[str, str]
    # Right before a mention: that mention is a mediator or host of talks, not a party ('mediato dall'Oman').
    mediator_cues: str = "(?!x)x"
    # A negotiation noun trigger naming a round by its order ('il terzo round'): the parties of the article's
    # previous negotiation when it has none attached.
    round_anaphors: str = "(?!x)x"
    # Right after a CONSULT trigger: talks through a third party ('colloqui indiretti').
    third_party_cues: str = "(?!x)x"
    venue_words: str = "villa|palazzo"
    # Right after a meeting verb of a 'dove' clause that follows a visit: an office with no name or nationality is the
    # host's ('era stato nella capitale etiope, dove aveva incontrato il primo ministro').
    host_offices: str = "(?!x)x"
    # Right before an organization with no code of its own (ASEAN, G20, OIC): the organization is the setting,
    # not a party ('a margine della riunione dell'ASEAN', 'Al G20 debutta Meloni', 'on the sidelines of #ASEAN').
    org_setting_cues: str = "(?!x)x"
    # Right after a meeting noun: a sitting of one state's own body, a domestic meeting ('una riunione d'urgenza del
    # Consiglio di sicurezza nazionale').
    domestic_bodies: str = "(?!x)x"
    sanction_context: str = "sanzion[ei]"
    sanction_effect_verbs: str = "colpit\\w*"
    # Before 'sanzioni': sanctions as a topic or a proposal, not imposed ('discutere di sanzioni').
    sanction_topic: str = ("(?:(?:propost\\w*|ipotesi|minacci\\w*|discu\\w+|parla\\w*|tema|questione|possibilit\\w+|"
                           "richiest\\w*|chiest\\w*|revoca|rimozione|allentamento|spettro|rischio|minaccia)"
                           "\\s+(?:\\w+\\s+)?(?:di|delle|degli|d['’]|sulle|sulla|sugli|su)\\s*(?:nuove\\s+|ulteriori\\s+|altre\\s+)?$"
                           # others urged to impose them: 'ha invitato i suoi alleati occidentali a imporre'
                           "|(?:invitat|esortat|sollecitat)\\w*\\s+(?:[\\w'’]+\\s+){0,5}?(?:a|ad|di)\\s+(?:\\w+\\s+){0,2}$)")
    # Right after an attack trigger: not a military attack ('attacco informatico', 'colpisce il settore energetico').
    nonmilitary_attack: str = ("^\\W{0,3}(?:\\w+\\s+){0,2}?(?:informatic\\w*|hacker|cyber\\w*|verbal\\w*|politic\\w*|mediatic\\w*|"
                               "(?:il|lo|la|i|gli|le|l['’])\\s*(?:settore|economia|mercato(?!\\s+(?:di|del|della)\\s+(?-i:[A-ZÀ-Ý]))|export|esportazioni|importazioni|"
                               "aziende|compagnie|banche|finanze|petrolio|gas|industria|orzo|grano|vino|carne|merci|"
                               "prodotti|commercio|agricoltori|turismo|investimenti)|"
                               # 'le violenze xenofobe che hanno colpito negozi e attività di stranieri'
                               "(?:negozi|attività commerciali|supermercati|merci|prodotti)\\b)"
                               # a missile test, not an attack on anyone: 'ha lanciato quattro missili balistici, tre
                               # dei quali caduti nella zona economica esclusiva giapponese'
                               "|^[^.;:!?]{0,45}?\\b(?:cadut|finit|precipitat|inabissat|ammarat)[oiae]\\s+(?:\\w+\\s+)?"
                               "(?:in mare|nel mar\\b|nell['’]\\s*oceano|nelle acque|nella zona economica)")
    # The city that seats the United Nations, and the words that name the UN: a trip to that city with one of them in
    # its sentence or the one before is a trip to the United Nations too ('è arrivata ieri a New York per seguire il
    # voto' after 'il Consiglio di sicurezza dell'Onu voterà').
    un_seat: str = "(?!x)x"
    un_cues: str = "(?!x)x"
    # Between a trigger and a later mention: that mention is the agent ('un raid attribuito a Israele').
    agent_phrases: str = "(?:attribuit\\w*|rivendicat\\w*|condott\\w*|sferrat\\w*|lanciat\\w*)\\s+(?:\\w+\\s+)?(?:a|ad|al|alla|all['’]|ai|agli|da|dal|dalla|dall['’]|dai|dagli)\\s*$"

    @field_validator("sanction_topic", "nonmilitary_attack", "agent_phrases", "venue_words", "org_setting_cues", "domestic_bodies", "sanction_context", "sanction_effect_verbs", "topic_nouns", "aerial_cues", "recipient_preps", "agent_preps", "locative_preps",
                     "assault_place_preps", "date_exclude_prefixes", "anaphors", "party_anaphors", "mediator_cues", "round_anaphors", "third_party_cues", "host_offices", "un_seat", "un_cues")
    @classmethod
    def _regex(cls, v: str) -> str:
        return _check_regex(v)


_MACRO = re.compile(r"\{([A-Z][A-Z_]*)\}")


class TriggersFile(_Strict):
    # named sub-patterns written once and used as {NAME} in trigger patterns (e.g. the adverbials that may stand
    # between a verb and its object: 'ha sospeso «fino a nuovo avviso» il rilascio dei visti')
    macros: dict[str, str] = Field(default_factory=dict)
    triggers: list[TriggerEntry] = Field(min_length=1)
    grammar: Grammar

    @model_validator(mode="before")
    @classmethod
    def _expand(cls, data):
        raw = (data.get("macros") or {}) if isinstance(data, dict) else {}
        if not raw:
            return data
        macros: dict = {}

        def sub(p: str, where: str) -> str:
            def one(m: re.Match) -> str:
                if m.group(1) not in macros:
                    raise ValueError(f"{where}: unknown macro {{{m.group(1)}}} in {p!r}; expected one of "
                                     f"{sorted(macros)} (a macro may use only the macros written before it)")
                return f"(?:{macros[m.group(1)]})"
            return _MACRO.sub(one, p)
        for name, body in raw.items():       # a macro may use the ones before it: 'AUX' in '{AUX} (?:\\w+ )?sospeso'
            macros[name] = sub(body, f"macro {name!r}") if isinstance(body, str) else body
        triggers = [dict(t, patterns=[sub(p, f"trigger {t.get('id')!r}") for p in t.get("patterns", [])])
                    if isinstance(t, dict) else t for t in data.get("triggers") or []]
        return dict(data, macros=macros, triggers=triggers)

    @field_validator("macros")
    @classmethod
    def _macro_regexes(cls, v: dict[str, str]) -> dict[str, str]:
        return {k: _check_regex(p) for k, p in v.items()}


class StatusCue(_Strict):
    status: EventStatus
    patterns: list[str] = Field(min_length=1)
    suffixes: list[str] = Field(default_factory=list)
    applies_to: Optional[list[EventType]] = None

    @field_validator("patterns", "suffixes")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class DropCue(_Strict):
    reason: str
    direction: Literal["any", "after"] = "any"
    patterns: list[str] = Field(min_length=1)
    applies_to: Optional[list[EventType]] = None

    @field_validator("patterns")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class StatusFile(_Strict):
    max_distance: int = Field(gt=0)
    status_cues: list[StatusCue]
    drop_cues: list[DropCue]
    context_prefixes: list[str]
    backref_prefixes: list[str]

    @field_validator("context_prefixes", "backref_prefixes")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


class AttributionFile(_Strict):
    source_cues: list[str] = Field(min_length=1)
    speech_verbs: list[str] = Field(min_length=1)
    denial_verbs: list[str] = Field(min_length=1)

    @field_validator("source_cues", "speech_verbs", "denial_verbs")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [_check_regex(p) for p in v]


def load_yaml(path: Path, model: type[BaseModel]) -> BaseModel:
    return datafiles.load_yaml(path, model, LexiconError)


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _word(pattern: str) -> re.Pattern:
    """Whole words: no word character right before the match, nor right after one ending on a word character (a
    match ending on an apostrophe, 'importazioni dall'', runs into the next word)."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?:(?<=\w)(?!\w)|(?<!\w))", FLAGS)


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerEntry, ...]
    entry_res: tuple[re.Pattern, ...]  # one regex per trigger entry
    trigger_gate: Gate                 # runs entry_res only where they can match
    grammar: Grammar
    topic_re: re.Pattern              # a topic noun then up to 3 function words, at the end of a left context
    aerial_re: re.Pattern
    recipient_prep_re: re.Pattern     # the last preposition in a gap
    agent_prep_re: re.Pattern
    compound_da_re: re.Pattern        # the noun of 'da' making a compound ('navi da trasporto'), not an agent
    locative_re: re.Pattern           # a locative preposition ending a left context
    assault_place_re: re.Pattern
    date_exclude_re: re.Pattern
    anaphor_re: re.Pattern
    party_anaphor_re: re.Pattern
    mediator_re: re.Pattern           # a mediator cue ending a left context
    round_anaphor_re: re.Pattern
    third_party_re: re.Pattern        # matched right after a CONSULT trigger
    host_office_re: re.Pattern        # matched right after a meeting verb
    count_re: re.Pattern
    venue_re: re.Pattern              # a person mention that is really a venue ('Villa Madama')
    org_setting_re: re.Pattern        # ends right before an organization that is a setting ('a margine del')
    sanction_context_re: re.Pattern
    sanction_effect_re: re.Pattern
    sanction_topic_re: re.Pattern
    nonmilitary_attack_re: re.Pattern
    un_seat_re: re.Pattern            # matches a destination's text that names the UN's seat ('New York')
    un_cue_re: re.Pattern             # a word naming the UN ('Onu', 'Palazzo di Vetro')
    domestic_body_re: re.Pattern
    agent_phrase_re: re.Pattern
    max_distance: int
    status_cues: tuple[tuple[re.Pattern, str, Optional[frozenset]], ...]
    drop_cues: tuple[tuple[re.Pattern, str, str, Optional[frozenset]], ...]
    context_re: re.Pattern
    backref_re: re.Pattern
    source_re: re.Pattern
    speech_re: re.Pattern
    denial_re: re.Pattern
    cue_gate: Gate                    # every status / drop / source / speech / denial pattern at once
    cue_info: tuple[tuple, ...]       # per cue_gate regex: (family, payload...)
    suffix_cues: tuple[tuple[re.Pattern, tuple], ...]   # word-ending cues: (regex, info)
    suffix_gate: Optional[Gate] = None  # the suffix_cues regexes, run where their beginnings occur inside words
    # entry_res then the cue_gate regexes in one gate (one scan of the text; its matches of regex i < len(entry_res)
    # are trigger_gate's, of the others cue_gate's, in the same order: see Gate.finditer)
    both_gate: Optional[Gate] = None


NUMBER_WORDS = ("un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|"
                "trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|duecento|trecento|"
                "quattrocento|cinquecento|mille|centinaia|decine|migliaia")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    tf: TriggersFile = load_yaml(TRIGGERS_FILE, TriggersFile)
    sf: StatusFile = load_yaml(STATUS_FILE, StatusFile)
    af: AttributionFile = load_yaml(ATTRIBUTION_FILE, AttributionFile)
    ids = [t.id for t in tf.triggers]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise LexiconError(f"{TRIGGERS_FILE.name}: duplicate trigger id(s) {sorted(dup)}; expected unique ids")
    g = tf.grammar
    units = "|".join(sorted((re.escape(u) for u in g.count_units), key=len, reverse=True))
    count_re = re.compile(
        rf"(?<!\w)(?P<mod>oltre|più di|circa|almeno|quasi|fino a)?\s*(?P<num>\d[\d.,]*|{NUMBER_WORDS})\s+"
        rf"(?P<unit>{units})(?!\w)", FLAGS)
    entry_res = tuple(_word(accentless(_alt(t.patterns))) for t in tf.triggers)
    cue_patterns: list[str] = []
    cue_info: list[tuple] = []
    for c in sf.status_cues:
        for p in c.patterns:
            cue_patterns.append(p)
            cue_info.append(("status", c.status.value,
                             frozenset(t.value for t in c.applies_to) if c.applies_to else None))
    suffix_res: list[tuple[re.Pattern, tuple]] = []
    suffix_pats: list[str] = []
    for c in sf.status_cues:
        for p in c.suffixes:
            suffix_pats.append(p)
            suffix_res.append((re.compile(rf"(?<=\w\w)(?:{p})(?!\w)", FLAGS),
                               ("status", c.status.value,
                                frozenset(t.value for t in c.applies_to) if c.applies_to else None)))
    for c in sf.drop_cues:
        for p in c.patterns:
            cue_patterns.append(p)
            cue_info.append(("drop", c.reason, c.direction,
                             frozenset(t.value for t in c.applies_to) if c.applies_to else None))
    for family, pats in (("source", af.source_cues), ("speech", af.speech_verbs), ("denial", af.denial_verbs)):
        for p in pats:
            cue_patterns.append(p)
            cue_info.append((family,))
    trigger_pats = [accentless(_alt(t.patterns)) for t in tf.triggers]
    cue_patterns = [accentless(p) for p in cue_patterns]
    cue_res = [_word(p) for p in cue_patterns]
    return Lexicon(
        triggers=tuple(tf.triggers),
        entry_res=entry_res,
        trigger_gate=Gate(trigger_pats, list(entry_res)),
        grammar=g,
        topic_re=re.compile(rf"(?<!\w)(?:{g.topic_nouns})(?!\w)(?:\s+\w+){{0,2}}\s*(?:[\w’']+\s*)?$", FLAGS),
        aerial_re=_word(g.aerial_cues),
        recipient_prep_re=_word(g.recipient_preps),
        agent_prep_re=_word(g.agent_preps),
        compound_da_re=_word(g.compound_da_nouns),
        locative_re=re.compile(rf"(?<!\w)(?:{g.locative_preps})\s*$", FLAGS),
        assault_place_re=re.compile(rf"(?<!\w)(?:{g.assault_place_preps})\s*$", FLAGS),
        date_exclude_re=re.compile(rf"(?<!\w)(?:{g.date_exclude_prefixes})\s*(?:il|l'|l’|la|lo)?\s*$", FLAGS),
        anaphor_re=_word(g.anaphors),
        party_anaphor_re=_word(g.party_anaphors),
        mediator_re=re.compile(rf"(?<!\w)(?:{g.mediator_cues})\s*$", FLAGS),
        round_anaphor_re=_word(g.round_anaphors),
        third_party_re=re.compile(rf"\s*(?:{g.third_party_cues})(?!\w)", FLAGS),
        count_re=count_re,
        host_office_re=re.compile(rf"\s*(?:{g.host_offices})(?![\w'’-])", FLAGS),
        venue_re=re.compile(rf"^(?:{g.venue_words})(?![\w-])", FLAGS),
        org_setting_re=re.compile(rf"(?:{g.org_setting_cues})\s*$", FLAGS),
        sanction_context_re=_word(g.sanction_context),
        sanction_effect_re=re.compile(rf"^(?:{g.sanction_effect_verbs})$", FLAGS),
        sanction_topic_re=re.compile(rf"(?<!\w){g.sanction_topic}", FLAGS),
        nonmilitary_attack_re=re.compile(g.nonmilitary_attack, FLAGS),
        un_seat_re=re.compile(rf"(?:{g.un_seat})\b", FLAGS),
        un_cue_re=_word(g.un_cues),
        domestic_body_re=re.compile(g.domestic_bodies, FLAGS),
        agent_phrase_re=re.compile(rf"(?<!\w){g.agent_phrases}", FLAGS),
        max_distance=sf.max_distance,
        status_cues=tuple((_word(_alt(c.patterns)), c.status,
                           frozenset(c.applies_to) if c.applies_to else None) for c in sf.status_cues),
        drop_cues=tuple((_word(_alt(c.patterns)), c.reason, c.direction,
                          frozenset(c.applies_to) if c.applies_to else None) for c in sf.drop_cues),
        context_re=re.compile(_alt(sf.context_prefixes), FLAGS),
        backref_re=re.compile(_alt(sf.backref_prefixes), FLAGS),
        source_re=_word(_alt(af.source_cues)),
        speech_re=_word(_alt(af.speech_verbs)),
        denial_re=_word(_alt(af.denial_verbs)),
        cue_gate=Gate(cue_patterns, cue_res),
        cue_info=tuple(cue_info),
        suffix_cues=tuple(suffix_res),
        suffix_gate=Gate(suffix_pats, [rx for rx, _ in suffix_res], word_start=False) if suffix_res else None,
        both_gate=Gate(trigger_pats + cue_patterns, list(entry_res) + cue_res),
    )
