"""'The consumer price index reached 295.0 points', 'the index rose 6.6 points': a figure in a unit of a dimension
only a series counted in that same dimension can judge (``own_series_dimensions`` in data/units.json: an index's
points). When no loaded series counts in such a unit, no row of any year or place is the figure's: it is
unsupported (verdicts.md: a series the packages do not hold), not a reading of its year or its words for a person
to finish — whatever an undated page's month or an unread word of another language left unsure."""

from __future__ import annotations

from ..matching import ReferenceIndex
from ..models import Claim, Verdict
from ..units import OWN_SERIES_DIMENSIONS, dimension
from .decision import Decision, Reason


def unit_not_held(decision: Decision, claim: Claim, index: ReferenceIndex) -> Decision:
    """unsupported (``unit_not_held``) for a figure whose unit's dimension is one of ``OWN_SERIES_DIMENSIONS`` when
    no resource of ``index`` counts in a unit of that dimension; else ``decision``."""
    own = dimension(claim.unit) if claim.unit else None
    if own not in OWN_SERIES_DIMENSIONS:
        return decision
    if any(dimension(unit) == own for res in index.resources.values() for unit in res.units if unit):
        return decision  # a series in points (a package of an index's levels) judges it as any other figure
    return Decision(Verdict.unsupported, Reason.UNIT_NOT_HELD, series=claim.unit)
