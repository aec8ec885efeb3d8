"""A forecast whose text names no year ('Kazakhstan's GDP per head will surpass $14,770', 'the central
bank expects inflation of 3.6 %') speaks of a period not over when it was written, not of the last
complete year the checker would take for a figure with no year. The row of that year is neither the
forecast's outcome nor a test of it:

- in a dated draft whose data reaches past the draft's date, the outcome is there for a person to
  compare (``needs_review``);
- in a dated draft whose data ends before the draft's date, nothing can judge it: ``unsupported``,
  naming the forecast words and the last period the data has (the forecast's period is certain to
  be later);
- in an undated draft the period is unknown (the writing could be any time): ``needs_review``.

A forecast for a year the text names is ``projection.projected``'s; one for a year the data does not
reach stays unsupported, its explanation saying it is a forecast.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Verdict
from ..decision import Decision, Reason
from ..observations import names_no_period
from .projection import future_verb_opening, projection_words_for
from ..wording import word_opening

# The rest of an aside a figure stands in, up to its closing comma or bracket: 'at $14,770,'
_ASIDE_END = re.compile(r"[^,;:.()\d]{0,24}[,)]\s*")
_ASIDE_START = re.compile(r"[,(][^,;:.()\d]*$")
_JUDGED = (Verdict.supported, Verdict.contradicted)
_NO_ROW_FOR_THE_YEAR = (Reason.NEAREST_OTHER_PERIOD, Reason.NO_FIGURE)


def forecast_period(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A figure the text calls a forecast, judged against a row of a period over before its writing,
    or unsupported for a named year the data does not reach: see the module's note."""
    if not decision.lead or not ctx.sentence_text:
        return decision
    named = not names_no_period(claim, ctx)
    if named and decision.verdict is Verdict.unsupported and decision.reason in _NO_ROW_FOR_THE_YEAR:
        words = _forecast_words(ctx, tol)
        return decision if words is None else _beyond(decision, words)
    if named or decision.verdict not in _JUDGED:
        return decision
    lead = decision.lead[0]
    if ctx.dated and lead.period.end >= ctx.as_of:
        return decision  # a row of a period not over at the draft's date: projection.projected's
    words = _forecast_words(ctx, tol)
    if words is None:
        return decision
    if ctx.dated and _last_day(decision) < ctx.as_of:
        return _beyond(decision, words)
    return decision.for_review(Reason.FORECAST_PERIOD, projection=words)


def _forecast_words(ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The forecast wording that reaches the figure: before it in its clause, closing it (', the IMF
    projects'), or right after an aside the figure stands in ('GDP per head, at $14,770, will surpass')."""
    words = projection_words_for(ctx.sentence_text, ctx.claim_offset, ctx.claim_end, tol)
    if words is not None:
        return words
    opening = ctx.sentence_text[max(0, ctx.claim_offset - 16):ctx.claim_offset]
    aside = _ASIDE_END.match(ctx.sentence_text, ctx.claim_end)
    if aside is None or not _ASIDE_START.search(opening):
        return None
    # the words right after the aside, the sentence's words found once for all its figures
    return word_opening(ctx.sentence_text, tol.projection_words, aside.end()) \
        or future_verb_opening(ctx.sentence_text, aside.end(), tol)


def _last_day(decision: Decision) -> dt.date:
    """The end of the latest period among the rows of the lead's series that fit the claim's wording."""
    lead = decision.lead[0]
    resource = lead.candidate.resource
    codes = np.unique(resource.period_codes[lead.candidate.positions])
    ends = [int(resource.period_end[c]) for c in codes if c >= 0 and resource.period_valid[c]]
    return dt.date.fromordinal(max(ends)) if ends else lead.period.end


def _beyond(decision: Decision, words: str) -> Decision:
    return decision.judged(Verdict.unsupported, Reason.FORECAST_PERIOD, lead=decision.lead[:1], projection=words)
