"""A figure whose text names no measure, read against the series its place, period and unit pick
out (``matching.unnamed``): when one of them holds the figure the claim is for a person to review,
naming that series ('matches Chile's unemployment rate for 2022; the text does not name the
measure'). Never supported — that would be matching whichever series fits — and never unsupported
when a series does hold it, for that would cry wolf over a true figure."""

from __future__ import annotations

import dataclasses

from ..config import Tolerances
from ..matching import ClaimContext, ReferenceIndex
from ..matching.unnamed import series_of_the_place
from ..models import Claim, Flag, Verdict
from ..periods import try_parse_period
from .decision import Decision, Reason
from .observations import Observation, observe_direct
from .series import same_figures
from .tolerance import SUPPORTS


def unnamed_measure(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                    carried: tuple[str, str, frozenset[str]] | None) -> Decision | None:
    """needs_review led by the series that holds the figure for the named place and period (the claim's
    own, else the one carried from the text before it); None when no series holds it."""
    candidates = series_of_the_place(claim, index, ctx)
    if not candidates:
        return None
    period_text = claim.period or (carried[0] if carried else None)
    period = try_parse_period(period_text) if period_text else None
    observations = [o for c in candidates for o in observe_direct(claim, c, ctx, tol, period)]
    holding = sorted((o for o in observations if o.current and o.status == SUPPORTS),
                     key=lambda o: (abs(o.deviation), o.origin))
    if not holding:
        return None
    if not claim.period and carried is not None:
        ctx.carried_period = carried  # the evidence says where the period came from
    # one figure per series, the closest series first; a publisher's copy of a series is that series
    lead: list[Observation] = []
    for o in holding:
        if not any(o.candidate.resource is k.candidate.resource or same_figures(index, o.candidate.resource,
                                                                                 k.candidate.resource) for k in lead):
            lead.append(o)
    ranked = lead + [o for o in observations if o not in lead]
    return Decision(Verdict.needs_review, Reason.MEASURE_UNNAMED, [Flag.needs_review], lead, ranked)


def carried_contradiction(decision: Decision, ctx: ClaimContext) -> Decision:
    """A figure contradicted by a series its sentence does not name — the measure was carried from the
    title, an earlier paragraph or the page's address — is for a person to review: the measure named
    there may not be this figure's, and a linter that cries wolf over it is switched off."""
    if ctx.measure_from is None or decision.verdict is not Verdict.contradicted or not decision.lead:
        return decision
    flags = decision.review_flags
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.UNCERTAIN_CONTRADICTION,
                               flags=flags, lead=decision.lead[:1])
