"""The band of observed values that supports a claim, from what its wording asserts.

The tolerance follows what the text asserts (DESIGN): ``exact`` is the rounding of the stated
digits plus a small relative slack, ``approx`` a wider band, ``gt``/``ge``/``lt``/``le`` the
inequality, ``nearly`` at most the value and within the approx band, ``range`` inside it.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

import numpy as np

from ..config import Tolerances
from ..models import Claim, Direction, Kind, Qualifier
from ..numbers import DIGITS_POINT_TAIL
from ..text import with_ascii_digits

# What one observed value says of the claim.
SUPPORTS, CONTRADICTS, UNSURE = 1, 0, 2


def log_ratio(a: float, b: float) -> float:
    """ln(|a| ÷ |b|) of two nonzero figures, as the difference of their logarithms: the quotient itself
    underflows to 0 or overflows to inf when the two are far apart (a claim of 1e-310 against a row of 25
    billion), and the logarithm or reciprocal of that is a math domain error, not a gap."""
    return math.log(abs(a)) - math.log(abs(b))


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

    def mirrored(self) -> Band:
        """The band of the negated values: a fall's band from the band of its size."""
        return Band(-self.high, -self.low, -self.unsure_high, -self.unsure_low)


def band_for(claimed: float, claim: Claim, tol: Tolerances, *, points: bool = False,
             high_value: float | None = None) -> Band:
    """The band of observed values that support ``claimed`` (in the claim's unit).

    ``points``: the figure is a rate recomputed from levels. It gets the same rounding and
    relative slack as any figure (DESIGN), or ``change_pp`` points when a newsroom sets more.
    A fall's figure is signed (``claimed`` < 0): its qualifier speaks of the size of the fall
    ('fell by more than 1 million' is a change of −1 million or less), so the band is built on the
    size and mirrored.
    """
    fall = claimed < 0 and claim.kind is Kind.change and claim.direction is Direction.down
    size = -claimed if fall else claimed
    band = _band(size, claim, tol, points, abs(high_value) if fall and high_value is not None else high_value)
    if claim.kind is Kind.change and claim.direction is not None and size >= 0 \
            and claim.qualifier in (Qualifier.lt, Qualifier.le):
        band = dataclasses.replace(band, low=0.0)  # 'fell by less than 300,000': it fell, by under that
    return band.mirrored() if fall else band


def rounding_half(value: float, decimals: int) -> float:
    """Half the last stated digit: '28.2 billion' may be anything from 28.15 to 28.25 billion."""
    return 0.5 * stated_scale(value, decimals) * 10 ** (-decimals)


# One figure's digits as written, its group and decimal marks between them ('9.000', '1,980', '2 300', '0,05').
_FLOAT_DIGITS = 17  # more digits than a float holds state no place it can tell
_WRITTEN_DIGITS = re.compile(r"\d(?:[,.'\u00a0\u2009\u202f ]?\d)*")


def written_place(value: float, text: str) -> float | None:
    """The place of the last digit ``text`` writes for ``value``: '9.000 dólares' states the units (1), as the
    set's Label rules read a figure by its stated digits, never its trailing zeros as a rounding to thousands;
    '1,980万人' states ten-thousands, '2 300 milliards' billions. None when the text writes no one figure in
    digits that gives the value (words, a fraction glyph, a span of two figures, a compound like '4兆4331億'), or
    whose digits are not the value's (an index of 107.7 % read as a rise of 7.7)."""
    # not cached: ~16 µs a call, ~6 calls a claim, 0.25 % of a check's time under the profiler
    runs = _WRITTEN_DIGITS.findall(with_ascii_digits(text)) if value else []
    if len(runs) != 1:
        return None
    digits = "".join(ch for ch in runs[0] if ch.isdecimal()).lstrip("0")
    if not digits or len(digits) > _FLOAT_DIGITS:
        return None
    place = 10.0 ** (math.floor(math.log10(abs(value)) + 1e-9) - len(digits) + 1)
    if not place:
        return None  # a subnormal value's place underflows to 0.0: no place a float can state
    steps = abs(value) / place  # the value is the digits, as one whole number, at that place
    return place if abs(steps - int(digits)) <= 1e-6 * max(steps, 1.0) else None


def stated_half(claimed: float, claim: Claim) -> float:
    """Half the last digit ``claim`` states, in the unit ``claimed`` is in: the place its text writes
    (``written_place``: '8,000,000' states units), else the rounding its decimals give at the scale it was
    written in (``rounding_half``: 'eight million')."""
    place = written_place(claim.value, claim.text)
    if place is not None and claim.value:
        return 0.5 * place * abs(claimed / claim.value)
    return rounding_half(claimed, claim.decimals)


def _widened(end: float, tol: Tolerances, points: bool, outward: float) -> float:
    """One end of the rounding band moved outward by the relative slack, taken on that end
    (DESIGN, verdicts.md: '3.1%' ⇒ [3.05, 3.15] × (1 ∓ 0.005)), or by ``change_pp`` points
    when a newsroom sets more for a recomputed rate."""
    slack = abs(end) * tol.exact_slack
    if points:
        slack = max(slack, tol.change_pp)
    return end + outward * slack


def _band(claimed: float, claim: Claim, tol: Tolerances, points: bool, high_value: float | None) -> Band:
    half = 0.5 * 10 ** (-claim.decimals) if points else stated_half(claimed, claim)
    lo, hi = _widened(claimed - half, tol, points, -1.0), _widened(claimed + half, tol, points, 1.0)
    q = claim.qualifier
    if not any(ch.isdigit() for ch in claim.text):
        if q is Qualifier.exact and DIGITS_POINT_TAIL.search(claim.text) is None:
            # "two thirds", "two hundred": a figure in words is a round one; "six point eight per cent", as a
            # broadcast says 6.8 %, states its decimals and is held to them
            q = Qualifier.approx
        scale = stated_scale(claimed, claim.decimals)
        if scale > 1 and abs(claimed) <= scale * (1 + 1e-9):
            # "one million", "a billion" state the scale alone, no digit's precision: half a million either
            # side is no rounding. "eight billion" states its digit as "8 billion" does, and keeps its rounding.
            lo, hi = _widened(claimed, tol, points, -1.0), _widened(claimed, tol, points, 1.0)
    if q in _BOUNDS:
        # a bound holds against the row or it does not: the rounding of its digits does not widen it
        return _bound(q, claimed, abs(claimed) * tol.bound_slack + (tol.change_pp if points else 0.0))
    if q is Qualifier.approx:
        approx = abs(claimed) * tol.approx + (tol.change_pp if points else 0.0)
        return Band(min(lo, claimed - approx), max(hi, claimed + approx))
    if q is Qualifier.nearly:  # at most the figure (DESIGN): above it is a bound missed
        extra = tol.change_pp if points else 0.0
        below = abs(claimed) * tol.nearly + extra
        return Band(claimed - below, claimed, claimed, claimed + abs(claimed) * tol.bound_slack + extra)
    if q is Qualifier.range and high_value is not None:
        return Band(lo, _widened(high_value + half, tol, points, 1.0))
    return Band(lo, hi)


_BOUNDS = (Qualifier.gt, Qualifier.ge, Qualifier.lt, Qualifier.le)


def _bound(q: Qualifier, bound: float, slack: float) -> Band:
    """'more than' / 'at least' (a lower bound), 'less than' / 'at most' (an upper one): the row
    supports when the bound holds; within ``slack`` on the wrong side (or equal to a strict bound)
    it is undecidable; beyond, it contradicts."""
    inf = math.inf
    if q is Qualifier.gt:
        return Band(math.nextafter(bound, inf), inf, bound - slack, bound)
    if q is Qualifier.ge:
        return Band(bound, inf, bound - slack, bound)
    if q is Qualifier.lt:
        return Band(-inf, math.nextafter(bound, -inf), bound, bound + slack)
    return Band(-inf, bound, bound, bound + slack)
