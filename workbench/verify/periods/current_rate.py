"""'Inflation in Bolivia is at 7.18 %', in a story of 8 January 2011: a rate of a monthly-published
series, in the present tense, with no year of its own nor carried, is the latest 12-month rate at
the draft's date. The latest annual row published by then is for an earlier year (2009 here; 2010's
average is not out), so a contradiction by that row compares two different periods: needs_review,
said as a 12-month rate against an annual average. A figure its sentence dates, a past tense
('inflation was 5 %'), an undated draft, a figure that matches an older row (stale) or one far off
the row (``max_ratio`` and ``max_gap_points``: 'running at 40 %' against 7.7 %) keep their verdict. A bound ('running at
more than 130 %') that an older row fits is no stale figure: many years fit a bound, so that row
says nothing of which year the writer meant. Words in current_rates.json.
"""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Qualifier, Verdict
from ...numbers import data_json
from ...text import clause_span
from ..tolerance import rounding_half
from .basis import MonthlyBasis, annual_rate
from ..decision import Decision, Reason
from ..observations import names_no_period, signed_value
from ..wording import find_any, holds_any


def current_rate(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """needs_review (a 12-month rate against an annual average) for an undated present-tense rate that
    only an earlier year's annual row contradicts; else ``decision``."""
    stale_unsure = decision.reason is Reason.STALE and (claim.qualifier in _UNSURE_OF_ROW or _coarse(claim))
    if decision.reason is not Reason.CONTRADICTED and not stale_unsure or not decision.lead or not ctx.dated \
            or not names_no_period(claim, ctx):
        return decision  # a stale or mixed-up year says which row an exact figure is: it keeps that reading
    lead = decision.lead[0]
    if not annual_rate(lead, tol) or lead.period.end >= ctx.as_of or not _near(signed_value(claim), lead.observed):
        return decision
    said = _present_before(ctx.sentence_text, ctx.claim_offset, tol)
    if said is None:
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(f"{said} …, no year named", "sentence", False))


def current_rate_support(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """'Kenya's inflation rate is now 8 %', on a page of June 2023: a rate its clause calls the present's by a word
    of ``present_clause_words`` ('now', 'currently', in any glossed language), naming no year of its own nor carried,
    is the latest month's 12-month rate, not the annual average of a year over before the draft's date that agrees
    with it: needs_review (another period), as a rate that year contradicts is (``current_rate``). Else
    ``decision``."""
    if decision.verdict is not Verdict.supported or not decision.lead or not ctx.dated or ctx.as_of is None \
            or not names_no_period(claim, ctx):
        return decision
    lead = decision.lead[0]
    if not annual_rate(lead, tol) or lead.period.end >= ctx.as_of:
        return decision
    said = _present_word_before(ctx.sentence_text, ctx.claim_offset)
    if said is None:
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(f"{said} …, no year named", "sentence", False))


# a bound or a rough figure that an older row fits says nothing of which year it is: many years fit it
_UNSURE_OF_ROW = frozenset({Qualifier.gt, Qualifier.ge, Qualifier.lt, Qualifier.le, Qualifier.approx, Qualifier.nearly})


def _coarse(claim: Claim) -> bool:
    """The figure's stated digits leave it wider than ``coarse_rounding`` of its value ('a seven percent high':
    anything from 6.5 to 7.5): an older year's average inside that is as likely a coincidence of rounding as
    the writer's old figure."""
    limit = float(data_json("current_rates.json")["coarse_rounding"])
    value = signed_value(claim)
    return value != 0 and rounding_half(value, claim.decimals) > limit * abs(value)


def _near(claimed: float, observed: float) -> bool:
    """The figure is within ``max_ratio`` of the row, both of one sign, or within ``max_gap_points`` of it (a
    small average's ratio says little): a rate a few months on could be it."""
    words = data_json("current_rates.json")
    limit = float(words["max_ratio"])
    return claimed * observed > 0 and (1 / limit <= claimed / observed <= limit
                                       or abs(claimed - observed) <= float(words["max_gap_points"]))


_PRESENT_CLAUSE_WORDS = tuple(data_json("periods.json")["present_clause_words"])


def _present_word_before(sentence: str, at: int) -> str | None:
    """The word of ``present_clause_words`` in the figure's clause before it ('is now 8 %', 'currently has reached
    8 %': the word says the present whatever the verb's tense), or None."""
    if not sentence:
        return None
    start, _ = clause_span(sentence, at)
    found = find_any(sentence[start:at], _PRESENT_CLAUSE_WORDS)
    return found[-1].group() if found else None


def _present_before(sentence: str, at: int, tol: Tolerances) -> str | None:
    """The present-tense word before the figure in its sentence (the table's verbs, the config's
    present_words), or None when there is none or the figure's own clause is in the past tense before it."""
    if not sentence:
        return None
    start, _ = clause_span(sentence, at)
    words = data_json("current_rates.json")
    if holds_any(sentence[start:at], words["past_words"]):
        return None
    found = find_any(sentence[:at], [*words["present_words"], *tol.present_words])
    return found[-1].group() if found else None
