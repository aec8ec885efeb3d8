"""A currency's move between two annual averages its sentence names as averages ('the average exchange
rate … in 2023 is 7.0467, compared with 6.7261 in the previous year, depreciating by 4.55 %'), or whose two ends
it gives dated by their years ('from US$0.754 in 2019 to US$0.746 in 2020'): the
rows are annual averages too, so the move is judged, not sent to a person as a close-to-close move
(``rate_move``). Which way it is signed depends on which currency is the subject and how the pair is
quoted, so both readings count: the change of the rows (units per dollar) and of their inverse (the
currency's dollar value). Either agreeing supports it; neither agreeing contradicts it. The evidence shows the
reading the text speaks of: the one that agrees, else the one moving the way the text says ('the yen fell 7.87 %
against the dollar' is the yen's value in dollars, which fell, not the yen per dollar, which rose)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ...config import Tolerances
from ...extraction.periods import change_end_years
from ...matching import Candidate
from ...models import Claim, Direction, Verdict
from ...periods import YEAR, granularity
from ...text import surface_at
from ..decision import Decision, Reason
from ..observations import Observation, signed_value
from ..tolerance import SUPPORTS, band_for
from ..wording import holds_any


def _inverse(change: float) -> float:
    """The change of 1/x when x changed by ``change`` %."""
    return (100.0 / (100.0 + change) - 1.0) * 100.0


# ``Observation.reading`` of a move shown as the currency's value in dollars, the inverse of its rows
CURRENCY_VALUE = "currency_value"


def _shown_reading(readings: np.ndarray, agreeing: np.ndarray, claim: Claim) -> int:
    """Which reading of the move the evidence shows: 0 the rows' (units per dollar), 1 their inverse. The one
    that agrees; else, when the text says which way the currency moved, the one moving that way (the two
    always move opposite ways); else the rows, as published."""
    if agreeing.any():
        return int(np.argmax(agreeing))
    if claim.direction is not None:
        up = claim.direction is Direction.up
        return 0 if (readings[0] > 0) == up else 1
    return 0


@dataclass(frozen=True)
class InvertedReading:
    """A move read the other way round from the same two cells: the rows' change (units per dollar) as the
    change of the currency's dollar value, or that back as the rows quote it."""

    change: float  # in %: the change of 1/x when x changed by the move read
    formula: str | None  # how it is computed from the two cells
    reading: str  # ``Observation.reading`` of it: CURRENCY_VALUE, or "" for the rows as published


def inverted(o: Observation) -> InvertedReading:
    """The one home of the other reading of a move between averages: the evidence shows it when the text
    speaks of it (``_as_currency_value``), the explanation names it beside the reading shown (``inverse_note``)."""
    formula = o.evidence.formula
    if len(o.evidence.cells) == 2:
        then, now = (cell.period for cell in o.evidence.cells)
        # the inverse swaps the two ends of the ratio: (1/v_now) / (1/v_then) = v_then / v_now
        formula = f"(v{now} / v{then} - 1) × 100" if o.reading == CURRENCY_VALUE else f"(v{then} / v{now} - 1) × 100"
    return InvertedReading(_inverse(o.observed), formula, "" if o.reading == CURRENCY_VALUE else CURRENCY_VALUE)


def _as_currency_value(lead: Observation, claim: Claim, agrees: bool) -> Observation:
    """The lead row's move read the other way round: the change of the currency's dollar value, computed from
    the same two cells, so the evidence and the explanation speak of the figure the text gives."""
    other = inverted(lead)
    claimed = signed_value(claim)
    deviation = (claimed - other.change) / other.change if other.change else lead.deviation
    shown = lead.evidence.model_copy(update={"value": round(other.change, 6), "deviation": round(deviation, 6),
                                             "formula": other.formula, "supports": agrees})
    return replace(lead, observed=other.change, deviation=deviation, reading=other.reading,
                   make_evidence=lambda: shown)


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
    readings = np.array([lead.observed, _inverse(lead.observed)])
    agreeing = band.judge(np.abs(readings)) == SUPPORTS
    verdict, reason = (Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE) if agreeing.any() \
        else (Verdict.contradicted, Reason.CONTRADICTED)
    shown = lead if _shown_reading(readings, agreeing, claim) == 0 else _as_currency_value(lead, claim, bool(agreeing[1]))
    return decision.judged(verdict, reason, lead=[shown])


def inverse_note(decision: Decision, moved: list[Candidate]) -> str:
    """The other reading of a move between averages, for the explanation."""
    if not moved or decision.reason not in (Reason.CONTRADICTED, Reason.SUPPORTED_WITHIN_TOLERANCE) \
            or not decision.lead or decision.lead[0].observed <= -100.0:
        return ""
    other = inverted(decision.lead[0])
    if other.reading != CURRENCY_VALUE:
        return (f" (That is the change of the currency's value in dollars, the inverse of the rows; read as the "
                f"rows quote it — units of the currency per dollar — the change is {other.change:+.2f} %.)")
    return f" (Read the other way round — the currency's value in dollars — the change is {other.change:+.2f} %.)"
