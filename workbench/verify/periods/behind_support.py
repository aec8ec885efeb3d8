"""'Ulytau is the least populated region with 221,290 residents', in a story of April 2025: a level
with no year of its own nor carried, in a dated draft, speaks of the present. When the only row that
fits is a snapshot or a year the data's own rhythm would have replaced ``undated_gap_years`` or more
before the draft's date (a 1 January count of 2023 when 1 January 2025's was due; a year's row two
years behind the last year published), the figure is of a period the data does not reach: unsupported,
saying which period the data has — not a silent pass on the old row. A row older than the stale
window is flagged stale on its support, which already says so."""

from __future__ import annotations

from itertools import pairwise

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Flag, Verdict
from ...periods import DAY, granularity
from .basis import BEHIND, MonthlyBasis
from ..decision import Decision, Reason
from ..observations import Observation, due_year_behind, names_no_period


def undated_support_behind(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """unsupported (the data's period named) for a supported figure naming no period in a dated draft
    whose row is ``undated_gap_years`` or more behind the latest one of its rhythm due by the draft's date."""
    if decision.verdict is not Verdict.supported or not decision.lead or not ctx.dated \
            or not names_no_period(claim, ctx) or Flag.stale in decision.flags:
        return decision  # a row flagged stale already tells the reviewer how old it is
    row = decision.lead[0].period
    if granularity(row) == DAY and not _yearly_or_closer(decision.lead[0], decision.ranked):
        return decision  # a census every ten years owes no count a year after its last one
    due = due_year_behind(row, ctx.as_of, tol)
    if due is None:
        return decision
    return decision.judged(Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD,
                           basis=MonthlyBasis(str(due), "sentence", False, BEHIND))


def _yearly_or_closer(lead: Observation, ranked: list[Observation]) -> bool:
    """Whether the lead's own series (the same place) steps a year or less between its day-dated rows (or has one)."""
    days = sorted({o.period.start for o in ranked if o.series == lead.series and granularity(o.period) == DAY})
    steps = [(b - a).days for a, b in pairwise(days)]
    return not steps or min(steps) <= 366  # one row: its rhythm unknown, taken as yearly

