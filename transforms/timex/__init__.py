"""Italian temporal-expression tagger (TIMEX3-style values).

Public interface (see docs/ARCHITECTURE.md): Reference, Dateline, Timex,
find_dateline, reference_for, tag.
"""
from transforms.timex.model import Dateline, Reference, Timex
from transforms.timex.tagger import find_dateline, reference_for, story_day, tag, weekday_days, weekdays_agree

__all__ = ["Reference", "Dateline", "Timex", "find_dateline", "reference_for", "story_day", "tag", "weekday_days", "weekdays_agree"]
