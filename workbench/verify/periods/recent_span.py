"""'The growth rate increased to 2.4 ppm per year during the last decade': an average over a span the
text counts back from its own time ('the last decade', 'over the past five years'; the relative
openers and units of data/eras.json) is the mean of that many whole years before the draft's year,
not the period another figure of the sentence names ('in the 2000s'). A draft with no date gives
that span no end: the figure goes to a person, whatever the rows counted from the day of the check
say (``span_end_unknown``). Changes over such a span are era.py's."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Flag, Kind, Verdict
from ...text import first_match_from, last_match_before, matches_once, surface_at
from ..decision import Decision, Reason
from .era import relative_span_between, seen_from_the_year_compared
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
    # the claim's own words after it: up to the next clause break (the sentence's breaks, spans, years and figures
    # are found once for all its figures, then each figure's stretch asked of them)
    clause_break = first_match_from(_CLAUSE_END, sentence, end_of_claim)
    clause_end = clause_break.start() if clause_break is not None else len(sentence)
    found = relative_span_between(sentence, end_of_claim, clause_end)
    if found is not None and _digit_between(_FIGURE, sentence, end_of_claim,
                                            sentence.find(found[0], end_of_claim, clause_end)):
        return claim, None  # the span after another figure is that figure's
    if found is None:
        found = _opening_span(sentence, end_of_claim - len(claim.text))
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


def _opening_span(sentence: str, claim_start: int) -> tuple[str, int] | None:
    """A span that opens the sentence ('During the last decade, CO2 grew by an average of 2.2 ppm a year')
    or the claim's own clause ('… show that during the last decade the average increase was 2 ppm'), with
    no other figure between it and the claim (at ``claim_start``): it dates the sentence's figure as one after it
    would."""
    own_break = last_match_before(_CLAUSE_END, sentence, claim_start)
    # the sentence's words before the span are none; the clause's may be any ('… show that')
    for opening, words_before in ((0, False), (own_break.end() if own_break is not None else 0, True)):
        found = relative_span_between(sentence, opening, claim_start)
        if found is None:
            continue
        at = sentence.find(found[0], opening, claim_start)
        if (not words_before and sentence[opening:at].strip()) \
                or _digit_between(_NUMBER, sentence, at + len(found[0]), claim_start):
            continue
        return found
    return None


def _digit_between(digit: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    """``digit.search(_YEARS.sub(" ", sentence[start:end]))``: a figure's digit (``_FIGURE``, ``_NUMBER``) between two
    places of the sentence, not one of a year's. The sentence's years and digits are read once (``_years_and_digits``)
    and each stretch asked by bisection: the years and digits before the last few characters of a stretch read there
    what the stretch holds, and those few characters are read again, from the sentence's own reading, as the
    stretch ends. A stretch starting inside a word is read on its own."""
    if 0 < start < len(sentence) and _WORD_CHAR.match(sentence, start - 1) and _WORD_CHAR.match(sentence, start) \
            or start < 0 or end > len(sentence):
        return digit.search(_YEARS.sub(" ", sentence[start:end])) is not None
    reads, starts, ends, digits = _years_and_digits(digit, sentence)
    near = max(start, end - _YEAR_READ)  # what reads from here on may read the end of the stretch
    inside = bisect_right(starts, near) - 1
    if inside >= 0 and ends[inside] > near:  # a year read across ``near``: it is read again
        near = max(start, starts[inside])
    first = bisect_left(digits, start)
    if first < len(digits) and digits[first] < near:
        return True
    return any(found.group("year") is None for found in reads.finditer(sentence, near, end))


# the characters a year reads from where it starts: its digits, a decade's 's', the word edge after them
_YEAR_READ = 7
_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=64)
def _year_or_digit(digit: re.Pattern[str]) -> re.Pattern[str]:
    """A year, else the digit: read in one pass, a year's digits are never a figure's, as ``_YEARS.sub`` blanks them."""
    return re.compile(rf"(?P<year>{_YEARS.pattern})|{digit.pattern}")


@lru_cache(maxsize=256)
def _years_and_digits(digit: re.Pattern[str], sentence: str
                      ) -> tuple[re.Pattern[str], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The sentence read once for its years and figures' digits: the pattern, where each year or digit starts and
    ends, and where each digit (none of a year's) stands."""
    reads = _year_or_digit(digit)
    found = matches_once(reads, sentence)
    return (reads, tuple(m.start() for m in found), tuple(m.end() for m in found),
            tuple(m.start() for m in found if m.group("year") is None))


def undated_span_review(decision: Decision, phrase: str | None) -> Decision:
    """An average over a span counted back from a date the draft does not give: for a person."""
    if phrase is None:
        return decision
    if decision.lead:
        return decision.for_review(Reason.SPAN_END_UNKNOWN, series=phrase)
    return Decision(Verdict.needs_review, Reason.SPAN_END_UNKNOWN, [Flag.needs_review], series=phrase)
