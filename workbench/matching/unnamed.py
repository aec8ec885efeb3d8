"""The series a figure could be read against when nothing names its measure: 'The highest value was
in Chile: 7.9 percent', with no title, heading or address saying of what.

Such a figure is never matched against a series by its words, for it has none; but the place the
text names, the period and the unit still pick out a few series, each with one row to read. A
person may then be told which of them holds the figure — never that the figure is supported, for
matching whichever series happens to fit would be a silent pass.
"""

from __future__ import annotations

import dataclasses

from ..models import Claim
from ..places import is_marker
from .context import ClaimContext, MissingValue, dimension_hits, named_values
from .index import ReferenceIndex
from .measure import names_no_measure
from .scoring import (Candidate, MatchMode, candidates_of, named_hits, reads_in_its_unit,
                      unnamed_places)


def series_of_the_place(claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> list[Candidate]:
    """Every series with rows for the place the claim's context names, read directly in the claim's
    unit and pinned to one row per period; empty when the sentence names a measure of its own. (A
    measure carried from farther text that no series of the claim's unit answers to is no measure.)"""
    if not names_no_measure(claim, ctx):
        return []
    return _place_series(claim, index, ctx, None)[0]


def series_named_before(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, names: frozenset[str]
                        ) -> tuple[list[Candidate], dict[str, int], dict[str, MissingValue]]:
    """The series ``names`` (a measure the text before the sentence names) read as ``series_of_the_place``
    reads them, whatever words the sentence adds; of those about many places when the context names
    none, each metric → how many places it covers; and of those with no row for the place the sentence
    names, each metric → that place (as ``ctx.missing`` records it)."""
    return _place_series(claim, index, ctx, names)


def _place_series(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, among: frozenset[str] | None
                  ) -> tuple[list[Candidate], dict[str, int], dict[str, MissingValue]]:
    probe = dataclasses.replace(ctx, missing={}, unplaced={})  # reasons for a match that is not made
    hits = dimension_hits(index, probe)
    named = named_values(index, probe)
    found: list[Candidate] = []
    unplaced: dict[str, int] = {}
    not_covered: dict[str, MissingValue] = {}
    placed = False  # some series has rows for the place the text names
    # the series' own figures; and a change in points of a rate the text before names ('inflation … fell
    # 1.5 percentage points'), the difference of two of its years: a reading of that measure, no other
    modes = (MatchMode.DIRECT, MatchMode.DIFFERENCE) if among is not None and claim.unit == "pp" else (MatchMode.DIRECT,)
    for name in sorted(among if among is not None else hits):  # by name, not in the set's per-process order
        res = index.resources[name]
        res_hits = hits.get(name, {})
        if not any(res_hits.get(d) for d in res.place_dims):
            if among is not None and named:
                if not res.place_dims:  # a station's series ('Mauna Loa') lacks no country: it is of no country
                    continue
                # '2024 | Hokkaido | 3.1 %' under a heading naming consumer prices: the sentence names its place,
                # one the named measure's rows lack — not covered (``named_hits`` records it), not unnamed
                seen = dataclasses.replace(probe, missing={})
                named_hits(claim, index, seen, res, res_hits, named, 0.0, False)
                not_covered.update({k: v for k, v in seen.missing.items() if k not in not_covered})
            elif among is not None and not any(is_marker(w) for _, words in ctx.layers for w in words):
                many = max((len(res.dim_values[d]) for d in res.place_dims), default=0)
                if many > 1 and reads_in_its_unit(claim, res, ctx.substance):
                    unplaced[res.metric] = max(unplaced.get(res.metric, 0), many)
            continue
        if named:
            res_hits = named_hits(claim, index, probe, res, res_hits, named, 0.0, False)
            if res_hits is None:
                continue
        if unnamed_places(res, res_hits):
            continue
        placed = True
        found += [c for c in candidates_of(claim, res, res_hits, named, 0.0, index=index)
                  if c.mode in modes and not c.open_dims]
    # a series of the measure has rows for the place (CO2 emissions of Poland, read as another kind of figure):
    # the place is covered, whatever a sibling series lacks
    return found, unplaced, {} if placed else not_covered
