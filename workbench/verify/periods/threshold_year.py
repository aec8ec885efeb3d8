"""'The 400 ppm mark was broken in 2015': a figure its sentence names as a threshold (lexicon ``threshold_marks``)
and says was passed (periods.json ``threshold_passed_words``) in a year speaks of the year a record first went past
it. A year's mean that passes the figure agrees with that only for the yearly record: a station's monthly means
pass a rising mark months or a year before its yearly mean does. When a monthly series among the claim's
candidates passed the figure in an earlier year, which record the writer read is for a person, not support."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import numpy as np

from ...config import Tolerances
from ...matching import Candidate, ClaimContext
from ...models import Claim, Kind, Verdict
from ...numbers import data_json, lexicon
from ...periods import MONTH, YEAR, granularity, try_parse_period
from ...text import token_set
from ..decision import Decision, Reason
from ..observations import published_by, signed_value


@lru_cache(maxsize=1)
def _threshold_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the threshold nouns, the words saying one was passed), as the sentence's word set spells them."""
    marks = token_set(" ".join(lexicon().get("threshold_marks", [])))
    passed = token_set(" ".join(data_json("periods.json").get("threshold_passed_words", [])))
    return marks, passed


def threshold_year(decision: Decision, claim: Claim, candidates: list[Candidate], ctx: ClaimContext,
                   tol: Tolerances) -> Decision:
    """A threshold passed in a year, supported by that year's yearly row, that a monthly series among the
    candidates passed in an earlier year → needs_review (``threshold_passed_earlier``), naming that month."""
    if decision.verdict is not Verdict.supported or not decision.lead or claim.kind is Kind.change \
            or not claim.period:
        return decision
    year = try_parse_period(claim.period)
    lead = decision.lead[0]
    if year is None or granularity(year) != YEAR or granularity(lead.period) != YEAR:
        return decision
    marks, passed = _threshold_words()
    if not (marks & ctx.sentence and passed & ctx.sentence):
        return decision
    threshold = signed_value(claim)
    for candidate in candidates:
        month = _first_month_past(candidate, threshold, year.start.year, ctx, tol)
        if month is not None:
            return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.THRESHOLD_PASSED_EARLIER,
                                       flags=decision.review_flags, lead=decision.lead[:1], series=month)
    return decision


def _first_month_past(candidate: Candidate, threshold: float, year: int, ctx: ClaimContext,
                      tol: Tolerances) -> str | None:
    """The first month ('2014-04') before ``year`` whose row of ``candidate``'s monthly series reaches
    ``threshold``; None when there is none, or the months are of several places or series (no one record)."""
    res = candidate.resource
    here: int | None = None
    found: str | None = None
    for pos in candidate.positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is None or granularity(period) != MONTH or period.start.year >= year:
            continue
        if here is None:
            here = pos
        if any(res.dim_codes[d][pos] != res.dim_codes[d][here] for d in res.dims):
            return None
        if ctx.dated and not published_by(period, ctx.as_of, tol):
            continue
        value = float(res.values[pos])
        month = f"{period.start.year:04d}-{period.start.month:02d}"
        if not np.isnan(value) and value >= threshold and (found is None or month < found):
            found = month
    return found
