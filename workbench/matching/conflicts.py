"""'The Russia-Ukraine war', 'the war in Ukraine', 'Russia's invasion of Ukraine': places named as the
sides of a conflict (data/places.json ``conflict_nouns``) are an event the sentence gives as a cause,
not the place its figure is about ('Higher fuel prices due to the Russian-Ukraine conflict led to
13.5 % inflation' in a story about Vanuatu). So is a place's name or people's adjective that names an
event (``event_nouns``): 'the Ukraine crisis', 'the Greek debt crisis', and with the adjective after its
noun as French, Spanish, Italian and Romanian write it, 'la crise ukrainienne' glossed 'the crisis
Ukrainian'."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from ..numbers import alternation, data_json
from ..text import STOP_WORDS


@lru_cache(maxsize=1)
def _capital() -> str:
    """A character class of every upper-case letter, in any script ('É', 'Ö', 'Α'): names start with one.
    Testing every code point costs ~40 ms, a tenth of a cold check, so a run of the command keeps the class
    in its cache folder under the Unicode version that decides it."""
    from ..regex_cache import kept_json

    return kept_json("capital_letters", [unicodedata.unidata_version.encode()], _upper_case_class,
                     lambda kept: isinstance(kept, str) and kept.startswith("[") and kept.endswith("]"))


def _upper_case_class() -> str:
    return "[" + "".join(re.escape(chr(c)) for c in range(sys.maxunicode + 1) if chr(c).isupper()) + "]"


# what joins the sides' names: a hyphen or dash ('Russia-Ukraine war'), a slash, or the middle dot Korean and
# Japanese copy joins names with ('러시아·우크라이나 전쟁', 'ロシア・ウクライナ戦争'), kept in the gloss
_JOINERS = "-–/\u00b7\u30fb"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    nouns = data_json("places.json").get("conflict_nouns", [])
    if not nouns:
        return None
    words = alternation(nouns)
    capital = _capital()
    # after the place: at most two capitalised names joined by hyphens, 'and' or spaces, then the noun
    after = re.compile(rf"(?:['’]s)?(?:(?:\s*[{_JOINERS}]\s*|\s+and\s+|\s+){capital}[\w'’.-]*){{0,2}}\s*[-–]?\s*(?i:{words})(?![\w])")
    # before the place: the noun and the preposition that names its side ('war in', 'invasion of')
    prepositions = alternation(data_json("places.json").get("conflict_prepositions", []))
    before = re.compile(rf"(?<![\w])(?:{words})\s+(?:{prepositions})\s+(?:the\s+)?$", re.I)
    return after, before


@lru_cache(maxsize=1)
def _joined_sides() -> re.Pattern[str] | None:
    nouns = data_json("places.json").get("conflict_nouns", [])
    if not nouns:
        return None
    # 'Russia-Ukraine war': names joined by a hyphen are no gazetteer mention, yet their words name places
    capital = _capital()
    return re.compile(rf"(?<![\w-]){capital}[\w'’.]*(?:\s*[{_JOINERS}]\s*{capital}[\w'’.]*)+(?=\s*[-–]?\s*(?i:{alternation(nouns)})(?![\w]))")


def joined_sides(text: str) -> list[tuple[int, int]]:
    """Spans of hyphen-joined names before a conflict noun ('Russian-Ukraine conflict'): words to read as no place."""
    pattern = _joined_sides()
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def names_a_conflict(text: str, start: int, end: int, people: bool = False) -> bool:
    """Whether the place at ``start``–``end`` of ``text`` is a side of a conflict named around it, or names an
    event: its name or adjective right before an event's noun ('the Ukraine crisis'), or, when it is a people's
    adjective (``people``), right after a conflict's or an event's noun ('the war Ukrainian')."""
    patterns = _patterns()
    if patterns is not None:
        after, before = patterns
        if after.match(text, end) is not None or before.search(text[max(0, start - 30):start]) is not None:
            return True
    events = _event_patterns()
    if events is None:
        return False
    named_before, adjective_after = events
    if named_before.match(text, end) is not None:
        return True
    return people and adjective_after.search(text[max(0, start - 40):start]) is not None \
        and not _noun_follows(text, end)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _noun_follows(text: str, end: int) -> bool:
    """Whether a content word follows the adjective ending at ``end``: 'since the war Russian inflation …' may
    be the adjective placed before its noun, as English places it, so it is not read as the war's."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).casefold() not in STOP_WORDS


@lru_cache(maxsize=1)
def _event_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The event's noun after a name (matched at its end: ' debt crisis'), and before a people's adjective
    placed after it (searched, ending the text before the adjective: 'the crisis financial ')."""
    places = data_json("places.json")
    events = alternation(places.get("event_nouns", []))
    if not events:
        return None
    nouns = alternation([*places.get("conflict_nouns", []), *places.get("event_nouns", [])])
    qualifiers = alternation(places.get("event_qualifiers", []))
    qualifier = rf"(?:(?:{qualifiers})[ \t]+)?" if qualifiers else ""
    # no possessive: 'Argentina's crisis' is the place's own, the figure's place the story speaks of
    named_before = re.compile(rf"[ \t]*[-–]?[ \t]*(?i:{qualifier}(?:{events}))(?![\w-])")
    adjective_after = re.compile(rf"(?<![\w])(?i:(?:{nouns})[ \t]+{qualifier})$")
    return named_before, adjective_after
