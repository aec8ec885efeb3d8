"""A city's name that is a common word of the text's language ('Safi' inside Turkish 'Gayri Safi Yurt İçi Hasıla',
gross domestic product; 'Essen', food, in German; 'Reading' in English) names the city only where the text writes it
as a name: with an apostrophe's name ending (Turkish "Safi'de"), beside a country ('Safi, Morocco') or a place noun
('the city of Safi', 'Safi şehri'), in a list of places ('Fez, Safi ve Oujda'), after a place preposition where the
language capitalises its nouns (German 'in Essen'), or capitalised inside a sentence of a language whose nouns take
no capital, beside no other capitalised word ('la inflación en Mercedes'; not a title's 'Gayri Safi Yurt'). Elsewhere
it is the word, and a place read there would be a figure's place the text never named. The words per language are
languages.json's ``place_homonyms`` (``languages.place_name_words``); countries and capitals are never listed."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from ..gazetteer import APOSTROPHES
from ..languages import PlaceNameWords, detect, place_homonyms_anywhere, place_name_words
from ..numbers import data_json
from ..text import SpanIndex

# What may stand between two places of a list besides its links: punctuation, figures and their signs
# ('Dakhla (-1,3%), Oujda (-0,6%)').
_LIST_FILLER: Final = re.compile(r"[\s\d.,;:%()\[\]+\-\u2212\u2013\u2014/]*")
_WORD: Final = re.compile(r"[^\W\d_]+")
# A list's links are at most this many words between two places ('in Fez and in Safi'), its other words (the
# prepositions it repeats) this short, and the whole gap this many characters.
_LIST_LINKS: Final = 3
_LINK_LETTERS: Final = 4
_LIST_GAP: Final = 40
# Another place further than this many characters from the name is no neighbour: a list's gap (_LIST_GAP, beside
# the apostrophe endings it drops) and a country set off by a comma are shorter. Only places this near are compared,
# so a paragraph of many homonyms compares each with a few, not with all.
_NEIGHBOUR_REACH: Final = 200
# The characters a sentence's start stands after (beside the text's start), and those between that mark and the word.
_SENTENCE_MARKS: Final = frozenset(".!?:;\n\"“”«»—–-")
_BEFORE_A_SENTENCES_WORD: Final = frozenset("\"“”«»'‘’(")
_COUNTRY_SET_OFF: Final = re.compile(r"\s*[,(]\s*")
_NEXT_WORD: Final = re.compile(r"[ \t]*([^\W\d_]+)")


def common_word_not_a_place(text: str, start: int, end: int, others: list[tuple[int, int, bool]]) -> bool:
    """Whether the city's name at ``text[start:end]`` is a common word of the text's language written as one, not as
    a name. ``others``: the text's other place mentions, (start, end, is a country), sorted."""
    surface = text[start:end]
    if surface.casefold() not in place_homonyms_anywhere():
        return False  # no language's word: the name is read wherever it stands, as before
    words = place_name_words(detect(text))
    if surface.casefold() not in words.homonyms:
        return False
    return not _written_as_a_name(text, start, end, others, words)


def _written_as_a_name(text: str, start: int, end: int, others: list[tuple[int, int, bool]],
                       words: PlaceNameWords) -> bool:
    after, before = text[end:end + 40].casefold(), text[max(0, start - 40):start].casefold()
    if after[:1] in APOSTROPHES and any(_opens_with(after, e) for e in words.name_endings):
        return True  # "Safi'de": the language glues an ending to a proper name only after an apostrophe
    if _beside_a_place_noun(before, after, words):
        return True
    if any(_beside(text, start, end, s, e, words, is_country) for s, e, is_country in _near(others, start, end)
           if (s, e) != (start, end)):
        return True
    preceding = _WORD.findall(before)
    if preceding and preceding[-1] in words.prepositions and before.rstrip(" \t").endswith(preceding[-1]):
        return True  # German 'die Mieten in Essen': the noun (food) would take its article after 'in'
    return not words.capitalises_nouns and surface_is_a_name(text, start, end)


def _near(others: list[tuple[int, int, bool]], start: int, end: int) -> list[tuple[int, int, bool]]:
    """The places of ``others`` (sorted) within ``_NEIGHBOUR_REACH`` of ``text[start:end]``, found by bisection."""
    low = bisect_left(others, (start - 2 * _NEIGHBOUR_REACH,))
    high = bisect_left(others, (end + _NEIGHBOUR_REACH + 1,))
    return [o for o in others[low:high] if o[0] - end <= _NEIGHBOUR_REACH and start - o[1] <= _NEIGHBOUR_REACH]


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether ``text[start]`` is a sentence's first word: only spaces, quotes and brackets stand between it and the
    text's start or a sentence's mark. Read backwards from the word, so a long text before it is not read again for
    each word asked about, nor a run of quotes from each of its marks."""
    at = start
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in _BEFORE_A_SENTENCES_WORD):
        at -= 1
    # a quote or a line break is both a mark and what may follow one: any among them ends a sentence
    return at == 0 or any(ch in _SENTENCE_MARKS for ch in text[at - 1:start])


def surface_is_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word inside its sentence, whose neighbours are in lower case: in a language that writes its nouns
    in lower case, that capital says name. A sentence's first word, or one of a run of capitalised words (a title's,
    an office's name), says nothing."""
    if not text[start:end][:1].isupper() or _opens_a_sentence(text, start):
        return False
    window = text[max(0, start - 30):start]
    previous = _WORD.findall(window)
    following = _NEXT_WORD.match(text, end) if text[end:end + 1] in " \t" else None
    # the word before counts only when joined by spaces alone: 'Rusya, … Gayri Safi' and 'Safi, 2024' are no titles
    joined_before = previous and window.rstrip(" \t").endswith(previous[-1])
    return not ((joined_before and previous[-1][:1].isupper()) or (following and following.group(1)[:1].isupper()))


def _opens_with(text: str, start: str) -> bool:
    return text.startswith(start) and not text[len(start):len(start) + 1].isalnum()


def _beside_a_place_noun(before: str, after: str, words: PlaceNameWords) -> bool:
    nouns = (*words.nouns, *_english_place_nouns())
    following = after.lstrip(" \t")
    if any(following != after and _opens_with(following, noun) for noun in nouns):
        return True  # 'Safi province', 'Safi şehri'
    # 'the city of Safi', 'la ciudad de Mercedes': the noun, perhaps a short link word, then the name
    linked = re.sub(r"(?:\s+[^\W\d_]{1,3})?\s+\Z", "", before)
    return linked != before and any(linked.endswith(noun) and not linked[-len(noun) - 1:-len(noun)].isalnum()
                                    for noun in nouns)


def _beside(text: str, start: int, end: int, other_start: int, other_end: int, words: PlaceNameWords,
            is_country: bool) -> bool:
    """Another place next to the name: a country set off after it ('Safi, Morocco', 'Safi (Morocco)'), or a place of
    the same list, with nothing but punctuation, figures and a few of the language's links between."""
    gap = text[end:other_start] if other_start >= end else text[other_end:start]
    if is_country and other_start >= end and _COUNTRY_SET_OFF.fullmatch(gap):
        return True
    # an apostrophe's ending glued to the place before ("Fez'de %7, Safi'de") belongs to that place's name
    gap = re.sub(rf"[{APOSTROPHES}][^\W\d_]+", " ", gap)
    between = [w.casefold() for w in _WORD.findall(_LIST_FILLER.sub(" ", gap))]
    linked = [w for w in between if w in words.links or w in _english_links()]
    # a list's places stand apart by a comma or a link ('Fez, Safi', 'Fez ve Safi'), a preposition at most repeated
    # beside the link ('in Fez and in Safi'); any other word between is a sentence's, not a list's
    return len(gap) <= _LIST_GAP and len(between) <= _LIST_LINKS and bool(re.search(r"[,;(]", gap) or linked) \
        and len(between) - len(linked) <= 2 and all(len(w) <= _LINK_LETTERS for w in between if w not in linked)


@lru_cache(maxsize=1)
def _english_place_nouns() -> tuple[str, ...]:
    """place_parts.json's nouns of a place ('city', 'province', 'region'), folded, longest first."""
    parts = data_json("place_parts.json")
    nouns = {n.casefold() for key in ("nouns", "named_nouns") for n in parts.get(key, [])}
    return tuple(sorted(nouns, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def _english_links() -> frozenset[str]:
    return place_name_words("en").links


def common_words_in(text: str, start: int, end: int, code: str) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]``, a paragraph in language ``code``, where a city's name that is a common word of
    the language is written as the word (capitalised: in lower case no gazetteer reads it anyway). The gloss writes
    them in lower case, so the English reading of the paragraph finds no place there ('Gayri Safi' → 'Gayri safi')."""
    words = place_name_words(code)
    pattern = _homonym_pattern(code)
    if pattern is None:
        return []
    candidates = [(m.start(), m.end()) for m in pattern.finditer(text, start, end) if text[m.start()].isupper()]
    if not candidates:
        return []
    from ..gazetteer import Gazetteer  # the default gazetteer's places around: a country beside, a list's places

    others = [(start + s, start + e, entity.type == "country") for s, e, entity in Gazetteer.default().find(text[start:end])]
    taken = SpanIndex((o[0], o[1]) for o in others)
    others = sorted(others + [(s, e, False) for s, e in candidates if not taken.contains(s, s + 1)])
    return [(s, e) for s, e in candidates if not _written_as_a_name(text, s, e, others, words)]


@lru_cache(maxsize=64)
def _homonym_pattern(code: str) -> re.Pattern[str] | None:
    homonyms = sorted(place_name_words(code).homonyms, key=lambda w: (-len(w), w))
    if not homonyms:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in homonyms)})(?![\w-])", re.IGNORECASE)
