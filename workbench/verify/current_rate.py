"""'Inflation in Bolivia is at 7.18 %', in a story of 8 January 2011: a rate of a monthly-published
series, in the present tense, with no year of its own nor carried, is the latest 12-month rate at
the draft's date. The latest annual row published by then is for an earlier year (2009 here; 2010's
average is not out), so a contradiction by that row compares two different periods: needs_review,
said as a 12-month rate against an annual average. A figure its sentence dates, a past tense
('inflation was 5 %'), an undated draft, a figure that matches an older row (stale) or one far off
the row (``max_ratio``: 'running at 40 %' against 7.7 %) keep their verdict. Words in current_rates.json.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from ..config import Tolerances
from ..matching import ClaimContext
from ..models import Claim
from ..text import clause_span
from .basis import MonthlyBasis, annual_rate
from .decision import Decision, Reason
from .observations import signed_value


@cache
def _data() -> dict[str, Any]:
    return json.loads(resources.files("workbench.data").joinpath("current_rates.json").read_text(encoding="utf-8"))


@cache
def _words() -> dict[str, re.Pattern[str]]:
    data = _data()
    return {key: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))
                            + r")\b", re.IGNORECASE) for key in ("present_words", "past_words")}


def current_rate(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """needs_review (a 12-month rate against an annual average) for an undated present-tense rate that
    only an earlier year's annual row contradicts; else ``decision``."""
    if decision.reason is not Reason.CONTRADICTED or not decision.lead or not ctx.dated \
            or claim.period or ctx.period_from is not None:
        return decision  # a stale or mixed-up year says which row the figure is: it keeps that reading
    lead = decision.lead[0]
    if not annual_rate(lead, tol) or lead.period.end >= ctx.as_of or not _near(signed_value(claim), lead.observed):
        return decision
    said = _present_before(ctx.sentence_text, ctx.claim_offset)
    if said is None:
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(f"{said} …, no year named", "sentence", False))


def _near(claimed: float, observed: float) -> bool:
    """The figure is within ``max_ratio`` of the row, both of one sign: a rate a few months on could be it."""
    limit = float(_data()["max_ratio"])
    return claimed * observed > 0 and 1 / limit <= claimed / observed <= limit


def _present_before(sentence: str, at: int) -> str | None:
    """The present-tense word before the figure in its sentence, as written, or None when there is
    none or the figure's own clause is in the past tense before it."""
    if not sentence:
        return None
    start, _ = clause_span(sentence, at)
    if _words()["past_words"].search(sentence, start, at):
        return None
    found = list(_words()["present_words"].finditer(sentence, 0, at))
    return found[-1].group() if found else None
