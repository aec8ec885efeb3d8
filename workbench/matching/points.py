"""'an increase of 1.5 percent from 4 percent' to 5.5: a rate's change written in percent that is
its difference in points. The sentence gives both ends, and their difference is the figure while
their relative change is not; the change is then read as points, so a rate series judges it by
its difference, not by a relative change the writer never meant."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..models import Claim, Kind
from ..reference.vocabulary import vocabulary
from ..numbers import alternation
from ..units import percent_alternation
from .context import ClaimContext

_NUMBER = r"(?<![\d.,])(-?\d+(?:[.,]\d+)?)"


@lru_cache(maxsize=1)
def _percent_figure() -> re.Pattern[str]:
    return re.compile(_NUMBER + r"\s*(?:" + percent_alternation() + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _end_link() -> re.Pattern[str]:
    links = alternation(vocabulary().get("change_end_links", []), flexible_space=False)
    return re.compile(rf"\b(?:{links})\s+(?:\W{{0,2}}\s*)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Percents:
    """A sentence's percent figures, read once for all its claims (a sentence of hundreds of changes asked each
    claim to read it whole and try every pair of its figures: cubic in its figures)."""
    starts: list[int]  # where each figure starts, in text order
    values: list[float]
    linked: list[int]  # the figures a link word ('from', 'to') stands right before
    by_value: list[tuple[float, int]]  # (value, figure), by value: the figures a given difference away

    def near(self, target: float, slack: float) -> list[tuple[float, int]]:
        low = bisect_left(self.by_value, (target - 2 * slack, -1))  # twice the slack: the caller decides exactly
        high = bisect_right(self.by_value, (target + 2 * slack, len(self.values)))
        return self.by_value[low:high]


@lru_cache(maxsize=64)
def _percents(sentence: str) -> _Percents:
    starts: list[int] = []
    values: list[float] = []
    linked: list[int] = []
    for m in _percent_figure().finditer(sentence):
        if _end_link().search(sentence, max(0, m.start() - 20), m.start()) is not None:
            linked.append(len(values))
        starts.append(m.start())
        values.append(float(m.group(1).replace(",", ".")))
    return _Percents(starts, values, linked, sorted((v, i) for i, v in enumerate(values)))


def points_written_as_percent(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim read in points when its sentence's two ends of the change differ by its figure: two percent
    figures of the sentence besides its own, one with a link word ('from', 'to') before it."""
    if claim.kind is not Kind.change or claim.unit != "%" or claim.value is None or claim.value_high is not None:
        return claim
    slack = 0.5 * 10.0 ** -(claim.decimals or 0) + 1e-9
    value = abs(claim.value)
    found = _percents(ctx.sentence_text)
    own = range(bisect_left(found.starts, ctx.claim_offset), bisect_left(found.starts, ctx.claim_end))
    for i in found.linked:
        a = found.values[i]
        if i in own:
            continue
        for b, j in [*found.near(a - value, slack), *found.near(a + value, slack)]:
            low = min(abs(a), abs(b))
            if j == i or j in own or low == 0:
                continue
            points, relative = abs(a - b), abs(a - b) / low * 100.0
            if abs(points - value) <= slack and abs(relative - value) > slack:
                return claim.model_copy(update={"unit": "pp"})
    return claim
