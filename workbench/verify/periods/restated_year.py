"""A headline and its story: 'Inflation jumped to 5.2 % over 2022' above 'prices had risen 5.2 % over the
last twelve months'. A figure whose sentence names no year (nor carries one) that the heading or title
above it states again — the same number in the same unit, dated there by one year — is that year's
figure, as a reader takes it. When the latest row disagrees and that year's row agrees (a STALE
reading, out of date only if the text were written now), that row supports it. A title that dates the
same number to another year, or to none, changes nothing."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Final

from ...extraction import extract_text
from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...models import Claim, Flag, Verdict
from ...numbers import alternation, data_json
from ...periods import YEAR, granularity
from ..decision import Decision, Reason, undated_stale_reading
from ..observations import Observation

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
    return supported_by_earlier_row(decision, then)


# a year written alone: no part of a longer run of digits nor of a figure with a decimal or thousands mark ('2,020')
_YEAR: Final = re.compile(rf"(?<![\d.,]){YEAR_DIGITS}(?!\d|[.,]\d)")


@lru_cache(maxsize=1)
def _pair_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word opening a change's first end right before a figure, and after it (its scale or unit word at most
    between) the word opening the second end before another figure (periods.json ``change_end_years``)."""
    ends = data_json("periods.json")["change_end_years"]
    opening = re.compile(rf"(?<![\w])(?i:{alternation(ends['from'])})\s+\Z")
    closing = re.compile(rf"\A\s*(?:[^\W\d]+\s+)?(?i:{alternation(ends['to'])})\s+[^\s\d]{{0,4}}\d")
    return opening, closing


def opening_end_of_a_year_change(decision: Decision, ctx: ClaimContext) -> Decision:
    """'In 2023 … its size fell by 10.8 % — from $2.27 to $2.02 trillion': a figure opening a pair 'from … to …'
    in a sentence of one year is where the year's change started, the level of the year before — a STALE
    reading whose agreeing row is that year's is the figure's own, so that row supports it."""
    if decision.reason is not Reason.STALE or decision.verdict is Verdict.supported or len(decision.lead) < 2 \
            or not ctx.sentence_text:
        return decision
    year_row, year_before_row = decision.lead[0], decision.lead[1]
    if granularity(year_row.period) != YEAR or granularity(year_before_row.period) != YEAR \
            or year_before_row.period.start.year != year_row.period.start.year - 1:
        return decision
    # the sentence dates itself by that one year: a year carried from elsewhere may be a span's first ('from 0.69 t
    # in 1991 to 1.9 t in 2022' before '… from 0.13 to 0.58 t'), whose 'from' figure is that year's own
    if {m.group() for m in _YEAR.finditer(ctx.sentence_text)} != {str(year_row.period.start.year)}:
        return decision
    opening, closing = _pair_words()
    if opening.search(ctx.sentence_text[:ctx.claim_offset]) is None \
            or closing.match(ctx.sentence_text[ctx.claim_end:]) is None:
        return decision
    return supported_by_earlier_row(decision, year_before_row)


def supported_by_earlier_row(decision: Decision, row: Observation) -> Decision:
    """A STALE reading turned to support by ``row``, the older year's that the text gives the figure: the
    stale and review flags dropped, as the figure is no later year's gone out of date."""
    flags = [f for f in decision.flags if f not in (Flag.stale, Flag.needs_review)]
    return Decision(Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE, flags=flags, lead=[row], ranked=decision.ranked)


def _same_figure(stated: Claim, claim: Claim) -> bool:
    """The same number in the same unit, as written to its last digit ('inflation jumped to 5.2 %' restates
    'prices rose 5.2 %': a headline words a rate as a level or a change alike)."""
    return stated.unit == claim.unit \
        and math.isclose(stated.value, claim.value, rel_tol=1e-9, abs_tol=1e-12)
