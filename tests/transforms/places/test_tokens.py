"""The fast tokenisation/lexicon paths give exactly what the reference ones give."""
from __future__ import annotations

import random

from transforms.places import PlaceResolver
from transforms.places.text import WORD_RE, Lexicon, Tokens, tokenize, words

ALPHABET = "ab ÉèK_1-’'‐ \n\t\xa0.,çİΣ٣"


def test_tokens_match_words():
    rng = random.Random(7)
    for _ in range(3000):
        t = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 20)))
        tk = Tokens(t)
        assert tk.spans == words(t)
        assert tk.ws == WORD_RE.findall(t)
        assert tk.lower_vocab == {t[a:b] for a, b in words(t) if t[a].islower()}
        assert tk.upper == [t[a].isupper() for a, _ in words(t)]
        for w in set(tk.ws) | {w.lower() for w in tk.ws} | {w.upper() for w in tk.ws}:
            assert tk.is_lower_word(w) == (w in tk.lower_vocab)


def test_tokenize_reuses_last():
    t = "a Ginevra e a Roma"
    assert tokenize(t) is tokenize(t)


def test_scan_words_equals_scan():
    lex: Lexicon[int] = Lexicon()
    for k, s in enumerate(["Il Cairo", "Cairo", "Stati Uniti", "Stati Uniti d'America", "Roma", "Città del Messico",
                           "al Quds", "New  York", "Sharm el-Sheikh"]):
        lex.add(s, k)
    texts = ["Il Cairo e gli Stati Uniti d’America, Roma", "Stati\nUniti, Città del Messico e New York",
             "a Sharm el-Sheikh e al Quds; Il\ncairo Cairo", "Stati Uniti d'", ""]
    for t in texts:
        tk = Tokens(t)
        assert list(lex.scan_words(t, tk.spans, tk.ws)) == list(lex.scan(t, tk.spans))
        for i in range(len(tk.spans)):
            assert lex.match_word(t, tk.spans, tk.ws, i) == lex.match_at(t, tk.spans, i)


def test_default_lexicon_scan_words_equals_scan():
    lex = PlaceResolver.default().lexicon
    t = ("Il vertice a Kuala Lumpur, poi a Città del Messico e negli Stati Uniti. In Corea del Nord, a Sharm "
         "el-Sheikh e nella Striscia di Gaza; La Paz, Buenos Aires, Rio de Janeiro, New York e San Marino.")
    tk = Tokens(t)
    assert list(lex.scan_words(t, tk.spans, tk.ws)) == list(lex.scan(t, tk.spans))
