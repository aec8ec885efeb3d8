"""An average over a span of years named before its sentence: 'For that indicator we provide data
from 1960 to 2022. The average value during that period was 4.4 %', or a page titled '… 1995 - 2022'
whose sentence calls its figure the 'average of years with recorded data'. The span the nearest
earlier text names (its paragraph, the heading, earlier paragraphs, the title) is the figure's period;
the yearly rows of that span are averaged. So too a list's line ('Armenia – 4.2%') under a heading or
lead that calls its items averages over a span ('Average inflation rates for 2006-2017:')."""

from __future__ import annotations

import re

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...matching.carried import only_span, sentences
from ...models import Claim, Kind
from ...periods import MULTI_YEAR, granularity, try_parse_period
from ..bounds import dated_right_after
from .span_ends import span_end_side
from ..wording import holds_any


def carried_span_average(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim over the span named before its sentence, when the sentence calls it an average and
    either names no period for it or points back to a period ('during that period'); or when it is a
    change naming no period."""
    if claim.value_high is not None:
        return claim
    # 'Malaysia ranked second with a 224 percent increase' after '… increased 376 percent between 1990
    # and 2005': a change with no period of its own is over the span the text before it compares
    average = holds_any(claim.sentence, tol.annual_average_words)
    # a change of an amount ('reduced its emissions by 758 million tons') carries the span only when its
    # sentence points back to it ('in that time frame'): 'fell by 5 million' alone is a year's change
    change = claim.kind is Kind.change and not claim.period and not average \
        and (claim.unit in ("%", "x") or holds_any(claim.sentence, tol.span_referring_words))
    if not change and not average:
        span = averaged_list_span(claim, ctx, tol)
        return claim.model_copy(update={"period": span}) if span else claim
    if claim.period and (dated_right_after(ctx) or not holds_any(claim.sentence, tol.span_referring_words)):
        return claim  # 'with a minimum of 0.3 % in 2016': that figure is 2016's, not the span's
    if claim.period and (parsed := try_parse_period(claim.period)) is not None and granularity(parsed) == MULTI_YEAR:
        return claim  # its sentence named the span already
    texts = ctx.basis_texts
    if change:
        # not a sentence of the present ('prices are up 2 % now'); only the sentence right before, unless
        # the sentence points back ('over the two-year period'): then the nearest earlier one of its
        # paragraph naming a period, past sentences that name none ('German emissions dropped by 8 %')
        if holds_any(claim.sentence, tol.present_words):
            return claim
        before = [sentence for layer, text in texts[:1] if layer == "paragraph" for sentence in reversed(sentences(text))]
        texts = tuple(("paragraph", sentence) for sentence in
                      (before if holds_any(claim.sentence, tol.span_referring_words) else before[:1]))
    for _layer, text in texts:
        found = only_span(text, ctx.as_of)
        if found is False:
            return claim
        if found:
            return claim.model_copy(update={"period": found})
    return claim


def _sentence_right_before(ctx: ClaimContext) -> str:
    """The sentence a reader meets right before the claim's: the one before it in its paragraph, or, when the
    claim's sentence opens its paragraph with no heading between, the previous paragraph's last ('Between 1991
    and 2023, A's GDP rose from … to ….' then a paragraph 'B: from $24.9 billion to $262.6 billion.')."""
    first = ctx.basis_texts[:1]
    return next((_last_sentence(text) for layer, text in first if layer in ("paragraph", "previous paragraph")), "")


def _last_sentence(text: str) -> str:
    return next(reversed(sentences(text)), "")


def sentence_before(ctx: ClaimContext) -> str:
    """The sentence right before the claim's in its paragraph; '' when the claim's opens it."""
    return _last_sentence(ctx.paragraph)


_YEAR = re.compile(rf"(?<![\d.,])({YEAR_DIGITS})(?![\d.,]\d)")
# 'from 0.69 … in 1991 to 1.9 … in 2022', 'between 1991 and 2022', 'over 1991-2022'
_TWO_ENDS = re.compile(r"\bfrom\b.*\bto\b|\bbetween\b.*\band\b|\d\s*[-–]\s*\d", re.IGNORECASE | re.DOTALL)


def _two_years(text: str) -> tuple[int, int] | None:
    """The first and last year of the one change from one year to another a sentence states."""
    years = sorted({int(y) for y in _YEAR.findall(text)})
    return (years[0], years[1]) if len(years) == 2 and _TWO_ENDS.search(text) else None


def carried_span_end(claim: Claim, ctx: ClaimContext) -> Claim:
    """'India's emissions rose from 0.69 t in 1991 to 1.9 t in 2022. Pakistan's grew from 0.57 to 0.97 t':
    a level standing as the 'from' or the 'to' of a change whose sentence names no year is the first or
    the last year of the change the sentence before it states."""
    if claim.kind not in (Kind.level, Kind.count) or claim.period or not ctx.sentence_text:
        return claim
    end = span_end_side(ctx)
    if end is None or _YEAR.search(ctx.sentence_text):
        return claim
    last = _sentence_right_before(ctx)
    ends = _two_years(last) if last else None
    if ends is not None:
        return claim.model_copy(update={"period": str(ends[0] if end == "from" else ends[1])})
    return claim


# a list's line: an item's name of a few words (a marker or a rank before it at most), a dash or a colon, and
# its figure, nothing after it but a closing mark ('Armenia – 4.2%', '- Georgia: 5 %', '3. Kazakhstan — 8.8%')
_ITEM_LINE = re.compile(r"\s*(?:[-–—•*·]\s*|\d{1,3}[.)]\s*)?[^\W\d_][^\W\d]*(?:[ \t'’.-]+[^\W\d]+){0,5}"
                        r"[ \t]*(?:[:–—]|\s-)[ \t]*(?P<figure>[^\n]*?)[ \t]*[.;,]?\s*\Z")


def averaged_list_span(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The span of years a list's line takes from its heading or lead when that calls the items averages over
    it ('Average inflation rates for 2006-2017 are following:' over 'Armenia – 4.2%'): as a list's line takes its
    heading's unit or place. None for any other figure, or when the nearest earlier text naming a period names
    another one too or calls nothing an average."""
    return None if claim.period else _list_span(claim, ctx, tol)


def list_average(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> bool:
    """The claim is a list's line whose span its heading or lead names as one of averages (``averaged_list_span``):
    the mean of that span's yearly rows reads it, though its own line says no 'average'."""
    return claim.period is not None and _list_span(claim, ctx, tol) == claim.period


def _list_span(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    if claim.kind is Kind.change or claim.value_high is not None:
        return None
    line = _ITEM_LINE.fullmatch(claim.sentence)
    if line is None or line.group("figure") != claim.text.strip():
        return None
    for _layer, text in ctx.basis_texts:
        found = only_span(text, ctx.as_of)
        if found is None:
            continue  # the list's earlier lines name no period
        return found if found and holds_any(text, tol.average_words) else None
    return None
