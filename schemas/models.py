"""Pydantic models mirroring the ``.avsc`` files field for field (tests/schemas keeps them in lockstep).

``model.to_avro()`` gives the dict fastavro writes; ``Model.model_validate(record)`` reads one back.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)

    def to_avro(self) -> dict:
        return self.model_dump(mode="python")


class ParticipantKind(str, Enum):
    person = "person"
    state = "state"
    organization = "organization"


class DatePrecision(str, Enum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    SEASON = "SEASON"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


class DateSource(str, Enum):
    TEXT = "TEXT"
    PUBLICATION = "PUBLICATION"
    INFERRED = "INFERRED"


class PublishedPrecision(str, Enum):
    DAY = "DAY"
    MONTH = "MONTH"
    YEAR = "YEAR"


class PublishedSource(str, Enum):
    METADATA = "METADATA"
    HEADER = "HEADER"
    DATELINE = "DATELINE"


class EventType(str, Enum):
    CONSULT = "CONSULT"
    AGREE = "AGREE"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    SANCTION = "SANCTION"
    AID = "AID"
    ASSAULT = "ASSAULT"
    COERCE = "COERCE"
    THREATEN = "THREATEN"
    SUPPORT = "SUPPORT"
    COOPERATE = "COOPERATE"
    CONCEDE = "CONCEDE"
    RETREAT = "RETREAT"
    MOBILIZE = "MOBILIZE"
    PROTEST = "PROTEST"


class EventStatus(str, Enum):
    OCCURRED = "OCCURRED"
    PLANNED = "PLANNED"
    POSTPONED = "POSTPONED"
    CANCELLED = "CANCELLED"
    DENIED = "DENIED"
    DISPUTED = "DISPUTED"
    UNCERTAIN = "UNCERTAIN"


class DeadLetterStage(str, Enum):
    READ = "READ"
    VALIDATE = "VALIDATE"
    EXTRACT = "EXTRACT"


class Participant(_Record):
    name: str
    kind: ParticipantKind
    country_code: Optional[str] = None
    title: Optional[str] = None
    wikidata_id: Optional[str] = None
    mentions: list[str] = Field(default_factory=list)


class Place(_Record):
    name: str
    country_code: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geonames_id: Optional[int] = None


class EventDate(_Record):
    value: str
    precision: DatePrecision
    start: dt.date
    end: dt.date
    source: DateSource
    modifier: Optional[str] = None
    text: Optional[str] = None


class Evidence(_Record):
    article_id: str
    text: str
    char_start: int
    char_end: int


class Claim(_Record):
    attribute: str
    value: str
    text: Optional[str] = None
    article_id: str
    claimed_by: Optional[str] = None


class Article(_Record):
    id: str = Field(min_length=1)
    text: str
    published: Optional[str] = None
    published_precision: Optional[PublishedPrecision] = None
    published_source: Optional[PublishedSource] = None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    language: Optional[str] = None
    input_path: Optional[str] = None


class EventMention(_Record):
    mention_id: str
    article_id: str
    source: Optional[str] = None
    event_type: EventType
    mode: Optional[str] = None
    cameo_code: Optional[str] = None
    status: EventStatus
    actors: list[Participant]
    recipients: list[Participant]
    date: Optional[EventDate] = None
    location: Optional[Place] = None
    trigger: str
    evidence: Evidence
    claims: list[Claim] = Field(default_factory=list)
    attributed_to: Optional[str] = None


class DiplomaticEvent(_Record):
    event_id: str
    revision: int
    event_type: EventType
    mode: Optional[str] = None
    cameo_code: Optional[str] = None
    status: EventStatus
    actors: list[Participant]
    recipients: list[Participant]
    date: Optional[EventDate] = None
    location: Optional[Place] = None
    article_ids: list[str]
    num_articles: int
    num_sources: int
    num_mentions: int
    evidence: list[Evidence]
    claims: list[Claim] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    schema_version: str = "1"
    participants: list[Participant] = Field(default_factory=list)


class DeadLetter(_Record):
    input_path: str
    record_ref: Optional[str] = None
    stage: DeadLetterStage
    reason: str
    raw: bytes


MODELS: dict[str, type[_Record]] = {
    cls.__name__: cls
    for cls in (Participant, Place, EventDate, Evidence, Claim, Article, EventMention, DiplomaticEvent, DeadLetter)
}
ENUMS: dict[str, type[Enum]] = {
    cls.__name__: cls
    for cls in (ParticipantKind, DatePrecision, DateSource, PublishedPrecision, PublishedSource, EventType,
                EventStatus, DeadLetterStage)
}
