"""'the city of Ilorin', 'Ogbomosho city', Indonesian 'kota Tegal' (glossed 'city Tegal'): a city the text
marks as one, though neither the gazetteer nor the place list knows its name,
is a place of its own — its country's row is not its figure. The nouns are place_parts.json's
``settlement_nouns``: 'the city of X' and, as a gloss reads Indonesian 'kota X', 'city X' before the
name; 'X city' after it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, data_json

_NAME = r"[A-Z\u00c0-\u00de][\w'’-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w'’-]*){0,3}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    nouns = data_json("place_parts.json").get("settlement_nouns", [])
    if not nouns:
        return None
    return (re.compile(rf"(?<![\w])(?i:{alternation(nouns)})(?:[ \t]+of)?[ \t]+(?P<name>{_NAME})(?![\w])"),
            re.compile(rf"(?<![\w])(?P<name>{_NAME})[ \t]+(?i:{alternation(nouns)})(?![\w])"))


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
