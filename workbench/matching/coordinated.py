"""'followed by Mali and Senegal with 9.7 %', '9.7 % in Mali and Senegal', 'Mali, Niger and Senegal
with 9.7 %': one figure said of two or more places joined by 'and', or listed with commas before the
'and' that closes the list.
The figure is each place's, so the whole group is the place the sentence names for it, in the order
written, not only the mention nearest the figure. A 'respectively' list pairs places with figures one
by one instead (``respective``), and a list of places each with its own figure is read by ``_list_side``.
A comma alone joins nothing: 'in Kenya, and Chile and Peru followed' opens a new clause after Kenya,
so a comma joins only inside a list that an 'and' closes ('A, B and C', 'A, B, and C')."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, lexicon

Spot = tuple[int, str, frozenset[str]]

_AND, _COMMA, _COMMA_AND = "and", "comma", "comma and"


@lru_cache(maxsize=1)
def _joins() -> dict[str, re.Pattern[str]]:
    """A place's own name (a few words), then a joiner ('and', '&'), a comma, or a comma and a joiner,
    and a filler or two ('the', 'by') before the next place."""
    joiners = alternation(lexicon()["place_group_joiners"], flexible_space=False)
    fillers = alternation(lexicon()["place_group_fillers"], flexible_space=False)
    name, filled = r"(?:[^\W\d_]+[\s'’.-]*){1,4}?", rf"(?:(?:{fillers})\s+){{0,2}}"
    return {kind: re.compile(name + sep + filled, re.IGNORECASE) for kind, sep in (
        (_AND, rf"\s*(?:{joiners})\s+"), (_COMMA, r",\s+"), (_COMMA_AND, rf",\s+(?:{joiners})\s+"))}


def _join(text: str, start: int, end: int) -> str | None:
    """How the place at ``start`` is joined to the one at ``end``: by 'and', a comma, both, or not."""
    return next((kind for kind, pattern in _joins().items() if pattern.fullmatch(text, start, end)), None)


def _chain(text: str, at: int, found: list[Spot], values: set[str], forward: bool) -> list[tuple[str, int]]:
    """The joins (kind, the next place's start) from the mention at ``at``, outward, until a gap joins nothing."""
    chain: list[tuple[str, int]] = []
    seen = set(values)
    while True:
        beyond = [s for s in found if (s[0] > at if forward else s[0] < at) and s[1] not in seen]
        if not beyond:
            return chain
        start = min(s[0] for s in beyond) if forward else max(s[0] for s in beyond)
        kind = _join(text, at, start) if forward else _join(text, start, at)
        if kind is None:
            return chain
        chain.append((kind, start))
        seen.update(s[1] for s in beyond if s[0] == start)
        at = start


def _list_length(kinds: list[str]) -> int:
    """How many joins of ``kinds`` (in text order) make one group: 'and' joins; a comma joins only
    inside a list an 'and' closes; a comma and 'and' ends a list only after a comma ('A, B, and C')."""
    kept = 0
    for i, kind in enumerate(kinds):
        if kind == _AND or (kind == _COMMA_AND and _COMMA in kinds[:i]):
            kept = i + 1
        elif kind == _COMMA_AND:
            break
    return kept


def _take(found: list[Spot], joined: list[tuple[str, int]], values: set[str], words: set[str]) -> None:
    for _, start in joined:
        for pos, value, phrase in found:
            if pos == start:
                values.add(value)
                words.update(phrase)


def coordinated_start(text: str, at: int, found: list[Spot], values: set[str], words: set[str]) -> int | None:
    """The start of the first place of the group joined by 'and' (and the commas of its list) that ends
    with the mention at ``at``, adding the group's other places to ``values`` and their words to
    ``words``; None when the mention at ``at`` stands alone."""
    chain = _chain(text, at, found, values, forward=False)  # nearest first: the list read backwards
    kinds = [kind for kind, _ in reversed(chain)]
    # read in text order, the joins that end at the mention: a comma list needs its closing 'and'
    kept = 0
    for n in range(1, len(kinds) + 1):
        if _list_length(kinds[-n:]) == n:
            kept = n
    if not kept:
        return None
    joined = chain[:kept]
    _take(found, joined, values, words)
    return joined[-1][1]


def coordinated_after(text: str, at: int, found: list[Spot], values: set[str], words: set[str]) -> bool:
    """Add to ``values`` and ``words`` the places joined by 'and' (and the commas of its list) after the
    mention at ``at`` ('9.7 % in Mali and Senegal', '… in Mali, Niger and Senegal'); whether there was any."""
    chain = _chain(text, at, found, values, forward=True)
    kept = _list_length([kind for kind, _ in chain])
    _take(found, chain[:kept], values, words)
    return kept > 0
