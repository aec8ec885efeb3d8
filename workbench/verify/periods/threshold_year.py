"""'The 400 ppm mark was broken in 2015': a figure its sentence names as a threshold (lexicon ``threshold_marks``),
or whose own clause says it was passed ('crossed 400 ppm in 2013'), and says was passed (periods.json
``threshold_passed_words``) in a year speaks of the year a record first went past
it. A year's mean that passes the figure agrees with that only for the yearly record: a station's monthly means
pass a rising mark months or a year before its yearly mean does. When a monthly series among the claim's
candidates passed the figure in an earlier year, which record the writer read is for a person, not support.
The other way round, a year's mean still below the mark refutes nothing when a monthly series first passed it
within that year ('in 2013 Mauna Loa recorded CO2 above the 400 ppm mark for the first time': May 2013): the
crossing is that month's, and the claim is judged again as that month's figure."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import numpy as np

from ...config import Tolerances
from ...matching import Candidate, ClaimContext, ReferenceIndex
from ...models import Claim, Kind, Verdict
from ...numbers import data_json, lexicon
from ...periods import MONTH, YEAR, granularity, try_parse_period
from ...text import token_set
from ..decision import Decision, Reason
from ..measures.open_substance import Decide
from ..observations import published_by, signed_value


@lru_cache(maxsize=1)
def _threshold_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the threshold nouns, the words saying one was passed), as the sentence's word set spells them."""
    marks = token_set(" ".join(lexicon().get("threshold_marks", [])))
    passed = token_set(" ".join(data_json("periods.json").get("threshold_passed_words", [])))
    return marks, passed


def threshold_year(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                   ctx: ClaimContext, tol: Tolerances, decide: Decide) -> Decision:
    """A threshold passed in a year, supported by that year's yearly row, that a monthly series among the
    candidates passed in an earlier year → needs_review (``threshold_passed_earlier``), naming that month;
    contradicted by that yearly row still below the mark, that a monthly series first passed within the year →
    judged again as that first month's figure (see the module's note)."""
    if decision.verdict not in (Verdict.supported, Verdict.contradicted) or not decision.lead \
            or claim.kind is Kind.change or not claim.period:
        return decision
    year = try_parse_period(claim.period)
    lead = decision.lead[0]
    if year is None or granularity(year) != YEAR or granularity(lead.period) != YEAR:
        return decision
    marks, passed = _threshold_words()
    # the mark named as one ('the 400 ppm mark was broken'), or the figure itself passed in its own clause
    # ('CO2 first crossed 400 ppm in 2013', Korean '400ppm을 넘긴', glossed 'passed')
    if not (passed & ctx.sentence and (marks & ctx.sentence or passed & ctx.clause)):
        return decision
    threshold = signed_value(claim)
    if decision.verdict is Verdict.contradicted:
        return _first_passed_within(decision, claim, candidates, index, ctx, tol, decide, year.start.year)
    for candidate in _records_meant(candidates):
        month = _first_month_past(candidate, threshold, year.start.year, ctx, tol)
        if month is not None:
            return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.THRESHOLD_PASSED_EARLIER,
                                       flags=decision.review_flags, lead=decision.lead[:1], series=month)
    return decision


def _first_passed_within(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                         ctx: ClaimContext, tol: Tolerances, decide: Decide, year: int) -> Decision:
    """The year's mean below the mark, and a monthly series whose first month at or past it falls in that
    year: that month's figure decides, when it supports the claim; else the decision stands. A mean already
    past the mark is no crossing the months could date."""
    threshold = signed_value(claim)
    if mean_past_the_mark(decision, claim):
        return decision
    for candidate in _records_meant(candidates):
        if _first_month_past(candidate, threshold, year, ctx, tol) is not None:
            continue  # passed in an earlier year: no crossing of this one
        month = _first_month_past(candidate, threshold, year + 1, ctx, tol)
        if month is None or not month.startswith(f"{year:04d}-"):
            continue
        again = decide(claim.model_copy(update={"period": month}), [candidate], index, ctx, tol)
        if again.verdict is Verdict.supported:
            return again
    return decision


def mean_past_the_mark(decision: Decision, claim: Claim) -> bool:
    """Whether the lead's yearly mean reaches the mark the claim names (at or past it), not only comes within the
    tolerance of it from below: the one test of a mean 'past the mark', read by the decision and its explanation."""
    return decision.lead[0].observed >= signed_value(claim)


def _records_meant(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose record the text may mean: not a station's when the text names the whole, nor the
    whole's when it names a station (``codes_unnamed``, matching/variants.py): 'global CO2 broke through 410 ppm
    in 2019' is the world's crossing, however early a station's months passed the mark."""
    return [c for c in candidates if not c.codes_unnamed]


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
