"""'The growth rate increased to 2.4 ppm per year during the last decade': an average over a span the
text counts back from its own time ('the last decade', 'over the past five years'; the relative
openers and units of data/eras.json) is the mean of that many whole years before the draft's year,
not the period another figure of the sentence names ('in the 2000s'). A draft with no date gives
that span no end: the figure goes to a person, whatever the rows counted from the day of the check
say (``span_end_unknown``). Changes over such a span are era.py's."""

from __future__ import annotations

import re

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Flag, Kind, Verdict
from ...text import surface_at
from ..decision import Decision, Reason
from .era import relative_span, seen_from_the_year_compared
from ..wording import holds_any

# The figure's own words after it: up to the next clause break or sentence end, and before the next figure.
# not text.clause_span: a comma inside a figure ('1,200') is no clause break, only one before a space
_CLAUSE_END = re.compile(r"[;:]|,\s")
_FIGURE = re.compile(r"\d")
# a number standing alone, not a digit of a name ('CO2')
_NUMBER = re.compile(r"(?<![^\W\d_])\d")
_YEARS = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)s?\b")  # 'in the 2000s' is a period, not another figure


def recent_span_average(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> tuple[Claim, str | None]:
    """The claim over the whole years its own clause counts back ('during the last decade'), when its
    sentence calls it an average or a rate a year; with the phrase when the draft has no date to
    count from (its period then unknown), else None."""
    if claim.kind is Kind.change or claim.value_high is not None or not holds_any(claim.sentence, tol.average_words):
        return claim, None
    sentence = ctx.sentence_text or claim.sentence
    end_of_claim = ctx.claim_end if ctx.sentence_text else surface_at(sentence, claim.text) + len(claim.text)
    if end_of_claim < len(claim.text):
        return claim, None
    after = sentence[end_of_claim:]
    clause = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    found = relative_span(clause)
    if found is not None and _FIGURE.search(_YEARS.sub(" ", clause[:clause.find(found[0])])):
        return claim, None  # the span after another figure is that figure's
    if found is None:
        found = _opening_span(sentence[:end_of_claim - len(claim.text)])
    if found is None:
        return claim, None
    phrase, years = found
    if _written_span(claim, years):
        return claim, None  # 'for the past decade (2004-2013)': the sentence writes the years it counts back
    if not ctx.dated:
        return claim.model_copy(update={"period": None}), phrase
    end = ctx.as_of.year - 1
    spanned = claim.model_copy(update={"period": f"{end - years + 1}/{end}" if years > 1 else str(end)})
    return seen_from_the_year_compared(spanned, ctx), None


_SPAN_OF_YEARS = re.compile(r"(\d{4})/(\d{4})")


def _written_span(claim: Claim, years: int) -> bool:
    """Whether the claim's period is a span of whole years that its sentence writes, both ends, as long as
    the span counted back ('the past decade (2004-2013)': ten years; one more when the writer counts from
    the year before the first, 'the last decade (2003–2013)'): the writer dated the span, so neither the
    draft's date nor its lack of one decides which years the average covers."""
    found = _SPAN_OF_YEARS.fullmatch(claim.period or "")
    if found is None:
        return False
    first, last = found.group(1), found.group(2)
    return first in claim.sentence and last in claim.sentence and int(last) - int(first) + 1 in (years, years + 1)


def _opening_span(before: str) -> tuple[str, int] | None:
    """A span that opens the sentence ('During the last decade, CO2 grew by an average of 2.2 ppm a year')
    or the claim's own clause ('… show that during the last decade the average increase was 2 ppm'), with
    no other figure between it and the claim: it dates the sentence's figure as one after it would."""
    clause_breaks = list(_CLAUSE_END.finditer(before))
    own_clause = before[clause_breaks[-1].end():] if clause_breaks else before
    # the sentence's words before the span are none; the clause's may be any ('… show that')
    for opening, words_before in ((before, False), (own_clause, True)):
        found = relative_span(opening)
        if found is None:
            continue
        at = opening.find(found[0])
        if (not words_before and opening[:at].strip()) or _NUMBER.search(_YEARS.sub(" ", opening[at + len(found[0]):])):
            continue
        return found
    return None


def undated_span_review(decision: Decision, phrase: str | None) -> Decision:
    """An average over a span counted back from a date the draft does not give: for a person."""
    if phrase is None:
        return decision
    if decision.lead:
        return decision.for_review(Reason.SPAN_END_UNKNOWN, series=phrase)
    return Decision(Verdict.needs_review, Reason.SPAN_END_UNKNOWN, [Flag.needs_review], series=phrase)
