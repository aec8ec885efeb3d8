"""'The rate of inflation recently dropped from 54.1 % to 53.6 %', in a text with no date and no year:
a monthly-published rate (inflation, unemployment) stated as one end of a move between two readings
is a month's 12-month rate, of a month the text does not say, in a year nothing gives. The latest
year's annual average is then no ground for 'contradicted' however far it is (a run of high monthly
rates of an unknown year may be any year's): a person decides (``different_period``). A dated draft
keeps its verdict (its date says which rates were out: ``current_rate``), as does a figure whose year
is named or carried, and a figure the sentence calls an average."""

from __future__ import annotations

from ..config import Tolerances
from ..matching import ClaimContext
from ..models import Claim, Verdict
from .basis import MonthlyBasis, annual_rate
from .decision import Decision, Reason
from .observations import names_no_period
from .span_ends import span_end_side
from .wording import holds_any


def undated_move(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """needs_review for a contradicted rate that stands as the 'from' or the 'to' of a move, with no
    period named, in an undated draft; else ``decision``."""
    if decision.verdict is not Verdict.contradicted or decision.reason is not Reason.CONTRADICTED \
            or not decision.lead or ctx.dated or claim.unit != "%" or not names_no_period(claim, ctx) \
            or not annual_rate(decision.lead[0], tol) or holds_any(claim.sentence, tol.annual_average_words):
        return decision
    if span_end_side(ctx) is None:
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(
        "from … to …, no year named", "sentence", False))
