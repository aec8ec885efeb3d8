"""'followed by Mali and Senegal with 9.7 %', '9.7 % in Mali and Senegal': one figure said of two or
more places joined by 'and'.
The figure is each place's, so the whole group is the place the sentence names for it, in the order
written, not only the mention nearest the figure. A 'respectively' list pairs places with figures one
by one instead (``respective``), and a list of places each with its own figure is read by ``_list_side``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, lexicon

Spot = tuple[int, str, frozenset[str]]


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    """A place's own name (a few words), a joiner ('and', '&'), and a filler or two ('the', 'by') before the
    next place."""
    joiners = alternation(lexicon()["place_group_joiners"], flexible_space=False)
    fillers = alternation(lexicon()["place_group_fillers"], flexible_space=False)
    return re.compile(rf"(?:[^\W\d_]+[\s'’.-]*){{1,4}}?\s*(?:{joiners})\s+(?:(?:{fillers})\s+){{0,2}}",
                      re.IGNORECASE)


def coordinated_start(text: str, at: int, found: list[Spot], values: set[str], words: set[str]) -> int | None:
    """The start of the first place of the group joined by 'and' that ends with the mention at ``at``,
    adding the group's other places to ``values`` and their words to ``words``; None when the mention
    at ``at`` stands alone."""
    first = None
    while True:
        earlier = [s for s in found if s[0] < at and s[1] not in values]
        if not earlier:
            break
        start = max(s[0] for s in earlier)
        if not _joined().fullmatch(text, start, at):
            break
        for pos, value, phrase in earlier:
            if pos == start:
                values.add(value)
                words.update(phrase)
        first = at = start
    return first


def coordinated_after(text: str, at: int, found: list[Spot], values: set[str], words: set[str]) -> bool:
    """Add to ``values`` and ``words`` the places joined by 'and' after the mention at ``at`` ('9.7 % in
    Mali and Senegal'); whether there was any."""
    grew = False
    while True:
        later = [s for s in found if s[0] > at and s[1] not in values]
        if not later:
            return grew
        start = min(s[0] for s in later)
        if not _joined().fullmatch(text, at, start):
            return grew
        for pos, value, phrase in later:
            if pos == start:
                values.add(value)
                words.update(phrase)
        grew = True
        at = start
