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
    return out
