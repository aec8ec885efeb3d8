"""'Overall, the price increase was 3,003.51 % from 1972 to 2021': a change over a span read from a
series of yearly rates of change (inflation, growth) is their compounding, ∏(1 + rate / 100) − 1 —
never the change between the first and the last year's rates. Whether the first year's rate counts
(prices at its start) or is the base (prices at its end) the text seldom says: both are read."""

from __future__ import annotations

import numpy as np

from ...config import Tolerances
from ...matching.index import ResourceIndex
from ...models import Claim, Kind
from ..tolerance import band_for
from .base_words import compared_base_year


def compounded_rates(claim: Claim, tol: Tolerances, res: ResourceIndex, values: np.ndarray,
                     years: tuple[str, str], span: tuple[int, int], claimed: float
                     ) -> list[tuple[float, str, str, int, str]]:
    """(figure, formula, unit, status, reading) of the compounded yearly rates over the span, with and
    without its first year; none unless the series is a rate of change in % covering the span's ends."""
    first, last = years
    if res.kind is not Kind.change or (first, last) != (str(span[0]), str(span[1])) or len(values) < 3:
        return []
    if (values <= -100).any():
        return []
    band = band_for(claimed, claim, tol, points=True)
    out = []
    for start, label in ((0, first), (1, str(int(first) + 1))):
        figure = float((np.prod(1.0 + values[start:] / 100.0) - 1.0) * 100.0)
        out.append((figure, f"(∏(1 + v/100) over {label}…{last} − 1) × 100", "%",
                    int(band.judge(np.array([figure]))[0]), "compounded"))
    if compared_base_year(claim) == span[0]:
        # 'the CPI rose 9.6 % compared with 2021' in a text of 2023: the year after the base's own rate is
        # the rise compared with it too, its year dropped; no mean of the yearly rates is
        out.append((float(values[1]), f"v{int(first) + 1}, {int(first) + 1} compared with {first}", "%",
                    int(band_for(claimed, claim, tol).judge(np.array([values[1]]))[0]), YEAR_AFTER_BASE))
    return out


YEAR_AFTER_BASE = "year_after_base"  # an Observation's reading: the rate of the year after a compared base year
