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
from .context import ClaimContext, dimension_hits, named_values
from .index import ReferenceIndex
from .measure import names_no_measure
from .scoring import Candidate, MatchMode, candidates_of, named_hits, unnamed_places


def series_of_the_place(claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> list[Candidate]:
    """Every series with rows for the place the claim's context names, read directly in the claim's
    unit and pinned to one row per period; empty when the sentence names a measure of its own. (A
    measure carried from farther text that no series of the claim's unit answers to is no measure.)"""
    if not names_no_measure(claim, ctx):
        return []
    probe = dataclasses.replace(ctx, missing={}, unplaced={})  # reasons for a match that is not made
    hits = dimension_hits(index, probe)
    named = named_values(index, probe)
    found: list[Candidate] = []
    for name in sorted(hits):  # by name, not in the set's per-process order
        res = index.resources[name]
        res_hits = hits[name]
        if not any(res_hits.get(d) for d in res.place_dims):
            continue
        if named:
            res_hits = named_hits(claim, index, probe, res, res_hits, named, 0.0, False)
            if res_hits is None:
                continue
        if unnamed_places(res, res_hits):
            continue
        found += [c for c in candidates_of(claim, res, res_hits, named, 0.0, index=index)
                  if c.mode is MatchMode.DIRECT and not c.open_dims]
    return found
