"""A mass whose text does not say what it is a mass of, against a series that does.

'An emission per capita of about 39.7 tons', 'carbon emissions of 37 tons a person': news counts
emissions in tonnes of CO2 and says so rarely, and a bare 'carbon' names both. Against a series in
tonnes of carbon the figure is read both ways (``open_mass_readings`` in substances.json): the
reading that agrees stands, and when neither does, the contradiction is worded with the reading of
the claim's order, not with a factor of 3.664 that is only the unit.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

from .. import substances
from ..config import Tolerances
from ..matching import Candidate, ClaimContext, ReferenceIndex
from ..matching.scoring import claim_unit
from ..models import Claim, Verdict
from ..unit_families import unit_family
from .decision import Decision
from .observations import signed_value

Decide = Callable[[Claim, list[Candidate], ReferenceIndex, ClaimContext, Tolerances], Decision]


def open_substance(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                   ctx: ClaimContext, tol: Tolerances, decide: Decide) -> Decision:
    """``decision`` read with the claim's mass in each other substance its words leave open: a
    supporting reading replaces a decision that does not support; of two that contradict, the one
    whose figure is nearer the claim's leads."""
    if decision.verdict is Verdict.supported or not claim.unit or not candidates:
        return decision
    for tag in substances.open_readings():
        read = [_read_as(c, claim, ctx, tag) for c in candidates]
        if all(r is c for r, c in zip(read, candidates, strict=True)):
            continue
        other = decide(claim, read, index, ctx, tol)
        if other.verdict is Verdict.supported or (
                other.verdict is decision.verdict is Verdict.contradicted and _nearer(other, decision, claim)):
            decision = other
    return decision


def _read_as(cand: Candidate, claim: Claim, ctx: ClaimContext, tag: str) -> Candidate:
    """The candidate with its rows converted to ``tag`` when the resource's unit names a substance
    and the claim's words name none; else the candidate itself."""
    for unit in cand.resource.units:
        ref_tag = substances.split(unit)[1]
        if ref_tag is None or ref_tag == tag or unit_family(unit)[0] != unit_family(claim.unit or "")[0]:
            continue
        if substances.split(claim_unit(claim, unit, ctx.substance))[1] is not None:
            return cand  # the text says what the mass is of: no other reading
        f = substances.factor(ref_tag, tag)
        if f is not None and f != 1.0:
            return dataclasses.replace(cand, factor=cand.factor * f)
    return cand


def _nearer(a: Decision, b: Decision, claim: Claim) -> bool:
    """``a``'s leading figure is nearer the claim's than ``b``'s, by ratio."""
    claimed = abs(signed_value(claim))

    def distance(d: Decision) -> float:
        observed = abs(d.lead[0].observed) if d.lead else 0.0
        return abs(math.log(claimed / observed)) if claimed and observed else math.inf

    return distance(a) < distance(b)
