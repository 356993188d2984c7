import pytest

from transforms.events import lexicon
import re

from transforms.events.gate import Gate, beginnings, crosses_lines, literal_prefixes, required_literals


def test_data_loads():
    lex = lexicon.load_lexicon()
    assert {t.event_type.value for t in lex.triggers} >= {"CONSULT", "SANCTION", "AID", "ASSAULT", "ACCUSE",
                                                          "REQUEST", "REJECT", "AGREE", "THREATEN"}


@pytest.mark.parametrize("path,model", [(lexicon.TRIGGERS_FILE, lexicon.TriggersFile),
                                        (lexicon.STATUS_FILE, lexicon.StatusFile),
                                        (lexicon.ATTRIBUTION_FILE, lexicon.AttributionFile)])
def test_provenance_header(path, model):
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_error_names_file_entry_and_expectation(tmp_path):
    bad = tmp_path / "triggers_it.yaml"
    bad.write_text("triggers:\n  - id: x\n    group: g\n    event_type: MEET\n    cameo: '040'\n"
                   "    kind: noun\n    patterns: ['a']\ngrammar: {}\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError) as err:
        lexicon.load_yaml(bad, lexicon.TriggersFile)
    msg = str(err.value)
    assert "triggers_it.yaml" in msg and "triggers[0] (x).event_type" in msg and "CONSULT" in msg


def test_macros_expand_in_trigger_patterns_and_unknown_ones_are_reported(tmp_path):
    good = tmp_path / "triggers_it.yaml"
    entry = ("triggers:\n  - id: x\n    group: g\n    event_type: SANCTION\n    cameo: '163'\n"
             "    kind: verb\n    patterns: ['ha sospeso {%s}i visti']\n")
    good.write_text("macros: {ADV: 'oggi '}\n" + entry % "ADV", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="grammar"):      # (expanded, then the missing grammar reported)
        lexicon.load_yaml(good, lexicon.TriggersFile)
    assert "ha sospeso (?:oggi )i visti" in lexicon.TriggersFile._expand(
        {"macros": {"ADV": "oggi "}, "triggers": [{"id": "x", "patterns": ["ha sospeso {ADV}i visti"]}]}
    )["triggers"][0]["patterns"]
    good.write_text("macros: {ADV: 'oggi '}\n" + entry % "AVV" + "grammar: {}\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"unknown macro \{AVV\}.*expected one of \['ADV'\]"):
        lexicon.load_yaml(good, lexicon.TriggersFile)


def test_bad_regex_is_reported(tmp_path):
    bad = tmp_path / "attribution_it.yaml"
    bad.write_text("source_cues: ['(unclosed']\nspeech_verbs: ['a']\ndenial_verbs: ['b']\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="source_cues.*invalid regular expression"):
        lexicon.load_yaml(bad, lexicon.AttributionFile)


@pytest.mark.parametrize("pattern,expected", [
    ("incontr[oi]", {"inc"}), ("(?:ha|hanno) visto", {"ha ", "han"}), ("\\w+erà", None), ("a(?:b)?c", {"ab", "ac"}),
])
def test_gate_beginnings(pattern, expected):
    got = beginnings(pattern)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize("pattern,expected", [
    ("incontr[oi]", {"incontro", "incontri"}),
    ("(?:di )?incontrare", {"di incontrar", "incontrare"}),            # 12 characters at most
    ("(?:ha|hanno) (?:\\w+ )?visto", {"ha ", "hanno "}),            # a word class stops the prefix
    ("vertic(?:e|i)+ di", {"vertice", "vertici"}),                   # a repeat: its first turn only
    ("a(?:b)*c", {"ab", "ac"}),
    ("\\w+erà", None), ("(?:foo)?", None),                            # a match may begin with no literal
    ("(?-i:[A-Z])\\w+", None),
])
def test_gate_literal_prefixes(pattern, expected):
    got = literal_prefixes(pattern)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize("pattern,expected", [
    ("(?:ha|hanno) (?:\\w+ )?incontrato", {"incontrato"}),           # the longest literal every match has
    ("telefonat[ae]|(?:ha|ho) (?:\\w+ )?sentito", {"telefonat", "sentito"}),
    ("(?<!\\w)vertic[ei](?!\\w)", {"vertic"}),
    ("\\w+", None), ("(?:foo)?bar|baz", {"bar", "baz"}), ("foo|\\d+", None),
])
def test_gate_required_literals(pattern, expected):
    got = required_literals(pattern)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize("pattern,expected", [
    ("ha (?:\\w+ )?visto", False), ("ha\\s+visto", True), ("ha[^x]visto", True), ("a.b", False),
    ("(?s)a.b", True), ("[a-z ]+", False),
])
def test_gate_crosses_lines(pattern, expected):
    assert crosses_lines(re.compile(pattern)) is expected


def test_gate_matches_like_finditer():
    import re
    pats = ["incontr[oi]", "(?:ha|hanno) (?:\\w+ )?incontrato", "vertic[ei]"]
    rxs = [re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I) for p in pats]
    text = "L'incontro: Rubio ha incontrato Lavrov; Hanno poi incontrato altri al vertice. Incontri."
    got = sorted((i, m.span()) for i, m in Gate(pats, rxs).finditer(text))
    want = sorted((i, m.span()) for i, rx in enumerate(rxs) for m in rx.finditer(text))
    assert got == want


def test_every_trigger_and_cue_pattern_is_gated_by_its_literal_beginnings():
    # a pattern whose beginning the gate cannot bound runs as a scan of every text (a pattern that opens on a
    # one-letter word and then an optional word, '(?:è|sono) (?:\w+ )?...', made the event layer a third slower)
    lx = lexicon.load_lexicon()
    for name in ("trigger_gate", "cue_gate", "both_gate"):
        gate = getattr(lx, name)
        assert [gate.regexes[i].pattern[:80] for i in gate.always] == [], name
