"""'an increase of 1.5 percent from 4 percent' to 5.5: a rate's change written in percent that is
its difference in points. The sentence gives both ends, and their difference is the figure while
their relative change is not; the change is then read as points, so a rate series judges it by
its difference, not by a relative change the writer never meant."""

from __future__ import annotations

import re
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


def _ends(ctx: ClaimContext) -> list[tuple[float, bool]]:
    """The other percent figures of the sentence, each with whether a link word ('from', 'to')
    stands right before it."""
    out = []
    for m in _percent_figure().finditer(ctx.sentence_text):
        if ctx.claim_offset <= m.start() < ctx.claim_end:
            continue
        linked = _end_link().search(ctx.sentence_text, max(0, m.start() - 20), m.start()) is not None
        out.append((float(m.group(1).replace(",", ".")), linked))
    return out


def points_written_as_percent(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim read in points when its sentence's two ends of the change differ by its figure."""
    if claim.kind is not Kind.change or claim.unit != "%" or claim.value is None or claim.value_high is not None:
        return claim
    slack = 0.5 * 10.0 ** -(claim.decimals or 0) + 1e-9
    value = abs(claim.value)
    ends = _ends(ctx)
    for i, (a, linked_a) in enumerate(ends):
        for b, linked_b in ends[i + 1:]:
            low = min(abs(a), abs(b))
            if not (linked_a or linked_b) or low == 0:
                continue
            points, relative = abs(a - b), abs(a - b) / low * 100.0
            if abs(points - value) <= slack and abs(relative - value) > slack:
                return claim.model_copy(update={"unit": "pp"})
    return claim
