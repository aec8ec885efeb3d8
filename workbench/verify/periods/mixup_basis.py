"""A year's rate of a monthly-published series (inflation, unemployment) that its year's annual average
misses while a later year's agrees, in a draft with no date: the figure is as likely the year's
December-on-December rate as a slip of the year, and values of such a series recur from year to year,
so the later year's agreement is no ground for 'the years are mixed up' — a person decides
(``rate_basis``). A dated draft keeps the mix-up: its writer could have known the later figure only if
it was published by then, which the period rules check; a figure the text calls an average keeps it too, and so
does one no basis of its year gives (``rate_gap.basis_explains``): wrong whichever year was meant."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Verdict
from .basis import annual_rate
from .rate_gap import basis_explains
from ..decision import Decision, Reason
from ..observations import signed_value
from ..wording import holds_any


def undated_rate_mixup(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A year mix-up of an annual rate, in an undated draft, of a figure not called an average → needs_review."""
    if decision.reason is not Reason.YEAR_MIXUP or decision.verdict is not Verdict.contradicted or ctx.dated \
            or not decision.lead or claim.unit != "%" or not annual_rate(decision.lead[0], tol) \
            or holds_any(claim.sentence, tol.annual_average_words):
        return decision
    # a figure no basis of its year gives (several times the row, off it against the way the rate moved) is wrong
    # on any basis: the doubt is gone, whichever year was meant
    if not basis_explains(signed_value(claim), decision.lead[0], ctx.as_of, tol):
        return decision
    return decision.for_review(Reason.RATE_BASIS)
