"""House rule: imports go one way, schemas <- transforms <- pipelines, and Beam stays in transforms/beam and
pipelines."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _files(package: str):
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", _files("schemas"), ids=str)
def test_schemas_import_nothing_of_ours(path):
    assert not _imports(path) & {"transforms", "pipelines", "apache_beam"}


@pytest.mark.parametrize("path", _files("transforms"), ids=str)
def test_transforms_do_not_import_pipelines_nor_beam(path):
    found = _imports(path)
    assert "pipelines" not in found
    if "beam" not in path.relative_to(ROOT / "transforms").parts[:1]:
        assert "apache_beam" not in found, f"{path} imports apache_beam outside transforms/beam"
