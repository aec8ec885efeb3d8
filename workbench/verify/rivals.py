"""Which disagreeing series make a supported figure ambiguous.

A rival is another series that fits the claim's wording about as well as the one that agrees.
Two kinds of disagreeing row are no rival: a row of another length than the period the claim
names when the agreeing row has that length (a year's mean beside 'in May'), and a figure so far
from the claim that no reader would take it for the same quantity (a count of days beside ppm), or a
change computed the other way from the one the claim states ('an increase of 2.9 ppm' beside a fall). Nor is a
year's mean beside a month's agreeing row when the sentence calls the figure a peak or a low, nor another
series beside a change computed from two rows when the sentence writes both ends the change is the
difference of ('421.08 ppm in 2023 and 424.61 ppm in 2024, a rise of 3.53 ppm').
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..periods import MONTH, Period, granularity

if TYPE_CHECKING:
    from ..config import Tolerances
    from ..models import Claim
    from .observations import Observation


def other_granularity(o: Observation, lead: Observation, claim_period: Period | None) -> bool:
    """The claim names a period, the agreeing row is of its length and the rival's row is not."""
    if claim_period is None:
        return False
    length = granularity(claim_period)
    return granularity(lead.period) == length and granularity(o.period) != length


def far_off(o: Observation, claimed: float, tol: Tolerances) -> bool:
    """The rival's figure is more than ``rival_ratio`` times off the claim, either way."""
    a, b = abs(claimed), abs(o.observed)
    if not a or not b:
        return False
    return max(a / b, b / a) > tol.rival_ratio


def against_stated_change(o: Observation, lead: Observation, claimed: float) -> bool:
    """Both figures are changes computed from two rows, and the rival's runs against the claimed one's
    sign (a fall beside 'an increase'), which the agreeing one keeps."""
    computed = o.evidence.formula is not None and lead.evidence.formula is not None
    return computed and claimed * o.observed < 0 < claimed * lead.observed


def peak_against_year(o: Observation, lead: Observation, sentence: str) -> bool:
    """The sentence calls the figure a peak or a low ('the peak reached 417.1 ppm'), a month's row agrees and the
    rival is a year's mean: the seasonal top of a month is no year's mean, so that row is no reading of it."""
    from .periods.year_before_month import called_a_peak  # here: the periods package imports matching late

    return granularity(lead.period) == MONTH and o.period.is_year and called_a_peak(sentence)


def present_against_finished_year(o: Observation, lead: Observation, present: bool) -> bool:
    """The figure's clause opens with a present word ('413.33 ppm in April last year, now 416.21 ppm'), a month's
    row agrees and the rival is the mean of a year that ended before that month: the present is no finished
    year's mean, so that row is no reading of it."""
    return present and granularity(lead.period) == MONTH and o.period.is_year and o.period.end < lead.period.start


def is_rival(o: Observation, lead: Observation, claimed: float, claim_period: Period | None,
             tol: Tolerances) -> bool:
    return not other_granularity(o, lead, claim_period) and not far_off(o, claimed, tol) \
        and not against_stated_change(o, lead, claimed)


def stated_figures(claims: Sequence[Claim]) -> dict[str, tuple[tuple[float, int], ...]]:
    """Claim id → every figure its sentence states, as the extractor read it (value and decimals; a range's
    both ends): decimal commas, minus signs and scale words read as everywhere else ('3,5', '−2')."""
    by_sentence: dict[str, list[tuple[float, int]]] = {}
    for c in claims:
        figures = by_sentence.setdefault(c.sentence, [])
        figures += [(value, c.decimals) for value in (c.value, c.value_high) if value is not None]
    return {c.id: tuple(by_sentence[c.sentence]) for c in claims}


def difference_of_stated_ends(o: Observation, lead: Observation, claimed: float, decimals: int,
                              figures: Iterable[tuple[float, int]]) -> bool:
    """The agreeing reading is a change computed from two rows, the rival is not, and two other figures of
    the sentence (``figures``: ``stated_figures``), written to the claim's decimals, differ by exactly the
    claimed change: the sentence defines the change as that difference, which the rival's series (a growth
    rate's own file) does not read."""
    if lead.evidence.formula is None or o.evidence.formula is not None or decimals < 1:
        return False
    ends = [value for value, written_to in figures if written_to == decimals]
    target = round(abs(claimed), decimals)
    return any(round(abs(a - b), decimals) == target and target not in (round(a, decimals), round(b, decimals))
               for a, b in itertools.combinations(ends, 2))
