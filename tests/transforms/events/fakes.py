"""Hand-made tagger outputs (the real interface types, filled by small lexicons), for the extractor's own
tests: they isolate the event rules from the taggers."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import transforms.actors as _actors
import transforms.places as _places
import transforms.timex as _timex


def Actor(name: str, kind: str, country_code: Optional[str]) -> _actors.Actor:
    return _actors.Actor(name, kind, country_code, None, None)


ActorMention = _actors.ActorMention
Reference = _timex.Reference


def PlaceMention(name: str, kind: str, country_code: Optional[str], text: str, char_start: int, char_end: int,
                 latitude: Optional[float] = None, longitude: Optional[float] = None,
                 geonames_id: Optional[int] = None) -> _places.PlaceMention:
    return _places.PlaceMention(name=name, kind=kind, country_code=country_code, latitude=latitude,
                               longitude=longitude, geonames_id=geonames_id, text=text, char_start=char_start,
                               char_end=char_end)


def Timex(text: str, char_start: int, char_end: int, type: str, value: str, precision: Optional[str],
          start: Optional[dt.date], end: Optional[dt.date], modifier: Optional[str] = None, anchor: str = "ABSOLUTE",
          resolved: bool = True, part_of_day: Optional[str] = None) -> _timex.Timex:
    return _timex.Timex(text, char_start, char_end, type, value, precision, start, end, modifier, anchor, resolved,
                       part_of_day)


def day(value: str) -> tuple[dt.date, dt.date]:
    d = dt.date.fromisoformat(value)
    return d, d


def ref_day(value: str, source: str = "PUBLICATION") -> Reference:
    d = dt.date.fromisoformat(value)
    return Reference(value, "DAY", source, d, d)


def ref_month(value: str) -> Reference:
    y, m = map(int, value.split("-"))
    end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return Reference(value, "MONTH", "PUBLICATION", dt.date(y, m, 1), end)


# surface form -> (name, kind, country, via)
LEXICON = {
    "Marco Rubio": ("Marco Rubio", "person", "USA", "name"), "Rubio": ("Marco Rubio", "person", "USA", "surname"),
    "Sergey Lavrov": ("Sergey Lavrov", "person", "RUS", "name"),
    "Sergei Lavrov": ("Sergey Lavrov", "person", "RUS", "name"),
    "Serghei Lavrov": ("Sergey Lavrov", "person", "RUS", "name"),
    "Sergej Lavrov": ("Sergey Lavrov", "person", "RUS", "name"), "Lavrov": ("Sergey Lavrov", "person", "RUS", "surname"),
    "Donald Trump": ("Donald Trump", "person", "USA", "name"), "Trump": ("Donald Trump", "person", "USA", "surname"),
    "Vladimir Putin": ("Vladimir Putin", "person", "RUS", "name"), "Putin": ("Vladimir Putin", "person", "RUS", "surname"),
    "Volodymyr Zelensky": ("Volodymyr Zelensky", "person", "UKR", "name"),
    "Zelensky": ("Volodymyr Zelensky", "person", "UKR", "surname"),
    "Pete Hegseth": ("Pete Hegseth", "person", "USA", "name"), "Hegseth": ("Pete Hegseth", "person", "USA", "surname"),
    "Dmitrij Peskov": ("Dmitry Peskov", "person", "RUS", "name"),
    "Sergej Ryabkov": ("Sergei Ryabkov", "person", "RUS", "name"),
    "Serghei Ryabkov": ("Sergei Ryabkov", "person", "RUS", "name"),
    "Ryabkov": ("Sergei Ryabkov", "person", "RUS", "surname"),
    "Antonio Tajani": ("Antonio Tajani", "person", "ITA", "name"), "Tajani": ("Antonio Tajani", "person", "ITA", "surname"),
    "Andrii Sybiga": ("Andrii Sybiga", "person", "UKR", "name"),
    "John Thune": ("John Thune", "person", "USA", "name"),
    "Anna Kelly": ("Anna Kelly", "person", "USA", "name"),
    "Casa Bianca": ("United States", "state", "USA", "metonym"), "Cremlino": ("Russia", "state", "RUS", "metonym"),
    "Mosca": ("Russia", "state", "RUS", "metonym"), "Washington": ("United States", "state", "USA", "metonym"),
    "Kiev": ("Ukraine", "state", "UKR", "metonym"),
    "Russia": ("Russia", "state", "RUS", "country"), "Ucraina": ("Ukraine", "state", "UKR", "country"),
    "Stati Uniti": ("United States", "state", "USA", "country"), "USA": ("United States", "state", "USA", "country"),
    "Usa": ("United States", "state", "USA", "country"), "Malesia": ("Malaysia", "state", "MYS", "country"),
    "russo": ("Russia", "state", "RUS", "demonym"), "russa": ("Russia", "state", "RUS", "demonym"),
    "russi": ("Russia", "state", "RUS", "demonym"), "americano": ("United States", "state", "USA", "demonym"),
    "americana": ("United States", "state", "USA", "demonym"),
    "statunitensi": ("United States", "state", "USA", "demonym"),
    "statunitense": ("United States", "state", "USA", "demonym"),
    "ucraino": ("Ukraine", "state", "UKR", "demonym"), "ucraina": ("Ukraine", "state", "UKR", "demonym"),
    "CNN": ("CNN", "organization", None, "organization"), "Tass": ("TASS", "organization", None, "organization"),
    "TASS": ("TASS", "organization", None, "organization"),
    "Reuters": ("Reuters", "organization", None, "organization"),
}
_RX = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, LEXICON), key=len, reverse=True)) + r")(?!\w)")


def find_actors(text: str) -> list[ActorMention]:
    out = []
    for m in _RX.finditer(text):
        name, kind, cc, via = LEXICON[m.group(1)]
        out.append(ActorMention(Actor(name, kind, cc), m.group(1), m.start(), m.end(), via))
    return out


PLACES = {"Kuala Lumpur": ("Kuala Lumpur", "city", "MYS"), "Malesia": ("Malaysia", "country", "MYS"),
          "Kiev": ("Kyiv", "city", "UKR"), "Ginevra": ("Geneva", "city", "CHE"), "Budapest": ("Budapest", "city", "HUN"),
          "Ungheria": ("Hungary", "country", "HUN"), "Istanbul": ("Istanbul", "city", "TUR"),
          "Roma": ("Rome", "city", "ITA"), "Mosca": ("Moscow", "city", "RUS"),
          "Washington": ("Washington", "city", "USA"), "Ucraina": ("Ukraine", "country", "UKR")}
_PRX = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)) + r")(?!\w)")


def find_places(text: str) -> list[PlaceMention]:
    return [PlaceMention(*PLACES[m.group(1)], m.group(1), m.start(), m.end()) for m in _PRX.finditer(text)]


def timex(text: str, sub: str, type_: str, value: str, precision: Optional[str] = "DAY", occurrence: int = 1,
          start=None, end=None, modifier=None) -> Timex:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(sub, pos + 1)
    if start is None and precision == "DAY":
        start, end = day(value)
    return Timex(sub, pos, pos + len(sub), type_, value, precision, start, end, modifier)
