"""An average over a span of years named before its sentence: 'For that indicator we provide data
from 1960 to 2022. The average value during that period was 4.4 %', or a page titled '… 1995 - 2022'
whose sentence calls its figure the 'average of years with recorded data'. The span the nearest
earlier text names (its paragraph, the heading, earlier paragraphs, the title) is the figure's period;
the yearly rows of that span are averaged."""

from __future__ import annotations

from ..config import Tolerances
from ..extraction.periods import PeriodReader
from ..matching import ClaimContext
from ..models import Claim, Kind
from ..periods import MULTI_YEAR, granularity, try_parse_period
from .wording import holds_any


def _only_span(text: str, ctx: ClaimContext) -> str | None | bool:
    """The one span of whole years a text names; None when it names no period; False when it names
    other periods too (a reader cannot tell which one an average is over)."""
    named = {p for _, _, p in PeriodReader(text, text[::-1], ctx.as_of).periods_in(0, len(text)) if p}
    if not named:
        return None
    spans = {p for p in named if (parsed := try_parse_period(p)) is not None and granularity(parsed) == MULTI_YEAR}
    return spans.pop() if len(spans) == 1 and spans == named else False


def carried_span_average(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim over the span named before its sentence, when the sentence calls it an average and
    either names no period for it or points back to a period ('during that period'); or when it is a
    change naming no period."""
    if claim.value_high is not None:
        return claim
    # 'Malaysia ranked second with a 224 percent increase' after '… increased 376 percent between 1990
    # and 2005': a change with no period of its own is over the span the text before it compares
    change = claim.kind is Kind.change and claim.unit in ("%", "x") and not claim.period
    if not change and not holds_any(claim.sentence, tol.annual_average_words):
        return claim
    if claim.period and not holds_any(claim.sentence, tol.span_referring_words):
        return claim
    if claim.period and (parsed := try_parse_period(claim.period)) is not None and granularity(parsed) == MULTI_YEAR:
        return claim  # its sentence named the span already
    for _layer, text in ctx.basis_texts:
        found = _only_span(text, ctx)
        if found is False:
            return claim
        if found:
            return claim.model_copy(update={"period": found})
    return claim
