"""'Full year inflation averaged 6 percent' in a story about December 2023's rate: the full year is
the calendar year of the month, quarter or year-to-date the nearest earlier text names (its
paragraph, the heading, an earlier paragraph, the title), for a figure naming no period of its own. A
bare month of a draft with no date has no year of the text's: it gives none."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...matching.carried import one_period, year_of_parts
from ...models import Claim
from ...periods import MONTH, QUARTER, YEAR, YEAR_TO_DATE, granularity, try_parse_period
from ..wording import holds_any

_PART_OF_A_YEAR = (MONTH, QUARTER, YEAR_TO_DATE, YEAR)


def full_year_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim dated to the year of the part of a year named before it, when it says 'full year'."""
    if claim.period:
        return _own_clause_full_year(claim, ctx, tol)
    if not holds_any(claim.sentence, tol.full_year_words):
        return claim
    for _layer, text in ctx.basis_texts:
        found = one_period(text, ctx.as_of) if text.strip() else None
        if found is None:
            continue
        if found is False:  # several periods: the parts of a year among them still name the full year's
            year = year_of_parts(text, ctx.as_of)
            if year is None or (not ctx.dated and f"{year:04d}" not in text):
                return claim  # 'in November' of an undated draft is dated from the run: no year of the text's
            return claim.model_copy(update={"period": f"{year:04d}"})
        parsed = try_parse_period(found) if isinstance(found, str) else None
        if parsed is None or granularity(parsed) not in _PART_OF_A_YEAR or parsed.start.year != parsed.end.year:
            return claim
        if not ctx.dated and f"{parsed.start.year:04d}" not in text:
            return claim  # 'in November' of an undated draft is dated from the run: no year of the text's
        return claim.model_copy(update={"period": f"{parsed.start.year:04d}"})
    return claim


def _own_clause_full_year(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """'… slowing to 3.9 % in December, bringing the full-year average to 6 %': a figure whose own clause
    says 'full year' and names no period of its own is the year's, though an earlier clause of its
    sentence named a month (or quarter, or year-to-date) of that year and the figure took it."""
    lo, hi = ctx.clause_span
    clause = ctx.sentence_text[lo:hi]
    if not clause or not holds_any(clause, tol.full_year_words) or one_period(clause, ctx.as_of) is not None:
        return claim
    parsed = try_parse_period(claim.period) if claim.period else None
    if parsed is None or granularity(parsed) not in (MONTH, QUARTER, YEAR_TO_DATE) or parsed.start.year != parsed.end.year:
        return claim
    return claim.model_copy(update={"period": f"{parsed.start.year:04d}"})
