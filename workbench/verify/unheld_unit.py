"""'The consumer price index reached 295.0 points': a level in a unit of a dimension only a series counted in that
same dimension can judge (``own_series_dimensions`` in data/units.json: an index's points). A change in points
('fell 6.62 points' after two rates) may be a rate's percentage points the reading left as points, and keeps its
reading. When no loaded series counts in such a unit, no row of any year or place is the figure's: it is
unsupported (verdicts.md: a series the packages do not hold), not a reading of its year or its words for a person
to finish — whatever an undated page's month or an unread word of another language left unsure."""

from __future__ import annotations

from ..matching import ReferenceIndex
from ..models import Claim, Kind, Verdict
from ..units import INDEX_LEVEL_WORDS, OWN_SERIES_DIMENSIONS, dimension
from .decision import Decision, Reason
from .wording import holds_any


def unit_not_held(decision: Decision, claim: Claim, index: ReferenceIndex) -> Decision:
    """unsupported (``unit_not_held``) for a level whose unit's dimension is one of ``OWN_SERIES_DIMENSIONS`` when
    no resource of ``index`` counts in a unit of that dimension; else ``decision``."""
    own = dimension(claim.unit) if claim.unit else None
    # a change in points may be a rate's percentage points the reading left as points ('una contracción de 6.62
    # puntos' after two rates): only a level in points its sentence calls an index's is surely one (``index_level_words``)
    if own not in OWN_SERIES_DIMENSIONS or claim.kind is Kind.change or not holds_any(claim.sentence, INDEX_LEVEL_WORDS):
        return decision
    if any(dimension(unit) == own for res in index.resources.values() for unit in res.units if unit):
        return decision  # a series in points (a package of an index's levels) judges it as any other figure
    return Decision(Verdict.unsupported, Reason.UNIT_NOT_HELD, series=claim.unit)
