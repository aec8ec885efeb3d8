"""The band of observed values that supports a claim, from what its wording asserts.

The tolerance follows what the text asserts (DESIGN): ``exact`` is the rounding of the stated
digits plus a small relative slack, ``approx`` a wider band, ``gt``/``ge``/``lt``/``le`` the
inequality, ``nearly`` at most the value and within the approx band, ``range`` inside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..config import Tolerances
from ..models import Claim, Qualifier

# What one observed value says of the claim.
SUPPORTS, CONTRADICTS, UNSURE = 1, 0, 2


def stated_scale(value: float, decimals: int) -> float:
    """The power of a thousand the figure was written in: 28.2e9 with one decimal → 1e9."""
    v = abs(value)
    for scale in (1e12, 1e9, 1e6, 1e3):
        if v >= scale:
            shown = v / scale
            if abs(round(shown, decimals) - shown) <= 1e-9 * max(shown, 1.0):
                return scale
    return 1.0


@dataclass(frozen=True)
class Band:
    """What the claim allows: ``low``–``high`` supports; ``unsure_*`` cannot be decided."""

    low: float
    high: float
    unsure_low: float = math.nan
    unsure_high: float = math.nan

    def judge(self, observed: np.ndarray) -> np.ndarray:
        out = np.where((observed >= self.low) & (observed <= self.high), SUPPORTS, CONTRADICTS)
        if not math.isnan(self.unsure_low):
            unsure = (observed >= self.unsure_low) & (observed <= self.unsure_high) & (out != SUPPORTS)
            out = np.where(unsure, UNSURE, out)
        return out


def band_for(claimed: float, claim: Claim, tol: Tolerances, *, points: bool = False,
             high_value: float | None = None) -> Band:
    """The band of observed values that support ``claimed`` (in the claim's unit).

    ``points``: the figure is a rate recomputed from levels. It gets the same rounding and
    relative slack as any figure (DESIGN), or ``change_pp`` points when a newsroom sets more.
    """
    half = 0.5 * stated_scale(claimed, claim.decimals) * 10 ** (-claim.decimals)
    if points:
        half = 0.5 * 10 ** (-claim.decimals)
    slack_abs = abs(claimed) * tol.exact_slack
    if points:
        slack_abs = max(slack_abs, tol.change_pp)
    lo, hi = claimed - half - slack_abs, claimed + half + slack_abs
    q = claim.qualifier
    if q is Qualifier.exact and not any(ch.isdigit() for ch in claim.text):
        q = Qualifier.approx  # "two thirds", "two hundred": a figure in words is a round one
    approx = abs(claimed) * tol.approx + (tol.change_pp if points else 0.0)
    inf = math.inf
    if q is Qualifier.approx:
        return Band(min(lo, claimed - approx), max(hi, claimed + approx))
    if q is Qualifier.nearly:
        below = abs(claimed) * tol.nearly + (tol.change_pp if points else 0.0)
        return Band(claimed - below, claimed + half)
    if q is Qualifier.gt:  # "more than 60": above it; equal to it (within rounding) cannot be decided
        return Band(claimed + half if half else claimed, inf, lo, claimed + half)
    if q is Qualifier.ge:
        return Band(lo, inf)
    if q is Qualifier.lt:
        return Band(-inf, claimed - half if half else claimed, claimed - half, hi)
    if q is Qualifier.le:
        return Band(-inf, hi)
    if q is Qualifier.range and high_value is not None:
        high_slack = abs(high_value) * tol.exact_slack
        return Band(lo, high_value + half + (max(high_slack, tol.change_pp) if points else high_slack))
    return Band(lo, hi)
