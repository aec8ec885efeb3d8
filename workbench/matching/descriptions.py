"""'In 2021, the South American country recorded inflation of 4.0 %': a region's adjective before a
noun for one of its members ('country', 'nation', 'economy' — ``member_nouns`` in data/places.json)
describes the country the text named before, not the region (a gazetteer row of type 'region'). The mention is no place of the figure,
so the place is carried from the sentence, paragraph, lead or title before it, as a reader does."""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import Gazetteer
from ..numbers import alternation, data_json
from ..text import clause_span

_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_]+)")


@lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    rules = data_json("places.json")
    return frozenset(w.casefold() for w in rules.get("member_nouns", ()))


def describes_a_member(text: str, start: int, end: int, name: str, gazetteer: Gazetteer) -> bool:
    """The mention ``text[start:end]`` is a region's adjective (not its own name) followed by a member
    noun: 'South American country'. A country's ('the Russian economy') is that country."""
    entity = gazetteer.forms.get(text[start:end])
    if text[start:end] == name or entity is None or entity.type != "region":
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).casefold() in member_nouns()


@lru_cache(maxsize=1)
def _other_members() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = alternation(sorted(member_nouns()))
    before = re.compile(rf"(?<![\w])other\s+(?:{nouns})s?\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
    around = re.compile(rf"\s+(?:{nouns})s?(?![\w])", re.IGNORECASE)
    return before, around


_OTHER_BEFORE = re.compile(r"(?<![\w])other\s+(?:the\s+)?$", re.IGNORECASE)


def names_other_members(text: str, start: int, end: int) -> bool:
    """The group at ``text[start:end]`` is named only as what other members belong to ('like the other
    countries of the EU, Poland …', 'other EU economies'): the text speaks of a member, not of the group."""
    before, around = _other_members()
    return before.search(text, max(0, start - 60), start) is not None \
        or (_OTHER_BEFORE.search(text, max(0, start - 12), start) is not None and around.match(text, end) is not None)


_WORD = re.compile(r"[^\W\d_]+")
_LOCATION_WORDS = 12  # at most so many words between the phrase of location and the group


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    last = None
    for last in pattern.finditer(text, lo, hi):
        pass
    return last


def _near_with_no_figure(between: str, words: int) -> bool:
    """``between`` (text between a phrase and the place it frames) holds no digit and at most ``words`` words."""
    return not any(ch.isdigit() for ch in between) and len(_WORD.findall(between)) <= words


@lru_cache(maxsize=1)
def _location_before() -> re.Pattern[str] | None:
    phrases = sorted(data_json("places.json").get("location_before_group", ()), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])", re.IGNORECASE) if phrases else None


def names_where_it_lies(text: str, start: int) -> bool:
    """The group at ``text[start:]`` is named after a phrase of location in its clause (``location_before_group``:
    'Kazakhstan, a country in Central Asia, had …', 'it stretches across all of northern Asia and much of Eastern
    Europe'), with no figure between: it says where the country lies, not whose figure the sentence gives."""
    pattern = _location_before()
    if pattern is None:
        return False
    lo, _ = clause_span(text, start)
    last = _last_match(pattern, text, lo, start)
    return last is not None and _near_with_no_figure(text[last.end():start], _LOCATION_WORDS)


@lru_cache(maxsize=1)
def _people_before() -> re.Pattern[str] | None:
    words = data_json("places.json").get("people_before_place", ())
    return re.compile(rf"(?<![\w])(?:{alternation(sorted(words, key=len, reverse=True))})\s+$", re.IGNORECASE) \
        if words else None


def names_a_people(text: str, start: int) -> bool:
    """The place at ``text[start:]`` follows a word that makes it a people living elsewhere ('ethnic Germans',
    ``people_before_place``): a group of people, not the country whose figure the sentence gives."""
    pattern = _people_before()
    return pattern is not None and pattern.search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=1)
def _size_comparison() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, int]:
    rules = data_json("places.json")

    def phrases(key: str, template: str) -> re.Pattern[str] | None:
        found = sorted(rules.get(key, ()), key=len, reverse=True)
        return re.compile(template.format(alternation(found)), re.IGNORECASE) if found else None

    return (phrases("size_comparison_before", r"(?<![\w])(?:{})\s+(?:the\s+)?$"),
            phrases("size_comparison_opening", r"(?<![\w])(?:{})(?![\w])"),
            phrases("size_comparison_after", r"(?<![\w])(?:{})(?![\w])"), int(rules.get("size_comparison_window", 4)))


@lru_cache(maxsize=1)
def _ratio_words() -> re.Pattern[str]:
    words = sorted(data_json("places.json").get("size_comparison_ratio_words", ()), key=len, reverse=True)
    return re.compile(rf"(?:\d|(?:{alternation(words)}))\W*\s*\Z", re.IGNORECASE)


def _ratio_before(text: str) -> bool:
    """``text`` (the words before a yardstick phrase) ends in a multiple or a part ('one-tenth', 'five times', '2.5
    times'): the phrase states a ratio of two places."""
    return _ratio_words().search(text) is not None


def names_a_size_yardstick(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is named only as the yardstick of an area ('roughly the size of France';
    'equivalent to Xinjiang in size', glossed from '相当于新疆那么大'): it says how large the subject is, not whose
    figure the sentence gives. An opening and a closing phrase around it stand within a few words of it in its
    clause, with no figure between."""
    before, opening, after, window = _size_comparison()
    yardstick = before.search(text, max(0, start - 30), start) if before is not None else None
    if yardstick is not None:
        return not _ratio_before(text[max(0, yardstick.start() - 24):yardstick.start()])
    if opening is None or after is None:
        return False
    lo, hi = clause_span(text, start)
    opened = _last_match(opening, text, lo, start)
    closed = after.search(text, end, hi)
    if opened is None or closed is None:
        return False
    return all(_near_with_no_figure(between, window) for between in (text[opened.end():start], text[end:closed.start()]))
