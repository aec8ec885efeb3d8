"""A figure with no year in a draft with no date: 'a population of around 18 million' that an older
row holds is out of date only if the text was written now, which nothing says. For review, not a
failure: the checker's run date is no date of the text's."""

from __future__ import annotations

import dataclasses

from ..matching import ClaimContext
from ..models import Claim, Flag, Verdict
from .decision import Decision, Reason


def undated_stale(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A STALE contradiction of a claim naming no period (nor carrying one) in an undated draft → needs_review."""
    if ctx.dated or decision.reason is not Reason.STALE or decision.verdict is not Verdict.contradicted \
            or claim.period or ctx.period_from is not None:
        return decision
    flags = decision.review_flags
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=flags)


def undated_stale_support(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """Support only from a figure years older than the run (``stale``) for a claim naming no period (nor
    carrying one) in an undated draft → needs_review: the row fits, but which year the text speaks of
    is unknown, and the series' other years may not fit."""
    if ctx.dated or decision.verdict is not Verdict.supported or Flag.stale not in decision.flags \
            or claim.period or ctx.period_from is not None:
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.UNDATED_SUPPORT,
                               flags=decision.review_flags)
