"""A count written to the unit ('2 161 902 people live here') that a row counted on one day (a register's
1 January count) agrees with only through the relative slack: the row is a count too, to the person, so
a figure that misses it by more than the figure's own last digit is another count — of another day, as a
population changes every day — not the row's figure rounded. The row neither confirms nor refutes it
(``other_day_count``); a figure rounded as far as the row's difference ('12 million 208 thousand 200'
beside 12,208,259) is that row's, written shorter. A claim dated to the row's own day is left as judged.

A figure the row's count could be, quoted with no period in a story more than ``snapshot_age_days``
after that day, may still be a later count the row only happens to fit (``undated_support_later_day``).
The two readings are taken in that order (``day_count_review``): the digits of the figure say more than
the draft's date, so a count that the row cannot be rounded to is named another day's count first."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Flag, Kind, Qualifier, Verdict
from ...periods import DAY, granularity, try_parse_period
from ...unit_families import COUNT_FAMILY, unit_family
from ..decision import Decision, Reason
from ..observations import names_no_period, signed_value
from ..tolerance import rounding_half


def day_count_review(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """Support by a one-day count row sent to a person when the figure is another day's count
    (``other_day_count``), else when the draft is too long after the row's day to be sure it is not
    (``undated_support_later_day``)."""
    return undated_support_later_day(other_day_count(decision, claim), claim, ctx, tol)


def other_day_count(decision: Decision, claim: Claim) -> Decision:
    """Support of a count stated to finer digits than its difference from a one-day row → needs_review
    (``different_period``, the row's day named): a count of another day."""
    if decision.verdict is not Verdict.supported or not decision.lead or decision.lead[0].evidence.formula \
            or claim.qualifier not in (None, Qualifier.exact) or unit_family(claim.unit)[0] != COUNT_FAMILY \
            or not any(ch.isdigit() for ch in claim.text):
        return decision
    lead = decision.lead[0]
    if granularity(lead.period) != DAY:
        return decision
    claimed_period = try_parse_period(claim.period) if claim.period else None
    if claimed_period is not None and (claimed_period.start, claimed_period.end) == (lead.period.start, lead.period.end):
        return decision
    claimed = signed_value(claim)
    # a whole last digit either way: writers cut a count ('12 208 200' for 12,208,259) as often as they round it
    if abs(lead.observed - claimed) <= _last_digit(claimed, claim.decimals):
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, another_days_count=True)


def _last_digit(claimed: float, decimals: int) -> float:
    """The place of the figure's last significant digit: '2,161,902' → 1, '12 208 200' → 100, '2,700,000'
    → 100,000 (trailing zeros of a count are rounding, not a count to the person)."""
    digit = 2 * rounding_half(claimed, decimals)
    whole = round(abs(claimed))
    while whole and whole % (digit * 10) == 0 and digit < whole:
        digit *= 10
    return digit


def undated_support_later_day(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """needs_review (different_period) for a level naming no period in a dated draft supported by a lone
    day's snapshot taken more than ``snapshot_age_days`` before the draft's date: 'the region has 221,400
    residents' in a May story may quote a count later than 1 January's, which the row only happens to fit.
    A series of several such days shows its rhythm, and ``undated_support_behind`` judges by it."""
    if decision.verdict is not Verdict.supported or not decision.lead or not ctx.dated \
            or not names_no_period(claim, ctx) or claim.kind is Kind.change or Flag.stale in decision.flags:
        return decision  # a row flagged stale already tells the reviewer how old it is
    lead = decision.lead[0]
    row = lead.period
    if granularity(row) != DAY or (ctx.as_of - row.start).days <= tol.snapshot_age_days:
        return decision
    if len({o.period.start for o in decision.ranked if o.series == lead.series and granularity(o.period) == DAY}) > 1:
        return decision  # the series' own rhythm (yearly counts, a census) says whether a later count was due
    return decision.for_review(Reason.DIFFERENT_PERIOD)
