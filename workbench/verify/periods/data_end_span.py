"""'Over the past ten years, Kenya's carbon dioxide emissions have increased from 7.82 million tonnes to 16.15
million tonnes', in a draft with no date: the span the phrase counts back ends at the text's present, which
nothing gives. The data's last year stands for it, as it does for a figure of no year (``undated.
wrong_in_every_recent_year``: the data's end standing for the page's date): the 'to' figure is the last row's,
the 'from' figure the level the span starts from, that many years before it (a change over ten years runs from
the row before them, as era.py counts 'the past decade').

Which span the writer meant stays unknown: a figure that some year of the ten up to its row fits (the span
ending in any of the data's ten latest years) may be of it, so it goes to a person; one that none fits is wrong
whichever span is meant (contradicted). Read only where the rows end before the span counted from the day of the
check would: a span the data reaches is judged as counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ...config import Tolerances
from ...matching import Candidate, ClaimContext
from ...models import Claim, Kind, Verdict
from ...periods import MULTI_YEAR, granularity, try_parse_period
from ..decision import Decision, Reason
from ..observations import signed_value
from ..tolerance import SUPPORTS, band_for
from .era import relative_span
from .span_ends import span_end_side


_YEAR_DAYS = 364  # a row whose inclusive end lies this many days or more after its start covers a whole year


@dataclass(frozen=True)
class DataEndSpan:
    """A span counted back from an undated text's present, read as ending at the data's last year."""

    phrase: str  # 'the past ten years'
    last: int  # the data's last year, standing for the text's present
    years: int  # how many years the phrase counts back


def data_end_span_claim(claim: Claim, judged: Claim, candidates: list[Candidate],
                        ctx: ClaimContext) -> tuple[Claim, DataEndSpan | None]:
    """``judged`` (a level or count at one end of a move over ``claim``'s span, read for the span's first or last
    year) read for that end of the same span ending at the best candidate's last year, in a draft with no date
    whose text writes neither end of the span; with the span so read. Unchanged, with None, otherwise."""
    span = try_parse_period(claim.period) if claim.period else None
    if ctx.dated or ctx.year_from_text or span is None or granularity(span) != MULTI_YEAR or not candidates \
            or judged.kind not in (Kind.level, Kind.count) or judged.period == claim.period or not ctx.sentence_text:
        return judged, None
    relative = relative_span(claim.sentence)
    if relative is None or relative[1] != span.end.year - span.start.year + 1 \
            or str(span.start.year) in claim.sentence or str(span.end.year) in claim.sentence:
        return judged, None
    side = span_end_side(ctx)
    last = _last_year(candidates[0])
    if side is None or last is None or last >= span.end.year:
        return judged, None
    year = last if side == "to" else last - relative[1]
    return judged.model_copy(update={"period": str(year)}), DataEndSpan(relative[0], last, relative[1])


def _last_year(candidate: Candidate) -> int | None:
    """The year the candidate's rows (its place's) end in; None when it has none."""
    res, positions = candidate.resource, candidate.positions
    if not len(positions):
        return None
    return dt.date.fromordinal(int(res.period_end[res.period_codes[positions]].max())).year


def data_end_span_review(decision: Decision, judged: Claim, span: DataEndSpan | None, tol: Tolerances) -> Decision:
    """A figure read by ``data_end_span_claim``: contradicted when no year of the ten up to its row comes within
    its tolerance (wrong whichever span the writer meant), else for a person — also when its own row agrees, since
    that row's year is a guess. Other verdicts (no row, another measure) are left as decided."""
    if span is None or not decision.lead or decision.verdict not in (Verdict.contradicted, Verdict.supported):
        return decision
    lead = decision.lead[0]
    year = lead.period.start.year
    first = year - tol.stale_window_years + 1
    if decision.verdict is Verdict.contradicted and decision.reason is Reason.CONTRADICTED \
            and not _fits_a_year(judged, lead.candidate, first, year, tol):
        return decision.judged(Verdict.contradicted, Reason.SPAN_AT_DATA_END, counted_span=(span, first, year))
    return decision.for_review(Reason.SPAN_AT_DATA_END, counted_span=(span, first, year))


def _fits_a_year(claim: Claim, candidate: Candidate, first: int, last: int, tol: Tolerances) -> bool:
    """Whether a yearly row of ``candidate`` from ``first`` to ``last`` comes within the claim's tolerance."""
    res, positions = candidate.resource, candidate.positions
    codes = res.period_codes[positions]
    starts = res.period_start[codes]
    ends = res.period_end[codes]
    # a year's row spans 365 or 366 days (inclusive ends): a month's or a quarter's is no year the span may end in
    within = (starts >= dt.date(first, 1, 1).toordinal()) & (ends <= dt.date(last, 12, 31).toordinal()) \
        & (ends - starts >= _YEAR_DAYS) & res.period_valid[codes]
    if not within.any():
        return False
    observed = res.values[positions[within]] * candidate.factor
    band = band_for(signed_value(claim), claim, tol, high_value=claim.value_high)
    return bool(np.any(band.judge(observed) == SUPPORTS))
