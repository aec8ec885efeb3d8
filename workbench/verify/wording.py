"""Whether a claim's text holds one of a configured list of words — one rule for every word list.

A word counts where it stands whole: 'per head' is in 'spending per head, on average' but not in
'per headline'; 'mean' is not in 'meant'. Case and runs of whitespace do not matter. A listed word
that begins or ends with a sign ('/usd') needs no word edge on that side ('CNY/USD'). A listed word may hold
'{month}' or '{year}', standing for any month's name or year written there ('end-{month}': 'end-June', not
'end-user').
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from ..extraction.periods import YEAR_DIGITS
from ..extraction.vocabulary import MONTH_NAMES
from ..numbers import data_json, lexicon
from ..text import first_match_from


# Where a fiscal-year prefix ('FY') starts: at a word's edge, or after a half or quarter code written onto it
# ('1HFY22', 'H1FY23', 'Q3FY24': the first half of fiscal 2022 is still a part of a fiscal year).
FISCAL_PREFIX_START = r"(?:(?<!\w)|(?<=(?<!\w)[1-4][HhQq])|(?<=(?<!\w)[HhQq][1-4]))"


@lru_cache(maxsize=1024)  # the dozen word lists a claim is read for each normalize its sentence
def normalized(text: str) -> str:
    """Lower case, single spaces: how every word list is compared with a text."""
    return " ".join(text.lower().split())


@lru_cache(maxsize=256)
def _literals(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words as ``_pattern`` spells them, each by its longest plain piece between placeholders ('end-' of
    'end-{month}', ' close' of '{month} close'): a text holding none of them as a plain substring holds no match.
    None when a word is placeholders alone: no plain substring rules it out."""
    pieces: list[str] = []
    for word in map(normalized, words):
        if not word:
            continue
        longest = max(_PLACEHOLDER.split(word)[::2], key=len)  # the split's even items are the plain pieces
        if not longest:
            return None
        pieces.append(longest)
    return tuple(dict.fromkeys(pieces))


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` (normalized) holds a listed word at all, edges aside: a substring test per word is
    far cheaper than the pattern's word-edge test at every character, and most texts hold none (a long
    sentence's figures each ask the text before them, a windowed claim asks its own window)."""
    literals = _literals(words)
    return literals is None or any(word in text for word in literals)


# a listed word's stand-in for any month's name or year written in its place ('end-{month}', 'end-{year}')
_PLACEHOLDER = re.compile(r"(\{(?:month|year)\})")
_PLACEHOLDER_PATTERNS = {"{month}": rf"(?:{'|'.join(sorted(MONTH_NAMES, key=len, reverse=True))})", "{year}": YEAR_DIGITS}


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for word in words:
        word = normalized(word)
        if not word:
            continue
        left = r"(?<!\w)" if word[0].isalnum() or word.startswith(tuple(_PLACEHOLDER_PATTERNS)) else ""
        right = r"(?!\w)" if word[-1].isalnum() or word.endswith(tuple(_PLACEHOLDER_PATTERNS)) else ""
        spelled = "".join(_PLACEHOLDER_PATTERNS.get(piece) or re.escape(piece) for piece in _PLACEHOLDER.split(word))
        parts.append(left + spelled + right)
    return re.compile("|".join(sorted(parts, key=len, reverse=True))) if parts else None


def find_any(text: str, words: Iterable[str]) -> list[re.Match[str]]:
    """Where the words stand in ``normalized(text)``, longest listed word first at each place."""
    return list(_found(text, tuple(words)))


def normalized_offset(text: str, at: int) -> int:
    """Where the character at ``at`` of ``text`` (or the end, at its length) stands in ``normalized(text)``:
    positions of ``find_any``'s matches and of the text itself are compared only through it. Each figure of a
    sentence asks it of its own offsets: the text's characters are placed once (``_origins``) and each offset
    found by bisection, as ``len(normalized(text[:at] + "x")) - 1`` would place it."""
    if not 0 <= at <= len(text):
        return len(normalized(text[:at] + "x")) - 1
    before = bisect_left(_origins(text), at)  # the characters of normalized(text) that come from text[:at]
    # a blank ends text[:at] and no word starts at ``at``: the 'x' put there would stand one blank after them
    if before and text[at - 1].isspace() and (at == len(text) or text[at].isspace()):
        return before + 1
    return before


def find_any_in_place(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the words stand in ``text`` itself (start, end): ``find_any``'s matches carried back from the
    normalized text, whose positions drift from the text's wherever it has a run of whitespace or a
    letter whose lower case is longer ('İ')."""
    return matches_in_place(text, _found(text, tuple(words)))


def matches_in_place(text: str, found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    """Where matches in ``normalized(text)`` stand in ``text`` itself (start, end), as ``find_any_in_place`` carries
    its own back."""
    found = list(found)
    if not found:
        return []
    origin = _origins(text)
    return [(origin[m.start()], origin[m.end() - 1] + 1) for m in found]


@lru_cache(maxsize=1024)
def _origins(text: str) -> tuple[int, ...]:
    """For each character of ``normalized(text)``, where in ``text`` it comes from, built as
    ``normalized`` builds its text: the words lower-cased, one space between them."""
    origin: list[int] = []
    for word in _WORD_RUN.finditer(text):
        if origin:
            origin.append(word.start() - 1)
        if len(word.group().lower()) == word.end() - word.start():  # each letter's lower case is one letter
            origin.extend(range(word.start(), word.end()))
            continue
        for at in range(word.start(), word.end()):
            origin.extend([at] * len(text[at].lower()))
    return tuple(origin)


_WORD_RUN = re.compile(r"\S+")


def holds_any(text: str, words: Iterable[str]) -> bool:
    """``text`` holds one of ``words`` as whole words."""
    return _holds(text, tuple(words))


# A long sentence's figures each ask whether the text before or after them holds a word of a list: the words of the
# whole text are found once and each cut answered from them, the stretch of a match the cut runs through read again.
# A cut inside a word (whose piece may be a listed word: 'annual' of 'annually') and a text with a capital sigma (the
# one letter whose lower case depends on the letters around it) are read as the cut text alone.
_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=1024)
def _lowers_as_cut(text: str) -> bool:
    """Whether every piece of ``text`` lower-cases as it does inside the whole: all but a capital sigma do."""
    return "\u03a3" not in text


def normalized_end(text: str, end: int) -> int | None:
    """Where ``normalized(text[:end])`` ends in ``normalized(text)``, of which it is the start; None when the cut text
    is to be read alone: a cut inside a word (its first part may end a listed word), a capital sigma, a negative
    offset."""
    if end < 0 or not _lowers_as_cut(text):
        return None
    plain = normalized(text)
    at = bisect_left(_origins(text), end)  # the cut text normalized is plain[:at], but for a blank at its end
    if at and plain[at - 1] == " ":
        at -= 1
    if 0 < at < len(plain) and _WORD_CHAR.match(plain, at) and _WORD_CHAR.match(plain, at - 1):
        return None
    return at


def normalized_start(text: str, start: int) -> int | None:
    """Where ``normalized(text[start:])`` starts in ``normalized(text)``, of which it is the end; None when the cut
    text is to be read alone: a cut inside a word (its second part may open a listed word), a capital sigma, a
    negative offset."""
    if start < 0 or not _lowers_as_cut(text):
        return None
    plain = normalized(text)
    at = bisect_left(_origins(text), start)  # the cut text normalized is plain[at:], but for a blank before it
    if at < len(plain) and plain[at] == " ":
        at += 1
    if 0 < at < len(plain) and _WORD_CHAR.match(plain, at) and _WORD_CHAR.match(plain, at - 1):
        return None
    return at


def _first_between(text: str, words: tuple[str, ...], start: int, end: int) -> re.Match[str] | None:
    """``pattern.search(normalized(text), start, end)`` for the words' pattern (a cut of the normalized text that
    starts and ends at no word's middle: ``normalized_start``, ``normalized_end``), from the whole text's matches:
    the attempts there read what the cut text holds but at a match the cut runs through, which is read again."""
    pattern, plain = _pattern(words), normalized(text)
    found = _found(text, words)
    if pattern is None or not found:
        return None  # no listed word anywhere: none in a piece either
    starts, ends = _found_spans(text, words)
    i = bisect_left(starts, start)
    if i and ends[i - 1] > start:  # a match of the whole text runs across ``start``: the places inside it read anew
        for at in range(start, min(ends[i - 1], end)):
            inside = pattern.match(plain, at, end)
            if inside is not None:
                return inside
    if i == len(found) or starts[i] >= end:
        return None
    return found[i] if ends[i] <= end else pattern.search(plain, starts[i], end)


def holds_any_between(text: str, words: Iterable[str], start: int, end: int) -> bool:
    """``holds_any(text[start:end], words)``, the whole text's words found once: every figure of a sentence asks it
    of its own stretch (the words between it and the wording before it, its clause after it)."""
    words = tuple(words)
    lo, hi = normalized_start(text, start), normalized_end(text, min(end, len(text)))
    if lo is None or hi is None:
        return _holds(text[start:end], words)
    return lo < hi and _first_between(text, words, lo, hi) is not None


def holds_any_before(text: str, words: Iterable[str], end: int) -> bool:
    """``holds_any(text[:end], words)``, the whole text's words found once."""
    return holds_any_between(text, words, 0, end)


def find_any_before(text: str, words: Iterable[str], end: int) -> tuple[re.Match[str], ...]:
    """``find_any(text[:end], words)``, the whole text's words found once: its matches that end by the cut, and the
    one the cut runs through read again as the cut text ends. Positions are those of ``normalized(text[:end])``,
    which is the start of ``normalized(text)``."""
    words = tuple(words)
    pattern, at = _pattern(words), normalized_end(text, min(end, len(text)))
    if pattern is None or at is None:
        return _found(text[:end], words)
    found = _found(text, words)
    kept = bisect_right(_found_spans(text, words)[1], at)
    if kept < len(found) and found[kept].start() < at:
        return found[:kept] + tuple(pattern.finditer(normalized(text), found[kept].start(), at))
    return found[:kept]


def word_opening(text: str, words: Iterable[str], start: int) -> str | None:
    """The listed word (as found) that ``normalized(text[start:])`` opens with, if any: the first of
    ``find_any(text[start:], words)`` when it starts there, the whole text's words found once."""
    words = tuple(words)
    lo = normalized_start(text, start)
    if lo is None:
        found = _found(text[start:], words)
        return found[0].group() if found and found[0].start() == 0 else None
    first = _first_between(text, words, lo, len(normalized(text)))
    return first.group() if first is not None and first.start() == lo else None


def first_in_place_from(text: str, words: Iterable[str], start: int) -> int | None:
    """Where in ``text`` the first of ``find_any_in_place(text[start:], words)`` starts (``start`` added), the whole
    text's words found once; None when the text from ``start`` holds none."""
    words = tuple(words)
    pattern, plain = _pattern(words), normalized(text)
    if pattern is None or start < 0 or not _lowers_as_cut(text):
        found = find_any_in_place(text[start:], words)
        return start + found[0][0] if found else None
    at = bisect_left(_origins(text), start)  # the cut text normalized is plain[at:], but for a blank before it
    if at < len(plain) and plain[at] == " ":
        at += 1
    if 0 < at and _WORD_CHAR.match(plain, at - 1):
        found = find_any_in_place(text[start:], words)  # a word cut in two: its second part may open a listed word
        return start + found[0][0] if found else None
    if not _found(text, words):
        return None
    first = first_match_from(pattern, plain, at)
    return None if first is None else _origins(text)[first.start()]


# The claims of one sentence ask the same questions of it: each is answered once per sentence.
@lru_cache(maxsize=4096)
def _found(text: str, words: tuple[str, ...]) -> tuple[re.Match[str], ...]:
    pattern, plain = _pattern(words), normalized(text)
    return tuple(pattern.finditer(plain)) if pattern is not None and may_hold(plain, words) else ()


@lru_cache(maxsize=4096)
def _found_spans(text: str, words: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each of ``_found(text, words)`` starts and ends, for bisection."""
    found = _found(text, words)
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


@lru_cache(maxsize=4096)
def _holds(text: str, words: tuple[str, ...]) -> bool:
    pattern, plain = _pattern(words), normalized(text)
    return pattern is not None and may_hold(plain, words) and pattern.search(plain) is not None


@lru_cache(maxsize=1)
def rate_name_pattern() -> re.Pattern[str]:
    """A rate named by a word of lexicon ``rate_names`` before 'rate' ('the refinancing rate', 'policy rates')."""
    names = sorted((re.escape(n) for n in lexicon().get("rate_names", [])), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(names) or '(?!)'})[ -](?i:rates?)(?![\w-])")


@lru_cache(maxsize=1)
def draft_day_words() -> tuple[str, ...]:
    """The words of the day the text speaks from (currencies.json ``day_words``: 'today', 'this morning', 'on
    Monday')."""
    spec = data_json("currencies.json")["exchange_rates"].get("day_words", {})
    weekdays = lexicon()["weekdays"]
    return (*spec.get("words", []), *(f"{opener} {day}" for opener in spec.get("weekday_openers", []) for day in weekdays))
