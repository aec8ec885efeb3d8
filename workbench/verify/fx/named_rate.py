"""Exchange rates written with nothing but the currency: 'The monthly average rate surged to 1,436.8
won in December', after 'The exchange rate trended higher'.

Such a sentence names neither the base currency nor, always, an exchange rate; the words around it
do (``rate_context_words``, in its sentence, or in the sentences before it in its paragraph
when the sentence carries their subject: 'It came in at 1,455.5 won', ``rate_subject_words``). The
currency then names the place: its rows are those of the rate series about the countries that use
it today (CLDR through babel, as ``rates`` reads them), read only when they are about one place in
the data — a currency several places in the data use leaves the place to a person. A sum of money
('a fare of 15,000 won') beside such words is no rate: the amount is read as one only when it lies
within ``named_rate_range`` of what the series has shown.

Read from the words around it, the amount is a rate on a guess: agreeing, the rows confirm the
guess; disagreeing, the figure may be a sum the words happen to stand beside, so a person decides
(``rate_unsaid``) rather than the checker crying wolf.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ...config import Tolerances
from ...matching import Candidate, ReferenceIndex
from ...models import Claim, Kind, Verdict
from ...text import surface_at
from .rates import (
    is_rate_claim,
    rate_candidates,
    rate_rows,
    within_named_range,
    written_in_full,
)
from ..wording import holds_any

if TYPE_CHECKING:
    from ...matching import ClaimContext
    from ..decision import Decision


def rate_by_name(claim: Claim, tol: Tolerances, near: tuple[str, ...]) -> bool:
    """An amount written in full in a currency other than the base one, whose sentence speaks of
    exchange rates (``rate_context_words``), or carries the subject (``rate_subject_words``: 'it') of
    the sentences before it in its paragraph that do; and that the other rules do not already read
    as a rate."""
    if claim.kind is Kind.change or not claim.unit or len(claim.unit) != 3 or not claim.unit.isupper() \
            or claim.unit == tol.exchange_rate_base or not written_in_full(claim):
        return False
    at = max(surface_at(claim.sentence, claim.text), 0)
    worded = holds_any(claim.sentence, tol.rate_context_words) \
        or (holds_any(claim.sentence[:at], tol.rate_subject_words)
            and any(holds_any(text, tol.rate_context_words) for text in near))
    return worded and not is_rate_claim(claim, tol, near)


def named_rate_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances, near: tuple[str, ...]) -> list[Candidate]:
    """The rate rows of the claim's currency, when ``rate_by_name`` reads it as a rate, the rows are
    about one place, and the amount lies within the range they have shown; else none."""
    if not rate_by_name(claim, tol, near):
        return []
    places: set[str] = set()
    low, high = np.inf, -np.inf
    for res, positions in rate_rows(index, tol, claim.unit):
        for d in res.place_dims:
            places |= {res.place_values.get(res.dim_values[d][c]) or res.dim_values[d][c]
                       for c in np.unique(res.dim_codes[d][positions])}
        values = res.values[positions]
        values = values[np.isfinite(values) & (values > 0)]
        if len(values):
            low, high = min(low, float(values.min())), max(high, float(values.max()))
    if len(places) != 1 or not within_named_range(claim.value, low, high, tol):
        return []
    return rate_candidates(claim, index, tol)


def named_rate_review(decision: Decision, judged: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A rate read only from the words around it that the rows contradict: the figure may be a sum
    of money, not a rate — for a person (``rate_unsaid``)."""
    from ..decision import Reason
    from .rate_clues import rate_near

    if decision.verdict is not Verdict.contradicted or not decision.lead \
            or not rate_by_name(judged, tol, rate_near(ctx)):
        return decision
    return decision.for_review(Reason.RATE_UNSAID, series=judged.unit)


def explain_rate_unsaid(agreement: str, says: str, claimed: str) -> str:
    """The sentence ``explain`` gives a ``rate_unsaid`` review."""
    return (f"{says}, which {agreement} with {claimed!r} read as an exchange rate: the figure is an amount of "
            f"the currency beside words about exchange rates, and the text does not say it is the currency's rate "
            f"— it may be a sum of money. A person should decide.")
