"""'the city of Ilorin', 'Ogbomosho city', 'Kebbi State', Indonesian 'kota Tegal' (glossed 'city Tegal'):
a city or region the text marks as one, though neither the gazetteer nor the place list knows its name,
is a place of its own — its country's row is not its figure (data/places.json ``settlement_words``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, data_json

_NAME = r"[A-Z\u00c0-\u00de][\w'’-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w'’-]*){0,3}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = data_json("places.json").get("settlement_words", {})
    before, after = words.get("before_name", []), words.get("after_name", [])
    if not before or not after:
        return None
    return (re.compile(rf"(?<![\w])(?i:{alternation(before)})[ \t]+(?P<name>{_NAME})(?![\w])"),
            re.compile(rf"(?<![\w])(?P<name>{_NAME})[ \t]+(?i:{alternation(after)})(?![\w])"))


def marked_settlements(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each place ``text`` marks as a city or region by a word around its name."""
    patterns = _patterns()
    if patterns is None:
        return []
    found: list[tuple[int, int, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), m.group("name")))
    return found
