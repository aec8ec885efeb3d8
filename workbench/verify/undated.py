"""A figure with no year in a draft with no date: 'a population of around 18 million' that an older
row holds is out of date only if the text was written now, which nothing says; 'averaged 6.7 % over
the last decade' that the latest row does not hold has no figure for the present only if the present
is the checker's. For review, not a failure: the checker's run date is no date of the text's."""

from __future__ import annotations

import dataclasses

from ..matching import ClaimContext
from ..models import Claim, Flag, Verdict
from .decision import Decision, Reason
from .observations import names_no_period


# The readings that take the checker's run date for the text's: a figure of an older row called out of
# date, and the latest row's period taken for the one the figure speaks of.
_RUN_DATE_READINGS = {Reason.STALE: Verdict.contradicted, Reason.NEAREST_OTHER_PERIOD: Verdict.unsupported}


def undated_stale(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A STALE contradiction, or a NEAREST_OTHER_PERIOD ('no figure for the latest period'), of a claim
    naming no period (nor carrying one) in an undated draft → needs_review."""
    if ctx.dated or _RUN_DATE_READINGS.get(decision.reason) is not decision.verdict \
            or not names_no_period(claim, ctx):
        return decision
    flags = decision.review_flags
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=flags)


def undated_stale_support(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """Support only from a figure years older than the run (``stale``) for a claim naming no period (nor
    carrying one) in an undated draft → needs_review: the row fits, but which year the text speaks of
    is unknown, and the series' other years may not fit."""
    if ctx.dated or decision.verdict is not Verdict.supported or Flag.stale not in decision.flags \
            or not names_no_period(claim, ctx):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.UNDATED_SUPPORT,
                               flags=decision.review_flags)
