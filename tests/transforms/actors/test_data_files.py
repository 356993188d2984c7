"""Language data files are validated on load; a bad file fails naming the file, the entry and what was expected."""
from __future__ import annotations

import pytest

from transforms.actors.gazetteer import ActorsFile, RolesFile
from transforms import datafiles as _datafiles
from transforms.datafiles import DataFileError, load_yaml


@pytest.mark.parametrize("name,model", [("actors.yaml", ActorsFile), ("roles_it.yaml", RolesFile)])
def test_shipped_files_load(name, model):
    load_yaml(name, model)


@pytest.mark.parametrize("name", ["actors.yaml", "roles_it.yaml", "metonyms_it.yaml", "actors_demonyms_it.yaml",
                                  "actors_stopwords_it.yaml", "places_countries_it.yaml", "places_regions_it.yaml",
                                  "places_stoplist_it.yaml", "places_function_words_it.yaml"])
def test_files_have_provenance_header(name):
    first = (_datafiles.DATA_DIR / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")


def test_bad_file_message(tmp_path, monkeypatch):
    (tmp_path / "actors.yaml").write_text(
        "organizations: []\npersons:\n  - {name: Jane Roe, roles: [[President, USA, 2020-01-01]]}\n", encoding="utf-8")
    monkeypatch.setattr(_datafiles, "DATA_DIR", tmp_path)
    with pytest.raises(DataFileError) as exc:
        load_yaml("actors.yaml", ActorsFile)
    msg = str(exc.value)
    assert "actors.yaml" in msg and "persons[0] (Jane Roe)" in msg and "Jane Roe" in msg and "expected [title, country, start, end]" in msg


@pytest.mark.parametrize("form, forms", [
    ("britannico", ["britannico", "britannica", "britannici", "britanniche"]),   # unstressed '-ico': '-ici'
    ("austriaco", ["austriaco", "austriaca", "austriaci", "austriache"]),        # '-iaco': '-iaci'
    ("tedesco", ["tedesco", "tedesca", "tedeschi", "tedesche"]),                 # other '-co': '-chi'
    ("turco", ["turco", "turca", "turchi", "turche"]),
    ("ceco", ["ceco", "ceca", "cechi", "ceche"]),                                # a short one too
    ("francese", ["francese", "francesi"]),
    ("saudita", ["saudita", "sauditi", "saudite"]),
])
def test_demonyms_are_inflected_by_rule(form, forms):
    from transforms.actors.gazetteer import inflect
    assert inflect(form) == forms
