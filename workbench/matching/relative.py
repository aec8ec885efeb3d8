"""'This year' in a draft with no date: a reader takes it for the year the text it stands under
names (the paragraph before it, the heading, the title), not for the day the checker happens to
run. The claim's own sentence comes first ('2022 had the highest rate in decades, 7.8 % last year'),
unless its year is another figure's ('5 % last year, up from 3 % in 2021'); a year counted from
another ('a year earlier') counts from a sibling's year too. 'Kenya ends 2022 with its fastest
inflation' over 'prices rose 7.7 % this year' speaks of 2022, and so does 'Inflation in 2022 the second highest' over 'the average rate for the whole of last
year was 15.1 %': without the writer's date, 'this' or 'last' cannot be counted, and the named year
is the one the story is about. A year counted from another ('a year earlier', periods.json
``anchored_relative``) is counted from the named year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from ..extraction.periods import SAME_MONTH_BEFORE, YEAR_DIGITS, YEAR_WRITTEN, counted_from
from ..extraction.vocabulary import MONTH_NAMES, RELATIVE, YEARS_AGO, relative_year_offset
from ..models import Verdict
from ..numbers import alternation, data_json, lexicon
from ..rules import rule_for
from .carried import (earlier_paragraphs, names_only_baselines, one_day, one_period, one_span_in_a_year,
                      sentences_backwards)
from ..text import clause_around, clause_span, matches_once, search_once, surface_at
from .comparisons import comparison_between
from .sentence_scan import longest_literal, search_between

if TYPE_CHECKING:
    from ..config import Tolerances
    from ..drafts import Draft
    from ..models import Claim, ClaimResult

_RELATIVE = re.compile(rf"(?<![\w])(?:{RELATIVE})(?![\w])", re.IGNORECASE)
_YEAR = re.compile(YEAR_DIGITS)
_YEAR_COMPARISON = re.compile(rf"(?<![\w])(?:{alternation(lexicon().get('year_comparison_words', []))})(?![\w])", re.IGNORECASE)
_YEAR_COMPARISON_LONGEST = longest_literal(lexicon().get("year_comparison_words", []))
_COUNTED_FROM_ANOTHER = frozenset(" ".join(p.lower().split()) for p in [*data_json("periods.json")["anchored_relative"], *YEARS_AGO])
_LAYER_WORDS = {"sentence": "its own sentence", "paragraph": "an earlier sentence of the paragraph",
                "previous paragraph": "the paragraph before", "heading": "the heading", "title": "the title"}

# a plan's or a forecast's words: the year of their clause is the target's, not the text's present
_TARGET_WORDS = sorted({*data_json("periods.json")["plan_words"], *data_json("periods.json")["projection_words"]},
                       key=lambda w: (-len(w), w))
_TARGET = re.compile(rf"(?<![\w])(?:{alternation(_TARGET_WORDS)})(?![\w])", re.IGNORECASE)

# (period, where the year came from, the relative words) per claim id
Reanchored = dict[str, tuple[str, str, str]]
# the relative words that gave a claim its year from the run date, per claim id
Unanchored = dict[str, str]


def reanchor_relative(claims: list[Claim], draft: Draft, as_of: dt.date
                      ) -> tuple[list[Claim], Reanchored, Unanchored]:
    """The claims of an undated draft with each year that a relative phrase ('this year', 'last
    year') gave from today's date replaced by the year the text above names ('a year earlier':
    counted from it); and, per claim changed, where that year came from. Claims whose text above
    names no one year keep theirs, and the phrase that counted it from the run date ('December of
    last year') is said per claim, unless the sentence writes that year itself."""
    out: list[Claim] = []
    moved: Reanchored = {}
    left: Unanchored = {}
    by_sentence = _SentenceFigures.of(claims)
    for claim in claims:
        figures = by_sentence[claim.sentence]
        found = _reanchored(claim, draft, as_of, figures.sibling_years(claim), figures.compared_year(claim))
        if isinstance(found, tuple):
            out.append(claim.model_copy(update={"period": found[0]}))
            moved[claim.id] = found
            continue
        base = None if found or claim.period else _same_month_base(claim)
        if base is not None:  # '3.8 %, above the 3.4 % of the same month of 2024': a month of 2025
            out.append(claim.model_copy(update={"period": str(base[0] + 1)}))
            moved[claim.id] = (str(base[0] + 1), "base", base[1])
            continue
        month = None if found else _bare_month(claim, as_of)
        anchor = (_text_year(claim, draft, as_of) or _before_text_day(claim, draft, as_of)) if month is not None else None
        if month is not None and anchor is not None:
            # 'inflation dipped to 8.2 % in December' under 'prices rose 0.54 % in December 2017': the
            # month of the year the text above names, not of the day the checker runs
            period = _moved_to_year(claim.period or "", anchor[0])
            out.append(claim.model_copy(update={"period": period}))
            moved[claim.id] = (period, anchor[1], month)
            continue
        out.append(claim)
        counted = found or _trailing_years(claim, as_of) or _trailing_months(claim, as_of) or month \
            or _relative_month(claim, as_of)
        if counted is not None:
            left[claim.id] = counted
    return out, moved, left


def reanchor_compared(claims: list[Claim], as_of: dt.date) -> tuple[list[Claim], Reanchored]:
    """A dated draft's claims with a past relative year ('last year', 'πέρσι' glossed) that is the
    baseline of a figure its sentence states for an earlier year than the draft's ('3.5 % in 2023,
    against 6.4 % last year' in 2025: 2022) counted from that figure's year, as an undated draft's are
    (``_SentenceFigures.compared_year``); a current or coming year, or no comparison word between the
    figures ('in 2023 and 3.8 % last year'), keeps the draft's date as the anchor."""
    out: list[Claim] = []
    moved: Reanchored = {}
    by_sentence = _SentenceFigures.of(claims)
    for claim in claims:
        compared = by_sentence[claim.sentence].compared_year(claim)
        found = None if compared is None or compared >= as_of.year else _counted_from_compared(claim, as_of, compared)
        if found is None:
            out.append(claim)
            continue
        out.append(claim.model_copy(update={"period": found[0]}))
        moved[claim.id] = found
    return out, moved


def _counted_from_compared(claim: Claim, as_of: dt.date, compared: int) -> tuple[str, str, str] | None:
    """(period, layer, words) for a claim whose period a past relative phrase counted from the draft's
    date, counted from ``compared`` instead; None when no such phrase gave its period."""
    period = claim.period or ""
    for m in matches_once(_RELATIVE, claim.sentence):
        offset = relative_year_offset(m.group())
        if offset is None or offset >= 0:
            continue
        counted = str(as_of.year + offset)
        if period == counted or period.startswith(f"{counted}-"):
            return period.replace(counted, str(compared + offset)), "compared", m.group()
    return None


def set_against_between(text: str, lo: int, hi: int) -> bool:
    """A comparison word or a year's (``year_comparison_words``: 'against') stands in ``text[lo:hi]``: the
    text's words found once and bisected (``search_between``), since every figure of a sentence asks it of the
    stretch between itself and a sibling."""
    return comparison_between(text, lo, hi) \
        or search_between(_YEAR_COMPARISON, text, lo, hi, _YEAR_COMPARISON_LONGEST)


class _SentenceFigures:
    """The claims of one sentence, read once for what each asks of its siblings: a sentence of a
    thousand figures is not searched a thousand times for each of them."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self._ids_of_year: dict[str, set[str]] = {}
        # the siblings stated for one year the sentence writes, in claim order: (where the figure ends, claim)
        self._dated: list[tuple[int, Claim]] = []
        self._lowest_end: list[int] = []  # the least end among the first i + 1 of ``_dated``

    @staticmethod
    def of(claims: list[Claim]) -> dict[str, _SentenceFigures]:
        found: dict[str, _SentenceFigures] = {}
        for claim in claims:
            found.setdefault(claim.sentence, _SentenceFigures(claim.sentence)).add(claim)
        return found

    def add(self, claim: Claim) -> None:
        years = _YEAR.findall(claim.period or "")
        for year in years:
            self._ids_of_year.setdefault(year, set()).add(claim.id)
        # a year the sentence writes: a sibling's bare month ('in May') is dated from the run, no year to count from
        end = surface_at(self.sentence, claim.text) + len(claim.text)
        if len(set(years)) == 1 and years[0] in self.sentence and len(claim.text) <= end:
            self._dated.append((end, claim))
            self._lowest_end.append(min(end, self._lowest_end[-1]) if self._lowest_end else end)

    def sibling_years(self, claim: Claim) -> frozenset[str]:
        """The years the other figures of the claim's sentence are stated for ('up from 3 % in 2021'):
        such a year is theirs, not the one the sentence is about."""
        return frozenset(y for y, ids in self._ids_of_year.items() if len(ids) > 1 or claim.id not in ids)

    def compared_year(self, claim: Claim) -> int | None:
        """'Inflation ended 2022 at 8.1 %, higher than 6.8 % last year': the claim is the baseline a sibling
        figure stated for one year before it is compared with (a comparison word between them), so its
        relative year counts from that year, as 'a year earlier' does."""
        at = surface_at(self.sentence, claim.text)

        def compared(end: int) -> bool:
            return end <= at and set_against_between(self.sentence, end, at)

        # whether a sibling qualifies depends only on where it ends, and an earlier end qualifies when a
        # later one does: the first in claim order is where the least end so far first qualifies
        lo, hi = 0, len(self._dated)
        while lo < hi:
            mid = (lo + hi) // 2
            if compared(self._lowest_end[mid]):
                hi = mid
            else:
                lo = mid + 1
        if lo == len(self._dated):
            return None
        if self._dated[lo][1].id == claim.id:  # the claim itself (it ends after it starts only with no text)
            return next((int(_YEAR.findall(other.period or "")[0]) for end, other in self._dated
                         if other.id != claim.id and compared(end)), None)
        return int(_YEAR.findall(self._dated[lo][1].period or "")[0])


def _reanchored(claim: Claim, draft: Draft, as_of: dt.date, siblings: frozenset[str] = frozenset(),
                compared: int | None = None) -> tuple[str, str, str] | str | None:
    """(period, layer, words) when the text gives the year a relative phrase counts from; the words
    alone when the phrase gave the period from the run date and nothing names a year; else None."""
    period = claim.period or ""
    for m in matches_once(_RELATIVE, claim.sentence):
        phrase = " ".join(m.group().lower().split())
        offset = relative_year_offset(phrase)
        if offset is None:
            continue
        counted = str(as_of.year + offset)
        # only a period the phrase gave: the year itself, or a part of it ('the first half of this year')
        in_year = period.startswith(f"{counted}-")  # 'in May this year': a month of the counted year
        if period != counted and not in_year and not (
                _YEAR.findall(period) and set(_YEAR.findall(period)) == {counted}
                and claim.sentence[max(0, m.start() - 4):m.start()].lower().strip() == "of"):
            read = _read_from_named_year(claim, draft, m, as_of)
            if read is not None:
                return read
            continue
        if compared is not None:  # counted from the compared figure's year: 'last year' is the one before it
            return period.replace(counted, str(compared + offset)), "sentence", m.group()
        base = _compared_base_year(claim, m)
        if base is not None:  # 'last year 3.8 % dearer than in 2022': the year after the base it is set against
            return period.replace(counted, str(base + 1)), "base", m.group()
        taken = frozenset() if phrase in _COUNTED_FROM_ANOTHER else siblings
        in_sentence = _sentence_year(claim, m, as_of, taken)
        anchor = in_sentence or _text_year(claim, draft, as_of)
        if anchor is None:  # counted from the run date, unless the sentence writes that year itself
            return None if counted in claim.sentence else m.group()
        year, layer = anchor
        # 'the same month last year' under 'May 2025': a year before the month the text names, not that year
        counted_back = phrase in _COUNTED_FROM_ANOTHER \
            or SAME_MONTH_BEFORE.start_at_end(claim.sentence[:m.start()]) is not None
        present = None if in_sentence is not None or counted_back else _present_year(claim, draft, as_of)
        if present is not None:  # 'last year' under 'the rate of 3.1 % in October 2023': counted from the text's present
            year, counted_back = present, True
        shift = offset if counted_back else 0
        return period.replace(counted, str(year + shift)), layer, m.group()
    return None


def _compared_base_year(claim: Claim, phrase: re.Match[str]) -> int | None:
    """The year a relative year is set against, when the sentence writes one year only and it stands after
    a comparison word that follows both the relative phrase and the figure ('prices were 3.8 % higher last
    year than in 2022', 'a rise of 3.5 ppm in May this year, in comparison to the same month in 2024'): that
    year is the comparison's base, never the relative year itself, and a change set against a named year with
    the other end left relative is a year-on-year change, so the relative year is the one after it. None
    otherwise (a sentence writing several years, or its year before the phrase: 'in 2023 … last year')."""
    sentence = claim.sentence
    years = list(YEAR_WRITTEN.finditer(sentence))
    if len(years) != 1:
        return None
    at = surface_at(sentence, claim.text)
    after = max(phrase.end(), at + len(claim.text) if at >= 0 else phrase.end())
    year = years[0]
    if year.start() < after:
        return None
    if not set_against_between(sentence, after, year.start()):
        return None
    return int(year.group())


def _same_month_base(claim: Claim) -> tuple[int, str] | None:
    """(year, words) when a figure with no period of its own is set against a sibling its sentence dates to 'the
    same month of' one year, after it ('the rate stood at 3.8 %, above the 3.4 % of the same month of 2024'): a
    12-month rate compared with the same month a year before is of the year after it. None otherwise (a sentence
    writing several years, or none after the figure)."""
    sentence = claim.sentence
    years = list(YEAR_WRITTEN.finditer(sentence))
    at = surface_at(sentence, claim.text)
    if len(years) != 1 or at < 0 or years[0].start() < at + len(claim.text):
        return None
    year = years[0]
    behind = SAME_MONTH_BEFORE.start_at_end(sentence[:year.start()])
    if behind is None or not set_against_between(sentence, at + len(claim.text), year.start()):
        return None
    return int(year.group()), sentence[behind:year.end()].strip()


def _read_from_named_year(claim: Claim, draft: Draft, phrase: re.Match[str], as_of: dt.date
                          ) -> tuple[str, str, str] | None:
    """(period, layer, words) when the sentence's reading already counted an anchored phrase ('the previous
    year', 'im Vorjahr' glossed) from a year its sentence or paragraph names: the period stays as read
    (``counted_from`` is the one count), and where its year came from is said, as for a moved one."""
    words = " ".join(phrase.group().lower().split())
    if words not in _COUNTED_FROM_ANOTHER:
        return None
    anchor = _sentence_year(claim, phrase, as_of, frozenset()) or _text_year(claim, draft, as_of)
    years = _YEAR.findall(claim.period or "")
    if anchor is None or not years or counted_from(words, anchor[0]) != int(years[-1]):
        return None
    return claim.period or "", anchor[1], phrase.group()


def _sentence_year(claim: Claim, phrase: re.Match[str], as_of: dt.date, siblings: frozenset[str]
                   ) -> tuple[int, str] | None:
    """The one year the claim's own sentence writes besides the relative phrase ('2022 had the
    highest rate …, an average of 7.8 % last year'), unless it is another figure's own year; another
    relative period of the sentence that is no relative year ('figures from earlier this month') names no
    year of the text's."""
    text = claim.sentence[:phrase.start()] + " " * len(phrase.group()) + claim.sentence[phrase.end():]
    # another relative year beside it ('this year … up 2.3 % on last year') counts from the same present: no
    # year the text writes, so it is set aside too; a relative period counted from the run date ('figures from
    # earlier this month') names none of the text's either
    for m in _RELATIVE.finditer(text):
        if relative_year_offset(m.group()) is not None:
            text = text[:m.start()] + " " * len(m.group()) + text[m.end():]
    found = one_period(text, as_of, written=True)
    if not isinstance(found, str) or not _YEAR.match(found) or found[:4] in siblings:
        return None
    if found[:4] not in text:  # a bare month ('in December of last year') is dated from the run, no year of the text's
        return None
    return int(found[:4]), "sentence"


def _text_year(claim: Claim, draft: Draft, as_of: dt.date) -> tuple[int, str] | None:
    """The one year the text above the claim names: its paragraph's earlier sentences (nearest
    first), the heading above, the title. None when the nearest text naming years names several."""
    found = _text_period(claim, draft, as_of)
    return (int(found[0][:4]), found[1]) if found is not None else None


def _present_year(claim: Claim, draft: Draft, as_of: dt.date) -> int | None:
    """The year of the text's present when the one period the text above names is a month or a day: a
    month's figure is told once it is over ('3.1 % in October 2023' in 2023, 'December 2022's rate' in
    January 2023), a day's on it. A year alone named above is the year the story is about: None."""
    found = _text_period(claim, draft, as_of)
    named = _MONTH_OR_DAY.fullmatch(found[0]) if found is not None else None
    if named is None:
        return None
    year, month = int(named.group("year")), int(named.group("month"))
    return year + 1 if named.group("day") is None and month == 12 else year


_MONTH_OR_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")


def _before_text_day(claim: Claim, draft: Draft, as_of: dt.date) -> tuple[int, str] | None:
    """(year, layer) for a bare month or day under text that names one day ('As of 1 January, …' under 'On 1 June
    2023, …'): that day is the text's present, so the month or day is the latest one by then — a day on or before
    it, a month over before it ('in December' under '10 January 2023' is December 2022). None when the text above
    names no one day."""
    found = _text_period(claim, draft, as_of, days=True)
    named = _MONTH_OR_DAY.fullmatch(found[0]) if found is not None else None
    claimed = _MONTH_PERIOD.fullmatch(claim.period or "")
    if named is None or named.group("day") is None or claimed is None:
        return None
    year, present = int(named.group("year")), (int(named.group("month")), int(named.group("day")))
    month = int(claimed.group("month"))
    by_then = (month, int(claimed.group("day"))) <= present if claimed.group("day") else month < present[0]
    return (year if by_then else year - 1), found[1]


def _text_period(claim: Claim, draft: Draft, as_of: dt.date, days: bool = False) -> tuple[str, str] | None:
    """(period, layer) of the one period the text above the claim names (see ``_text_year``); with ``days``, a day
    named alone counts too (no figure is of it, but it dates the text: ``_before_text_day``)."""
    start = claim.start - max(surface_at(claim.sentence, claim.text), 0)
    paragraph = draft.prose[max(draft.body_start, draft.paragraph_at(claim.start).start):start]
    # the sentences above the claim, nearest first, split only as far as they are read
    layers: Iterator[tuple[str, str]] = (("paragraph", s) for s in sentences_backwards(paragraph))
    heading = draft.heading_for(claim.start)
    section = max(draft.body_start, heading.end if heading is not None and heading.end <= start else 0)
    for previous in earlier_paragraphs(draft, claim.start, section, 1):  # the paragraph right above, as carried
        layers = chain(layers, (("previous paragraph", s) for s in sentences_backwards(previous)))
    if heading is not None and heading.end <= start:
        first = heading.level == 1 and heading is draft.headings[0]  # a draft's first '# …' is its title
        layers = chain(layers, [("title" if first else "heading", draft.text[heading.text_start:heading.end])])
    title = draft.title or draft.first_top_heading
    if title and not (heading is not None and draft.text[heading.text_start:heading.end].strip() == title.strip()):
        layers = chain(layers, [("title", title)])
    for layer, text in layers:
        found = one_period(text, as_of)
        found = (one_day(text, as_of) or False) if days and found is False else found
        found = (one_span_in_a_year(text, as_of) or False) if found is False else found
        if found is False and names_only_baselines(text, as_of):
            continue  # 'Compared with 2021, the rate tripled' under 'In 2022, …': its year is the text's above
        if found is False:
            return None
        if found and _target_year(text, str(found)[:4]):
            continue  # 'the plan is to raise it to 8 % in 2025': the plan's year, not the one the text is written in
        if found and str(found)[:4] in text:  # a bare month ('in May') is dated from the run: no year of the text's
            return str(found), layer
    return None


def _target_year(text: str, year: str) -> bool:
    """``year`` is written in ``text`` in a clause of a plan's or a forecast's words (``plan_words``,
    ``projection_words``): the year a plan or a forecast aims at, not the present of the text."""
    for m in re.finditer(rf"(?<!\d){re.escape(year)}(?!\d)", text):
        lo, hi = clause_span(text, m.start())
        if _TARGET.search(text, lo, hi):
            return True
    return False


def describe_relative(result: ClaimResult, moved: tuple[str, str, str] | None) -> ClaimResult:
    """Say on the lead evidence, and in the explanation, which year a relative phrase was counted from."""
    if moved is None:
        return result
    period, layer, phrase = moved
    if layer == "compared":
        said = f"'{phrase}' read as {period}, counted from the year of the figure it is compared with"
    elif layer == "base":
        said = f"'{phrase}' read as {period}, the year after the one its sentence compares it with (the draft has no date)"
    else:
        said = f"'{phrase}' read as {period}, from the year {_LAYER_WORDS.get(layer, layer)} names (the draft has no date)"
    explanation = f"{result.explanation.rstrip()} ({said[0].upper()}{said[1:]}.)"
    if not result.evidence:
        return result.model_copy(update={"explanation": explanation})
    lead = result.evidence[0]
    evidence = [lead.model_copy(update={"context": f"{lead.context}; {said}" if lead.context else said}),
                *result.evidence[1:]]
    return result.model_copy(update={"evidence": evidence, "explanation": explanation})


_PAST = "|".join(re.escape(w) for w in data_json("periods.json")["past_words"])
# both orders extraction reads a trailing span in (extraction/periods.py, 'past'): 'the past 5 years', and a Romance
# gloss's 'the 5 last years' ('les 5 dernières années')
_TRAILING_YEARS = re.compile(rf"\b(?:the\s+)?(?:(?:{_PAST})\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)|(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+(?:{_PAST}))"
                             r"\s+years\b", re.IGNORECASE)


def _trailing_years(claim: Claim, as_of: dt.date) -> str | None:
    """'Over the past 49 years': a span of years ending at the day of the check (this year or the last),
    when the sentence writes neither of its ends — the words, else None."""
    years = _YEAR.findall(claim.period or "")
    found = search_once(_TRAILING_YEARS, claim.sentence) if len(years) == 2 else None
    if found is None or len(years) != 2 or int(years[1]) not in (as_of.year, as_of.year - 1):
        return None
    return None if any(y in claim.sentence for y in years) else found.group()


_TRAILING_MONTHS = re.compile(rf"(?<![\w])(?:{alternation(sorted(data_json('periods.json')['trailing_months_words'], key=lambda w: (-len(w), w)))})(?![\w])",
                              re.IGNORECASE)
_MONTH_SPAN = re.compile(r"(?P<first>\d{4})-\d{2}/(?P<last>\d{4})-\d{2}")


def _trailing_months(claim: Claim, as_of: dt.date) -> str | None:
    """'An accumulated 4.80 % in the last 12 months' in an undated draft: twelve months ending in the year of the
    day of the check (or the one before), when the sentence writes no year of them — the words, else None."""
    found = _MONTH_SPAN.fullmatch(claim.period or "")
    phrase = search_once(_TRAILING_MONTHS, claim.sentence) if found is not None else None
    if found is None or phrase is None or int(found.group("last")) not in (as_of.year, as_of.year - 1):
        return None
    return None if found.group("first") in claim.sentence or found.group("last") in claim.sentence else phrase.group()


_RELATIVE_MONTHS: dict[str, int] = {" ".join(k.lower().split()): int(v) for k, v in data_json("periods.json")["relative_months"].items()
                                    if not k.startswith("_")}
_RELATIVE_MONTH = re.compile(rf"(?<![\w])(?:{alternation(sorted(_RELATIVE_MONTHS, key=lambda w: (-len(w), w)))})(?![\w])",
                             re.IGNORECASE)


def _relative_month(claim: Claim, as_of: dt.date) -> str | None:
    """'The concentration reached 420.99 ppm last month' in an undated draft: the month counted from the day of the
    check (periods.json ``relative_months``), which may be any month the writer wrote in — the words, else None."""
    found = _MONTH_PERIOD.fullmatch(claim.period or "")
    phrase = search_once(_RELATIVE_MONTH, claim.sentence)
    if found is None or phrase is None:
        return None
    year, month_index = divmod(as_of.year * 12 + as_of.month - 1 + _RELATIVE_MONTHS[" ".join(phrase.group().lower().split())], 12)
    # only the month the phrase counted from that day, not one the sentence dates otherwise
    counted = (int(found.group("year")), int(found.group("month"))) == (year, month_index + 1)
    return phrase.group() if counted and str(year) not in claim.sentence else None


def _bare_month(claim: Claim, as_of: dt.date) -> str | None:
    """'The annual rate for December', 'from January to October', 'compared to September 1': a month
    (or a span of months, or a day) the sentence names without a year, dated by the day of the check
    (this year's or last year's), when the sentence writes no such year — the (last) month's name, else None."""
    found = _MONTH_PERIOD.fullmatch(claim.period or "")
    if found is None:
        return None
    year, month = int(found.group("year")), int(found.group("month"))
    if year not in (as_of.year, as_of.year - 1) or found.group("year") in claim.sentence:
        return None
    names = sorted((n.capitalize() for n, number in MONTH_NAMES.items() if number == month), key=len, reverse=True)
    name = re.search(rf"\b(?:{'|'.join(names)})\b", claim.sentence)
    return name.group() if name else None


def _moved_to_year(period: str, year: int) -> str:
    """A month (or span of months, or day) counted from the run date, moved whole so that its (last)
    month falls in ``year``: '2025-12/2026-11' → '2016-12/2017-11' for 2017."""
    years = _YEAR.findall(period)
    if not years:
        return period
    shift = year - int(years[-1])
    return re.sub(YEAR_DIGITS, lambda m: str(int(m.group()) + shift), period)


def period_basis_words(tol: Tolerances) -> list[str]:
    """The series basis words (``series_basis_words``) that speak of a period: all but those naming a series
    whatever its period (lexicon ``period_free_basis_words``: 'seasonally adjusted')."""
    free = {w.lower() for w in lexicon().get("period_free_basis_words", [])}
    return [w for w in tol.series_basis_words if w.lower() not in free]


def _own_clause(claim: Claim) -> str:
    """The clause of the claim's sentence its figure stands in (the whole sentence when the figure is not found)."""
    at = surface_at(claim.sentence, claim.text)
    return clause_around(claim.sentence, at) if at >= 0 else claim.sentence


_MONTH_PERIOD = re.compile(r"(?:\d{4}-\d{2}/)?(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")  # a month, a span of months ('January to October'), a day


# Verdicts that take the run date's year for the text's: a row judged (agreeing or not), or none found for that
# year. A row that agrees is as much a guess: 'last year's average of 1,421.97' read in 2026 fits 2025's row, yet
# the writer's 'last year' may be any year, so 'supported' would pass a figure nobody checked.
_RUN_DATE_VERDICTS = frozenset({Verdict.supported, Verdict.contradicted, Verdict.unsupported})


def review_run_date_year(result: ClaimResult, phrase: str | None, basis_words: Iterable[str] = ()) -> ClaimResult:
    """A figure of an undated draft whose year is a relative phrase counted from the day the checker
    runs ('13.9 % in December of last year'), contradicted or unsupported for that year → needs_review:
    the writer's 'last year' may be any year, so the row (or its absence) judges a guess. ``basis_words``
    (``period_basis_words``: 'annualised', 'from the previous month') in the figure's own clause make another series a
    matter of period: an annualised rate of a month may be its 12-month rate, which a year's row speaks to."""
    from ..verify.decision import Reason  # here: verify imports matching, so matching imports verify late
    from ..verify.wording import holds_any

    if phrase is None or result.verdict not in _RUN_DATE_VERDICTS or result.reviewed:
        return result
    if result.verdict is Verdict.supported and not (result.evidence and result.claim.period
                                                   and result.evidence[0].period.startswith(result.claim.period)):
        # the agreeing row is of a year the text itself gives ('its maximum for 2023 … in May'), not the guessed one
        return result
    if result.reason == Reason.SPAN_AT_DATA_END:
        return result  # the span was read as ending at the data's last year, not at the day of the check
    if result.reason == Reason.SPAN_BEFORE_RECORDS:
        return result  # measured against an era before every row ('pre-industrial'): no year's reading finds one
    if result.reason in (Reason.PLACE_NOT_COVERED, Reason.MONTH_ON_MONTH, Reason.CURRENCY_NOT_HELD,
                         Reason.UNIT_NOT_HELD) or (
            result.reason == Reason.OTHER_SERIES and not holds_any(_own_clause(result.claim), basis_words)):
        # no row of the measure (or of its variant, 'HICP', 'CPIF'; or of the currency's rate; or in the figure's unit, an
        # index's points) for the place in any year: no
        # reading of 'last year' finds one. A basis in the figure's clause ('on an annualised basis in June') speaks
        # of the period: that stays a guess — but not a change over one month, whose basis is its reason: no year has
        # a monthly row of the measure ('In June, prices fell 0.4 % on a monthly basis' is one month's change whichever
        # June it is); nor one another figure's clause names ('… 0.4 % month on month, and rose 1.7 % …')
        return result
    said = (f" The draft has no date and its text names no year to count {phrase!r} from: {result.claim.period} is "
            f"counted from the day of the check, so which period the figure speaks of is for a person to decide.")
    verdict = Verdict.needs_review
    return result.model_copy(update={"verdict": verdict, "auto_verdict": verdict, "rule": rule_for(verdict, result.flags),
                                     "explanation": result.explanation.rstrip() + said})
