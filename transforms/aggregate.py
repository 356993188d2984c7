"""Across articles: refine vague dates, cluster the mentions of one real-world event, build DiplomaticEvents.

Pure code. The Beam layer wraps :class:`EventAccumulator` in a small ``CombineFn`` per (event-date window,
event type) and :func:`refine_dates` in a ``FlatMap`` after a group by event type; :func:`aggregate_all` runs
the same steps in memory (tests, ``extract``-style tools).

Identity rule: two mentions report the same event when they share the event type, lie in the same event-date
window (first day of their date range), have compatible modes, and their participants agree — the persons
when both name persons (at least two shared, or all of the smaller side), else the states. Directed types
(accuse, sanction, aid, assault, ...) compare actors with actors and recipients with recipients.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from schemas import SCHEMA_VERSION
from schemas.models import (Claim, DiplomaticEvent, EventDate, EventMention, Participant, Place)
from transforms.actors import name_key, national_organization
from transforms.events import cancelling_trigger, in_person_trigger, verb_trigger
from transforms.places.countries import country_name

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
PRECISION_RANK = {"DAY": 0, "WEEK": 1, "MONTH": 2, "SEASON": 3, "QUARTER": 4, "YEAR": 5}
SOURCE_RANK = {"TEXT": 0, "INFERRED": 1, "PUBLICATION": 2}
# A publication-dated report may refer to an event up to this many days before it was published.
LOOKBACK_DAYS = 7
UNKNOWN_DAY = dt.date(1970, 1, 1)


# --- participants -------------------------------------------------------------------------------------------

def participant_key(p: Participant) -> str:
    """One key per real participant: transliteration-folded person names, country codes for states."""
    if p.kind == "person":
        return "p:" + name_key(p.name)
    return "s:" + _side(p)


def _side(p: Participant) -> str:
    """A state's code; a body of states by its code; a national organization (Hamas, the Houthis) by its name."""
    if national_organization(p):
        return name_key(p.name)
    return p.country_code or name_key(p.name)


def _persons(parts: Iterable[Participant]) -> frozenset[str]:
    return frozenset(participant_key(p) for p in parts if p.kind == "person")


def _countries(parts: Iterable[Participant]) -> frozenset[str]:
    return frozenset(_side(p) if p.kind == "organization" else p.country_code or name_key(p.name) for p in parts)


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return not a and not b
    return len(a & b) >= min(2, len(a), len(b))


def _parties_agree(pa: frozenset[str], ca: frozenset[str], pb: frozenset[str], cb: frozenset[str]) -> bool:
    """The persons when both sides name persons (and, when they share only one person, the states too: Biden
    at a NATO summit is not Biden meeting Putin), else the states."""
    if pa and pb:
        return _agree(pa, pb) and (len(pa & pb) >= 2 or _agree(ca, cb))
    return _agree(ca, cb)


@dataclass(frozen=True)
class Identity:
    """What decides whether two mentions report the same event, computed once per mention (hashable)."""

    event_type: str
    mode: str | None
    place: tuple | None            # (name, country code, is a city)
    persons: frozenset[str]        # actors' persons (all parties' for symmetric types)
    countries: frozenset[str]
    r_persons: frozenset[str]      # recipients' (directed types only)
    r_countries: frozenset[str]
    keys: frozenset[str]           # every participant's key
    # (article id, 'held' | 'off' | 'planned'): within one article a meeting that took place and one called off are
    # two events, and so are a visit still planned and one called off ('X sarà la prossima settimana nella capitale'
    # beside 'la visita di una delegazione, prevista per lunedì, è stata annullata')
    held: tuple | None = None
    # a sanction's kind (CAMEO: 161 breaking or reducing relations, 163 embargoes and other sanctions, 1622 aid cut): the
    # recall of an ambassador and the suspension of rail links on one day are two measures
    measure: str | None = None
    # (article id, sentence start, mention id) of a sanction told by a verb: two measures the extractor told apart in
    # one sentence ('ha richiamato il proprio ambasciatore, ha dato 48 ore all'ambasciatore ...') stay two events (a
    # package of measures listed as nouns after a colon is one decision)
    act: tuple | None = None
    # (article id, whether it is only possible) of a SANCTION: within one article a measure that may come ('potrebbe
    # anche ridurre le forniture') and one taken or reported taken are two events
    hedged: tuple | None = None
    # (article id, whether it took place) of a CONSULT: within one article a talk that took place and one planned
    # ('ha poi proposto un incontro entro l'estate', 'la Sadc dovrebbe tornare a riunirsi') are two events
    plan: tuple | None = None
    # (article id, its persons' states) of a CONSULT: within one article, two talks that each name a person of one
    # state the other does not (the visitors 'hanno incontrato il collega X; nel pomeriggio sono stati ricevuti dal
    # presidente Y') are two events
    article: tuple | None = None
    # (article id, 'phone' | 'in person') of a CONSULT: within one article a call and a meeting told by a verb of being
    # together ('si sono incontrati', 'ha ricevuto') are two events (across articles a call may be told as talks)
    medium: tuple | None = None
    # (article, whether the mention is the act of calling a meeting off): one article's cancelling and its talks or
    # calls are different events
    cancelling: tuple | None = None


_OFF = frozenset({"CANCELLED", "POSTPONED", "DENIED"})
_CALLED_OFF_AND_RULED_OUT = frozenset({"CANCELLED", "DENIED"})


def _held(m: EventMention) -> tuple | None:
    if m.status in _OFF:
        return m.article_id, "off"
    if m.status == "OCCURRED":
        return m.article_id, "held"
    if m.status == "PLANNED" and m.mode == "visit":
        return m.article_id, "planned"
    return None


def identity(m: EventMention) -> Identity:
    first = m.actors + m.recipients if m.event_type in SYMMETRIC_TYPES else m.actors
    second = [] if m.event_type in SYMMETRIC_TYPES else m.recipients
    loc = m.location
    return Identity(
        event_type=m.event_type, mode=m.mode,
        place=(loc.name, loc.country_code, loc.latitude is not None) if loc is not None else None,
        persons=_persons(first), countries=_countries(first),
        r_persons=_persons(second), r_countries=_countries(second),
        keys=frozenset(participant_key(p) for p in m.actors + m.recipients),
        held=_held(m),
        measure=m.cameo_code if m.event_type == "SANCTION" else None,
        plan=(m.article_id, m.status == "OCCURRED") if m.event_type == "CONSULT" and m.status in ("OCCURRED", "PLANNED")
        else None,
        medium=(m.article_id, "phone" if m.mode == "phone" else "in person")
        if m.event_type == "CONSULT" and (m.mode == "phone" or (m.mode is None and in_person_trigger(m.trigger)))
        else None,
        article=(m.article_id, frozenset((participant_key(p), p.country_code) for p in m.actors + m.recipients
                                          if p.kind == "person")) if m.event_type == "CONSULT" else None,
        cancelling=(m.article_id, m.status == "OCCURRED" and cancelling_trigger(m.trigger))
        if m.event_type == "CONSULT" else None,
        act=(m.article_id, m.evidence.char_start, m.mention_id)
        if m.event_type == "SANCTION" and verb_trigger(m.trigger) else None,
        hedged=(m.article_id, m.status == "UNCERTAIN") if m.event_type == "SANCTION" else None)


def _places_agree(a: tuple | None, b: tuple | None) -> bool:
    """Unknown places agree with anything; a city agrees with its country; two cities or two countries must be
    the same place."""
    if a is None or b is None or a[0] == b[0]:
        return True
    if a[1] and b[1] and a[1] != b[1]:
        return False
    return not (a[2] and b[2])


def _other_counterpart(a: frozenset, b: frozenset) -> bool:
    """Each names a person (key, state) the other does not, and two of those are of one state."""
    keys_a, keys_b = {k for k, _ in a}, {k for k, _ in b}
    only_a = {c for k, c in a if c and k not in keys_b}
    only_b = {c for k, c in b if c and k not in keys_a}
    return bool(only_a & only_b)


def identities_agree(a: Identity, b: Identity) -> bool:
    if a.event_type != b.event_type:
        return False
    if a.held and b.held and a.held[0] == b.held[0] and a.held[1] != b.held[1]:
        return False
    if a.measure and b.measure and a.measure != b.measure:
        return False
    if a.act and b.act and a.act[:2] == b.act[:2] and a.act[2] != b.act[2]:
        return False
    if a.hedged and b.hedged and a.hedged[0] == b.hedged[0] and a.hedged[1] != b.hedged[1]:
        return False              # one article's measure that may come and one taken
    if a.mode != b.mode and (a.mode and b.mode or "visit" in (a.mode, b.mode)):
        return False              # a visit and a meeting during it are two events
    if a.plan is not None and b.plan is not None and a.plan[0] == b.plan[0] and a.plan[1] != b.plan[1]:
        return False              # a talk that took place and one planned are two events
    if a.article is not None and b.article is not None and a.article[0] == b.article[0] and \
            _other_counterpart(a.article[1], b.article[1]):
        return False              # one article's two talks with different counterparts of one state
    if a.medium is not None and b.medium is not None and a.medium[0] == b.medium[0] and a.medium[1] != b.medium[1]:
        return False              # one article's call and meeting
    if a.cancelling is not None and b.cancelling is not None and a.cancelling[0] == b.cancelling[0] and \
            a.cancelling[1] != b.cancelling[1]:
        return False              # one article's cancelling of a meeting and a call or talk of that month
    if not _places_agree(a.place, b.place):
        return False
    if not _parties_agree(a.persons, a.countries, b.persons, b.countries):
        return False
    return not (a.r_countries and b.r_countries) or \
        _parties_agree(a.r_persons, a.r_countries, b.r_persons, b.r_countries)


def same_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions of one window report the same real-world event."""
    return identities_agree(identity(a), identity(b))


def state_sides(parts: Iterable[Participant]) -> list[Participant]:
    """The sides of an event at the level of states and bodies, in order and without repeats: states and
    organizations as they are, each person as his state (a person of no known state, or of a body's code, adds
    nothing)."""
    out: dict[str, Participant] = {}
    for p in parts:
        if p.kind != "person":
            out.setdefault(participant_key(p), p)
        elif p.country_code and (name := country_name(p.country_code)) is not None:
            state = Participant(name=name, kind="state", country_code=p.country_code)
            out.setdefault(participant_key(state), state)
    return list(out.values())


def merge_participants(groups: Iterable[Iterable[Participant]]) -> list[Participant]:
    """Union by participant key, keeping the richest fields and every surface form; sorted by name."""
    merged: dict[str, Participant] = {}
    for parts in groups:
        for p in parts:
            key = participant_key(p)
            old = merged.get(key)
            if old is None:
                merged[key] = p
                continue
            mentions = list(dict.fromkeys([*old.mentions, *p.mentions]))
            merged[key] = old.model_copy(update={
                "country_code": old.country_code or p.country_code,
                "title": old.title or p.title,
                "wikidata_id": old.wikidata_id or p.wikidata_id,
                "mentions": mentions,
            })
    return sorted(merged.values(), key=lambda p: (p.name, participant_key(p)))


# --- dates ------------------------------------------------------------------------------------------------

def window_day(m: EventMention) -> dt.date:
    """The event-date window (UTC calendar day) a mention belongs to: the first day of its date range."""
    return m.date.start if m.date is not None else UNKNOWN_DAY


def _date_rank(d: EventDate) -> tuple:
    return (SOURCE_RANK[d.source], PRECISION_RANK[d.precision], d.end - d.start, d.value)


_AHEAD = frozenset({"PLANNED", "UNCERTAIN", "POSTPONED"})


def refine_dates(mentions: Iterable[EventMention]) -> list[EventMention]:
    """Give vague mentions the exact day other reports of the same event state (``date.source = INFERRED``).

    A mention dated coarser than a day, or only by its publication date, takes the day of a text-dated,
    day-precise mention of the same event whose day lies in its range (for publication dates: up to
    LOOKBACK_DAYS before). When several days qualify, the one most articles report wins, then the earliest.
    Mentions arrive grouped by event type; the result keeps their order. Reports are compared by identity
    (:class:`Identity`), once per distinct pair, so the cost grows with distinct events, not with reports.
    """
    mentions = list(mentions)
    anchors = sorted((m for m in mentions if m.date is not None and m.date.source == "TEXT"
                      and m.date.precision == "DAY"), key=lambda m: m.mention_id)
    if not anchors:
        return mentions
    by_identity: dict[Identity, dict[dt.date, set[str]]] = {}
    first_date: dict[dt.date, EventDate] = {}
    off_days: dict[tuple, set] = {}   # (identity, article, day) of a meeting called off in that article -> statuses
    for a in anchors:
        ident = identity(a)
        by_identity.setdefault(ident, {}).setdefault(a.date.start, set()).add(a.article_id)
        first_date.setdefault(a.date.start, a.date)
        if a.status in _OFF:
            off_days.setdefault((ident, a.article_id, a.date.start), set()).add(a.status)
    agree: dict[tuple[Identity, Identity], bool] = {}
    out = []
    for m in mentions:
        d = m.date
        if d is None or (d.precision == "DAY" and d.source == "TEXT"):
            out.append(m)
            continue
        # (a planned or hedged event dated by its publication lies ahead of it, not in the days before)
        low = d.start - dt.timedelta(days=LOOKBACK_DAYS) if d.source == "PUBLICATION" and \
            m.status not in _AHEAD else d.start
        high = d.end
        if d.modifier == "END":               # 'fine ottobre': the last ten days of it
            low = max(low, d.end - dt.timedelta(days=10))
        elif d.modifier == "START":           # 'inizio ottobre': the first ten days
            high = min(high, d.start + dt.timedelta(days=10))
        mine = identity(m)
        support: dict[dt.date, set[str]] = {}
        for theirs, days in by_identity.items():
            key = (mine, theirs)
            if key not in agree:
                agree[key] = identities_agree(mine, theirs)
            if not agree[key]:
                continue
            for day, articles in days.items():
                # (an article's planned or held meeting does not take the day of a meeting it says was called off:
                # 'la missione prevista per martedì 31 agosto è stata annullata; Binay andrà a Hong Kong la settimana
                # prossima per incontrare Tsang' are two events; so are a meeting called off and one ruled out:
                # 'ha annullato l'incontro con X previsto per domenica' beside 'potrebbero vedersi a fine mese; la
                # presidenza ha escluso qualsiasi incontro')
                off = off_days.get((theirs, m.article_id, day)) if articles == {m.article_id} else None
                if articles == {m.article_id} and m.status in _AHEAD and theirs.countries != mine.countries:
                    # (one article's talks ahead, of other sides, in the range are another event: 'Martedì i ministri di
                    # Russia, India e Cina terranno una videoconferenza ... rinviata alla prossima settimana la riunione
                    # del meccanismo bilaterale')
                    continue
                if low <= day <= high and not (off and (m.status not in _OFF
                                                        or _CALLED_OFF_AND_RULED_OUT <= off | {m.status})):
                    support.setdefault(day, set()).update(articles)
        if not support:
            out.append(m)
            continue
        day = min(support, key=lambda day: (-len(support[day]), day))
        out.append(m.model_copy(update={"date": first_date[day].model_copy(update={"source": "INFERRED",
                                                                                    "text": d.text})}))
    return out


# --- status -----------------------------------------------------------------------------------------------

def resolve_status(statuses: Iterable[str]) -> str:
    """One status from the reports' statuses; DISPUTED when they contradict each other."""
    s = set(statuses)
    if len(s) <= 1:
        return next(iter(s), "UNCERTAIN")
    if "DISPUTED" in s:
        return "DISPUTED"
    if "DENIED" in s:
        return "DISPUTED"
    if "OCCURRED" in s and s & {"CANCELLED", "POSTPONED"}:
        return "DISPUTED"
    for status in ("OCCURRED", "CANCELLED", "POSTPONED", "PLANNED"):
        if status in s:
            return status
    return "UNCERTAIN"


# --- the accumulator --------------------------------------------------------------------------------------

@dataclass
class EventAccumulator:
    """Mentions of one (window, event type) group. Pure: create / add / merge / extract."""

    mentions: dict[str, EventMention] = field(default_factory=dict)

    def add(self, mention: EventMention) -> "EventAccumulator":
        self.mentions.setdefault(mention.mention_id, mention)
        return self

    def merge(self, other: "EventAccumulator") -> "EventAccumulator":
        for m in other.mentions.values():
            self.add(m)
        return self

    def extract(self, revision: int = 0) -> list[DiplomaticEvent]:
        clusters = cluster_mentions(self.mentions.values())
        return _unique_ids([build_event(cluster, revision) for cluster in clusters], clusters)


@dataclass
class _Cluster:
    members: list[EventMention]
    identities: list[Identity]
    keys: set[str]


def cluster_mentions(mentions: Iterable[EventMention]) -> list[list[EventMention]]:
    """Group the mentions of one window into real-world events (complete linkage).

    Mentions are taken most informative first (most persons named); each joins the cluster all of whose members
    it agrees with (:func:`same_event`) and with which it shares most participants, else starts a new one. So a
    report naming one person cannot chain two different meetings of that person into one. Reports with the same
    :class:`Identity` agree with each other and alike with everyone else, so they are placed together, once.
    Clusters and their members are sorted by mention id; the result does not depend on input order.
    """
    keyed = [(identity(m), m) for m in mentions]
    # Most informative first: most persons named, then most parties, then by mention id.
    keyed.sort(key=lambda im: (-len(im[0].persons | im[0].r_persons), -len(im[1].actors) - len(im[1].recipients),
                               im[1].mention_id))
    groups: dict[tuple[dt.date, Identity], list[EventMention]] = {}
    for ident, m in keyed:
        groups.setdefault((window_day(m), ident), []).append(m)
    clusters: dict[dt.date, list[_Cluster]] = {}
    for (day, ident), members in groups.items():
        same_day = clusters.setdefault(day, [])
        fits = [c for c in same_day if all(identities_agree(ident, other) for other in c.identities)]
        if fits:
            best = min(fits, key=lambda c: (-len(ident.keys & c.keys), -len(c.members), c.members[0].mention_id))
            best.members.extend(members)
            best.identities.append(ident)
            best.keys |= ident.keys
        else:
            same_day.append(_Cluster(list(members), [ident], set(ident.keys)))
    return sorted((sorted(c.members, key=lambda m: m.mention_id) for cs in clusters.values() for c in cs),
                  key=lambda c: c[0].mention_id)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _best_place(places: list[Place]) -> Place | None:
    """The place most reports name (ties: by name)."""
    if not places:
        return None
    counts = Counter(p.name for p in places)
    return min(places, key=lambda p: (-counts[p.name], p.name))


def _role_keys(parts: list[Participant]) -> list[str]:
    return sorted(_persons(parts)) or sorted("s:" + c for c in _countries(parts))


def event_id(event_type: str, day: dt.date, actors: Iterable[Participant],
             recipients: Iterable[Participant] = ()) -> str:
    """Stable id: event type, window day and the participants' keys (persons when any, else states); directed
    events keep who acts apart from who is acted on."""
    actors, recipients = list(actors), list(recipients)
    if event_type in SYMMETRIC_TYPES:
        keys = _role_keys(actors + recipients)
    else:
        keys = ["a:" + k for k in _role_keys(actors)] + ["r:" + k for k in _role_keys(recipients)]
    digest = hashlib.sha1("|".join([event_type, day.isoformat(), *keys]).encode("utf-8")).hexdigest()
    return f"{day.isoformat()}-{event_type.lower()}-{digest[:12]}"


def _unique_ids(events: list[DiplomaticEvent], clusters: list[list[EventMention]]) -> list[DiplomaticEvent]:
    """Two events of one window with the same key (a call and a visit of the same pair on one day) get their
    first mention's id as a suffix, so ids stay unique and stable."""
    counts = Counter(e.event_id for e in events)
    return [e if counts[e.event_id] == 1 else
            e.model_copy(update={"event_id": f"{e.event_id}-{hashlib.sha1(c[0].mention_id.encode()).hexdigest()[:6]}"})
            for e, c in zip(events, clusters)]


def build_event(cluster: list[EventMention], revision: int = 0) -> DiplomaticEvent:
    """One DiplomaticEvent from the mentions of one real-world event."""
    first = cluster[0]
    symmetric = first.event_type in SYMMETRIC_TYPES
    if symmetric:
        actors = merge_participants(m.actors + m.recipients for m in cluster)
        recipients: list[Participant] = []
    else:
        actors = merge_participants(m.actors for m in cluster)
        actor_keys = {participant_key(p) for p in actors}
        recipients = [p for p in merge_participants(m.recipients for m in cluster)
                      if participant_key(p) not in actor_keys]
    dates = [m.date for m in cluster if m.date is not None]
    date = min(dates, key=_date_rank) if dates else None
    article_ids = sorted({m.article_id for m in cluster})
    outlets = {m.article_id: m.source for m in cluster}
    sources = sorted({s for s in outlets.values() if s})
    num_sources = len(sources) + sum(1 for s in outlets.values() if not s)
    evidence = sorted({(m.evidence.article_id, m.evidence.char_start, m.evidence.char_end): m.evidence
                       for m in cluster}.values(), key=lambda e: (e.article_id, e.char_start))
    claims: dict[tuple, Claim] = {}
    for m in cluster:
        status_claim = Claim(attribute="status", value=m.status, text=m.trigger, article_id=m.article_id,
                             claimed_by=m.attributed_to)
        for c in [*m.claims, status_claim]:
            claims.setdefault((c.attribute, c.value, c.article_id, c.claimed_by or ""), c)
    return DiplomaticEvent(
        event_id=event_id(first.event_type, window_day(first), actors, recipients),
        revision=revision,
        event_type=first.event_type,
        mode=_most_common(m.mode for m in cluster),
        cameo_code=_most_common(m.cameo_code for m in cluster),
        status=resolve_status(m.status for m in cluster),
        actors=actors,
        recipients=recipients,
        date=date,
        location=_best_place([m.location for m in cluster if m.location is not None]),
        article_ids=article_ids,
        num_articles=len(article_ids),
        num_sources=num_sources,
        num_mentions=len(cluster),
        evidence=evidence,
        claims=sorted(claims.values(), key=lambda c: (c.attribute, c.article_id, c.value, c.claimed_by or "")),
        sources=sources,
        schema_version=SCHEMA_VERSION,
        participants=state_sides(actors + recipients),
    )


def aggregate_all(mentions: Iterable[EventMention]) -> list[DiplomaticEvent]:
    """The batch pipeline's aggregation in memory: refine dates, window by day, cluster; sorted by event id."""
    by_type: dict[str, list[EventMention]] = {}
    for m in mentions:
        by_type.setdefault(m.event_type, []).append(m)
    groups: dict[tuple, EventAccumulator] = {}
    for typed in by_type.values():
        for m in refine_dates(typed):
            groups.setdefault((window_day(m), m.event_type), EventAccumulator()).add(m)
    events = [e for acc in groups.values() for e in acc.extract()]
    return sorted(events, key=lambda e: e.event_id)
