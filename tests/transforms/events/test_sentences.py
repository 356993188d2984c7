import pytest

from transforms.events.sentences import split_sentences

CASES = [
    ("Roma, 16 mar. (askanews) – Il ministro è arrivato. Poi è ripartito.",
     ["Roma, 16 mar. (askanews) – Il ministro è arrivato.", "Poi è ripartito."]),
    ("Lo ha detto il Sig. Rossi. Fine.", ["Lo ha detto il Sig. Rossi.", "Fine."]),
    ("Titolo senza punto\nIl testo segue. “Citazione finita.” Altro.",
     ["Titolo senza punto", "Il testo segue.", "“Citazione finita.”", "Altro."]),
    ("“Non ci siamo”, ha detto Rossi. Dopo.", ["“Non ci siamo”, ha detto Rossi.", "Dopo."]),
    ("Lo ha detto J. Biden ieri.", ["Lo ha detto J. Biden ieri."]),
    # a full month name ends a sentence; only its abbreviation does not
    ("La visita era attesa mercoledì 17 gennaio. È stata rinviata.",
     ["La visita era attesa mercoledì 17 gennaio.", "È stata rinviata."]),
    ("Bujumbura, 12 gen. - Il Ruanda ha protestato.", ["Bujumbura, 12 gen. - Il Ruanda ha protestato."]),
    ("Testo.\nA and B hold talks\n📍 Kuala Lumpur, July 10\n— MFA (@mfa) July 10, 2025\nDopo.",
     ["Testo.", "A and B hold talks\n📍 Kuala Lumpur, July 10\n— MFA (@mfa) July 10, 2025", "Dopo."]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split(text, expected):
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_offsets_on_seeds(seed_texts):
    for text in seed_texts.values():
        for s in split_sentences(text):
            assert text[s.start:s.end] == s.text
            assert s.text == s.text.strip()
