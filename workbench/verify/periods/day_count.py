"""A count written to the unit ('2 161 902 people live here') that a row counted on one day (a register's
1 January count) agrees with only through the relative slack: the row is a count too, to the person, so
a figure that misses it by more than the figure's own last digit is another count — of another day, as a
population changes every day — not the row's figure rounded. The row neither confirms nor refutes it
(``other_day_count``); a figure rounded as far as the row's difference ('12 million 208 thousand 200'
beside 12,208,259) is that row's, written shorter. A claim dated to the row's own day is left as judged."""

from __future__ import annotations

from ...matching import ClaimContext
from ...models import Claim, Qualifier, Verdict
from ...periods import DAY, granularity, try_parse_period
from ...unit_families import COUNT_FAMILY, unit_family
from ..decision import Decision, Reason
from ..observations import count_of_another_day, signed_value
from ..tolerance import stated_half


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
    if abs(lead.observed - claimed) <= last_digit(claimed, claim):
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, another_days_count=True)


def other_day_count_off(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A contradiction of a count to the person ('12 368 662 people live in towns') by a one-day row (a register's
    1 January count), the figure being of another day — its own, or, naming none, the dated draft's: a population
    moves every day, so a miss no larger than counts move between the two days (observations
    ``count_of_another_day``) is that day's count, which the row neither confirms nor refutes → needs_review
    (``different_period``, the row's day named). A rounded figure ('12.4 million') or one dated to the row's own
    day is left as judged, as is a miss too large for the days between."""
    if decision.verdict is not Verdict.contradicted or decision.reason is not Reason.CONTRADICTED or not decision.lead \
            or decision.lead[0].evidence.formula or claim.qualifier not in (None, Qualifier.exact) \
            or unit_family(claim.unit)[0] != COUNT_FAMILY or not any(ch.isdigit() for ch in claim.text):
        return decision
    lead = decision.lead[0]
    if granularity(lead.period) != DAY:
        return decision
    claimed_period = try_parse_period(claim.period) if claim.period else None
    if claimed_period is not None:
        if granularity(claimed_period) != DAY:
            return decision
        day = claimed_period.start
    elif ctx.dated:
        day = ctx.as_of
    else:
        return decision
    claimed = signed_value(claim)
    if last_digit(claimed, claim) > 10:
        return decision  # a figure rounded: no count of a day
    # either side of the row's day: a register counts on 1 January, a writer on any day of the year around it
    if not count_of_another_day(claimed, lead.observed, day, lead.period.start, "either"):
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, another_days_count=True)


def last_digit(claimed: float, claim: Claim) -> float:
    """The place of the figure's last significant digit: '2,161,902' → 1, '12 208 200' → 100, '2,700,000'
    → 100,000 (trailing zeros of a count are rounding, not a count to the person): its stated digit
    (``stated_half``), moved up past the zeros that end it."""
    digit = 2 * stated_half(claimed, claim)
    whole = round(abs(claimed))
    while whole and whole % (digit * 10) == 0 and digit < whole:
        digit *= 10
    return digit
