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
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...matching.present_perfect import is_participle
from ...models import Verdict
from ...numbers import data_json
from ...text import first_match_between, first_match_from, last_match_before
from ..decision import Decision, Reason
from ..wording import (find_any, find_any_before, holds_any, holds_any_before, holds_any_between, may_hold, normalized,
                       normalized_end, normalized_start)

_JUDGED = (Verdict.supported, Verdict.contradicted)
# A year after the figure ('3.5 % in 2025, the IMF projects') is its period, not another figure.
_YEAR = re.compile(rf"\b{YEAR_DIGITS}\b")
# A break no projection word reaches across: the end of a sentence part or another clause.
_BREAK = re.compile(r"[;:()\u2013\u2014]|\.\s")


def projected(decision: Decision, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A supported or contradicted figure that its sentence calls a projection → needs_review."""
    if decision.verdict not in _JUDGED or not decision.lead or not ctx.sentence_text:
        return decision
    clause, cut = _stretch(ctx.sentence_text, ctx.claim_offset)
    expected = _past_expectation(clause, cut, tol)
    if ctx.dated and decision.lead[0].period.end < ctx.as_of and expected is None:
        # a dated text that 'projects' a period already over quotes the figure as its value (UN
        # population 'projected at' a past mid-year): the row judges it like any other figure
        return decision
    words = expected or projection_words_for(ctx.sentence_text, ctx.claim_offset, ctx.claim_end, tol) \
        or forecaster_estimate(clause, cut, tol)
    if words is None:
        return decision
    return decision.for_review(Reason.PROJECTION, projection=words)


def _clause_before(sentence: str, offset: int) -> str:
    """The sentence from the last break before ``offset`` (``_BREAK``, as read in ``sentence[:offset]``) up to it:
    the stretch a projection's words reach the figure across. The breaks are found once per sentence and
    bisected (``last_match_before``), since every figure of a sentence asks."""
    return sentence[_clause_start(sentence, offset):max(offset, 0)]


def _clause_start(sentence: str, offset: int) -> int:
    last = last_match_before(_BREAK, sentence, offset)
    return last.end() if last is not None else 0


# Every figure of a clause asks what the words before it say: the clause is read once, normalized, for all of them,
# and each figure's stretch (``_clause_before``) is the clause's normalized text up to where the figure stands in it
# (``wording.normalized_end``). Its words are found once per clause and each figure's asked by bisection
# (``find_any_before``, ``last_match_before``, ``holds_any_between``).
def _stretch(sentence: str, offset: int) -> tuple[str, int]:
    """The stretch before the figure at ``offset`` (``_clause_before``), normalized: a text and where the stretch ends
    in it. The text is the figure's whole clause up to the break after it, shared by the clause's figures; a stretch
    that ends inside a word or holds a capital sigma is read as its own text."""
    start = _clause_start(sentence, offset)
    after = first_match_from(_BREAK, sentence, start)  # ends past the figure: no break ends before it
    clause = sentence[start:after.end() if after is not None else len(sentence)]
    cut = max(offset, 0) - start
    end = normalized_end(clause, cut)
    if end is None:
        alone = normalized(clause[:cut])
        return alone, len(alone)
    return normalized(clause), end


def _last_of(found: list[re.Match[str] | None]) -> re.Match[str] | None:
    """The match ending last (of equal ends, the one listed last), as ``sorted(…, key=end)[-1]`` takes it."""
    last = None
    for match in found:
        if match is not None and (last is None or match.end() >= last.end()):
            last = match
    return last


def _past_expectation(clause: str, cut: int, tol: Tolerances) -> str | None:
    """'the government had anticipated a rise of about 3 %', 'the IMF said inflation would slow to 8 %':
    the words saying what was expected, said after the fact, when they reach the figure with no clause
    end between (``clause[:cut]``: the figure's stretch, ``_stretch``)."""
    reported = _modal_pattern(tuple(tol.reported_future_modals), tuple(tol.projection_modal_exceptions))
    modals = tuple(tol.reported_future_modals)
    found = _last_of([*find_any_before(clause, tol.past_expectation_words, cut)[-1:],
                      last_match_before(reported, clause, cut)
                      if reported is not None and may_hold(clause, modals) else None])
    if found is not None and not _clause_end_between(clause, found.end(), cut, tol.projection_clause_ends):
        return found.group()
    return None


def forecaster_estimate(clause: str, cut: int, tol: Tolerances) -> str | None:
    """'the International Monetary Fund's most recent estimate places GDP at', 'according to IMF estimates':
    the words naming a forecaster's estimate (``forecaster_names``, ``forecaster_estimate_words``) that reach
    the figure after ``clause[:cut]`` (its stretch, ``_stretch``) with no clause end between, as projection wording
    does; else None. A forecaster estimates a year in its forecast rounds, before the year is out, as often as
    after it."""
    estimates = find_any_before(clause, tol.forecaster_estimate_words, cut)
    if not estimates or _clause_end_between(clause, estimates[-1].end(), cut, tol.projection_clause_ends):
        return None
    estimate = estimates[-1]
    names = find_any_before(clause, tol.forecaster_names, cut)
    # the words between a name and the estimate grow with the name's distance from it: the names near enough
    # before it are the last ones before it, and after it the first
    first_after = bisect_right(names, estimate.start(), key=lambda name: name.end())
    near = None
    for name in reversed(names[:first_after]):
        if not _within(clause[name.end():estimate.start()], tol.forecaster_reach):
            break
        near = name
    if near is None and first_after < len(names):
        name = names[first_after]
        near = name if _within(clause[estimate.end():name.start()], tol.forecaster_reach) else None
    if near is None:
        return None
    return clause[min(near.start(), estimate.start()):max(near.end(), estimate.end())]


def _within(between: str, words: int) -> bool:
    """``between`` holds at most ``words`` words."""
    return len(between.split(None, words)) <= words


def projection_words_for(sentence: str, start: int, end: int, tol: Tolerances) -> str | None:
    """The projection wording (as listed) that reaches the figure at ``sentence[start:end]``, if any."""
    clause, cut = _stretch(sentence, start)
    modals = (*tol.projection_modals, *tol.reported_future_modals)
    future = _modal_pattern(modals, tuple(tol.projection_modal_exceptions))
    expecting = _expectation_pattern(tuple(tol.expectation_verbs))
    modal = last_match_before(future, clause, cut) if future is not None and may_hold(clause, modals) else None
    if modal is not None and holds_any_before(clause, _ended_period_words(), modal.start()):
        modal = None  # 'Over the year ended 2022, the CPI will have risen 6.6 %': a retrospective's future perfect
    found = _last_of([*find_any_before(clause, tol.projection_words, cut)[-1:], modal,
                      last_match_before(expecting, clause, cut)
                      if expecting is not None and may_hold(clause, tuple(tol.expectation_verbs)) else None])
    if found is not None:
        compared = _one_year_only(sentence) and not _dated_as_outturn(sentence, end, tol)
        if not _clause_end_between(clause, found.end(), cut, tol.projection_clause_ends, tol, compared):
            return found.group()
    return _after(sentence, end, tol) or _future_verb_after(clause, cut, sentence, end, tol)


@lru_cache(maxsize=1)
def _ended_period_words() -> tuple[str, ...]:
    """periods.json ``ended_period_words``: a period named as over, before a future modal (see its note)."""
    return tuple(data_json("periods.json").get("ended_period_words", []))


def _clause_end_between(clause: str, start: int, cut: int, ends: list[str], tol: Tolerances | None = None,
                        compared: bool = False) -> bool:
    """Whether the reach from projection wording (ending at ``start``) to the figure (``cut``) in the normalized
    ``clause`` holds a clause end: ``holds_any(reach, ends)``. With ``tol``, a span the reach closes on the figure
    ends it where the span opens (``_span_end_reached``); ``compared``, its 'than' are no clause end."""
    if 0 < start < len(clause) and _WORD_CHAR.match(clause, start - 1) and _WORD_CHAR.match(clause, start):
        reach = clause[start:cut]  # the wording ends inside a word: the reach is read as its own text
        reach = _span_end_reached(reach, tol) if tol is not None else reach
        return holds_any(_COMPARED.sub(" ", reach) if compared else reach, ends)
    stop = _span_start(clause, start, cut, tol) if tol is not None else cut
    return holds_any_between(_compared_blanked(clause) if compared else clause, ends, start, stop)


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=256)
def _compared_blanked(text: str) -> str:
    """``text`` with each 'than' blanked, as long as it was: where the words after it stand is kept."""
    return _COMPARED.sub(lambda found: " " * len(found.group()), text)


# 'predicted to be far higher than the world average of 7.4 % in 2022': the base a projection is compared with
_COMPARED = re.compile(r"(?<!\w)than(?!\w)")


def _dated_as_outturn(sentence: str, end: int, tol: Tolerances) -> bool:
    """The words after a compared base (the figure ending at ``end``), to the end of its clause, say it happened
    ('… than the 4.8 % it reached last year', '… than the 5 % recorded a year earlier'): an outturn, not the
    forecast's."""
    stop = _clause_after_end(sentence, end)
    comma = sentence.find(",", end, stop)
    return holds_any_between(sentence, [*tol.projection_clause_ends, *_OUTTURN_VERBS], end,
                             comma if comma >= 0 else stop)


# past verbs of an outturn after a compared base (the present-tense reading's past words, current_rates.json)
_OUTTURN_VERBS = tuple(data_json("current_rates.json")["past_words"])


@lru_cache(maxsize=256)
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


def _span_start(clause: str, start: int, cut: int, tol: Tolerances) -> int:
    """Where ``_span_end_reached`` ends the reach ``clause[start:cut]`` (normalized, starting at no word's middle):
    where the span it closes on the figure opens, else ``cut``. The span's opener is the last one before its closer
    with none after it (the span's pattern reads no opener between them), found from the closer back."""
    for opener, closer in tol.projection_span_words.items():
        opens, closes = normalized(opener) + " ", normalized(closer)
        if not opens.strip() or not closes:  # no word to look for: read as the pattern reads the reach
            span = _span_pattern(opens[:-1], closes).search(clause[start:cut])
            if span is not None:
                return start + span.start()
            continue
        at = cut - len(closes)  # the closer ends the reach, after no word character
        if at < start or not clause.startswith(closes, at) or at > start and _WORD_CHAR.match(clause, at - 1):
            continue
        last = clause.rfind(opens, start, min(cut, at + len(opens) - 1))  # the last opener starting before it
        if last < 0:
            continue
        # an opener that no later one follows before the closer, with its words fully before it
        for begin in range(max(start, last - len(opens) + 1), min(last, at - len(opens)) + 1):
            if clause.startswith(opens, begin) and (begin == start or not _WORD_CHAR.match(clause, begin - 1)):
                return begin
    return cut


@lru_cache(maxsize=8)
def _span_pattern(opener: str, closer: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(opener)} (?:(?!{re.escape(opener)} ).)*?(?<!\w){re.escape(closer)}\s*$")


def _clause_after_end(sentence: str, end: int) -> int:
    """Where the figure's clause (the figure ending at ``end``) ends: at the first break after it, as ``_clause_after``
    reads ``sentence[end:]``, the breaks found once per sentence."""
    after = first_match_from(_BREAK, sentence, max(end, 0))
    return after.start() if after is not None else len(sentence)


def _after(sentence: str, end: int, tol: Tolerances) -> str | None:
    """', the IMF projects' closing the figure's clause (the figure ending at ``end``), with no other figure
    between. The clause's last part is shared by its figures; another figure after this one is found among the
    sentence's figures, read once (``_figure_digits``)."""
    if end < 0 or 0 < end < len(sentence) and _WORD_CHAR.match(sentence, end - 1) and _WORD_CHAR.match(sentence, end):
        return _attribution(sentence[end:], tol)  # cut inside a word: read as its own text
    stop = _clause_after_end(sentence, end)
    while stop > end and sentence[stop - 1] in " .":  # the tail as ``rstrip(" .")`` leaves it
        stop -= 1
    digits = _figure_digits(sentence)
    after = bisect_left(digits, end)
    if after < len(digits) and digits[after] < stop:
        return None
    comma = sentence.rfind(",", end, stop)
    return None if comma < 0 else _attribution_words(sentence[comma + 1:stop], tol)


def _attribution(rest: str, tol: Tolerances) -> str | None:
    """``_after`` of ``rest`` (the text after a figure) read as its own text."""
    tail = _clause_after(rest).rstrip(" .")
    if any(ch.isdigit() for ch in _YEAR.sub("", tail)) or "," not in tail:
        return None
    return _attribution_words(tail[tail.rindex(",") + 1:], tol)


def _attribution_words(clause: str, tol: Tolerances) -> str | None:
    """The projection words closing ``clause``, the last part of a figure's clause after its last comma."""
    if len(clause.split()) > 6:
        return None
    found = find_any(clause, tol.projection_words)
    # an attribution ends with its verb ('the IMF projects'); 'and is expected to ease' is a new clause
    return found[-1].group() if found and found[-1].end() == len(normalized(clause)) else None


@lru_cache(maxsize=256)
def _figure_digits(sentence: str) -> tuple[int, ...]:
    """Where the sentence's digits stand, but a year's (``_YEAR``, ``str.isdigit`` as ``_after`` reads them)."""
    years = [(m.start(), m.end()) for m in _YEAR.finditer(sentence)]
    digits, year = [], 0
    for at, char in enumerate(sentence):
        if char.isdigit():
            while year < len(years) and years[year][1] <= at:
                year += 1
            if not (year < len(years) and years[year][0] <= at):
                digits.append(at)
    return tuple(digits)


def _clause_after(rest: str) -> str:
    """``rest`` (the text after a figure) up to the end of the figure's clause."""
    return rest[:_BREAK.search(rest + ". ").start()]  # type: ignore[union-attr]  # '. ' always ends it


def _future_verb_after(clause: str, cut: int, sentence: str, end: int, tol: Tolerances) -> str | None:
    """'Chile with 11.6 %, Colombia with 9.7 % and Paraguay with 9.5 % will be the economies with the highest
    inflation in 2022' (Spanish 'serán' glossed 'will be'): the figure stands in the subject of a future verb
    that comes after it, so the clause projects it. 'Will be' counts here (projection_modal_exceptions are about
    a modal before its figure). Only when what stands between is the subject's list itself — figures, names
    (capitalised) and future_subject_list_words ('with', 'and') — and no outturn or present wording opens the
    figure's clause (``clause[:cut]``, its stretch before the figure): 'rose 3 % and will ease', 'is 3 %, prices
    will rise' keep the figure an outturn. The sentence's modals and words are read once for all its figures."""
    pattern = _modal_pattern(tuple(tol.projection_modals), ())
    if pattern is None:
        return None
    stop = _clause_after_end(sentence, end)
    plain, spaced = normalized(sentence), _single_spaced(sentence)
    lo, hi = normalized_start(sentence, max(end, 0)), normalized_end(sentence, stop)
    if lo is None or hi is None or len(spaced) != len(plain) or lo and _MODAL_EDGE.match(plain, lo - 1):
        # read as its own text: a cut inside a word, a letter whose lower case is longer, a word before the cut
        # the modal's edge would read
        return _future_verb_after_alone(normalized(clause[:cut]), sentence[end:], tol)
    found = first_match_between(pattern, plain, lo, hi)
    if found is None:
        return None
    after = _SPACED_WORD.search(spaced, found.end(), hi)
    if after is not None and is_participle(after.group().strip(".,;:")):
        return None  # '… 9.9 per cent will be revised': a passive said of the figure, no forecast of its value
    if not _all_listed(spaced, lo, found.start()):
        return None
    if holds_any_before(clause, [*tol.projection_clause_ends, *_OUTTURN_VERBS, *_PRESENT_WORDS], cut):
        return None
    return found.group()


# what the modal's left edge reads (``_modal_pattern``): a word character or an apostrophe before it
_MODAL_EDGE = re.compile(r"[\w']")
_SPACED_WORD = re.compile(r"\S+")
# a word of a subject's list, as the words between a figure and its modal are split
_LISTED_WORD = re.compile(r"[^\s,]+")


@lru_cache(maxsize=256)
def _single_spaced(sentence: str) -> str:
    """The sentence with one blank between its words, its case kept: ``normalized`` but for the lower case."""
    return " ".join(sentence.split())


@lru_cache(maxsize=256)
def _subject_list_words(spaced: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The words of ``spaced`` split as a subject's list is (blanks and commas): where each starts and ends, and
    where each that is no figure, name nor list word starts."""
    found = list(_LISTED_WORD.finditer(spaced))
    return (tuple(m.start() for m in found), tuple(m.end() for m in found),
            tuple(m.start() for m in found if not _listed(m.group())))


def _listed(word: str) -> bool:
    return bool(word[:1].isupper() or word.lower() in _SUBJECT_LIST_WORDS or _FIGURE_WORD.fullmatch(word))


def _all_listed(spaced: str, start: int, end: int) -> bool:
    """Every word of ``spaced[start:end]`` (split at blanks and commas) is a figure, a name or a list word: the
    sentence's words read once, a word the stretch cuts read as its piece."""
    if start >= end:
        return True
    starts, ends, unlisted = _subject_list_words(spaced)
    first, past = bisect_right(ends, start), bisect_left(starts, end)  # the words the stretch holds a piece of
    if first >= past:
        return True
    for edge in {first, past - 1}:
        if (starts[edge] < start or ends[edge] > end) \
                and not _listed(spaced[max(starts[edge], start):min(ends[edge], end)]):
            return False
    whole_from = first if starts[first] >= start else first + 1
    whole_past = past if ends[past - 1] <= end else past - 1
    if whole_from >= whole_past:
        return True
    other = bisect_left(unlisted, starts[whole_from])
    return not (other < len(unlisted) and unlisted[other] <= starts[whole_past - 1])


def _future_verb_after_alone(before: str, rest: str, tol: Tolerances) -> str | None:
    """``_future_verb_after`` read of ``before`` (the figure's stretch) and ``rest`` (the text after the figure) as
    their own texts."""
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


def future_verb_opening(sentence: str, start: int, tol: Tolerances) -> str | None:
    """The future verb (``future_verbs``) that ``sentence[start:]`` opens with, if any: its match at the start of
    the sentence's normalized text read once."""
    modals = (*tol.projection_modals, *tol.reported_future_modals)
    pattern, plain = _modal_pattern(modals, tuple(tol.projection_modal_exceptions)), normalized(sentence)
    at = normalized_start(sentence, start)
    if pattern is None:
        return None
    if at is None or at and _MODAL_EDGE.match(plain, at - 1):  # read as its own text: the modal's edge differs
        found = future_verbs(sentence[start:], tol)
        return found[0].group() if found and found[0].start() == 0 else None
    opening = pattern.match(plain, at) if may_hold(plain, modals) else None
    return opening.group() if opening is not None else None


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
