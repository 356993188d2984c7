"""The .avsc files are the contract: the pydantic models must mirror them exactly, records must round-trip
through strict fastavro validation, and data written with an older schema must read with the current one."""
from __future__ import annotations

import datetime as dt
import io
import json
import typing
from enum import Enum

import fastavro
import pytest
from fastavro.validation import validate

import schemas
from schemas.models import ENUMS, MODELS, Article, Claim, DeadLetter, DiplomaticEvent, EventDate, EventMention, \
    Evidence, Participant, Place

TOP_LEVEL = ["Article", "EventMention", "DiplomaticEvent", "DeadLetter"]
PRIMITIVES = {"string": str, "int": int, "long": int, "double": float, "bytes": bytes, "boolean": bool}


def _definitions():
    return {name: json.loads((schemas.SCHEMA_DIR / f).read_text()) for name, f in
            ((json.loads(p.read_text())["name"], p.name) for p in schemas.SCHEMA_DIR.glob("*.avsc"))}


def _describe_avro(t) -> tuple:
    """A comparable description of an Avro field type: (nullable, kind, detail)."""
    defs = _definitions()
    nullable = isinstance(t, list) and "null" in t
    if isinstance(t, list):
        rest = [x for x in t if x != "null"]
        assert len(rest) == 1, f"only [null, T] unions are used, got {t}"
        t = rest[0]
    if isinstance(t, str) and t.rsplit(".", 1)[-1] in defs:
        t = defs[t.rsplit(".", 1)[-1]]
    if isinstance(t, dict):
        if t["type"] == "array":
            return nullable, "array", _describe_avro(t["items"])
        if t["type"] == "enum":
            return nullable, "enum", (t["name"], tuple(t["symbols"]))
        if t["type"] == "record":
            return nullable, "record", t["name"]
        if t.get("logicalType") == "date":
            return nullable, "date", None
        t = t["type"]
    return nullable, "primitive", PRIMITIVES[t]


def _describe_py(annotation) -> tuple:
    nullable = False
    origin = typing.get_origin(annotation)
    if origin is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable, annotation = True, args[0]
        origin = typing.get_origin(annotation)
    if origin is list:
        return nullable, "array", _describe_py(typing.get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return nullable, "enum", (annotation.__name__, tuple(m.value for m in annotation))
    if annotation in MODELS.values():
        return nullable, "record", annotation.__name__
    if annotation is dt.date:
        return nullable, "date", None
    return nullable, "primitive", annotation


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_mirrors_schema(name):
    avro = _definitions()[name]
    model = MODELS[name]
    avro_fields = {f["name"]: f for f in avro["fields"]}
    assert list(avro_fields) == list(model.model_fields), f"{name}: field names or order drifted"
    for fname, field in avro_fields.items():
        assert _describe_avro(field["type"]) == _describe_py(model.model_fields[fname].annotation), f"{name}.{fname}"
        py_default = model.model_fields[fname].get_default(call_default_factory=True)
        if "default" in field:
            assert py_default == field["default"], f"{name}.{fname}: default differs"
        else:
            assert model.model_fields[fname].is_required(), f"{name}.{fname}: required in Avro, optional in pydantic"


@pytest.mark.parametrize("name", sorted(_definitions()))
def test_every_field_documented(name):
    schema = _definitions()[name]
    assert schema.get("doc"), f"{name} has no doc"
    for field in schema.get("fields", []):
        assert field.get("doc"), f"{name}.{field['name']} has no doc"


def test_enums_mirror_schema():
    defs = _definitions()
    for name, enum in ENUMS.items():
        if name in defs:
            assert tuple(defs[name]["symbols"]) == tuple(m.value for m in enum), name


PARTICIPANT = Participant(name="Antonio Tajani", kind="person", country_code="ITA", title="Foreign Minister",
                          mentions=["Tajani"])
DATE = EventDate(value="2024-04-11", precision="DAY", start=dt.date(2024, 4, 11), end=dt.date(2024, 4, 11),
                 source="TEXT", text="11 aprile")
EVIDENCE = Evidence(article_id="a1", text="Tajani ha incontrato Blinken.", char_start=0, char_end=29)
EXAMPLES = {
    "Article": Article(id="a1", text="Tajani ha incontrato Blinken.", published="2024-04", published_precision="MONTH",
                       published_source="HEADER"),
    "EventMention": EventMention(mention_id="a1#0", article_id="a1", event_type="CONSULT", status="OCCURRED",
                                 actors=[PARTICIPANT], recipients=[], date=DATE,
                                 location=Place(name="Capri", country_code="ITA", latitude=40.55, longitude=14.24),
                                 trigger="incontrato", evidence=EVIDENCE,
                                 claims=[Claim(attribute="duration", value="PT40M", article_id="a1")]),
    "DiplomaticEvent": DiplomaticEvent(event_id="e1", revision=0, event_type="CONSULT", status="OCCURRED",
                                       actors=[PARTICIPANT], recipients=[], date=DATE, article_ids=["a1"],
                                       num_articles=1, num_sources=1, num_mentions=1, evidence=[EVIDENCE]),
    "DeadLetter": DeadLetter(input_path="x.jsonl", record_ref="line 2", stage="READ", reason="malformed", raw=b"{"),
}


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_round_trip_strict(name):
    schema = fastavro.parse_schema(schemas.load(name))
    record = EXAMPLES[name].to_avro()
    assert validate(record, schema, raise_errors=True)
    buf = io.BytesIO()
    fastavro.writer(buf, schema, [record], validator=True)
    buf.seek(0)
    (back,) = list(fastavro.reader(buf))
    assert MODELS[name].model_validate(back) == EXAMPLES[name]


def _drop_defaulted(schema: dict) -> dict:
    """The schema as it was before every field that has a default was added (schema evolution by addition)."""
    out = dict(schema)
    out["fields"] = [f for f in schema["fields"] if "default" not in f]
    return out


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_old_data_reads_with_new_schema(name):
    new = schemas.load(name)
    old = _drop_defaulted(new)
    record = {k: v for k, v in EXAMPLES[name].to_avro().items() if k in {f["name"] for f in old["fields"]}}
    buf = io.BytesIO()
    fastavro.writer(buf, fastavro.parse_schema(old), [record])
    buf.seek(0)
    (back,) = list(fastavro.reader(buf, reader_schema=fastavro.parse_schema(new)))
    MODELS[name].model_validate(back)


def test_loaded_schemas_are_standalone():
    for name in TOP_LEVEL:
        fastavro.parse_schema(schemas.load(name), named_schemas={})
