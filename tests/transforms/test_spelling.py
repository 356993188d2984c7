"""Accents typed as apostrophes (transforms.spelling): table-driven, Beam-free."""
import pytest

from schemas.models import Article
from transforms.events import extract_mentions
from transforms.spelling import fold_accents

FOLDED = [
    ("e' stata annullata ieri", "è stata annullata ieri"),
    ("E' crisi aperta", "È crisi aperta"),
    ("avrebbero gia' espulso", "avrebbero già espulso"),
    ("Samuelsen sara' a Oslo lunedi'.", "Samuelsen sarà a Oslo lunedì."),
    ("perche' e finche'", "perché e finché"),
    ("ne' Roma ne' Parigi", "né Roma né Parigi"),
    ("il presidente Jose' Mujica", "il presidente José Mujica"),
    ("le autorita' danesi, cioe' il governo", "le autorità danesi, cioè il governo"),
    ("firmo' l'accordo e parti'", "firmò l'accordo e partì"),
    # elisions and truncations are not accents
    ("l'Iran e dell'Onu", "l'Iran e dell'Onu"),
    ("un po' di tempo", "un po' di tempo"),
    # a quotation in single quotes keeps its closing apostrophe ('e'' stays an accent inside it)
    ("ha definito il piano 'totalmente inaccettabile' ieri", "ha definito il piano 'totalmente inaccettabile' ieri"),
    ("ha detto 'il governo e' pronto' ieri", "ha detto 'il governo è pronto' ieri"),
    ("typographic: e’ stato", "typographic: è stato"),
]


@pytest.mark.parametrize("raw,expected", FOLDED)
def test_fold_accents(raw, expected):
    folded, back = fold_accents(raw)
    assert folded == expected
    if back is None:
        assert folded == raw
    else:
        assert len(back) == len(folded) + 1 and back[-1] == len(raw)
        # every kept character maps to itself in the original
        assert all(raw[back[i]] == c for i, c in enumerate(folded) if c not in "àèéìòùÀÈÉÌÒÙ")


def test_evidence_quotes_the_original_text():
    text = ("ODENSE, 31 OTT - E' crisi aperta. La missione di imprenditori danesi nella capitale iraniana, prevista "
            "per lunedi' 12 novembre, e' stata annullata ieri dal governo.")
    mentions = extract_mentions(Article(id="a", text=text, published="2018-10-31"))
    assert {(m.status, m.date.value) for m in mentions} >= {("CANCELLED", "2018-11-12"), ("OCCURRED", "2018-10-30")}
    for m in mentions:
        ev = m.evidence
        assert text[ev.char_start:ev.char_end] == ev.text
        assert "e' stata annullata" in ev.text
