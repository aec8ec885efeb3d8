"""A headline and its story: 'Inflation jumped to 5.2 % over 2022' above 'prices had risen 5.2 % over the
last twelve months'. A figure whose sentence names no year (nor carries one) that the heading or title
above it states again — the same number in the same unit, dated there by one year — is that year's
figure, as a reader takes it. When the latest row disagrees and that year's row agrees (a STALE
reading, out of date only if the text were written now), that row supports it. A title that dates the
same number to another year, or to none, changes nothing."""

from __future__ import annotations

import math
import re
from typing import Final

from ...extraction import extract_text
from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...models import Claim, Flag, Verdict
from ...periods import YEAR, granularity
from ..decision import Decision, Reason, undated_stale_reading

# The texts above a story that restate its figures: the section's heading and the title.
_HEADLINE_LAYERS = ("heading", "title")


def restated_year(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A STALE reading of a figure naming no period, whose heading or title states the same figure for
    the agreeing row's year → supported by that row (see the module's note)."""
    if not undated_stale_reading(decision, claim, ctx):
        return decision
    then = decision.lead[1]
    if granularity(then.period) != YEAR:
        return decision
    year = str(then.period.start.year)
    for layer, text in ctx.basis_texts:
        if layer in _HEADLINE_LAYERS and any(_same_figure(stated, claim) and stated.period == year
                                             for stated in extract_text(text, ctx.as_of)):
            flags = [f for f in decision.flags if f not in (Flag.stale, Flag.needs_review)]
            return Decision(Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE, flags=flags, lead=[then],
                            ranked=decision.ranked)
    return decision


# a year, then at most a comma or dash and an article, right before the figure ('compared with 2020, a −0.3 % fall')
_YEAR_RIGHT_BEFORE: Final = re.compile(rf"(?<![\d.,])({YEAR_DIGITS})\s*[,\u2013\u2014:]?\s*(?:(?i:an?|the)\s+)?[-+\u2212]?\s*\Z")


def year_right_before(decision: Decision, ctx: ClaimContext) -> Decision:
    """A STALE reading whose agreeing row's year stands right before the figure, a comma and an article at most
    between ('prices rose 2.4 % in 2021, compared with 2020, a −0.3 % fall'): the text gives the figure that year,
    as a reader takes it, so that row supports it — it is no figure of the later year gone out of date."""
    if decision.reason is not Reason.STALE or decision.verdict is Verdict.supported or len(decision.lead) < 2 \
            or not ctx.sentence_text:
        return decision
    then = decision.lead[1]
    if granularity(then.period) != YEAR:
        return decision
    written = _YEAR_RIGHT_BEFORE.search(ctx.sentence_text[:ctx.claim_offset])
    if written is None or written.group(1) != str(then.period.start.year):
        return decision
    flags = [f for f in decision.flags if f not in (Flag.stale, Flag.needs_review)]
    return Decision(Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE, flags=flags, lead=[then], ranked=decision.ranked)


def _same_figure(stated: Claim, claim: Claim) -> bool:
    """The same number in the same unit, as written to its last digit ('inflation jumped to 5.2 %' restates
    'prices rose 5.2 %': a headline words a rate as a level or a change alike)."""
    return stated.unit == claim.unit \
        and math.isclose(stated.value, claim.value, rel_tol=1e-9, abs_tol=1e-12)
