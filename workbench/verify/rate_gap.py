"""A year's rate that the series' annual average misses by more than a revision or a rounding does.

Inflation and unemployment are published each month as 12-month rates and once a year as an
average. A newsroom's 'inflation was 5.3 % in 2022' is as often the December-on-December rate as the
average, and the two differ by tenths of the rate — while another agency's or an older vintage's
average of the same year misses the row by a few percent of it. So when the text does not call the
figure an average (``annual_average_words``) and the annual row misses it by more than
``rate_basis_gap`` of the row, the row is no firm ground for 'contradicted': a person decides which
rate the text gives. A near miss stays contradicted: that is the disagreement a linter must flag; so
does a figure ``rate_basis_ratio`` times the row or more, which no basis explains.
"""

from __future__ import annotations

import dataclasses
import functools

from ..config import Tolerances
from ..models import Claim, Verdict
from ..numbers import data_json
from .basis import annual_rate
from .decision import Decision, Reason
from .observations import Observation, names_any, row_places, signed_value
from .wording import holds_any


def unsaid_rate_basis(decision: Decision, claim: Claim, tol: Tolerances) -> Decision:
    """A plain contradiction of a rate by a monthly-published series' annual row, by a gap wider than
    ``rate_basis_gap``, of a figure its sentence does not call an average → needs_review."""
    if decision.verdict is not Verdict.contradicted or decision.reason is not Reason.CONTRADICTED \
            or not decision.lead or claim.unit != "%" or not tol.rate_basis_gap:
        return decision
    lead = decision.lead[0]
    gap = 0.0 if _december_year_rate_place(lead) and names_any(lead.candidate.resource, tol.price_measure_words) \
        else tol.rate_basis_gap  # December on December is how those places state prices, not unemployment
    if not annual_rate(lead, tol) or holds_any(claim.sentence, tol.annual_average_words) \
            or abs(lead.deviation) <= gap or not _same_order(signed_value(claim), lead.observed, tol):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.RATE_BASIS,
                               flags=decision.review_flags)


def _december_year_rate_place(lead: Observation) -> bool:
    """The row is of a country whose year's inflation is announced December on December (places.json
    ``december_year_rate_places``, by ISO code): a near miss there is as likely that rate as another vintage."""
    return any(key in _december_places() for key in row_places(lead))


@functools.lru_cache(maxsize=1)
def _december_places() -> frozenset[str]:
    return frozenset(data_json("places.json").get("december_year_rate_places", []))


def _same_order(claimed: float, observed: float, tol: Tolerances) -> bool:
    """Within ``rate_basis_ratio`` of each other, sizes compared: the spread between a year's average
    and its December rate; a figure several times the average is wrong on any basis."""
    a, b = abs(claimed), abs(observed)
    return bool(a and b) and max(a / b, b / a) < tol.rate_basis_ratio
