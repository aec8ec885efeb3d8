"""'Inflation is projected to average 6 % this year', 'growth will reach 3 % in 2025, the IMF forecasts':
a figure the text calls a projection is not an outturn. The row published later for the same year
says what happened, not whether the projection was right when it was made, so it neither supports nor
contradicts it: a person decides (``needs_review``, 'a projection compared with the outcome').

The projection wording reaches a figure when it stands before it in its sentence with no clause end
(``projection_clause_ends``: 'from', 'after', 'was' …) or other sentence break between, or when it
closes the figure's clause after a comma ('…, the central bank expects'). A dated text whose
figure's period was over when it was written reports the figure as the value and is judged as usual.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...matching.present_perfect import is_participle
from ...models import Verdict
from ...numbers import data_json
from ...text import last_match_before
from ..decision import Decision, Reason
from ..wording import find_any, holds_any, may_hold, normalized

_JUDGED = (Verdict.supported, Verdict.contradicted)
# A year after the figure ('3.5 % in 2025, the IMF projects') is its period, not another figure.
_YEAR = re.compile(rf"\b{YEAR_DIGITS}\b")
# A break no projection word reaches across: the end of a sentence part or another clause.
_BREAK = re.compile(r"[;:()\u2013\u2014]|\.\s")


def projected(decision: Decision, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A supported or contradicted figure that its sentence calls a projection → needs_review."""
    if decision.verdict not in _JUDGED or not decision.lead or not ctx.sentence_text:
        return decision
    clause = _clause_before(ctx.sentence_text, ctx.claim_offset)
    expected = _past_expectation(clause, tol)
    if ctx.dated and decision.lead[0].period.end < ctx.as_of and expected is None:
        # a dated text that 'projects' a period already over quotes the figure as its value (UN
        # population 'projected at' a past mid-year): the row judges it like any other figure
        return decision
    words = expected or projection_words_for(ctx.sentence_text, ctx.claim_offset, ctx.claim_end, tol) \
        or forecaster_estimate(clause, tol)
    if words is None:
        return decision
    return decision.for_review(Reason.PROJECTION, projection=words)


def _clause_before(sentence: str, offset: int) -> str:
    """The sentence from the last break before ``offset`` (``_BREAK``, as read in ``sentence[:offset]``) up to it:
    the stretch a projection's words reach the figure across. The breaks are found once per sentence and
    bisected (``last_match_before``), since every figure of a sentence asks."""
    last = last_match_before(_BREAK, sentence, offset)
    return sentence[last.end() if last is not None else 0:max(offset, 0)]


def _past_expectation(before: str, tol: Tolerances) -> str | None:
    """'the government had anticipated a rise of about 3 %', 'the IMF said inflation would slow to 8 %':
    the words saying what was expected, said after the fact, when they reach the figure with no clause
    end between (``before``: the figure's stretch, ``_clause_before``)."""
    reported = _modal_pattern(tuple(tol.reported_future_modals), tuple(tol.projection_modal_exceptions))
    plain = normalized(before)
    modals = tuple(tol.reported_future_modals)
    found = sorted([*find_any(before, tol.past_expectation_words),
                    *(reported.finditer(plain) if reported is not None and may_hold(plain, modals) else [])],
                   key=lambda m: m.end())
    if found and not holds_any(normalized(before)[found[-1].end():], tol.projection_clause_ends):
        return found[-1].group()
    return None


def forecaster_estimate(before: str, tol: Tolerances) -> str | None:
    """'the International Monetary Fund's most recent estimate places GDP at', 'according to IMF estimates':
    the words naming a forecaster's estimate (``forecaster_names``, ``forecaster_estimate_words``) that reach
    the figure after ``before`` (its stretch, ``_clause_before``) with no clause end between, as projection wording
    does; else None. A forecaster estimates a year in its forecast rounds, before the year is out, as often as after it."""
    text = normalized(before)
    estimates = find_any(text, tol.forecaster_estimate_words)
    if not estimates or holds_any(text[estimates[-1].end():], tol.projection_clause_ends):
        return None
    estimate = estimates[-1]
    for name in find_any(text, tol.forecaster_names):
        between = text[name.end():estimate.start()] if name.end() <= estimate.start() else text[estimate.end():name.start()]
        if len(between.split()) <= tol.forecaster_reach:
            return text[min(name.start(), estimate.start()):max(name.end(), estimate.end())]
    return None


def projection_words_for(sentence: str, start: int, end: int, tol: Tolerances) -> str | None:
    """The projection wording (as listed) that reaches the figure at ``sentence[start:end]``, if any."""
    before = _clause_before(sentence, start)
    found = sorted([*find_any(before, tol.projection_words), *future_verbs(before, tol), *expected_of(before, tol)],
                   key=lambda m: m.end())
    if found:
        reach = _span_end_reached(normalized(before)[found[-1].end():], tol)
        if _one_year_only(sentence) and not _dated_as_outturn(sentence[end:], tol):
            reach = _COMPARED.sub(" ", reach)
        if not holds_any(reach, tol.projection_clause_ends):
            return found[-1].group()
    return _after(sentence[end:], tol) or _future_verb_after(before, sentence[end:], tol)


# 'predicted to be far higher than the world average of 7.4 % in 2022': the base a projection is compared with
_COMPARED = re.compile(r"(?<!\w)than(?!\w)")


def _dated_as_outturn(rest: str, tol: Tolerances) -> bool:
    """The words after a compared base, to the end of its clause, say it happened ('… than the 4.8 % it reached
    last year', '… than the 5 % recorded a year earlier'): an outturn, not the forecast's."""
    tail = normalized(_clause_after(rest).split(",")[0])
    return holds_any(tail, [*tol.projection_clause_ends, *_OUTTURN_VERBS])


# past verbs of an outturn after a compared base (the present-tense reading's past words, current_rates.json)
_OUTTURN_VERBS = tuple(data_json("current_rates.json")["past_words"])


def _one_year_only(sentence: str) -> bool:
    """The sentence names at most one year: a base after 'than' in a projection's sentence is then of the
    projected year ('… predicted to be far higher than the world average of 7.4 % in 2022'), a figure of the same
    forecast, not an outturn of an earlier year, which the sentence would date ('than the 2.5 % of 2021')."""
    return len({m.group() for m in _YEAR.finditer(sentence)}) <= 1


def _span_end_reached(reach: str, tol: Tolerances) -> str:
    """``reach`` (the words from projection wording to a figure) without a span it closes on the figure
    ('… from 1.9 % in 2021 to'): the figure is the span's end, which the wording projects, so the span's
    opening word ends no clause before it."""
    for opener, closer in tol.projection_span_words.items():
        span = _span_pattern(normalized(opener), normalized(closer)).search(reach)
        if span is not None:
            return reach[:span.start()]
    return reach


@lru_cache(maxsize=8)
def _span_pattern(opener: str, closer: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(opener)} (?:(?!{re.escape(opener)} ).)*?(?<!\w){re.escape(closer)}\s*$")


def _after(rest: str, tol: Tolerances) -> str | None:
    """', the IMF projects' closing the figure's clause the figure's clause, with no other figure between."""
    tail = _clause_after(rest).rstrip(" .")
    if any(ch.isdigit() for ch in _YEAR.sub("", tail)) or "," not in tail:
        return None
    clause = tail[tail.rindex(",") + 1:]
    if len(clause.split()) > 6:
        return None
    found = find_any(clause, tol.projection_words)
    # an attribution ends with its verb ('the IMF projects'); 'and is expected to ease' is a new clause
    return found[-1].group() if found and found[-1].end() == len(normalized(clause)) else None


def _clause_after(rest: str) -> str:
    """``rest`` (the text after a figure) up to the end of the figure's clause."""
    return rest[:_BREAK.search(rest + ". ").start()]  # type: ignore[union-attr]  # '. ' always ends it


def _future_verb_after(before: str, rest: str, tol: Tolerances) -> str | None:
    """'Chile with 11.6 %, Colombia with 9.7 % and Paraguay with 9.5 % will be the economies with the highest
    inflation in 2022' (Spanish 'serán' glossed 'will be'): the figure stands in the subject of a future verb
    that comes after it, so the clause projects it. 'Will be' counts here (projection_modal_exceptions are about
    a modal before its figure). Only when what stands between is the subject's list itself — figures, names
    (capitalised) and future_subject_list_words ('with', 'and') — and no outturn or present wording opens the
    figure's clause (``before``, cut at its clause's start by the caller): 'rose 3 % and will ease', 'is 3 %, prices will rise' keep the figure an outturn."""
    tail = " ".join(_clause_after(rest).split())
    pattern = _modal_pattern(tuple(tol.projection_modals), ())
    found = pattern.search(tail.lower()) if pattern is not None else None
    if found is None or _passive(tail[found.end():]):
        return None
    listed = _SUBJECT_LIST_WORDS
    for word in tail[:found.start()].replace(",", " ").split():
        if not (word[:1].isupper() or word.lower() in listed or _FIGURE_WORD.fullmatch(word)):
            return None
    if holds_any(before, [*tol.projection_clause_ends, *_OUTTURN_VERBS, *_PRESENT_WORDS]):
        return None
    return found.group()


def _passive(after_modal: str) -> bool:
    """'… 9.9 per cent will be revised': 'will be' and a participle is a passive said of the figure, no
    forecast of its value."""
    words = after_modal.split()
    return bool(words) and is_participle(words[0].strip(".,;:"))


_SUBJECT_LIST_WORDS = frozenset(data_json("periods.json")["future_subject_list_words"])
_PRESENT_WORDS = tuple(data_json("periods.json")["present_clause_words"])
# a figure of the subject's list ('9.7%', '9,7 %', '12.5'), as the glossed text writes it
_FIGURE_WORD = re.compile(r"[-+]?\d[\d.,]*%?|%")


def future_verbs(text: str, tol: Tolerances) -> list[re.Match[str]]:
    """'will surpass', 'will top', 'would drop': a future modal, a reported one included, and the verb after
    it (not 'will be'), in ``normalized(text)``."""
    modals = (*tol.projection_modals, *tol.reported_future_modals)
    pattern, plain = _modal_pattern(modals, tuple(tol.projection_modal_exceptions)), normalized(text)
    # every match starts with a listed modal: a text holding none is not scanned
    return list(pattern.finditer(plain)) if pattern is not None and may_hold(plain, modals) else []


def expected_of(text: str, tol: Tolerances) -> list[re.Match[str]]:
    """'the bank expected the rand to average', 'expect prices to rise': a verb of expecting
    (``expectation_verbs``), its object of up to ``_OBJECT_WORDS`` words and 'to', in ``normalized(text)``.
    The object holds no punctuation: 'as expected, the rate rose to 5 %' expects nothing of the figure."""
    pattern, plain = _expectation_pattern(tuple(tol.expectation_verbs)), normalized(text)
    return list(pattern.finditer(plain)) if pattern is not None and may_hold(plain, tuple(tol.expectation_verbs)) else []


# The words an expectation's object may run to: 'the South African rand' is four.
_OBJECT_WORDS = 4


@lru_cache(maxsize=8)
def _expectation_pattern(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted((normalized(v) for v in verbs if normalized(v)), key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"(?<![\w'])(?:{'|'.join(map(re.escape, words))}) (?:[\w'’-]+ ){{1,{_OBJECT_WORDS}}}to(?!\w)")


@lru_cache(maxsize=8)
def _modal_pattern(modals: tuple[str, ...], exceptions: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted((normalized(m) for m in modals if normalized(m)), key=len, reverse=True)
    if not words:
        return None
    left = "|".join((r"(?<![\w'])" if w[0].isalnum() else "") + re.escape(w) for w in words)
    unless = "|".join(re.escape(normalized(e)) for e in exceptions if normalized(e))
    not_after = rf"(?!(?:{unless})(?!\w))" if unless else ""
    return re.compile(rf"(?:{left}) (?:not )?{not_after}[a-z]+(?:-[a-z]+)?")
