"""The period a reader carries to a figure whose own sentence names none: 'In 2006 emissions stood
at a record. The US emitted 5.5 tons per person.' speaks of 2006, not of the latest year."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extraction.periods import PERIOD, YEAR_WRITTEN, PeriodReader, opened_span
from ..numbers import alternation, data_json, lexicon
from ..periods import DAY, MONTH, MULTI_YEAR, QUARTER, YEAR, YEAR_TO_DATE, granularity, try_parse_period
from ..text import search_once, token_set
from .present_perfect import states_present_perfect, turns_to_present

if TYPE_CHECKING:
    from ..drafts import Draft
    from ..models import ClaimResult
    from .context import ClaimContext
    from .scoring import Candidate

# 'now', 'currently', 'today': the sentence speaks of the draft's own time, whatever year came before.
_PRESENT = re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon()['present_words']))})\b", re.IGNORECASE)
# ('。', '।', '։' end a sentence with or without a space after them; Armenian typed with ':' for '։': data/lexicon.json)
_SENTENCE_END = re.compile(rf"(?<=[.!?…])\s+|(?<=[{re.escape(lexicon()['sentence_final_marks'])}])\s*"
                           rf"|(?<=:)\s+(?=[{lexicon()['colon_sentence_starts']}])")
# 'larger than in 2016', 'up from that of 2016': the word before the period makes it a baseline
# ('from the year 2017', 'compared to 50 million in the year 1996': a noun for year may stand before the year)
_YEAR_NOUN = rf"(?:(?:{alternation(data_json('periods.json')['baseline_year_nouns'])})\s+)?"
_BASELINE = re.compile(rf"\b(?:{alternation(lexicon()['baseline_markers'], flexible_space=False)})"
                       rf"\s+(?:(?:{alternation(lexicon()['baseline_links'])})\s+)?{_YEAR_NOUN}$", re.IGNORECASE)
_OPENING = re.compile(r"\W*(?:[^\W\d]+\s+){0,2}")  # 'In 2006, …', 'Back in 2006, …'
# 'compared to 400.0 ppm in 2015', '0.6 % after 0.9 % in 2016': the period of the figure a sentence compares
# with (after a baseline marker or a word linking a figure to the one it is compared with), not the sentence's
_COMPARED_MARKERS = alternation([*lexicon()['baseline_markers'], *lexicon()['compared_change_links']], flexible_space=False)
_COMPARED_FIGURE = re.compile(rf"\b(?:{_COMPARED_MARKERS})"
                              rf"\s+(?:the\s+)?[+\-\u2212]?[\d.,]*\d[^\d.;:!?]{{0,25}}?\s(?:in|of|for)\s+{_YEAR_NOUN}$", re.IGNORECASE)
# 'down from 4.8 % a year earlier': a period counted from another one (periods.json ``anchored_relative``) right
# after the figure compared with, no preposition between, dates that figure too
_COMPARED_FIGURE_BARE = re.compile(rf"\b(?:{_COMPARED_MARKERS})"
                                   rf"\s+(?:the\s+)?[+\-\u2212]?[\d.,]*\d[^\d.;:!?]{{0,25}}?\s$", re.IGNORECASE)
_ANCHORED_RELATIVE = re.compile(rf"(?:{alternation(data_json('periods.json')['anchored_relative'])})(?![\w])", re.IGNORECASE)


def _compared_figure_s(sentence: str, at: int) -> bool:
    """The period at ``at`` dates the figure the sentence compares with ('compared to 400.0 ppm in 2015', 'down
    from 4.8 % a year earlier')."""
    before = sentence[max(0, at - 50):at]
    return _COMPARED_FIGURE.search(before) is not None \
        or _ANCHORED_RELATIVE.match(sentence, at) is not None and _COMPARED_FIGURE_BARE.search(before) is not None


def _compared_figures_period(period: str, sentence: str, as_of: dt.date) -> bool:
    """Whether ``period``, carried from other text, is the one the sentence gives the figure it compares its own
    with ('5.8 % … after 3.5 % in 2021' under a heading of 2021): a figure set against another of the same period is
    of another one."""
    return any(p == period for start, _end, p in read_periods(sentence, as_of)
               if p and _COMPARED_FIGURE.search(sentence[max(0, start - 50):start]))


@lru_cache(maxsize=1024)  # asked for each figure of a sentence: a table's row of thousands of figures is one sentence
def _names_own_period(sentence: str) -> bool:
    """Whether the sentence names a period of its own, not only the one of a figure it compares with
    nor a baseline ('the year's average, 8.4 %, a rate not seen since 1986': the record's start)."""
    return any(not _compared_figure_s(sentence, m.start())
               and not _BASELINE.search(sentence[max(0, m.start() - 30):m.start()]) for m in PERIOD.finditer(sentence))


# A span of years ('between 2016 and 2021') or a single day frames no one figure after it.
_CARRIED = frozenset({YEAR, QUARTER, MONTH})


@lru_cache(maxsize=1024)  # the claims of one paragraph, and each rule about one claim, read the same text
def read_periods(text: str, as_of: dt.date) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, period or None for a baseline) of every period ``text`` names, in order."""
    return tuple(PeriodReader(text, text[::-1], as_of).periods_in(0, len(text)))


def named_periods(text: str, as_of: dt.date) -> frozenset[str]:
    """The valued periods ``text`` names (baselines such as 'than in 2020' left out)."""
    return frozenset(p for _, _, p in read_periods(text, as_of) if p)


def only_span(text: str, as_of: dt.date) -> str | None | bool:
    """The one span of whole years a text names; None when it names no period; False when it names
    other periods too (a reader cannot tell which one a figure is over)."""
    named = named_periods(text, as_of)
    if not named:
        return None
    spans = {p for p in named if (parsed := try_parse_period(p)) is not None and granularity(parsed) == MULTI_YEAR}
    return spans.pop() if len(spans) == 1 and spans == named else False


def _periods(text: str, as_of: dt.date, written: bool = False, baselines: bool = True) -> list[str]:
    """The valued periods a text names (baselines such as 'than in 2020' left out), in order; with
    ``written``, only those whose words write their year ('in 2022', not 'last year' nor 'in May');
    without ``baselines``, its baselines are not listed at all."""
    # a baseline ('than in 2020') or a period not read stands as '' : the text names a period, not one to carry
    # the year of a figure compared with the sentence's own ('… in 2022 compared with 3.6 % in 2021') is
    # that figure's alone: the sentence still speaks of its own year
    return [p if p and try_parse_period(p) is not None and not baseline else ""
            for start, end, p in read_periods(text, as_of)
            if not _COMPARED_FIGURE.search(text[max(0, start - 50):start])
            and not (written and not YEAR_WRITTEN.search(text, start, end))  # a year an undated draft can place
            for baseline in (not p or _BASELINE.search(text[max(0, start - 30):start]) is not None
                             and not opened_span(text, start, end),)
            if baselines or not baseline]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, in order (a sentence ends at '.', '!', '?' or '…' and a space, or at a
    script's own full stop)."""
    body = text.strip()
    return [body[start:end] for start, end in _sentence_bounds(body)]


# how far from its end ``sentences_backwards`` first looks for sentence ends: a few sentences of prose
_BACKWARDS_WINDOW = 2000


def sentences_backwards(text: str) -> Iterator[str]:
    """``reversed(sentences(text))``, read from the end as they are asked for: a claim looks at the sentences
    above it in its paragraph, the nearest first, and most stop at the first, so splitting the whole paragraph
    for each of its claims made a paragraph of thousands of sentences quadratic. A sentence end is white space
    right after a mark (or none after a script's full stop), so a scan from inside the text finds exactly the ends
    a scan from its start finds there; only the sentences before the first end found take the whole split."""
    body = text.strip()
    window = len(body) - _BACKWARDS_WINDOW
    gaps = list(_SENTENCE_END.finditer(body, window)) if window > 0 else []
    if not gaps:
        yield from (body[start:end] for start, end in reversed(_sentence_bounds(body)))
        return
    stop = len(body)
    for gap in reversed(gaps):
        if body[gap.end():stop].strip():
            yield body[gap.end():stop]
        stop = gap.start()
    yield from (body[start:end] for start, end in reversed(_sentence_bounds(body)) if end <= stop)


def _sentence_bounds(body: str) -> list[tuple[int, int]]:
    """Where each sentence of ``body`` (a stripped text) starts and ends in it: the one split of ``sentences``."""
    bounds: list[tuple[int, int]] = []
    at = 0
    for gap in [*_SENTENCE_END.finditer(body), None]:
        stop = gap.start() if gap is not None else len(body)
        if body[at:stop].strip():
            bounds.append((at, stop))
        if gap is not None:
            at = gap.end()
    return bounds


@lru_cache(maxsize=8)  # the claims of one paragraph ask for their neighbours in turn
def _sentence_spans(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where each sentence of ``text[start:end]`` (as ``sentences`` splits it) starts and ends in ``text``:
    read once per paragraph, so that finding a figure's neighbours does not split the paragraph again."""
    part = text[start:end]
    shift = start + len(part) - len(part.lstrip())
    bounds = _sentence_bounds(part.strip())
    return [shift + at for at, _ in bounds], [shift + stop for _, stop in bounds]


def neighbour_sentences(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                        reach: int) -> list[str]:
    """The sentence of ``text[start:end]`` (a paragraph) right before ``sentence_start`` and the one right
    after ``sentence_end`` — the part of either on the figure's side of its sentence when a sentence
    runs on past it — each cut to the ``reach`` characters nearest the figure's sentence (whole words):
    a table's rows or a run-on list read as one sentence are not read whole for each of their figures."""
    starts, ends = _sentence_spans(text, start, end)
    found: list[str] = []
    if sentence_start > start:
        before = bisect_left(starts, sentence_start) - 1
        if before >= 0:
            low = max(starts[before], min(ends[before], sentence_start) - reach)
            behind = text[low:min(ends[before], sentence_start)].strip()
            if low > starts[before] and not text[low - 1].isspace():  # cut: from the first whole word
                behind = behind.split(None, 1)[-1]
            if behind:
                found.append(behind)
    after = bisect_right(ends, sentence_end)
    while after < len(ends):
        low = max(starts[after], sentence_end)
        high = min(ends[after], low + reach)
        ahead = text[low:high].strip()
        if high < ends[after] and not text[high].isspace():  # cut: up to the last whole word
            ahead = ahead.rsplit(None, 1)[0]
        if ahead:
            found.append(ahead)
            break
        after += 1
    return found


def _carriable(period: str) -> str | bool:
    parsed = try_parse_period(period) if period else None
    return period if parsed is not None and granularity(parsed) in _CARRIED else False


@lru_cache(maxsize=1024)  # the claims of one paragraph read the same sentences before them
def one_period(text: str, as_of: dt.date, written: bool = False, past_baselines: bool = False) -> str | None | bool:
    """The period a stretch of text is about: None when it names none; False when it names several
    and none opens it (a reader cannot tell which one a later figure is about). With ``written`` (an
    undated draft), only periods that write their year count: 'what consumers felt last year is now
    confirmed: inflation jumped in 2022' is about 2022 when nothing dates 'last year'. With
    ``past_baselines`` (a period carried to a figure naming none), the baselines a text compares its
    one period with ('in 2013 …, down 6.6 % on the year before') leave that period the text's."""
    found = _periods(text, as_of, written)
    if not found:
        return None
    if len(set(found)) == 1:
        return _carriable(found[0])
    own = _periods(text, as_of, written, baselines=False) if past_baselines else []
    if own and all(own) and len(set(own)) == 1:
        return _carriable(own[0])
    # 'In 2006, … 20 % above the level reached in 2000': the period that opens the sentence frames it
    opening = PERIOD.search(text)
    if opening is not None and _OPENING.fullmatch(text[:opening.start()]):
        first = _periods(text[:opening.end()], as_of, written)
        if first:
            return _carriable(first[0])
    return False


def one_span_in_a_year(text: str, as_of: dt.date) -> str | None:
    """The one period a stretch of text names when it is a span of months inside one calendar year ('the first
    two months of 2016': 2016-01/2016-02), else None. No figure after it is of that span (``one_period`` carries
    none), but its year is the year the text speaks of: a bare month after it ('In February, …') is of that year."""
    found = set(_periods(text, as_of, True))
    span = found.pop() if len(found) == 1 else None
    if span is None or _MONTH_SPAN.fullmatch(span) is None or span[:4] != span[-7:-3] or span[:4] not in text:
        return None
    return span


_MONTH_SPAN = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")


def one_day(text: str, as_of: dt.date) -> str | None:
    """The one day a stretch of text names when it names no other period ('On 1 June 2023, 19.9 million people
    lived in the country'): no figure after it is of that day (``one_period`` carries none), but its year is the
    year the text speaks of; else None."""
    found = set(_periods(text, as_of))
    day = found.pop() if len(found) == 1 else None
    parsed = try_parse_period(day) if day else None
    return day if parsed is not None and granularity(parsed) == DAY else None


def names_only_baselines(text: str, as_of: dt.date) -> bool:
    """'Compared with 2021, the rate more than tripled': every period the text names is a baseline it compares
    with, so it speaks of a period it leaves unnamed — a reader takes that one from the text before it."""
    return bool(_periods(text, as_of)) and not _periods(text, as_of, baselines=False)


def year_of_parts(text: str, as_of: dt.date) -> int | None:
    """The one calendar year of the parts of a year a text names (a month, a quarter, a span to date),
    its whole years left aside: 'inflation in December accelerated to the fastest pace since 2008 …
    rate hikes this year' speaks of December's year. None when it names no part, or parts of two years."""
    years = {parsed.start.year for p in _periods(text, as_of) if p and (parsed := try_parse_period(p)) is not None
             and granularity(parsed) in (MONTH, QUARTER, YEAR_TO_DATE) and parsed.start.year == parsed.end.year}
    return next(iter(years)) if len(years) == 1 else None


# 'Compared with 2021, …': a base year the figure is set against as one year with another (periods.json
# ``compared_base_words``), a noun for year allowed between ('compared with the year 2021')
_COMPARED_BASE = re.compile(rf"\b(?:{alternation(data_json('periods.json')['compared_base_words'])})\s+(?:the\s+)?{_YEAR_NOUN}$",
                            re.IGNORECASE)
_YEAR_RATE_WORDS = re.compile(rf"(?<![\w-])(?:{alternation(data_json('periods.json')['compared_base_rate_words'])})(?![\w-])",
                              re.IGNORECASE)
BASE_LAYER = "compared base"


def year_after_compared_base(sentence: str, as_of: dt.date) -> tuple[str, str, frozenset[str]] | None:
    """(the year after the base, layer, no words) for a figure of one year's rate or change (its sentence says so:
    periods.json ``compared_base_rate_words``) whose sentence names no period but one year it is compared with
    ('Compared with 2021, annual inflation also increased: … 8.7 per cent' speaks of 2022): asked only where no
    other text dates the figure. None when the sentence names a period of its own, another base, a base that is
    no single year ('since 2019', 'the same month of 2019'), or no words of a year's rate."""
    found = read_periods(sentence, as_of)
    if not found or any(p for _, _, p in found) or _YEAR_RATE_WORDS.search(sentence) is None \
            or search_once(_PRESENT, sentence) or states_present_perfect(sentence):  # 'now', 'has reached': today's
        return None
    years = {sentence[start:end] for start, end, _ in found}
    if len(years) != 1 or not all(_COMPARED_BASE.search(sentence[max(0, start - 40):start]) for start, _, _ in found):
        return None
    year = years.pop()
    return (str(int(year) + 1), BASE_LAYER, frozenset()) if re.fullmatch(r"\d{4}", year) else None


# 'now', 'currently': the time of writing, which an undated draft leaves to the text before it
_WRITING_TIME = re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon().get('writing_time_words', [])))})\b",
                           re.IGNORECASE) if lexicon().get("writing_time_words") else None


def _latest_period(text: str, as_of: dt.date) -> str | None:
    """The latest carriable period a text names, its year written: an undated writer's 'now' is no earlier
    than it ('last year' of an undated text counts from the day the check runs, not from the writer's)."""
    found = [(parsed.end, p) for p in _periods(text, as_of, True) if p and _carriable(p)
             and (parsed := try_parse_period(p)) is not None]
    return max(found)[1] if found else None


def carried_period(sentence: str, paragraph: str, earlier: list[str], heading: str, as_of: dt.date,
                   words_of: Callable[[str], frozenset[str]] = token_set, dated: bool = True, change: bool = False
                   ) -> tuple[str, str, frozenset[str]] | None:
    """(period, layer, the words of the text that named it) a reader gives a figure whose sentence names no period
    (in an undated draft, only a period whose year the text writes): the nearest earlier
    sentence of its paragraph that names one, else the heading above, else the nearest earlier
    paragraph (``earlier``, nearest first). None when the sentence names a period of its own or
    speaks of the present ('now'), or when the nearest text naming periods names several.
    ``words_of`` reads what the text speaks of (its places left out: 'Russian' names no measure). A ``change``
    (a figure of the change kind) after a text naming just two years in a row ('a comparison of emissions in
    2013 and 2014', then 'Bulgaria reported an increase of 7.1 %') is the change from the first to the second:
    the later year's, as 'rose 7.1 % in 2014' is."""
    if _names_own_period(sentence):
        if dated or named_periods(sentence, as_of):
            return None
        # 'has grown twenty-fold since 1980 and now releases …': a baseline only; the figure said
        # 'now' still speaks of the undated writer's time
        return _writing_time(sentence, paragraph, earlier, heading, as_of, words_of)
    if search_once(_PRESENT, sentence) or states_present_perfect(sentence):  # 'now', 'has reached'
        return None if dated else _writing_time(sentence, paragraph, earlier, heading, as_of, words_of)
    layers = [("paragraph", s) for s in reversed(sentences(paragraph))]
    layers += [("heading", heading)] + [(LEAD_IN_LAYER if i == 0 and _introduces(p) else "previous paragraph", p)
                                        for i, p in enumerate(earlier)]
    for layer, text in layers:
        if layer in ("previous paragraph", LEAD_IN_LAYER):
            found = _last_sentence_period(text, as_of, not dated)
        else:
            found = one_period(text, as_of, not dated, past_baselines=True) if text.strip() else None
        if found is False:
            later = _later_of_two_years(text if layer not in ("previous paragraph", LEAD_IN_LAYER)
                                        else _last_sentence_naming(text, as_of, not dated), as_of, not dated)
            return (later, layer, words_of(text)) if change and later else None
        if found:
            # an undated writer's present is unknown: the year before still dates the figure
            if dated and layer == "paragraph" and turns_to_present(sentence, text):
                return None  # 'GDP per head was $9,000 in 2020. Inflation is almost 9 %.': now, not 2020
            if _compared_figures_period(found, sentence, as_of):
                return None
            return found, _heading_line_layer(layer, text), words_of(text)
    return None


# 'Population statistics (2019)' standing alone above a box of figures: a label line whose only period is
# bracketed at its end, with no sentence around it, heads what follows as a heading does
_LABEL_LINE = re.compile(r"[^\n.!?。！？:;|]{1,60}?\(\s*([^()\n]{1,40}?)\s*\)\s*")


def _heading_line_layer(layer: str, text: str) -> str:
    """'heading' for an earlier paragraph that is a bare label line ending in a bracketed period, else ``layer``."""
    if layer != "previous paragraph":
        return layer
    m = _LABEL_LINE.fullmatch(text.strip())
    return "heading" if m is not None and PERIOD.fullmatch(m.group(1)) else layer


# '… compared to 16.4 metric tons in the United States. (2013).': a period in brackets standing
# alone after the sentence dates it, as a table's footnote or a caption's year does
_TRAILING = re.compile(r"\s*\(\s*([^()\n]{1,40}?)\s*\)\s*[.;]?\s*(?:\n|$)")
SENTENCE_END_LAYER = "sentence end"
# the paragraph right before, ending in a colon ('In 2021 the WMO recorded these levels:'): it introduces the
# list or line the figure stands in, and its period frames that as a heading's does, whatever it measures
LEAD_IN_LAYER = "lead-in"


def _introduces(paragraph: str) -> bool:
    return paragraph.rstrip().endswith(":")


def trailing_period(after: str, as_of: dt.date) -> tuple[str, str, frozenset[str]] | None:
    """(period, layer, no words) when the text right after a sentence is a bracketed period alone."""
    m = _TRAILING.match(after)
    if m is None or not PERIOD.fullmatch(m.group(1)):
        return None
    found = one_period(m.group(1), as_of)
    return (found, SENTENCE_END_LAYER, frozenset()) if found else None


def _writing_time(sentence: str, paragraph: str, earlier: list[str], heading: str, as_of: dt.date,
                  words_of: Callable[[str], frozenset[str]]) -> tuple[str, str, frozenset[str]] | None:
    """'In 2008 coal made up 73 % of the total. Liquid fuels now contribute 14.7 %.' in a draft with no
    date: 'now' is when the text was written, no earlier than the latest period the nearest earlier
    text (its paragraph, the heading, an earlier paragraph) names — not the day the check runs."""
    if _WRITING_TIME is None or not _WRITING_TIME.search(sentence):
        return None
    texts = [("paragraph", paragraph), ("heading", heading)] + [("previous paragraph", p) for p in earlier]
    for layer, text in texts:
        found = _latest_period(text, as_of) if text.strip() else None
        if found:
            return found, layer, words_of(text)
    return None


def _later_of_two_years(text: str, as_of: dt.date, written: bool) -> str | None:
    """The later year, when the periods ``text`` names (baselines and days left out: 'released on June 15' dates
    the release) are just two whole years in a row ('in 2013 and 2014', read as their span); else None."""
    parsed = [try_parse_period(p) for p in set(_periods(text, as_of, written, baselines=False)) if p]
    kept = [p for p in parsed if p is not None and granularity(p) != DAY]
    years = sorted({year for p in kept if granularity(p) in (YEAR, MULTI_YEAR)
                    for year in (p.start.year, p.end.year)})
    whole = all(granularity(p) in (YEAR, MULTI_YEAR) for p in kept) and len(kept) <= 2
    return str(years[1]) if whole and len(years) == 2 and years[1] == years[0] + 1 else None


def _last_sentence_naming(text: str, as_of: dt.date, written: bool = False) -> str:
    """An earlier paragraph's last sentence naming a period ('' when none does): the one it is dated by."""
    return next((s for s in reversed(sentences(text)) if one_period(s, as_of, written, past_baselines=True) is not None), "")


@lru_cache(maxsize=256)
def _last_sentence_period(text: str, as_of: dt.date, written: bool = False) -> str | None | bool:
    """An earlier paragraph's period: that of its last sentence naming one (in an undated draft, ``written``,
    one writing its year, as ``one_period`` reads the figure's own paragraph)."""
    for sentence in reversed(sentences(text)):
        found = one_period(sentence, as_of, written, past_baselines=True)
        if found is not None:
            return found
    return None


def earlier_paragraphs(draft: Draft, offset: int, section_start: int, back: int) -> list[str]:
    """The texts of up to ``back`` paragraphs before the one holding ``offset``, nearest first,
    never past the heading above."""
    if back <= 0:
        return []
    end = draft.paragraphs_starting_before(draft.paragraph_at(offset).start)
    first = max(draft.paragraphs_starting_before(section_start), end - back)
    found = [draft.prose[p.start:p.end] for p in reversed(draft.paragraphs[first:end])]
    if len(found) < back and 0 < first <= end:
        # the lines right under the heading, in its own block ('# Russia' then 'Population statistics (2019)'):
        # the section's first paragraph, though the block opened before the heading's end
        holding = draft.paragraphs[first - 1]
        if holding.start < section_start < holding.end and draft.prose[section_start:holding.end].strip():
            found.append(draft.prose[section_start:holding.end].strip())
    return found


def sentence_before_paragraph(draft: Draft, offset: int, section_start: int, reach: int) -> str | None:
    """The last sentence of the paragraph right before the one holding ``offset``, never past the heading above,
    cut to the ``reach`` characters nearest its end (as ``neighbour_sentences`` cuts); None when there is none."""
    end = draft.paragraphs_starting_before(draft.paragraph_at(offset).start)
    if end == 0 or end - 1 < draft.paragraphs_starting_before(section_start):
        return None
    before = draft.paragraphs[end - 1]
    found = neighbour_sentences(draft.prose, before.start, before.end, before.end, before.end, reach)
    return found[0] if found else None


_LAYER_WORDS = {"paragraph": "an earlier sentence of the paragraph", "heading": "the heading",
                "previous paragraph": "an earlier paragraph", SENTENCE_END_LAYER: "the brackets after the sentence",
                LEAD_IN_LAYER: "the paragraph that introduces it",
                BASE_LAYER: "the year after the one its sentence compares it with (the draft has no date)"}


def describe_period(result: ClaimResult, ctx: ClaimContext) -> ClaimResult:
    """Say on the lead evidence, and in the explanation, where a carried period came from."""
    if ctx.carried_period is None or not result.evidence:
        return result
    period, layer, _ = ctx.carried_period
    said = f"period {period} from {_LAYER_WORDS.get(layer, layer)}"
    lead = result.evidence[0]
    evidence = [lead.model_copy(update={"context": f"{lead.context}; {said}" if lead.context else said}),
                *result.evidence[1:]]
    explanation = f"{result.explanation.rstrip()} (The sentence names no period: {said}.)"
    return result.model_copy(update={"evidence": evidence, "explanation": explanation})


def period_carried_to(ctx: ClaimContext, candidates: list[Candidate],
                      same_measure: Callable[[frozenset[str], Candidate], bool] | None = None) -> str | None:
    """The carried period, when the text that named it speaks of the measure the claim is read
    against ('In 2006 emissions stood at …' for a figure of emissions; ``same_measure`` says when
    other words name it too: 'Inflation jumped in 2022. Consumer prices rose 7.9 %') or is the
    heading above; a year named for something else ('students enrolled in 2022. Cities have big
    communities …') is not the figure's. Forgets a period it does not carry, so that the explanation
    does not tell it, keeping it as ``set_aside_period``."""
    if ctx.carried_period is None:
        return None
    period, layer, words = ctx.carried_period
    if layer in ("heading", SENTENCE_END_LAYER, LEAD_IN_LAYER, BASE_LAYER) or (candidates and words & candidates[0].resource.phrase_words):
        return period
    if candidates and same_measure is not None and same_measure(words, candidates[0]):
        return period
    if candidates and ctx.measure_from is not None and ctx.measure_from.period_fits:
        return period  # the measure came from farther text, and this text names no other one
    ctx.carried_period = None
    ctx.set_aside_period = period
    return None
