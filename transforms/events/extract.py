"""Event mentions of one article: triggers, participants, status, attribution, dates, places, claims.

The core, :func:`extract_from`, is pure and takes everything it reads as arguments: the article, its
publication :class:`~transforms.timex.Reference`, and the timexes, actor mentions and place mentions found in
its text (any objects with the documented fields). :func:`extract_mentions` wires in the real taggers.

Per sentence:
1. triggers (language data) are found; overlapping matches keep the longest;
2. noun triggers in a setting phrase ('a margine del vertice') are context, not events; definite
   back-references ('dopo l'incontro') and weak nouns ('negoziati') need participants attached to them;
3. each actor mention goes to the nearest trigger; actors before the first trigger are the sentence subject,
   shared with triggers lacking participants; reporters ('secondo la CNN', 'Mosca ha smentito'), topics
   ('la guerra in Ucraina') and locatives ('in Malesia') are not participants;
4. status and drop cues go to the nearest trigger (never the trigger they are part of);
5. DATE timexes go to the nearest trigger (a sentence-initial one to every trigger), except bounds
   ('fino a ieri') and vague references (PAST_REF ...).
Then, across the article: plural anaphors ('i due diplomatici', 'tra le parti') take the parties of an
earlier event of the same group; undated mentions inherit the date of a text-dated mention of the same event
(same type, mode, status class and overlapping participants), else the publication reference.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Iterable, Optional, Sequence

from schemas.models import Article, Claim, EventDate, EventMention, Evidence, Participant, Place
from transforms.actors import BODY_CODES, Actor
from transforms.places.countries import country_name

from .gate import LiteralIndex, _cased_outside_safe, _lowerable, required_literals, _c as _sre_c, _p as _sre_p
from .lexicon import Lexicon, TriggerEntry, load_lexicon
from .sentences import Sentence, split_sentences


STATUS_RANK = {"DENIED": 7, "CANCELLED": 6, "POSTPONED": 5, "DISPUTED": 4, "UNCERTAIN": 3, "PLANNED": 2, "OCCURRED": 1}
DIRECTED_PRIMARY = frozenset({"SANCTION", "AID", "ASSAULT"})
SYMMETRIC = frozenset({"CONSULT"})
PLACE_RANK = {"city": 0, "region": 1, "territory": 1, "country": 2}
UNUSABLE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
PRECISIONS = frozenset({"DAY", "WEEK", "MONTH", "SEASON", "QUARTER", "YEAR"})
_CLAUSE_PUNCT = re.compile(r"[;:.!?()\[\]]|\s[–—-]\s")
_ATTACH_GAP = re.compile(r"^\s*(?:[\w’']+\s+){0,4}?(?:tra|fra|con)\s+(?:[\w’'.]+\s+){0,4}?$|^\s*[\w’']*\s*[-–]\s*$",
                         re.I)
# a visit noun's traveller in the genitive: 'la visita di Yildirim in Danimarca'
_OF_GAP = re.compile(r"\s*(?:di|del|della|dello|dell['’])\s*", re.I)
# a person's office in apposition, up to the body he leads: ', comandante dell'autoproclamato '
_APPOSED_ORG = re.compile(r"\s*,\s*(?:(?-i:[a-zàèéìòù])[\w'’]*\s+){1,4}?(?:del|della|dello|dell['’]|dei|degli|delle)\s*"
                          r"(?:(?-i:[a-zàèéìòù])\w*\s+)?", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:e\s+|ed\s+)?|e\s+|ed\s+)(?:(?:il|la|lo|i|gli|le)\s+|l['’]\s*)?", re.I)
# 'la visita che doveva fare a Kigali', 'il viaggio che avrebbe dovuto compiere nella stessa città': a trip's destination
# in its relative clause
_TRIP_DEST_GAP = re.compile(r"\s*che\s+(?:[\w'’]+\s+){0,3}?(?:fare|compiere|effettuare|svolgere|fatto|compiuto|effettuato|"
                            r"svolto)\s+(?:[\w'’]+\s+)?(?:a|ad|in|nella|nel|nello|negli|nelle|alla|al|allo|all['’])\s*",
                            re.I)
# between a place and a trigger in a 'dove' clause about it: 'era in Cina, dove domenica 6 luglio aveva cominciato una'
_WHERE_REL_GAP = re.compile(r"\s*,\s*dove\s[^.;:,]*", re.I)
# between a visit noun and its destination: 'la visita di Stato in Cina'
_VISIT_IN_GAP = re.compile(r"\s+(?:in|a)\s+", re.I)
# ', e la riunione': a comma and a conjunction that open a new clause
_COMMA_AND = re.compile(r"\s*,\s*(?:e|ed|ma|mentre|né|o)\s", re.I)
_PEOPLE_OF_GAP = re.compile(r"\s*(?:dei|degli|delle)\s+[a-zà-ù]+(?:\s+[a-zà-ù]+)?\s+(?:di|dei|degli|delle)\s*", re.I)
_BODY_GAP = re.compile(r"\s*(?:\w+\s+)?(?:del|dello|della|dei|degli|delle|dell['’])\s*", re.I)
# (or a participle of doing it: 'la visita compiuta ieri mattina dal capo del governo')
_DATE_GAP = re.compile(r"^\s*(?:di|del|dello|della|dell'|dell’|dei|il|l'|l’|,|(?:compiut|effettuat|svolt|condott)[oaie])?\s*$",
                       re.I)
_DI_FORMS = frozenset("di del dello della dell dei degli delle d".split())
_TOKEN = re.compile(r"[\w]+(?:['’])?|['’]", re.U)
_SENT_INITIAL = 25
_ARTICLE = re.compile(r"^(?:il|lo|la|l'|l’|i|gli|le)\s*", re.I)
_PRIOR_FAMILY = {"meeting": {"meeting", "summit"}, "summit": {"meeting", "summit"}}
# where aircraft or ships set out from: 'decollati da Guam', 'partiti dalla base di', 'salpata da Sebastopoli'
_DEPARTED_FROM = re.compile(r"(?<!\w)(?:(?:decollat|partit|salpat|provenient|levato l['’]ancora)\w*|"
                            r"(?:arrivat|giunt)[oaie]\s+via\s+(?:terra|mare))\s+(?:da|dal|dalla|dall['’]|dai|dagli)\s*"
                            r"(?:(?:base|porto|aeroporto|portaerei)\s+(?:di|del|della|dell['’])\s*)?$", re.I)
_ORIGIN = re.compile(r"(?<!\w)(?:da|dal|dalla|dall['’])\s*$", re.I)
_GENITIVE_GAP = re.compile(r"^\s*(?:di|del|dello|della|dell['’]|dei|degli|delle|d['’])\s*$", re.I)
_RECALL = re.compile(r"richiam|ritir", re.I)
_NE_CLITIC = re.compile(r"ne\s", re.I)
_AND_WORD = re.compile(r"(?<!\w)(?:e|ed)(?!\w)")
_AND_ART_BEFORE = re.compile(r"(?<![\w'’])e\s+(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?$", re.I)
_POST_GAP = re.compile(r"(?:(?<![\w'’])(?:a|ad|in|da|dal|dalla|dallo|presso)\s+|(?<![\w'’])dall['’]\s*)$", re.I)
# 'la rottura delle relazioni diplomatiche tra Arabia Saudita e Iran': the gap before the first of two parties
_BETWEEN_GAP = re.compile(r"^(?:\s+[\w'’]+){0,3}?\s+(?:tra|fra)\s+(?:(?:il|la|lo|i|gli|le)\s+|l['’]\s*)?$", re.I)
_ARTS = r"(?:al|allo|alla|all['’]|ai|agli|alle|a|ad|il|lo|la|l['’]|i|gli|le|con|col|con il|con la|con l['’])"
# an office between the article and the name that the actor layer did not take ('il premier ad interim Najib
# Mikati', 'il presidente del Parlamento Nabih Berri'): up to four words, none a verb's auxiliary
_OFFICE_WORDS = r"(?:(?<=['’])|\b)(?:(?!(?:ha|hanno|ho|è|sono|era|erano|aveva|avevano|si|che|e|ed)\s|\w+(?:ando|endo)\b)[\w'’]+\s+){0,6}"
_CHAIN_FIRST = re.compile(r"^\s*(?:(?:anche|poi|prima|ieri|oggi|domani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
                          r"|sera|mattina|pomeriggio|stasera|stamattina|stamani|in serata|in mattinata|al telefono"
                          r"|telefonicamente|separatamente|sia)\s+)*"
                          r"(?:" + _ARTS + r"\s*" + _OFFICE_WORDS + r")?\s*$", re.I)
_CHAIN_SAME = re.compile(r"^\s*(?:(?:di|del|della|dell['’]|dei|degli)\s*)?$", re.I)
_CHAIN_NEXT = re.compile(r"^\s*(?:[A-Z][\w'’-]*\s+){0,3}?(?:,|,?\s*e|,?\s*ed|,?\s*sia)"
                         r"(?:\s*,?\s*(?:subito|poco|più tardi|successivamente|quindi|in seguito|separatamente|"
                         r"il giorno (?:dopo|seguente|successivo)|l['’]indomani|la sera stessa|in serata|"
                         r"nel pomeriggio)(?:\s+dopo)?\s*,)?"
                         r"\s+(?:anche\s+|poi\s+)?"
                         r"(?:" + _ARTS + r"\s*(?i:" + _OFFICE_WORDS + r"))?\s*$")

# the gap before a coordinated object of a verb left out, once its date is taken out ('con il premier armeno, giovedì
# con il presidente azero')
_CHAIN_DATED = re.compile(r"^\s*,\s+(?:e\s+)?(?:con|a|ad|al|alla|allo|all['’]|ai|agli|alle)?\s*"
                          r"(?:" + _ARTS + r"\s*(?i:" + _OFFICE_WORDS + r"))?\s*$")
# a call told by its adverb after 'ha parlato' ('ha parlato al telefono con X, giovedì con Y'): a verb trigger
_PHONE_ADVERB = re.compile(r"(?:al|per) telefono$|telefonicamente$", re.I)

class _MemoSearch:
    """A regex's ``search`` of whole strings, remembered: for trigger texts (a small vocabulary), which the rules
    test again and again."""
    __slots__ = ("rx", "memo")

    def __init__(self, rx: re.Pattern):
        self.rx, self.memo = rx, {}

    def search(self, s: str) -> Optional[re.Match]:
        try:
            return self.memo[s]
        except KeyError:
            if len(self.memo) >= 20000:
                self.memo.clear()
            m = self.memo[s] = self.rx.search(s)
            return m


# what a state gives another: aid, cooperation, credit
_HELP_GIVEN = re.compile(r"aiut|cooperazion|credit|prestit|finanziament|assistenz|contribut", re.I)
# what ends a list of the stops of a tour: 'dopo una settimana di tensioni tra il governo srilankese, la Cina'
_NOT_A_TOUR = re.compile(r"[;:.()]|\b(?:dopo|tra|fra|con|contro|per|mentre|che)\b", re.I)
# an office holder named by the office alone, right after a meeting verb: 'ha incontrato il primo ministro'
_OFFICE_OBJECT = re.compile(r"\s+(?:(?:il|la|lo|i|gli|le)\s+|l['’]\s*)(?:\w+\s+){0,2}?(?:president[ei]|presidentessa|"
                            r"primo ministro|prima ministra|premier|ministr[oiae]|capo|re|regina|emiro|sultano|"
                            r"governatore|vicepresidente|autorità|vertici|leader)\b", re.I)
_VERBISH = _MemoSearch(re.compile(
    r"^(?:ne\s+)?(?:ha|hanno|ho|abbiamo|aveva|avevano|avrebbe|avrebbero|avere|aver|dopo aver|è|era|sono|erano)\s"
    r"|^\S*(?:erà|irà|eranno|iranno|ando|endo)(?:\s|$)|^telefonare?\s|^(?:ricevut|accolt)[oaie]\s", re.I))


def verb_trigger(trigger: str) -> bool:
    """Whether a trigger is a finite verb phrase ('ha richiamato il proprio ambasciatore'), an act of its own clause,
    rather than a noun ('richiamo degli ambasciatori') that may be one item of a package of measures."""
    return _VERBISH.search(trigger) is not None or _PARTICIPLE_START.match(trigger) is not None


def in_person_trigger(trigger: str) -> bool:
    """Whether a meeting trigger says the parties were together ('si sono incontrati', 'ha ricevuto', 'faccia a
    faccia'), which a phone call is not."""
    return _IN_PERSON.search(trigger) is not None


def cancelling_trigger(trigger: str) -> bool:
    """Whether a meeting trigger is the act of calling a meeting off ('ha annullato', 'aveva cancellato'), an event of
    its own day that is neither the meeting nor a talk of that article."""
    return _CANCELLING.search(trigger) is not None


def _takes_back(text: str, start: int, trigger: str) -> bool:
    """Whether a verb trigger at ``start`` takes its object back with a clitic pronoun, inside the trigger ("l'ha
    annullata", 'averlo annullato') or right before it ('lo ha annullato sabato')."""
    return _CLITIC_START.match(trigger) is not None or _CLITIC_BEFORE.search(text, max(0, start - 4), start) is not None


_TALKS_ENDED = re.compile(r"la fine (?:dei|delle|del)\s", re.I)
_CLITIC_BEFORE = re.compile(r"(?<![\w'’])(?:lo|la|li|le|l['’])\s*$", re.I)
_CLITIC_START = re.compile(r"(?:averl|l['’]|lo |la |li |le )", re.I)
_CANCELLING = re.compile(r"annull|cancell|disdett|rinunci", re.I)
_IN_PERSON = re.compile(r"incontr|riunit|(?<![\w'’])vist[oaie]\b|ricevut|accolt|faccia a faccia|pranz|cen[ao]|"
                        r"(?<![\w'’])(?:ha|hanno|aveva|avevano) visto", re.I)


# a trigger opening with a past participle, its auxiliary left outside ('[ha] dichiarato «persona non grata»')
_PARTICIPLE_START = re.compile(r"\w+(?:at|it|ut)[oaie]\s", re.I)


# a relative clause right before a trigger: ', che poi proseguirà per ...'
_WHO_CLAUSE = re.compile(r",\s*che\s+(?:\w+\s+){0,4}$", re.I)
# a visit verb with 'essere' ('è atteso a Doha il ministro X'): who follows it is its subject, not an object
_INTRANSITIVE_VISIT = re.compile(r"(?:è|era|sono|erano|sarà|saranno)\s", re.I)
# between a visit verb and its inverted subject: a place phrase, no comma, no agent or partner preposition
_INVERTED_PUNCT = re.compile(r"[,;.:]")
_INVERTED_PREP = re.compile(r"(?:^|[\s'’])(?:da|dal|dallo|dalla|dall|dai|dagli|dalle|con|col|di|del|dello|della|dell|dei|"
                            r"degli|delle|a|ad|al|allo|alla|all|ai|agli|alle|per|tra|fra|e|ed)['’]?\s*$", re.I)


_COORD_CLAUSE = re.compile(r"(?:[,;:]|\s(?:e|ed)\s)\s*")


def _opens_clause(text: str, lo: int, am) -> bool:
    """Whether a mention after ``lo`` is the subject of a clause of its own: after a comma or 'e', followed by a
    verb ('..., il Kuwait ha richiamato ...')."""
    return am.char_start >= lo and _NEW_CLAUSE_SUBJECT.search(text, max(lo, am.char_start - 45), am.char_start) \
        is not None and _MAIN_VERB.match(text, am.char_end) is not None


def _own_subject_start(text: str, lo: int, pos: int) -> Optional[int]:
    """The start of the words between the last clause opening before ``pos`` (a comma, 'e') and ``pos``, when
    there are some ('e gli F-16 hanno abbattuto'), else None ('e ha distrutto': the same subject)."""
    last = None
    for m in _COORD_CLAUSE.finditer(text, max(lo, pos - 60), pos):
        last = m
    start = last.end() if last is not None else max(lo, pos - 60)
    return start if text[start:pos].strip() else None


_LAG_VALUE = re.compile(r"PT?(\d+|X)([DWH])")


def _lag_days(value: Optional[str], within_day: bool = False) -> Optional[int]:
    """Whole days of a lag duration ('P2D', 'P1W', 'PT24H'); a lag of some hours ('PT5H', 'Poche ore': 'PTXH') is
    the same day with ``within_day``, else unusable (None), as is a vague count of days."""
    m = _LAG_VALUE.fullmatch(value or "")
    if m is None:
        return None
    n, unit = m.group(1), m.group(2)
    if unit == "H":
        if n != "X" and int(n) % 24 == 0:
            return int(n) // 24
        return 0 if within_day else None
    return None if n == "X" else int(n) * (7 if unit == "W" else 1)


def _departed_from(text: str, sent, pos: int) -> bool:
    """Whether the mention at ``pos`` is where aircraft or ships set out from ('decollati da Guam')."""
    return _DEPARTED_FROM.search(_left(text, sent, pos, 30)) is not None


def _place_record(pl) -> Place:
    """A place mention as the record's Place."""
    return Place(name=pl.name, country_code=pl.country_code, latitude=pl.latitude, longitude=pl.longitude,
                 geonames_id=pl.geonames_id)


def _place_state(pl) -> "_PlaceActorMention":
    """A place mention as the state it stands for; a country or a territory coders name as a party ('Gaza
    Strip') keeps its own name, a city or region gives its country's."""
    name = pl.name if pl.kind in ("country", "territory") else _country_name(pl.country_code)
    return _PlaceActorMention(_Actor(name, "state", pl.country_code), pl.text, pl.char_start, pl.char_end)


def _states_of_persons(mentions: list) -> list:
    """The states of the persons of ``mentions`` that no state mention among them names yet, one each."""
    have = {_country(m.actor) for m in mentions if m.actor.kind != "person"}
    out = []
    for m in mentions:
        code = m.actor.country_code
        if m.actor.kind == "person" and code and len(code) == 3 and code.lower() not in have:
            have.add(code.lower())
            out.append(_PlaceActorMention(_Actor(_country_name(code), "state", code), m.text, m.char_start,
                                          m.char_end, via="person"))
    return out


def _context_party(actor, text: str = "") -> "_PlaceActorMention":
    """A party the text implies but names nowhere near the trigger (the state the article is about)."""
    return _PlaceActorMention(actor, text, -1, -1, via="context")


def _run_start(text: str, own, mentions, ends_with_and: bool = False) -> int:
    """Where the coordinated run of mentions ending with ``own`` starts ('Draghi, Macron e Scholz sono stati
    ricevuti'); with ``ends_with_and`` the link right before ``own`` must hold 'e'/'ed'."""
    start = own.char_start
    for am in sorted((a for a in mentions if 0 <= a.char_start and a.char_end <= start), key=lambda a: -a.char_end):
        if am.char_end <= start and _COORD_RUN.fullmatch(text, am.char_end, start) and (
                not ends_with_and or start != own.char_start or _AND_WORD.search(text, am.char_end, start)):
            start = am.char_start
    return start


def _inverted_subject(text: str, h_end: int, am) -> bool:
    """Whether a person after a visit verb is its subject ('è atteso a Doha il ministro X'): no punctuation
    between, and no preposition or conjunction right before the person."""
    gap = text[h_end:am.char_start]
    return am.char_start >= h_end and not _INVERTED_PUNCT.search(gap) and not _INVERTED_PREP.search(gap)


# a possessive right before a noun trigger: 'il suo incontro con X', 'la loro telefonata'
_POSSESSIVE = re.compile(r"(?<![\w'’])(?:il|la|i|le|nel|nella|del|della|al|alla|dal|dalla)\s+(?:suo|sua|suoi|sue)\s+(?:\w+\s+)?$", re.I)
# an ordinal or 'previous' right before a summit noun: 'Il primo vertice straordinario'
# (a meeting again, not 'il primo faccia a faccia tra i due', the first of a new pair)
_AGAIN_BEFORE = re.compile(r"(?<![\w'’])(?:secondo|terzo|quarto|nuovo)\s+$", re.I)
_ORDINAL_BEFORE = re.compile(r"(?<![\w'’])(?:primo|secondo|terzo|quarto|precedente|ultimo|nuovo)\s+$", re.I)
_APPOSED_DATE = re.compile(r"(?:\s+\w+)?\s*,\s*")
# a sentence opening with a participle and its agent ('Accolto in aeroporto dal premier X, è stato ricevuto ...'): the
# agent is no subject of the main verb, whose subject is the previous sentence's
_LEAD_PARTICIPLE = re.compile(r"(?!(?:Subito|Molto|Tutto|Detto|Stato|Sabato)\b)(?-i:[A-ZÀ-Ý])\w*(?:at|ut|it|olt|ort)[oaie] "
                              r"(?:(?!(?:è|ha|hanno|sono|era|erano|aveva|avevano)\s)[^,;:.])*?"
                              r"\b(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s?[^,;:.]*,")
# the people a nationality qualifies when they are displaced: 'rifugiati sudanesi'
_DISPLACED_BEFORE = re.compile(r"(?<![\w'’])(?:rifugiat|profugh|sfollat|migrant|richiedent)\w*\s+$", re.I)
# a verb of talking about something: 'per discutere l'annullamento'
_TALKED_ABOUT = re.compile(r"(?<![\w'’])(?:discuter\w*|parlar\w*|esaminar\w*|commentar\w*|spiegar\w*|"
                           r"giustificar\w*|discuss[oaie])\s+(?:(?:di|del|dello|della|dell['’]|dei|delle|il|lo|la|"
                           r"l['’]|i|le|sul|sulla|sull['’])\s*)?$", re.I)
# a name's short form in brackets: ' (Tplf)'
_BRACKETED_SHORT = re.compile(r"\s\((?-i:[A-ZÀ-Ý][\w.-]{1,14})\)")
_ARRIVED_FROM = re.compile(r"(?<![\w'’])(?:(?:arrivat|giunt|atterrat|rientrat|tornat|ripartit|provenient)\w*\s+"
                           r"(?:[\w'’]+\s+){0,2}?|(?:di|al|in|sulla via del) (?:ritorno|rientro)\s+)"
                           r"(?:da|dal|dalla|dall['’]|dai|dagli)\s*$", re.I)
_CONCESSIVE = re.compile(r"(?<![\w'’])(?:nonostante|malgrado|a dispetto d\w*)\s[^,;:.()«»\"“”]*", re.I)
_AGENT_BEFORE = re.compile(r"(?<![\w'’])(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*$", re.I)
_VENUE_BEFORE = re.compile(r"(?<![\w'’])(?:al|allo|alla|all['’]|nel|nello|nella|nell['’]|presso(?:\s+(?:il|la|l['’]))?)\s*$", re.I)
_COORD_RUN = re.compile(r"\s*(?:,|e|ed)?\s*(?:(?:il|la|lo|l['’])\s*(?:\w+\s+){0,5})?")
_NEW_BEFORE = re.compile(r"(?<![\w'’])(?:nuove|nuovo|nuovi|ulteriori|altre|altri)\s+$", re.I)
# between a target and the attack noun after it: 'Mariupol, colpito ieri da un raid aereo russo'
_HIT_BY = re.compile(r"[^.;:]{0,25}?(?<![\w'’])(?:colpit|bombardat|attaccat|centrat|distrutt|raggiunt)[oaie]\s+"
                     r"(?:\w+\s+){0,2}?(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*(?:un|una|uno|il|la|lo|i|gli|le)?\s*$", re.I)
# a date between two coordinated destinations ('a Kinshasa e il giorno dopo a Kigali') dates the second one
_LEG_BEFORE = re.compile(r"\s*(?:(?:a|ad|in|nel|nella)\s+)?(?-i:[A-ZÀ-Ý])[^,.;:]{0,40}?\s+(?:e|ed)\s*(?:poi\s+)?"
                         r"(?:il|la|lo|l['’])?\s*$", re.I)
_LEG_AFTER = re.compile(r"\s*(?:a|ad|in|nel|nella)\s+(?-i:[A-ZÀ-Ý])")
_BEFORE_DATE = re.compile(r"\b(?:nel|nella|nello|nell['’]|il|la|lo|l['’]|in)\s*$", re.I)
_MORE_DEST = re.compile(r"\s*(?:,|e|ed)\s*(?:poi\s+)?(?:a|ad|in|nel|nella|negli|nei)?\s*(?:il|la|l['’]|gli|i|le)?\s*"
                        r"(?:capitale\s+|quella\s+)?", re.I)
_CAPITAL_OF = re.compile(r"(?<![\w'’])(?:capitale|quella)\s+$", re.I)
# a start date: 'da lunedì 13 agosto', 'a partire dal 1° marzo' (not 'sin dal', 'fino al')
_FROM_DATE = re.compile(r"(?<![\w'’])(?<!sin )(?:a partire )?da(?:l|lla|i|ll['’]|llo)?\s+$", re.I)
_WHILE = re.compile(r"\W*mentre", re.I)
_SINCE = re.compile(r"(?<!\w)da quando\s", re.I)
# a sentence that tells who decided or announced what the sentence before says, and when ('Lo ha deciso ieri il ...')
_SAID_SO = re.compile(r"\s*(?:(?:Lo|L['’])\s*(?:ha|hanno) (?:(?P<act>deciso|ordinato|disposto|stabilito)|annunciato|"
                      r"comunicato|reso noto|confermato|riferito|fatto sapere)"
                      # ('L'annuncio è arrivato ieri sera con un comunicato': the news of it came that day)
                      r"|(?:L['’]\s*annuncio|La decisione|La notizia|La comunicazione) (?:è|era) (?:arrivat|giunt)[oa])\s+",
                      re.I)
# a participation verb ending on its preposition ('ha partecipato ieri al'): the body's gathering follows
_TO_BODY_END = re.compile(r"(?:al|alla|allo|ai|alle|all['’])\s*$", re.I)
# a capitalized name right after a destination trigger ('visita a Rarotonga', 'arrivato a Myitkyina')
_NAME_AHEAD = re.compile(r"(?:\s+(?:a|ad|in))?\s+((?-i:[A-ZÀ-Ý])[\w'’-]+)(?=[\s,.;:])")
# where a border runs: 'vicino al confine afghano', 'lungo la frontiera con l'Iran'
_NEAR_BORDER = re.compile(r"(?:vicino|lungo|presso|a ridosso|nei pressi|non lontano)\s+"
                          r"(?:al|il|la|alla|del|della|dal|dalla)\s+(?:confine|frontiera)\s+"
                          r"(?:con\s+(?:l['’]\s*|il\s+|la\s+|i\s+|gli\s+)?)?$", re.I)
# the state a place lies by, also with no word of nearness ('il campo profughi di Adré, al confine con il Sudan'): read
# only outside attacks, where 'scontri al confine con l'India' names the other side
_BORDER_WITH = re.compile(r"(?<![\w'’])(?:al|sul|lungo il|vicino al|alla|sulla|lungo la|vicino alla)\s+"
                          r"(?:confine|frontiera)\s+(?:con|col)\s*(?:il|la|lo|l['’]|i|gli|le)?\s*$", re.I)
# the receivers of relief that name no state: people, places and bodies in the state the article is about
# ('aveva consegnato nel distretto di Battambang mille case', '... per gli sfollati': a district, the people the goods are
# for)
_LOCAL_RECIPIENT = re.compile(r"[^.;:]{0,160}?\b(?:(?:ai|agli|alle|alla|all['’]|al|per\s+(?:gli|le|i|la|il))\s*(?:\w+ )?"
                              r"(?:popolazion[ei]|villaggi|"
                              r"sfollati|profughi|rifugiati|vittime|famiglie|abitanti|ospedal[ei]|protezione civile|"
                              r"comunità|regioni|province|zone|scuole|agricoltori|sopravvissuti)\b|"
                              r"(?:nel|nella|nei|nelle)\s+(?:distrett[oi]|provincia|province|regione|regioni|"
                              r"dipartimento|contea|villaggio|villaggi)\s+(?:di|del|della|dello|dell['’]))")
# a trigger that starts with a hedging modal ('potrebbe anche sospendere gli aiuti'): its hedge is its status
_MODAL_START = re.compile(r"(?:potrebbe|potrebbero)\s")
# a past finite verb ('aveva sentito al telefono'): told as done, whatever day a misread date gives it
_PAST_FINITE = re.compile(r"(?:(?:si|ci)\s+)?(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:[\w'’]+\s+){0,2}?"
                          r"\w+(?:at|it|ut|ss|st)[oaie]\b", re.I)
# a noun trigger that is an adverbial of its verb, not its object ('ha discusso del caso al telefono')
_ADVERBIAL_NOUN = re.compile(r"(?:al|in|nel|nella|durante|via|per)\s", re.I)
# a call as the means of a verb before it ('ha chiesto al segretario di Stato, in una telefonata')
_IN_A_CALL = re.compile(r"(?:in|nel corso di|durante)\s+(?:una|un['’]|la)\s*$", re.I)
# a subject noun's relative clause in commas, before its verb ('il dialogo strategico tra i due Paesi, che doveva
# riunirsi a metà mese, è stato rinviato')
_SUBJECT_RELATIVE = re.compile(r"(?:\s+[\w'’]+){0,8}?\s*,\s*(?:che|il quale|la quale|in programma|previst[oaie]|"
                               r"programmat[oaie]|fissat[oaie]|attes[oaie])\s[^,;:.()]{3,80},\s*"
                               r"(?:(?:è|e'|era|sono|erano|stat[oaie]|poi|ora|già|gia'|infine|invece|però|pero')\s+){0,3}",
                               re.I)
# people of no state named, right before a passive arrest ('i soldati sono stati arrestati')
_PEOPLE_HELD = re.compile(r"(?<![\w'’])(?:i|gli|le)\s+(?:\w+\s+)?(?:soldati|militari|cittadini|connazionali|giornalisti|"
                          r"marinai|pescatori|camionisti|turisti|studenti|diplomatici|funzionari|dipendenti)\s+$", re.I)
# ... unless it tells a plan ('è atteso', 'era previsto')
_EXPECTED_ANY = re.compile(r"attes[oaie]|previst[oaie]|programmat[oaie]|fissat[oaie]|in programma", re.I)
# the same, or the duty of a relative clause: 'la visita che avrebbe dovuto compiere mercoledì 28 maggio'
_EXPECTED_OR_DUE = re.compile(_EXPECTED_ANY.pattern + r"|(?<![\w'’])(?:dovut[oaie]|doveva|dovevano)\s+\w+\s+$", re.I)
# the name after 'secondo' when a new phrase follows with no comma ('Secondo la Cnn il segretario di Stato ...')
_NAMED_SOURCE = re.compile(r"\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3}"
                           r"(?=\s+(?:il|la|lo|l['’]|i|gli|le)\s*\w)", re.I)
# a clause opener that starts a subordinate clause ('dopo che', 'mentre'), not 'ma' or a bare semicolon
_SUBORDINATE = re.compile(r"[,;:]\s*(?:dopo|prima|mentre|perché|poiché|quando)\s", re.I)
# attacks told again as one more of the same ('una seconda ondata di raid', 'nuovi raid', 'altri bombardamenti')
_RENEWED_ATTACK = re.compile(r"(?<![\w'’])(?:(?:seconda|terza|nuova|ulteriore|altra)\s+ondata\s+di|nuov[io]|altr[io]|"
                             r"ulteriori)\s+(?:raid|attacchi|bombardamenti|incursioni|attacco|bombardamento)\b", re.I)
# taking part in a gathering ('la partecipazione del suo ministro alla riunione')
_TAKING_PART = re.compile(r"partecipazione|parteciper\w+|partecipare|prender\w+ parte", re.I)
# a capital named by its state's adjective ('nella capitale pachistana')
_CAPITAL_BEFORE = re.compile(r"capitale\s+$", re.I)
# a sentence that opens on its subject noun ('L'incontro ...', 'Il colloquio tra i direttori ...')
_SUBJECT_NOUN_START = re.compile(r"\s*(?:il|lo|la|l['’]|i|gli|le)\s*", re.I)
# a verb of saying and its 'che' ('e ha assicurato che ...'): what follows is the speaker's words
_SAID_THAT = re.compile(r"(?<![\w'’])(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?(?:assicurato|detto|dichiarato|affermato|"
                        r"ribadito|spiegato|sottolineato|precisato|aggiunto|ripetuto|garantito|chiarito|avvertito)\s+"
                        r"(?:[\w'’]+\s+){0,3}?che\s", re.I)
# a relative clause after a noun: ', da cui dipende', ', con cui confina', ', dove', ', il cui'
_REL_CLAUSE = re.compile(r",\s*(?:(?:da|di|in|con|per|a|su|tra|fra|attraverso)\s+cui|dove|(?:il|la|i|le)\s+cui)\s", re.I)
_CLAUSE_OPENER = re.compile(r"(?:,|;|:)\s*(?:dopo che|prima che|mentre|perché|poiché|quando|ma)\s|;\s*", re.I)
# the verb after a source phrase ('fonti diplomatiche non escludono', 'fonti vicine al governo riferiscono')
# (not a noun after its article: 'Secondo il quotidiano filogovernativo ungherese X, ...')
_SOURCE_VERB = re.compile(r"(?<!\bil)(?<!\bun)(?<!\blo)(?<!\bdel)(?<!\bdal)(?<!\bal)"
                          r"\s(?:non|ha|hanno|è|sono|avrebbe|avrebbero|aveva|avevano|sarebbe|sarebbero|potrebbe|potrebbero|"
                          r"dovrebbe|dovrebbero|starebbe|starebbero|sarà|saranno|\w+(?:ano|ono))(?![\w'’])", re.I)
# the object of an attack that is a place: 'colpendo la città di Rubkona', 'ha bombardato il mercato di Mayom'
_PLACE_OBJECT = re.compile(r"\s+(?:\w+\s+)?(?:la|il|l['’]|lo|i|le|gli)\s*(?:città|cittadina|capoluogo|villaggio|villaggi|"
                           r"mercato|base|basi|aeroporto|porto|postazion[ei]|region[ei]|provinc\w+|distrett\w+|"
                           r"giaciment[oi]|pozzi|campo|campi|zona|area|quartier[ei]|isol[ae]|isolott[oi])\b"
                           # (or a name no list knows after the article: 'occuparono la Grande e la Piccola Tunb')
                           r"|\s+(?:la|il|l['’]|lo|i|le|gli)\s*(?:(?-i:[A-ZÀ-Ý])[\w'’-]+\s+(?:e\s+(?:la|il|l['’]|lo)\s*)?)*"
                           r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?=\s*[,.;:])", re.I)
# a closed border or crossing: 'ha deciso di sbarrare i valichi', 'erano già stati chiusi i posti di frontiera'
_BORDER_CLOSED = re.compile(r"\b(?:valic(?:o|hi)|posti di (?:frontiera|confine)|frontier[ae]|confin[ei]|sorvolo)\b", re.I)
# a meeting a postponement waits for: 'rinviata a dopo la prima riunione della commissione'
_PUT_OFF_UNTIL = re.compile(r"(?<![\w'’])(?:a|fino a) dopo (?:il|la|lo|i|le|gli|l['’])\s*(?:\w+\s+)?$", re.I)
# a meeting of a joint body of two states ('la riunione della commissione mista', 'del comitato congiunto')
# ('del Comitato ministeriale congiunto': one word between)
# a joint body named for its gathering ('il comitato congiunto ..., in programma giovedì 16 gennaio')
# (lower-case: 'il Consiglio europeo' is no joint body of two states)
_JOINT_BODY_HEAD = re.compile(r"(?:consiglio|comitato|commissione)\s(?:[\w'’]+\s){0,3}?(?:tra i due|mist[oa]|binazional|"
                              r"bilateral|congiunt|intergovernativ|tecnic[oa]|di confine|di frontiera)")
# ('la riunione del Consiglio di coordinamento bilaterale': up to three words between)
_JOINT_BODY = re.compile(r"\s+(?:della|del|dell['’])\s*(?:commission[ei]|comitat[oi]|consigli[oi])\s+(?:[\w'’]+\s+){0,3}?"
                         r"(?:mist[oaie]|binazional[ei]|bilateral[ei]|congiunt[oaie]|intergovernativ[oaie]|permanent[ei])(?![\w'’])", re.I)
# the venue after a gathering noun, in its own clause: 'il forum commerciale di Chanthaburi', 'la riunione tecnica,
# prevista per oggi a Dajabón' (not 'ha rinunciato al summit ed è rientrato a Pechino'; a summit is rarely of two)
_VENUE_CUT = re.compile(r"[;:.!?]|\s(?:ed?|ma|mentre|dopo)\s", re.I)
_SUMMIT_NOUN = re.compile(r"vertic|summit", re.I)
# ('la riunione annuale del dialogo bilaterale': up to three words between)
_BILATERAL_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:bilateral|binazional)[ei](?![\w'’])", re.I)
_BARE_ARRIVAL = re.compile(r"(?:arrivat|giunt|atterrat)[oaie] (?:ieri |oggi )?(?:stamattina|stamani|stanotte|stasera|"
                           r"mattina|sera|in serata|in mattinata|nella notte|nel pomeriggio|all['’]alba)$", re.I)
# a meeting noun as the purpose of an invitation: 'ha invitato X e Y a Perth ..., per una riunione'
_INVITED_FOR = re.compile(r"(?<![\w'’])invitat[oaie]\b[^.;:]*?\bper\s+(?:una|un|la|il|l['’])\s*(?:\w+\s+)?$", re.I)
# a clause opened by 'ma' after a comma
_BUT_CLAUSE = re.compile(r",\s+ma\s", re.I)
# an arrival's 'in' that opens a time of day, not a place: 'La risposta di Mosca è arrivata in serata'
_IN_TIME_OF_DAY = re.compile(r"(?<= in) (?:tarda )?(?:serata|mattinata|giornata|nottata)\b", re.I)
_EXPECTED = re.compile(r"\battes[oaie]$", re.I)
# a purpose phrase opening on a noun trigger: ', per la firma', ' per i colloqui'
_PURPOSE_NEXT = re.compile(r"(?:^|,)\s*per\s+(?:(?:il|lo|la|i|gli|le|un|una|uno)\s+|l['’]\s*)?$", re.I)
_FRONT_LOC = frozenset({"a", "ad", "in"})
# a relative clause opening right after a mention: ', che ha definito ...'
_RELATIVE_NEXT = re.compile(r"\s*,\s*che\s", re.I)
# a sentence opening on a temporal phrase around a noun trigger: 'Prima della riunione', 'Dopo il vertice'
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:prima|dopo|al termine|alla fine|nel corso|durante|a margine)\s*"
                             r"(?:del|della|dello|dell['’]|dei|degli|delle|il|la|lo|l['’]|i|gli|le)?\s*(?:\w+\s+)?$",
                             re.I)
_FRONTED = re.compile(r"\s*(?:dopo|al termine d\w*|alla fine d\w*|nel corso d\w*|durante)\s", re.I)
_ENVOY_END = re.compile(r"ambasciat\w+$|incaricat[oa] d['’]affari$", re.I)
_INFINITIVE = re.compile(r"\w+(?:are|ere|ire|rre)\s", re.I)
_HOME_IN = re.compile(r"(?<!\w)in\s$", re.I)
_QUOTE_OPEN = re.compile(r"[«“\"]")          # (searched in the reversed text before a trigger)
_QUOTE_CLOSE = re.compile(r"[»”\"]")
_QUOTE_CLOSE_TYPO = re.compile(r"[»”]")
# the quoted or abstract object of a verbal attack: 'ha attaccato "il protezionismo"', 'ha attaccato duramente la politica'
_QUOTED_OBJECT = re.compile(r"\s+(?:\w+mente\s+|ancora\s+|anche\s+)?(?:[«“\"]|(?:il|la|le|i|gli|l['’])\s*(?:\w+ismo|politic\w+|governo|decision\w+|scelt\w+|parol\w+|dichiarazion\w+|posizion\w+|atteggiament\w+|linea)\b)", re.I)
# 'i due', 'le due', 'entrambi' before a reciprocal act: two parties named before
_TWO_OF_THEM = re.compile(r"\b(?:(?:i|le) due|entramb[ie])\b(?! (?:governi|paesi|stati|capitali|nazioni)\b)", re.I)
# the verb of forces crossing a border or entering a place (the 'incursion' triggers name the forces)
_CROSSING = re.compile(r"\b(?:varcat[oaie]|attraversat[oaie]|oltrepassat[oaie]|superat[oaie]|varcarono|attraversarono|"
                       r"oltrepassarono|entrat[oaie]|entrarono|sconfinat[oaie]|sbarcat[oaie]|sbarcarono|sorvolat[oaie]|"
                       r"violat[oaie]|spint[oaie]|penetrat[oaie]|addentrat[oaie]|entrerà|entreranno|entrerebbero)\b", re.I)
# a coordinated clause with a finite verb of its own: '... si sono visti e hanno affidato ...'
# a relative clause opened after a comma and still open: ', che dovrebbe ottenere la fiducia '
# 'la stessa mattina del «sofagate»', 'lo stesso giorno dell'attentato': the day of an event named before
_SAME_DAY_OF = re.compile(r"(?<![\w'’])(?:lo stesso giorno|la stessa (?:mattina|sera|giornata|notte)|il giorno stesso|"
                          r"quello stesso giorno|quella stessa (?:mattina|sera|giornata|notte))\s+(?:del|della|dello|dell['’])"
                          r"\s*[«\"“]?(?P<name>\w[\w-]{3,})", re.I)
_FOR_GATHERING = re.compile(r"\sper\s+(?:il|lo|la|l['’]|i|gli|le)\s*(?:[\w'’]+\s+){0,2}$", re.I)
_RANGE_END = re.compile(r"\s+(?:al|all['’])\s*\d")
_AND_OPENS = re.compile(r",\s*(?:e|ed|ma|mentre)\s+$", re.I)
_OWN_VERB_AHEAD = re.compile(r"\s+(?:(?-i:[A-ZÀ-Ý])[\w'’]*\s+){1,3}(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+"
                             r"(?:\w+\s+)?\w+(?:at|ut|it|ost|ess)[oaie]\b")
_REL_OPEN = re.compile(r",\s*(?:che|il quale|la quale|i quali|le quali)\s[^,;:.()]*$", re.I)
# an act alleged: 'ha accusato le forze armene di aver bombardato', 'accusano l'esercito di aver colpito'
_ACCUSED_OF = re.compile(r"(?<![\w'’])accus\w*\s(?:[^.;:]{0,100}?\s)?di\s+(?:aver|avere)\s+$", re.I)
# a coordinated clause with a finite verb of its own, up to a trigger: ', e nello stesso comunicato ha annunciato '
# (not a 'che' clause between, whose tense is the trigger's: ', e ha confermato che sosterrà le sanzioni')
_AND_CLAUSE_BEFORE = re.compile(r",\s*(?:e|ed)\s+(?:[\w'’]+\s+){0,4}?(?:ha|hanno|aveva|avevano)\s+\w+(?:at|ut|it)[oaie]\s"
                                r"(?:(?!\bche\b)[^,;:.!?])*$", re.I)
_AND_OWN_VERB = re.compile(r"\s(?:e|ed)\s+(?:poi\s+|anche\s+|quindi\s+)?(?:ha|hanno|aveva|avevano)\s+\w+(?:at|ut|it)[oaie]\b", re.I)
# 'per la prima volta dal ...', 'la prima volta dai tempi di ...'
_FIRST_SINCE = re.compile(r"\bprima volta (?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle|dopo)\b", re.I)
# an envoy or a mission sent (a visit trigger): 'invierà un suo inviato speciale', 'ha inviato una delegazione'
_ENVOY_SENT = re.compile(r"\b(?:inviat|mandat|invier|mander)\w*\b.*\b(?:inviat[oa]|delegazione|missione|emissari[oa])\b", re.I)
# between an announcing verb's day and the noun it announces: 'ha annunciato ieri | nuove | sanzioni'
_ANNOUNCED_NOUN = re.compile(r"\s+(?:(?:un|una|uno|un['’]|il|la|lo|l['’]|i|gli|le|nuov[oaie]|ulterior[ie]|altr[oaie]|dure|pesanti)\s*){0,3}", re.I)
# a list of capitalised names: ' Lituania, Lettonia ed Estonia '
_NAME_LIST = re.compile(r"\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*(?:\s*(?:,|\s(?:e|ed))\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)+\s*")
# between two dates in apposition: 'il mese prossimo, il 21 giugno'
_APPOSED_DAY = re.compile(r"\s*,\s*(?:(?:il|l['’]|lo)\s*)?")
# a passive or 'essere' auxiliary: 'In serata è stato ricevuto dal capo dello Stato' (a dropped subject)
# a first trigger in the perfect with 'essere' ('Martedì è atterrato nella capitale saudita'): a verb of motion whose
# subject, left out, is carried on like that of 'ha'
_ESSERE_PERFECT = re.compile(r"(?:è|e'|era|sono|erano)\s+(?:(?:già|poi|quindi|anche)\s+)?\w+[aiu]t[oaie]\s", re.I)
_PASSIVE_AUX = re.compile(r"(?<![\w'’])(?:è|e'|era|sono|erano)\s+stat[oaie]\s", re.I)
# a quotation in typographic quotes: «...» or “...”
_SPEECH = re.compile(r"[«“]([^«»“”]{1,400})[»”]")
_FIRST_PERSON = re.compile(r"(?<!\w)(?:ho|abbiamo|decido|decidiamo|richiamo|richiamiamo)(?!\w)", re.I)
_OWN_ENVOY = re.compile(r"(?<!\w)(?:propri[oa]|propri|su[oa]|suoi|loro)\s", re.I)
# (a time phrase may open the clause: '..., e giovedì 15 agosto la Norvegia aveva congelato ...')
_NEW_CLAUSE_SUBJECT = re.compile(r"(?:,|\s(?:e|ed))\s*(?:(?:ieri|oggi|domani|stamattina|stasera|poi|intanto|lunedì|"
                                 r"martedì|mercoledì|giovedì|venerdì|sabato|domenica|\d{1,2}|gennaio|febbraio|marzo|"
                                 r"aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|sera|"
                                 r"mattina|pomeriggio|scorso|scorsa)\s+){0,4}(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?$",
                                 re.I)
_MAIN_VERB = re.compile(r"\s(?:hanno|sono|ha|è|avevano|erano|aveva|era|avrebbe|avrebbero|sarà|saranno)\s")
_AFTER_PHRASE = re.compile(r"(?:^|\s)(?:dopo|al termine d\w*|alla fine d\w*)\s+(?:il|lo|la|i|gli|le|l['’]|un|una|uno)?\s*$",
                           re.I)
# 'Dopo tre giorni di trattative', 'al termine del vertice': a presupposed, past event
_AFTER_DONE = re.compile(r"(?:^|\s)(?:dopo|al termine d\w*|alla fine d\w*)\s+(?:(?:il|lo|la|i|gli|le|l['’]|un|una|uno)\s*"
                         r"|(?:[\w'’]+\s+){1,3}di\s+)?$", re.I)
_PASSIVE = re.compile(r"^(?:è|sono|era|erano|sarà|saranno)\s+stat[oaie]\s+(?:\w+\s+)?\w+(?:t[oaie]|s[oaie])$", re.I)
# a measure in the passive with no agent: 'sarà sospeso', 'è stato sospeso', 'verranno revocati'
_PASSIVE_MEASURE = re.compile(r"(?:sarà|saranno|verrà|verranno|è stat[oa]|sono stat[ie]|era stat[oa]|erano stat[ie])\s",
                              re.I)
# a measure's agent as the subject of its relative clause: 'i controlli che [il Kazakistan] ha introdotto'
_THAT_GAP = re.compile(r"\s*,?\s*che\s+(?:(?:il|la|lo|i|gli|le)\s+|l['’]\s*)?$", re.I)
_IMPOSED_AFTER = re.compile(r"\s+(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+)?(?:introdott|impost|decis|"
                            r"adottat|varat|annunciat|applicat|disposto|dispost)", re.I)
_IMPOSED_BEFORE = re.compile(r"(?:introdott|impost|decis|adottat|varat|applicat|dispost|sospes|chius|bloccat|vietat|"
                             r"interrott)[oaie]\s+$", re.I)
_AGENT_GAP = re.compile(r"^\s*(?:\w+\s+){0,2}(?:(?:da|dal|dalla|dallo|dai|dagli|dalle)\s|dall['’])", re.I)
# the subject after the verb: 'lo stesso giorno aveva fatto altrettanto l'Olanda'
_INVERTED_SUBJECT = re.compile(r"\s+(?:anche\s+)?(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?")
# an envoy recalled, in a participle clause
_RECALLED = re.compile(r"(?:richiamat|ritirat)[oaie]\s", re.I)
# an arrest by unnamed authorities: 'le autorità hanno arrestato', 'la polizia ha arrestato'
_OWN_AUTHORITIES = re.compile(r"(?<![\w'’])(?:le autorità|la polizia|gli agenti|la magistratura|i servizi di sicurezza)"
                              r"(?:\s+\w+)?\s+$", re.I)
# a government named by no state, right before its verb ('il governo aveva consegnato', 'l'esecutivo ha sospeso ieri',
# 'il governo starebbe valutando di sospendere')
# ('il governo sandinista aveva dichiarato', 'le dogane di Ningbo avrebbero trattenuto': a name of no state)
_OWN_GOVERNMENT = re.compile(r"(?<![\w'’])(?:il governo|l['’]\s*esecutivo|il ministero degli (?:Esteri|Affari esteri)|"
                             r"le dogane|le autorità doganali)(?:\s+(?-i:[a-zà-ù]+(?:ista|ano|ana|ese|ino|ina))|"
                             r"\s+di\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?"
                             r"(?:\s+(?:ieri|oggi|già|anche|poi|infine|invece|intanto))?\s+"
                             r"(?:(?:l['’]\s*|lo\s+|la\s+)?(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+|"
                             # (a measure weighed: 'il governo starebbe valutando di sospendere')
                             r"(?:starebbe|sta|potrebbe|intende|vuole)\s+(?:(?:anche|già|ora)\s+)?"
                             r"(?:(?:valutando|preparando|studiando|pensando)\s+)?(?:(?:anche|già)\s+)?"
                             r"(?:di\s+|l['’]\s*|la\s+|il\s+|lo\s+|le\s+|i\s+|gli\s+)?)?$", re.I)
# the gap between a phrase and a date right after it ('fatto lo stesso il giorno dopo')
_ARTICLE_GAP = re.compile(r"\s{0,2}(?:(?:il|lo|la|l['’])\s*)?")
# the article of an Arabic family name ('Al Thani', 'El Sisi'), capitalized: not a preposition
_ARABIC_ARTICLE = re.compile(r"(?:Al|El)[ -](?=[A-ZÀ-Ý])")
# 'il Brasile ha fatto lo stesso', 'Parigi ha fatto altrettanto', 'ha seguito l'esempio'
# ('Il Perù ha rotto le relazioni con il Venezuela, mentre Panama le aveva già sospese': the relations of the act before)
_SAME_ACT = re.compile(r"(?<![\w'’])(?:ha|hanno|aveva|avevano) fatto (?:lo stesso|altrettanto|la stessa cosa)"
                       r"|(?<![\w'’])(?:ha|hanno|aveva|avevano) seguito l['’]esempio"
                       # 'In serata si sono aggiunti le Maldive e il governo yemenita' (the subject after the verb)
                       r"|(?<![\w'’])si (?:è|sono|era|erano) (?:poi |anche |subito )?(?:aggiunt|accodat)[oaie](?![\w'’])"
                       r"|(?<![\w'’])(?P<rel>(?:le|li) (?:ha|hanno|aveva|avevano) (?:già |anche |a sua volta |a loro volta )?"
                       r"(?:sospes|rott|interrott)[ei])(?![\w'’])", re.I)
_RELATIONS = re.compile(r"relazion|rapport", re.I)
# a trigger in the present perfect ('è stato ricevuto', 'ha incontrato'); a verb in the pluperfect ('aveva accusato',
# 'era stato'): a flashback whose day the present perfect after it does not take
_PRESENT_PERFECT = re.compile(r"(?:ha|hanno|è|sono)\s", re.I)
_PLUPERFECT = re.compile(r"(?<![\w'’])(?:aveva|avevano|era|erano)\s+(?:\w+\s+)?\w{2,}(?:at|it|ut|ess|ost)[oaie](?![\w'’])",
                         re.I)
# a meeting noun called off in the passive, right after the participle: 'È stata annullata la visita', 'è stato invece
# cancellato, su richiesta timorese, l'incontro'
_PASSIVE_CANCEL = re.compile(r"(?<![\w'’])(?:è|era|sono|erano|sarebbe|sarebbero)\s+(?:(?:già|invece|anche|poi|inoltre|intanto)\s+)?stat[oaie]\s+"
                             r"(?:(?:invece|anche|poi|già|ufficialmente|inoltre|intanto)\s+)?(?:annullat|cancellat)[oaie]"
                             r"(?:\s*,[^,.;:]{1,40},)?\s+(?:(?:anche|invece)\s+)?(?:la|il|l['’]|lo|i|gli|le)\s*$", re.I)
# the same after its subject: '..., è stata annullata ieri dal governo spagnolo'
_CANCELLED_AFTER = re.compile(r"(?<![\w'’])(?:è|era|sono|erano)\s+stat[oaie]\s+(?:(?:invece|anche|poi|già|ufficialmente|inoltre|intanto)\s+)?"
                              r"(?:annullat|cancellat)[oaie](?![\w'’])", re.I)
# from a day to a verb: a clause of the same subject, then 'ma' or 'e' ('oggi il ministero ha smentito, ma ha annullato')
_SAME_SUBJECT_BUT = re.compile(r"[^,;:.]*\s(?:ha|hanno|aveva|avevano)\s+\w+,\s*(?:ma|e|ed|però|poi)\s+"
                               r"(?:poi\s+|anche\s+|invece\s+)?", re.I)
# 'e' between two coordinated verbs; a past verb with its auxiliary ('aveva convocato'), whose object may stand before
# the 'e' of the next verb of the same subject
_AND_GAP = re.compile(r"\s+(?:e|ed)\s+", re.I)
_AUX_PARTICIPLE = re.compile(r"(?<![\w'’])(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+)?\w{3,}(?:at|it|ut)[oaie]"
                             r"(?![\w'’])", re.I)
_COORD_PARTICIPLE = re.compile(r"\s+e\s+(?:(?:poi|anche|quindi|inoltre|\w+mente)\s+)?(?!stat[oaie]\b)\w{3,}(?:at|it|ut)[oaie]\s+"
                               r"(?:\w+mente\s+)?(?:il|lo|la|i|gli|le|l['’]|un|una|uno)\b", re.I)
_AND_NEW_SUBJECT = re.compile(r",\s+e\s+(?!(?:poi|anche|quindi|infine|inoltre|già|non|ha|hanno|aveva|avevano|è|sono|era|"
                              r"erano|lo|la|li|le|ne|si|ci)\b)(?:il|lo|la|i|gli|le|l['’]|altr[ieoa]|\w+\s+(?:altr[ieoa]|"
                              r"tre|due|quattro|cinque))\b", re.I)
_HOSTED_BY = re.compile(r"ospitat[oaie]\s+(?:anche\s+)?(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*"
                        r"(?:[\w'’]+\s+){0,3}$", re.I)
# (not an arrival: 'dei ministri X e Y, arrivati mercoledì per preparare il vertice' dates their visit)
# (also an irregular participle and a preposition: 'lo status di nazione più favorita, concesso nel 1996')
_REDUCED_CLAUSE = re.compile(r",\s+(?!(?:arriv|giunt|atterr|partit|rientr|tornat|sbarcat))\w+(?:at|it|ut|ess|ost|est)[oaie]\s+"
                             r"(?:(?:nel|nell['’]|il|l['’]|ad|a|in)\s*)?$", re.I)
_CAPITAL_AHEAD = re.compile(r"[^.,;:]{0,40}?\bnella capitale", re.I)
# a dative clitic right before a verb ('gli aveva vietato l'ingresso', 'Petro gli ha telefonato')
_DATIVE_CLITIC = re.compile(r"(?<![\w'’])(?:gli|le)\s+$", re.I)
# a measure's indirect object right after it: 'ha negato i visti a una delegazione del gruppo'
_TO_SOMEONE = re.compile(r"\s+(?:(?:a|ad|al|alla|allo|ai|agli|alle)\s+|all['’]\s*)(?!sviluppo\b)\w", re.I)
_CHANNEL = re.compile(r"(?<![\w'’])(?:attraverso|tramite|per il tramite d\w*)\s+(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?$",
                      re.I)
# an office of a body right before its name: 'il segretario generale della Lega', 'la presidente della Commissione'
_OFFICE_OF = re.compile(r"(?<![\w'’])(?:segretari[oa]|president[ei]|presidentessa|direttor[ei]|direttrice|capo|portavoce|"
                        r"rappresentant[ei]|inviat[oa]|commissari[oa]|alt[oa] rappresentante)(?:\s+general[ei]|\s+special[ei])?"
                        r"\s+(?:della|del|dello|dell['’]|degli|dei|delle)\s*$", re.I)
# a relative clause between commas: ', che a gennaio aveva visitato Tashkent,'
_REL_INCISE = re.compile(r",\s+(?:che|il quale|la quale|i quali|le quali)\s[^,;:.!?«»“”\"]{3,140},")
# a relative clause between commas that ends right before a verb: ', che ha aperto il suo spazio aereo ai caccia
# francesi, ' (no other comma inside)
_INCISE_BEFORE = re.compile(r",\s+(?:che|il quale|la quale|i quali|le quali)\s[^,;:.!?]{3,140},\s+"
                            r"(?:(?:ieri|oggi|poi|infatti|invece|già|lunedi'|martedi'|mercoledi'|giovedi'|venerdi'|"
                            r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s+)?$", re.I)
# 'Altri governi europei hanno seguito l'esempio': several governments of a region, not the regional body
_SEVERAL_GOVERNMENTS = re.compile(r"(?<![\w'’])(?:governi|paesi|stati|capitali|cancellerie)\s+$", re.I)
# a destination named by what the state is: 'arrivato nel Paese', 'volato nell'emirato', 'atteso sull'isola'
# a transitive visit verb and its object named by what the state is: 'a visitare l'isola', 'ha visitato il Paese'
_STATE_EPITHETS = r"paese|regno|emirato|arcipelago|isola|federazione|repubblica|confederazione"
_VISIT_THE_STATE = re.compile(r"visit(?:are|ato|ata|ati|ate|erà|eranno|ò|arono|a|ano)$", re.I)
_STATE_EPITHET_OBJECT = re.compile(rf"\s+(?:(?:il|lo|la)\s+|l['’]\s*)(?:{_STATE_EPITHETS})\b", re.I)
_WHAT_THE_STATE_IS = re.compile(rf"(?:\s|['’])(?:{_STATE_EPITHETS})$", re.I)
# a visit noun with its determiner ('ha rinviato la visita'; not the phrase 'in visita') and a destination named by
# what the state is ('la visita nel Paese')
_VISIT_DETERMINER = re.compile(r"(?<![\w'’])(?:la|una|sua|propria)\s+$", re.I)
_IN_THE_COUNTRY_AFTER = re.compile(r"\s+nel\s+(?:Paese|paese)(?![\w'’])")
_THE_COUNTRY = re.compile(r"(?<![\w'’])(?:(?:al|il|nel|del|contro il) (?:Paese|regno)|(?:all|dell|nell|sull)['’]\s*(?:isola|arcipelago|emirato))(?![\w'’])")
# 'Poche ore prima dell'attacco', 'Due giorni dopo il vertice': a lag from a named event (the noun's trigger follows)
_NAMED_LAG = re.compile(r"\s+(?P<dir>prima|dopo)\s+(?:(?:del|dello|della|dei|degli|delle|il|lo|la|i|gli|le)\s+|"
                        r"(?:dell|l)['’]\s*)", re.I)
_CLAUSE_LEAD = re.compile(r"[,;:]\s*(?:(?:ma|e|poi|mentre|però)\s+)?$", re.I)    # a clause opens right here
_BARE_LAG = re.compile(r"\s+(?P<dir>prima|dopo)\b(?!\s+(?:che|di)\b)", re.I)
_LAG_GAP = re.compile(r".*(?<![\w'’])dopo\s*(?:(?:il|lo|la|i|gli|le|un|una|uno)\s+|l['’]\s*)?", re.I | re.S)
_ARRIVED_AT = re.compile(r"(?:atterrat|arrivat|giunt)[oaie]\s+(?:\w+\s+)?(?:a|ad|in)\s+$", re.I)
_AID_FOR = re.compile(r"\s+(?:per|a favore d(?:i|el|ella|ello|ell['’]|ei|egli|elle)|destinat[oaie] a(?:l|lla|llo|ll['’]|i|gli|lle)?)"
                      r"(?:\s+(?:la|il|lo|i|gli|le|l['’]))?\s*", re.I)
_TO_PLACE = re.compile(r"(?<![\w'’])(?:a|ad|in)\s+$", re.I)
# 'è atterrato ieri a Mogadiscio un aereo della cooperazione italiana': the visit verb's subject is a vehicle
_VEHICLES = r"aereo|aerei|volo|voli|cargo|nave|navi|convoglio|convogli|elicotter[oi]"
# (troops are no visitors either: 'Sabato era atterrato a Pemba un primo contingente di trecento soldati sudafricani')
_VEHICLE_AFTER = re.compile(r"\s*(?:un|una|il|la|i|gli|le|l['’]|due|tre|altri|altre)\s*(?:\w+\s+)?"
                            rf"(?:{_VEHICLES}|carico|carichi|camion|contingent[ei]|truppe|reparti?|battaglion[ei])\b", re.I)
# 'È arrivato ieri all'aeroporto di Magenta il primo aereo militare australiano': a vehicle arriving, its nationality
# the cargo's sender (not a visitor)
_VEHICLE_ARRIVING = re.compile(r"\s*(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2}" + _VEHICLE_AFTER.pattern,
                               re.I)
_REL_ANY = re.compile(r"(?<![\w'’])(?:che|dove|il quale|la quale|i quali|le quali)\s", re.I)
_PORT_CALL = re.compile(r"attracc|scalo(?! della capitale)", re.I)    # (not 'atterrato nello scalo della capitale')
# a warship or a ship named by its state ('la nave cinese', 'la fregata britannica', 'due sottomarini russi')
_STATE_SHIP = re.compile(r"(?<![\w'’])(?:fregat[ae]|sottomarin[oi]|portaerei|cacciatorpedinier[ei]|corvett[ae]|incrociator[ei]|"
                         r"(?:nave|navi|unità) (?:da guerra|militar[ei]|da ricerca|oceanografic[ah]e?|(?-i:[a-zàèéìòù])\w+(?:ese|esi|ano|ana|ani|ane|ino|ina|ini|ine|ico|ica|ici|iche|eno|ena|eni|ene)\b))", re.I)
_SHIP_CARGO = re.compile(r"aiuti|carico|carica di|tonnellate|viveri|medicinali|grano|profughi|migranti|merci|greggio|gas|"
                         r"crociera|passeggeri|turisti", re.I)
_ARRIVAL = re.compile(r"atterr|arriv|giunt|attracc|attes[oaie]", re.I)
# ('un volo con 17 tonnellate di aiuti, tra medicinali e generi di prima necessità, atterrerà': an apposition between;
# a cargo: 'un carico di tende e medicinali finanziato dalla Germania è arrivato lunedì')
_VEHICLE_BEFORE = re.compile(rf"(?<![\w'’])(?:un|una|il|la|l['’]|i|gli|le)\s*(?:\w+\s+)?(?:{_VEHICLES}|carico|carichi|"
                             rf"spedizion[ei])\b[^,.;:]{{0,90}}"
                             rf"(?:,[^,.;:]{{1,70}},\s*)?$", re.I)
_COORD_VERB = re.compile(r",\s+e\s+[^,;:.!?]{0,40}$", re.I)
_STAFF = re.compile(r"(?:(?:l['’]|il |la |i |gli |le )\s*)?(?:ambasciat|diplomatic|funzionari|console|consoli|personale)",
                    re.I)
_GOV_OF = re.compile(r"(?<![\w'’])governo\s+(?:del|della|di)\s+(?:[\w'’]+\s+){0,2}$", re.I)
_SCHEDULED = re.compile(r"(?<![\w'’])(?:(?:avrebbe|avrebbero) dovuto|(?:si )?(?:sarebbe|sarebbero) dovut[oaie]|doveva|dovevano|"
                        r"(?:previst|attes|fissat)[oaie] per|"
                        r"(?<!più )(?<!come )(?:attes|previst)[oaie](?= (?:a|ad|in|il|l['’]|nel|nella|a (?-i:[A-Z])\w+|lunedì|martedì|"
                        r"mercoledì|giovedì|venerdì|sabato|domenica)\b)|"
                        r"in programma|in calendario(?: per)?)"
                        r"(?![\w'’])", re.I)
# a source telling its version of an event: 'l'agenzia riferisce di una conversazione'
_REPORTED_VERSION = re.compile(r"(?<![\w'’])(?:riferisc|parla|raccont|descriv)\w*\s+di\s+un[a'’]?\s*$", re.I)
# a length right after a noun: 'il colloquio è durato "almeno mezz'ora"'
_LASTED_AFTER = re.compile(r"\s+(?:è|e['’]|era|sarebbe)\s+(?:stat[oa]\s+)?durat[oa]\b", re.I)
# a definite article right before a noun
_DEFINITE_END = re.compile(r"(?<![\w'’])(?:il|lo|la|l['’])\s*$", re.I)
# the maker of another decision an act follows or precedes: 'dopo la decisione analoga del Mali'
_OTHER_DECISION = re.compile(r"(?<![\w'’])(?:dopo|prima)\s+(?:di\s+)?(?:la|il|lo|l['’])\s*(?:\w+\s+)?(?:decisione|mossa|scelta|"
                             r"annuncio|passo|iniziativa)(?:\s+\w+)?\s+(?:del|della|dello|dell['’]|di)\s*$", re.I)
# a put-off act deemed possible on a later day: 'potrebbe svolgersi nella primavera del 2014'
_MAY_TAKE_PLACE = re.compile(r"(?<![\w'’])(?:potrebbe|potrebbero|dovrebbe|dovrebbero)\s+(?:(?:invece|quindi|ora|anche)\s+)?"
                             r"(?:svolgersi|tenersi|avere\s+luogo|essere\s+recuperat[oa]|slittare)\s+(?:\w+\s+){0,2}$",
                             re.I)
# a relative pronoun right before a day: 'la missione, che lunedì 10 settembre sarebbe dovuta arrivare'
_REL_PRONOUN_END = re.compile(r"(?<![\w'’])che\s+$", re.I)
# a noun's own relative clause of schedule: ', che doveva riunirsi', ', che si sarebbe dovuto tenere'
_OWN_SCHEDULE_REL = re.compile(r"\s*,?\s*che\s+(?:(?:avrebbe|avrebbero)\s+dovuto|doveva|dovevano|"
                               r"si\s+(?:sarebbe|sarebbero)\s+dovut[oaie])\s+(?:riunirsi|riunire|tenersi|tenere|"
                               r"svolgersi|incontrarsi|aprirsi|iniziare|cominciare)\b", re.I)
_SCHEDULED_PLACE = re.compile(r"\s+(?:nella capitale\s+\w+|(?:a|ad|in)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+"
                              r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?)", re.I)
# a meeting noun's two sides, with its day between: ' di mercoledì 18 aprile tra i due ministri degli Esteri'
_BETWEEN_THE_TWO = re.compile(r"(?:\s+(?:di|del|dello|della|dell['’])\s*(?:[\w'’]+\s+){0,3}?)?\s*(?:tra|fra)\s+"
                              r"(?:i\s+due|le\s+due)\s+"
                              r"(?:ministri|ministre|presidenti|leader|premier|capi|primi\s+ministri|segretari|"
                              r"sottosegretari|viceministri|governi|cancellerie|diplomazie|delegazioni|ambasciatori)\b"
                              # ('l'incontro tra i ministri degli Esteri dei due Paesi')
                              r"|\s*(?:tra|fra)\s+(?:i|le)\s+(?:ministri|ministre|presidenti|leader|premier|capi|"
                              r"primi\s+ministri|delegazioni|ambasciatori)(?:\s+(?:degli|della|dell['’]|del)\s*\w+)?"
                              r"\s+(?:dei|delle)\s+due\s+(?:Paesi|paesi|Stati|governi|nazioni|capitali)\b",
                              re.I)
_REL_CHE = re.compile(r",\s*che\s", re.I)
# a verb's object with a relative clause: ' domenica un memorandum che '
_OBJECT_RELATIVE = re.compile(r"(?:\s+[\w'’]+){0,3}?\s+(?:un|una|uno|il|lo|la|i|gli|le|l['’]|un['’])\s*[\w'’]+"
                              r"(?:\s+[\w'’]+)?\s+che\s+", re.I)
# the same, or a gerund's report ('..., avvertendolo che gli Stati Uniti non parteciperanno'): a clause of its own
_REL_OR_SAID_CHE = re.compile(r",\s*(?:\w+(?:ando|endo)(?:l[oaie]|gli)?\s+(?:[\w'’]+\s+){0,3}?)?che\s", re.I)
# the clause of a visit's place or occasion ('11,5 milioni' inside it; 'sarà a Roma a fine giugno ..., e in
# quell'occasione incontrerà X': the visit's)
_WHERE_VISIT = re.compile(r",\s*(?:e\s+)?(?:dove|in cui|durante (?:la|il) quale|nel corso (?:della|del) quale|nella quale|nel quale|"
                          r"in quell['’]\s*occasione|in quella occasione|in tale occasione|nell['’]\s*occasione)\s+"
                          r"(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){0,100}$", re.I)
# the purpose of a call after its callee: 'per ringraziarlo', 'per congratularsi', 'per esprimere'
_CALL_PURPOSE = re.compile(r"\s+per\s+(?:\w+(?:are|ere|ire)|\w+(?:ar|er|ir)(?:lo|la|li|le|gli|si|ci|ne))\b", re.I)
# an articulated preposition right before a noun: 'le decisioni del vertice', 'dal vertice'
_PREP_BEFORE = re.compile(r"(?<![\w'’])(?:del|della|dello|dei|degli|delle|dell['’]|al|alla|allo|ai|agli|alle|all['’]|"
                          r"dal|dalla|dallo|dai|dagli|dalle|dall['’]|nel|nella|nello|nei|negli|nelle|nell['’])\s*$", re.I)
# a cancelling announced as done: 'ha annunciato di aver annullato'
# a verb in the present perfect of the news ('ha intanto annullato', 'è stata annullata'), not the pluperfect
_NEWS_PERFECT = re.compile(r"(?:l['’])?(?:ha|hanno|è|sono)\s", re.I)
# a relative pronoun right before a verb: '..., che ha annullato'
_RELATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:che|cui|quale|quali)\s+(?:\w+\s+)?$", re.I)
_ANNOUNCED_DONE = re.compile(r"(?<![\w'’])(?:ha|hanno)\s+(?:\w+\s+)?(?:annunciato|comunicato|fatto sapere|detto|"
                             r"dichiarato)\s+di\s+$", re.I)
# a gathering opened: 'Il vertice si era aperto ieri sera'
_OPENED_AFTER = re.compile(r"\s+(?:si\s+(?:era|è|e['’])\s+apert[oa]|(?:era|è|e['’])\s+(?:cominciat|iniziat)[oa])\b", re.I)
# a sitting opening the sentence as its setting: 'Ieri, al Consiglio ...', 'Al vertice di ieri ...'
_FRONTED_AT = re.compile(r"(?:\w+\s*,\s*)?(?:al|all['’]|alla|nel|nella|durante (?:il|la|l['’]))\s*", re.I)
_GENITIVE_BEFORE = re.compile(r"(?<![\w'’])(?:del|della|dello|dei|degli|delle|dell['’])\s*$", re.I)
# what a visit was for, after a colon: '... la visita di X, atteso ad Ankara venerdì: X avrebbe dovuto incontrare Y'
_COLON_WAS_TO = re.compile(r":\s*(?:[\w'’-]+\s+){0,3}?(?:avrebbe|avrebbero|doveva|dovevano)\s+(?:dovuto\s+)?$", re.I)
# a sentence set where the sentence before ends: 'Lì il presidente della Commissione vedrà il presidente russo', 'In
# quell'occasione'
_THERE_OPENER = re.compile(r"(?:Lì|Li'|Là|La'|In quell['’]\s*occasione|In quella occasione|In quella sede),?\s")
# a sentence opening with an act told again in the passive: 'Il testo è stato firmato' (the participle's stem)
_RESTATED = re.compile(r"(?:Il|La|Lo|L['’]|I|Gli|Le)\s*[\w'’]+\s+(?:è|era|sono|erano)\s+stat[oaie]\s+(\w{4,}?)[oaie]\b")
# a sentence set at a gathering told before: 'A margine del Consiglio la ministra spagnola ha incontrato la collega'
_MARGIN_OPENER = re.compile(r"A margine (?:del|della|dello|dell['’])\s*(?:Consiglio|vertice|riunione|summit|"
                            r"conferenza|sessione|lavori)\b(?!\s+(?:di|del|della|dello|dell['’]|dei|degli|delle)\b)")
# the agent or counterpart of a verb with a name in apposition after it: ' dal capo di gabinetto del premier, ', ' il
# segretario generale della Lega, '
_APPOSED_AGENT = re.compile(r"\s+(?:da|dal|dalla|dallo|dall['’]|con|col|con il|con la|con lo|con l['’]|il|la|lo|l['’])\s*"
                            r"(?:[^\W\d_]+['’]?\s*){1,6},\s+")
# an infinitive of purpose after a visit: 'sarà mercoledì nella capitale messicana per incontrare il collega messicano'
_VISIT_PURPOSE = re.compile(r"\sper\s+(?:poi\s+)?$", re.I)
_RELATIVE_CHE = re.compile(r"(?<![\w'’])che\s+$", re.I)
# a reception verb: 'ha ricevuto', 'aveva accolto'
_RECEPTION = re.compile(r"(?:ricevut|accolt)[oaie]\b", re.I)
# 'in una visita', 'nel corso di una visita', 'durante la visita': the noun names the visit of the clause before
# ('ha ricevuto X, in visita ufficiale in Russia' tells the guest's status: one event, the reception)
_IN_VISIT = re.compile(r"(?:\bin|\bnel corso di|\bdurante)\s+(?:una|la|la sua)\s*$", re.I)
# a call's plural object: 'ha telefonato ai due capi di governo'
_PLURAL_OBJECT = re.compile(r"\s+(?:(?:\w+\s+)?(?:ai|agli|alle|con i|con gli|con le))\s+(?:due|tre|quattro|cinque)\s", re.I)
# one or two adjectives between a noun and a nationality ('un aereo militare kuwaitiano')
_ADJECTIVES_GAP = re.compile(r"\s+(?:(?!(?:di|a|ad|da|in|con|su|per|tra|fra|e|ed|o|il|lo|la|le|gli|i|un|una|uno|del|della|"
                             r"dei|delle|al|alla|ai|nel|nella|che|non|è|ha|sono|hanno)\s)[a-zà-ù]+\s+){1,2}")
# the two sides named together ('X ha invitato le due parti alla calma')
_BOTH_SIDES = re.compile(r"(?<![\w'’])(?:(?:le|alle|delle|dalle|tra le|fra le|entrambe le) (?:due )?parti|"
                         r"(?:i|ai|dei|agli|degli|gli|entrambi i) due (?:paesi|governi|stati))\b", re.I)
# a plural anaphor naming states ('i due governi', 'i due Paesi')
_STATE_ANAPHOR = re.compile(r"(?<![\w'’])(?:i|dei|tra i|fra i|ai|dai|agli|degli|gli) (?:due|tre|quattro|cinque) "
                            r"(?:governi|paesi|stati|esecutivi|nazioni|capitali)\b"
                            # 'i vicegovernatori delle due regioni di confine': one region of each side
                            r"|(?<![\w'’])(?:del|dal|al)?le due (?:regioni|province) di confine\b"
                            # 'Le rispettive Croci Rosse si incontreranno': the bodies of each side
                            r"|(?<![\w'’])(?:le|i|gli) rispettiv[ie] \w+", re.I)
# the reportative auxiliary right before a trigger that starts at its participle, and that participle
_REPORTED_AUX_BEFORE = re.compile(r"(?<![\w'’])(?:avrebbe|avrebbero|sarebbe|sarebbero)\s+(?:(?:anche|già|poi)\s+)?$", re.I)
_REPORTED_PARTICIPLE = re.compile(r"(?!(?:dovut|potut|volut)\w*)\w+(?:at|it|ut|ott|ss)[oaie]\b", re.I)
# the reportative conditional ('avrebbe ricevuto'), not 'avrebbe dovuto'; a 'che' before it makes a future in the past
_REPORTATIVE = re.compile(r"(?:si\s+)?(?:avrebbe|avrebbero|sarebbe|sarebbero)\s+(?!(?:dovut|potut|volut|stat[oaie]\s+(?:previst|programmat|fissat|attes))\w*)(?:\w+\s+)?\w+(?:at|it|ut|s|nt|rt|tt)[oaie]\b", re.I)
# a sentence that opens on a denial with no object of its own ('La polizia di frontiera ha smentito stamattina: ...')
_DENIAL_OPENING = re.compile(r"[^.;:]{0,60}?\b(?:ha|hanno)\s+(?:\w+\s+)?(?:smentito|negato)(?=\s*[.;:,]|\s+(?:ieri|oggi|"
                             r"stamattina|stamani|in serata|seccamente|categoricamente|domenica|sabato|lunedì|martedì|"
                             r"mercoledì|giovedì|venerdì)\b)", re.I)
# a sentence that opens on the press as its source ('Secondo la televisione Realitatea, ...')
_PRESS_SOURCE_OPENING = re.compile(r"\s*(?:secondo|stando a|a quanto riferit[oa] da)\s+(?:il|la|lo|l['’]|i|gli|le)?\s*"
                                   r"(?:quotidian|giornal|agenzi|stampa|tv|televisione|emittent|media|sito|portale|"
                                   r"settimanale|radio|testat)", re.I)
# 'Il quotidiano X ha scritto (oggi) che ...': a report of the press, whose conditional is an allegation
_PRESS_THAT = re.compile(r"(?<![\w'’])(?:scritto|scrive|scrivono|riferito|riferisce|riportato|riporta|rivelato|rivela|"
                         r"sostiene|sostengono|sostenuto)\s+(?:[\w'’]+\s+){0,2}?che\s+(?:[\w'’]+\s+){0,8}$", re.I)
# a plan the press reports ('Il Blick ha scritto che X e Y si vedranno entro fine mese', 'secondo il Times, X vedrà Y')
# and a denial with no object of its own in a later clause of the sentence ('; l'ufficio del presidente ha smentito',
# ', ma il suo portavoce ha smentito'): the plan is denied
_REPORTED_PLAN = re.compile(r"(?<![\w'’])(?:(?:ha|hanno) (?:scritto|riferito|riportato|rivelato|anticipato|sostenuto)|"
                            r"scrive|scrivono|sostiene|sostengono|"
                            r"riferisce|riferiscono|riporta|riportano)\s+(?:[\w'’]+\s+){0,2}?che\s|"
                            # 'Il portale Index ha scritto anche di un incontro'
                            r"(?<![\w'’])(?:(?:ha|hanno) (?:scritto|riferito|parlato)|scrive|scrivono|parla|parlano)\s+"
                            r"(?:anche\s+|pure\s+|invece\s+)?(?:di|dell['’]|del|della)\s|"
                            r"(?<![\w'’])secondo (?:il|la|l['’]|i|le|lo|gli) ", re.I)
_LATER_DENIAL = re.compile(r"[;,:]\s*(?:ma\s+)?[^;,.:«“\"]{0,90}?(?<![\w'’])(?:ha|hanno) (?:però |invece |poi )?"
                           r"(?:smentito|negato)(?:\s+(?:ieri|oggi|stamattina|stamani|in serata|seccamente|"
                           r"categoricamente|la notizia|l['’]indiscrezione))*"
                           # ('l'esercito indiano ha smentito di aver perso droni')
                           # ('fonti turche hanno però negato che la telefonata ci sia mai stata')
                           r"(?:\s+di\s+aver(?:e)?\s+[^.;:,]{1,60}?|\s+che\s+[^.;:,]{1,80}?)?\s*(?:[.;:,]|\Z)"
                           # ('..., ma l'ufficio del premier ha escluso «qualsiasi appuntamento»', '; l'ambasciata ha
                           # smentito «qualsiasi trattativa segreta»')
                           r"|[;,:]\s*(?:ma\s+)?[^;,.:«“\"]{0,90}?(?<![\w'’])(?:ha|hanno) (?:però |invece |poi )?"
                           r"(?:escluso|smentito|negato)\s+"
                           r"[«“\"]?(?:qualsiasi|ogni|alcun|alcuna)\s+(?:[\w'’]+\s+)?[\w'’]+[»”\"]?\s*(?:[.;:,]|\Z)", re.I)
# a sentence that opens on its source, whoever it is: 'Secondo Hürriyet, ...'
_SOURCE_OPENING = re.compile(r"\s*(?:secondo|stando a)\s+[^,;:.]{1,60},", re.I)
# the two sides' forces as the subject of a reciprocal verb: 'i due eserciti si erano scontrati'
_BOTH_ARMIES = re.compile(r"(?<![\w'’])(?:i|gli|le)\s+(?:due|rispettiv[ie])\s+(?:eserciti|forze\s+armate|marine|"
                          r"aviazioni|truppe|contingenti|guardie\s+costiere|polizie)\s+(?:[\w'’]+\s+){0,3}?$", re.I)
_PLAIN_PAST = re.compile(r"ieri|scors[oa]|\bfa\b|\d{4}", re.I)
_ALREADY = re.compile(r"(?<![\w'’])(?:già|gia')(?![\w'’])", re.I)
_THAT_BEFORE = re.compile(r"(?<![\w'’])che\s+(?:\w+\s+){0,6}$", re.I)
# after a source verb: the report follows ('scrive che'); the press as a source
_THAT_AFTER = re.compile(r"\s*(?:che|come)\b", re.I)
_MEDIA = re.compile(r"(?:quotidian|giornal|agenzi|stampa|tv|televisione|emittent|media)", re.I)
# a name after a definite article and before a press verb with 'che' is an outlet ('Il Cambodia Daily ha scritto che',
# 'La Libre Belgique ha riferito che'): the source of the report, not a party
_PRESS_VERB_THAT = re.compile(r"\s+(?:(?:ha|aveva) (?:scritto|riferito|riportato|rivelato|anticipato)|scrive|riferisce|"
                              r"riporta|rivela)\s+(?:[\w'’]+\s+){0,2}?che\b", re.I)
_OUTLET_ARTICLE = re.compile(r"(?<![\w'’])(?:il|la|lo|l['’])\s*(?:(?:quotidiano|settimanale|giornale|sito|mensile|"
                             r"periodico|tabloid|agenzia|emittente|tv|radio|canale)(?:\s+(?-i:[a-zà-ú])\w+)?\s+)?\Z", re.I)
# forces owned by what follows ('un attacco di elicotteri della Nato')
_FORCES_OF = re.compile(r"(?:elicotter[oi]|aere[oi]|caccia|dron[ei]|truppe|forze|soldati|militari|nav[ei]|jet)\s+"
                        r"(?:della|del|dell['’]|dello|delle|dei|degli)\s*$", re.I)
# the purpose of an armed act, naming its target: 'per inseguire gli Shabaab', 'per rovesciare le Corti islamiche'
_FIGHT_PURPOSE = re.compile(r"\bper\s+(?:inseguire|combattere|colpire|stanare|cacciare|attaccare|respingere|"
                            r"rovesciare|sconfiggere|neutralizzare|distruggere|annientare|snidare)\b", re.I)
# a definite plural of the forces or strikes ('i raid', 'gli attacchi'): those of an attack told before
_DEFINITE_FORCES = re.compile(r"(?<![\w'’])(?:i|gli|le)\s+(?:raid|bombardamenti|attacchi|caccia|missili|droni)$", re.I)
# forces that arrive or are expected (an aid trigger), and what may lie between them and their own state's name:
# 'i primi poliziotti e soldati australiani', '34 agenti di polizia della Papua Nuova Guinea', 'soldati delle Figi'
_FORCES_ARRIVE = re.compile(r"(?:(?:è|sono|era|erano|sarebbe|sarebbero)\s+(?:\w+\s+)?(?:arrivat|giunt|atterrat|sbarcat)"
                            r"[oiae]|(?:è|sono|era|erano)\s+attes[oiae])\s.*?(?P<forces>poliziotti|agenti|soldati|"
                            r"militari|truppe|paracadutisti)", re.I | re.S)
_FORCES_OWNER = re.compile(r"(?:\s*(?:di\s+polizia|e\s+(?:[\w'’]+\s+){0,2}?(?:poliziotti|soldati|militari)))*\s*"
                           r"(?:(?:delle|del|della|dell['’]|dello|degli|dei)\s*)?", re.I)
# armies clashing ('si sono scontrati', 'si sono affrontati', 'avevano combattuto una guerra'); people of a state held
# ('due cittadini francesi'); trade triggers
_RECIPROCAL_CLASH = re.compile(r"si\s+(?:\w+\s+)*?(?:scontrat|affrontat|scambiat)|\w+\s+(?:già\s+)?combattuto\s", re.I)
_CITIZENS = re.compile(r"(?:cittadin|connazional|giornalist|turist|lavorator|studenti|student[ei]|marinai|pescator|"
                       r"militari|soldati|agenti|dipendenti|operatori|cooperanti|funzionari|diplomatici|uomini d['’]affari|"
                       r"imprenditor|manager|attivist|ricercator|accademic|tecnic|operai)\w*\s+"
                       r"(?:(?:del|della|dell['’]|dei|delle)\s*(?:ministero|governo|ambasciata|consolato|agenzia|marina)\s+)?$",
                       re.I)     # ('tre funzionari del ministero indonesiano': whose officials they are)
_MUST_LEAVE = re.compile(r"(?<![\w'’])(?:dovranno|devono|dovrà|deve) (?:lasciare|abbandonare) (?:il |lo |la |i |gli |le |l['’])?\s*$",
                         re.I)
_SUSPENDED_TOO = re.compile(r"[^.;:!?]{0,50}?\s(?:e|ed)\s+(?:l['’]|le|la|il|i|gli|lo)\s*", re.I)
_GOODS_BEFORE = re.compile(r"(?<![\w'’])(?:esportazion[ie]|importazion[ie]|merci|prodotti|beni|camion|aziende|"
                           r"società|imprese|compagnie|navi|pescherecci)\s+$", re.I)
_TRADE = re.compile(r"importazion|esportazion|\bimport\b|\bexport\b|\bacquist[oi]\b|commesse|ordini|forniture", re.I)
# 'dazi antidumping sulle importazioni di orzo dall'Australia': where the goods come from
# the holder of a place struck: '..., controllata dagli Houthi', 'roccaforte dei ribelli'
_HELD_BY = re.compile(r"(?:,\s*|\s+)(?:controllat[oaie]|tenut[oaie]|occupat[oaie]|in mano|roccaforte)\s+(?:\w+\s+)?"
                      r"(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’]|a|ai|agli|alle|al|alla|di|dei|degli|del|della)\s*$",
                      re.I)
_IMPORTS_FROM = re.compile(r"(?<![\w'’])(?:importazion\w*|import|merci|prodotti|importat[oaie])\s+(?:di\s+(?:[\w'’]+\s+){1,4}?)?"
                           r"(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*$", re.I)
_ORIGIN_GAP = re.compile(r"(?<![\w'’])(?:arriv\w*|proven\w*|in arrivo|partit[oaie]|originari[oaie])\s+(?:\w+\s+)?"
                         r"(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*$", re.I)
# a condition clause ('è «persona non grata» finché non ritratterà'): its verb's tense is not the act's
_CONDITION_CLAUSE = re.compile(r"(?<![\w'’])(?:finch[éè]|fino a quando|a meno che|qualora|purch[éè])\s", re.I)
# 'X è «persona non grata»': the copula before the phrase names its target
# an object clitic and an auxiliary before a participle trigger: "l'ha [dichiarata]", 'lo aveva [espulso]'
_OBJECT_CLITIC_AUX = re.compile(r"(?<![\w'’])(?:l['’]\s*|lo\s+|la\s+)(?:ha|hanno|aveva|avevano)\s+$", re.I)
# a participle clause after a measure noun that the date after it belongs to: "l'espulsione dell'ambasciatrice,
# decisa dal governo due giorni prima"
_DECIDED_WHEN = re.compile(r",\s*(?:decis|ordinat|disposto|disposta|decretat|annunciat|avvenut|adottat)[oaie]?\s"
                           r"[^,;:.]*$", re.I)
_UNWELCOME = re.compile(r"non (?:grat|gradit)", re.I)
_COPULA_BEFORE = re.compile(r"\s(?:è|sia|sono|siano|era|fosse|resta|rimane|sarà)\s+[«\"“]?\s*$", re.I)
# a trigger opening on an object clitic: 'lo ha chiamato', "l'aveva ricevuto", and an infinitive with its object
# attached ('era riuscito a parlargli tramite un telefono')
_CLITIC_OBJECT = re.compile(r"(?:lo|la|l['’])\s*(?:ha|aveva|hanno|avevano)\b|\w+(?:ar|er|ir)(?:gli|le|lo|la)\b", re.I)
# a light verb right before a noun trigger: 'ha avuto un colloquio', 'terrà un incontro', 'aveva fatto una telefonata'
# a meeting noun as the purpose of a trip: 'è volato ad Ankara per un colloquio con ...'
_PURPOSE_NOUN = re.compile(r"(?<![\w'’])per\s+(?:un|una|un['’]|il|la|l['’]|i|gli|dei|degli|nuovi|nuove)\s*"
                           r"(?:(?:nuovo|nuova|breve|lungo|primo|prima|ultimo|altro|secondo)\s+)?$", re.I)
# a reception ('è stato ricevuto ... per un colloquio'): the talks are the reception itself
_RECEIVED = re.compile(r"(?:ricevut|accolt)[oaie]\b", re.I)
_LIGHT_VERB = re.compile(r"(?<![\w'’])(?:ha|aveva|avrà|avrebbe|hanno|avevano|avranno)\s+(?:avuto|tenuto|fatto)\s+"
                         r"(?:(?:anche|poi|già|ieri|oggi)\s+)?(?:(?:un|una|un['’]|il|la|l['’])\s*(?:\w+\s+)?|(?:dei|degli|i|gli)\s+)?$"
                         r"|(?<![\w'’])(?:avrà|terrà|avranno|terranno)\s+(?:un|una|un['’])\s*(?:\w+\s+)?$"
                         # 'aveva parlato al telefono con X', 'ha discusso per telefono con X'
                         r"|(?<![\w'’])(?:ha|aveva|hanno|avevano)\s+(?:\w+\s+)?(?:parlato|discusso)\s+$", re.I)
# a 'dove' clause right before a trigger: 'era stata ad Amman, dove ha avuto un colloquio con ...'
_WHERE_CLAUSE = re.compile(r",\s*dove\s+(?:\w+\s+){0,3}$", re.I)
_WITH_GAP = re.compile(r"\s+(?:con|col)\s", re.I)
_APPOSITION_PAIR = re.compile(r",[^,;:.()]{1,60},")   # ', Demeke Mekonnen,': an apposition between subject and verb
_OPENING_ARTICLE = re.compile(r"\s*(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?", re.I)   # only an article before
# a setting on another day than its sentence's ('alla vigilia del vertice del G20', 'in vista del Consiglio europeo')
_OTHER_DAY_SETTING = re.compile(r"(?:vigilia|in vista|dopo|prima|in preparazione)\s+(?:d\w*\s*['’]?\s*)$", re.I)
# right before the receiver of aid named before the amount ('Pechino ha promesso al Pakistan 9 miliardi')
_GIVEN_TO = re.compile(r"(?<![\w'’])(?:promesso|offerto|donato|versato|concesso|consegnato|inviato|destinato|fornito|"
                       r"garantito|assicurato|regalato|stanziato|erogato|promette|offre|dona|invia|invierà|darà|dato)\s+"
                       r"(?:(?:ieri|oggi|anche|già|poi|subito)\s+)?(?:al|alla|allo|ai|agli|alle|all['’])\s*$", re.I)
# the period a measure covers, right before its date ('sospeso le licenze per il 2012', 'per tutto il 2020')
_YEAR_SCOPE = re.compile(r"(?<![\w'’])per (?:tutto |tutta )?(?:(?:il|l['’]|la stagione|l['’]anno)\s*)?$", re.I)
# who is ordered to act ('ha ordinato giovedì all'Iran di ridurre ...'): right before the mention, with 'di' after it
_ORDERED_TO = re.compile(r"(?<![\w'’])(?:ordinato|imposto|intimato|ingiunto|chiesto|ordina|impone|chiede)\s+"
                         r"(?:(?:ieri|oggi|anche|già|poi|\w+dì|sabato|domenica)\s+)?(?:al|alla|allo|ai|agli|alle|all['’])\s*$",
                         re.I)
_THEN_DI = re.compile(r"\s*,?\s*di\s*$", re.I)          # (between that mention and the infinitive)
# right before a mention that is the object of an act ('contro la Repubblica islamica', 'nei confronti dell'Iran')
_OBJECT_PREP = re.compile(r"(?<!\w)(?:contro|verso|nei confronti d\w*)\s*(?:\w+['’]|il|la|lo|i|gli|le)?\s*$", re.I)
_INFINITIVE_ACT = re.compile(r"\w+are\b", re.I)
_SETTING_GROUPS = frozenset({"summit", "meeting"})
_PARTICIPATE = re.compile(r"partecip\w*|prender\w* parte|pres[oa] parte|intervenut\w*|interverr\w*|attes[oaie]\b", re.I)
_PASSIVE_HELD = re.compile(r"(?:stat[oaie]|viene|vengono|venne|vennero)\s", re.I)
_HOME_DESK = "ITA"            # the country of the newsrooms whose datelines name their own desk
_DATELINE_WEIGHT = 3
_AUX = re.compile(r"(?<![\w'’])(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s", re.I)
# a pronoun object before an auxiliary or on an infinitive ('lo aveva già sanzionato', 'potrebbero vietargli')
_OBJECT_CLITIC = re.compile(r"(?<![\w'’])(?:gli|le|lo|la|li)\s+$", re.I)
_INFINITIVE_CLITIC = re.compile(r"(?<=[aei]r)(?:gli|lo|la|li|le)(?![\w'’])", re.I)
_VISIT_CAMEO = "042"          # CAMEO 042: make a visit
# 'il vertice dei Brics di Xiamen', 'il summit di Bali', 'la conferenza internazionale di Monaco': the city after a
# gathering noun (and its body or adjective) is where it is held
_GATHERING_OF_CITY = re.compile(r"(?:\s+(?:\w+|(?:del|della|dei|delle|degli|dell['’])\s*\w+)){0,2}\s+di\s+", re.I)
# a relative clause naming who takes part in a gathering: 'a cui ha partecipato anche X', 'al quale X parteciperà'
_PART_REL = re.compile(r"(?<![\w'’])(?:(?:al|alla|allo|ai|alle)\s+qual[ei]|a\s+cui)\s", re.I)
_PART_REL_HINT = re.compile(r"qual[ei]\s|\scui\s", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]")
# a participle that shares a measure's auxiliary (_more_measures): ', chiuso il valico', 'e revocato i visti' (not a
# recall of one's own envoy after an expulsion or a break, 'ha espulso l'ambasciatore e richiamato il proprio': one
# downgrade of relations)
_AUX_START = re.compile(r"(?:ha|hanno|aveva|avevano)\s", re.I)
# the participle stems of measures, shared by the list readers below (a recall, 'richiamat', only after a colon)
_MEASURE_STEMS = r"congelat|sospes|espuls|chius|vietat|bloccat|revocat|ridott|interrott|annullat|tagliat|impost"
_MORE_MEASURE = re.compile(rf"(?:,\s+|\s+e\s+)(?P<p>(?:{_MEASURE_STEMS}|dichiarat|ordinat)[oaie])\s+(?!che\b|di\b)"
                           r"(?:[\w'’]+\s+){0,2}?(?:il|lo|la|i|gli|le|l['’]|ogni|tutti|tutte|persona|persone|ai|agli)\b",
                           re.I)
# 'rinviato di una settimana, a lunedì 20', 'rinviata a martedì', 'spostato al 3 maggio': the day an act is put off to
# ('rinviata alla fine di marzo', 'ad aprile'; a clause after a colon that gives it: 'è stato rinviato: se ne
# riparlerà a ottobre', 'Slitta anche il negoziato ...: si terrà ad aprile')
_PUT_OFF_TO = re.compile(r"(?:(?:rinviat|spostat|posticipat|slittat|aggiornat|rimandat)[oaie]\b[^.;:]{0,40}?|"
                         r"(?<![\w'’])(?:se ne |ne )?(?:riparler|terr|svolger)(?:à|a['’])\s+(?:[\w'’]+\s+){0,2}?)"
                         r"(?<![\w'’])(?:a|ad|al|all['’]|alla|allo)\s*(?:fine\s+(?:di\s+)?)?$", re.I)
# a list of measures after a colon (_measure_items): its trigger, the separators of its items, and an item's opening
_MEASURES_COLON = re.compile(r"\bmisure$", re.I)
_ITEM_SPLIT = re.compile(r",\s+|;\s*|\s+e\s+(?=\w+(?:at|it|ut|s|ss)[oaie]\s)", re.I)
_MEASURE_ITEM = re.compile(rf"\s*(?:(?:{_MEASURE_STEMS}|richiamat|ritirat|invitat|cancellat|introdott|limitat)[oaie]?\s|"
                           r"(?:il|lo|la|l['’]|i|gli|le)\s*(?:stop|blocco|congelamento|sospensione|richiamo|espulsione|"
                           r"divieto|chiusura|revoca|taglio|riduzione)\b)", re.I)
# 'i respiratori ... donati dalla Cina', 'un carico di tende e medicinali finanziato dalla Germania': goods with their
# giver named after a participle
_GIVEN_BY = re.compile(r"\s(?:[\w'’]+\s){0,5}?(?:donat|inviat|regalat|spedit|mandat|finanziat|pagat|fornit)[oaie]\s"
                       r"(?:(?:la settimana scorsa|ieri|oggi|nei giorni scorsi)\s)?(?:(?:dal|dalla|dai|dagli|dalle)\s|dall['’]\s*)",
                       re.I)
# 'l'abbattimento del bombardiere da parte di due caccia turchi': an attack noun with its agent named
_BY_AGENT = re.compile(r"\s(?:da parte d\w*)\s", re.I)
_BETWEEN_AHEAD = re.compile(r"\s+(?:tra|fra)\s", re.I)
_GATHERING = re.compile(r"riuni|vertic|summit|conferenz|assemble|forum", re.I)
# what a body does in its session: 'i ministri ... discuteranno', 'il Consiglio di sicurezza voterà'
_SESSION_ACT = re.compile(r"discu|vot|esamin", re.I)
_PLURAL_MEETINGS = re.compile(r"^(?:incontri|colloqui|bilaterali)$", re.I)
# (with a clitic of the verb after it: 'ha ricevuto l'ambasciatore turco X e gli ha chiesto di garantire ...')
_COORD_GAP = re.compile(r"^\s+(?:e|ed)\s+(?:(?:gli|le|lo|la|li|ne|ci|vi)\s+|l['’]\s*)?$", re.I)
# '..., Fayez al Sarraj, e nel pomeriggio è volato a Bengasi': ', e' and a lower-case adverbial (no new subject)
_COORD_ADVERB_GAP = re.compile(r"^\s*,\s*(?:e|ed)\s+(?!(?:il|lo|la|i|gli|le|l['’]|un|una|uno)\s)"
                               r"(?:[a-zà-ù0-9][^\s,;:.!?]*\s+){0,3}$")
_NAME_LIST_GAP = re.compile(r"^(?:\s*(?:,|e|ed)\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)+\s*$")
_COORD_SUBJECT_GAP = re.compile(r"^\s+(?:e|ed)\s+(?:il|lo|la|i|gli|le|l['’])\s*(?:[\w'’-]+\s+){1,2}$", re.I)
_RECIPROCAL = re.compile(r"^(?:si|ci|vi)\s|^(?:di\s)?\w+rsi(?:\s|$)", re.I)   # 'si sono sentiti', 'di incontrarsi'
# a body's sitting opened, held or closed, its name after the verb: 'si era aperto il Consiglio europeo'
_MEETING_OPENED = re.compile(
    r"\bsi\s+(?:(?:è|era|sono|erano|e['’])\s+(?:apert|riunit|tenut|conclus|chius)[oaie]|apre|aprirà|riunisce|riunirà|"
    r"tiene|terrà|conclude|chiude)\s+(?:\w+\s+)?(?:il|l['’]|la|lo)?\s*$", re.I)

_GROUP_MEETING_LEFT = re.compile(r"(?:vertic[ei]|summit|riunion[ei]|incontr[oi]|ministerial[ei]|ministri|leader|capi di "
                                 r"(?:Stato|governo)|sherpa)(?:\s+[\w'’]+){0,4}\s*$", re.I)
_GROUP_MEETING_RIGHT = re.compile(r"[\s,]*(?:(?:che\s+)?si\s+(?:è|sono|era|erano)\s+)?(?:riunit|si riuni|riunir)", re.I)
_GROUP_GENITIVE = re.compile(r"^\s*(?:(?:di|del|dello|della|dell['’]|dei|degli|delle)\s+(?:[\w'’]+\s+){0,3}?)*"
                             r"(?:di|del|dello|della|dell['’]|dei|degli|delle)\s*$", re.I)
_GROUP_NAMED = re.compile(r"^\s*(?:(?:di|del|dell['’]|della|a|ad|in)\s*(?:\w+\s+)?){1,2}$", re.I)
_PREC_ORDER = {"DAY": 0, "WEEK": 1, "MONTH": 2, "SEASON": 3, "QUARTER": 4, "YEAR": 5}
_RELATIVE = re.compile(r",\s*(?:che|dove|il quale|la quale|i quali|le quali)\s|(?<!\w)(?:dopo che|prima che|perché|poiché|da quando)\s", re.I)
# 'la riunione informale dei ministri, che si terrà in videoconferenza martedì prossimo': a relative clause telling
# when the noun's event takes place gives it its day and status
_APPOSED_NAME = re.compile(r"[^.;:,]{0,40},\s*", re.I)       # 'il ministro ... nominato dai generali, ' + a name
_TAKES_PLACE = re.compile(r",\s*che\s+(?:si\s+(?:terrà|terranno|è\s+tenut[oa]|era\s+tenut[oa]|svolgerà|svolgeranno|"
                          r"è\s+svolt[oa]|era\s+svolt[oa])|avrà\s+luogo|(?:è|era|sarà)\s+(?:previst[oa]|"
                          r"in\s+programma|fissat[oa]|convocat[oa])|dovrebbe\s+tenersi)\b", re.I)
# a noun's appointed day in a participle clause after it: 'il vertice straordinario ..., convocato per lunedì 15'
_APPOINTED_FOR = re.compile(r",\s*(?:(?:già|ora|poi)\s+)?(?:previst[oaie]|attes[oaie]|convocat[oaie]|fissat[oaie]|programmat[oaie]|"
                            r"indett[oaie]|in\s+programma)\s+(?:(?:per|a|ad|nel|nella|in)\s+)?(?:[\w'’]+\s+){0,6}?$", re.I)
_WHEN = re.compile(r"\s*,?\s*quando\s", re.I)
_GATHER = re.compile(r"riun|insieme", re.I)     # 'X ha riunito Y e Z': one meeting of all
_SPLIT_GROUPS = frozenset({"phone", "meeting"})
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[–—-]\s")


# --- small helpers ------------------------------------------------------------------------------------------

@dataclass
class Hit:
    entry: TriggerEntry
    start: int
    end: int
    text: str
    sent: Sentence
    context: bool = False          # a setting ('a margine del vertice'): never an event
    backref: bool = False          # 'dopo l'incontro': needs attached participants or a date
    actors: list = field(default_factory=list)      # ActorMentions assigned to it
    timexes: list = field(default_factory=list)
    places: list = field(default_factory=list)
    cues: list = field(default_factory=list)        # (status, cue text)
    drop: Optional[str] = None
    denier: Optional[Any] = None   # the ActorMention denying it
    rejected: Optional[str] = None  # why it made no record (its dates may then be the sentence's act's)
    each: list = field(default_factory=list)        # 'ha telefonato ai due capi di governo': one call per party


# between a numbered plural reference ('i due leader') and its trigger: a sentence or quotation boundary
_GROUP_CUT = re.compile(r"[.;!?«»“”\n]")


def _governs(verb: Hit, noun: Hit) -> bool:
    """Whether a cancellation verb governs the meeting noun right after it ('ha annullato la visita', 'ha invece
    annullato l'incontro')."""
    return verb.entry.group == "cancel" and noun.entry.kind == "noun" and \
        noun.entry.event_type.value == "CONSULT" and 0 <= noun.start - verb.end <= 12


def _in_schedule(text: str, rel: Optional[re.Match], t) -> bool:
    """Whether ``t`` dates a noun's own relative clause of schedule ``rel`` (_OWN_SCHEDULE_REL matched right after
    the noun: 'la commissione mista, che doveva riunirsi a Karachi giovedì 27 agosto, è stata rinviata'): the day the
    body was to meet, not the relative's own act."""
    return rel is not None and t.char_start >= rel.end() and "," not in text[rel.end():t.char_start] and \
        not _CLAUSE_PUNCT.search(text, rel.end(), t.char_start)


def _span_distance(a0: int, a1: int, b0: int, b1: int) -> int:
    if a1 <= b0:
        return b0 - a1
    if b1 <= a0:
        return a0 - b1
    return 0


def _nearest(hits: Sequence[Hit], start: int, end: int, skip_overlap: bool = False) -> Optional[Hit]:
    best, best_d = None, None
    for h in hits:
        if skip_overlap and h.start < end and start < h.end:
            continue
        # (_span_distance, inlined)
        d = start - h.end if h.end <= start else h.start - end if end <= h.start else 0
        if best_d is None or d < best_d:
            best, best_d = h, d
    return best


def _key(actor) -> str:
    if actor.kind == "person":
        return "p:" + actor.name.lower()
    return "s:" + _country(actor)


def _country(actor) -> str:
    """The side an actor stands for: a state's code; a body of states (EU, NATO, UN) by its code; a national
    organization (Hamas, the Houthis, the US Congress) by its own name, not as its state."""
    code = actor.country_code
    if code and actor.kind == "organization" and code not in BODY_CODES:     # national_organization(actor)
        return actor.name.lower()
    return (code or actor.name).lower()


def _participants(mentions: Iterable) -> list[Participant]:
    merged: dict[str, tuple] = {}      # key -> (its first actor, its mention texts)
    for m in mentions:
        a = m.actor
        k = _key(a)
        got = merged.get(k)
        if got is None:
            merged[k] = (a, [m.text])
        elif m.text not in got[1]:
            got[1].append(m.text)
    return [Participant(name=a.name, kind=a.kind, country_code=a.country_code, title=a.title,
                        wikidata_id=a.wikidata_id, mentions=texts) for a, texts in merged.values()]


def _roles(rec: dict) -> tuple:
    """(actor keys, recipient keys) of a record: 'X attacca Y' and 'Y attacca X' are two events."""
    return frozenset(_key(p) for p in rec["actors"]), frozenset(_key(p) for p in rec["recipients"])


def _Actor(name: str, kind: str, country_code: Optional[str]) -> Actor:
    """A participant built from a place or a trigger's own party ('su Kiev' -> Ukraine)."""
    return Actor(name, kind, country_code, None, None)


@dataclass(frozen=True)
class _GroupMemberMention:
    """A member state of a group actor, at the group's mention."""
    actor: Any
    text: str
    char_start: int
    char_end: int
    via: str = "group"
    group: Any = None       # the group actor itself


_ANNOUNCE = re.compile(r"(?<!\w)(?:ha|hanno|aveva|avevano) (?:\w+ )?(?:annunciato|promesso|confermato|deciso|approvato|"
                       r"autorizzato|disposto)|annuncia|promette|conferma", re.I)
_NON_STATES = BODY_CODES


@dataclass(frozen=True)
class _PlaceActorMention:
    actor: Actor
    text: str
    char_start: int
    char_end: int
    via: str = "place"


def _country_name(code: str) -> str:
    """Canonical short English name of a state ('RUS' -> 'Russia'); the code itself when unknown."""
    return country_name(code) or code


# (compiled once: re.match(pattern string) looks its pattern up in re's cache at every call)
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_FIRST = re.compile(r"^\d{4}")
_DIGIT = re.compile(r"\d")


def _event_date(value: str, precision: Optional[str], start, end, source: str, modifier=None,
                text=None) -> Optional[EventDate]:
    if not value or start is None or end is None:
        return None
    value = value.split("T")[0] if _ISO_DATETIME.match(value) else value
    if _WEEKEND.fullmatch(value):
        # the contract's date values name weeks, not weekends: 'nel fine settimana' is that week (the surface text
        # keeps the weekend)
        value, precision = value[:-3], "WEEK"
        start = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        end = start + dt.timedelta(days=6)
    if precision not in PRECISIONS:
        precision = "DAY" if _ISO_DAY.fullmatch(value) else None
        if precision is None:
            return None
    return EventDate(value=value, precision=precision, start=start, end=end, source=source, modifier=modifier,
                     text=text)


_WEEKEND = re.compile(r"\d{4}-W\d{2}-WE")
_SCENE_ACTS = {"CONSULT", "SANCTION", "ASSAULT", "AID"}     # acts that give their sentence's day to themselves


# statuses of an act that has not happened (yet)
_NOT_YET = frozenset({"UNCERTAIN", "PLANNED"})


def _office_classes(text: str, pos: int) -> frozenset:
    """The office classes a numbered plural at ``pos`` names ('i due presidenti': head_of_state; roles_it.yaml
    `group_nouns`); empty for states ('i due governi'), a bare 'i due' or a noun of any office ('i due omologhi')."""
    from transforms.actors import ActorResolver
    r = ActorResolver.default()
    m = r.group_re.match(text, pos) if r.group_re is not None else None
    if m is None or not m.group("noun"):
        return frozenset()
    classes = r.group_classes.get(" ".join(m.group("noun").lower().replace("’", "'").split()), frozenset())
    return frozenset() if "state" in classes else classes


def _may_hold(person, offices: frozenset) -> bool:
    """Whether a person may be one of a plural of those office classes: a title of one of them, or a title the roles
    data does not class that is not a deputy's ('Minister' may be one of 'i due ministri'; a 'Deputy Prime Minister'
    is not one of 'i due presidenti', nor a 'Foreign Minister' one of 'i due capi di governo')."""
    from transforms.actors import ActorResolver
    title = person.title or ""
    cls = ActorResolver.default().title_class.get(title)
    return cls in offices if cls is not None else not title.startswith(("Deputy", "Vice"))


def _gathering_called_off(r: dict) -> bool:
    """A record of a state's part in a body's gathering that is called off ('non parteciperà al vertice della Saarc')."""
    return r["event_type"] == "CONSULT" and r["status"] in ("CANCELLED", "POSTPONED") and \
        any(p.kind == "organization" for p in r["actors"]) and any(p.kind == "state" for p in r["actors"])


def _text_date(tx) -> Optional[EventDate]:
    """The EventDate a temporal expression of the text gives."""
    return _event_date(tx.value, tx.precision, tx.start, tx.end, "TEXT", tx.modifier, tx.text)


# --- per-sentence analysis ------------------------------------------------------------------------------------

class _Article:
    """Everything found in one article, bucketed by sentence."""

    def __init__(self, lex: Lexicon, text: str, timexes, actors, places):
        self.lex = lex
        self.text = text
        self.sentences = split_sentences(text)
        self.starts = [s.start for s in self.sentences]
        self.timexes = self._bucket(timexes)
        self.actors = self._bucket(actors)
        self.places = self._bucket(places)
        low = text.lower()
        self.low = low
        cased = _cased_outside_safe(text)       # one check for every gate below
        # lower-cased slices stand for the text's (same offsets, case-insensitive matching = equality of lower
        # cases; uncased characters such as emoji are left as they are): see transforms.events.gate
        self.safe = len(low) == len(text) and not cased
        # the sentences that may hold a 'ha fatto lo stesso' (Extractor._same_acts; None: all of them)
        self.same_act = self._sentences_with(("fatto ", "seguito l", "sospes", "rotte", "rotti", "interrott", "aggiunt",
                                              "accodat")) if self.safe else None
        self._literal_positions: Optional[dict] = None
        if lex.both_gate is not None:
            # triggers and cues in one scan (regex i < n: entry i, else cue i - n; each in its own gate's order)
            n = len(lex.entry_res)
            both = lex.both_gate.finditer(text, low, cased)
            trig = [(i, m) for i, m in both if i < n]
            found = [(m.start(), m.end(), lex.cue_info[i - n]) for i, m in both if i >= n]
        else:
            trig = lex.trigger_gate.finditer(text, low, cased)
            found = [(m.start(), m.end(), lex.cue_info[i]) for i, m in lex.cue_gate.finditer(text, low, cased)]
        self.hits = self._find_triggers(trig)
        if lex.suffix_gate is not None:
            # regex by regex, each in text order (as a finditer per regex would give them)
            suffix = sorted(lex.suffix_gate.finditer(text, low, cased), key=lambda im: im[0])
            found.extend((m.start(), m.end(), lex.suffix_cues[i][1]) for i, m in suffix)
        else:
            for rx, info in lex.suffix_cues:
                found.extend((m.start(), m.end(), info) for m in rx.finditer(text))
        self.cues = self._bucket(found, [c[0] for c in found])

    def _sentences_with(self, literals) -> set[int]:
        """The sentences where one of ``literals`` begins (in the lower-cased text)."""
        out = set()
        for lit in literals:
            k = self.low.find(lit)
            while k >= 0:
                out.add(self._sentence_of(k))
                k = self.low.find(lit, k + 1)
        return out

    def literal_positions(self, rx_id: int, index: LiteralIndex) -> Optional[list[int]]:
        """Where the literal prefixes of regex ``rx_id`` occur in the (safe) lower-cased text (None: not
        indexed); all indexed regexes are looked up in one pass, on first use."""
        if self._literal_positions is None:
            self._literal_positions = index.positions(self.low)
        return self._literal_positions.get(rx_id)

    def named_people(self) -> set[str]:
        """The people the text names (by name, apposition or surname), not only by a role."""
        if getattr(self, "_named", None) is None:
            self._named = {am.actor.name for bucket in self.actors for am in bucket
                           if am.actor.kind == "person" and am.via in ("name", "apposition", "surname")}
        return self._named

    def state_actor(self, code: str):
        """The state of an alpha-3 code, named as the text names it (else by its canonical name)."""
        self.state_counts()           # (fills state_names)
        return _Actor(self.state_names.get(code) or _country_name(code), "state", code)

    def state_counts(self) -> Counter:
        if getattr(self, "_state_counts", None) is None:
            c: Counter = Counter()
            self.state_names = {}
            for bucket in self.actors:
                for am in bucket:
                    if am.actor.country_code and am.actor.kind == "state":
                        c[am.actor.country_code] += 1     # (not people: visiting ministers name their own states)
                    if am.actor.kind == "state" and am.actor.country_code:
                        self.state_names.setdefault(am.actor.country_code, am.actor.name)
            for bucket in self.places:
                for pl in bucket:
                    if pl.country_code:
                        c[pl.country_code] += 1
            self._state_counts = c
        return self._state_counts

    def window_states(self, si: int, width: int = 2) -> Counter:
        """State codes named (by states, persons, demonyms, metonyms) in sentences si-width .. si+width."""
        c: Counter = Counter()
        for j in range(max(0, si - width), min(len(self.sentences), si + width + 1)):
            for am in self.actors[j]:
                if am.actor.country_code and am.actor.kind in ("state", "person"):
                    c[am.actor.country_code] += 1
        return c

    def _sentence_of(self, pos: int) -> Optional[int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return None

    def _bucket(self, items, positions=None) -> list[list]:
        """``items`` by sentence (of their ``positions``, default their char_starts; none for a position between
        sentences)."""
        sentences, starts = self.sentences, self.starts
        out: list[list] = [[] for _ in sentences]
        right = bisect.bisect_right
        if positions is None:
            positions = [it.char_start for it in items]
        for it, pos in zip(items, positions):
            i = right(starts, pos) - 1          # _sentence_of, inlined
            if i >= 0 and pos < sentences[i].end:
                out[i].append(it)
        return out

    def _find_triggers(self, found) -> list[list[Hit]]:
        """Every trigger match of every entry, by sentence (overlaps are resolved per sentence, longest first)."""
        sentences, starts, triggers, text = self.sentences, self.starts, self.lex.triggers, self.text
        out: list[list[Hit]] = [[] for _ in sentences]
        right = bisect.bisect_right
        for i, m in found:
            start = m.start()
            si = right(starts, start) - 1       # _sentence_of, inlined
            if si < 0:
                continue
            sent = sentences[si]
            if start >= sent.end:
                continue
            end = min(m.end(), sent.end)
            out[si].append(Hit(triggers[i], start, end, text[start:end], sent))
        return out


def _quoted_after_che(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens, after a 'che' or a colon, a quotation still open at b ('per ribadire che il suo
    Paese "non cederà', 'ha avvertito che X «pagherà', 'ha smentito: «Non c'è alcuna misura allo studio'): words
    reported from a speaker."""
    seg = text[a:b]
    if seg.count("«") > seg.count("»"):
        q = seg.rfind("«")
    elif seg.count("“") > seg.count("”"):
        q = seg.rfind("“")
    elif seg.count('"') % 2 == 1:
        q = seg.rfind('"')
    elif seg.count("''") % 2 == 1:
        q = seg.rfind("''")
    else:
        return False
    return _CHE_WORD.search(seg, 0, q) is not None or seg[:q].rstrip().endswith(":")


_CHE_WORD = re.compile(r"(?<![\w'’])che(?![\w'’])", re.I)


def _clause_window(text: str, a: int, start: int, end: int, b: int) -> str:
    """text[a:b] around a trigger (start, end), cut at the semicolons and colons around it: 'Erdogan a
    telefonare a re Salman; i due avevano concordato' keeps 'i due' out of the call's window."""
    lo, hi = _clause_bounds(text, a, start, end, b)
    return text[lo:hi]


# a coordinated verb: what follows is another act of the same subject ('è stato a Sarajevo e ha incontrato i tre
# membri della presidenza': the numbered people are the second act's)
_AND_VERB = re.compile(r"(?<![\w'’])(?:e|ed)\s+(?:poi\s+)?(?:ha|hanno|aveva|avevano|avrà|avranno)\s", re.I)


def _clause_bounds(text: str, a: int, start: int, end: int, b: int) -> tuple[int, int]:
    """The offsets of _clause_window."""
    left = max(text.rfind(";", a, start), text.rfind(":", a, start))
    stops = [i for i in (text.find(";", end, b), text.find(":", end, b)) if i >= 0]
    return left + 1 if left >= 0 else a, min(stops) if stops else b


def _is_headline(s_text: str) -> bool:
    """A title/subtitle line: short, no final punctuation."""
    return len(s_text) <= 160 and not s_text.rstrip().endswith(tuple(".!?…»”\"’:"))


def _left(text: str, sent: Sentence, pos: int, width: int = 60) -> str:
    return text[max(sent.start, pos - width):pos]


def _gap_role(lex: Lexicon, gap: str) -> Optional[str]:
    """'recipient' / 'agent' from the last preposition of the gap between a trigger and a later mention."""
    tokens = _TOKEN.findall(gap)
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = tok.lower().rstrip("'’")
        if low in _DI_FORMS:
            continue
        if low == "da" and i + 1 < len(tokens) and lex.compound_da_re.fullmatch(tokens[i + 1]):
            continue          # 'due navi da trasporto russe': a compound noun, no agent
        if lex.agent_prep_re.fullmatch(tok) or lex.agent_prep_re.fullmatch(low):
            return "agent"
        if lex.recipient_prep_re.fullmatch(tok) or lex.recipient_prep_re.fullmatch(low) or low == "all":
            return "recipient"
    return None


def _sre_parse(pattern: str, flags: int):
    return _sre_p.parse(pattern, flags)


def _lower_forms(rx: re.Pattern) -> Optional[tuple]:
    """Regexes whose search on the lower-cased text of a safe slice (see transforms.events.gate) finds a match iff
    ``rx.search`` finds one on the slice: the top-level alternatives of ``rx`` (a leading '(?:^|\\W)' split in two),
    matched case-sensitively; None when ``rx`` has something that does not allow it."""
    if _lowerable(rx.pattern) is not True:
        return None
    try:
        tree = _sre_parse(rx.pattern, rx.flags)
    except re.error:            # pragma: no cover
        return None
    alts = [rx.pattern]
    items = list(tree)
    if len(items) == 1 and items[0][0] is _sre_c.BRANCH:
        # split '(?:a)|(?:b)' at the top level only when each piece is itself a valid regex of the same meaning
        pieces = _top_level_split(rx.pattern)
        if pieces is not None:
            alts = pieces
    out = []
    for a in alts:
        for head in ("(?:^|\\W)",):
            if a.startswith("(?:" + head) and a.endswith(")"):
                rest = a[len("(?:" + head):-1]
                out.extend(("(?:^" + rest + ")", "(?:\\W" + rest + ")"))
                break
        else:
            out.append(a)
    flags = rx.flags & ~re.IGNORECASE
    try:
        return tuple(re.compile(a, flags) for a in out)
    except re.error:            # pragma: no cover
        return None


def _top_level_split(pattern: str) -> Optional[list[str]]:
    """'(?:a)|(?:b)' -> ['(?:a)', '(?:b)'] (None unless the pattern is exactly such a sequence of groups)."""
    out, depth, start, i, cls = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            if ch == "]":
                cls = False
        elif ch == "[":
            cls = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    for piece in out:
        if not (piece.startswith("(?:") and piece.endswith(")")):
            return None
        try:
            re.compile(piece)
        except re.error:
            return None
    return out if len(out) > 1 else None


class Extractor:
    def __init__(self, lex: Optional[Lexicon] = None, trace: Optional[list] = None, members=None):
        self.lex = lex or load_lexicon()
        lx = self.lex
        self._low_forms = {id(rx): _lower_forms(rx) for rx in (lx.context_re, lx.backref_re, lx.topic_re,
                                                                lx.date_exclude_re, lx.locative_re)}
        # left-context regexes: a window without any of their literal prefixes needs no search
        self._literals = LiteralIndex({id(rx): rx.pattern for rx in (
            lx.context_re, lx.backref_re, lx.topic_re, lx.date_exclude_re, lx.locative_re, lx.mediator_re,
            lx.sanction_topic_re, lx.anaphor_re, lx.party_anaphor_re)})
        self._doc = None
        self._own_status: dict = {}    # (trigger text, kind, event type) -> _trigger_status (memo)
        # id(regex) -> (the regex, its required literals): see _search (by id: hashing a compiled regex hashes its
        # whole program; the regex held in the value keeps its id from being reused)
        self._required: dict = {}
        self._venues: dict = {}        # mention text -> whether lex.venue_re matches it (memo: names recur)
        self._enough_last: Optional[tuple] = None    # (parts, _two_sides of them): see _enough_parties
        self.trace = trace          # a list to collect why triggers were not events (explain / debugging)
        self._members = members     # group actor -> member actors ('G7' -> its seven states); None: the default
        self._sent_sources: list = []   # the actor mentions of the sentence's source phrases ('Secondo il ministero ...')

    def members_of(self, actor) -> tuple:
        if self._members is None:
            try:
                from transforms.actors import ActorResolver
                self._members = ActorResolver.default().members_of
            except Exception:       # pragma: no cover - actors layer unavailable
                self._members = lambda a: ()
        try:
            return tuple(self._members(actor) or ())
        except Exception:           # pragma: no cover
            return ()

    def _expand_groups(self, actors: list) -> list:
        """A group actor ('il G7', 'il gruppo 5+1') stands for its member states, each a participant."""
        out = []
        for am in actors:
            members = self.members_of(am.actor) if am.actor.kind == "organization" else ()
            if members:
                out.extend(_GroupMemberMention(m, am.text, am.char_start, am.char_end, group=am.actor) for m in members)
            else:
                out.append(am)
        return out

    def _with_visitors(self, visit: dict, parts: list) -> list:
        """``parts`` led by the people who made ``visit`` (a visit record) and are not among them yet."""
        have = self._keys(parts)
        return [_ParticipantMention(p) for p in visit["actors"] if p.kind == "person" and _key(p) not in have] + parts

    def _border_sides(self, doc, actors: list, recipients: list) -> tuple[list, list]:
        """The two sides of a border closure that names one of them or none: a state of the two the article is
        about closes its border to the other ('ha deciso di sbarrare da venerdì i valichi di Kuusamo e Salla'); with
        no agent ('erano già stati chiusi i quattro posti di frontiera del sud-est, dopo che erano arrivati ...
        siriani e somali'), the sides of the article's latest border closure (the people who cross are no side)."""
        if not actors:
            prev = next((r for r in reversed(self._records) if r["event_type"] == "SANCTION" and r["actors"]
                         and r["recipients"] and _BORDER_CLOSED.search(r["trigger"])), None)
            if prev is None:
                return actors, recipients
            return [_ParticipantMention(p) for p in prev["actors"]], [_ParticipantMention(p) for p in prev["recipients"]]
        other = self._pair_other(doc, {_country(m.actor) for m in actors})
        return actors, (recipients if other is None else other)

    def _incursion_sides(self, text: str, sent, h: Hit, places, actors: list, recipients: list) -> tuple[list, list]:
        """The sides of armed forces crossing a border or entering a place: the states that own the forces, named
        between the forces' noun and the verb ('truppe del Sudafrica e del Botswana entrarono nel Paese', 'una
        colonna di soldati sudafricani avrebbe attraversato la frontiera'), against the state of the place after
        the verb, else (left empty here) the state the article is about."""
        verb = _CROSSING.search(text, h.end, sent.end)
        if verb is None:
            return actors, recipients
        # ('navi della guardia costiera cinese'; 'le truppe eritree', one mention of the state with the forces' noun)
        owners = [am for am in self._eligible if h.start < am.char_end and am.char_start < verb.start()
                  and am.actor.kind in ("state", "organization")
                  and not _departed_from(text, sent, am.char_start)]
        seen = {_country(am.actor) for am in owners}
        for pl in places:             # ('truppe del Sudafrica': a state named as a place)
            if h.end <= pl.char_start < verb.start() and pl.kind == "country" and pl.country_code and \
                    pl.country_code.lower() not in seen and not _departed_from(text, sent, pl.char_start):
                owners.append(_place_state(pl))
                seen.add(pl.country_code.lower())
        owners.sort(key=lambda am: am.char_start)
        if not owners:
            return actors, recipients
        mine = {_country(am.actor) for am in owners}
        def near(a: int) -> bool:     # (in the verb's own phrase: 'il confine del Sikkim per bloccare i lavori, ...')
            return 0 <= a - verb.end() <= 50 and "," not in text[verb.end():a] and \
                not _CLAUSE_PUNCT.search(text, verb.end(), a)
        after = [am for am in self._eligible if near(am.char_start) and am.actor.kind == "state"
                 and _country(am.actor) not in mine]
        after = after or [_place_state(pl) for pl in places if near(pl.char_start) and pl.country_code
                          and pl.country_code.lower() not in mine]
        if not after and self._doc is not None:
            # ('sono sbarcati sull'isola, alla foce del fiume ...'): the other of the two states the article is about
            after = self._pair_other(self._doc, mine) or []
        return owners, after[:1] or [am for am in recipients if _country(am.actor) not in mine]

    def _downed_sides(self, text: str, sent, h: Hit, places, records: list) -> tuple[list, list]:
        """The sides of an aircraft shot down with no agent named ('un drone indiano è stato abbattuto vicino a Fort
        Abbas', 'il suo MiG-21 era stato abbattuto sopra il Kashmir pachistano'): the aircraft's state (named inside
        the trigger) is the target; the state of the place it fell in, named after the verb in its clause, fired;
        failing one of them, the other side of the article's fights, else the other of the two states the article
        is about."""
        owner = next((am for am in self._eligible if h.start <= am.char_start and am.char_end <= h.end
                      and am.actor.kind == "state"), None)
        stop = _CLAUSE_PUNCT.search(text, h.end, sent.end)
        end = stop.start() if stop is not None else sent.end
        mine = {_country(owner.actor)} if owner is not None else set()
        around = [am for am in self._eligible if h.end <= am.char_start < end and am.actor.kind == "state"]
        around += [_place_state(pl) for pl in places if h.end <= pl.char_start < end and pl.country_code]
        shooter = min((am for am in around if _country(am.actor) not in mine), key=lambda am: am.char_start,
                      default=None)
        if owner is None and shooter is None:
            return [], []
        if owner is None:
            return [shooter], self._other_side(records, {_country(shooter.actor)})
        if shooter is None:
            return self._other_side(records, mine), [owner]
        return [shooter], [owner]

    def _other_side(self, records: list, mine: set) -> list:
        """The other side of the article's latest attack that ``mine`` took part in, else the other of the two states
        the article is about, as a list of at most one participant mention."""
        foe = self._foe(records, mine)
        return [_context_party(foe)] if foe is not None else (self._pair_other(self._doc, mine) or [])

    @staticmethod
    def _foe(records: list, mine: set) -> Optional[Any]:
        """The other side of the latest attack whose attacker or target is one of ``mine`` (sides by _country)."""
        for r in reversed(records):
            if r["event_type"] != "ASSAULT" or not r["actors"] or not r["recipients"]:
                continue
            a, d = r["actors"][0], r["recipients"][0]
            if _country(a) in mine and _country(d) not in mine:
                return d
            if _country(d) in mine and _country(a) not in mine:
                return a
        return None

    def _seen_before(self, h: Hit) -> bool:
        """Whether an earlier sentence reported this trigger's act: a trigger of its group and type, or of its group
        naming the same head noun ('la sospensione iniziale della fornitura' after 'la revoca della sospensione';
        not 'la sospensione degli aiuti' after an aid convoy). A measure names its own content: 'il congelamento
        dei beni' after a non-recognition is a new sanction."""
        if (h.entry.group, h.entry.event_type) in self._seen_groups and h.entry.event_type.value != "SANCTION":
            return True
        head = h.text.split(maxsplit=1)[0].lower()[:7]
        return any(head in t for t in self._seen_texts.get(h.entry.group, ()))

    def _person_before(self, sent, pos: int):
        """The person mention named last before ``pos`` in this sentence, else in the sentence before (None)."""
        doc = self._doc
        for i in (sent.index, sent.index - 1):
            if i < 0:
                break
            found = [am for am in doc.actors[i] if am.actor.kind == "person" and am.char_end <= pos]
            if found:
                return found[-1]
        return None

    def _host_state(self, doc, exclude: set) -> Optional[Any]:
        """The state the article is about: the most often named state (actors and places), >= 2 mentions; the
        dateline's state ('Almaty, 8 gen -') counts three more (not Italy: Italian desks date foreign news 'Roma')."""
        counts = doc.state_counts()
        dateline = self._dateline_state(doc)
        if dateline and dateline != _HOME_DESK:
            counts = counts.copy()
            counts[dateline] += _DATELINE_WEIGHT
        for code, n in counts.most_common():
            if n < 2:
                break
            if code.lower() in exclude or code in _NON_STATES:
                continue
            return doc.state_actor(code)
        return None

    def _dateline_state(self, doc) -> Optional[str]:
        """The state of the place a dateline names ('Almaty, 8 gen 11:40 -'), if any (computed once per article)."""
        if getattr(doc, "dateline_state", False) is not False:
            return doc.dateline_state
        doc.dateline_state = None
        for si in range(min(2, len(doc.sentences))):
            sent = doc.sentences[si]
            end = self._dateline_end(doc.text, sent, doc.timexes[si])
            if end > sent.start:
                pl = next((pl for pl in doc.places[si] if pl.char_end <= end and pl.country_code), None)
                doc.dateline_state = pl.country_code if pl is not None else None
                break
        return doc.dateline_state

    @staticmethod
    def _apposed_org(text: str, am, parts: list) -> bool:
        """An organization in apposition to the person just before it ('il generale X, comandante
        dell'autoproclamato Esercito nazionale libico'): his own force, not another party."""
        if am.actor.kind != "organization":
            return False
        prev = max((p for p in parts if p.char_end <= am.char_start), key=lambda p: p.char_end, default=None)
        return prev is not None and prev.actor.kind == "person" and \
            _APPOSED_ORG.fullmatch(text, prev.char_end, am.char_start) is not None

    def _article_pair(self, doc) -> list:
        """The two states the article names most (each at least twice), as context parties; [] otherwise."""
        pair = getattr(doc, "_pair", None)
        if pair is None:
            counts = Counter(doc.state_counts())
            # (the European Union is a side of its own: 'la Svizzera e l'Ue', the Commission, Bruxelles)
            for bucket in doc.actors:
                counts["EU"] += sum(1 for am in bucket if am.actor.country_code == "EU" and am.actor.kind == "organization")
            # the states of the lead (the title and the first sentence) count once more: 'LUGANVILLE - Il Vanuatu ha
            # espulso l'unità della polizia australiana' is about Vanuatu and Australia, however often others are named
            lead = 2 if doc.sentences and _is_headline(doc.sentences[0].text) else 1
            for bucket in doc.actors[:lead]:
                for c in {am.actor.country_code for am in bucket if am.actor.kind == "state" and am.actor.country_code}:
                    counts[c] += 1
            top = [(c, n) for c, n in counts.most_common() if c not in _NON_STATES or c == "EU"][:2]
            pair = doc._pair = [] if len(top) < 2 or top[1][1] < 2 else [
                _context_party(_Actor("European Union", "organization", "EU") if c == "EU" else
                               doc.state_actor(c)) for c, _ in top]
        return pair

    def _fight_sides(self) -> list:
        """The two states that take part in most of the article's attacks so far (each attack counted once per
        state), as participant mentions; [] when there are not two clear ones."""
        counts: Counter = Counter()
        first: dict = {}
        for r in self._records:
            if r["event_type"] == "ASSAULT":
                # (in order of first appearance, so that equal counts keep the article's order, not a set's)
                states: dict = {}
                for p in r["actors"] + r["recipients"]:
                    if p.kind == "state" and p.country_code:
                        states.setdefault(p.country_code, p)
                counts.update(states.keys())
                for code, p in states.items():
                    first.setdefault(code, p)
        top = counts.most_common(3)
        if len(top) < 2 or len(top) == 3 and top[2][1] == top[1][1]:
            return []
        return [_ParticipantMention(first[c]) for c, _ in top[:2]]

    def _pair_other(self, doc, mine: set) -> Optional[list]:
        """The other of the two states the article is about (as a one-item list) when one of ``mine`` (countries) is
        one of them, [] when both are; None when the article is not about two states or ``mine`` names neither."""
        pair = self._article_pair(doc)
        if len(pair) == 2 and mine & {_country(am.actor) for am in pair}:
            return [am for am in pair if _country(am.actor) not in mine][:1]
        return None

    # -- sentence-level marking of actors ------------------------------------------------------------------
    def _non_participants(self, text: str, sent: Sentence, actors: list, cues) -> tuple[dict, set, dict]:
        """(source regions' actors -> region text, speaker ids, denial verb spans -> denier)."""
        sources: dict[int, str] = {}
        regions: list[tuple[int, int, str]] = []
        s_text = sent.text
        for a, e, info in cues:
            if info[0] != "source":
                continue
            rel_end = e - sent.start
            stop = _CLAUSE_PUNCT.search(s_text, rel_end)
            comma = s_text.find(",", rel_end)
            b_rel = min(stop.start() if stop else len(s_text), comma if comma >= 0 else len(s_text))
            verb = _SOURCE_VERB.search(s_text, rel_end, b_rel)
            if verb is not None:
                b_rel = verb.start()  # 'Fonti diplomatiche non escludono una riunione della Lega araba': the source
                #                       is the phrase before its verb
            b = sent.start + b_rel
            if _THAT_AFTER.match(text, e):
                b = e                 # 'un quotidiano scrive che ...': what follows is the report, not its source
            elif text[a:e].lower().startswith("secondo") and (comma < 0 or comma > b_rel) and \
                    len(inside := [am for am in actors if e <= am.char_start < b]) >= 2:
                # 'Secondo la stampa turca il presidente mongolo avrebbe ricevuto ...' (no comma): the source is the
                # first party named, the clause after it is the report
                b = inside[0].char_end
            elif text[a:e].lower().startswith("secondo") and (comma < 0 or comma > b_rel) and \
                    (named := _NAMED_SOURCE.match(text, e)) is not None and named.end() < b:
                # 'Secondo la Cnn il segretario di Stato americano avrebbe incontrato ...' (no comma): the source is
                # the name after 'secondo', the clause after it is the report
                b = named.end()
            elif _MEDIA.match(text, a):
                # 'un quotidiano di Hong Kong scrive che ...', 'secondo la stampa turca il presidente ...': the paper's
                # place or nationality only, not the clause it reports
                own = next((am for am in actors if 0 <= am.char_start - e <= 25), None)
                b = min(b, own.char_end) if own is not None else e
            region_text = _ARTICLE.sub("", text[e:b].strip(" ,“”\"«»"))
            regions.append((a, b, region_text or text[a:b].strip()))
        if regions:
            for am in actors:
                for a, b, rt in regions:
                    if a <= am.char_start < b:
                        sources[id(am)] = rt
        for am in actors:
            if am.actor.kind == "person" and not am.actor.title and not am.actor.country_code and \
                    _PRESS_VERB_THAT.match(text, am.char_end) and \
                    _OUTLET_ARTICLE.search(text, max(sent.start, am.char_start - 40), am.char_start):
                sources[id(am)] = am.text
        speakers: set[int] = set()
        for vs, ve, info in cues:
            if info[0] != "speech":
                continue
            after = [am for am in actors if 0 <= am.char_start - ve <= 3]
            if after:
                speakers.add(id(after[0]))
                continue
            before = [am for am in actors if am.char_end <= vs and vs - am.char_end <= 80
                      and not _CLAUSE_PUNCT.search(text[am.char_end:vs])]
            if before:
                speakers.add(id(before[-1]))
        denials: dict[tuple[int, int], Any] = {}
        for vs, ve, info in cues:
            if info[0] != "denial":
                continue
            # (not past ', ma': '... al presidente russo per avvertirlo dell'espulsione, ma il suo ufficio ha
            # smentito' is denied by the subject's office, not by whom the clause before named)
            before = [am for am in actors if am.char_end <= vs and vs - am.char_end <= 60
                      and not _CLAUSE_PUNCT.search(text[am.char_end:vs]) and not _BUT_CLAUSE.search(text, am.char_end, vs)]
            denials[(vs, ve)] = before[-1] if before else None
        return sources, speakers, denials

    @staticmethod
    def _quotes_without_trigger(text: str, sent: Sentence, hits) -> list[tuple[int, int]]:
        """The sentence's quotes of four words or more that hold no trigger ('«La Russia usa i migranti come
        un'arma»'), as (start, end) spans; not a short quoted name or phrase ('il «Paese amico»')."""
        out = []
        for m in _SPEECH.finditer(text, sent.start, sent.end):
            if len(m.group(1).split()) >= 4 and not any(m.start() <= h.start < m.end() for h in hits):
                out.append((m.start(), m.end()))
        return out

    def _left_has(self, rx: re.Pattern, text: str, sent: Sentence, pos: int, width: int) -> bool:
        """bool(rx.search(_left(text, sent, pos, width))), on the lower-cased text when that is the same."""
        doc = self._doc
        a = max(sent.start, pos - width)
        if doc is not None and doc.safe and doc.text is text:
            key = id(rx)
            if key in self._literals.keys:
                where = doc.literal_positions(key, self._literals)
                if where is not None:
                    k = bisect.bisect_left(where, a)
                    if k == len(where) or where[k] >= pos:
                        return False
            forms = self._low_forms.get(key)
            if forms is not None:
                s = doc.low[a:pos]
                for f in forms:
                    if f.search(s) is not None:
                        return True
                return False
        return rx.search(text[a:pos]) is not None

    def _lacks(self, rx: re.Pattern, text: str, a: int, b: int) -> bool:
        """Whether the (safe) text has none of the literals one of which every match of ``rx`` contains
        (gate.required_literals) between a and b: then no match of ``rx`` lies in text[a:b]."""
        doc = self._doc
        if a >= 0 and doc is not None and doc.safe and doc.text is text:
            req = self._required_of(rx)
            if req is not None:
                low = doc.low
                return not any(low.find(lit, a, b) >= 0 for lit in req)
        return False

    def _required_of(self, rx: re.Pattern):
        """gate.required_literals of ``rx``, kept by the regex's id (hashing a compiled regex hashes its program;
        the regex itself is kept beside, so that its id stays its own)."""
        got = self._required.get(id(rx))
        if got is None:
            got = self._required[id(rx)] = (rx, required_literals(rx.pattern))
        return got[1]

    def _search(self, rx: re.Pattern, text: str, a: int, b: int) -> Optional[re.Match]:
        """``rx.search(text, a, b)``; None at once when the (safe) text has none of the literals one of which
        every match of ``rx`` contains (gate.required_literals) between a and b."""
        doc = self._doc
        if a >= 0 and doc is not None and doc.safe and doc.text is text:
            req = self._required_of(rx)
            if req is not None:
                low = doc.low
                for lit in req:
                    if low.find(lit, a, b) >= 0:
                        break
                else:
                    return None
        return rx.search(text, a, b)

    def _venue(self, mention: str) -> bool:
        """``lex.venue_re.match(mention)`` ('Palazzo Chigi', 'Villa Madama'), remembered per mention text."""
        got = self._venues.get(mention)
        if got is None:
            if len(self._venues) >= 4096:
                self._venues.clear()
            # ('Al Thani', 'Al Nahyan': an Arabic family name, unless a venue follows the article: 'Al Palazzo Chigi')
            arabic = _ARABIC_ARTICLE.match(mention)
            got = self._venues[mention] = self.lex.venue_re.match(mention[arabic.end():] if arabic else mention) \
                is not None
        return got

    def _may_match(self, rx: re.Pattern, text: str, a: int, b: int) -> bool:
        """False when no literal prefix of ``rx`` begins in text[a:b] (then ``rx.search(text[a:b])`` finds
        nothing); True when one does or when that is not known."""
        doc = self._doc
        if id(rx) not in self._literals.keys or doc is None or not doc.safe or doc.text is not text:
            return True
        where = doc.literal_positions(id(rx), self._literals)
        if where is None:
            return True
        k = bisect.bisect_left(where, a)
        return k < len(where) and where[k] < b

    def _sentence_has(self, rx: re.Pattern, text: str, sent: Sentence) -> bool:
        """False when no literal prefix of ``rx`` occurs in the sentence (then no window of it matches)."""
        return self._may_match(rx, text, sent.start, sent.end)

    def _is_topic(self, text: str, sent: Sentence, am) -> bool:
        return self._left_has(self.lex.topic_re, text, sent, am.char_start, 40)

    def _is_mediator(self, text: str, sent: Sentence, am) -> bool:
        """'mediato dall'Oman', 'con la mediazione del Qatar', 'i mediatori egiziani': a third party."""
        return self._left_has(self.lex.mediator_re, text, sent, am.char_start, 50)

    def _is_locative(self, text: str, sent: Sentence, am) -> bool:
        """A state named by a country or a city (or a body by its seat: 'a Bruxelles') after a locative
        preposition is where a meeting happens."""
        if am.actor.kind != "state" and getattr(am, "via", None) != "metonym":
            return False
        return bool(self.lex.locative_re.search(_left(text, sent, am.char_start, 20)))

    # -- the article ---------------------------------------------------------------------------------------
    def extract(self, article: Article, reference, timexes, actor_mentions, place_mentions) -> list[EventMention]:
        lex, text = self.lex, article.text
        people = [(am.char_start, am.char_end) for am in actor_mentions
                  if am.actor.kind == "person" and am.via in ("name", "surname")]
        if people and place_mentions:
            # a word the actor layer read as a person's name is no place ('Miri, malato di cancro, è stato fermato':
            # not the Malaysian city)
            place_mentions = [pl for pl in place_mentions
                              if not any(a <= pl.char_start < b for a, b in people)]
        doc = _Article(lex, text, timexes, actor_mentions, place_mentions)
        self._doc = doc
        seen_sentences: set[str] = set()
        self._prev_subject = []           # the person subject of the previous sentence (Italian pro-drop)
        self._last_subject = []           # ... kept while the current sentence is read (an object clitic's referent)
        self._orgs = self._prev_orgs = []  # organizations a sentence is about (before its first event), and the last
        self._seen_groups = set()         # (group, event type) of earlier sentences' triggers (back-references)
        self._not_acts: set[int] = set()  # ids of hits read as no act of their type (not seen for back-references)
        self._seen_texts: dict = {}       # group -> lower-cased texts of earlier sentences' triggers
        self._reference = reference
        records: list[dict] = []          # emitted candidates, document order
        pending: list[dict] = []          # CONSULT hits without enough parties (for anaphora and claims)
        for si, sent in enumerate(doc.sentences):
            norm = sent.text.strip().lower()
            if norm in seen_sentences:    # a repeated headline
                continue
            seen_sentences.add(norm)
            said = _SAID_SO.match(sent.text) if si else None
            if said is not None:
                self._said_so(doc, si, said, records)
            hits = doc.hits[si]
            if hits and " dopo " in sent.text:
                # 'è stata rinviata a dopo la prima riunione della commissione congiunta': a point in time, not an
                # act (its status and dates are the other triggers')
                hits = [h for h in hits if not (h.entry.kind == "noun" and _PUT_OFF_UNTIL.search(
                    doc.text, max(sent.start, h.start - 30), h.start))]
            # ('In serata si sono aggiunti le Maldive': no trigger of its own, the act before done again)
            if not hits and not ((doc.same_act is None or si in doc.same_act)
                                 and _SAME_ACT.search(doc.text, sent.start, sent.end) is not None):
                self._prev_subject = self._sentence_subject(doc, sent, doc.actors[si], None)
                self._orgs = [am for am in doc.actors[si] if am.actor.kind == "organization"] or self._orgs
                continue
            hits = self._resolve_overlaps(hits)
            self._carried = self._carried_date(doc, si, records)
            self._sentence(article, doc, sent, hits, doc.actors[si], doc.timexes[si], doc.places[si],
                           records, pending)
        self._denied_next(doc, records)
        self._inherit_dates(records, reference)
        self._inherit_locations(records)
        self._unnamed_states(doc, records)
        return [self._to_model(article, n, r) for n, r in enumerate(records)]

    @staticmethod
    def _denied_next(doc, records: list[dict]) -> None:
        """'Secondo la televisione X, giovedì la polizia ha respinto una decina di giornalisti. La polizia ha smentito
        stamattina': an act the press reports, which the next sentence denies with no object of its own, is
        disputed; a plan the press reports ('Varsavia starebbe preparando l'espulsione di due diplomatici') is
        denied."""
        by_sent: dict[int, list[dict]] = {}
        for r in records:
            by_sent.setdefault(id(r["sentence"]), []).append(r)
        for si in range(1, len(doc.sentences)):
            sent, prev = doc.sentences[si], doc.sentences[si - 1]
            # (the denial's own record aside: 'Wroński ha smentito: «Non è in programma»')
            if any(r["event_type"] != "REJECT" for r in by_sent.get(id(sent), ())) or \
                    not _DENIAL_OPENING.match(doc.text, sent.start, min(sent.end, sent.start + 90)):
                continue
            if not _PRESS_SOURCE_OPENING.match(doc.text, prev.start, prev.end):
                continue
            for r in by_sent.get(id(prev), ()):
                if r["status"] == "OCCURRED":
                    r["status"] = "DISPUTED"
                elif r["status"] in ("PLANNED", "UNCERTAIN"):
                    r["status"] = "DENIED"   # ('Varsavia starebbe preparando l'espulsione ... Wroński ha smentito')

    def _said_so(self, doc, si: int, m: re.Match, records: list[dict]) -> None:
        """'Quindici diplomatici cubani dovranno lasciare gli Stati Uniti entro sette giorni. Lo ha deciso ieri il
        Dipartimento di Stato': the day the next sentence says the measure was decided is its day, and the measure
        was taken; a deadline is no day of the act."""
        sent, prev = doc.sentences[si], doc.sentences[si - 1]
        at = sent.start + m.end()
        tx = next((t for t in doc.timexes[si] if t.type == "DATE" and 0 <= t.char_start - at <= 3
                   and t.start is not None and t.start == t.end and self._usable_date(doc.text, sent, t)), None)
        if tx is None:
            return
        for r in records:
            if r["sentence"] is prev and (r["date"] is None or r["date"].modifier == "BY"):
                r["date"] = _text_date(tx)
                if r["event_type"] == "SANCTION" and r["status"] == "PLANNED" and m.group("act"):
                    r["status"] = "OCCURRED"

    def _carried_in_flashback(self) -> bool:
        """Whether the sentence the carried day comes from tells it in the pluperfect (a flashback)."""
        si = self._doc._sentence_of(self._carried.char_start)
        sent = self._doc.sentences[si] if si is not None else None
        return sent is not None and _PLUPERFECT.search(self._doc.text, sent.start, sent.end) is not None

    def _carried_date(self, doc, si: int, records: list[dict]):
        """'La replica della capitale egiziana è arrivata sabato. Il ministro degli Esteri X ha telefonato a Y': a
        sentence with no date of its own happens on the day the sentence before, in the same paragraph, names when
        that sentence names exactly one day and reports no act of its own (the day is then the scene's)."""
        ref = self._reference
        if si == 0 or any(tx.type in ("DATE", "TIME") and not self._long_ago(tx, ref) for tx in doc.timexes[si]):
            return None               # (a year long past, 'dei negoziati avviati due anni fa', dates no act here)
        # (a sentence between that names only years or months, 'i turchi volevano evitare ogni accenno al 1915', is
        # background: the scene's day is that of the sentence before it, with its clock times: 'La cerimonia,
        # fissata per le 17, è cominciata soltanto alle 20.20')
        for pi in range(si - 1, max(-1, si - 4), -1):
            prev = doc.sentences[pi]
            if "\n" in doc.text[prev.end:doc.sentences[pi + 1].start]:
                return None
            # (not the dateline's: 'L'Avana, 24 settembre 2015 – La stretta di mano è arrivata ... di ieri')
            body = self._dateline_end(doc.text, prev, doc.timexes[pi]) if pi == 0 else prev.start
            days = [tx for tx in doc.timexes[pi] if tx.type in ("DATE", "TIME") and tx.char_start >= body]
            one_day = [tx for tx in days if tx.start is not None and tx.start == tx.end]
            if any(r["sentence"] is prev and (r["event_type"] in _SCENE_ACTS or pi < si - 1)
                   for r in reversed(records)):
                return None
            if not one_day:
                continue
            if len(one_day) != len(days) or any(tx.start != days[0].start for tx in days) or \
                    not all(self._usable_date(doc.text, prev, tx) for tx in days):
                return None
            return days[0]
        return None

    @staticmethod
    def _unnamed_states(doc, records: list[dict]) -> None:
        """'Il premier etiope ha telefonato a Farmaajo': a person the text never names (only a role refers to him)
        stands for his state too; the state joins the talks' parties beside him."""
        named = None                  # (the article's named people and state names, read when first needed)
        for r in records:
            if r["event_type"] != "CONSULT":
                continue
            parts = r["actors"] + r["recipients"]
            have = {p.country_code for p in parts if p.kind == "state"}
            extra = []
            for p in parts:
                code = p.country_code
                if p.kind == "person" and code and code not in _NON_STATES and code not in have:
                    if named is None:
                        named = doc.named_people()
                        doc.state_counts()            # (fills doc.state_names)
                    if p.name in named:
                        continue
                    have.add(code)
                    extra.append(Participant(name=doc.state_names.get(code) or _country_name(code), kind="state",
                                             country_code=code, mentions=list(p.mentions)))
            if extra:
                r["actors"] = r["actors"] + extra

    @staticmethod
    def _resolve_overlaps(hits: list[Hit]) -> list[Hit]:
        if len(hits) == 1:
            return list(hits)       # (the usual case: nothing to resolve)
        chosen: list[Hit] = []
        for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
            if all(h.end <= c.start or c.end <= h.start for c in chosen):
                chosen.append(h)
        return sorted(chosen, key=lambda h: h.start)

    def _sentence(self, article, doc, sent, hits, actors, timexes, places, records, pending):
        lex, text = self.lex, doc.text
        actors = self._expand_groups(actors)
        arriving = [h for h in hits if h.entry.mode == "visit" and h.entry.kind == "verb"
                    and _ARRIVAL.search(h.text) and (
                        _VEHICLE_ARRIVING.match(text, h.end)
                        or any(o.entry.event_type._value_ == "AID" and o.entry.kind == "noun" and o.end <= h.start
                               and h.start - o.end <= 120 for o in hits)
                        and _VEHICLE_BEFORE.search(text, max(sent.start, h.start - 180), h.start))]
        for h in arriving:
            # (the arrival of a vehicle owns no party: its nationality is the sender of the cargo a later verb of
            # the sentence delivers; the arrival of goods named before it leaves its day to them: 'un carico di
            # tende e medicinali finanziato dalla Germania è arrivato lunedì ad Abéché')
            self._reject(h, "the arrival of a plane or ship, not a visit")
        if arriving:
            hits = [h for h in hits if h not in arriving]
        self._doc, self._sent_hits, self._records = doc, hits, records
        for h in hits:
            if h.entry.kind == "noun":
                h.context = self._left_has(lex.context_re, text, sent, h.start, 60)
                h.backref = self._left_has(lex.backref_re, text, sent, h.start, 60)
        cues = doc.cues[sent.index]
        sources, speakers, denials = self._non_participants(text, sent, actors, cues)
        self._sent_sources = [am for am in actors if id(am) in sources] if sources else []
        dateline_end = self._body_start = self._dateline_end(text, sent, timexes)
        topics = self._sentence_has(lex.topic_re, text, sent)
        eligible = [am for am in actors if id(am) not in sources and not (topics and self._is_topic(text, sent, am))
                    and not (am.actor.kind == "organization" and not am.actor.country_code
                             and lex.org_setting_re.search(_left(text, sent, am.char_start, 50)))
                    # a seat after a locative ('al Palazzo di Vetro', 'nella sede della Nato'): the venue
                    and not (am.via == "metonym" and am.actor.kind == "organization"
                             and _VENUE_BEFORE.search(_left(text, sent, am.char_start, 12)))
                    and not (am.actor.kind == "person" and self._venue(am.text))
                    and am.char_start >= dateline_end]
        for conc in _CONCESSIVE.finditer(text, dateline_end, sent.end):
            # ('È arrivato mercoledì, nonostante le critiche di Washington e di Israele, e ... è stato ricevuto': the
            # states of a concessive phrase are no parties)
            if not any(conc.start() <= h.start < conc.end() for h in hits):
                eligible = [am for am in eligible if not conc.start() <= am.char_start < conc.end()]
        # ('era arrivato sabato dal Vietnam per una visita di Stato e ... era stato ricevuto da X': where a traveller
        # came from is no party of what the sentence tells)
        # (not forces: 'miliziani di Boko Haram, arrivati dalla Nigeria, hanno attaccato ...' came from their side)
        # ('ha visitato il campo profughi di Adré, al confine con il Sudan': the state a place lies by is no party)
        if not any(h.entry.event_type._value_ in ("ASSAULT", "COERCE", "MOBILIZE") for h in hits):
            # ('dove vivono decine di migliaia di rifugiati sudanesi': the refugees' nation)
            eligible = [am for am in eligible if am.actor.kind == "person"
                        or not (_ARRIVED_FROM.search(left := _left(text, sent, am.char_start, 50))
                                or _BORDER_WITH.search(left)
                                or am.via == "demonym" and _DISPLACED_BEFORE.search(left))]
        for inc in _REL_INCISE.finditer(text, dateline_end, sent.end):
            if hits and all(inc.start() < h.start < inc.end() for h in hits):
                # ('il comandante X, che a gennaio aveva visitato Tashkent, punta sull'Uzbekistan e sul Kazakistan':
                # the main clause after a relative incise that holds every trigger names no party of them)
                eligible = [am for am in eligible if am.char_start < inc.end()]
                break
        lead = _LEAD_PARTICIPLE.match(text, dateline_end)
        if lead is not None and not any(h.start < lead.end() for h in hits):
            eligible = [am for am in eligible if am.char_start >= lead.end()]
        speech = self._quotes_without_trigger(text, sent, hits)
        if speech:
            # '«La Russia usa i migranti come un'arma», ha detto Orpo, che ha avuto un colloquio telefonico con X':
            # the states a quote names (a quote with no trigger of its own) are what was said, not parties
            eligible = [am for am in eligible if not any(a < am.char_start < b for a, b in speech)]
        places = [pl for pl in places if pl.char_start >= dateline_end
                  and not _BORDER_WITH.search(_left(text, sent, pl.char_start, 30))]
        self._eligible = eligible
        self._mediators = None        # the eligible actors that are mediators (computed once, on demand)
        self._lead = None             # whether the sentence opens with an anaphor ('I due leader'; on demand)
        event_hits = [h for h in hits if not h.context]
        # actors -> nearest trigger; subject = actors before the first event trigger
        first_start = event_hits[0].start if event_hits else sent.end
        subject = []
        starts = [am.char_start for am in eligible]
        for am in eligible:
            h = self._owner(text, hits, am.char_start, am.char_end, starts)
            if h is not None and h.context and event_hits and am.char_start >= h.end:
                # 'A margine della riunione Zarif ha avuto un colloquio': after a setting phrase, the next event's
                h = self._owner(text, event_hits, am.char_start, am.char_end, starts)
            if h is not None:
                h.actors.append(am)
            if am.char_end <= first_start and (h is None or not h.context) and \
                    not _OBJECT_PREP.search(_left(text, sent, am.char_start, 25)):
                subject.append(am)      # ('nuove misure contro la Repubblica islamica': an object, no subject)
        self._last_subject = self._prev_subject
        # (an office named for its state, 'Il presidente russo aveva preparato ...', is carried only to a sentence
        # with no subject of its own)
        self._dropped_subject = [] if any(am.actor.kind == "person" for am in subject) else \
            [am for am in self._prev_subject if am.actor.kind == "person"] if subject else self._prev_subject
        # ('Sempre ieri ha avuto un colloquio con X. Giovedì aveva invece sentito Y': a sentence with a dropped
        # subject keeps it for the next one)
        self._prev_subject = self._sentence_subject(doc, sent, eligible, first_start, dateline_end) or \
            (self._dropped_subject if not subject and (_AUX.search(text, sent.start, min(sent.end, first_start + 30))
                                                         or _PASSIVE_AUX.search(text, sent.start,
                                                                                min(sent.end, first_start + 30))
                                         or _ESSERE_PERFECT.match(text, first_start))
             else [])
        self._prev_orgs, self._orgs = self._orgs, [
            am for am in eligible if am.actor.kind == "organization" and am.char_end <= first_start]
        # status and drop cues -> nearest trigger that they are not part of
        for a, b, info in cues:
            if info[0] == "status":
                status, applies = info[1], info[2]
                if any(o.start <= a and b <= o.end and o.entry.event_type.value == "SANCTION" and _VERBISH.search(o.text)
                       for o in hits):
                    continue          # 'hanno sospeso il Gabon': the verb of a measure, not a summit's suspension
                if status in ("CANCELLED", "POSTPONED") and _TALKED_ABOUT.search(text, max(sent.start, a - 30), a):
                    continue          # '... avrebbe incontrato l'ambasciatore per discutere l'annullamento': a
                    #                   calling off talked about is the talk's topic, not its status
                cands = [h for h in hits if applies is None or h.entry.event_type._value_ in applies]
                h = _nearest(cands, a, b, skip_overlap=True)
                # the verb of a subject noun after its relative or reduced clause in commas ('Il dialogo ..., che
                # doveva riunirsi a metà mese, è stato rinviato'), also before a nearer trigger of the next clause
                # ('La riunione ..., in programma giovedì 21 settembre, è stata rinviata, e lunedì il governo ha
                # annullato la visita')
                subj_rel = False
                if status in ("CANCELLED", "POSTPONED") and h is not None and (
                        h.start >= b or h.end <= a and h.entry.kind == "noun"):
                    subj = next((c for c in reversed(cands) if c.end <= a and c.entry.kind == "noun"
                                 and _SUBJECT_RELATIVE.fullmatch(text, c.end, a)), None) if h.start >= b else \
                        h if _SUBJECT_RELATIVE.fullmatch(text, h.end, a) else None
                    if subj is not None:
                        h, subj_rel = subj, True
                if h is not None and h.end <= a:
                    rel = self._search(_REL_OR_SAID_CHE, text, h.end, a)
                    if rel is not None and (rel.start() - h.end > 30 or _VERBISH.search(h.text)) and \
                            not (h.entry.kind == "noun" and _TAKES_PLACE.match(text, rel.start())) and \
                            not subj_rel:
                        h = None      # '... colloqui ..., un cessate il fuoco a Idlib, che entrerà in vigore': the
                        #               relative clause speaks of the noun before 'che' (of a verb's object too:
                        #               'ha espulso 20 diplomatici, che hanno dovuto lasciare il paese entro lunedì')
                    elif status in ("PLANNED", "UNCERTAIN") and _VERBISH.search(h.text) and \
                            _OBJECT_RELATIVE.fullmatch(text, h.end, a):
                        h = None      # 'hanno firmato domenica un memorandum che dovrebbe sbloccare l'indagine': the
                        #               tense of a relative clause on the verb's object
                    elif status in ("PLANNED", "UNCERTAIN") and _quoted_after_che(text, h.end, a):
                        h = None      # 'ha ricevuto l'ambasciatore per ribadire che il suo Paese "non cederà"': the
                        #               tense of words quoted after the trigger is the speaker's, not the event's
                    elif _VERBISH.search(h.text) and _AND_NEW_SUBJECT.search(text, h.end, a):
                        h = None      # 'ha consegnato alla Libia tre motovedette ..., e altre tre dovrebbero partire':
                        #               the cue is the tense of a coordinated clause with a subject of its own
                    elif (h.entry.kind == "verb" or _VERBISH.search(h.text)) and _AND_OWN_VERB.search(text, h.end, b):
                        h = None      # '... si sono visti e hanno affidato ai ministri il compito di definire entro
                        #               trenta giorni ...': the cue of the coordinated clause's verb (or that verb
                        #               itself: 'si sono incontrati ... e hanno annunciato un accordo')
                if h is not None and h.start >= b and status in ("PLANNED", "UNCERTAIN") and ":" in text[b:h.start]:
                    h = None          # 'Gli aiuti non saranno toccati: un carico di tende ... è arrivato lunedì': the
                    #                   tense of the clause before a colon
                if h is not None and h.start >= b and status in ("PLANNED", "UNCERTAIN") and not subj_rel and \
                        _AND_CLAUSE_BEFORE.search(text, b, h.start):
                    h = None          # '... lascerà il Paese, come previsto, e ... ha annunciato il richiamo': the cue
                    #                   of the clause before
                if h is not None and (subj_rel or _span_distance(h.start, h.end, a, b) <= lex.max_distance):
                    h.cues.append((status, text[a:b], a, b))
                    if status == "DENIED":
                        for (vs, ve), who in denials.items():
                            if vs <= a < ve or a <= vs < b:
                                h.denier = who
            elif info[0] == "drop":
                reason, direction, applies = info[1], info[2], info[3]
                cands = [h for h in hits if (direction == "any" or (h.start >= b and h.start - b <= 40))
                         and (applies is None or h.entry.event_type._value_ in applies)]
                if reason == "threatened":
                    # 'ha minacciato di bloccare tutte le decisioni del vertice tra Ue e Turchia': a gathering named
                    # after a preposition is no threatened act
                    cands = [h for h in cands if not (h.entry.kind == "noun" and h.start >= b
                                                       and _PREP_BEFORE.search(text, b, h.start))]
                if reason == "habitual" and re.match(r"continu", text[a:b], re.I):
                    # 'le forze russe continuano a bombardare X': an ongoing attack is an event
                    cands = [h for h in cands if h.entry.event_type.value != "ASSAULT"]
                h = _nearest(cands, a, b, skip_overlap=True)
                if h is not None and h.end <= a and (self._search(_REL_CLAUSE, text, h.end, a) is not None
                                                     or self._search(_SAID_THAT, text, h.end, a) is not None):
                    h = None          # 'ha chiuso il valico di Gallabat, da cui passano ogni giorno centinaia di
                    #                   camion': the habit of a relative clause is its noun's, not the act's (nor is
                    #                   the negation of words reported after it: 'ha incontrato i colleghi russo e
                    #                   cinese e ha assicurato che l'India "non vuole un'escalation"')
                elif h is not None and h.start >= b and self._search(_CLAUSE_OPENER, text, b, h.start) is not None:
                    h = None          # 'non intende rompere le relazioni, ma il Sudafrica potrebbe rivedere i permessi':
                    #                   a negation stops at a clause opener
                if h is not None and _span_distance(h.start, h.end, a, b) <= lex.max_distance:
                    h.drop = reason
        # dates -> nearest trigger; sentence-initial ones to all
        shared_dates = []
        speech_ends = [b for a, b, info in cues if info[0] == "speech"]
        self._speech_spans = [(a, b) for a, b, info in cues if info[0] == "speech"]
        # (a date right after a colon opens the clause the colon introduces: 'ha detto: ieri sera X ha telefonato')
        timexes = [tx for tx in timexes if not any(0 <= tx.char_start - e <= 2 and ":" not in text[e - 1:tx.char_start]
                                                   for e in speech_ends)
                   or tx.type == "DURATION"
                   # ('ha annunciato mercoledì 22 ottobre sanzioni contro Rosneft': the day of announcing a measure
                   # named right after it is the measure's)
                   or any(o.entry.kind == "noun" and _ANNOUNCED_NOUN.fullmatch(text, tx.char_end, o.start)
                          for o in hits)]
        self._sent_timexes = timexes
        self._when_dates = set()
        for tx in timexes:
            when = _WHEN.match(text, tx.char_end)
            if when is not None and tx.type in ("DATE", "TIME"):
                # 'dal 7 ottobre, quando Hamas ha attaccato': the date of the event of the 'quando' clause
                h = next((h for h in event_hits if h.start >= when.end()
                          and not _CLAUSE_PUNCT.search(text[when.end():h.start])), None)
                if h is not None and self._usable_date(text, sent, tx, bound_ok=True):
                    h.timexes.append(tx)
                    self._when_dates.add(id(tx))
                    continue
            if not self._usable_date(text, sent, tx):
                start = self._future_start(text, sent, tx, hits)
                if start is not None:
                    start.timexes.append(tx)  # 'ha annunciato che da lunedì 13 agosto sospenderà i voli'
                    continue
                start = self._imposed_from(text, sent, tx, hits)
                if start is not None:
                    start.timexes.append(tx)  # 'i controlli che il Kazakistan ha introdotto da martedì 10 ottobre'
                    continue
                if tx.type == "DURATION":
                    h = _nearest(hits, tx.char_start, tx.char_end)
                    if h is not None:
                        h.timexes.append(tx)
                continue
            if tx.char_start - sent.start < _SENT_INITIAL and tx.char_end <= first_start or \
                    shared_dates and tx.char_end <= first_start and \
                    _APPOSED_DAY.fullmatch(text, shared_dates[-1].char_end, tx.char_start):
                # ('Appena due settimane fa, il 10 gennaio, X era arrivata ... ed era stata ricevuta': the day in
                # apposition to an opening date opens the sentence with it)
                shared_dates.append(tx)
                continue
            reduced = _REDUCED_CLAUSE.search(text, max(sent.start, tx.char_start - 30), tx.char_start)
            if reduced is not None and tx.type in ("DATE", "TIME") and \
                    not any(o.start < tx.char_start and reduced.start() < o.end for o in hits):
                continue              # '..., giurato lunedì come presidente': the day of a participle clause
            h = _nearest(hits, tx.char_start, tx.char_end)
            if h is not None and (h.context or self._search(_CLAUSE_OPENER, text, min(h.end, tx.char_end),
                                                             max(h.start, tx.char_start)) is not None):
                # '... dovrebbe partecipare a ottobre alla cerimonia, mentre resta incerto un incontro ...': a date
                # does not cross 'mentre', 'ma', ';' to the act of another clause; a setting phrase's date ('un
                # incontro ... a margine del vertice dell'Asean, in programma a fine aprile') is also the date of
                # the act it sets
                if h.context:
                    h.timexes.append(tx)
                h = _nearest([o for o in hits if not o.context and self._search(
                    _CLAUSE_OPENER, text, min(o.end, tx.char_end), max(o.start, tx.char_start)) is None],
                             tx.char_start, tx.char_end)
            if h is not None and h.start >= tx.char_end and _COMMA_AND.match(text, tx.char_end, h.start):
                # '... annullato la visita che doveva fare giovedì 14 marzo, e la riunione ...': a date closing a clause
                # dates that clause's trigger, not the next clause's
                prev = next((o for o in reversed(hits) if o.end <= tx.char_start), None)
                # (also after the comma of its appointment: '... la visita a Tashkent del primo vicepremier, prevista
                # per lunedì 28 marzo, e la sessione della commissione ...')
                if prev is not None and tx.char_start - prev.end <= 80 and \
                        not _CLAUSE_PUNCT.search(text, prev.end, tx.char_start) and \
                        ("," not in text[prev.end:tx.char_start]
                         or prev.entry.strength != "weak"
                         and _APPOINTED_FOR.search(text, prev.end, tx.char_start) is not None):
                    h = prev
            if h is not None and h.end <= tx.char_start and "," in text[h.end:tx.char_start]:
                # '... avevano avuto una telefonata, e domenica 6 aprile Barrot era volato ad Algeri': a date opening
                # a clause dates that clause's trigger
                nxt = next((o for o in hits if o.start >= tx.char_end), None)
                if nxt is not None and (not self._clause_cut(text, nxt, tx.char_start, tx.char_end)
                                        # ('e venerdì Lituania, Lettonia ed Estonia ne hanno espulso uno'): a list of
                                        # names is the clause's subject, its commas cut nothing
                                        or _NAME_LIST.fullmatch(text, tx.char_end, nxt.start) is not None):
                    h = nxt
            if h is not None and h.start >= tx.char_end and "," in text[tx.char_end:h.start] and \
                    _REL_OPEN.search(text, max(sent.start, tx.char_start - 120), tx.char_start) is not None and \
                    not _CLAUSE_PUNCT.search(text, tx.char_end, h.start):
                continue              # 'Ieri sera il premier incaricato X, che dovrebbe ottenere la fiducia venerdì 4
                #                       dicembre, ha telefonato a Y': the day of a relative clause on the subject
            if h is not None and h.end <= tx.char_start and (h.entry.kind == "verb" or _VERBISH.search(h.text)) and \
                    _AND_OWN_VERB.search(text, h.end, tx.char_start):
                continue              # 'i due presidenti si sono visti ... e hanno affidato ai ministri il compito di
                #                       definire entro trenta giorni ...': the date of the coordinated clause's verb
            if h is not None and h.start >= tx.char_end and _AND_CLAUSE_BEFORE.search(text, tx.char_end, h.start):
                continue              # '... lascerà il Paese entro la fine di febbraio, come previsto, e nello stesso
                #                       comunicato ha annunciato il richiamo': the date of the clause before
            if h is not None and h.end <= tx.char_start and _AND_OPENS.search(text[h.end:tx.char_start]) and \
                    _OWN_VERB_AHEAD.match(text, tx.char_end):
                continue              # '... ha telefonato a Y, e stamattina Manama ha convocato ...': the date of
                #                       the coordinated clause, with its own subject and verb
            if h is not None:
                h.timexes.append(tx)
        for pl in places:
            h = _nearest(event_hits or hits, pl.char_start, pl.char_end)
            if h is not None:
                h.places.append(pl)
        attributed = next(iter(sources.values()), None)
        sent_records: list[dict] = []
        self._sent_records = sent_records
        # 'a margine del vertice dell'Organizzazione per la cooperazione di Shanghai': a setting for the sentence's
        # events, and the body's own summit (read after them, so that it takes none of their parties)
        settings = [h for h in hits if h.context and h.entry.group in _SETTING_GROUPS and _GATHERING.search(h.text)
                    and self._setting_body(text, sent, h) is not None]
        for h in hits:
            if h.context and h not in settings:
                self._reject(h, "context (setting phrase)")
        for h in event_hits + settings:
            rec = self._hit_record(article, doc, sent, h, subject, speakers, shared_dates, places, attributed,
                                   records, pending)
            if rec is None:
                continue
            if h in settings:
                self._attend(rec, sent_records, [am for am in self._eligible if am.actor.kind == "person"], h)
            if h.entry.restates and any(r["event_type"] == rec["event_type"] and {_country(p) for p in r["actors"]} &
                                        {_country(p) for p in rec["actors"]} and {_country(p) for p in r["recipients"]}
                                        & {_country(p) for p in rec["recipients"]} for r in records):
                self._reject(h, "restates an earlier act between the same parties")
                continue
            dup = next((r for r in sent_records if r["event_type"] == rec["event_type"]
                        and r["mode"] == rec["mode"] and r["keys"] == rec["keys"]
                        # '... i droni turchi hanno colpito X e gli F-16 hanno abbattuto Y': two acts, each with
                        # its own subject
                        and (r["subject_at"] is None or rec["subject_at"] is None or r["subject_at"] == rec["subject_at"])
                        and (r["event_type"] in SYMMETRIC or _roles(r) == _roles(rec))
                        and (r["group"] == "cancel") == (rec["group"] == "cancel")
                        # '... si incontreranno all'inizio di settembre, e i due governi hanno promesso nuovi colloqui
                        # entro la fine dell'anno': two days of their own, two events
                        and not (r["date"] is not None and rec["date"] is not None and r["date"].source == "TEXT"
                                 and rec["date"].source == "TEXT" and r["date"].value != rec["date"].value)
                        # 'l'espulsione di dodici funzionari ... e il richiamo dell'ambasciatore': two measures
                        and not (rec["event_type"] == "SANCTION" and rec["coordinated"])
                        # '... ha richiamato il proprio ambasciatore, ha dato 48 ore all'ambasciatore libanese e ha
                        # sospeso le importazioni': each verb its own measure, and measures of other kinds
                        and not (rec["event_type"] == "SANCTION" and (rec["verb"] and r["verb"]
                                                                      or rec["cameo"] != r["cameo"]))), None)
            if dup is not None:
                dup["claims"].extend(c for c in rec["claims"] if c not in dup["claims"])
                if dup["date"] is None and rec["date"] is not None:
                    dup["date"] = rec["date"]
                continue
            for r in _split_actors(rec, text[max(sent.start, h.start - 60):h.end]):
                for t in _split_targets(r, h, text, eligible):
                    for u in self._split_recipients(text, h, t, eligible):
                        sent_records.extend(self._split_destinations(h, u, eligible))
            for extra, where, when in rec["more_dests"]:
                # one more visit per coordinated destination, the visitor's with that destination's state (one more
                # recall per post, towards the post's state), on its own date when it names one
                side = "recipients" if rec["event_type"] == "SANCTION" else "actors"
                parties = [p for p in rec[side] if _key(p) != rec["dest_key"]] + _participants([extra])
                more = dict(rec, more_dests=[], claims=[dict(c) for c in rec["claims"]],
                            location=where if rec["location"] is not None else None,
                            date=rec["date"] if when is None else when)
                more[side] = parties
                more["keys"] = frozenset(_key(p) for p in more["actors"] + more["recipients"])
                sent_records.append(more)
        if doc.same_act is None or sent.index in doc.same_act:
            sent_records.extend(self._same_acts(text, sent, eligible, records + sent_records))
        if sent_records and not self._lacks(_PART_REL_HINT, text, sent.start, sent.end) and \
                _PART_REL_HINT.search(sent.text):
            sent_records.extend(self._relative_participants(text, sent, eligible, sent_records))
        if any(r["event_type"] == "SANCTION" and _MEASURES_COLON.search(r["trigger"]) for r in sent_records):
            sent_records = self._measure_items(text, sent, sent_records)
        if any(r["event_type"] == "SANCTION" and r["verb"] for r in sent_records):
            sent_records.extend(self._more_measures(text, sent, sent_records))
        if any(r["status"] == "POSTPONED" for r in sent_records):
            sent_records.extend(self._new_dates(text, sent, sent_records))
        if any(r["status"] == "CANCELLED" for r in sent_records):
            sent_records = self._verbs_of_nouns(text, sent, sent_records)
            sent_records.extend(self._cancel_acts(text, sent, sent_records))
        for r in sent_records:
            if r["mode"] == "visit" and r["date"] is not None and r["date"].precision == "MONTH":
                # 'tornerà in Italia a luglio per il vertice del G8, dall'8 al 10 luglio': a trip for a gathering of
                # that month is on the gathering's day
                g = next((o for o in sent_records if o["group"] in ("summit", "meeting") and o["date"] is not None
                          and o["date"].precision == "DAY" and r["date"].start <= o["date"].start <= r["date"].end
                          and 0 < o.get("at", -1) - r.get("at", 0) <= 80
                          and _FOR_GATHERING.search(text, r.get("at", 0), o["at"])), None)
                if g is not None:
                    r["date"] = g["date"]
        records.extend(sent_records)
        seen = [h for h in event_hits if id(h) not in self._not_acts] if self._not_acts else event_hits
        self._seen_groups.update((h.entry.group, h.entry.event_type) for h in seen)
        for h in seen:
            self._seen_texts.setdefault(h.entry.group, []).append(h.text.lower())

    def _relative_participants(self, text: str, sent, eligible: list, sent_records: list) -> list[dict]:
        """'un vertice straordinario dell'Igad a Kampala, a cui ha partecipato anche Mohamud', 'il vertice dei Brics
        di Xiamen, al quale il premier indiano ha confermato la sua partecipazione': who takes part in a gathering
        held abroad visits its host state, when and as the gathering happens."""
        out = []
        for m in _PART_REL.finditer(text, sent.start, sent.end):
            part = _PARTICIPATE.search(text, m.end(), min(sent.end, m.end() + 80))
            if part is None or _CLAUSE_PUNCT.search(text, m.end(), part.start()):
                continue
            gathering = next((r for r in reversed(sent_records) if r["event_type"] == "CONSULT"
                              and r.get("at", sent.end) < m.start() and _GATHERING.search(r["trigger"])
                              and r["location"] is not None and r["location"].country_code), None)
            if gathering is None:
                continue
            cut = _CLAUSE_END.search(text, part.end(), sent.end)
            end = cut.start() if cut is not None else sent.end
            code = gathering["location"].country_code
            host = _context_party(_Actor(_country_name(code), "state", code))
            seen = set()
            for guest in (am for am in eligible if am.actor.kind == "person" and m.end() <= am.char_start < end
                          and (am.actor.country_code or "").upper() != code.upper()):
                if _key(guest.actor) in seen:
                    continue
                seen.add(_key(guest.actor))
                parts = _participants([guest, host])
                out.append(dict(gathering, actors=parts, recipients=[], mode="visit", cameo=_VISIT_CAMEO,
                                group="visit", claims=[], more_dests=[], dest_key=_key(host.actor),
                                at=guest.char_start, keys=frozenset(_key(p) for p in parts),
                                trigger=text[part.start():part.end()]))
        return out

    def _verbs_of_nouns(self, text: str, sent, sent_records: list) -> list[dict]:
        """'Il sovrano ha annullato ieri la visita di Stato in Francia': when the meeting noun after a cancelling verb
        made its own record of parties of known states or bodies, it holds the parties (the verb's may be the talk the
        sentence before told); the verb's record goes, and the cancelling is made from the noun's."""
        nouns = [n for n in sent_records if n["group"] != "cancel" and n["event_type"] == "CONSULT"
                 and n["status"] == "CANCELLED" and all(p.country_code for p in n["actors"] + n["recipients"])]
        if not nouns:
            return sent_records
        out = []
        for r in sent_records:
            if not (r["group"] == "cancel" and r["status"] == "CANCELLED" and r["verb"]):
                out.append(r)
                continue
            end = r["at"] + len(r["trigger"])
            # (the verb's subject is among the noun's parties: 'Aliyev ha annullato la sua partecipazione all'incontro a
            # cinque che avrebbe dovuto riunire lui, Pashinyan e Macron' keeps Aliyev's record)
            subject = {_key(am.actor) for am in self._doc.actors[sent.index] if sent.start <= am.char_start < r["at"]} & \
                {_key(p) for p in r["actors"] + r["recipients"]}
            if any(0 <= n["at"] - end <= 60 and not _CLAUSE_PUNCT.search(text, end, n["at"]) and subject <= n["keys"]
                   for n in nouns):
                hit = next((o for o in self._sent_hits if o.start == r["at"]), None)
                if hit is not None:
                    self._reject(hit, "the meeting noun after the verb is the act called off")
                continue
            out.append(r)
        return out

    def _cancel_acts(self, text: str, sent, sent_records: list) -> list[dict]:
        """'E oggi il governo olandese ha annullato il forum ... in programma giovedì 24 ottobre': the meeting is
        cancelled on its own day, and the cancelling is an act of the day the text gives it (before the verb, in
        its clause)."""
        out = []
        for r in sent_records:
            if r["status"] != "CANCELLED" or r["event_type"] != "CONSULT" or \
                    r["date"] is None or r["date"].source != "TEXT":
                continue
            at = noun_at = r["at"]
            verb = passive = None
            if r["group"] != "cancel":
                # ('Oggi la Giordania ha annullato la partecipazione di una sua delegazione al seminario ...'): the
                # meeting noun of a cancellation verb that made no record of its own
                verb = next((o for o in self._sent_hits if o.entry.group == "cancel" and o.rejected
                             and o.end <= at and at - o.end <= 80 and not _CLAUSE_PUNCT.search(text, o.end, at)), None)
                passive = None if verb is not None else \
                    self._search(_PASSIVE_CANCEL, text, max(sent.start, at - 90), at)
                if verb is None and passive is None:
                    # ('La missione commerciale ..., prevista per lunedì 30 aprile nella capitale argentina, è stata
                    # annullata ieri dal governo spagnolo': the passive verb the noun is the subject of, with no other
                    # trigger between them)
                    passive = self._search(_CANCELLED_AFTER, text, at, min(sent.end, at + 200))
                    if passive is not None and any(at < o.start < passive.start() for o in self._sent_hits
                                                   if o.entry.group != "cancel"):
                        passive = None
                if verb is None and passive is None:
                    continue
                at = verb.start if verb is not None else passive.start()
            # ('oggi il ministero ha smentito, ma ha annullato la riunione': a clause of the same subject after 'ma')
            tx = next((t for t in reversed(self._sent_timexes) if t.type in ("DATE", "TIME") and t.char_end <= at
                       and not _CLAUSE_PUNCT.search(text, t.char_end, at)
                       and self._dates_act(text, sent, t, at, passive is not None) and self._usable_date(text, sent, t)),
                      None)
            if tx is None:
                # 'ha annullato ieri la riunione della commissione mista, in programma martedì 31 gennaio': the day
                # right after the verb
                verb_end = (verb.end if verb is not None else passive.end()) if noun_at != at else at + len(r["trigger"])
                tx = self._date_right_after(text, sent, verb_end, 2)
            if tx is None and verb is not None:
                # 'aveva rinunciato già venerdì sera al viaggio in Polonia previsto per oggi': the day inside the verb
                tx = next((t for t in self._sent_timexes if t.type in ("DATE", "TIME") and verb.start <= t.char_start
                           and t.char_end <= verb.end and self._usable_date(text, sent, t)), None)
            if tx is None and (colon := text.find(":", at, sent.end)) >= 0 and \
                    (said := _SAID_SO.match(text, colon + 1)) is not None:
                # 'ha inoltre annullato la riunione ..., prevista per martedì 9 ottobre: lo ha comunicato ieri sera il
                # ministero': the day the clause after the colon gives the news
                tx = self._date_right_after(text, sent, said.end(), 3)
            said = verb.text if verb is not None else passive.group().strip() if passive is not None else r["trigger"]
            if tx is None and (verb is not None and _ANNOUNCED_DONE.search(text, max(sent.start, at - 40), at)
                               or _NEWS_PERFECT.match(said)
                               and not _RELATIVE_BEFORE.search(text, max(sent.start, at - 12), at)):
                # 'ha annunciato di aver annullato la visita a Kiev prevista per il 12 dicembre', 'Il governo boliviano
                # ha intanto annullato la riunione ..., prevista per giovedì 4 giugno': a cancelling told as done (the
                # present perfect of the news, not 'aveva annullato'), with no day of its own, is of the day of writing
                ref = self._reference_date(self._reference)
                if ref is not None and ref.precision == "DAY" and ref.value != r["date"].value:
                    out.append(dict(r, status="OCCURRED", date=ref, claims=[dict(c) for c in r["claims"]],
                                    trigger=said))
                continue
            if tx is not None and tx.start != tx.end and tx.resolved and tx.precision != "WEEK":
                continue              # ('a maggio il Nord aveva annullato ... la visita prevista per il 20 maggio': no
                #                       day of its own for the cancelling; but 'ieri' in an article dated by its month
                #                       only is a day the text gives, known to its month, and 'la settimana scorsa
                #                       ... aveva annullato la visita' is the cancelling's week)
            d = _text_date(tx) if tx is not None else None
            if d is not None and d.value == r["date"].value and r["group"] == "cancel":
                # 'la visita ..., attesa per lunedì 23 novembre: l'ha annullata oggi lo stesso Dimitrov': the verb
                # that takes the meeting back with a pronoun is the cancelling itself, on its own day (so is the verb
                # of the meeting noun right after it, dated apart: 'lunedì ha annullato gli incontri previsti al
                # Congresso per martedì')
                back, verb_end = _takes_back(text, at, r["trigger"]), at + len(r["trigger"])
                if any(n is not r and n["group"] != "cancel" and n["status"] == "CANCELLED"
                       and (back and n["at"] < at or 0 < n["at"] - verb_end <= 20)
                       and n["date"] is not None and n["date"].value != d.value for n in sent_records):
                    r["status"] = "OCCURRED"
                    continue
            if d is not None and d.value != r["date"].value:
                act = dict(r, status="OCCURRED", date=d, claims=[dict(c) for c in r["claims"]])
                if r["group"] != "cancel":
                    # the act is the cancelling verb's, not the meeting noun's
                    act["trigger"] = verb.text if verb is not None else passive.group().strip()
                else:
                    # 'Il governo francese ha annullato oggi la visita a Torino della ministra': the cancelled
                    # meeting's parties are the cancelling's too
                    have = {_key(p) for p in r["actors"] + r["recipients"]}
                    meeting = next((n for n in sent_records if n is not r and n["group"] != "cancel"
                                    and n["status"] == "CANCELLED" and 0 < n["at"] - at <= 80 + len(r["trigger"])),
                                   None)
                    if meeting is not None:
                        act["recipients"] = r["recipients"] + [p for p in meeting["actors"] + meeting["recipients"]
                                                               if _key(p) not in have]
                out.append(act)
        return out

    @staticmethod
    def _dates_act(text: str, sent, t, at: int, passive: bool) -> bool:
        """Whether the day ``t`` before a cancelling verb at ``at`` is the verb's own: no comma between (but the
        subject's name in apposition: 'Domenica il ministro degli Esteri etiope, Demeke Mekonnen, ha annullato'), or a
        clause of the same subject before 'ma' ('oggi il ministero ha smentito, ma ha annullato'), or (a passive verb)
        the day opening the sentence ('Venerdì, su richiesta timorese, è stata annullata la visita')."""
        return "," not in _APPOSITION_PAIR.sub("", text[t.char_end:at]) or \
            _SAME_SUBJECT_BUT.fullmatch(text, t.char_end, at) is not None or \
            passive and _OPENING_ARTICLE.fullmatch(text, sent.start, t.char_start) is not None

    def _new_dates(self, text: str, sent, sent_records: list) -> list[dict]:
        """'è stato rinviato di una settimana, a lunedì 20': a postponed meeting is also planned on the new day it is
        put off to (a day, a week or a month: 'rinviato a metà novembre'; not 'all'inizio del 2026', not 'a data da
        destinarsi')."""
        out = []
        for r in sent_records:
            if r["status"] != "POSTPONED" or r["event_type"] != "CONSULT":
                continue
            if (swap := self._put_off_first(text, sent, r)) is not None:
                # 'È stata invece rinviata alla prossima settimana la riunione ..., prevista per domani': the day put
                # off to came first and dated the act; the act keeps the day it was expected on
                r["date"], new = swap
                out.append(dict(r, status="PLANNED", date=new, claims=[dict(c) for c in r["claims"]]))
                continue
            for tx in self._sent_timexes:
                if tx.type != "DATE" or tx.char_start < r["at"] and (
                        _CLAUSE_PUNCT.search(text, tx.char_end, r["at"]) or tx.char_start < r["at"] - 60) or not (
                        tx.precision in ("DAY", "WEEK") or tx.precision == "MONTH" and tx.modifier in (None, "MID", "END")) or \
                        not _PUT_OFF_TO.search(text, max(sent.start, tx.char_start - 60), tx.char_start):
                    continue
                d = _text_date(tx)
                if d is not None and r["date"] is not None and d.value == r["date"].value and \
                        (was := self._expected_day(text, sent, tx)) is not None:
                    # 'Don Pramudwinai, atteso mercoledì prossimo nella capitale birmana, ha invece rinviato la sua
                    # visita a novembre': the act put off keeps the day it was expected on
                    r["date"] = was
                if d is not None and (r["date"] is None or d.value != r["date"].value):
                    out.append(dict(r, status="PLANNED", date=d, claims=[dict(c) for c in r["claims"]]))
                break
            else:
                # 'la visita di Stato ..., attesa a novembre, è stata rinviata: secondo la presidenza potrebbe
                # svolgersi nella primavera del 2014': a new day the sentence deems possible
                for tx in self._sent_timexes:
                    if tx.type == "DATE" and tx.char_start > r["at"] and tx.start is not None and \
                            _MAY_TAKE_PLACE.search(text, max(sent.start, tx.char_start - 45), tx.char_start) and \
                            (d := _text_date(tx)) is not None and (r["date"] is None or d.value != r["date"].value):
                        out.append(dict(r, status="UNCERTAIN", date=d, claims=[dict(c) for c in r["claims"]]))
                        break
        return out

    def _put_off_first(self, text: str, sent, r: dict):
        """(expected day, day put off to) when the record took its date from the day it is put off to and an expected
        day follows it in the sentence ('rinviata alla prossima settimana la riunione ..., prevista per domani'; or a
        month: 'ha rinviato a marzo la visita ... prevista per la fine del mese')."""
        if r["date"] is None:
            return None
        for tx in self._sent_timexes:
            d = _text_date(tx)
            if tx.type != "DATE" or d is None or d.value != r["date"].value or \
                    not _PUT_OFF_TO.search(text, max(sent.start, tx.char_start - 60), tx.char_start):
                continue
            for later in self._sent_timexes:
                was = _text_date(later)
                if later.char_start > tx.char_end and later.type == "DATE" and was is not None and \
                        (later.precision in ("DAY", "WEEK")
                         or later.precision == "MONTH" and later.modifier in (None, "END")) and was.value != d.value and \
                        _EXPECTED_OR_DUE.search(text, max(tx.char_end, later.char_start - 25), later.char_start):
                    return was, d
            return None
        return None

    def _expected_day(self, text: str, sent, put_off) -> Optional[EventDate]:
        """The day or week an act was expected on, named before the day it is put off to ('atteso mercoledì
        prossimo', 'prevista per giovedì 1 marzo')."""
        for tx in reversed(self._sent_timexes):
            if tx.char_end <= put_off.char_start and tx.type == "DATE" and tx.precision in ("DAY", "WEEK") and \
                    _EXPECTED_ANY.search(text, max(sent.start, tx.char_start - 25), tx.char_start):
                return _text_date(tx)
        return None

    @staticmethod
    def _more_measures(text: str, sent, sent_records: list) -> list[dict]:
        """'ha sospeso il Trattato delle acque dell'Indo, firmato nel 1960, chiuso il valico di Attari, revocato i visti
        ... e dichiarato persona non grata gli addetti militari': the participles that share a measure's auxiliary are
        measures of their own (those no trigger of the sentence read already)."""
        out = []
        taken = [(r["at"], r["at"] + len(r["trigger"])) for r in sent_records]
        for r in sent_records:
            if r["event_type"] != "SANCTION" or not r["verb"] or not _AUX_START.match(r["trigger"]):
                continue
            stop = _CLAUSE_PUNCT.search(text, r["at"], sent.end)
            end = stop.start() if stop else sent.end
            for m in _MORE_MEASURE.finditer(text, r["at"] + len(r["trigger"]), end):
                a = m.start("p")
                if any(x <= a < y for x, y in taken):
                    continue
                out.append(dict(r, claims=[dict(c) for c in r["claims"]], trigger=text[a:m.end()], at=a))
                taken.append((a, m.end()))
            break
        return out

    @staticmethod
    def _measure_items(text: str, sent, sent_records: list) -> list[dict]:
        """'ha varato una serie di misure: congelate le nuove assunzioni di lavoratori filippini, richiamato il proprio
        rappresentante ... e sospesi gli scambi ad alto livello': one measure per item of the list after the colon
        (an item opening with a participle or a measure noun), each a copy of the record of 'misure'."""
        out = []
        for r in sent_records:
            colon = text.find(":", r["at"], sent.end) if r["event_type"] == "SANCTION" and \
                _MEASURES_COLON.search(r["trigger"]) else -1
            if colon < 0:
                out.append(r)
                continue
            items = [it for it in _ITEM_SPLIT.split(text[colon + 1:sent.end]) if _MEASURE_ITEM.match(it)]
            if not items:
                out.append(r)
                continue
            out.extend(dict(r, claims=[dict(c) for c in r["claims"]], trigger=it.strip()[:60]) for it in items)
        return out

    def _same_acts(self, text: str, sent, eligible: list, records: list) -> list[dict]:
        """'l'Argentina ha richiamato il proprio ambasciatore, e oggi il Brasile ha fatto lo stesso': the act of the
        latest sanction, attack or aid (or part in a body's gathering called off) again, by the party right before the
        phrase, dated by its own clause."""
        out = []
        for m in _SAME_ACT.finditer(text, sent.start, sent.end):
            who = next((am for am in eligible if 0 <= m.start() - am.char_end <= 3
                        and (am.actor.kind != "person" or am.actor.country_code)
                        and not (am.via == "demonym" and _SEVERAL_GOVERNMENTS.search(text, sent.start, am.char_start))),
                       None) or next((am for am in eligible if am.actor.kind == "state" and (
                           inverted := _INVERTED_SUBJECT.match(text, m.end())) is not None
                           and am.char_start == inverted.end()), None)   # '... aveva fatto altrettanto l'Olanda'

            prev = next((r for r in reversed(records) if (r["event_type"] in ("SANCTION", "ASSAULT", "AID")
                                                           and r["recipients"] or _gathering_called_off(r))
                         and sent.index - r["sentence"].index <= 2
                         and (r["sentence"] is not sent or r["at"] < m.start())), None)
            if who is None or prev is None:
                continue
            if prev["event_type"] == "CONSULT":
                # 'l'India ha annunciato che non parteciperà al vertice della Saarc; mercoledì Bangladesh, Afghanistan
                # e Bhutan hanno fatto lo stesso': a state's part in a body's gathering called off too, on the day
                # its clause names before it
                if who.actor.kind != "state" or m.group("rel"):
                    continue
                actors = _participants([who]) + [p for p in prev["actors"] if p.kind == "organization"]
                targets, status = [], prev["status"]
                tx = next((t for t in self._sent_timexes if t.type in ("DATE", "TIME")
                           and self._usable_date(text, sent, t) and t.char_end <= who.char_start
                           and who.char_start - t.char_end <= 60
                           and not _CLAUSE_PUNCT.search(text, t.char_end, who.char_start)), None)
            else:
                if m.group("rel") and not (prev["event_type"] == "SANCTION" and _RELATIONS.search(prev["trigger"])):
                    continue
                # ('la Colombia aveva richiamato il suo ambasciatore, e il giorno dopo il Venezuela aveva fatto lo
                # stesso': the target answering in kind acts against the first actor)
                mirror = _key(who.actor) in {_key(p) for p in prev["recipients"]}
                if mirror and (prev["event_type"] != "SANCTION" or not prev["actors"]):
                    continue
                actors = _participants([who])
                targets = ([p for p in prev["actors"] if p.kind != "person"] or prev["actors"]) if mirror \
                    else prev["recipients"]
                status = "OCCURRED"
                tx = next((t for t in self._sent_timexes if t.type in ("DATE", "TIME")
                           and self._usable_date(text, sent, t)
                           and (t.char_end <= who.char_start and who.char_start - t.char_end <= 12
                                # ('aveva fatto lo stesso il giorno dopo')
                                or _ARTICLE_GAP.fullmatch(text, m.end(), t.char_start))), None)
            date = prev["date"] if tx is None else _text_date(tx)
            out.append(dict(prev, actors=actors, recipients=targets, date=date, trigger=m.group(0), sentence=sent,
                            status=status, location=None, claims=[], attributed_to=None, claimed_by=None,
                            more_dests=[], dest_key=None, keys=frozenset({_key(p) for p in actors + targets})))
        return out

    def _recipient_chain(self, text: str, h: Hit, eligible: list) -> list[list]:
        """The coordinated objects right after a verb trigger ('ha telefonato al presidente X e al premier Y',
        'ha sentito X, Y e Z'): a list of items, each the mentions of one recipient (an apposition
        'l'emiro del Qatar Tamim' is one item)."""
        items: list[list] = []
        last_end = h.end
        for am in sorted((a for a in eligible if a.char_start >= h.end), key=lambda a: a.char_start):
            if am.char_start < last_end:
                continue
            gap = text[last_end:am.char_start]
            if not items:
                # ('ha sentito nel fine settimana i colleghi francese e tedesco': a date before the objects)
                gap = self._gap_without_date(text, last_end, am.char_start)[0]
                if len(gap) > 40 or _CLAUSE_PUNCT.search(gap) or "," in gap or _CHAIN_FIRST.match(gap) is None:
                    break
                items.append([am])
            elif _CHAIN_SAME.match(gap):
                items[-1].append(am)
            elif _CHAIN_NEXT.match(gap):
                if "," in gap and _MAIN_VERB.match(text, am.char_end):
                    break             # '..., Morsi aveva condannato': the main clause's subject
                items.append([am])
            elif (dated := self._gap_without_date(text, last_end, am.char_start))[1] is not None and \
                    _CHAIN_DATED.match(dated[0]):
                if _MAIN_VERB.match(text, am.char_end):
                    break             # ', e stamattina Manama ha convocato ...': a clause of its own
                items.append([am])    # the verb left out: 'ha parlato al telefono con X, giovedì con Y'
            else:
                break
            last_end = am.char_end
        # 'ha telefonato a entrambi i leader': one item per person of a plural phrase
        out: list[list] = []
        for it in items:
            am = it[0]
            if len(it) == 1 and getattr(am, "via", None) == "plural":
                out.extend([m] for m in eligible if getattr(m, "via", None) == "plural"
                           and (m.char_start, m.char_end) == (am.char_start, am.char_end))
            else:
                out.append(it)
        return out

    def _split_recipients(self, text: str, h: Hit, rec: dict, eligible: list) -> list[dict]:
        """A call or meeting of one subject with several coordinated recipients: one record per recipient."""
        if h.each and rec["mode"] == "phone":
            each = {_key(am.actor) for am in h.each}
            base = [p for p in rec["actors"] + rec["recipients"] if _key(p) not in each]
            return [dict(rec, actors=base + _participants([am]), recipients=[], claims=[dict(c) for c in rec["claims"]],
                         keys=frozenset({_key(p) for p in base} | {_key(am.actor)})) for am in h.each]
        # (a call told by its adverb, 'ha parlato al telefono con X', splits only where a day parts the recipients)
        adverb = _VERBISH.search(h.text) is None and _PHONE_ADVERB.match(h.text) is not None
        if rec["event_type"] != "CONSULT" or (_VERBISH.search(h.text) is None and not adverb
                                              and _PLURAL_MEETINGS.match(h.text) is None) or h.entry.party or \
                h.entry.group not in _SPLIT_GROUPS or _GATHER.search(h.text):
            return [rec]
        items = self._recipient_chain(text, h, eligible)
        if items and adverb and not any(
                t.type == "DATE" and items[0][-1].char_end <= t.char_start and t.char_end <= items[-1][0].char_start
                for t in self._sent_timexes):
            return [rec]              # ('ha parlato al telefono con l'inviato di Onu e Lega araba': one call)
        if len(items) == 2 and all(m.actor.kind == "organization" for m in items[0]) and \
                any(m.actor.kind == "person" for m in items[1]) and \
                text[items[0][-1].char_end:items[1][0].char_start].strip() == "," and \
                _OFFICE_OF.search(text, max(0, items[0][0].char_start - 40), items[0][0].char_start):
            return [rec]              # ('ha incontrato il segretario generale della Lega, Nabil Elaraby': one person)
        item_keys = [self._keys([m for m in it if m.actor.kind == "person"] or it[:1]) for it in items]
        item_keys = [k for k in item_keys if k]
        if len(item_keys) < 2 or any(a & b for i, a in enumerate(item_keys) for b in item_keys[i + 1:]):
            return [rec]
        chain_all = set().union(*(self._keys(it) for it in items))
        base_a = [p for p in rec["actors"] if _key(p) not in chain_all]
        base_r = [p for p in rec["recipients"] if _key(p) not in chain_all]
        # the subject is the party named in the trigger's own clause ('Giovedì, dall'aereo X, Trump ha
        # telefonato a ...': Trump), when there is one
        clause = self._keys([am for am in eligible if am.char_end <= h.start
                             and not self._clause_cut(text, h, am.char_start, am.char_end)])
        if any(_key(p) in clause for p in base_a + base_r):
            base_a = [p for p in base_a if _key(p) in clause]
            base_r = [p for p in base_r if _key(p) in clause]
        if not any(p.kind == "person" for p in base_a + base_r) and not (
                rec["mode"] == "phone" and base_a + base_r
                and all(any(m.actor.kind == "person" for m in it) for it in items)):
            return [rec]              # ('il commissario europeo ha telefonato sia a X sia a Y': a body's calls to persons)
        out = []
        prev_end = None
        for it in items:
            own = _participants(it)
            n = dict(rec, actors=base_a + own if not base_r else base_a, recipients=base_r + own if base_r else base_r,
                     keys=frozenset({_key(p) for p in base_a + base_r} | self._keys(it)),
                     claims=[dict(c) for c in rec["claims"]])
            if prev_end is not None:
                # 'aveva sentito il presidente americano e, il giorno dopo, il presidente francese': a day of its own
                tx = next((t for t in self._sent_timexes if t.type == "DATE" and prev_end <= t.char_start
                           and t.char_end <= it[0].char_start), None)
                if tx is not None and (d := _text_date(tx)) is not None:
                    n["date"] = d
            prev_end = max(m.char_end for m in it)
            out.append(n)
        return out

    def _split_destinations(self, h: Hit, rec: dict, eligible: list) -> list[dict]:
        """A tour: one visitor, several states named after the trigger ('la prima tappa sarà lunedì 16 luglio nelle
        Filippine, poi nella stessa settimana Vietnam e Cambogia'): one visit per destination, each on the day named
        right before it when there is one."""
        if rec["mode"] != "visit" or rec["recipients"]:
            return [rec]
        people = [p for p in rec["actors"] if p.kind == "person"]
        at = {}
        for am in eligible:
            k = _key(am.actor)
            if k not in at:
                at[k] = am
        if not people:
            # ('Il vicepresidente americano visiterà la settimana prossima Giappone, Cina e Corea del Sud': a visitor
            # known by his state only, named before the trigger)
            people = [p for p in rec["actors"] if p.kind == "state" and _key(p) in at and at[_key(p)].char_start < h.start]
            last = max((am.char_end for am in at.values() if am.char_start >= h.end), default=h.end)
            if _NOT_A_TOUR.search(self._doc.text, h.end, last):
                return [rec]    # ('attraccata nel porto di Hambantota, ..., dopo tensioni tra X, Y e Z')
        if len(people) != 1 or not people[0].country_code:
            return [rec]
        home = people[0].country_code
        dests = [p for p in rec["actors"] if p.kind == "state" and p.country_code != home]
        others = [p for p in rec["actors"] if p.kind != "state" and p is not people[0]]
        if len(dests) < 2 or others:
            return [rec]
        keys = {_key(p) for p in dests}
        at = {k: am for k, am in at.items() if k in keys}
        if len(at) != len(dests) or any(am.char_start < h.start for am in at.values()):
            return [rec]
        base = [p for p in rec["actors"] if p not in dests]
        out = []
        for p in dests:
            am = at[_key(p)]
            tx = next((t for t in self._sent_timexes if t.type == "DATE" and 0 <= am.char_start - t.char_end <= 12
                       and t.char_start >= h.end), None)
            out.append(dict(rec, actors=base + [p], keys=frozenset(_key(q) for q in base + [p]),
                            date=rec["date"] if tx is None else _text_date(tx),
                            claims=[dict(c) for c in rec["claims"]]))
        return out

    def _sentence_subject(self, doc, sent, actors, first_start, start: Optional[int] = None) -> list:
        """The person a sentence is about: its first person mention before the first trigger (or anywhere
        in its first clause when it has no trigger), else its first office named for its state ('Il presidente russo');
        carried to the next sentence for pro-drop verbs. ``start``: the sentence's _dateline_end, when the caller has
        it."""
        text = doc.text
        if start is None:
            start = self._dateline_end(text, sent, doc.timexes[sent.index])
        office = None
        for am in actors:
            if first_start is not None and am.char_end > first_start:
                break
            if am.actor.kind != "person" or self._venue(am.text) or am.char_start < start:
                if office is None and am.via == "role" and am.char_start >= start:
                    office = am
                continue
            if self._is_topic(text, sent, am) or _CLAUSE_PUNCT.search(text, start, am.char_start):
                break
            return [am]
        if office is not None and not self._is_topic(text, sent, office) and \
                not _CLAUSE_PUNCT.search(text, start, office.char_start):
            return [office]
        return []

    def _has_prior(self, group: str, records: list, pending: list, sent) -> bool:
        """Whether an earlier sentence already named a meeting of this kind (a definite noun then refers to it):
        meetings, summits and signings refer to each other; calls, visits and negotiations to their own group."""
        fam = _PRIOR_FAMILY.get(group, {group})
        return any(r["group"] in fam and r["event_type"] == "CONSULT" for r in records) or \
            any(c["group"] in fam and c["sent"] < sent.index for c in pending)

    def _enrich(self, h: Hit, records: list, sent) -> bool:
        """A back-reference naming new participants ('Al summit hanno partecipato X, Y e Z') adds them to the
        latest event of its family."""
        persons = [am for am in h.actors if am.actor.kind == "person"]
        if len(persons) < 2:
            return False
        fam = _PRIOR_FAMILY.get(h.entry.group, {h.entry.group})
        for r in reversed(records):
            if r["event_type"] == "CONSULT" and r["group"] in fam and sent.index - r["sentence"].index <= 2:
                have = {x.name for x in r["actors"] + r["recipients"]}
                r["actors"] = r["actors"] + [p for p in _participants(persons) if p.name not in have]
                r["keys"] = r["keys"] | frozenset(self._keys(persons))
                return True
        return False

    @staticmethod
    def _owner(text: str, hits: Sequence[Hit], start: int, end: int, starts: Sequence[int] = ()) -> Optional[Hit]:
        """The trigger an actor mention belongs to.

        Between two triggers, a mention separated from the following trigger by a comma or clause mark (and not
        from the preceding one) is the preceding trigger's object, and vice versa; otherwise the nearest wins.
        A setting phrase ('a margine del vertice') only owns mentions after it.
        """
        # (loops, not generators: this runs for every mention)
        for h in hits:
            if h.start <= start < h.end:
                return h          # 'al G7', 'ha espulso l'ambasciatore libanese': the trigger names its own party
        prev = nxt = None
        for h in reversed(hits):
            if h.end <= start:
                prev = h
                break
        for h in hits:
            if h.start >= end:
                nxt = h
                break
        if nxt is not None and nxt.context:
            later = next((h for h in hits if h.start >= end and not h.context), None)
            if prev is not None or later is None:
                nxt = later if prev is None else None
        if prev is None or nxt is None:
            # ('ha telefonato ieri sera a Déby ...; il ministro degli Esteri X ha escluso ...': a mention past a
            # semicolon, with no trigger of its own clause, is no party of the clause before)
            if prev is not None and ";" in text[prev.end:start]:
                return None
            if nxt is not None and ";" in text[end:nxt.start]:
                return None
            colon = text.rfind(":", end, nxt.start) if nxt is not None else -1
            if colon >= 0 and any(colon < s < nxt.start for s in starts):
                # ('ha sostituito la parola «Siria» con «Bahrein»: ieri sera il ministro X ha telefonato a Y': before a
                # colon whose clause names its own parties, a mention is no party of that clause)
                return None
            return prev or nxt or _nearest(hits, start, end)
        gap_prev, gap_next = text[prev.end:start], text[end:nxt.start]
        if prev.entry.kind == "noun" and text[start].islower() and _ADJECTIVES_GAP.fullmatch(gap_prev):
            return prev               # 'un aereo militare kuwaitiano è atterrato': a nationality qualifying the noun
        if not _VERBISH.search(nxt.text) and _PURPOSE_NEXT.search(gap_next) and not _CLAUSE_PUNCT.search(gap_next):
            return prev               # '... sono attesi i ministri X e Y, per la firma dell'accordo': the verb's subject
        if _RELATIVE_NEXT.match(gap_next) and nxt.entry.kind == "noun" and not _VERBISH.search(nxt.text):
            return prev               # '... aveva chiamato il capo di stato maggiore, Kayani, che ha definito l'attacco'
            #                           (not the relative clause's own act: 'l'Unione africana, che non riconosce più')
        if _VERBISH.search(nxt.text) and prev.entry.kind == "noun" and "," not in gap_prev and \
                _FRONTED_BEFORE.search(text, max(0, prev.start - 40), prev.start):
            return nxt                # 'Prima della riunione il ministro X aveva incontrato Y': the main clause's subject
        if _VERBISH.search(nxt.text) and not _RECIPROCAL.match(nxt.text) and (
                _COORD_GAP.match(gap_next) or _COORD_ADVERB_GAP.match(gap_next) or (_COORD_SUBJECT_GAP.match(gap_next)
                                               and not any(end < p < nxt.start for p in starts))):
            # '... con X e aveva incontrato Y', '... dell'esercito siriano e gli F-16 hanno abbattuto ...': X closes
            # the previous clause (unless another party stands between them: 'X e il presidente Y hanno ...')
            return prev
        if _VERBISH.search(nxt.text) and _NAME_LIST_GAP.match(gap_next):
            return nxt                # '..., e venerdì Lituania, Lettonia ed Estonia ne hanno espulso': one subject
        # ('..., il governo etiope e il Fronte popolare di liberazione del Tigray (Tplf) hanno firmato': a name's
        # short form in brackets cuts no clause)
        gap_next = _BRACKETED_SHORT.sub("", gap_next)
        cut_prev = bool(_CLAUSE_PUNCT.search(gap_prev)) or "," in gap_prev
        cut_next = bool(_CLAUSE_PUNCT.search(gap_next)) or "," in gap_next
        if cut_next and _APPOSED_AGENT.fullmatch(gap_prev) and text[start].isupper():
            return prev               # 'è stato ricevuto dal capo di gabinetto del premier, János Lázár: ... di
            #                           colloquio': the name in apposition to the verb's agent or counterpart
        if cut_next and not cut_prev:
            return prev
        if cut_prev and not cut_next:
            return nxt
        return prev if start - prev.end <= nxt.start - end else nxt

    @staticmethod
    def _dateline_end(text: str, sent: Sentence, timexes) -> int:
        """End of a sentence-initial dateline ('Roma, 21 ottobre 2025 –'), else the sentence start."""
        for tx in timexes:
            if tx.char_start - sent.start < 40:
                m = _DATELINE_TAIL.match(text, tx.char_end)
                if m:
                    return m.end()
        return sent.start

    def _usable_date(self, text, sent, tx, bound_ok: bool = False) -> bool:
        if tx.type not in ("DATE", "TIME") or tx.start is None or tx.end is None:
            return False
        if tx.char_start - sent.start < 40 and _DATELINE_TAIL.match(text, tx.char_end):
            return False          # 'Mosca, 9 novembre 2025 –': the publication date, not an event's
        if tx.value in UNUSABLE_VALUES or not _YEAR_FIRST.match(tx.value or ""):
            return False
        # (the first day of a range is the day a gathering opens: 'il vertice del G8, dall'8 al 10 luglio')
        return bound_ok or not self._left_has(self.lex.date_exclude_re, text, sent, tx.char_start, 30) or \
            _RANGE_END.match(text, tx.char_end) is not None

    @staticmethod
    def _port_call(text: str, sent, h: Hit) -> bool:
        """A state's ship calling at a port ('la nave cinese è attraccata nel porto di Hambantota', 'la fregata
        britannica ha fatto scalo al Callao'), a visit; not a ship with aid, goods or migrants."""
        return bool(_PORT_CALL.search(h.text)) and \
            bool(_STATE_SHIP.search(text, max(sent.start, h.start - 120), h.start)) and \
            not _SHIP_CARGO.search(text, sent.start, sent.end)

    def _imposed_from(self, text, sent, tx, hits) -> Optional[Hit]:
        """The measure a 'from' day right after a verb of imposing dates ('i controlli rafforzati che il Kazakistan ha
        introdotto da martedì 10 ottobre'): the nearest measure of the sentence."""
        if tx.type != "DATE" or tx.start is None:
            return None
        fd = _FROM_DATE.search(text, max(sent.start, tx.char_start - 16), tx.char_start)
        if fd is None or not _IMPOSED_BEFORE.search(text, max(sent.start, fd.start() - 30), fd.start()):
            return None
        measures = [h for h in hits if h.entry.event_type.value == "SANCTION"]
        return _nearest(measures, tx.char_start, tx.char_end) if measures else None

    def _future_start(self, text, sent, tx, hits) -> Optional[Hit]:
        """The act a future 'from' date opens ('da lunedì 13 agosto sospenderà tutti i voli'): the trigger right
        after 'da/dal/a partire da' + a day after the reference; None for a past 'since' date."""
        ref = self._reference
        fd = None
        if tx.type != "DATE" or ref.end is None or tx.start is None or tx.start != tx.end and tx.precision != "WEEK" or \
                (fd := _FROM_DATE.search(text, max(sent.start, tx.char_start - 16), tx.char_start)) is None or \
                not self._usable_date(text, sent, tx, bound_ok=True):
            return None
        h = next((h for h in hits if 0 <= h.start - tx.char_end <= 60
                  and not _CLAUSE_PUNCT.search(text, tx.char_end, h.start)), None)
        if h is None:
            # 'La Libia ha smesso da domenica di concedere visti': a measure's verb right before the date
            # ('ha sospeso da domenica i visti': a date inside the measure's own trigger)
            h = next((h for h in hits if (0 <= fd.start() - h.end <= 2 or h.start < fd.start() and tx.char_end <= h.end)
                      and h.entry.event_type.value == "SANCTION"), None)
        if h is not None and tx.start <= ref.end and h.entry.event_type.value != "SANCTION":
            return None       # a past day opens only a measure ('Da mercoledì ha sospeso i voli')
        return h

    # -- one trigger ---------------------------------------------------------------------------------------
    def _body_meeting(self, h: Hit, parts: list, date_tx, sentence_date: bool = False) -> bool:
        """A gathering of one international body with a date of its own ('i ministri degli Esteri della Nato,
        riuniti il 4 aprile', 'il vertice dell'Onu del 20 settembre', or its members discussing: 'i ministri degli
        Esteri dell'Ue discuteranno'): a multilateral meeting of that body."""
        keys = {_key(m.actor) for m in parts}
        code = parts[0].actor.country_code if parts else None
        return len(keys) == 1 and parts[0].actor.kind == "organization" and not (code and len(code) == 3) \
            and (_GATHERING.search(h.text) is not None or _SESSION_ACT.search(h.text) is not None) and (
                (date_tx is not None and (sentence_date or self._near_date(h, date_tx)))
                or any(t.type == "DATE" and self._near_date(h, t) for t in self._sent_timexes)
                # ('I capi di Stato dell'Unione africana si sono riuniti ad Addis Abeba': the body's own act)
                or h.entry.kind == "verb" and parts[0].char_end <= h.start)

    def _near_date(self, h: Hit, t) -> bool:
        """A date close to a gathering noun: within 30 characters, or within 70 with no comma or clause mark between
        ('una riunione straordinaria della Lega araba la prossima settimana')."""
        d = _span_distance(h.start, h.end, t.char_start, t.char_end)
        if d <= 30:
            return True
        a, b = (h.end, t.char_start) if t.char_start >= h.end else (t.char_end, h.start)
        if t.char_start >= h.end and self._appointed_day(self._doc.text, h, t):
            # 'Il vertice straordinario della Caricom sulla sicurezza regionale, previsto per giovedì 18 settembre':
            # the day it was set for, in its apposition
            return True
        return d <= 70 and "," not in self._doc.text[a:b] and not _CLAUSE_PUNCT.search(self._doc.text, a, b)

    def _main_subject(self, text: str, sent: Sentence, h: Hit, excluded: set) -> list:
        """The person opening the main clause after the phrase that holds the trigger ('dopo gli incontri con X,
        Morsi aveva condannato' -> Morsi), as a one-item list; [] when there is none."""
        comma = text.find(",", h.end, sent.end)
        while comma >= 0:
            nxt = next((am for am in self._eligible if am.char_start > comma and id(am) not in excluded), None)
            if nxt is None:
                return []
            if "," not in text[comma + 1:nxt.char_start] and not _CLAUSE_PUNCT.search(text, comma, nxt.char_start):
                if nxt.actor.kind == "person" and _MAIN_VERB.match(text, nxt.char_end):
                    return [nxt]
                comma = text.find(",", nxt.char_end, sent.end)
                continue
            comma = text.find(",", comma + 1, sent.end)
        return []

    def _fronted_parties(self, text: str, sent: Sentence, h: Hit, excluded: set) -> list:
        """The subjects of the main clause when the trigger sits in a fronted phrase ('Dopo diciotto giorni di
        trattativa a Palazzo Coburg, Iran e 5+1 hanno raggiunto l'accordo'): two or more parties between the
        phrase's comma and the main verb; [] otherwise."""
        start = max(sent.start, self._body_start)
        if not _FRONTED.match(text, start) or _CLAUSE_PUNCT.search(text, start, h.start):
            return []
        comma = text.find(",", h.end, sent.end)
        if comma < 0:
            return []
        verb = _MAIN_VERB.search(text, comma, sent.end)
        if verb is None:
            return []
        subj = [am for am in self._eligible if comma < am.char_start and am.char_end <= verb.start()
                and id(am) not in excluded]
        if len(self._keys(subj)) < 2 or _CLAUSE_PUNCT.search(text, comma, verb.start()):
            return []
        return subj

    def _attached(self, text, h: Hit, actors: list) -> list:
        """Actors attached to a noun trigger: 'incontro tra X e Y', 'colloqui con X', 'incontro Rubio-Lavrov'."""
        out = []
        of_states = False
        for am in sorted(actors, key=lambda a: a.char_start):
            if am.char_start < h.end or am.char_start - h.end > 100:
                continue
            if out and self._apposed_org(text, am, out):
                continue
            if of_states and out and _LIST_GAP.fullmatch(text, out[-1].char_end, am.char_start):
                out.append(am)        # the rest of the list: 'dei leader di Cina, Giappone e Corea del Sud'
                continue
            gap = text[h.end:am.char_start]
            if _CLAUSE_PUNCT.search(gap) or "," in gap:
                break
            if out or _ATTACH_GAP.match(gap) or not gap.strip() or gap.strip() in "-–" or \
                    (h.entry.mode == "visit" and am.actor.kind == "person" and _OF_GAP.fullmatch(gap)) or \
                    (am.actor.kind == "organization" and h.entry.group == "summit" and _BODY_GAP.fullmatch(gap)):
                out.append(am)        # ('il vertice straordinario dell'Unasur': the body whose summit it is)
            elif h.entry.group == "summit" and am.actor.kind != "organization" and _BODY_GAP.fullmatch(gap):
                out.append(am)        # 'il vertice trilaterale dei leader di Cina, ...': the summit of those states
                of_states = True
            elif h.entry.kind == "noun" and am.actor.kind == "state" and _PEOPLE_OF_GAP.fullmatch(gap):
                out.append(am)        # 'la riunione degli esperti militari di Nigeria, Niger, ...': their states
                of_states = True
        return out

    @staticmethod
    def _attend(rec: dict, sent_records: list, persons: list, h: Hit) -> None:
        """'A margine del vertice dell'Unione africana, Lula ha incontrato ieri X', 'Pence ha parlato a margine della
        riunione del Gruppo di Lima': the body's summit, on the day of the sentence's act there, with the subject of
        that act among those who attended."""
        act = next((r for r in sent_records if r["event_type"] != "CONSULT" or r["mode"] != "phone"), None)
        if act is not None and act["date"] is not None and act["date"].source == "TEXT" and (
                rec["date"] is None or rec["date"].source != "TEXT"):
            rec["date"] = act["date"]
        if len(rec["actors"]) + len(rec["recipients"]) == 1:
            who = (next((p for p in act["actors"] if p.kind == "person"), None) or next(iter(act["actors"]), None)) \
                if act is not None else next((_participants([am])[0] for am in reversed(persons)
                                              if am.char_end <= h.start), None)
            if who is not None and _key(who) not in rec["keys"]:
                rec["actors"] = rec["actors"] + [who]
                rec["keys"] = rec["keys"] | {_key(who)}

    def _setting_body(self, text: str, sent, h: Hit):
        """The international body named right after a gathering noun ('al vertice della Lega araba'), even when
        the phrase is a setting (its mention is then no party of the sentence's other events)."""
        for am in self._doc.actors[sent.index]:
            if am.char_start >= h.end and am.actor.kind == "organization" and \
                    not (am.actor.country_code and len(am.actor.country_code) == 3) and \
                    _BODY_GAP.fullmatch(text, h.end, am.char_start):
                return am
        return None

    @staticmethod
    def _told_past(text: str, sent, h: Hit) -> bool:
        """A noun trigger whose clause tells it in a past tense, with no comma between ('Venerdì Linde ha discusso del
        caso al telefono con X, e giovedì sarà a Bratislava': the plan after the comma is not the call's)."""
        if not _ADVERBIAL_NOUN.match(h.text):
            return False          # (a noun that is the object: 'hanno chiesto una riunione, convocata per stasera')
        lo = max(sent.start, h.start - 60)
        past = None
        for past in _PAST_FINITE.finditer(text, lo, h.start):
            pass
        return past is not None and not _EXPECTED_ANY.search(past.group(0)) and \
            not _CLAUSE_PUNCT.search(text, past.end(), h.start) and "," not in text[past.end():h.start]

    def _trigger_status(self, trigger: str, kind: str, etype: str) -> Optional[tuple[str, str]]:
        """(status, cue text) that the text of a trigger of an OCCURRED entry gives itself, or None."""
        lex, status, cue_text = self.lex, "OCCURRED", None
        for rx, info in lex.suffix_cues:
            m = rx.search(trigger)
            if m and info[1] == "PLANNED":
                return "PLANNED", m.group(0)
        for rx, st, applies in lex.status_cues:   # a cue inside the trigger: 'è atteso a'
            # (a noun's trigger only by the modal it starts with: 'potrebbe anche sospendere gli aiuti')
            m = rx.search(trigger) if kind == "verb" else _MODAL_START.match(trigger) and rx.match(trigger)
            if m and st.value in ("PLANNED", "UNCERTAIN") and (applies is None or etype in applies) and \
                    STATUS_RANK[st.value] > STATUS_RANK[status]:
                status, cue_text = st.value, m.group(0)     # ('avrebbero dovuto rivedersi': uncertain)
        return None if cue_text is None else (status, cue_text)

    def _hit_record(self, article, doc, sent, h: Hit, subject, speakers, shared_dates, places, attributed,
                    records, pending) -> Optional[dict]:
        lex, text, entry = self.lex, doc.text, h.entry
        etype = entry.event_type._value_      # (Enum.value is a Python-level property; _value_ the same, read directly)
        definite = h.backref
        more_dests: list = []
        dest_key = None
        if h.backref and not self._has_prior(entry.group, records, pending, sent):
            h.backref = False         # a definite first mention ('il vertice di Parigi'), not a back-reference
        cameo_override = None
        as_visit = False              # a person taking part in a gathering abroad: his visit to its host state
        if etype == "AID" and entry.kind == "noun" and any(
                o.entry.id == "aid_stop" and o.end <= h.start and _SUSPENDED_TOO.fullmatch(text, o.end, h.start)
                for o in self._sent_hits):
            # 'ha sospeso l'addestramento dei peshmerga e le forniture di armi': what the suspension stops too
            return self._reject(h, "a coordinated object of a suspension")
        if etype == "ASSAULT" and lex.sanction_effect_re.match(h.text) and lex.sanction_context_re.search(sent.text):
            etype, cameo_override = "SANCTION", "163"   # 'le sanzioni ... hanno colpito': sanctions, not an attack
            self._not_acts.add(id(h))
        if entry.kind == "noun" and not h.cues and _is_headline(sent.text):
            if etype == "ASSAULT" and self._nonmilitary(text, h):
                self._not_acts.add(id(h))
            return self._reject(h, "headline noun without status cue")
        if h.drop:
            return self._reject(h, f"drop cue: {h.drop}")
        guest_trip = None         # the visit whose unnamed traveller a passive reception receives
        # status
        status = entry.status._value_
        cue_text = None
        # cues in the trigger's own clause win over cues across a comma ('Dopo averlo annullato ..., X ha
        # annunciato che l'incontro si terrà'): the other clause speaks of something else
        same = [c for c in h.cues if not self._clause_cut(text, h, c[2], c[3])]
        if same and entry.kind == "noun":
            # 'È saltata invece, su decisione cinese, la visita ... prevista a metà settembre': the verb before an
            # inserted phrase is the verb of its postponed subject, the noun
            same += [c for c in h.cues if c not in same and c[0] in ("CANCELLED", "POSTPONED") and c[3] <= h.start
                     and not self._search(_CLAUSE_OPENER, text, c[3], h.start)
                     and not _CHE_WORD.search(text, c[3], h.start)
                     and not _CLAUSE_PUNCT.search(text, c[3], h.start)
                     and not any(c[3] <= o.start < h.start for o in self._sent_hits)]
        if entry.kind == "noun":
            # 'Il dialogo strategico tra i due Paesi, che doveva riunirsi a metà mese, è stato rinviato': the verb after
            # a relative clause in commas is the verb of the noun, its subject
            same += [c for c in h.cues if c not in same and c[0] in ("CANCELLED", "POSTPONED") and c[2] >= h.end
                     and _SUBJECT_RELATIVE.fullmatch(text, h.end, c[2])]
        # and a cue beyond a clause opener ('X aveva sentito i colleghi, ..., mentre la Cina si era detta pronta a')
        # belongs to another subject
        near = same or [c for c in h.cues
                        if not self._search(_CLAUSE_OPENER, text, min(h.end, c[2]), max(h.start, c[3]))
                        and not self._search(_CONDITION_CLAUSE, text, min(h.end, c[2]), max(h.start, c[3]))]
        # 'Dopo tre giorni di trattative, X e Y hanno annunciato un accordo': what 'dopo' presupposes took place
        after = entry.kind == "noun" and self._search(_AFTER_DONE, text, max(sent.start, h.start - 40), h.start)
        if near and (_PAST_FINITE.match(h.text) and not _EXPECTED_ANY.search(h.text)
                     or entry.kind == "noun" and self._told_past(text, sent, h)):
            # ('finché gli isolani non lo vorranno, e il primo ministro ha telefonato': a plan of the clause before
            # a comma is not the plan of an act told in a past tense)
            # (nor one after it, beyond a comma: '... hanno fatto irruzione nello studio ..., sequestrando il passaporto
            # di un ex agente pronto a testimoniare')
            near = [c for c in near if not (c[0] in ("PLANNED", "UNCERTAIN") and (
                c[3] <= h.start and "," in text[c[3]:h.start] or c[2] >= h.end and "," in text[h.end:c[2]]))]
        for st, ct, *_ in near:
            if STATUS_RANK[st] > STATUS_RANK[status] and not (after and st in ("PLANNED", "UNCERTAIN")):
                status, cue_text = st, ct
        if status in ("OCCURRED", "PLANNED"):     # the trigger's own future tense: 'si recherà', 'metterà a disposizione'
            key = (h.text, entry.kind, etype)
            own = self._own_status.get(key, False)
            if own is False:
                if len(self._own_status) >= 4096:
                    self._own_status.clear()
                own = self._own_status[key] = self._trigger_status(h.text, entry.kind, etype)
            # (a modal of the trigger itself outranks a plan around it: 'potrebbe anche vietare l'ingresso ... per i
            # prossimi eventi regionali' is uncertain)
            if own is not None and (status == "OCCURRED" or own[0] == "UNCERTAIN"):
                status, cue_text = own
        reported = _REPORTATIVE.match(h.text) or (
            # (a trigger that starts at the participle: 'avrebbe ridotto le forniture di gas')
            _REPORTED_PARTICIPLE.match(h.text) and _REPORTED_AUX_BEFORE.search(text, max(sent.start, h.start - 25), h.start))
        if entry.id == "incursion" and (crossing := _CROSSING.search(text, h.end, sent.end)) is not None:
            # ('una colonna di soldati sudafricani avrebbe attraversato la frontiera': the verb after the forces)
            reported = _REPORTATIVE.search(text, max(h.end, crossing.start() - 30), crossing.end())
        if status == "OCCURRED" and reported and \
                (not _THAT_BEFORE.search(text, max(sent.start, h.start - 60), h.start) or self._past_dated(h)
                 or _PRESS_THAT.search(text, max(sent.start, h.start - 100), h.start)):
            # 'il presidente avrebbe ricevuto in forma privata il leader tibetano': an act the text only reports
            # (not the future in the past of 'ha detto che avrebbe incontrato')
            status, cue_text = "DISPUTED", h.text.split(None, 1)[0]
        # a date inside a relative clause after the trigger ('X aveva riunito Y e Z, che si erano impegnati a votare
        # il 10 dicembre') dates that clause: the trigger's other dates come first
        # (a date attached to the noun first: 'in programma lunedì 14, dopo la visita compiuta ieri mattina')
        # (or the day of its relative clause of schedule: 'la commissione mista, che doveva riunirsi domani a ...')
        sched = _OWN_SCHEDULE_REL.match(text, h.end) if entry.kind == "noun" else None
        own_dates = sorted(h.timexes, key=lambda t: (not (t.char_start >= h.end and entry.kind == "noun"
                                                          and (_DATE_GAP.match(text[h.end:t.char_start])
                                                               or _in_schedule(text, sched, t)
                                                               or self._appointed_day(text, h, t))),
                                                     t.char_start >= h.end and
                                                     self._search(_RELATIVE, text, h.end, t.char_start) is not None,
                                                     _span_distance(h.start, h.end, t.char_start, t.char_end))) \
            if len(h.timexes) > 1 else list(h.timexes)
        own_dates = [t for t in own_dates if t.type != "DURATION"
                     # a date of a clause after the trigger ('..., da quando è diventato indipendente, nel 1991')
                     and not (t.char_start >= h.end and self._search(_SINCE, text, h.end, t.char_start))
                     # a year of a relative clause after it ('del Somaliland, la regione che ha proclamato
                     # l'indipendenza nel 1991'): background
                     and not (t.char_start >= h.end and t.precision == "YEAR" and self._long_ago(t, self._reference)
                              and self._search(_REL_ANY, text, h.end, t.char_start))
                     and not self._next_leg_date(text, h, t)
                     and not self._background_year(text, h, t, shared_dates)
                     and not self._first_since(text, sent, h, t)
                     and not self._deadline_of_act(etype, h, t)]
        if own_dates and shared_dates and own_dates[0].char_start >= h.end and \
                not (entry.kind == "noun" and _TAKES_PLACE.search(text, h.end, own_dates[0].char_start)) and \
                not _in_schedule(text, sched, own_dates[0]) and \
                not (entry.kind == "noun" and _APPOINTED_FOR.search(text, h.end, own_dates[0].char_start)
                     and not _CLAUSE_PUNCT.search(text, h.end, own_dates[0].char_start)) and \
                not (not _VERBISH.search(h.text) and _DECIDED_WHEN.search(text, h.end, own_dates[0].char_start)) and \
                (self._search(_RELATIVE, text, h.end, own_dates[0].char_start) is not None
                 # 'Giovedì ... per un vertice straordinario, dedicato al colpo di Stato della settimana scorsa'
                 or "," in text[h.end:own_dates[0].char_start]):
            own_dates = []          # 'Il 29 maggio X aveva riunito Y, che si erano impegnati a votare il 10 dicembre'
        when = [t for t in own_dates if id(t) in self._when_dates]
        if when:
            own_dates = when
        if not own_dates:
            # a date of the same clause close by, even if another trigger is nearer ('il 12 marzo era arrivato
            # a Fiumicino un volo ...', 'è atteso a Roma in autunno per il vertice')
            own_dates = [t for t in self._sent_timexes if t.type != "DURATION" and self._usable_date(text, sent, t)
                         and t not in shared_dates and not self._next_leg_date(text, h, t)
                         and not self._background_year(text, h, t, shared_dates)
                         and not self._first_since(text, sent, h, t)
                         and not self._deadline_of_act(etype, h, t)
                         and _span_distance(h.start, h.end, t.char_start, t.char_end) <= 40
                         and not (t.char_start >= h.end and self._search(_RELATIVE, text, h.end, t.char_start))
                         and (not self._clause_cut(text, h, t.char_start, t.char_end)
                              # 'Il primo vertice straordinario, domenica 30 luglio, aveva ...': a date in apposition
                              or (entry.kind == "noun" and t.char_start >= h.end
                                  and _APPOSED_DATE.fullmatch(text, h.end, t.char_start) is not None))]
        if len(own_dates) > 1:
            own_dates = self._refined(text, own_dates)
        date_tx = own_dates[0] if own_dates else \
            (min(shared_dates, key=lambda t: _PREC_ORDER.get(t.precision, 9)) if shared_dates else None)
        if date_tx is None and etype in ("SANCTION", "AID", "ASSAULT") and not _VERBISH.search(h.text):
            # 'La risposta dell'Ecowas era arrivata il 9 gennaio, al vertice di Accra: chiusura delle frontiere ... e
            # richiamo degli ambasciatori': measures listed after a colon happened on the day before it
            colon = text.rfind(":", sent.start, h.start)
            if colon >= 0:
                date_tx = next((t for t in reversed(self._sent_timexes) if t.type in ("DATE", "TIME")
                                and t.char_end <= colon and self._usable_date(text, sent, t)), None)
        if date_tx is None and etype == "CONSULT" and entry.kind == "noun":
            # 'la visita a Sofia del vicepremier macedone ..., Nikola Dimitrov, attesa per lunedì 23 novembre': the
            # day a meeting noun was scheduled for, later in its clause, with no other trigger between
            sch = self._own_schedule(text, sent, h)
            if sch is not None:
                # (past the place it is expected in: 'attesa nella capitale egiziana martedì 18 ottobre')
                where = _SCHEDULED_PLACE.match(text, sch.end())
                date_tx = self._date_right_after(text, sent, where.end() if where else sch.end(), 12)
        attached_date = any(t.char_start >= h.end and _DATE_GAP.match(text[h.end:t.char_start])
                            for t in own_dates)
        # 'Barrot era volato ad Algeri, dove era stato ricevuto da Tebboune dopo un incontro con Attaf': the events
        # of a 'dove' clause after a visit are the visitor's, on the visit's day
        where_visit = None
        purpose = _VISIT_PURPOSE.search(text, max(sent.start, h.start - 12), h.start) is not None
        if purpose or self._search(_WHERE_VISIT, text, max(sent.start, h.start - 100), h.start) or \
                self._search(_COLON_WAS_TO, text, max(sent.start, h.start - 60), h.start):
            where_visit = next((r for r in reversed(self._sent_records) if r["mode"] == "visit"), None)
        scene = self._scene(text, sent, records) if where_visit is None and not own_dates and sent.index > 0 else None
        if (where_visit is not None or scene is not None) and not own_dates:
            date_tx = None
        if entry.group == "cancel" or any(_governs(o, h) for o in self._sent_hits) or \
                entry.kind == "noun" and self._search(_PASSIVE_CANCEL, text, max(sent.start, h.start - 90), h.start):
            # 'ha annullato ieri sera ... l'incontro che avrebbe dovuto riunire oggi ...': the cancelled meeting's day
            # is the one it was scheduled for, not the day of the decision (for the meeting noun the verb governs
            # too: 'ha annullato l'incontro con X, previsto per la settimana successiva')
            sch = self._search(_SCHEDULED, text, h.end, sent.end)
            if sch is not None:
                # ('la missione ..., che lunedì 10 settembre sarebbe dovuta arrivare a Filadelfia': the day between
                # the relative pronoun and its verb)
                planned = self._date_right_after(text, sent, sch.end(), 40) or next(
                    (t for t in self._sent_timexes if h.end <= t.char_start and t.char_end <= sch.start()
                     and not text[t.char_end:sch.start()].strip() and _REL_PRONOUN_END.search(text, h.end, t.char_start)
                     and self._usable_date(text, sent, t)), None)
                if planned is not None:
                    date_tx = planned
        lag_date = None if own_dates else (self._dated_by_lag(text, h) or
                                           self._dated_by_named_event(text, sent, h, records))
        if lag_date is not None:
            date_tx = None
        denier = h.denier
        excluded = {id(denier)} if denier is not None else set()
        actors = [am for am in h.actors if id(am) not in excluded]
        if etype in SYMMETRIC and _VERBISH.search(h.text):
            actors = self._own_counterpart(text, h, actors)
        claims: list[dict] = []
        mediators = []
        if etype in SYMMETRIC:
            # 'colloqui tra X e Y, mediati dall'Oman': the mediator is not a party (PLOVER mode 'third-party')
            if self._mediators is None:
                self._mediators = [am for am in self._eligible if self._is_mediator(text, sent, am)] \
                    if self._sentence_has(lex.mediator_re, text, sent) else []
            mediators = self._mediators
            if entry.group == "summit":
                # 'un vertice straordinario ospitato dal presidente Teodoro Obiang': a summit's host takes part in it
                # (a host state is its venue: 'il vertice del G20 ospitato dall'Indonesia')
                mediators = [am for am in mediators if am.actor.kind != "person"
                             or not _HOSTED_BY.search(_left(text, sent, am.char_start, 40))]
            med_ids = {id(am) for am in mediators}
            excluded |= med_ids
            subject = [am for am in subject if id(am) not in med_ids]
            # 'la visita che doveva fare nella stessa città': a trip's destination in its relative clause
            # (or right after it, when an earlier visit makes it look like a back-reference: 'ha confermato la visita
            # di Stato in Cina prevista per ...')
            trip_to = next((am for am in actors if entry.group == "visit" and am.actor.kind == "state"
                            and am.char_start > h.end and (_TRIP_DEST_GAP.fullmatch(text, h.end, am.char_start)
                                                          or entry.kind == "noun" and h.backref
                                                          and _VISIT_IN_GAP.fullmatch(text, h.end, am.char_start))),
                           None)
            if trip_to is None and entry.group == "visit":
                # 'volerà nel regno a settembre': a state by an epithet inside the trip's trigger, where no place is
                trip_to = next((am for am in actors if am.actor.kind == "state" and am.via == "metonym"
                                and h.start < am.char_start and am.char_end <= h.end
                                and not any(pl.char_start == am.char_start for pl in places)), None)
            actors = [am for am in actors if not self._is_locative(text, sent, am) and id(am) not in med_ids
                      # ('nuove misure contro la Repubblica islamica, e ha riferito di aver sentito X': an object
                      # of an earlier clause)
                      and not (am.char_end <= h.start and _OBJECT_PREP.search(_left(text, sent, am.char_start, 25)))
                      # ('la rottura delle relazioni con l'Ucraina, due giorni dopo la decisione analoga del Mali': the
                      # maker of another decision the act follows)
                      and not (am.char_start >= h.end and _OTHER_DECISION.search(_left(text, sent, am.char_start, 50)))]
            attached = self._attached(text, h, actors) or ([trip_to] if trip_to is not None else [])
            wa, wb = _clause_bounds(text, max(sent.start, h.start - 40), h.start, h.end, min(sent.end, h.end + 40))
            # 'I due leader, ..., hanno concordato di sentirsi'
            lead = self._lead
            if lead is None:          # (once per sentence)
                lead = self._lead = self._may_match(lex.anaphor_re, text, sent.start, sent.start + 1) and \
                    lex.anaphor_re.match(text, sent.start) is not None
            if lead and not any(o.start < h.start and o is not h and o.entry.event_type.value == "CONSULT"
                                for o in self._sent_hits):
                wa, wb = sent.start, min(sent.end, h.end + 40)
            if _BETWEEN_AHEAD.match(text, h.end):
                # 'l'incontro tra i consiglieri per la sicurezza nazionale dei due Paesi': the 'tra' phrase is read
                # to its clause's end
                cut = _CLAUSE_END.search(text, h.end, min(sent.end, h.end + 90))
                wb = max(wb, cut.start() if cut else min(sent.end, h.end + 90))
            window = text[wa:wb]
            specific = self._may_match(lex.anaphor_re, text, wa, wb) and \
                any(not (m.start() >= h.end - wa and _AND_VERB.search(window, h.end - wa, m.start()))
                    for m in lex.anaphor_re.finditer(window))
            anaphoric = specific or (self._may_match(lex.party_anaphor_re, text, wa, wb)
                                     and bool(lex.party_anaphor_re.search(window)))
            own_date = any(t.type != "DURATION" for t in h.timexes)
            inherit = own_date and not attached and self._has_prior(entry.group, records, pending, sent)
            # 'ha annullato la visita che doveva fare ...': the meeting noun a cancellation verb governs tells the act
            # (no parties from earlier sentences for the verb)
            governs = any(_governs(h, o) for o in self._sent_hits)
            inherit = inherit and not governs
            fronted = False
            if entry.strength == "weak" and not inherit and not attached and not anaphoric:
                # 'Dopo dieci ore di colloqui ..., Armenia e Azerbaigian hanno concordato': the fronted phrase's
                # talks are those of the main clause's subjects
                attached = self._fronted_parties(text, sent, h, excluded)
                fronted = bool(attached)
            if entry.strength == "weak" and not inherit and not attached and not anaphoric:
                # 'Il presidente russo e il leader nordcoreano hanno avuto colloqui al cosmodromo': the coordinated
                # subject of the light verb
                light = self._search(_LIGHT_VERB, text, max(sent.start, h.start - 40), h.start)
                if light is not None and light.group().split()[0].lower() in ("hanno", "avevano", "avranno"):
                    run = [am for am in actors if am.char_end <= light.start()
                           and not self._clause_cut(text, h, am.char_start, am.char_end)]
                    if len(self._keys(run)) >= 2 and _listed(text, run[-2:]) and \
                            light.start() - run[-1].char_end <= 3:
                        attached = run
            if entry.strength == "weak" and not inherit and not fronted and \
                    not ((attached or anaphoric) and (date_tx is not None or attached_date or where_visit is not None)) \
                    and not (attached and _LIGHT_VERB.search(text, max(sent.start, h.start - 30), h.start)):
                # ('ha tenuto colloqui con il leader etiope': a finite act with its counterpart, dated or not)
                if len(self._keys(attached)) >= 2:
                    # 'proseguono i negoziati tra russi e ucraini: il terzo round ...': parties for a later anaphor
                    pending.append({"group": entry.group, "parts": list(attached), "sent": sent.index, "hit": h})
                return self._reject(h, "weak trigger without attached parties and date")
            if not attached and not anaphoric and own_date and (
                    _BILATERAL_AFTER.match(text, h.end) or "bilateral" in h.text.lower()
                    # ('Il forum commerciale di Chanthaburi, in calendario venerdì 20 novembre, è stato rinviato': a
                    # gathering put off or called off in a town of one of the two states the article is about)
                    or (status in ("POSTPONED", "CANCELLED") and entry.kind == "noun" and entry.group != "visit"
                        and not _SUMMIT_NOUN.match(h.text)
                        and not any(am.actor.kind == "person" for am in self._eligible)
                        and self._pair_other(doc, {pl.country_code.lower() for pl in h.places
                                                  if pl.kind == "city" and pl.country_code
                                                  and 0 <= pl.char_start - h.end <= 120
                                                  and not _VENUE_CUT.search(text, h.end, pl.char_start)}))):
                # 'Il vertice bilaterale previsto per il 17 dicembre era stato rinviato': the two states the article
                # is about
                attached = self._article_pair(doc)
                actors = actors + [m for m in attached if m not in actors]
            # (or a bilateral format: 'la riunione annuale del dialogo bilaterale')
            if (_JOINT_BODY.match(text, h.end) or entry.kind == "noun" and _BILATERAL_AFTER.match(text, h.end)
                    or _JOINT_BODY_HEAD.match(h.text)) and \
                    len({_country(am.actor) for am in attached
                                                       if am.actor.kind == "state"}) < 2:
                # 'la riunione della commissione mista prevista nella capitale venezuelana', 'la riunione della
                # commissione binazionale': the meeting of two states, the clause's (its venue's too), else the two
                # the article is about
                have = {_country(am.actor) for am in attached}
                sides = {_country(am.actor) for am in attached if am.actor.kind == "state"}
                for m in [am for am in self._eligible if am.actor.kind == "state"] + self._article_pair(doc):
                    if len(sides) >= 2:
                        break
                    if _country(m.actor) not in have:
                        attached = attached + [m]
                        have.add(_country(m.actor))
                        sides.add(_country(m.actor))
                actors = actors + [m for m in attached if m not in actors]
            if h.backref and entry.group == "summit" and entry.kind == "noun" and _OPENED_AFTER.match(text, h.end):
                # 'Il presidente ha lasciato oggi il vertice ... Il vertice si era aperto ieri sera': the gathering
                # told before is dated by the day it opened
                opened = next((t for t in h.timexes if t.type == "DATE" and t.precision == "DAY" and t.resolved
                               and t.start is not None), None)
                earlier = next((r for r in reversed(records) if r["group"] == "summit" and r["date"] is not None
                                and r["date"].precision == "DAY"), None) if opened is not None else None
                if earlier is not None and 0 < (earlier["date"].start - opened.start).days <= 3:
                    earlier["date"] = _text_date(opened)
                    return self._reject(h, "back-reference: the opening day of the earlier gathering")
            if entry.kind == "noun" and (_REPORTED_VERSION.search(text, max(sent.start, h.start - 30), h.start)
                                         or _LASTED_AFTER.match(text, h.end)
                                         and _DEFINITE_END.search(text, max(sent.start, h.start - 4), h.start)) and \
                    any(t.type == "DURATION" and 0 <= t.char_start - h.end <= 30 for t in h.timexes) and \
                    any(r["event_type"] == "CONSULT" and sent.index - r["sentence"].index <= 1
                        for r in records + self._sent_records):
                # 'ha parlato al telefono con Wang Yi: secondo fonti singaporiane il colloquio è durato "almeno
                # mezz'ora", mentre l'agenzia Xinhua riferisce di una conversazione "di poco più di dieci minuti",
                # nella quale Wang ...': the length of the call told before, or a source's version of it
                self._donate(h, doc, records, pending, sent)
                return self._reject(h, "back-reference: a source's version of the event told before")
            if h.backref and not (attached or anaphoric or attached_date or inherit
                                  # ('La tensione è esplosa ieri a Bruxelles, al Consiglio dei ministri dell'Interno
                                  # dell'Ue': a body's sitting names its party, and has its date)
                                  or entry.party and self._sitting_dated(text, sent, h, shared_dates)):
                self._donate(h, doc, records, pending, sent)
                if self._enrich(h, records, sent):
                    return self._reject(h, "back-reference: participants added to the earlier event")
                return self._reject(h, "back-reference without parties")
            parts = list(attached) if specific else list(actors)
            if trip_to is not None and trip_to not in parts:
                parts.append(trip_to)
            own_force = {_key(am.actor) for am in parts if self._apposed_org(text, am, parts)}
            parts = [am for am in parts if _key(am.actor) not in own_force]
            if specific:
                # 'I due leader hanno avuto un colloquio': the people the actor layer resolved the phrase to; a
                # state of one of them adds nothing ('nel quale i due leader hanno discusso del ruolo dell'Italia')
                group = [am for am in self._eligible if getattr(am, "via", None) == "plural" and am not in parts
                         and id(am) not in excluded and h.start - 80 <= am.char_start and am.char_end <= h.end + 40
                         and not _GROUP_CUT.search(text, min(am.char_end, h.end), max(am.char_start, h.start))]
                if group:
                    theirs = {_country(am.actor) for am in group}
                    parts = group + [am for am in parts if am.actor.kind == "person" or _country(am.actor) not in theirs]
            if anaphoric and not specific and len(self._keys(parts)) < 2:
                parts += [am for am in self._eligible if am not in parts and id(am) not in excluded
                          and not self._is_locative(text, sent, am)]
            if specific and entry.kind == "noun" and len(self._keys(parts)) < 2 and \
                    _BETWEEN_THE_TWO.match(text, h.end):
                # 'La telefonata di mercoledì 18 aprile tra i due ministri degli Esteri': a meeting noun between two
                # office holders no earlier sentence named is between the two states the article is about
                parts = parts + [m for m in self._article_pair(doc) if _key(m.actor) not in self._keys(parts)]
            if entry.kind == "verb" or _VERBISH.search(h.text):
                # 'il ministro turco Mevlut Cavusoglu, che poi proseguirà per il Kuwait', 'Charles Michel, che oggi lo
                # ha sentito al telefono': the relative's antecedent
                who = self._search(_WHO_CLAUSE, text, max(sent.start, h.start - 45), h.start)
                if who is not None:
                    ante = next((am for am in reversed(self._eligible) if 0 <= who.start() - am.char_end <= 1
                                 and am.actor.kind == "person" and id(am) not in excluded), None)
                    if ante is not None and ante not in parts:
                        parts = [ante] + parts
            if _VERBISH.search(h.text):
                # 'il premier Scott Morrison, che a giugno aveva scelto Honiara ..., ha sentito ieri al telefono X':
                # the verb right after a relative clause belongs to the relative's antecedent
                rel = None
                for m in _REL_CHE.finditer(text, sent.start, h.start):
                    rel = m
                if rel is not None:
                    close = text.rfind(",", rel.end(), h.start)
                    ante = next((am for am in self._eligible if am.actor.kind == "person"
                                 and 0 <= rel.start() - am.char_end <= 1), None) if close >= 0 else None
                    if ante is not None and not text[close + 1:h.start].strip(" \xa0") and id(ante) not in excluded:
                        parts = [ante] + [am for am in parts if am is not ante
                                          and (am.char_start >= h.end or am.char_start < 0)]
            if _VERBISH.search(h.text) and not _PASSIVE.match(h.text):
                # '... Popescu ha ricevuto la telefonata della ministra romena, e lunedì ha incontrato X': a verb
                # coordinated after ', e' with no subject of its own has the first clause's subject; the mentions
                # in between are the first clause's objects
                co = _COORD_VERB.search(text, max(sent.start, h.start - 60), h.start)
                if co is not None and any(o.end <= co.start() for o in self._sent_hits if o is not h) and \
                        not any(co.start() <= am.char_start < h.start for am in parts):
                    mine = [am for am in subject if am.actor.kind == "person" and id(am) not in excluded]
                    if mine:
                        parts = mine + [am for am in parts if am.char_start >= h.end or am.char_start < 0]
            if where_visit is not None and etype == "CONSULT" and entry.mode != "visit":
                visitors = [_ParticipantMention(p) for p in where_visit["actors"] if p.kind == "person"]
                if visitors:
                    have = self._keys(visitors)
                    # (and the office with its state after the verb: 'dove incontrera' il ministro dell'Interno
                    # tedesco')
                    parts = visitors + [am for am in parts if am.char_start >= h.start - 100
                                        and _key(am.actor) not in have and (
                                            am.actor.kind == "person"
                                            or am.char_start >= h.end and getattr(am, "via", None) == "role"
                                            # ('per incontrare i vertici dell'Unione africana': an
                                            # international body met)
                                            or am.char_start >= h.end and am.actor.kind == "organization"
                                            and not am.actor.country_code)
                                        and not (am.char_end <= h.start and am in subject)]
                    if purpose and len({_country(am.actor) for am in parts}) < 2:
                        # ('sono attesi i ministri ... giapponesi, X e Y, per la firma dell'accordo': the visitors
                        # of one state meet their host)
                        mine = {_country(am.actor) for am in parts}
                        parts += [_ParticipantMention(p) for p in where_visit["actors"] + where_visit["recipients"]
                                  if p.kind == "state" and _country(p) not in mine]
                    office = self.lex.host_office_re.match(text, h.end)
                    if office is not None:
                        # 'dove aveva incontrato il primo ministro': the office of the visited state (not the holder
                        # of that office the text named last, if of another state)
                        mine = {_country(p) for p in where_visit["actors"] if p.kind == "person"}
                        hosts = [p for p in where_visit["actors"] if p.kind == "state" and _country(p) not in mine]
                        host_codes = {_country(p) for p in hosts}
                        parts = [am for am in parts if not (office.start() <= am.char_start < office.end()
                                                            and am.actor.kind == "person"
                                                            and _country(am.actor) not in host_codes)]
                        parts += [_ParticipantMention(p) for p in hosts]
            if parts and (not specific or len(self._keys(parts)) >= 2) and _VERBISH.search(h.text) and \
                    not (entry.mode == "visit" and _INTRANSITIVE_VISIT.match(h.text)) and \
                    not _RECIPROCAL.match(h.text) and \
                    all(am.char_start >= h.end for am in parts):
                # 'X ..., dopo aver sentito al telefono A e B': who follows a transitive verb is its object; the
                # subject comes from before it (or from the previous sentence, pro-drop)
                parts = [am for am in (subject or self._dropped_subject) if am not in parts and id(am) not in excluded
                         and not self._is_locative(text, sent, am)] + parts
            if parts and entry.kind == "noun" and all(am.char_start >= h.end for am in parts) and \
                    _AFTER_PHRASE.search(text, max(sent.start, h.start - 20), h.start):
                # 'dopo gli incontri con X e con Y, Morsi aveva condannato': Morsi met them
                parts = self._main_subject(text, sent, h, excluded) + parts
            if not self._enough_parties(parts) and not specific:
                parts += [am for am in subject if am not in parts and id(am) not in excluded
                          and not self._is_locative(text, sent, am)]
            if entry.kind == "noun" and not self._enough_parties(parts) and \
                    _POSSESSIVE.search(text, max(sent.start, h.start - 12), h.start):
                # 'Il suo incontro con Ahmadinejad': the owner is the person the text was about
                parts = [am for am in self._dropped_subject
                         if am not in parts and id(am) not in excluded] + parts
            if entry.kind == "verb" and not self._enough_parties(parts) and not governs and \
                    not (entry.mode == "visit" and any(am.actor.kind == "person" and _inverted_subject(text, h.end, am)
                                                       for am in parts)):
                # (a visit with its subject after the verb, 'è atteso a Doha il ministro X', has no dropped subject)
                parts += [am for am in self._dropped_subject if am not in parts]   # pro-drop: 'Domani incontrerà X'
            if not self._enough_parties(parts) and (
                    _CLITIC_OBJECT.match(h.text) or
                    # 'Petro gli ha telefonato ieri': a dative clitic before a call verb
                    (entry.mode == "phone" and _DATIVE_CLITIC.search(text, max(sent.start, h.start - 5), h.start))) \
                    and not _RELATIVE_CHE.search(text, max(sent.start, h.start - 10), h.start):
                # ('Blinken, che lo aveva chiamato': the relative's antecedent calls the sentence's subject)
                # 'Il segretario generale dell'Onu lo ha chiamato ieri sera': the object is the person the previous
                # sentence was about
                parts += [am for am in self._last_subject if am not in parts and id(am) not in excluded]
            if not self._enough_parties(parts) and _CLITIC_OBJECT.match(h.text) and \
                    (rel := _RELATIVE_CHE.search(text, max(sent.start, h.start - 10), h.start)) is not None:
                # 'Pashinyan ha sentito Blinken, che lo aveva chiamato già il 19 settembre': the antecedent of 'che'
                # called the sentence's subject
                ante = next((am for am in reversed(self._eligible) if am.char_end <= rel.start()
                             and text[am.char_end:rel.start()].strip() == ","), None)
                if ante is not None:
                    parts += [am for am in [ante] + [am for am in subject if am.actor.kind == "person"]
                              if am not in parts and id(am) not in excluded]
            if entry.kind == "noun" and (not self._enough_parties(parts) or
                                         (not subject and parts and all(am.char_start >= h.end for am in parts))) \
                    and _LIGHT_VERB.search(text, max(sent.start, h.start - 30), h.start):
                # 'Il giorno dopo, nella capitale algerina, ha avuto un colloquio con X': a noun after a light verb
                # with no subject of its own has the previous sentence's (pro-drop), also when it names two others
                # ('Sempre ieri ha avuto un colloquio telefonico con il presidente russo ... e uno con il bielorusso')
                parts += [am for am in self._dropped_subject if am not in parts]
            if entry.kind == "noun" and entry.group != "summit" and not self._enough_parties(parts) and \
                    _PURPOSE_NOUN.search(text, max(sent.start, h.start - 20), h.start) and \
                    (trip := next((o for o in reversed(self._sent_hits) if o.entry.mode == "visit"
                                   and o.end <= h.start), None)) is not None and not _RECEIVED.search(trip.text):
                # 'è volato nella capitale turca per un colloquio con il presidente turco': the traveller's talks (the
                # person of the trip's clause, else the subject left out when its clause names nobody)
                own = [am for am in trip.actors if am.actor.kind == "person" and am.char_start < trip.start]
                if not own and not any(sent.start <= am.char_start < trip.start for am in self._eligible):
                    own = [am for am in self._dropped_subject if am.actor.kind == "person"]
                # (and the state it goes to: 'è atteso a Roma in autunno per un incontro con il premier')
                own += [am for am in trip.actors if am.char_start >= trip.end and am.actor.kind == "state"][:1]
                parts += [am for am in own if am not in parts and id(am) not in excluded]
            if entry.kind == "noun" and not specific and attached and not self._enough_parties(parts) and \
                    _WITH_GAP.match(text, h.end):
                # 'proposto dal capo della Casa Bianca il 13 aprile, in una telefonata con il leader russo': the
                # other party of a call/meeting 'con X' is the clause's nearest actor before it
                before = [am for am in self._eligible if am.char_end <= h.start and am not in parts
                          and id(am) not in excluded and not self._is_locative(text, sent, am)]
                if before:
                    pick = before[-1]
                    if pick.actor.kind == "person" and _AGENT_BEFORE.search(_left(text, sent, pick.char_start, 12)):
                        # ('[Gheddafi] è stato ricevuto dal capo dello Stato X e poi a Palazzo Chigi: il colloquio con
                        # Y': the host of the reception before is no party; the carried guest is)
                        pick = next((am for am in self._dropped_subject if am.actor.kind == "person"
                                     and am not in parts), pick)
                    parts = parts + [pick]
            if not self._enough_parties(parts) and _WHERE_CLAUSE.search(text, max(sent.start, h.start - 40), h.start):
                # 'la premier era stata ad Amman, dove ha avuto un colloquio con il re Abdallah': who made the visit
                visit = next((r for r in reversed(self._sent_records) if r["mode"] == "visit"), None)
                if visit is not None:
                    parts = self._with_visitors(visit, parts)
            if not self._enough_parties(parts) and entry.kind == "noun" and _WITH_GAP.match(text, h.end) and \
                    _OPENING_ARTICLE.fullmatch(text, sent.start, h.start):
                # 'Martedì Maas è volato ad Atene. Il colloquio con il collega greco Nikos Dendias è durato due ore':
                # a talk opening the sentence after a visit is the visitor's, on the visit's day
                visit = next((r for r in reversed(records) if r["mode"] == "visit"
                              and sent.index - r["sentence"].index == 1), None)
                if visit is not None:
                    parts = self._with_visitors(visit, parts)
                    if not own_dates:
                        where_visit, date_tx = visit, None
            if entry.group == "negotiation" and entry.kind == "noun" and not attached and not specific and \
                    (lex.round_anaphor_re.search(h.text) or definite) or \
                    entry.group in ("summit", "meeting") and entry.kind == "noun" and not attached and \
                    not specific and not self._enough_parties(parts) and \
                    (_ORDINAL_BEFORE if entry.group == "summit" else _AGAIN_BEFORE).search(
                        text, max(sent.start, h.start - 16), h.start):
                # 'il terzo round', 'i negoziati', 'Il primo vertice straordinario', 'Il secondo incontro': the parties
                # of the article's previous talks of that kind
                prev = next((r for r in reversed(records) if r["event_type"] == "CONSULT"
                             and r["group"] in (entry.group, "meeting" if entry.group == "summit" else None)
                             and r["actors"] + r["recipients"]), None)
                if prev is not None:
                    have = self._keys(parts)
                    parts = parts + [_ParticipantMention(p) for p in prev["actors"] + prev["recipients"]
                                     if _key(p) not in have]
                else:
                    cand = next((c for c in reversed(pending) if c["group"] == entry.group
                                 and len(self._keys(c["parts"])) >= 2 and sent.index - c["sent"] <= 2), None)
                    if cand is not None:
                        have = self._keys(cand["parts"])
                        parts = list(cand["parts"]) + [am for am in parts if _key(am.actor) not in have
                                                       and am.actor.kind != "state"]
            if (len(self._keys(parts)) < 2 or (inherit and not self._enough_parties(parts))) and \
                    (anaphoric or attached_date or inherit
                                               or (entry.group == "negotiation" and not parts)):
                parts = self._resolve_anaphor(h, parts, records, pending) if entry.anaphora else parts
            if specific and entry.anaphora and _STATE_ANAPHOR.search(text, wa, min(sent.end, wb + 12)) and \
                    sum(1 for am in parts if am.actor.kind == "state") < 2:
                # 'la riunione congiunta dei due governi': the states of the earlier parties, not their leaders
                # (else the two states the article is about: 'un incontro tra i ministri dei due Paesi')
                # (first those of an act of this sentence or the one before that names two states)
                states = self._recent_dyad(sent, records) or self._article_pair(doc) or \
                    self._as_states(self._resolve_anaphor(h, [], records, pending))
                parts = states if states and all(am.actor.kind == "state" for am in states) else parts
            if entry.mode == "phone" and _VERBISH.search(h.text) and _PLURAL_OBJECT.match(text, h.end) and \
                    len({_country(am.actor) for am in parts if am.actor.kind == "state"}) >= 2:
                # 'il premier russo ha telefonato ai due capi di governo': the caller and each of the two, one call
                # each (a mediator who calls is a party of the call: '..., offrendo la mediazione della Russia')
                states = [am for am in parts if am.actor.kind == "state"]
                theirs = {_country(am.actor) for am in states}
                caller = [am for am in self._eligible if sent.start <= am.char_start and am.char_end <= h.start
                          and not self._clause_cut(text, h, am.char_start, am.char_end)
                          and _country(am.actor) not in theirs]
                if caller:
                    parts = caller + states
                    h.each = states
            if entry.party:
                name, kind, code = entry.party.split("|")
                parts = [am for am in attached if am.actor.country_code != code]   # its members speak for it
                # 'Al Consiglio europeo ha partecipato anche il presidente ucraino X': persons of its clause
                parts += [am for am in actors if am.actor.kind == "person" and am not in parts
                          and not self._clause_cut(text, h, am.char_start, am.char_end)]
                if _FRONTED_AT.fullmatch(text, sent.start, h.start):
                    # 'Ieri, al Consiglio Affari generali riunito in videoconferenza, la Bulgaria ha negato il via
                    # libera': the subject of the clause the sitting sets takes part in it
                    comma = text.find(",", h.end, sent.end)
                    if comma >= 0:
                        nxt = next((o.start for o in self._sent_hits if o.start > h.end), sent.end)
                        parts += [am for am in self._eligible if comma < am.char_start < min(nxt, comma + 40)
                                  and am.actor.kind == "state" and am.actor.country_code != code and am not in parts]
                parts.append(_PlaceActorMention(_Actor(name, kind, code), h.text, h.start, h.end, via="trigger"))
            if entry.kind == "noun" and self.lex.domestic_body_re.match(text, h.end, min(sent.end, h.end + 90)):
                return self._reject(h, "a sitting of one state's own body")
            if entry.group == "cancel" and not self._enough_parties(parts):
                parts += self._cancelled_parties(h, sent, records)
            if entry.party and not self._sitting_dated(text, sent, h, shared_dates):
                # 'il Consiglio europeo del 23 e 24 giugno' is a meeting; 'le conclusioni del Consiglio europeo' not
                return self._reject(h, "institutional meeting without a date of its own")
            if any(isinstance(am, _GroupMemberMention) for am in parts):
                parts = self._group_meeting(text, sent, h, parts)
                if parts is None:
                    return self._reject(h, "passing mention of a group")
                if self._group_date is not None and (date_tx is None or date_tx in shared_dates):
                    date_tx = self._group_date
            people = {_country(am.actor) for am in parts if am.actor.kind == "person"}
            if people and entry.mode != "visit":
                # 'un incontro ..., nel quale i due leader hanno discusso del ruolo dell'Italia': a state named after
                # the trigger whose own leader takes part adds nothing
                parts = [am for am in parts if am.actor.kind != "state" or am.char_start < h.end
                         or _country(am.actor) not in people]
            if entry.mode == "visit" and entry.kind == "verb":
                # 'Kirby ha annunciato che il vicesegretario Daniel Russel sarà a Manila': the visitor is the
                # person right before the verb; other people before it belong to other clauses
                own = next((am for am in parts if am.actor.kind == "person" and 0 <= h.start - am.char_end <= 3), None)
                if own is not None:
                    # with the people coordinated with it ('Draghi, Macron e Scholz sono stati ricevuti a Kiev') and
                    # those of the same phrase ('i quattro leader hanno visitato Irpin')
                    start = _run_start(text, own, parts)
                    # after the verb: its destination and company, not the states of a later clause ('..., seconda
                    # tappa della sua missione in Europa, mentre al Cairo ... ambasciata degli Stati Uniti')
                    parts = [am for am in parts if am.char_start < 0 or start <= am.char_start < h.end
                             or (am.char_start >= h.end and "," not in text[h.end:am.char_start])
                             or (am.char_start >= h.end and am.actor.kind == "person"
                                 and not _WHERE_VISIT.search(text, h.end, am.char_start))]
            if entry.mode == "visit" and entry.kind == "verb" and parts and \
                    all(am.char_start >= h.end for am in parts) and \
                    not any(am.actor.kind == "person" and _inverted_subject(text, h.end, am) for am in parts):
                # '..., sarà a Malabo da Obiang e poi nel vicino Congo': who is after the verb is where and whom the
                # visitor goes to; the visitor is the sentence's subject (or the previous sentence's, pro-drop)
                parts = [am for am in (subject or self._dropped_subject) if am.actor.kind == "person"
                         and id(am) not in excluded and am not in parts][:1] + parts
            if entry.mode == "visit" and entry.kind == "verb" and (
                    _ARRIVAL.search(h.text) and _VEHICLE_BEFORE.search(text, max(sent.start, h.start - 180), h.start)
                    or _PORT_CALL.search(h.text)) and not self._port_call(text, sent, h):
                return self._reject(h, "the arrival of a plane or ship, not a visit")
            if entry.mode == "visit" and entry.kind == "verb" and any(
                    o.entry.id == "incursion" and o.end <= h.start and h.start - o.end <= 100 and
                    not _CLAUSE_PUNCT.search(text, o.end, h.start) for o in self._sent_hits):
                # 'le truppe etiopi erano entrate in Somalia': forces that enter, not a visit
                return self._reject(h, "armed forces entering, not a visit")
            if entry.mode == "visit":
                parts = [am for am in parts if not self._is_origin(text, sent, am)]
                if (_BARE_ARRIVAL.search(h.text) or _IN_TIME_OF_DAY.match(text, h.end)) and \
                        text[max(sent.start, self._body_start):h.start].strip() and \
                        not any(am.actor.kind == "person" and sent.start <= am.char_start < h.start for am in parts):
                    # ('La svolta è arrivata ieri sera': no one arrived; 'Era atterrato stamattina ...': the carried
                    # subject did)
                    return self._reject(h, "an arrival with no place and no traveller before it")
                envoy = _ENVOY_SENT.search(h.text) is not None
                if envoy:             # ('..., mentre il Commonwealth invierà un suo inviato': the sender of its clause)
                    parts = [am for am in parts if am.char_end > h.start or am.char_start < 0
                             or not _CLAUSE_OPENER.search(text, am.char_end, h.start)]
                dest = self._host(text, sent, h, places, parts, destination=True)
                if dest is None and entry.kind == "noun" and self._doc is not None and \
                        _IN_THE_COUNTRY_AFTER.match(text, h.end) and \
                        _VISIT_DETERMINER.search(text, max(sent.start, h.start - 8), h.start) and \
                        parts and all(am.actor.country_code for am in parts):
                    # 'ha rinviato la visita nel Paese prevista a dicembre': a trip to the state the article is about
                    # (by visitors whose own state is known, so that it is not taken for the host)
                    host = self._host_state(self._doc, {_country(m.actor) for m in parts})
                    if host is not None:
                        dest = _PlaceActorMention(host, h.text, h.start, h.end, via="host")
                if dest is None and len(self._keys(parts)) < 2:
                    dest = self._host(text, sent, h, places, parts)
                if dest is None and self._doc is not None and (
                        _EXPECTED.search(h.text) or envoy
                        # 'È stata invece annullata la visita del ministro degli Esteri turco': a visit noun naming
                        # only its visitor is a trip to the country the article is about
                        or (entry.kind == "noun" and any(am.actor.kind == "person" and am.char_start >= h.end
                                                         for am in parts)
                            # (nor a place of its own clause: 'La visita, iniziata dopo una tappa in Brunei, è
                            # la prima di Duterte in Cina')
                            and not any(pl.country_code and not self._clause_cut(text, h, pl.char_start, pl.char_end)
                                        for pl in places))):
                    # 'l'8 luglio sono attesi i ministri giapponesi': expected in the country the article is about
                    host = self._host_state(self._doc, {_country(m.actor) for m in parts})
                    if host is not None:
                        dest = _PlaceActorMention(host, h.text, h.start, h.end, via="host")
                if dest is None and self._doc is not None and _BARE_ARRIVAL.search(h.text):
                    # 'era atterrato stamattina con un volo speciale': in the city of a foreign dateline
                    code = self._dateline_state(self._doc)
                    if code and code != _HOME_DESK and code.lower() not in {_country(m.actor) for m in parts}:
                        dest = _PlaceActorMention(self._doc.state_actor(code), h.text, h.start, h.end, via="host")
                if dest is not None and dest.char_end >= h.end and _VEHICLE_AFTER.match(text, dest.char_end):
                    return self._reject(h, "the arrival of a plane or ship, not a visit")
                if dest is not None:
                    if dest.char_start >= h.end:
                        # the metonyms of the destination and of the places after it are destinations, not parties
                        at = {pl.char_start for pl in places if pl.char_start >= dest.char_start}
                        parts = [am for am in parts if am.actor.kind == "person" or am.char_start not in at]
                    if entry.kind == "noun" and not any(am is not dest and _key(am.actor) != _key(dest.actor)
                                                        for am in parts):
                        # '... ha promesso di sollevare la questione durante la visita in Arabia Saudita': the
                        # sentence's subject travels
                        parts = [am for am in subject if am.actor.kind == "person"
                                 and _country(am.actor) != _country(dest.actor)][:1] + parts
                    parts.append(dest)
                    if lex.un_seat_re.match(dest.text) and \
                            self._search(lex.un_cue_re, text, self._doc.sentences[max(0, sent.index - 1)].start,
                                         sent.end) is not None:
                        # 'è arrivata ieri a New York per seguire il voto' after 'il Consiglio di sicurezza
                        # dell'Onu voterà': a trip to the United Nations
                        parts.append(_context_party(_Actor("United Nations", "organization", "UN"), dest.text))
                    more_dests = self._more_destinations(text, h, dest, places, parts)
                    dest_key = _key(dest.actor)
            # 'anche al vertice della Lega araba', 'potrebbero vedersi al vertice della Nato di dicembre': a body's
            # summit is that body's, whoever else the sentence is about (not who takes part in it: 'ha partecipato
            # al vertice della Nato')
            body = self._setting_body(text, sent, h) if entry.kind == "noun" and _GATHERING.search(h.text) else None
            if body is not None and \
                    not _OTHER_DAY_SETTING.search(text, max(sent.start, h.start - 30), h.start) and \
                    not _PARTICIPATE.search(text, max(sent.start, h.start - 40), h.start):
                after = [am for am in parts if am.char_start >= h.end and _key(am.actor) != _key(body.actor)]
                if after:
                    parts = [body] + after      # ('il vertice dell'Unasur, con i presidenti di Argentina ed Ecuador')
                elif self._body_meeting(h, [body], date_tx, date_tx in shared_dates):
                    parts = [body]
            if not self._enough_parties(parts) and body is not None and \
                    _PARTICIPATE.search(text, max(sent.start, h.start - 40), h.start) and \
                    (goers := [am for am in parts if am.actor.kind == "state" and am.char_end <= h.start]):
                # 'l'India ha annunciato che non parteciperà al vertice dell'Associazione dell'Asia meridionale ...': a
                # state's part in a body's summit (called off by the negation)
                parts = goers[-1:] + [body]
            if not self._enough_parties(parts) and not (entry.party and parts) and entry.kind == "noun" and \
                    _GATHERING.search(h.text) and _PARTICIPATE.search(text, max(sent.start, h.start - 40), h.start):
                # 'Il premier indiano X parteciperà al vertice della Sco a Samarcanda': X's visit to Uzbekistan
                guests = [am for am in parts if am.actor.kind == "person" and am.char_end <= h.start]
                dest = self._host(text, sent, h, places, guests) if len(self._keys(guests)) == 1 else None
                if dest is not None and dest.char_start >= h.end:
                    parts, as_visit, dest_key = guests[:1] + [dest], True, _key(dest.actor)
            if not self._enough_parties(parts) and entry.mode == "visit" and entry.kind == "noun":
                # 'X ha ricevuto nella capitale sudanese il capo di stato maggiore etiope, in una visita non
                # annunciata': the visit of the reception's guest to its host
                host = next((r for r in reversed(self._sent_records) if r["mode"] is None
                             and _RECEPTION.search(r["trigger"])), None)
                if host is not None and _IN_VISIT.search(text, max(sent.start, h.start - 12), h.start):
                    parts = [_ParticipantMention(p) for p in host["actors"] + host["recipients"]]
            if not self._enough_parties(parts) and entry.mode is None and entry.kind == "verb" and parts and \
                    _OFFICE_OBJECT.match(text, h.end):
                # 'è arrivata oggi nella capitale delle Isole Salomone e ha incontrato il primo ministro', 'arriverà
                # martedì nella capitale srilankese ... e incontrerà il presidente': the office holders met on a
                # visit the sentence tells are the host state's
                have = {_country(am.actor) for am in parts}
                trip = next((r for r in reversed(self._sent_records) if r["mode"] == "visit" and r["at"] < h.start
                             and have <= {_country(p) for p in r["actors"] + r["recipients"]}), None)
                hosts = [p for p in (trip["actors"] + trip["recipients"] if trip else [])
                         if p.kind == "state" and _country(p) not in have]
                if len(hosts) == 1:
                    parts = parts + [_ParticipantMention(hosts[0])]
            if not self._enough_parties(parts) and entry.mode == "visit" and entry.kind == "noun" and parts:
                # 'hanno annullato la visita della vicesegretaria generale, attesa giovedì 31 agosto nella capitale
                # guatemalteca': the destination named in the clause saying when the visit was expected
                dest = self._scheduled_destination(text, sent, h, places, parts)
                if dest is not None:
                    parts = parts + [dest]
            if entry.kind == "verb" and _PARTICIPATE.search(h.text) and _TO_BODY_END.search(h.text):
                # 'ha partecipato ieri al Forum regionale dell'Asean': the body whose gathering it was
                body = next((am for am in doc.actors[sent.index] if 0 <= am.char_start - h.end <= 2
                             and am.actor.kind == "organization"), None)
                if body is not None and _key(body.actor) not in self._keys(parts):
                    parts = parts + [body]
            reception = _PASSIVE.match(h.text) is not None and _RECEPTION.search(h.text) is not None
            if not self._enough_parties(parts) and reception and len({_country(am.actor) for am in parts}) == 1:
                # 'l'ambasciatore X era stato ricevuto al ministero del Commercio nella capitale cinese': with no agent
                # named, the state where he was received is the host
                have = {_country(am.actor) for am in parts}
                host = next((am for am in self._eligible if am.actor.kind == "state" and am.char_start >= h.end
                             and _country(am.actor) not in have
                             and not self._clause_cut(text, h, am.char_start, am.char_end)), None)
                if host is None:
                    # 'è volato nella capitale maliana ed è stato ricevuto dal capo della giunta': the state of the
                    # visit the sentence told just before
                    trip = next((r for r in reversed(self._sent_records) if r["mode"] == "visit"), None)
                    host = next((_ParticipantMention(p) for p in (trip["actors"] + trip["recipients"] if trip else [])
                                 if p.kind == "state" and _country(p) not in have), None)
                if host is not None:
                    parts = parts + [host]
            if not self._enough_parties(parts) and reception and parts and all(am.char_start >= h.end for am in parts):
                # 'Il capo dell'esercito pachistano è volato nella capitale saudita ... Il generale è stato ricevuto
                # dal viceministro della Difesa saudita': a guest named by no name is the traveller of the visit told
                # in this sentence or the one before
                have = {_country(am.actor) for am in parts}
                trip = next((r for r in chain(reversed(self._sent_records), reversed(records)) if r["mode"] == "visit"
                             and sent.index - r["sentence"].index <= 1), None)
                guests = [_ParticipantMention(p) for p in (trip["actors"] if trip else [])
                          if _country(p) not in have]
                if guests:
                    parts, guest_trip = guests[:1] + parts, trip
            if not self._enough_parties(parts) and entry.mode == "phone" and entry.kind == "noun" and \
                    _IN_A_CALL.search(text, max(sent.start, h.start - 12), h.start):
                # 'ha chiesto al segretario di Stato americano, in una telefonata, ...': the call of the verb's
                # subject and addressee
                said = next((r for r in reversed(self._sent_records) if r["at"] < h.start
                             and r["actors"] and r["recipients"]), None)
                if said is not None:
                    parts = [_ParticipantMention(p) for p in said["actors"] + said["recipients"]]
            if entry.group == "phone" and (entry.kind == "verb" or _VERBISH.search(h.text)) and \
                    (why := _CALL_PURPOSE.search(text, h.end, min(sent.end, h.end + 80))) is not None and \
                    any(h.end <= am.char_start < why.start() for am in parts):
                # 'Abe ha telefonato al re per ringraziarlo dell'aiuto nel caso di Kenji Goto, il giornalista ucciso
                # dallo Stato islamico': whom the purpose of a call names after its callee is no party
                parts = [am for am in parts if am.char_start < why.start()]
            if not self._enough_parties(parts) and (entry.group == "negotiation" or entry.group == "meeting" and
                                                     _SUBJECT_NOUN_START.fullmatch(text, sent.start, h.start)) and \
                    len(self._keys(parts)) == 1 and parts[0].actor.kind == "state" and \
                    any(t.type != "DURATION" for t in h.timexes):
                # 'la Russia avrebbe rinviato il round di colloqui sulla pesca, in programma lunedì 8 novembre': a
                # dated round of one of the two states the article is about is with the other (and so is a meeting
                # the sentence opens on: 'L'incontro sul corridoio di Kartarpur si terrà il 14 marzo ad Attari, ha
                # confermato il ministero degli Esteri pachistano'; not 'dopo una riunione di governo')
                parts = parts + (self._pair_other(doc, {_country(parts[0].actor)}) or [])
            if not self._enough_parties(parts) and entry.kind == "noun" and (
                    entry.group == "summit" or entry.group == "meeting" and
                    self._search(_TAKING_PART, text, max(sent.start, h.start - 80), h.start) is not None) and \
                    len(self._keys(parts)) == 1 and parts[0].actor.kind == "state":
                # 'la partecipazione di una sua delegazione al seminario ... previsto per mercoledì a Eilat': a state's
                # part in a gathering abroad, with the state of its venue (a city of its clause after it, or a
                # capital named by its state: 'la partecipazione del suo ministro alla riunione ... in programma
                # martedì 5 marzo nella capitale pachistana')
                mine = parts[0].actor.country_code
                venue = next((_place_state(pl) for pl in places if pl.kind == "city" and pl.country_code
                              and pl.char_start >= h.end and pl.country_code != mine
                              and not _CLAUSE_PUNCT.search(text, h.end, pl.char_start)), None) or \
                    next((am for am in self._eligible if am.char_start >= h.end and am.actor.kind == "state"
                          and am.actor.country_code != mine
                          and _CAPITAL_BEFORE.search(text, max(h.end, am.char_start - 16), am.char_start)
                          and not _CLAUSE_PUNCT.search(text, h.end, am.char_start)), None)
                if venue is not None:
                    parts = parts + [venue]
            if not self._enough_parties(parts) and entry.kind == "noun" and entry.group == "meeting" and \
                    (invited := _INVITED_FOR.search(text, max(sent.start, h.start - 140), h.start)) is not None:
                # 'Abbott ha invitato una delegazione tecnica malese e una cinese a Perth per la prossima settimana,
                # per una riunione tecnica': the meeting an invitation is for has the inviter and the invited (the
                # record whose trigger holds the invitation's verb)
                inv = next((r for r in reversed(self._sent_records) if r["recipients"]
                            and r["at"] <= invited.start() < r["at"] + len(r["trigger"])), None)
                if inv is not None:
                    have = self._keys(parts)
                    parts = parts + [_ParticipantMention(p) for p in inv["actors"] + inv["recipients"]
                                     if _key(p) not in have]
            if not self._enough_parties(parts) and entry.id == "body_session" and h.text[:3].lower() == "si " and \
                    self._body_meeting(h, parts, date_tx, date_tx in shared_dates):
                # 'Il Consiglio si riunirà martedì 26 luglio' in an article about two states: their case is what the
                # body sits on (not a summit, not its ministers discussing)
                parts = parts + [m for m in self._article_pair(doc) if _key(m.actor) not in self._keys(parts)]
            if not self._enough_parties(parts) and not (entry.party and parts) and \
                    not self._body_meeting(h, parts, date_tx, date_tx in shared_dates):
                pending.append({"group": entry.group, "parts": parts, "sent": sent.index, "hit": h})
                self._donate(h, doc, records, pending, sent)
                return self._reject(h, f"not enough parties: {[p.actor.name for p in parts]}")
            actor_list, recipient_list = parts, []
        else:
            if definite and entry.kind == "noun" and self._seen_before(h):
                # 'Lavrov ha definito il raid una violazione': the attack an earlier sentence reported
                return self._reject(h, "back-reference to an earlier event")
            if etype == "ASSAULT" and entry.kind == "verb" and _DEFINITE_FORCES.search(text, max(sent.start, h.start - 5),
                                                                                         h.end) and \
                    any(r["event_type"] == "ASSAULT" and r["at"] < h.start for r in self._sent_records):
                # 'caccia giordani hanno colpito depositi ... : secondo l'esercito giordano i raid hanno ucciso 55
                # miliziani': the attack the sentence already told, its toll
                return self._reject(h, "back-reference to an earlier event")
            if etype == "SANCTION" and self._left_has(lex.sanction_topic_re, text, sent, h.start, 70):
                return self._reject(h, "sanctions as a topic or proposal")
            if etype == "ASSAULT" and self._nonmilitary(text, h):
                self._not_acts.add(id(h))      # ('la Russia colpisce l'economia turca' is no attack to refer back to)
                return self._reject(h, "not a military attack")
            actor_list, recipient_list = self._arrest_parties(text, sent, h, actors, places) \
                if entry.group == "arrest" else \
                self._directed(text, sent, h, actors, subject, speakers, places, etype)
            if entry.group == "arrest" and not actor_list and recipient_list:
                # 'Al-Labadi è stata arrestata dalle autorità israeliane ... Miri è stato fermato il 2 settembre': a
                # passive arrest with no agent or place is by the agent of the latest arrest of the last two sentences
                prev = next((r for r in reversed(records) if r["group"] == "arrest" and r["actors"]
                             and sent.index - r["sentence"].index <= 2), None)
                if prev is not None:
                    actor_list = [_ParticipantMention(p) for p in prev["actors"]]
            if etype == "AID" and where_visit is not None and not any(m.char_start >= h.end for m in recipient_list):
                # 'era stata a Erevan, dove aveva annunciato 11,5 milioni di dollari di assistenza': for the host
                mine = {_country(m.actor) for m in actor_list}
                hosts = [p for p in where_visit["actors"] if p.kind == "state" and _country(p) not in mine]
                if hosts:
                    recipient_list = [_ParticipantMention(p) for p in hosts[:1]]
            if etype == "SANCTION" and recipient_list and recipient_list[0].char_start >= h.end and \
                    _RECALL.search(h.text) and not _INFINITIVE_ACT.match(h.text):
                # (a recall only considered, 'potrebbero decidere di richiamare i propri ambasciatori da Madrid,
                # Parigi e Roma', is one decision)
                # 'ha richiamato i suoi ambasciatori a Washington e a Canberra': one recall per post
                more_dests = self._more_destinations(text, h, recipient_list[0], places, actor_list + recipient_list)
                dest_key = _key(recipient_list[0].actor)
            if etype == "ASSAULT" and recipient_list and re.search(r"attacc|colpi", h.text, re.I) and \
                    all(m.actor.kind == "person" for m in recipient_list):
                return self._reject(h, "verbal attack on a person")
            if etype == "ASSAULT" and _VERBISH.search(h.text) and re.search(r"attacc", h.text, re.I) and \
                    _QUOTED_OBJECT.match(text, h.end):
                # 'Il presidente cinese ha attaccato "il protezionismo e l'unilateralismo"': words attacked, not a place
                return self._reject(h, "verbal attack on words or ideas")
            if entry.id == "incursion":
                actor_list, recipient_list = self._incursion_sides(text, sent, h, places, actor_list, recipient_list)
            if entry.id == "shot_down":
                actor_list, recipient_list = self._downed_sides(text, sent, h, places, records + self._sent_records)
            if etype == "ASSAULT" and actor_list and \
                    (why := _FIGHT_PURPOSE.search(text, h.end, sent.end)) is not None and \
                    not _CLAUSE_PUNCT.search(text, h.end, why.start()):
                # 'le colonne dell'esercito keniano hanno attraversato il confine per inseguire gli Shabaab': whom the
                # purpose names is the target (the state of the place is where it happens)
                aim = next((am for am in self._eligible if why.end() <= am.char_start <= why.end() + 20 and
                            am.actor.kind in ("organization", "state") and
                            _key(am.actor) not in self._keys(actor_list)), None)
                if aim is not None:
                    recipient_list = [aim]
            if etype in DIRECTED_PRIMARY and actor_list and not recipient_list:
                # 'avevano bombardato un campo ... a Balakot, in territorio pachistano': a state named later in
                # the sentence, across a comma, is the target
                mine = {_country(m.actor) for m in actor_list}
                recipient_list = [am for am in self._eligible if am.char_start >= h.end
                                  and am.actor.kind == "state" and _country(am.actor) not in mine
                                  and not _CLAUSE_OPENER.search(text, h.end, am.char_start)
                                  and not re.search(r"[;.!?]", text[h.end:am.char_start])
                                  and not _opens_clause(text, h.end, am)][:1] \
                    if not _NE_CLITIC.match(h.text) else []
                if not recipient_list and etype == "ASSAULT" and _VERBISH.search(h.text):
                    # 'le forze armene hanno bombardato i distretti di Terter e Agdam', 'Le batterie sudcoreane hanno
                    # risposto al fuoco': an unnamed target is the other side of the last attack this party made or
                    # suffered
                    foe = self._foe(records, mine)
                    if foe is not None:
                        recipient_list = [_context_party(foe)]
                if not recipient_list and etype == "ASSAULT" and (_VERBISH.search(h.text) or entry.kind == "verb"):
                    # 'l'artiglieria di Pyongyang ha colpito l'isola', 'le colonne senegalesi avevano varcato il
                    # confine': an unnamed target lies in the state the article is about
                    host = self._host_state(doc, mine)
                    if host is not None:
                        recipient_list = [_context_party(host)]
            if etype == "SANCTION" and recipient_list and not actor_list:
                # 'Il primo vertice straordinario ... aveva imposto sanzioni': the bodies meeting at that summit
                summit = next((r for r in reversed(self._sent_records) if r["group"] == "summit"), None)
                if summit is not None:
                    actor_list = [_ParticipantMention(p) for p in summit["actors"] + summit["recipients"]
                                  if p.kind == "organization"]
                if not actor_list and _VERBISH.search(h.text):
                    # 'È la prima volta che la Lega araba punisce ... Ieri 19 Paesi su 22 hanno approvato sanzioni':
                    # the organization the previous sentence was about
                    theirs = {_country(m.actor) for m in recipient_list}
                    actor_list = [am for am in self._prev_orgs if _country(am.actor) not in theirs][:1]
            # ('il richiamo del proprio ambasciatore': a recall names no target either)
            if etype == "SANCTION" and actor_list and not recipient_list and \
                    not _THE_COUNTRY.search(text, h.start, min(sent.end, h.end + 40)) and (
                    _VERBISH.search(h.text) or _NEW_BEFORE.search(text, max(sent.start, h.start - 12), h.start)
                    or _RECALL.search(h.text) or _NE_CLITIC.match(h.text)):
                # 'i ministri degli Esteri dell'Ue esamineranno nuove sanzioni giovedì': against the target of the
                # article's latest sanctions (new ones or a verb, not 'tenga conto delle sanzioni')
                mine = {_country(m.actor) for m in actor_list}
                # (aid cut with no receiver named, 'avevano sospeso 800 milioni di dollari di aiuti militari': the
                # state the article is about received it, not the target of the latest measure)
                prev = self._last_sanction(sent, mine) if entry.mode != "aid" else None
                if prev is not None:
                    recipient_list = [_ParticipantMention(p) for p in prev["recipients"]]
                elif _RECALL.search(h.text) or entry.mode == "aid" or _NE_CLITIC.match(h.text):
                    # 'La Svezia ha reagito richiamando la propria ambasciatrice' with no measure before: from the
                    # state the article is about
                    host = self._host_state(doc, mine)
                    if host is not None:
                        recipient_list = [_context_party(host)]
            if etype in ("SANCTION", "AID") and actor_list and not recipient_list and \
                    _THE_COUNTRY.search(text, h.start, min(sent.end, h.end + 40)):
                # 'Caracas sospenderà le forniture di petrolio al Paese', 'aveva sospeso il Paese "con effetto
                # immediato"': the target of the article's latest
                # sanction, else the state the article is about
                mine = {_country(m.actor) for m in actor_list}
                prev = self._last_sanction(sent, mine)
                host = prev["recipients"][0] if prev is not None else self._host_state(doc, mine)
                if host is not None:
                    recipient_list = [_context_party(host, "Paese")]
            if etype == "ASSAULT" and actor_list and not recipient_list and \
                    _PLACE_OBJECT.match(text, h.end):
                # 'i bombardieri sudanesi hanno risposto colpendo la città di Rubkona' (a town no list knows): a
                # place of the other state of the two the article is about
                mine = {_country(m.actor) for m in actor_list}
                recipient_list = self._pair_other(doc, mine) or recipient_list
            if etype == "AID" and entry.kind == "noun" and (given := _GIVEN_BY.match(text, h.end)) is not None:
                # 'i respiratori e i dispositivi di protezione donati dalla Cina', 'gli aerei antincendio inviati la
                # settimana scorsa dall'Unione europea': the giver is the agent after the participle, the others
                # (else the state the article is about) receive
                giver = next((am for am in doc.actors[sent.index] if 0 <= am.char_start - given.end() <= 2), None)
                if giver is not None:
                    mine = {_country(giver.actor)}
                    clause = max(text.rfind(p, sent.start, h.start) for p in ",;:")
                    others = [am for am in doc.actors[sent.index] if am.actor.kind == "state"
                              and _country(am.actor) not in mine and clause < am.char_start
                              and am.char_end <= given.end()]
                    host = None if others else self._host_state(doc, mine)
                    actor_list = [giver]
                    near = sorted(others, key=lambda am: _span_distance(h.start, h.end, am.char_start, am.char_end))
                    recipient_list = near[:1] or ([_context_party(host)] if host is not None else [])
            if etype == "SANCTION" and _BORDER_CLOSED.search(h.text) and not (actor_list and recipient_list):
                actor_list, recipient_list = self._border_sides(doc, actor_list, recipient_list)
            if etype in DIRECTED_PRIMARY and recipient_list and not actor_list:
                # '... i droni turchi hanno colpito ... e gli F-16 hanno abbattuto due caccia di Damasco': the
                # actor of the sentence's previous act of the same kind
                theirs = {_country(m.actor) for m in recipient_list}
                prev = next((r for r in reversed(self._records) if r["sentence"] is sent and r["event_type"] == etype
                             and r["actors"] and not {_country(p) for p in r["actors"]} & theirs), None)
                if prev is not None:
                    actor_list = [_ParticipantMention(p) for p in prev["actors"]]
            if etype == "SANCTION" and _RECALLED.match(h.text) and actor_list and not recipient_list:
                # 'l'ambasciatore dell'Ue ... aveva già lasciato il Paese, richiamato per consultazioni': the envoy's
                # side recalls him from the place he left, else from the state the article is about
                own = actor_list[:1]
                mine = {_country(m.actor) for m in own}
                rest = [m for m in actor_list[1:] if _country(m.actor) not in mine]
                host = self._host_state(doc, mine) if not rest and doc is not None else None
                actor_list, recipient_list = own, rest[:1] or ([_context_party(host)] if host is not None else [])
            if entry.group == "arrest" and not actor_list and doc is not None and (
                    recipient_list or _OWN_AUTHORITIES.search(text, max(sent.start, h.start - 30), h.start)):
                # 'Davis è stato arrestato poche ore dopo', 'Lunedì le autorità hanno arrestato quattro autisti
                # filippini': the state the article is about arrests (not the one of the people arrested)
                if not recipient_list:
                    recipient_list = [am for am in self._eligible if am.char_start >= h.end and am.via == "demonym"
                                      and not _CLAUSE_PUNCT.search(text, h.end, am.char_start)][:1]
                host = self._host_state(doc, {_country(m.actor) for m in recipient_list}) if recipient_list else None
                if host is not None:
                    actor_list = [_context_party(host)]
            if etype == "SANCTION" and not recipient_list and \
                    _OBJECT_CLITIC_AUX.search(text, max(sent.start, h.start - 12), h.start):
                # 'Poche ore dopo il governo l'ha dichiarata persona non grata': the clitic is the person the previous
                # sentence was about
                recipient_list = [am for am in self._last_subject if am.actor.kind == "person"][:1]
            if etype in DIRECTED_PRIMARY and recipient_list and not actor_list and doc is not None and \
                    _OWN_GOVERNMENT.search(text, max(sent.start, h.start - 40), h.start):
                # 'La settimana scorsa il governo aveva consegnato all'Ucraina un nuovo lotto di obici': a government
                # named by no state is the one of the state the article is about
                host = self._host_state(doc, {_country(m.actor) for m in recipient_list})
                if host is not None:
                    actor_list = [_context_party(host)]
            if etype == "AID" and actor_list and recipient_list and doc is not None:
                # 'la Mezzaluna rossa iraniana aveva consegnato a Herat trenta camion di farina, un aiuto che l'Iran
                # presentava come ...': a giver's own state does not receive its aid; the other of the article's two
                # states does
                own = {m.actor.country_code for m in actor_list if m.actor.country_code}
                kept = [m for m in recipient_list if m.actor.country_code not in own]
                if len(kept) < len(recipient_list):
                    recipient_list = kept or self._pair_other(doc, {c.lower() for c in own}) or []
            if etype == "AID" and actor_list and doc is not None and \
                    all(m.via in ("context", "host") for m in recipient_list) and \
                    (local := _LOCAL_RECIPIENT.match(text, h.start, min(sent.end, h.end + 120))):
                # 'la settimana scorsa il Giappone aveva consegnato tende e generatori alle popolazioni colpite':
                # people or bodies of no state named receive in the state of the place named with them ('nella
                # regione di Magway', 'all'ospedale di Rarotonga'), else in the state the article is about
                mine = {_country(m.actor) for m in actor_list}
                where = next((pl for pl in places if h.start <= pl.char_start <= local.end() + 40 and pl.country_code
                              and pl.country_code.lower() not in mine), None)
                if where is not None:
                    host = _place_state(where).actor
                else:      # (a receiver the context already gave stays)
                    host = None if recipient_list else self._host_state(doc, mine)
                if host is not None:
                    recipient_list = [_context_party(host)]
            if etype == "SANCTION" and entry.group in ("sanction", "aid") and actor_list and \
                    (entry.kind == "verb" or _VERBISH.search(h.text) or _MODAL_START.match(h.text)) and \
                    not recipient_list and doc is not None and \
                    not _DATIVE_CLITIC.search(text, max(sent.start, h.start - 5), h.start) and \
                    not _TO_SOMEONE.match(text, h.end):
                # 'mercoledì la Francia avrebbe congelato i fondi dell'Agenzia francese di sviluppo destinati
                # all'ospedale di El-Maarouf': a measure whose target the text leaves implicit hits the other of the
                # two states the article is about (not one given to someone: 'gli ha negato il visto', 'ha negato i
                # visti a una delegazione')
                mine = {_country(m.actor) for m in actor_list}
                recipient_list = self._pair_other(doc, mine)
                if recipient_list is None and _MODAL_START.match(h.text) and _HELP_GIVEN.search(h.text):
                    # ('il governo svedese ... potrebbe sospendere la cooperazione allo sviluppo'): a measure weighed
                    # by a state the article is not about hits the state it is about
                    host = self._host_state(doc, mine)
                    recipient_list = [_context_party(host)] if host is not None else []
                recipient_list = recipient_list or []
            if etype == "ASSAULT" and doc is not None and _RECIPROCAL_CLASH.match(h.text) and \
                    _BOTH_ARMIES.search(text, max(sent.start, h.start - 60), h.start):
                # 'Nel giugno 2008 i due eserciti si erano scontrati a Ras Doumeira': the two states the article's
                # fights so far opposed clashed, else the two states the article is about (whoever else the
                # sentence names: 'prima di una tregua negoziata a Mosca')
                pair = self._fight_sides() or self._article_pair(doc)
                if len(pair) == 2:
                    actor_list, recipient_list = pair[:1], pair[1:]
            if etype == "SANCTION" and actor_list and all(m.via == "context" for m in recipient_list) and \
                    (_MUTUAL.search(h.text) or not recipient_list and _THEIR_ENVOYS.search(h.text)) and \
                    len(self._keys(actor_list)) == 2 and all(m.actor.kind == "state" for m in actor_list):
                # 'I due Paesi avevano già richiamato i rispettivi ambasciatori': each from the other (_split_actors),
                # not from a state of the sentences before; so is 'Il Marocco e la Tunisia hanno richiamato i loro
                # ambasciatori' when no other state is named
                recipient_list = actor_list[1:2]
            if etype == "ASSAULT" and not actor_list and not recipient_list and \
                    self._search(_RENEWED_ATTACK, text, max(sent.start, h.start - 40), min(sent.end, h.end + 30)):
                # 'Una seconda ondata di raid ha colpito la città stamattina': the sides of the article's latest
                # attack, told in this sentence or the two before
                prev = next((r for r in chain(reversed(self._sent_records), reversed(records))
                             if r["event_type"] == "ASSAULT" and r["actors"] and r["recipients"]
                             and sent.index - r["sentence"].index <= 2), None)
                if prev is not None:
                    actor_list = [_ParticipantMention(p) for p in prev["actors"]]
                    recipient_list = [_ParticipantMention(p) for p in prev["recipients"]]
            if etype == "SANCTION" and not _VERBISH.search(h.text) and actor_list and not recipient_list and \
                    doc is not None \
                    and (dem := next((am for am in doc.actors[sent.index] if 0 <= am.char_start - h.end <= 2
                                      and am.via == "demonym"), None)) is not None and \
                    (rest := [m for m in actor_list if _country(m.actor) != _country(dem.actor)]):
                # 'Di Maio ha convocato l'ambasciatore russo, e il segretario generale gli ha notificato l'espulsione
                # dei due funzionari russi': the nationality of the expelled is the target, the others act
                actor_list, recipient_list = rest, [dem]
            if etype in DIRECTED_PRIMARY and not (actor_list and recipient_list):
                return self._reject(h, f"directed without actor and recipient: {[p.actor.name for p in actor_list]}"
                                       f" -> {[p.actor.name for p in recipient_list]}")
            if not actor_list and not recipient_list:
                return self._reject(h, "no participants")
        # dates
        date = None
        is_verb = verb_trigger(h.text)
        if date_tx is not None:
            date = _text_date(date_tx)
        elif where_visit is not None and where_visit["date"] is not None:
            date = where_visit["date"]
        elif scene is not None:
            date = scene["date"]
        elif guest_trip is not None and guest_trip["date"] is not None:
            date = guest_trip["date"]
        elif lag_date is not None:
            date = lag_date
        elif self._carried is not None and status == "OCCURRED" and (is_verb or entry.kind == "verb") and not (
                # 'In quel discorso, il 4 novembre, Hariri aveva accusato ... A pranzo è stato ricevuto dal presidente
                # francese': after a flashback in the pluperfect, the present perfect is back to the story's day
                _PRESENT_PERFECT.match(h.text) and self._carried_in_flashback()):
            date = _text_date(self._carried).model_copy(update={"source": "INFERRED"})
        elif status == "OCCURRED" and (entry.kind == "verb" or is_verb) and (orphan := self._orphan_day(h)) is not None:
            # 'A spingere per un vertice erano stati, il 5 febbraio, X e Y, che si erano incontrati nella capitale': the
            # day of a trigger that named no event dates the sentence's act
            date = _text_date(orphan)
        elif etype == "SANCTION" and is_verb:
            # 'i capi di Stato della Ceeac, riuniti in un vertice straordinario ..., hanno sospeso il Gabon': a
            # measure taken at the summit the sentence dates
            summit = next((r for r in reversed(self._sent_records) if r["group"] == "summit" and r["date"] is not None
                           and r["date"].source == "TEXT" and r["date"].precision == "DAY"), None)
            date = summit["date"] if summit is not None else None
        if etype == "ASSAULT" and status == "OCCURRED":
            lead = re.match(r"(?:aver|avere)\s+", h.text, re.I)
            if self._search(_ACCUSED_OF, text, max(sent.start, h.start - 140),
                            h.start + (lead.end() if lead else 0)) is not None:
                # 'il ministero della Difesa azero ha accusato le forze armene di aver bombardato i distretti di
                # Terter': an attack one side alleges
                status, cue_text = "DISPUTED", "accusato di"
        if where_visit is not None and where_visit["status"] in ("CANCELLED", "POSTPONED") and \
                etype == "CONSULT" and status in ("OCCURRED", "PLANNED", "UNCERTAIN"):
            # 'ha annullato la visita in Italia prevista per lunedì 14 novembre, durante la quale avrebbe dovuto
            # incontrare il collega italiano': what the visit was for is called off with it
            status = where_visit["status"]
        ref = self._reference
        if status == "UNCERTAIN" and date is not None and date.source == "TEXT" and not (
                ref is not None and date.end < ref.start):
            # (a past date is not the day of a measure that may come: 'potrebbe sospendere l'apertura dei consolati,
            # concordata l'anno scorso')
            status = "PLANNED"
        if status == "OCCURRED" and date is not None and date.source == "TEXT" and ref is not None and \
                ref.source == "PUBLICATION" and ref.precision == "DAY" and date.start > ref.end and \
                not (_PAST_FINITE.match(h.text) and not _EXPECTED_ANY.search(h.text)):
            # 'il vertice dei Brics di Xiamen, dal 3 al 5 settembre' in an article of 29 August: still to come
            status = "PLANNED"
        if status in ("PLANNED", "UNCERTAIN") and \
                (den := self._search(_LATER_DENIAL, text, h.end, sent.end)) is not None and \
                self._search(_REPORTED_PLAN, text, sent.start, h.start) is not None:
            status, cue_text = "DENIED", den.group(0).strip(" ;,:.")
        elif status == "OCCURRED" and \
                (den := self._search(_LATER_DENIAL, text, h.end, sent.end)) is not None and \
                (self._search(_REPORTED_PLAN, text, sent.start, h.start) is not None
                 or _SOURCE_OPENING.match(text, sent.start, h.start) is not None):
            # 'Secondo la Bild, venerdì la polizia ha fermato due funzionari; la polizia ha smentito': an act a source
            # reports and a later clause denies is disputed
            status, cue_text = "DISPUTED", den.group(0).strip(" ;,:.")
        # mode / cameo
        mode, cameo = entry.mode, entry.cameo
        if cameo_override:
            mode, cameo = None, cameo_override
        if as_visit:
            mode, cameo = "visit", _VISIT_CAMEO
        if etype == "ASSAULT" and mode is None and not self._lacks(lex.aerial_re, text, sent.start, sent.end) and \
                lex.aerial_re.search(sent.text):
            mode, cameo = "aerial", "195"
        if etype == "CONSULT" and mode is None and entry.group in ("meeting", "negotiation") and \
                ((mediators and not (self._keys(mediators) & self._keys(actor_list)))
                 or lex.third_party_re.match(text, h.end)
                 or any(lex.third_party_re.match(h.text, w.start()) for w in re.finditer(r"\s", h.text))):
            mode = "third-party"
        if etype == "CONSULT" and entry.group == "summit" and \
                len({_country(p.actor) for p in actor_list}) >= 3 and mode is None:
            mode = "multilateral"
        # location
        location = self._location(text, sent, h, places, etype)
        # claims
        claimed_by = denier.text if denier is not None else attributed
        for tx in h.timexes:
            if tx.type == "DURATION" and etype == "CONSULT" and _DIGIT.search(tx.value or ""):
                claims.append({"attribute": "duration", "value": tx.value, "text": tx.text})
        if etype in ("ASSAULT", "AID", "SANCTION"):
            # (most sentences name none of the units a count needs: no scan of them)
            count = None if self._lacks(lex.count_re, text, sent.start, sent.end) else self._count(sent.text)
            if count:
                claims.append({"attribute": "count", "value": count[0], "text": count[1]})
        if status != "OCCURRED" or claimed_by:
            claims.append({"attribute": "status", "value": status, "text": cue_text})
        if etype == "CONSULT":
            # 'il governo del presidente Hadi e i ribelli Houthi': the government of a person is his state
            have = {_country(am.actor) for am in actor_list if am.actor.kind == "state"}
            for am in list(actor_list):
                code = am.actor.country_code
                if am.actor.kind == "person" and am.char_start > 0 and code and code not in _NON_STATES and \
                        code.lower() not in have and \
                        self._search(_GOV_OF, text, max(sent.start, am.char_start - 45), am.char_start):
                    have.add(code.lower())
                    actor_list.append(_PlaceActorMention(_Actor(_country_name(code), "state", code), am.text,
                                                         am.char_start, am.char_end, via="government"))
        parts_a = _participants(actor_list)
        parts_r = [p for p in _participants(recipient_list)
                   if p.name not in {x.name for x in parts_a}]
        rec = {
            "event_type": etype, "mode": mode, "cameo": cameo, "status": status, "actors": parts_a,
            "recipients": parts_r, "date": date, "location": location, "trigger": h.text, "sentence": sent,
            "claims": claims, "attributed_to": claimed_by, "group": entry.group,
            "keys": frozenset(self._keys(actor_list + recipient_list)),
            "claimed_by": claimed_by,
            # where an attack verb's own subject starts (a clause with a subject of its own: 'e gli F-16 hanno
            # abbattuto'), to keep coordinated acts apart
            # (an aircraft shot down is the subject of its own passive: '..., e nel duello aereo un MiG-21 indiano è
            # stato abbattuto')
            "subject_at": h.start if entry.id == "shot_down" else _own_subject_start(text, sent.start, h.start)
            if etype == "ASSAULT" and _VERBISH.search(h.text) else None,
            # further coordinated destinations of a visit ('sarà a Belgrado e a Pristina'): one visit each
            "more_dests": more_dests, "dest_key": dest_key,
            # a noun coordinated with the act before it ('l'espulsione di X e il richiamo di Y'): an act of its own
            "coordinated": not is_verb and _AND_ART_BEFORE.search(text, max(sent.start, h.start - 8), h.start) is not None,
            "verb": is_verb,
            "at": h.start,
        }
        return rec

    def _scene(self, text: str, sent, records: list[dict]) -> Optional[dict]:
        """The earlier record a sentence with no date of its own is set at, by its opening words: 'Lì' or 'In
        quell'occasione', the last dated talk or gathering of the sentence before ('... il vertice Ue-Russia in programma
        giovedì e venerdì a Nizhny Novgorod. Lì Barroso vedrà Medvedev'); 'A margine del Consiglio', that of the three
        before; an act told again in the passive ('Il testo è stato firmato in Etiopia, ..., dopo un incontro'), the
        text-dated act of the three before whose trigger has the participle's stem."""
        start, stem = self._body_start, None
        if _THERE_OPENER.match(text, start):
            back = 1
        elif _MARGIN_OPENER.match(text, start):
            back = 3
        elif (told := _RESTATED.match(text, start)) is not None:
            back, stem = 3, told.group(1).lower()
        else:
            return None
        return next((r for r in reversed(records) if 0 < sent.index - r["sentence"].index <= back
                     and r["date"] is not None
                     and (r["date"].source == "TEXT" and stem in r["trigger"].lower() if stem is not None
                          else r["event_type"] == "CONSULT")), None)

    def _sitting_dated(self, text: str, sent, h: Hit, shared_dates: list) -> bool:
        """Whether a body's sitting ('il Consiglio europeo') has a date of its own: one of the trigger's, or the date
        opening the sentence when a verb opens the sitting ('Quello stesso giovedì, a Bruxelles, si era aperto il
        Consiglio europeo') or the sitting is the sentence's first act and no genitive ('La tensione è esplosa ieri a
        Bruxelles, al Consiglio dei ministri dell'Interno dell'Ue'; not 'le conclusioni del Consiglio europeo')."""
        if any(t.type != "DURATION" for t in h.timexes):
            return True
        return bool(shared_dates) and (
            _MEETING_OPENED.search(text, max(sent.start, h.start - 40), h.start) is not None
            or not any(o.start < h.start for o in self._sent_hits)
            and _GENITIVE_BEFORE.search(text, max(sent.start, h.start - 12), h.start) is None)

    def _group_meeting(self, text: str, sent, h: Hit, parts: list) -> Optional[list]:
        """Parties with a group's member states ('il G7' -> its seven states). Only the group's own meeting
        ('il vertice del G7', 'i ministri del G7 riuniti', 'il G7 si è riunito') with a date or a place of its own
        keeps them, and the persons the sentence names join it; a passing mention ('i Paesi del G7', 'in vista
        del G7') loses them (None when nothing is left)."""
        groups = [am for am in parts if isinstance(am, _GroupMemberMention)]
        self._group_date = None
        own, named = False, []
        for g in {(am.char_start, am.char_end) for am in groups}:
            a, b = g
            if h.start <= a and b <= h.end:       # the trigger names the group: 'del G7'
                left = text[max(sent.start, a - 60):a]
                named = [x.char_start for x in list(h.timexes) + list(h.places)
                         if x.char_start >= b and _GROUP_NAMED.match(text[b:x.char_start])]
                right = _GROUP_MEETING_RIGHT.match(text, b)
                if right is not None:     # 'i ministri del G7, riuniti il 10 aprile': the date of the meeting
                    self._group_date = next((t for t in self._sent_timexes if 0 <= t.char_start - right.end() <= 12
                                             and self._usable_date(text, sent, t)), None)
                own = bool(_GROUP_MEETING_LEFT.search(left) or right or named)
                # 'il G8 dell'Aquila di luglio', 'al G20 di Bali': the summit itself
            elif a >= h.end:                      # 'la riunione dei ministri degli Esteri del G7'
                own = bool(_GROUP_GENITIVE.match(text[h.end:a]))
            else:                                 # 'il G7 si è riunito'
                own = not self._clause_cut(text, h, a, b) and h.start - b <= 30
            if own:
                break
        dated = any(t.type != "DURATION" for t in h.timexes) or self._group_date is not None or \
            any(self.lex.locative_re.search(_left(text, sent, pl.char_start, 20)) for pl in h.places)
        if own and (dated or named):
            have = self._keys(parts)
            # the group is a side too ('i ministri dell'Alleanza degli Stati del Sahel si riuniranno'): its name
            # first, then its members
            bodies = list({_key(am.group): _PlaceActorMention(am.group, am.text, am.char_start, am.char_end, via="group")
                           for am in groups if am.group is not None and _key(am.group) not in have}.values())
            return bodies + parts + [am for am in self._eligible if am.actor.kind == "person"
                                     and _key(am.actor) not in have and not self._venue(am.text)]
        rest = [am for am in parts if not isinstance(am, _GroupMemberMention)]
        if h.start <= min(am.char_start for am in groups) and max(am.char_end for am in groups) <= h.end \
                and not self._enough_parties(rest):
            return None
        return rest

    def _nonmilitary(self, text: str, h: Hit) -> bool:
        """'attacco informatico', 'colpisce il settore energetico': not an armed attack."""
        rx = self.lex.nonmilitary_attack_re
        if rx.match(text[h.end:h.end + 60]):
            return True
        first = re.match(r"\w+", h.text)
        return bool(first and first.group(0).lower().startswith("attacc") and rx.match(h.text[first.end():]))

    @staticmethod
    def _clause_cut(text: str, h: Hit, a: int, b: int) -> bool:
        gap = text[min(h.end, b):max(h.start, a)]
        return bool(_CLAUSE_PUNCT.search(gap)) or "," in gap or _CONDITION_CLAUSE.search(gap) is not None

    def _cancelled_parties(self, h: Hit, sent, records: list) -> list:
        """The parties of the meeting a cancellation verb governs: another meeting trigger of the sentence,
        or (a clitic: 'averlo annullato') the latest meeting of the last two sentences."""
        out = []
        meetings = [o for o in self._sent_hits
                    if o is not h and o.entry.event_type.value == "CONSULT" and o.entry.group != "cancel"]
        # (the one it governs, when it governs one: not 'ricevendo X' before 'ha annunciato di aver cancellato il
        # vertice con Y')
        meetings = [o for o in meetings if _governs(h, o)] or meetings
        for o in meetings:
            out += [am for am in o.actors if not self._is_locative(self._doc.text, sent, am)]
        # ('ha annunciato la fine delle consultazioni': the talks the text reported last)
        if not self._enough_parties(out) and (_takes_back(self._doc.text, h.start, h.text) or _TALKS_ENDED.search(h.text)):
            for r in reversed(records + [r for r in self._sent_records if r["at"] < h.start]):
                if r["event_type"] == "CONSULT" and sent.index - r["sentence"].index <= 2:
                    out += [_ParticipantMention(p) for p in r["actors"] + r["recipients"]]
                    break
        return out

    def _appointed_day(self, text: str, h: Hit, t) -> bool:
        """Whether ``t`` is the day the noun is appointed for, in its apposition ('la visita del presidente russo in
        Turchia, prevista per il 15 ottobre, è rinviata'), with no other trigger between."""
        return t.char_start - h.end <= 80 and self._search(_APPOINTED_FOR, text, h.end, t.char_start) is not None and \
            not _CLAUSE_PUNCT.search(text, h.end, t.char_start) and \
            not any(h.end <= o.start < t.char_start for o in self._sent_hits)

    def _date_right_after(self, text: str, sent, pos: int, gap: int):
        """The first usable date or time of the sentence that starts at most ``gap`` characters after ``pos``."""
        return next((t for t in self._sent_timexes if t.type in ("DATE", "TIME") and 0 <= t.char_start - pos <= gap
                     and self._usable_date(text, sent, t)), None)

    def _reject(self, h: Hit, reason: str) -> None:
        h.rejected = reason
        if self.trace is not None:
            self.trace.append({"trigger": h.text, "char_start": h.start, "reason": reason})
        return None

    @staticmethod
    def _keys(mentions) -> set[str]:
        return {_key(m.actor) for m in mentions}

    def _enough_parties(self, parts) -> bool:
        """Whether ``parts`` name two sides (_two_sides), remembered for the last list asked about: a trigger's
        parties are asked about again and again while they do not change."""
        snap = tuple(parts)           # (holding the mentions: equal to the last one only if it names the same ones)
        last = self._enough_last
        if last is not None and last[0] == snap:
            return last[1]
        got = self._two_sides(snap)
        self._enough_last = (snap, got)
        return got

    @staticmethod
    def _two_sides(parts) -> bool:
        # (_key and _country inlined, both sets built in one pass)
        keys: set = set()
        countries: set = set()
        for m in parts:
            a = m.actor
            kind, code = a.kind, a.country_code
            # _country(a)
            side = a.name.lower() if code and kind == "organization" and code not in BODY_CODES else \
                (code or a.name).lower()
            if kind == "person":
                keys.add("p:" + a.name.lower())
                countries.add(side)
            elif kind == "organization":
                # (an organization is a side of its own: 'il governo di Hadi e i ribelli Houthi')
                keys.add("s:" + side)
                countries.add("s:" + side)
            else:
                keys.add("s:" + side)
                countries.add(side)
        if len(keys) < 2:
            return False
        if len(countries) >= 2:
            return True
        return sum(1 for k in keys if k.startswith("p:")) >= 2

    @staticmethod
    def _as_states(parts: list) -> list:
        """Each party as its state: a person by his country, a state as it is (others dropped)."""
        out, seen = [], set()
        for am in parts:
            a = am.actor
            code = a.country_code if a.kind in ("person", "state") else None
            if not code or code in seen or len(code) != 3:
                continue
            seen.add(code)
            out.append(am if a.kind == "state" else
                       _PlaceActorMention(_Actor(_country_name(code), "state", code), am.text, am.char_start,
                                          am.char_end, via="anaphora"))
        return out if len(out) >= 2 else parts

    def _recent_dyad(self, sent, records: list) -> list:
        """The states of the latest act of this sentence or the one before that names exactly two states."""
        for r in chain(reversed(self._sent_records), reversed(records)):
            if r["sentence"].index < sent.index - 1:
                break
            states = self._as_states([_ParticipantMention(p) for p in r["actors"] + r["recipients"]])
            if len(states) == 2 and all(am.actor.kind == "state" for am in states):
                # (not with a state the article names only once: 'è volato nella capitale belga ... Ieri Algeri ha
                # annullato la riunione tra i due governi' are Algeria and Spain, not Belgium)
                counts = self._doc.state_counts() if self._doc is not None else None
                if counts is not None and any(counts[_country(am.actor).upper()] < 2 for am in states):
                    return []
                return states
        return []

    def _resolve_anaphor(self, h: Hit, parts: list, records: list, pending: list) -> list:
        """Complete the parties of an anaphoric/dated CONSULT from earlier events of the same group; a state among
        them stands for its one holder of the office the plural names ('I due ministri degli Esteri potrebbero
        incontrarsi' after the Bolivian foreign minister was named: him, not Bolivia)."""
        return self._office_holders(h, self._anaphor_parties(h, parts, records, pending))

    def _office_holders(self, h: Hit, parts: list) -> list:
        doc = self._doc
        si = doc._sentence_of(h.start) if doc is not None else None
        two = _TWO_OF_THEM.search(doc.text, doc.sentences[si].start, h.start) if si is not None else None
        offices = _office_classes(doc.text, two.start()) if two is not None else frozenset()
        if not offices:
            return parts
        from transforms.actors import ActorResolver
        classes = ActorResolver.default().title_class
        holders: dict = {}
        for k in range(si + 1):
            for am in doc.actors[k]:
                if am.actor.kind == "person" and am.actor.country_code and am.char_start < h.start and \
                        classes.get(am.actor.title or "") in offices:
                    holders.setdefault(_country(am.actor), {})[_key(am.actor)] = am
        have = self._keys(parts)
        out = []
        for am in parts:
            one = holders.get(_country(am.actor), {}) if am.actor.kind == "state" else {}
            if len(one) == 1 and not set(one) & have:
                am = _context_party(next(iter(one.values())).actor, am.text)
            out.append(am)
        return out

    def _anaphor_parties(self, h: Hit, parts: list, records: list, pending: list) -> list:
        have = self._keys(parts)
        if not have and (two := self._previous_two_sides(h, have)):
            return two            # 'Sabato sera i due si sono parlati': the two the sentence before named
        mine = {_country(am.actor) for am in parts if am.actor.kind == "person"} if h.entry.mode == "visit" else set()
        for cand in reversed(pending):
            if cand["group"] == h.entry.group and cand["parts"]:
                # (for a trip, not a traveller of another state: 'Il segretario di Stato americano, che aveva visitato
                # la capitale birmana ... Il papa lunedì arriverà in Myanmar' is the pope's trip, not the secretary's)
                parts = parts + [am for am in cand["parts"] if _key(am.actor) not in have
                                 and not (mine and am.actor.kind == "person" and _country(am.actor) not in mine)]
                have = self._keys(parts)
                break
        if len(have) >= 2:
            return parts
        # 'un breve colloquio con Putin, il primo faccia a faccia tra i due': the talks its own sentence reported
        here = next((r for r in reversed(self._sent_records) if r["event_type"] == "CONSULT"
                     and len(r["keys"]) >= 2 and have <= r["keys"]), None)
        if here is not None:
            return parts + [_ParticipantMention(p) for p in here["actors"] + here["recipients"]
                            if _key(p) not in have]
        same_group = [r for r in records if r["event_type"] == "CONSULT" and r["group"] == h.entry.group]
        pool = same_group or [r for r in records if r["event_type"] == "CONSULT"]
        counts = Counter(r["keys"] for r in pool if have <= r["keys"])
        if not counts:
            return parts
        # (between talks reported as often, those of the two states the article is about: 'Un possibile incontro tra i
        # due ministri' after the Canadian–Saudi call and a British minister's call to Riyadh)
        pair = {_key(am.actor) for am in self._article_pair(self._doc)}
        best = max(counts, key=lambda k: (counts[k], bool(pair) and pair <= k,
                                          max(i for i, r in enumerate(pool) if r["keys"] == k)))
        src = next(r for r in reversed(pool) if r["keys"] == best)
        return parts + [_ParticipantMention(p) for p in src["actors"] + src["recipients"]
                        if _key(p) not in have]

    def _previous_two_sides(self, h: Hit, have: set) -> list:
        """For 'i due' of a reciprocal act with no parties of its own, the two sides the sentence before names ('Il
        presidente cinese ha criticato il protezionismo; il vicepresidente americano gli ha risposto. Sabato sera i due
        si sono parlati'): one mention per state, a person rather than their state, when there are exactly two."""
        si = self._doc._sentence_of(h.start) if self._doc is not None else None
        two = _TWO_OF_THEM.search(self._doc.text, self._doc.sentences[si].start, h.start) if si else None
        if two is None:
            return []
        sides: dict = {}
        for am in self._doc.actors[si - 1]:
            if am.actor.kind == "person" and am.actor.country_code:
                sides[_country(am.actor)] = am
            elif am.actor.kind == "state":
                sides.setdefault(_country(am.actor), am)
        offices = _office_classes(self._doc.text, two.start())
        if offices and len(sides) == 2 and all(am.actor.kind == "person" and not _may_hold(am.actor, offices)
                                               for am in sides.values()):
            # 'Ieri sera i due presidenti si sono sentiti' after a sentence about two deputy premiers: the holders of
            # the office in those two states
            sides = {c: _context_party(_Actor(_country_name(am.actor.country_code), "state", am.actor.country_code))
                     for c, am in sides.items()}
        before = self._doc.sentences[si - 1]
        pair = self._article_pair(self._doc) if offices and len(sides) >= 2 and \
            _BOTH_SIDES.search(self._doc.text, before.start, before.end) else []
        ours = {_country(am.actor) for am in pair}
        if len(pair) == 2 and set(sides) & ours and set(sides) - ours:
            # 'Il dipartimento di Stato americano ha invitato le due parti ... Sabato sera i due ministri degli Esteri si
            # sono sentiti': a third state and the two sides of the article: the ministers of those two
            return [] if self._keys(pair) & have else list(pair)
        if len(sides) != 2 or self._keys(sides.values()) & have:
            return []
        return [_context_party(am.actor, am.text) for am in sides.values()]

    def _donate(self, h: Hit, doc, records, pending, sent) -> None:
        """A back-reference without parties gives its durations to the latest CONSULT told (before or in its own
        sentence)."""
        durs = [t for t in h.timexes if t.type == "DURATION" and _DIGIT.search(t.value or "")]
        if not durs:
            return
        seen = {id(o) for o in records}
        for r in reversed(records + [r for r in self._sent_records if id(r) not in seen]):
            if r["event_type"] == "CONSULT" and sent.index - r["sentence"].index <= 2:
                for tx in durs:
                    c = {"attribute": "duration", "value": tx.value, "text": tx.text}
                    if c not in r["claims"]:
                        r["claims"].append(c)
                return

    def _own_schedule(self, text: str, sent, h: Hit) -> Optional[re.Match]:
        """The schedule phrase of a noun's own clause ('la visita ..., attesa per lunedì 23 novembre', 'prevista
        nella capitale egiziana'): within 120 characters, with no clause mark and no other trigger between."""
        sch = self._search(_SCHEDULED, text, h.end, min(sent.end, h.end + 120))
        if sch is None or _CLAUSE_PUNCT.search(text, h.end, sch.start()) or \
                any(h.end <= o.start < sch.start() for o in self._sent_hits):
            return None
        return sch

    def _scheduled_destination(self, text, sent, h: Hit, places, parts):
        """The state of the place a visit noun's schedule clause names ('la visita ..., attesa giovedì 31 agosto
        nella capitale guatemalteca', '..., prevista per lunedì a Lima'), when it is not a party's already."""
        sch = self._own_schedule(text, sent, h)
        if sch is None:
            return None
        stop = _CLAUSE_PUNCT.search(text, sch.end(), sent.end)
        end = min(stop.start() if stop else sent.end, sch.end() + 60)
        have = {_country(am.actor) for am in parts}
        for am in self._eligible:
            if sch.end() <= am.char_start < end and am.actor.kind == "state" and _country(am.actor) not in have \
                    and _CAPITAL_OF.search(text, max(0, am.char_start - 12), am.char_start):
                return _PlaceActorMention(am.actor, am.text, am.char_start, am.char_end)
        for pl in places:
            if sch.end() <= pl.char_start < end and pl.country_code and pl.country_code.lower() not in have \
                    and _TO_PLACE.search(text, max(0, pl.char_start - 5), pl.char_start):
                return _place_state(pl)
        return None

    def _is_origin(self, text, sent, am) -> bool:
        """'da Bruxelles': where a visitor comes from is not a party of the visit."""
        return am.actor.kind != "person" and bool(_ORIGIN.search(_left(text, sent, am.char_start, 12)))

    def _host(self, text, sent, h, places, parts, destination: bool = False):
        # a destination named right after the verb counts even when a visitor's country is guessed from context
        # ('il vicesegretario Daniel Russel sarà a Manila'); the states already parties do not
        # ('spola tra Kiev e Mosca': the metonyms of the places after the trigger are those places, not parties)
        have = {_country(m.actor) for m in parts if not destination or (m.actor.kind != "person"
                                                                         and m.char_start < h.end)}
        cap = _CAPITAL_AHEAD.match(text, h.end) if destination else None
        if destination and (h.text.rstrip().lower().endswith("capitale") or cap is not None):
            # 'atterrato nella capitale eritrea', 'è atterrato giovedì 7 settembre nella capitale gabonese': the state
            # of the demonym that follows
            at = cap.end() if cap is not None else h.end
            # (or the capital itself, when it stands for the dateline's state: 'è arrivato nella capitale, dove')
            am = next((am for am in self._eligible if (0 <= am.char_start - at <= 2 or am.char_end == at)
                       and am.actor.kind == "state"), None)
            if am is not None and _country(am.actor) not in have:
                return _PlaceActorMention(am.actor, am.text, am.char_start, am.char_end)
        if destination and self._doc is not None and (_WHAT_THE_STATE_IS.search(h.text.rstrip()) or
                                                      _VISIT_THE_STATE.search(h.text) and
                                                      _STATE_EPITHET_OBJECT.match(self._doc.text, h.end)):
            # 'arrivato ieri sera nel Paese', 'a visitare l'isola': the state the article is about
            host = self._host_state(self._doc, have)
            if host is not None:
                return _PlaceActorMention(host, h.text, h.end - 5, h.end)
        if destination:       # the place right after the trigger: 'arrivato ieri a Roma', 'in visita in Italia'
            places = [pl for pl in places if pl.char_start >= h.end and pl.char_start - h.end <= 40
                      and not _CLAUSE_PUNCT.search(text[h.end:pl.char_start])
                      and (h.text.rstrip().lower().endswith((" a", " ad", " in", " tra", " scelto", " per"))
                           or (h.text.rstrip().lower().endswith(" da") and "ripartit" in h.text.lower())
                           or self.lex.locative_re.search(_left(text, sent, pl.char_start, 20)))] or \
                [pl for pl in places if pl.char_end <= h.start and text[max(sent.start, self._body_start):
                                                                        pl.char_start].strip().lower() in _FRONT_LOC]
            places = places[:1]       # (or the place the sentence opens on: 'A Manila, l'8 luglio, sono attesi ...')
        else:                 # a host elsewhere in the same clause
            near = [pl for pl in places if not _CLAUSE_PUNCT.search(text[min(h.end, pl.char_end):max(h.start, pl.char_start)])
                    and "," not in text[min(h.end, pl.char_end):max(h.start, pl.char_start)]
                    # ('era arrivato venerdì dal Vietnam per una visita di Stato': where the visitor came from)
                    and not _ORIGIN.search(_left(text, sent, pl.char_start, 12))]
            # (or the place a 'dove' clause holding the trigger refers to: 'era in Cina, dove domenica 6 luglio aveva
            # cominciato una visita di tre giorni')
            places = near or [pl for pl in places if pl.char_end <= h.start
                              and _WHERE_REL_GAP.fullmatch(text, pl.char_end, h.start) is not None][-1:]
        for pl in sorted(places, key=lambda p: abs(p.char_start - h.end)):
            seat = next((am for am in self._doc.actors[sent.index] if am.char_start == pl.char_start
                         and am.actor.kind == "organization" and am.via == "metonym"), None) \
                if self._doc is not None else None
            if seat is not None and _country(seat.actor) not in have:
                # 'sarà a Bruxelles': the seat of a body is a visit to that body (the EU), not to Belgium
                return _PlaceActorMention(seat.actor, pl.text, pl.char_start, pl.char_end)
            if pl.country_code and pl.country_code.lower() not in have:
                # a territory coders name as a party ('Gaza Strip') keeps its own name
                return _place_state(pl)
        if destination and not places and self._doc is not None and \
                (town := _NAME_AHEAD.match(text, h.end)) is not None and \
                not any(am.char_start < town.end() and town.start() < am.char_end
                        for am in self._doc.actors[sent.index]):
            # 'la visita a Rarotonga' (a town no list knows), by a visitor of one of the two states the article is
            # about: a town of the other
            other = self._pair_other(self._doc, {_country(m.actor) for m in parts})
            if other:
                return _PlaceActorMention(other[0].actor, town.group(1), town.start(1), town.end(1))
        return None

    def _gap_without_date(self, text: str, a: int, b: int) -> tuple[str, Any]:
        """text[a:b] with the sentence's first date inside it taken out, with the article or preposition before it
        ('e il giorno dopo a', 'nel fine settimana i colleghi'), and that date (None when there is none)."""
        tx = next((t for t in self._sent_timexes if t.type in ("DATE", "TIME") and a < t.char_start
                   and t.char_end < b), None)
        if tx is None:
            return text[a:b], None
        return _BEFORE_DATE.sub("", text[a:tx.char_start]) + " " + text[tx.char_end:b], tx

    @staticmethod
    def _next_leg_date(text: str, h: Hit, tx) -> bool:
        """Whether a date after the trigger dates the next of two coordinated destinations ('era stato a Kinshasa
        e il giorno dopo a Kigali')."""
        return tx.char_start >= h.end and _LEG_BEFORE.match(text, h.end, tx.char_start) is not None and \
            _LEG_AFTER.match(text, tx.char_end) is not None

    def _more_destinations(self, text, h: Hit, dest, places, parts) -> list:
        """The destinations coordinated after the first one ('sarà a Belgrado e a Pristina'): (state mention, place)."""
        out, end = [], dest.char_end
        have = {_country(m.actor) for m in parts}
        # ('nella capitale sudcoreana venerdì 17 e in quella cinese sabato 18': a capital named by its state's
        # adjective, with 'quella' for 'la capitale')
        capitals = [am for am in self._eligible if am.char_start >= end and am.actor.kind == "state"
                    and getattr(am, "via", None) == "demonym" and _CAPITAL_OF.search(text, max(0, am.char_start - 12),
                                                                                  am.char_start)]
        cands = [(p.char_start, p.char_end, p) for p in places if p.char_start >= end] + \
            [(am.char_start, am.char_end, am) for am in capitals]
        for a, b, pl in sorted(cands, key=lambda c: c[0]):
            if a < end:
                continue
            # 'era stato a Kinshasa e il giorno dopo a Kigali': a date of its own between the two
            gap, tx = self._gap_without_date(text, end, a)
            if tx is not None and not text[end:tx.char_start].strip():
                # 'in Giappone mercoledì 15 marzo, nella capitale sudcoreana venerdì 17': the date right after a
                # destination is that destination's; the next one's follows it
                gap = text[tx.char_end:a]
                tx = next((t for t in self._sent_timexes if t.type in ("DATE", "TIME")
                           and 0 <= t.char_start - b <= 2), None)
            if not _MORE_DEST.fullmatch(gap):
                break
            if getattr(pl, "actor", None) is None:       # (a place of the gazetteer)
                if pl.country_code and pl.country_code.lower() not in have:
                    out.append((_place_state(pl), _place_record(pl), None if tx is None else _text_date(tx)))
                    have.add(pl.country_code.lower())
            elif _country(pl.actor) not in have:
                out.append((_PlaceActorMention(pl.actor, pl.text, a, b), None, None if tx is None else _text_date(tx)))
                have.add(_country(pl.actor))
            end = b
        return out

    def _arrest_parties(self, text, sent, h: Hit, actors, places) -> tuple[list, list]:
        """Who arrests whom. Passive ('Kovrig ... era stato arrestato a Pechino', 'Meng Wanzhou viene arrestata
        all'aeroporto di Vancouver su richiesta degli Stati Uniti'): the person before the verb is held, by the
        agent after 'da' or else by the state of the place where it happened. Active ('la polizia cinese ha fermato
        Michael Spavor'): the state before the verb holds the person after it."""
        opener = self._search(_CLAUSE_OPENER, text, h.end, sent.end)
        end = opener.start() if opener is not None else sent.end
        before = [am for am in actors if am.char_end <= h.start]
        after = [am for am in actors if h.end <= am.char_start < end]
        active = bool(_VERBISH.search(h.text)) and not _PASSIVE_HELD.search(h.text)
        if active:
            # (no named person: 'ha arrestato due cittadini francesi': their state)
            held = [am for am in after if am.actor.kind == "person"][:1] or \
                [am for am in after if getattr(am, "via", None) == "demonym"
                 and _CITIZENS.search(text, max(h.end, am.char_start - 30), am.char_start)][:1]
            by = [am for am in before if am.actor.kind in ("state", "organization")
                  and not self._clause_cut(text, h, am.char_start, am.char_end)][-1:]
        else:
            held = [am for am in before if am.actor.kind == "person"
                    and not _CLAUSE_PUNCT.search(text, am.char_end, h.start)
                    and not _OBJECT_PREP.search(_left(text, sent, am.char_start, 25))][:1] or \
                [am for am in before if getattr(am, "via", None) == "demonym"       # 'i soldati ivoriani sono stati
                 and not _CLAUSE_PUNCT.search(text, am.char_end, h.start)           # arrestati': their state
                 and _CITIZENS.search(text, max(sent.start, am.char_start - 30), am.char_start)][-1:]
            by = [am for am in after if _AGENT_GAP.match(text[h.end:am.char_start])][:1]
        if not by:
            # ('a Dandong ... la polizia ha fermato X', 'viene arrestata all'aeroporto di Vancouver'): the state
            # where it happened
            near = [pl for pl in places if pl.country_code and pl.char_start < end
                    and _span_distance(h.start, h.end, pl.char_start, pl.char_end) <= 80
                    and not _CLAUSE_PUNCT.search(text, min(pl.char_end, h.end), max(pl.char_start, h.start))]
            near = [pl for pl in near if self.lex.locative_re.search(_left(text, sent, pl.char_start, 20))] or near
            if near:
                by = [_place_state(min(near, key=lambda pl: _span_distance(h.start, h.end, pl.char_start,
                                                                         pl.char_end)))]
        if not held and by and not active and self._doc is not None and \
                _PEOPLE_HELD.search(text, max(sent.start, h.start - 40), h.start):
            # 'Appena scesi a terra, i soldati sono stati arrestati dalla gendarmeria maliana': people of no state
            # named, held by one of the article's two states, are the other's
            held = self._pair_other(self._doc, {_country(by[0].actor)}) or []
        return by, held

    @staticmethod
    def _quote_speaker(text, sent, h: Hit, actors, speakers) -> list:
        """The speaker named right after the quote that holds ``h`` when the quote speaks in the first person
        before it ('«Ho deciso di richiamare ...», ha annunciato X')."""
        opening = _QUOTE_OPEN.search(text[sent.start:h.start][::-1])
        if opening is None:
            return []
        qa = h.start - opening.start()
        close = _QUOTE_CLOSE.search(text, h.end, sent.end)
        if close is None or _FIRST_PERSON.search(text, qa, h.start) is None or \
                _QUOTE_CLOSE_TYPO.search(text, qa, h.start):    # (a quote closed before the trigger)
            return []
        return [am for am in actors if id(am) in speakers and am.char_start > close.start()][:1]

    def _directed(self, text, sent, h: Hit, actors, subject, speakers, places, etype=None):
        lex = self.lex
        etype = etype or h.entry.event_type.value
        src, dst = [], []
        passive = _PASSIVE.match(h.text) is not None      # 'Kharkiv è stata colpita dall'artiglieria russa'
        # after an active verb, a genitive or a nationality belongs to its object ('hanno abbattuto due caccia di
        # Damasco'); after a noun, to its agent ('i raid dell'esercito russo', 'attacchi russi')
        verb = not passive and (_VERBISH.search(h.text) is not None or _MODAL_START.match(h.text) is not None)
        if speakers and any(a < h.end and h.start < b for a, b in self._speech_spans):
            speakers = set()          # 'Quito aveva dichiarato persona non grata ...': the verb is the act itself
        if verb or etype == "SANCTION":
            # '..., dopo che il governo di López Obrador ha rotto le relazioni con Quito': the subject is in the
            # verb's own clause when that clause names someone (also the subject of the verb that orders a measure:
            # '..., dopo che il governo venezuelano aveva ordinato l'espulsione del personale diplomatico')
            opener = None
            for m in _CLAUSE_OPENER.finditer(text, sent.start, h.start):
                opener = m
            if opener is not None and (verb or _SUBORDINATE.match(opener.group())) and \
                    any(opener.end() <= am.char_start and am.char_end <= h.start for am in actors):
                actors = [am for am in actors if am.char_start >= opener.end() or am.char_end > h.start]
        if verb and (inc := _INCISE_BEFORE.search(text, max(sent.start, h.start - 160), h.start)) is not None:
            # 'l'Algeria, che ha aperto il suo spazio aereo ai caccia francesi, ha chiuso la frontiera': a relative
            # clause between the subject and its verb names no party of the verb
            actors = [am for am in actors if not (inc.start() < am.char_start < inc.end())]
        # '... ha rotto le relazioni con l'Ecuador sabato, mentre Colombia, Brasile ...': nor its objects beyond
        # ('il bombardamento nordcoreano dell'isola, ..., ma Pechino frena')
        opener_after = self._search(_CLAUSE_OPENER, text, h.end, sent.end)
        clause_end = opener_after.start() if opener_after is not None else sent.end
        # (a semicolon always ends the clause: '... aveva richiamato il proprio ambasciatore; lo stesso giorno aveva
        # fatto altrettanto l'Olanda')
        if opener_after is not None and (not verb or any(h.start <= am.char_start < clause_end for am in actors)
                                         or _WHILE.match(opener_after.group()) or opener_after.group()[0] == ";"):
            actors = [am for am in actors if am.char_start < clause_end]
        # '... ha colpito un compound a Kurram, vicino al confine afghano': a state named as where the border runs is
        # the place's neighbour, no party
        actors = [am for am in actors if am.char_start < h.end
                  or not _NEAR_BORDER.search(text, max(0, am.char_start - 40), am.char_start)
                  # ('la rottura delle relazioni con l'Ucraina, due giorni dopo la decisione analoga del Mali': the
                  # maker of another decision the act follows)
                  and not _OTHER_DECISION.search(_left(text, sent, am.char_start, 50))]
        rel = self._search(_REL_CLAUSE, text, h.end, clause_end)
        if rel is not None:
            # '... verso l'Afghanistan, da cui dipende gran parte del traffico pesante afghano': a nationality in a
            # relative clause after the object qualifies something of that clause, not the act's parties
            actors = [am for am in actors if am.char_start < rel.end() or am.via not in ("demonym", "metonym")]
        # '... ha espulso l'ambasciatore libanese, il Kuwait ha richiamato ...': a party after a comma or 'e' that
        # a verb follows opens a clause of its own
        new_subject = next((am for am in actors if _opens_clause(text, h.end, am)), None)
        if new_subject is not None:
            clause_end = min(clause_end, new_subject.char_start)
            actors = [am for am in actors if am.char_start < clause_end]
        coord = _COORD_PARTICIPLE.search(text, h.end, clause_end) if verb else None
        if coord is not None:
            # 'hanno sospeso il Gabon ... e trasferito la sede del segretariato da Libreville a Malabo': a participle
            # sharing the auxiliary is another act, with objects of its own
            clause_end = coord.start()
            actors = [am for am in actors if am.char_start < clause_end]
        if not verb and _AND_ART_BEFORE.search(text, max(sent.start, h.start - 8), h.start):
            # 'ha annunciato l'espulsione di dodici funzionari algerini in Francia e il richiamo dell'ambasciatore':
            # what sits between the previous act and this one belongs to the previous act's object
            prev = max((o.end for o in getattr(self, "_sent_hits", ()) if o.end <= h.start and o is not h), default=None)
            if prev is not None:
                actors = [am for am in actors if not (prev <= am.char_start and am.char_end <= h.start)]
        if verb and subject and _own_subject_start(text, sent.start, h.start) is None:
            # 'l'Arabia Saudita ha richiamato il proprio ambasciatore, Bukhari, ha dato 48 ore ...': a verb right
            # after a comma or 'e' shares the sentence's subject; the mentions between are earlier objects
            actors = [am for am in actors if am.char_start >= h.start or am in subject]
        if etype == "SANCTION" and _NE_CLITIC.match(h.text):
            # 'Lituania, Lettonia ed Estonia ne hanno espulso uno ciascuno': 'ne' stands for the envoys of the
            # previous expulsion; the mentions after the verb are not its target ('in solidarietà con l'alleato ceco')
            actors = [am for am in actors if am.char_end <= h.start]
        post = False
        post_at = None
        if etype == "SANCTION" and _RECALL.search(h.text) and _OWN_ENVOY.search(h.text):
            # 'ha richiamato il proprio ambasciatore, Benali,': the envoy named is the actor's own
            actors = [am for am in actors if not (am.actor.kind == "person" and h.start <= am.char_start < h.end)]
        infinitive = _INFINITIVE.match(h.text) is not None
        if etype == "SANCTION" and (verb or infinitive) and _RECALL.search(h.text):
            # 'richiamare in Italia per consultazioni l'ambasciatore Maurizio Massari': the envoy recalled is the
            # actor's own, and the place he is called back to is its home
            actors = [am for am in actors if not (am.actor.kind == "person" and 0 <= am.char_start - h.end <= 2
                                                  and _ENVOY_END.search(h.text))
                      and not (h.start <= am.char_start < h.end and _HOME_IN.search(text, am.char_start - 3,
                                                                                    am.char_start))]
        if etype == "SANCTION" and _RECALL.search(h.text):
            # 'ha richiamato ieri sera il proprio ambasciatore ad Asuncion': the post is the target
            pl = next((pl for pl in places if 0 <= pl.char_start - h.end <= 12 and pl.country_code
                       and _POST_GAP.search(text[h.end:pl.char_start])), None)
            if pl is not None:
                dst.append(_place_state(pl))
                post_at = pl.char_end
        if verb and etype == "SANCTION":
            # 'Dopo la destituzione ..., votata dal Senato, l'Argentina ha richiamato ...': the verb's subject is the
            # party right before it, with those coordinated with it
            own = next((am for am in actors if 0 <= h.start - am.char_end <= 3), None)
            if own is not None and _AND_GAP.fullmatch(text, own.char_end, h.start) and _AUX.match(h.text):
                # 'il governo bangladese aveva convocato l'alto commissario indiano Pranay Verma e aveva sospeso ...':
                # the party before 'e' is the object of an earlier verb of the same subject, which the new
                # auxiliary takes up
                earlier = list(_AUX_PARTICIPLE.finditer(text, sent.start, own.char_start))
                before = [am for am in actors if earlier and am.char_end <= earlier[-1].start()]
                if before:
                    actors = before + [am for am in actors if am.char_start >= h.start]
                    own = before[-1]
            if own is not None:
                # (a list ends with 'e': 'A, B e C hanno ...'; a bare comma before the subject closes a phrase)
                actors = [am for am in actors if am.char_start >= _run_start(text, own, actors, ends_with_and=True)]
        clitic = etype == "SANCTION" and verb and _AUX.match(h.text) is not None and \
            _DATIVE_CLITIC.search(text, max(0, h.start - 4), h.start) is not None and \
            any(am.actor.kind == "person" for am in subject)
        if clitic:
            # 'il governo slovacco gli aveva vietato l'ingresso nel Paese con una nota consegnata all'ambasciatore':
            # 'gli' is the person the sentence is about; what follows tells how the measure was served
            dst.extend(am for am in subject if am.actor.kind == "person")
            actors = [am for am in actors if am.char_end <= h.start and am not in subject]
        elif etype == "SANCTION" and (verb and _AUX.match(h.text) and
                                      _OBJECT_CLITIC.search(text, max(0, h.start - 4), h.start)
                                      or _INFINITIVE_CLITIC.search(h.text)):
            # 'Germania e Austria potrebbero vietargli l'ingresso; il Regno Unito lo aveva già sanzionato': the
            # pronoun is the person named last before it (this sentence or the one before)
            target = self._person_before(sent, h.start)
            if target is not None:
                dst.append(target)
        copula = etype == "SANCTION" and not verb and _UNWELCOME.search(h.text) is not None and \
            _COPULA_BEFORE.search(text, max(sent.start, h.start - 12), h.start)
        if copula:
            # 'ha annunciato che il presidente brasiliano è «persona non grata» in Israele': who the copula follows
            # is the target; the state after the phrase is where he is unwelcome, the actor
            target = [am for am in actors if 0 <= copula.start() - am.char_end <= 2]
            if target:
                dst.extend(target)
                actors = [am for am in actors if am not in target]
        for am in actors:
            if post_at is not None and am.char_start >= post_at:
                break                 # beyond the post: another clause
            if am.char_end <= h.start and passive:
                dst.append(am)        # the passive subject is who is acted on
                continue
            if am.char_end <= h.start and not verb and _HIT_BY.match(text, am.char_end, h.start):
                dst.append(am)        # 'l'ospedale di Mariupol, colpito ieri da un raid aereo russo'
                continue
            if am.char_end <= h.start and etype == "SANCTION" and infinitive and \
                    _THEN_DI.fullmatch(text, am.char_end, h.start) and \
                    _ORDERED_TO.search(_left(text, sent, am.char_start, 40)):
                dst.append(am)        # 'ha ordinato giovedì all'Iran di ridurre il personale': who must comply
                continue
            if am.char_end <= h.start and etype == "AID" and _GIVEN_TO.search(_left(text, sent, am.char_start, 40)):
                dst.append(am)        # 'Pechino ha promesso al Pakistan 9 miliardi di dollari': who it is given to
                continue
            if am.char_end <= h.start:
                if _OBJECT_PREP.search(_left(text, sent, am.char_start, 25)) or \
                        etype == "AID" and am.via in ("metonym", "place") and \
                        _TO_PLACE.search(_left(text, sent, am.char_start, 5)):
                    dst.append(am)    # ('ha fatto arrivare a Erevan un aereo con materiale sanitario': where it went)
                elif id(am) not in speakers:
                    src.append(am)
                continue
            if id(am) in speakers:
                continue              # '"Le sanzioni colpiscono il regime", ha assicurato il segretario generale X'
            if _departed_from(text, sent, am.char_start):
                continue              # 'due bombardieri B-52 americani, decollati da Guam, hanno sorvolato': a base
            if etype == "ASSAULT" and am.char_start <= h.start < am.char_end:
                src.append(am)        # 'Truppe eritree hanno attraversato il confine': the forces the trigger names
                continue
            gap = text[h.end:am.char_start]
            if etype == "ASSAULT" and _HELD_BY.search(gap):
                dst.append(am)        # 'ha colpito la periferia di Hodeidah, controllata dagli Houthi': who holds it
                continue
            if etype == "AID" and _CHANNEL.search(gap if am.char_start >= h.end else text[h.start:am.char_start]):
                continue              # 'consegnerà viveri attraverso la Croce Rossa': the channel, not the receiver
            if etype == "SANCTION" and (_RECALL.search(h.text) or _RECALL.search(gap)) and \
                    (post or _POST_GAP.search(gap)):
                if not post:
                    dst.append(am)    # 'ha ritirato il suo ambasciatore da Parigi', 'dell'ambasciatore ad Algeri'
                post = True           # what follows the post is not the recall's agent ('... dopo il sostegno francese')
                continue
            if etype == "SANCTION" and _MUST_LEAVE.search(gap):
                src.append(am)        # 'diplomatici cubani dovranno lasciare gli Stati Uniti': the state they leave
                continue
            if etype == "SANCTION" and h.entry.cameo == "161" and (am.via == "demonym" or _STAFF.match(am.text)):
                dst.append(am)        # 'l'espulsione di dodici funzionari algerini': whose envoys are hit
                continue
            if etype == "SANCTION" and am.via == "demonym" and _GOODS_BEFORE.search(text, max(0, am.char_start - 20),
                                                                              am.char_start):
                dst.append(am)        # '... delle esportazioni mongole', 'le merci indiane': whose goods are hit
                continue
            if etype == "SANCTION" and not verb and not src and _THAT_GAP.match(gap) and \
                    _IMPOSED_AFTER.match(text, am.char_end):
                src.append(am)        # 'i controlli rafforzati che il Kazakistan ha introdotto': the relative's subject
                continue
            role = "agent" if lex.agent_phrase_re.search(gap) and not src else _gap_role(lex, gap)
            if role == "agent" and etype == "SANCTION" and (_TRADE.search(h.text) and (verb or _ORIGIN.search(gap))
                                                            or verb and _ORIGIN_GAP.search(gap)
                                                            or _IMPORTS_FROM.search(gap)):
                role = "recipient"    # 'ha sospeso le importazioni di salmone dalla Norvegia', 'la sospensione di
                #                       tutte le importazioni di vino dalla Moldavia': where goods come from;
                #                       'ha chiuso le frontiere a chi arriva dalla Cina': where travellers come from
            if passive and role is None and src == [] and _AGENT_GAP.match(gap):
                role = "agent"
            if role is None and not src and etype in ("SANCTION", "ASSAULT", "AID") and _GENITIVE_GAP.match(gap) \
                    and am.via not in ("metonym", "place") and not verb:
                role = "agent"        # 'sanzioni dell'Ue', 'raid aerei dell'esercito russo'
            if role == "agent" and etype == "AID" and _country(am.actor) in {_country(m.actor) for m in dst}:
                continue              # relief 'per Tonga, devastata dall'eruzione del vulcano Hunga Tonga': a later
                #                       agent phrase does not make the receiver a donor
            if role == "agent":
                src.append(am)
            elif role is None and am.via == "demonym" and len(gap) <= 30 and not src and \
                    (not verb or not gap.strip() and _HELP_GIVEN.search(h.text) and _MODAL_START.match(h.text)):
                src.append(am)        # ('potrebbe ridurre i contributi israeliani': whose contributions they are)
            elif role is None and am.via == "demonym" and etype == "AID" and not verb:
                src.append(am)        # 'i primi voli di soccorso: un C-130 dell'aeronautica neozelandese e un C-17
                #                       australiano': whose planes they are (a receiver follows 'a', 'per')
            else:
                dst.append(am)
        if _RECIPROCAL_CLASH.match(h.text) and len(sides := {_country(m.actor) for m in src}) >= 2 and \
                all(_country(m.actor) in sides for m in dst):
            # 'Soldati indiani e cinesi si sono scontrati': the first side against the others (the same two told again
            # after the verb are no third party: '..., il confine mai definito tra i due paesi')
            first = _country(src[0].actor)
            src, dst = [m for m in src if _country(m.actor) == first], [m for m in src if _country(m.actor) != first]
        if not src and not verb and len(dst) >= 2 and dst[0].char_start >= h.end and \
                _BETWEEN_GAP.match(text[h.end:dst[0].char_start]):
            src, dst = dst[:1], dst[1:]     # 'la rottura delle relazioni tra X e Y': X broke with Y
        if not src and not passive:
            src = [am for am in subject if id(am) not in speakers and am not in dst]
        if etype == "SANCTION" and _RECALL.search(h.text) and _ENVOY_END.search(h.text):
            # a recall of envoys is from a state, not from a person ('«Ho deciso di richiamare l'ambasciatore», ha
            # annunciato X, chiedendo la verità sull'omicidio di Giulio Regeni')
            dst = [am for am in dst if am.actor.kind != "person"]
        if not src and (verb or infinitive):
            # '«Ho deciso di richiamare ... l'ambasciatore», ha annunciato il ministro X': a quoted act in the first
            # person is the speaker's
            src = self._quote_speaker(text, sent, h, actors, speakers)
        if src and etype in ("AID", "SANCTION"):
            # 'il Bahrein e il Sudan hanno annunciato l'interruzione dei rapporti': a speaker coordinated with the
            # subject imposes it too
            src += [am for am in subject if id(am) in speakers and am not in dst and am not in src
                    and any(_COORD_RUN.fullmatch(text, s.char_end, am.char_start) for s in src)
                    and _ANNOUNCE.search(text[am.char_end:h.start])]
        if not src and etype in ("AID", "SANCTION"):
            # 'Il presidente francese ha annunciato l'invio di sei obici': who announces aid gives it; 'Maduro ha
            # annunciato la rottura delle relazioni con la Colombia': who announces a sanction imposes it
            src = [am for am in subject if id(am) in speakers and am not in dst
                   and _ANNOUNCE.search(text[am.char_end:h.start])]
        if not dst and etype in DIRECTED_PRIMARY:
            have = {_country(m.actor) for m in src}
            cands = [pl for pl in places if pl.country_code and pl.country_code.lower() not in have
                     and pl.char_start < clause_end]
            after = [pl for pl in cands if pl.char_start >= h.end]
            pick = next((pl for pl in after if lex.assault_place_re.search(_left(text, sent, pl.char_start, 25))),
                        None)
            if pick is None and not verb:
                # 'l'ospedale pediatrico di Mariupol, colpito ieri da un raid aereo russo'
                pick = next((pl for pl in reversed(cands) if pl.char_end <= h.start
                             and _HIT_BY.match(text, pl.char_end, h.start)), None)
            if pick is None and etype == "AID":
                # 'cento milioni di dollari di aiuti umanitari per Gaza e la Cisgiordania': whom the aid is for
                pick = next((pl for pl in cands if pl.char_start >= h.end
                             and _AID_FOR.fullmatch(text, h.end, pl.char_start)), None)
            if pick is None and etype == "AID":
                # 'ha consegnato oggi a Bengasi due camion di medicinali': where the trigger delivers it
                pick = next((pl for pl in cands if h.start < pl.char_start and pl.char_end <= h.end
                             and _TO_PLACE.search(text, max(0, pl.char_start - 5), pl.char_start)), None)
            if pick is None and etype == "AID":
                # 'è atterrato ieri a Mogadiscio un aereo della cooperazione italiana': where the cargo arrived
                pick = next((pl for pl in reversed(cands) if pl.char_end <= h.start
                             and not self._clause_cut(text, h, pl.char_start, pl.char_end)
                             and _TO_PLACE.search(text, max(0, pl.char_start - 5), pl.char_start)), None)
                if pick is None:
                    # 'un aereo del Qatar con 30 tonnellate di aiuti è atterrato a Kandahar'
                    pick = next((pl for pl in cands if pl.char_start >= h.end
                                 and not _CLAUSE_PUNCT.search(text, h.end, pl.char_start)
                                 and _ARRIVED_AT.search(text, max(h.end, pl.char_start - 30), pl.char_start)), None)
            if pick is None and etype == "ASSAULT":
                # the target of a strike is where it hits: 'hanno colpito ... alla periferia di Bengasi'
                pick = min(cands, key=lambda p: _span_distance(h.start, h.end, p.char_start, p.char_end),
                           default=None)
            if pick is not None:
                dst.append(_place_state(pick))
        if etype in ("SANCTION", "AID", "ASSAULT"):
            # a state's act announced or ordered by its leader ('Maduro ha annunciato la rottura delle relazioni'):
            # the state is a party too
            src += _states_of_persons(src)
        if etype == "SANCTION":
            # 'dichiarato persona non grata l'ambasciatrice messicana': a measure against a state's envoy hits it
            dst += _states_of_persons(dst)
        src_keys = self._keys(src)
        src_countries = {_country(m.actor) for m in src}
        dst = [am for am in dst if _key(am.actor) not in src_keys and _country(am.actor) not in src_countries]
        doc = getattr(self, "_doc", None)
        if doc is not None and etype == "AID" and src and not dst:
            # aid goes to the recipient of the article's latest aid, else to the country the article is about
            prior = next((r for r in reversed(getattr(self, "_records", []))
                          if r["group"] == "aid" and r["recipients"] and sent.index - r["sentence"].index <= 10
                          and not {_country(p) for p in r["recipients"]} & src_countries), None)
            if prior is not None:
                dst.extend(_ParticipantMention(p) for p in prior["recipients"])
            else:
                host = self._host_state(doc, set())
                if host is not None and host.country_code.lower() in src_countries and len(src_countries) > 1:
                    # 'aerei russi ... accolti dal ministro italiano': the host country receives
                    src = [m for m in src if _country(m.actor) != host.country_code.lower()]
                elif host is not None and host.country_code.lower() in src_countries:
                    host = self._host_state(doc, src_countries)
                if host is not None:
                    dst.append(_PlaceActorMention(host, h.text, h.start, h.end, via="host"))
        if doc is not None and etype == "SANCTION" and not src and _PASSIVE_MEASURE.match(h.text):
            # 'Dal primo gennaio sarà sospeso anche il regime senza visti': with no agent, the state of the article's
            # latest measure takes it too, against the same target when none is named
            prior = next((r for r in chain(reversed(self._sent_records), reversed(getattr(self, "_records", [])))
                          if r["event_type"] == "SANCTION" and r["actors"] and r["recipients"]
                          and sent.index - r["sentence"].index <= 3), None)
            if prior is not None:
                src = [_ParticipantMention(p) for p in prior["actors"]]
                if not dst:
                    dst = [_ParticipantMention(p) for p in prior["recipients"]]
        if doc is not None and etype == "SANCTION" and dst and not src and verb and _AUX_START.match(h.text) and \
                all(m.actor.kind == "state" for m in dst) and \
                not _GATHERING.search(text, max(sent.start, h.start - 80), h.start):
            # 'il Comitato di gabinetto per la sicurezza ha sospeso il Trattato delle acque dell'Indo': a subject no
            # list knows takes a measure against a state; the other state of the scene takes it (not a summit's
            # measure: 'Il primo vertice straordinario aveva imposto sanzioni', a body's)
            src += self._scene_state(doc, sent, h, {_country(m.actor) for m in dst})
        if doc is not None and etype == "ASSAULT" and src and not dst and \
                (verb or _BY_AGENT.search(text, h.end, min(sent.end, h.end + 40))) and \
                all(m.actor.kind == "state" for m in src) and not _PASSIVE.match(h.text):
            # 'l'artiglieria nordcoreana ha sparato alcuni colpi contro una postazione di Yeoncheon': the target the
            # surrounding sentences name, the other state of the scene ('Secondo il ministero della Difesa armeno,
            # ieri soldati azeri hanno aperto il fuoco': the state that reports it, before them)
            dst += self._reporter_state(h, {_country(m.actor) for m in src}) or \
                self._scene_state(doc, sent, h, {_country(m.actor) for m in src})
        if doc is not None and etype == "ASSAULT" and dst and not src and \
                all((m.actor.kind == "state" or m.actor.kind == "organization" and
                     not _FORCES_OF.search(text, max(sent.start, m.char_start - 30), max(sent.start, m.char_start)))
                    and m.via != "demonym" for m in dst) and \
                not sent.text.lstrip().startswith(("“", "«", '"')):
            # 'missili hanno colpito Odessa', 'altri caccia hanno bombardato postazioni jihadiste': the attacker the
            # surrounding sentences name ('i russi'; not when the body owns the forces: 'elicotteri della Nato')
            src += self._scene_state(doc, sent, h, {_country(m.actor) for m in dst})
        if etype == "AID" and not src and dst and (forces := _FORCES_ARRIVE.match(h.text)):
            # 'Sono arrivati giovedì sera a Honiara i primi poliziotti e soldati australiani', 'un aereo con 34 agenti
            # di polizia della Papua Nuova Guinea': the forces' own state gives, the place they reach receives
            own = [m for m in dst if m.char_start >= h.start + forces.start("forces") and
                   m.char_start - h.end <= 40 and m.actor.kind == "state" and
                   _FORCES_OWNER.match(text, max(h.start + forces.start("forces"), h.end), m.char_start)]
            if own:
                src = own[:1]
                dst = [m for m in dst if _country(m.actor) != _country(own[0].actor)]
                if not dst and doc is not None and (host := self._host_state(doc, {_country(own[0].actor)})):
                    dst = [_context_party(host)]      # ('domani sono attesi cinquanta soldati delle Figi')
        return src, dst

    def _reporter_state(self, h: Hit, exclude: set) -> list:
        """[the state whose source the sentence cites before ``h`` ('Secondo il ministero della Difesa armeno'), as a
        party], when it is none of ``exclude``; else []."""
        for am in self._sent_sources:
            if am.char_end <= h.start and am.actor.kind in ("state", "organization") and am.actor.country_code and \
                    _country(am.actor) == am.actor.country_code.lower() and _country(am.actor) not in exclude:
                return [_context_party(am.actor)]
        return []

    @staticmethod
    def _scene_state(doc, sent, h: Hit, exclude: set) -> list:
        """[the state the sentences around ``sent`` name most (at least twice), other than ``exclude``], or []."""
        for code, n in doc.window_states(sent.index).most_common():
            if n < 2:
                break
            if code in _NON_STATES or code.lower() in exclude:
                continue
            return [_PlaceActorMention(doc.state_actor(code), h.text, h.start, h.end, via="context")]
        return []

    def _location(self, text, sent, h: Hit, places, etype) -> Optional[Place]:
        lex = self.lex
        cands = []
        for pl in places:
            left = _left(text, sent, pl.char_start, 30)
            ok = lex.locative_re.search(left) or (etype == "ASSAULT" and lex.assault_place_re.search(left)) or \
                (etype == "CONSULT" and pl.kind == "city" and _GATHERING.search(h.text)
                 and _GATHERING_OF_CITY.fullmatch(text, h.end, pl.char_start) is not None)
            if not ok:
                continue
            if pl in h.places and not self._left_has(lex.topic_re, text, sent, pl.char_start, 40):
                cands.append(pl)
        if not cands:
            return None
        best = min(cands, key=lambda p: (PLACE_RANK.get(p.kind, 3), abs(p.char_start - h.start)))
        return _place_record(best)

    def _count(self, s_text: str) -> Optional[tuple[str, str]]:
        found = list(self.lex.count_re.finditer(s_text))
        if not found:
            return None
        units = self.lex.grammar.count_units
        vals = []
        for m in found:
            mod = (m.group("mod") or "").lower()
            prefix = {"oltre": ">", "più di": ">", "almeno": ">=", "circa": "~", "quasi": "<", "fino a": "<="}.get(mod, "")
            vals.append(f"{prefix}{m.group('num')} {units.get(m.group('unit').lower(), m.group('unit'))}")
        return "; ".join(vals), s_text[found[0].start():found[-1].end()].strip()

    # -- across the article --------------------------------------------------------------------------------
    @staticmethod
    def _same_event(a: dict, b: dict) -> bool:
        if a["event_type"] != b["event_type"] or a["mode"] != b["mode"] or a["group"] != b["group"]:
            return False
        if (a["status"] == "OCCURRED") != (b["status"] == "OCCURRED"):
            return False
        pa = {k for k in a["keys"] if k.startswith("p:")}
        pb = {k for k in b["keys"] if k.startswith("p:")}
        if pa and pb:
            return bool(pa & pb)
        return bool(a["keys"] & b["keys"])

    def _inherit_dates(self, records: list[dict], reference) -> None:
        # (a date long past, 'il trattato di difesa del 1951', 'nel 2006', is history: it dates no undated act of the
        # story, which happens around the article's day)
        texted = [i for i, r in enumerate(records) if r["date"] is not None and r["date"].source == "TEXT"
                  and not self._long_ago(r["date"], reference)]
        ref_date: Any = False         # the reference's EventDate, made once (frozen: records may share it)
        for i, r in enumerate(records):
            if r["date"] is not None:
                continue
            # (a measure the text only deems possible, 'potrebbe anche non rinnovare l'accordo', does not take the
            # day of a measure that was taken)
            pool = [j for j in texted if records[j]["status"] in _NOT_YET] \
                if r["event_type"] == "SANCTION" and r["status"] in _NOT_YET else texted
            before = [j for j in pool if j < i and self._same_event(r, records[j])]
            # (a later report tells the same act only by the same side: 'Il Niger ha annunciato oggi la rottura con
            # l'Ucraina ... Il governo maliano aveva rotto i rapporti con l'Ucraina domenica sera' is another measure)
            after = [j for j in pool if j > i and self._same_event(r, records[j])
                     and {k for k in r["keys"] if k.startswith("p:")} <= records[j]["keys"]
                     and (r["event_type"] in SYMMETRIC or not r["actors"] or not records[j]["actors"]
                          or bool({_key(p) for p in r["actors"]} & {_key(p) for p in records[j]["actors"]}))]
            src = before[-1] if before else (after[0] if after else None)
            if src is None:
                src = self._trip_of(records, texted, i)
            if src is not None:
                r["date"] = records[src]["date"].model_copy(update={"source": "INFERRED"})
                r["date_from"] = src
                continue
            if ref_date is False:
                ref_date = self._reference_date(reference)
            r["date"] = ref_date

    @staticmethod
    def _trip_of(records: list[dict], texted: list[int], i: int) -> Optional[int]:
        """The visit, dated to a day by the text, that an undated meeting of the visitor in the same or the next
        sentence belongs to ('Misri è stato ieri nella capitale del Bangladesh ... Misri ha guidato ... il round di
        consultazioni, poi ha incontrato ...': the talks of the trip happen on its day)."""
        r = records[i]
        if r["event_type"] != "CONSULT" or r["mode"] == "visit":
            return None
        people = {k for k in r["keys"] if k.startswith("p:")}
        return next((j for j in reversed(texted) if j < i and records[j]["mode"] == "visit"
                     and records[j]["date"].precision == "DAY" and people & records[j]["keys"]
                     and 0 <= r["sentence"].index - records[j]["sentence"].index <= 1), None)

    def _own_counterpart(self, text: str, h: Hit, actors: list) -> list:
        """'Retno ha incontrato ... il ministro degli Esteri nominato dai generali, Wunna Maung Lwin': a role after the
        verb read as its own subject names the person apposed to it after a comma (no one meets himself)."""
        before = {_key(am.actor) for am in actors if am.char_end <= h.start}
        out = []
        for am in actors:
            if am.char_start >= h.end and am.via == "role" and _key(am.actor) in before:
                named = next((o for o in self._eligible if o.char_start > am.char_end
                              and o.actor.kind == "person" and o.via == "name" and _key(o.actor) not in before
                              and _APPOSED_NAME.fullmatch(text, am.char_end, o.char_start)), None)
                if named is not None:
                    out.append(named)
                continue
            out.append(am)
        return out

    def _orphan_day(self, h: Hit):
        """The one day (a DAY date of the text) held by a trigger of the same sentence that made no record for want
        of parties, when the sentence's other triggers hold none."""
        held = [(o, tx) for o in getattr(self, "_sent_hits", ()) if o is not h for tx in o.timexes
                if tx.type == "DATE" and tx.precision == "DAY"]
        if len(held) != 1 or not (held[0][0].rejected or "").startswith("not enough parties"):
            return None
        return held[0][1]

    def _last_sanction(self, sent, mine: set) -> Optional[dict]:
        """The article's latest sanction (of the last ten sentences) against others than ``mine``: its target is
        the one a measure naming none aims at."""
        return next((r for r in reversed(self._records + self._sent_records) if r["event_type"] == "SANCTION"
                     and r["recipients"] and sent.index - r["sentence"].index <= 10
                     and not {_country(p) for p in r["recipients"]} & mine), None)

    @staticmethod
    def _refined(text: str, dates: list) -> list:
        """``dates`` led by the finer of two in apposition when the first is a coarse span holding the second ('il
        mese prossimo, il 21 giugno', 'la prossima settimana, martedì 28 maggio')."""
        first = dates[0]
        for t in dates[1:]:
            a, b = sorted((first, t), key=lambda x: x.char_start)
            if _PREC_ORDER.get(t.precision, 9) < _PREC_ORDER.get(first.precision, 9) and \
                    t.start is not None and first.start is not None and first.start <= t.start and t.end <= first.end \
                    and _APPOSED_DAY.fullmatch(text, a.char_end, b.char_start):
                return [t] + [d for d in dates if d is not t]
        return dates

    @staticmethod
    def _first_since(text: str, sent, h: Hit, t) -> bool:
        """Whether ``t`` dates a 'first time since' phrase before the trigger, closed by a comma ('Per la prima volta
        dal primo incontro dei leader, a Blake Island nel 1993, un vertice dell'Apec si è chiuso ...'): the past
        that phrase measures from, not the trigger's day."""
        return t.char_end <= h.start and "," in text[t.char_end:h.start] and \
            _FIRST_SINCE.search(text, sent.start, t.char_start) is not None

    @staticmethod
    def _deadline_of_act(etype: str, h: Hit, t) -> bool:
        """Whether ``t`` is the deadline ('entro cinque giorni') after a measure told as taken ('ha ordinato ai
        diplomatici iraniani di lasciare il paese'): no day of the act."""
        return etype == "SANCTION" and t.modifier == "BY" and t.char_start >= h.end and _AUX_START.match(h.text) is not None

    def _background_year(self, text, h: Hit, t, shared_dates) -> bool:
        """A year long past after the trigger when the sentence opens on a day ('Domenica 9 luglio Duda e Zelensky
        avevano commemorato insieme le vittime dei massacri del 1943'), or the year a measure covers ('Mercoledì 14
        dicembre ... ha sospeso il rilascio di nuove licenze ... per il 2012'): not the event's date."""
        return t.char_start >= h.end and t.precision == "YEAR" and \
            (self._long_ago(t, self._reference) or _YEAR_SCOPE.search(text, max(h.end, t.char_start - 14),
                                                                      t.char_start) is not None) and \
            any(o.precision == "DAY" and o.char_end <= h.start for o in shared_dates)

    def _past_dated(self, h: Hit) -> bool:
        """A day of the trigger's own before the reference day ('ha scritto che il Montenegro avrebbe espulso già
        venerdì ...': an act reported, not the future in the past of 'ha detto che avrebbe incontrato')."""
        ref = self._reference
        return ref is not None and ref.start is not None and any(
            t.type == "DATE" and t.end is not None and t.end < ref.start
            # (a day plainly past: 'ieri', 'la settimana scorsa', '2019', or 'già venerdì'; a bare weekday after
            # 'ha detto che avrebbe ricevuto lunedì' may be the future in the past)
            and (_PLAIN_PAST.search(t.text) or _ALREADY.search(h.text)) for t in h.timexes)

    @staticmethod
    def _long_ago(t, reference) -> bool:
        """A date (a temporal expression or an event's date) ending more than a year before the article's
        reference date."""
        return reference is not None and reference.start is not None and t.end is not None and \
            t.end.year < reference.start.year - 1

    def _dated_by_lag(self, text: str, h: Hit) -> Optional[EventDate]:
        """'Due giorni dopo il bombardamento', 'Ventiquattro ore dopo la rottura': the event lies that long before
        the article's day."""
        ref = getattr(self, "_reference", None)
        if ref is None or ref.precision != "DAY" or ref.start is None:
            return None
        for t in self._sent_timexes:
            if t.type != "DURATION" or not (0 <= h.start - t.char_end <= 8) or \
                    not _LAG_GAP.fullmatch(t.text[-8:] + text[t.char_end:h.start]):
                continue
            days = _lag_days(t.value)
            if days is None:
                return None
            day = ref.start - dt.timedelta(days=days)
            return _event_date(day.isoformat(), "DAY", day, day, "TEXT", None, t.text)
        return None

    def _dated_by_named_event(self, text: str, sent, h: Hit, records: list) -> Optional[EventDate]:
        """'Poche ore prima dell'attacco a Panjgur, il premier aveva incontrato ...': an event dated by its lag from
        an event the article reported before (the latest record of the named trigger's group, with a day); with no
        event named ('Poche ore prima il governo aveva rotto ...', 'due giorni dopo i suoi miliziani hanno
        conquistato ...'), by its lag from the last day the text named."""
        for t in self._sent_timexes:
            if t.type != "DURATION" or t.char_end > h.start or \
                    not (_OPENING_ARTICLE.fullmatch(text, sent.start, t.char_start)
                         or _CLAUSE_LEAD.search(text, sent.start, t.char_start)):
                continue
            # (the tagger may keep the direction in the duration: 'due giorni dopo')
            w = re.search(r"\s+(?:prima|dopo)$", t.text, re.I)
            at = t.char_start + w.start() if w else t.char_end
            m = _NAMED_LAG.match(text, at) or _BARE_LAG.match(text, at)
            days = _lag_days(t.value, within_day=True)
            if m is None or days is None:
                return None
            named = next((o for o in self._sent_hits if o.start == m.end()), None)
            if named is h:
                return None
            if named is not None:
                prev = next((r for r in reversed(records) if r["group"] == named.entry.group
                             and r["date"] is not None and r["date"].precision == "DAY"), None)
                base = prev["date"].start if prev is not None else None
            else:
                base = self._last_day_before(sent, t.char_start)
            if base is None:
                return None
            day = base + dt.timedelta(days=days if m.group("dir").lower() == "dopo" else -days)
            return _event_date(day.isoformat(), "DAY", day, day, "TEXT", None, t.text)
        same = _SAME_DAY_OF.search(text, sent.start, h.start)
        if same is not None and not _CLAUSE_PUNCT.search(text, same.end(), h.start):
            # 'La stessa mattina del «sofagate» Draghi aveva compiuto ...': the day of the latest dated record whose
            # sentence names that event
            word = re.compile(r"(?<![\w'’])" + re.escape(same.group("name")) + r"(?![\w'’])", re.I)
            prev = next((r for r in reversed(records) if r["date"] is not None and r["date"].precision == "DAY"
                         and r["sentence"].index < sent.index and word.search(r["sentence"].text)), None)
            if prev is not None:
                day = prev["date"].start
                return _event_date(day.isoformat(), "DAY", day, day, "TEXT", None, same.group(0))
        return None

    def _last_day_before(self, sent, pos: int):
        """The start of the last day-precise DATE the text named before ``pos`` (this sentence or earlier ones)."""
        for si in range(sent.index, -1, -1):
            for t in reversed(self._doc.timexes[si]):
                if t.char_end <= pos and t.type == "DATE" and t.precision == "DAY" and t.start is not None:
                    return t.start
        return None

    @staticmethod
    def _reference_date(reference) -> Optional[EventDate]:
        if reference is None or not getattr(reference, "value", None) or reference.start is None:
            return None
        source = "PUBLICATION" if reference.source == "PUBLICATION" else "INFERRED"
        return _event_date(reference.value, reference.precision, reference.start, reference.end, source)

    def _inherit_locations(self, records: list[dict]) -> None:
        for i, r in enumerate(records):
            if r["location"] is not None or r["event_type"] != "CONSULT":
                continue
            for j in sorted(range(len(records)), key=lambda j: abs(j - i)):
                o = records[j]
                if j != i and o["location"] is not None and self._same_event(r, o) and \
                        o["date"] is not None and r["date"] is not None and o["date"].value == r["date"].value:
                    r["location"] = o["location"]
                    break

    @staticmethod
    def _to_model(article: Article, n: int, r: dict) -> EventMention:
        sent: Sentence = r["sentence"]
        claims = [Claim(attribute=c["attribute"], value=c["value"], text=c.get("text"), article_id=article.id,
                        claimed_by=r["claimed_by"]) for c in r["claims"]]
        return EventMention(
            mention_id=f"{article.id}#{n}", article_id=article.id, source=article.source,
            event_type=r["event_type"], mode=r["mode"], cameo_code=r["cameo"], status=r["status"],
            actors=r["actors"], recipients=r["recipients"], date=r["date"], location=r["location"],
            trigger=r["trigger"],
            evidence=Evidence(article_id=article.id, text=sent.text, char_start=sent.start, char_end=sent.end),
            claims=claims, attributed_to=r["attributed_to"])


@dataclass(frozen=True)
class _ParticipantMention:
    """An earlier event's Participant reused as an actor mention (anaphora)."""
    participant: Participant

    @property
    def actor(self):
        return self.participant

    @property
    def text(self) -> str:
        return self.participant.mentions[0] if self.participant.mentions else self.participant.name

    char_start = -1
    char_end = -1
    via = "anaphora"


_EXTRACTOR: Optional[Extractor] = None


def extract_from(article: Article, reference, timexes, actor_mentions, place_mentions) -> list[EventMention]:
    """Event mentions of ``article`` from already-found timexes, actor mentions and place mentions."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR.extract(article, reference, list(timexes), list(actor_mentions), list(place_mentions))


# the envoys of the subject's states: 'i loro ambasciatori'
_ENVOY_NOUNS = r"(?:ambasciat|rappresentant|inviat|diplomatic)"
_THEIR_ENVOYS_RE = r"(?:i|gli) (?:loro|propri)(?= " + _ENVOY_NOUNS + r")"
_THEIR_ENVOYS = re.compile(r"(?<![\w'’])" + _THEIR_ENVOYS_RE, re.I)
_EACH_OWN = re.compile(r"(?<![\w'’])(?:a loro volta|rispettivamente|ciascuno|ciascuna|separatamente|uno dopo l['’]altro|"
                       r"di propria iniziativa|ognuno per conto proprio|"
                       r"(?:ai|agli|alle|i|gli|le|dei|degli|delle) rispettiv[ie]|"
                       # 'la Francia, la Germania e i Paesi Bassi hanno richiamato i loro ambasciatori': each its own
                       + _THEIR_ENVOYS_RE + r")(?![\w'’])", re.I)


def _split_targets(rec: dict, h, text: str, eligible: list) -> list[dict]:
    """A measure against several states ('ha espulso l'alto commissario australiano e il capo della missione
    neozelandese', 'non riconoscere più gli ambasciatori di Gran Bretagna e Canada', 'ha sospeso i voli da e per
    Panama e la Repubblica Dominicana'): one record per state, each with its envoys."""
    states = [p for p in rec["recipients"] if p.kind == "state"]
    if rec["event_type"] != "SANCTION" or len(states) < 2 or \
            any(p.kind not in ("state", "person") for p in rec["recipients"]):
        return [rec]
    if not _ENVOY.search(h.text) and not _listed(text, [am for am in eligible if _key(am.actor) in
                                                        {_key(p) for p in states}]):
        return [rec]          # 'sanzioni contro società che trasportano petrolio iraniano verso la Cina': one target
    out = []
    for st in states:
        mine = [st] + [p for p in rec["recipients"] if p.kind == "person" and p.country_code == st.country_code]
        out.append(dict(rec, recipients=mine, keys=frozenset({_key(p) for p in rec["actors"] + mine}),
                        claims=[dict(c) for c in rec["claims"]]))
    return out


_ENVOY = re.compile(r"ambasciat|diplomatic|rappresentant|capimissione|capo della missione|capomissione|"
                    r"alto commissario|alta commissaria|incaricat[oa] d|console|inviat", re.I)
_LIST_GAP = re.compile(r"\s*(?:,|e|ed|:)?\s*(?:(?:il|la|lo|i|gli|le|l['’])\s*)?", re.I)


def _listed(text: str, mentions: list) -> bool:
    """Whether ``mentions`` (two or more) follow each other as one coordinated list ('Argentina, Cile, Costa Rica
    ... e Uruguay', 'Panama e la Repubblica Dominicana')."""
    ms = sorted(mentions, key=lambda am: am.char_start)
    return len(ms) >= 2 and all(_LIST_GAP.fullmatch(text, a.char_end, b.char_start) for a, b in zip(ms, ms[1:]))


def _split_actors(rec: dict, before: str) -> list[dict]:
    """A sanction of several states each acting on its own ('il Bahrein e il Sudan hanno annunciato a loro volta
    l'interruzione dei rapporti'): one record per state. Without such a cue ('Arabia Saudita, Emirati, Bahrein ed
    Egitto hanno interrotto le relazioni') the act is joint: one record. Relief from several states is one delivery
    each ('un C-130 dell'aeronautica neozelandese e un C-17 australiano')."""
    states = [p for p in rec["actors"] if p.kind == "state"]
    if rec["event_type"] not in ("SANCTION", "AID") or len(states) < 2 or len(states) != len(rec["actors"]) or \
            rec["event_type"] == "SANCTION" and not _EACH_OWN.search(before):
        return [rec]
    if rec["event_type"] == "SANCTION" and len(states) == 2 and (_MUTUAL.search(before) or
                                                                 _THEIR_ENVOYS.search(before)) and \
            all(q.country_code in {p.country_code for p in states} for q in rec["recipients"]):
        # 'I due Paesi avevano già richiamato i rispettivi ambasciatori': each from the other
        return [dict(rec, actors=[p], recipients=[q], keys=frozenset({_key(p), _key(q)}),
                     claims=[dict(c) for c in rec["claims"]]) for p, q in (states, states[::-1])]
    return [dict(rec, actors=[p], keys=frozenset({_key(p)} | {_key(q) for q in rec["recipients"]}),
                 claims=[dict(c) for c in rec["claims"]]) for p in states]


# envoys of each of two sides: 'i rispettivi ambasciatori'
_MUTUAL = re.compile(r"(?<![\w'’])(?:i|gli|ai|agli|dei|degli) rispettiv[ie] " + _ENVOY_NOUNS, re.I)
