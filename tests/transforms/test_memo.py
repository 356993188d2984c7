"""The shared bounded memo: computed once per key, cleared when full."""
from transforms.memo import Memo


def test_a_key_is_computed_once_and_the_memo_is_cleared_when_full():
    calls = []
    memo = Memo(lambda k: calls.append(k) or k.upper(), max_size=2)
    assert [memo["a"], memo["a"], memo["b"]] == ["A", "A", "B"] and calls == ["a", "b"]
    assert memo["c"] == "C" and len(memo) == 1          # (full at two keys: cleared before the third)
    assert list(map(memo.__getitem__, ["c", "d"])) == ["C", "D"] and calls == ["a", "b", "c", "d"]
