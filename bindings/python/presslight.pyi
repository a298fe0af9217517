"""People, organizations, places, quotations and figures in news articles (type stubs)."""

import datetime
from collections.abc import Iterable
from typing import Literal, TypedDict

__version__: str

class Entity(TypedDict):
    start: int
    end: int
    text: str
    kind: Literal["person", "organization", "place"]
    entity: str

class Speaker(TypedDict):
    start: int
    end: int
    text: str
    entity: str | None

class Quote(TypedDict):
    start: int
    end: int
    text: str
    kind: Literal["speech", "term"]
    speaker: Speaker | None

class _FigureBase(TypedDict):
    start: int
    end: int
    text: str
    kind: Literal["number", "ordinal", "percent", "money", "quantity", "date", "time", "duration"]
    value: float | list[float] | str | None
    unit: str | None

class Figure(_FigureBase, total=False):
    counts: str

class Analysis(TypedDict):
    """Offsets count code points: text[e["start"]:e["end"]] == e["text"]."""

    date: str | None
    entities: list[Entity]
    quotes: list[Quote]
    figures: list[Figure]

Date = str | datetime.date | None

def analyze(text: str, date: Date = None) -> Analysis: ...
def analyze_many(
    texts: Iterable[str], dates: Date | Iterable[Date] = None
) -> list[Analysis]: ...
