import glob
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)


@pytest.fixture(scope="session")
def seed_texts():
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            out[os.path.basename(path)[:-4]] = fh.read()
    return out
