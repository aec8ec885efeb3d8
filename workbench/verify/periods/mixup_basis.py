"""A year's rate of a monthly-published series (inflation, unemployment) that its year's annual average
misses while a later year's agrees, in a draft with no date: the figure is as likely the year's
December-on-December rate as a slip of the year, and values of such a series recur from year to year,
so the later year's agreement is no ground for 'the years are mixed up' — a person decides
(``rate_basis``). A dated draft keeps the mix-up: its writer could have known the later figure only if
it was published by then, which the period rules check; a figure the text calls an average keeps it too."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Verdict
from .basis import annual_rate
from ..decision import Decision, Reason
from ..wording import holds_any


def undated_rate_mixup(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A year mix-up of an annual rate, in an undated draft, of a figure not called an average → needs_review."""
    if decision.reason is not Reason.YEAR_MIXUP or decision.verdict is not Verdict.contradicted or ctx.dated \
            or not decision.lead or claim.unit != "%" or not annual_rate(decision.lead[0], tol) \
            or holds_any(claim.sentence, tol.annual_average_words):
        return decision
    return decision.for_review(Reason.RATE_BASIS)
