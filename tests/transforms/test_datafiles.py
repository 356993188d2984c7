"""The shared loader of language data files."""
from __future__ import annotations

import pytest
from pydantic import BaseModel

from transforms.datafiles import DATA_DIR, DataFileError, describe_location, load_yaml

RAW = {"triggers": [{"id": "meet", "patterns": ["incontr"]}, {"patterns": [1]}], "months": {"luglio": 13}}


@pytest.mark.parametrize("loc, expected", [
    (("triggers", 0, "patterns"), "triggers[0] (meet).patterns"),
    (("triggers", 1, "patterns", 0), "triggers[1].patterns[0]"),
    (("months", "luglio"), "months.luglio"),
    ((), "<top level>"),
    (("missing", 3), "missing[3]"),
])
def test_describe_location(loc, expected):
    assert describe_location(RAW, loc) == expected


class _Trigger(BaseModel):
    id: str
    patterns: list[str]


class _File(BaseModel):
    triggers: list[_Trigger]


@pytest.mark.parametrize("content, expected", [
    ("triggers:\n  - {id: meet, patterns: [incontr]}\n  - {patterns: [x]}\n", "entry triggers[1].id: Field required"),
    ("- a\n", "expected a mapping at the top level, got list"),
    ("triggers: [", "not valid YAML"),
])
def test_errors_name_the_file_and_entry(tmp_path, content, expected):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_yaml(path, _File)
    assert str(path) in str(exc.value) and expected in str(exc.value)


def test_every_data_file_says_where_its_data_came_from():
    for path in sorted(DATA_DIR.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("#"), f"{path.name} has no provenance header"
