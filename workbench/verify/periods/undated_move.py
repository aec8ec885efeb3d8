"""'The rate of inflation recently dropped from 54.1 % to 53.6 %', in a text with no date and no year:
a monthly-published rate (inflation, unemployment) stated as one end of a move between two readings
is a month's 12-month rate, of a month the text does not say, in a year nothing gives. The latest
year's annual average is then no ground for 'contradicted' however far it is (a run of high monthly
rates of an unknown year may be any year's): a person decides (``different_period``). A dated draft
keeps its verdict (its date says which rates were out: ``current_rate``), as does a figure whose year
is named or carried, and a figure the sentence calls an average."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...matching.carried import named_periods
from ...models import Claim, Kind, Verdict
from ...move_ends import move_end
from ...periods import MULTI_YEAR, YEAR, granularity, try_parse_period
from .basis import MonthlyBasis, annual_rate
from ..decision import Decision, Reason
from ..observations import names_no_period
from .span_ends import span_end_side
from ..wording import holds_any


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



def span_start_review(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """'In the past two years the annual increase has jumped from an average of 1.5 ppm to more than two': a
    change or rate figure that starts a move, whose only period is the span the move took (named before
    it, for both ends), is the reading from before that span — of a span or year the text does not say,
    as an average's own years are. The span's figure (its mean, its first year's) is then no ground for a
    contradiction: a person decides (``different_period``). Levels and counts are read as the span's first
    year (``span_end_claim``); a 'from' figure that names its own period keeps its verdict."""
    if decision.verdict is not Verdict.contradicted or decision.reason not in (Reason.CONTRADICTED, Reason.STALE) \
            or not decision.lead or claim.kind in (Kind.level, Kind.count) or not claim.period \
            or ctx.carried_period is not None or not ctx.sentence_text:
        return decision
    span = try_parse_period(claim.period)
    if span is None or granularity(span) != MULTI_YEAR or span_end_side(ctx) != "from" or _names_own_period(ctx):
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(
        "from … to …, over the span the move took", "sentence", False, EARLIER_START))


def _names_own_period(ctx: ClaimContext) -> bool:
    """Whether a period is named between the figure and the end of its move ('from 0.8 ppm a year in the 1960s
    to …') or right after the figure: then the span is the figure's own."""
    end = move_end(ctx.sentence_text[:ctx.claim_offset], ctx.sentence_text[ctx.claim_end:])
    return end is None or bool(named_periods(end[1], ctx.as_of))


def _move_start_year(claim: Claim, ctx: ClaimContext) -> int | None:
    """The year before the one a change ends in, for a rate that stands as the change's 'from' and
    names no year of its own ('rose from 6.8 % to 8.0 % in 2021': extraction leaves 2021 to the 'to'
    figure); None for any other figure."""
    if claim.kind is Kind.change or claim.unit != "%" or not names_no_period(claim, ctx) \
            or not ctx.sentence_text or span_end_side(ctx) != "from":
        return None
    ended = named_periods(ctx.sentence_text[ctx.claim_end:], ctx.as_of)
    year = try_parse_period(next(iter(ended))) if len(ended) == 1 else None
    return year.start.year - 1 if year is not None and granularity(year) == YEAR else None


def move_start_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """'Inflation rose from 6.8 % to 8.0 % in 2021': the 'from' of a year-on-year rate's change that
    ends in a named year is, most likely, the year before's reading; judged as that year's."""
    year = _move_start_year(claim, ctx)
    return claim if year is None else claim.model_copy(update={"period": str(year)})


def move_start_review(decision: Decision, claim: Claim, judged: Claim, ctx: ClaimContext) -> Decision:
    """A change's starting rate read as the year before's (``move_start_claim``) that the year before's
    row does not bear out: which reading it was (a month's, the year's) the text does not say, so a
    person decides; no alarm from a year the text never gave the figure."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or judged.period == claim.period \
            or _move_start_year(claim, ctx) is None:
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(
        f"from … to …, the change ending in {int(judged.period or 0) + 1}", "sentence", False, EARLIER_START))
