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
from ..models import Claim, Kind, Verdict
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


EARLIER_START = "earlier_start"  # MonthlyBasis.kind: the figure a change started from, of no named year


def undated_start(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """'Its GDP grew 7.7 times, from $260 billion to over $2 trillion', no year named for the first
    figure: the 'from' end of a change is an earlier reading than the one the change ends at, so the
    latest row (the 'to' end's period, at most) is no ground for a contradiction, nor is an older row
    proof of an error. Which year is meant is unknown: a person decides (``different_period``). A level or
    a count only: a rate's recent move in a dated draft is judged by the rates of its date (``undated_move``)."""
    if decision.verdict is not Verdict.contradicted or decision.reason not in (Reason.CONTRADICTED, Reason.STALE) \
            or not decision.lead or claim.kind not in (Kind.level, Kind.count) or claim.unit == "%" \
            or not names_no_period(claim, ctx) or span_end_side(ctx) != "from":
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(
        "from … to …", "sentence", False, EARLIER_START))
