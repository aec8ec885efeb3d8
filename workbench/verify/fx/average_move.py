"""A currency's move between two annual averages its sentence names as averages ('the average exchange
rate … in 2023 is 7.0467, compared with 6.7261 in the previous year, depreciating by 4.55 %'), or whose two ends
it gives dated by their years ('from US$0.754 in 2019 to US$0.746 in 2020'): the
rows are annual averages too, so the move is judged, not sent to a person as a close-to-close move
(``rate_move``). Which way it is signed depends on which currency is the subject and how the pair is
quoted, so both readings count: the change of the rows (units per dollar) and of their inverse (the
currency's dollar value). Either agreeing supports it; neither agreeing contradicts it."""

from __future__ import annotations

import numpy as np

from ...config import Tolerances
from ...extraction.periods import change_end_years
from ...matching import Candidate
from ...models import Claim, Verdict
from ...periods import YEAR, granularity
from ...text import surface_at
from ..decision import Decision, Reason
from ..observations import signed_value
from ..tolerance import SUPPORTS, band_for
from ..wording import holds_any


def _inverse(change: float) -> float:
    """The change of 1/x when x changed by ``change`` %."""
    return (100.0 / (100.0 + change) - 1.0) * 100.0


def _ends_dated_by_years(claim: Claim) -> bool:
    """'depreciated 1.00 per cent …, from US$0.754 in 2019 to US$0.746 in 2020': the move's two ends, each a
    year's rate, stand right after it — a change between two years' figures, as the rows are."""
    at = surface_at(claim.sentence, claim.text)
    return at >= 0 and change_end_years(claim.sentence[at + len(claim.text):]) is not None


def move_between_averages(decision: Decision, claim: Claim, moved: list[Candidate], tol: Tolerances
                          ) -> Decision | None:
    """The move judged both ways round from annual-average rows, when the sentence calls its rates
    averages; else None (``rate_move`` sends it to a person)."""
    if not moved or not decision.lead or decision.verdict not in (Verdict.supported, Verdict.contradicted) \
            or not (holds_any(claim.sentence, tol.annual_average_words) or _ends_dated_by_years(claim)):
        return None
    if not claim.period:
        return None  # 'the average annual depreciation works out to 4.5 %': a rate a year over a span unsaid, no year's move
    lead = decision.lead[0]
    one_years_move = lead.period.months == 24 and lead.period.start.month == 1  # '2019/2020': the change of 2020
    if not (granularity(lead.period) == YEAR or one_years_move) or lead.observed <= -100.0:
        return None
    size = abs(signed_value(claim))
    band = band_for(size, claim.model_copy(update={"direction": None}), tol, points=True)
    readings = np.array([abs(lead.observed), abs(_inverse(lead.observed))])
    agrees = bool((band.judge(readings) == SUPPORTS).any())
    verdict, reason = (Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE) if agrees \
        else (Verdict.contradicted, Reason.CONTRADICTED)
    return decision.judged(verdict, reason, lead=decision.lead[:1])


def inverse_note(decision: Decision, moved: list[Candidate]) -> str:
    """The other reading of a move between averages, for the explanation."""
    if not moved or decision.reason not in (Reason.CONTRADICTED, Reason.SUPPORTED_WITHIN_TOLERANCE) \
            or not decision.lead or decision.lead[0].observed <= -100.0:
        return ""
    o = decision.lead[0]
    return (f" (Read the other way round — the currency's value in dollars — the change is "
            f"{_inverse(o.observed):+.2f} %.)")
