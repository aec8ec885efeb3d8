"""'Kuwait and the United Arab Emirates follow with 24.4 and 21.8 tons respectively': figures paired
in order with the places named before them. The n-th figure of a run joined by commas and 'and' is
the n-th place's, when the sentence says so (``respective_words`` in lexicon.json) and names exactly
as many places before the run (else after it) as it has figures, or as many since the figure before the
run, a comparison's baseline left out ('higher than Russia'); otherwise nearness decides."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..numbers import alternation, lexicon
from ..places import is_marker
from ..text import search_once
from .comparisons import compared_place
from .coordinated import joins
from .sentence_scan import NUMERAL, YEAR_LIKE

# between two figures of one run: at most a unit word or two, then a comma or 'and' ('24.4 and 21.8',
# '4.6 tons, 3.1 tons and 2.4 tons', '8 %, 6 %')
_RUN_GAP = re.compile(r"\s*(?:[^\W\d_]+\.?\s*|%\s*){0,2}(?:,\s*and|,|and)\s*(?:[^\W\d_]+\s*)?", re.IGNORECASE)
# between two place mentions of one list: a comma or 'and', with an article
_PLACE_GAP = re.compile(r"[^.;:!?\d]{0,12}?(?:,|\band\b|&)[^.;:!?\d]{0,12}", re.IGNORECASE)

Spot = tuple[int, str, frozenset[str]]


@lru_cache(maxsize=1)
def _respective() -> re.Pattern[str] | None:
    words = lexicon().get("respective_words", [])
    return re.compile(rf"(?<!\w)(?:{alternation(words, flexible_space=False)})(?!\w)", re.IGNORECASE) \
        if words else None


@lru_cache(maxsize=256)
def _sentence_runs(text: str
                   ) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[tuple[int, int], ...]]:
    """Read once per sentence, for all its claims: where each figure starts, the runs (their
    figures' starts), and each figure's run and place in it."""
    runs: list[list[int]] = []
    figures: list[int] = []
    run_of: list[tuple[int, int]] = []
    last_end = -1
    for m in NUMERAL.finditer(text):
        if YEAR_LIKE.fullmatch(m.group()):
            continue
        if not (runs and _RUN_GAP.fullmatch(text[last_end:m.start()])):
            runs.append([])
        run_of.append((len(runs) - 1, len(runs[-1])))
        runs[-1].append(m.start())
        figures.append(m.start())
        last_end = m.end()
    return tuple(figures), tuple(tuple(run) for run in runs), tuple(run_of)


def _run(text: str, start: int, end: int) -> tuple[tuple[int, ...], int] | None:
    """The starts of the run of figures holding the claim's (at ``start``…``end``), and its index."""
    figures, runs, run_of = _sentence_runs(text)
    i = bisect_left(figures, start)  # the claim's first figure
    if i == len(figures) or figures[i] >= end:
        return None
    run, me = run_of[i]
    return (runs[run], me) if len(runs[run]) > 1 else None


def respective_place(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where the run of figures holding the claim's starts, the claim's index in it and the run's length,
    when the sentence pairs the run in order with what it names (``respective_words``); else None."""
    pattern = _respective()
    run = _run(text, start, end)
    if pattern is None or run is None or search_once(pattern, text) is None:
        return None
    starts, me = run
    return starts[0], me, len(starts)


def in_figure_run(text: str, start: int, end: int) -> bool:
    """The figure at ``start``…``end`` is one of a run ('4.6 and 1.9 tons'): the run's figures share out
    the places named with them, rather than each being said of all of them."""
    return _run(text, start, end) is not None


def respective_spot(text: str, claim_start: int, claim_end: int, found: list[Spot], names: frozenset[str] = frozenset()
                    ) -> tuple[int, set[str], set[str]] | None:
    """(position, values, words) of the place a 'respectively' list pairs with the claim, or None;
    ``names`` are the words of the sentence's place names."""
    pattern = _respective()
    said = pattern is not None and search_once(pattern, text) is not None
    run = _run(text, claim_start, claim_end)
    if run is None:
        return None
    starts, me = run
    if not said:
        return _listed_pair(text, starts, me, found, names)
    before = _mentions(text, [s for s in found if s[0] < starts[0]])
    # the places before the run pair with it only as a list ('Kuwait and the UAE'), not one set
    # against the figures ('Unlike France, India saw 5.1 % and 6.7 % in 2021 and 2022 respectively')
    listed = _trailing_list(text, [m for m in before if not compared_place(text, m[0])], names)
    # ('Qatar is followed by Kuwait, Oman and the UAE, … (31.3, 20.4 and 19.9 tonnes respectively)': the list
    # right before the run pairs with it though a place named earlier in the sentence stands apart from it)
    if len(starts) == len(listed):
        return listed[me]
    # 'Kazakhstan at 20.3 %, … Inflation in Belarus and Uzbekistan is also higher than Russia - 12.8 % and
    # 12.3 %, respectively': the places named since the figure before the run, its baseline left out
    since = figure_before(text, starts[0])
    recent = _mentions(text, [s for s in found if since < s[0] < starts[0] and not compared_place(text, s[0])])
    if len(recent) == len(starts) < len(before):
        return recent[me]
    after = _mentions(text, [s for s in found if s[0] > starts[-1]])  # '7.9 % and 7.7 % in Chile and Peru'
    return after[me] if len(after) == len(starts) else None


def unpaired_respective_places(text: str, claim_start: int, claim_end: int, found: list[Spot],
                               names: frozenset[str] = frozenset()) -> list[tuple[int, set[str], set[str]]]:
    """The places named before the claim's run of figures when the sentence says 'respectively' and yet no
    list pairs with the run ('the US India, Russia and Japan … respectively 4.3, 2.2, 1.6 and 1.0': a
    separator missing, so three items for four figures); empty when a list pairs or no list of two places
    or more ends before the run. Which of them the figure is said of is unknown: the nearest is no better a guess."""
    pattern = _respective()
    run = _run(text, claim_start, claim_end)
    if pattern is None or run is None or search_once(pattern, text) is None \
            or respective_spot(text, claim_start, claim_end, found, names) is not None:
        return []
    before = _mentions(text, [s for s in found if s[0] < run[0][0] and not compared_place(text, s[0])])
    # only where places stand as a list: a place of its own clause ('In France, prices cooled, but India saw
    # 4.4 % and 7.3 % in 2021 and 2022, respectively') is the run's, which pairs with the years
    return before if len(_trailing_list(text, before, names)) > 1 else []


def _listed_pair(text: str, starts: tuple[int, ...], me: int, found: list[Spot], names: frozenset[str]
                 ) -> tuple[int, set[str], set[str]] | None:
    """'except Saudi Arabia and Kuwait, which reached rates of 3.4 % and 2.1 %': with no 'respectively',
    a list of places and then a run of as many figures still pair in order when no place is named
    after the run, between the list and the run, and the list's places stand joined by commas or
    'and' alone (a group named earlier, 'all GCC states … except Saudi Arabia and Kuwait', is no item)."""
    mentions = _mentions(text, found)
    if not mentions or mentions[-1][0] > starts[0]:
        return None
    listed = _trailing_list(text, mentions, names)
    # a place set against the figures ('Unlike France, India saw …') is no item of the list
    return listed[me] if len(listed) == len(starts) and not compared_place(text, listed[0][0]) else None


def _trailing_list(text: str, mentions: list[tuple[int, set[str], set[str]]], names: frozenset[str]
                   ) -> list[tuple[int, set[str], set[str]]]:
    """The last of ``mentions`` and those before it that stand joined to it as a list: names joined by
    commas or 'and' alone."""
    if not mentions:
        return []
    listed = [mentions[-1]]
    for earlier in reversed(mentions[:-1]):
        if not joins(text, earlier[0], listed[0][0], names | earlier[2], commas=True):
            break
        listed.insert(0, earlier)
    return listed


def figure_before(text: str, start: int) -> int:
    """The start of the figure before the one at ``start`` in the sentence (a year's left out), or -1."""
    figures = _sentence_runs(text)[0]
    i = bisect_left(figures, start)
    return figures[i - 1] if i > 0 else -1


def _mentions(text: str, spots: list[Spot]) -> list[tuple[int, set[str], set[str]]]:
    """The distinct place mentions among ``spots``, in order: spots of one mention (another spelling
    of the value, another word of its name) are merged; a comma or 'and' between two starts a new one."""
    mentions: list[tuple[int, set[str], set[str]]] = []
    for pos, value, phrase in sorted(spots, key=lambda s: s[0]):
        if mentions and (pos == mentions[-1][0] or not _PLACE_GAP.search(text[mentions[-1][0]:pos])
                         and not _other_place(mentions[-1][2], phrase)):
            mentions[-1][1].add(value)
            mentions[-1][2].update(phrase)
        else:
            mentions.append((pos, {value}, set(phrase)))
    return mentions


def _other_place(words: set[str], phrase: frozenset[str]) -> bool:
    """Both name a place, and not the same one ('Qatar is followed by Kuwait'): two mentions however
    they are joined, where another spelling of one place ('the UAE (United Arab Emirates)') is one."""
    mine, theirs = {w for w in words if is_marker(w)}, {w for w in phrase if is_marker(w)}
    return bool(mine) and bool(theirs) and not mine & theirs
