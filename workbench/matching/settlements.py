"""'the city of Ilorin', 'Ogbomosho city', Indonesian 'kota Tegal' (glossed 'city Tegal'): a city the text
marks as one, though neither the gazetteer nor the place list knows its name,
is a place of its own — its country's row is not its figure. The nouns are place_parts.json's
``settlement_nouns``: 'the city of X' and, as a gloss reads Indonesian 'kota X', 'city X' before the
name; 'X city' after it. A city CLDR names a time zone after is one where a text names it as a figure's
subject ('inflation in Maputo', 'a inflação anual de Maputo', "Maputo's inflation", 'Maputo inflation':
``subject_cities``), and a capital before a verb of
``government_voice_verbs`` ('Moscow said') or of ``government_act_verbs`` ('when Moscow seized Crimea') speaks for its
government (``voices_a_government``); a city after a voice
verb and 'in', closing the sentence ('…, the ministry said on Monday in Berlin'), is where a figure was said, not
what it is about (``said_there``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..languages import measure_words_pattern
from ..numbers import alternation, data_json, lexicon

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
            if not set(m.group("name").casefold().split()) <= _determiners():  # 'The city has …' names no city
                found.append((m.start(), m.end(), m.group("name")))
    return found


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    """Words that open a noun phrase ('the', 'this', 'its'), capitalised at a sentence's start: no city's name."""
    return frozenset(w.casefold() for key in ("determiners_to_strip", "referential_determiners") for w in lexicon()[key])


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[re.Pattern[str], ...] | None:
    """A name after a measure word and a preposition ('inflation in |Maputo|'), a name whose possessive
    stands before a measure word, at most one word between ('|Maputo|'s annual inflation'), and a name
    opening its sentence after one of ``subject_city_openers``, set off by a comma, before a measure word
    of the same sentence ('In |Luanda|, the main market, inflation was …'; no voice verb between: 'In
    Maputo, the minister said inflation …' is where he spoke)."""
    places = data_json("places.json")
    prepositions, openers = places.get("subject_city_prepositions", []), places.get("subject_city_openers", [])
    if not prepositions:
        return None
    measure = measure_words_pattern().pattern.replace(r"\b", "")
    voices = alternation(places.get("government_voice_verbs", [])) or "(?!)"
    # one word may stand between the measure and its preposition, as a gloss of Portuguese, Spanish or French
    # leaves the adjective after its noun ('a inflação anual de Maputo': 'the inflation annual of Maputo')
    patterns = [re.compile(rf"(?i:\b{measure}(?:[ \t]+rates?)?)(?:[ \t]+[^\W\d_]+)?[ \t]+"
                           rf"(?i:{alternation(prepositions)})[ \t]+(?P<name>{_NAME})(?![\w])"),
                re.compile(rf"(?<![\w])(?P<name>{_NAME})['’]s(?:[ \t]+[^\W\d_]+)?[ \t]+(?i:{measure})\b"),
                # the name as a noun before the measure, as English copy writes it ('Nairobi inflation', 'Maputo
                # CPI'); not before a capitalised word, where the two are an index's own name ('the Colombo
                # Consumer Price Index' is Sri Lanka's headline index)
                re.compile(rf"(?<![\w])(?P<name>{_NAME})[ \t]+(?=[^\W\d_A-Z]|[A-Z]{2,}\b)(?i:{measure})\b")]
    if openers:
        patterns.append(re.compile(
            rf"(?:^|[.!?][ \t]+)[ \t]*(?i:{alternation(openers)})[ \t]+(?P<name>{_NAME})[ \t]*,"
            rf"(?=(?:(?!(?i:\b(?:{voices})\b))[^.!?])*?(?i:\b{measure}\b))"))
    return tuple(patterns)


def subject_cities(text: str, is_city: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each city ``text`` names as a figure's subject ('inflation in Maputo', "Maputo's
    inflation"); ``is_city`` tells a city's name from every other (CLDR's zone cities, no country's name)."""
    patterns = _subject_patterns()
    if patterns is None:
        return []
    found: list[tuple[int, int, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            # the name may open on a capitalised word that is not the city's ('The Maputo inflation', 'In
            # Maputo inflation …'): its last words are tried too, the longest first
            words = list(re.finditer(r"\S+", m.group("name")))
            for word in words:
                name = m.group("name")[word.start():]
                if is_city(name):
                    start = m.start("name") + word.start()
                    found.append((start, start + len(name), name))
                    break
    return found


@lru_cache(maxsize=1)
def _voice_pattern() -> re.Pattern[str] | None:
    places = data_json("places.json")
    voices, acts = places.get("government_voice_verbs", []), places.get("government_act_verbs", [])
    if not voices and not acts:
        return None
    # an act's participle followed by 'by' is said of the city, not by it ('East Jerusalem, occupied by …')
    return re.compile(rf"[ \t]+(?:(?:{alternation(voices) or '(?!)'})(?![\w])"
                      rf"|(?:{alternation(acts) or '(?!)'})(?![\w])(?![ \t]+by\b))")


def voices_a_government(text: str, end: int) -> bool:
    """Whether the city whose name ends at ``end`` stands before a verb of ``government_voice_verbs`` ('Moscow
    said') or of ``government_act_verbs`` ('when Moscow seized Crimea', an act only a state takes): a metonym for
    its government, which speaks and acts for the country."""
    pattern = _voice_pattern()
    return pattern is not None and pattern.match(text, end) is not None


@lru_cache(maxsize=1)
def _said_in_pattern() -> re.Pattern[str] | None:
    verbs = data_json("places.json").get("government_voice_verbs", [])
    # the verb, then at most six words with no clause mark between ('on Monday', 'the ministry on the Monday'),
    # then 'in' right before the city
    return re.compile(rf"(?<![\w])(?:{alternation(verbs)})(?:[ \t]+[^\s,;:.!?]+){{0,6}}?[ \t]+in[ \t]+$") if verbs else None


_SENTENCE_CLOSE = re.compile(r"[ \t]*(?:[.!?]|$)")


def said_there(text: str, start: int, end: int) -> bool:
    """Whether the city at ``text[start:end]`` closes its sentence after a verb of ``government_voice_verbs`` and
    'in' ('emissions fell by 295 million tonnes, the ministry announced on Monday in Berlin'): where the figure was
    announced, not the place it is about ('the ministry said prices in Berlin rose' goes on, and keeps the city)."""
    pattern = _said_in_pattern()
    return pattern is not None and _SENTENCE_CLOSE.match(text, end) is not None \
        and pattern.search(text, max(0, start - 120), start) is not None
