"""What a sentence's claims share, read once per sentence: where its figures, digits, list items and
comparison words stand. A sentence holds one figure or a hundred; reading the whole sentence again
for each of its figures made a long list of figures cost the square of its length.

Each reader answers exactly what the scan it replaces answered (``re.search`` from an offset, a
``finditer`` over a prefix), from positions found in one pass and looked up by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..extraction.periods import YEAR_DIGITS

_TEXTS = 256  # sentences kept: a draft's claims are read sentence by sentence
# a figure as the sentence readers see it; a year among them is no figure of a list
NUMERAL = re.compile(r"\d[\d,.]*\d|\d")
YEAR_LIKE = re.compile(YEAR_DIGITS)


class StartsAt:
    """Every offset where ``pattern`` matches in ``text`` (overlapping), with where that match ends:
    what ``pattern.search(text, pos)`` finds first, for any ``pos``, without rescanning the text."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        found = [(m.start(), m.end(1)) for m in _look_ahead(pattern).finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def first_from(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the match ``pattern.search(text, pos)`` returns."""
        i = bisect_left(self.starts, pos)
        return (self.starts[i], self.ends[i]) if i < len(self.starts) else None


@lru_cache(maxsize=64)
def _look_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` as a look-ahead, so that overlapping matches are found: compiled once per pattern."""
    return re.compile(f"(?=({pattern.pattern}))", pattern.flags)


@lru_cache(maxsize=_TEXTS)
def starts_at(pattern: re.Pattern[str], text: str) -> StartsAt:
    return StartsAt(pattern, text)


def longest_literal(words: list[str]) -> int:
    """The most characters a match of an alternation of literal ``words`` spans."""
    return max((len(w) for w in words), default=0)


def search_between(pattern: re.Pattern[str], text: str, lo: int, hi: int, longest: int) -> bool:
    """``pattern.search(text, lo, hi) is not None`` for a pattern whose matches span at most
    ``longest`` characters and look at most one character beyond their ends.

    A match of the whole text from ``lo`` that ends by ``hi`` is one. Otherwise a match the cut at
    ``hi`` makes (its look-ahead then sees the end) ends at ``hi``, and one the whole text's first
    match hides starts inside it, within ``longest`` of ``hi`` too: only that stretch is searched.
    """
    first = starts_at(pattern, text).first_from(lo)
    if first is not None and first[1] <= hi:
        return True
    return pattern.search(text, max(lo, hi - longest), hi) is not None


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=_TEXTS)
def _digit_ends(text: str) -> list[int]:
    return [m.end() for m in _DIGIT.finditer(text)]


def last_digit_end(text: str, start: int) -> int:
    """``max(m.end() for m in re.finditer(r'\\d', text[:start]))``, or -1 without a digit."""
    ends = _digit_ends(text)
    i = bisect_right(ends, start)
    return ends[i - 1] if i else -1


def any_between(sorted_offsets: list[int], lo: int, hi: int) -> bool:
    """Some offset ``o`` with ``lo <= o < hi``."""
    i = bisect_left(sorted_offsets, lo)
    return i < len(sorted_offsets) and sorted_offsets[i] < hi
