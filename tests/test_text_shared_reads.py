"""The reads of a text shared by all its figures (``text.last_match_before``, ``first_match_from``,
``first_match_between``, ``matches_from``, ``piece_before``, ``piece_after``, and the readers built on them: a
comparison between two figures, the stretch before a figure that projection words reach and the clause after it, a
word list held before, between or after figures: ``verify.wording.holds_any_before``, ``holds_any_between``,
``find_any_before``, ``word_opening``, ``first_in_place_from``, ``normalized_offset``; a span counted back and the
figures before a figure: ``relative_span_between``, ``recent_span._digit_between``) answer what a read of the text
cut at each figure answers: the checker asks them once per figure of a sentence, in place of a search of the text
before or after it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.config import Tolerances
from workbench.matching.comparisons import comparison_word
from workbench.matching.relative import _YEAR_COMPARISON, set_against_between
from workbench.text import (first_match_between, first_match_from, last_match_before, matches_from, matches_once,
                            piece_after, piece_before)
from workbench.verify.periods import projection, recent_span
from workbench.verify.periods.era import relative_span, relative_span_between
from workbench.verify.periods.projection import _BREAK, _clause_before
from workbench.verify.wording import (find_any, find_any_before, find_any_in_place, first_in_place_from, holds_any,
                                      holds_any_before, holds_any_between, normalized, normalized_offset, word_opening)

MARK = re.compile(r"[,;:()]")
# a figure with its unit, a word edge on each side: look-arounds that read across a cut
FIGURE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|per ?cent|percent)(?!\w)")
WORDS = re.compile(r"(?<!\w)(?:inflation|rose|fell|per)(?!\w)")

texts = st.text(alphabet=st.sampled_from(list("0123456789.,;:() %abcdeinflatosrwpt")), max_size=400)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=420))
def test_the_last_match_before_an_offset_is_the_cut_texts_last(text: str, offset: int) -> None:
    for pattern in (FIGURE, WORDS):
        expected = None
        for expected in pattern.finditer(text, 0, offset):
            pass
        found = last_match_before(pattern, text, offset)
        assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, offset)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=420))
def test_the_first_match_from_an_offset_is_a_search_from_it(text: str, offset: int) -> None:
    for pattern in (FIGURE, WORDS):
        expected, found = pattern.search(text, offset), first_match_from(pattern, text, offset)
        assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, offset)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=420))
def test_the_pieces_around_an_offset_are_the_cut_texts_split(text: str, offset: int) -> None:
    offset = min(offset, len(text))
    assert piece_before(MARK, text, offset) == MARK.split(text[:offset])[-1]
    assert piece_after(MARK, text, offset) == MARK.split(text[offset:])[0]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=420))
def test_the_matches_from_an_offset_are_a_finditer_from_it(text: str, offset: int) -> None:
    for pattern in (FIGURE, WORDS):
        fresh, first = matches_from(pattern, text, offset)
        found = [m.span() for m in (*fresh, *matches_once(pattern, text)[first:])]
        assert found == [m.span() for m in pattern.finditer(text, offset)], (pattern.pattern, offset)


# words of comparison and of the prose between figures, one blank between them ('compared with', 'against')
prose = st.lists(st.sampled_from(["compared", "with", "to", "against", "in", "comparison", "than", "higher",
                                  "inflation", "rose", "3.1", "%,", "2021", "last", "year", "againstness", "."]),
                 max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(prose, st.integers(min_value=0, max_value=420), st.integers(min_value=0, max_value=420))
def test_a_comparison_between_two_figures_is_a_search_of_the_text_between(text: str, lo: int, hi: int) -> None:
    expected = comparison_word().search(text, lo, hi) is not None or _YEAR_COMPARISON.search(text, lo, hi) is not None
    assert set_against_between(text, lo, hi) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ;:().\u2013\u20143")), max_size=300), st.integers(min_value=0, max_value=320))
def test_the_stretch_a_projection_reaches_is_the_cut_texts_last_clause(text: str, offset: int) -> None:
    before = text[:offset]
    expected = before[max((m.end() for m in _BREAK.finditer(before)), default=0):]
    assert _clause_before(text, offset) == expected


# words and marks of 12-month wordings, with runs of blanks, a capital sigma and a dotted capital I (whose lower
# cases are not one letter for one), joined by a blank or written on to the word before
wording_pieces = st.lists(st.sampled_from(["year", "on", "annual", "annually", "june", "end-june", "2019", "average",
                                           "based", "-based", "y/y", "yoy,", "(12-month", "basis", "\u03a3", "\u0130",
                                           "5.1%", "  ", "\t"]), max_size=40)
WORD_LISTS = [("annual", "year on year", "yoy", "y/y", "12-month", "end-{month}", "{year} average", "-based"),
              ("on", "year", "on year basis")]


@settings(max_examples=300, deadline=None)
@given(st.one_of(wording_pieces.map(" ".join), wording_pieces.map("".join)), st.integers(min_value=0, max_value=300))
def test_a_word_list_read_before_and_after_an_offset_answers_as_the_cut_text(text: str, offset: int) -> None:
    for words in WORD_LISTS:
        assert holds_any_before(text, words, offset) == holds_any(text[:offset], words), (words, offset)
        after = find_any_in_place(text[offset:], words)
        assert first_in_place_from(text, words, offset) == (offset + after[0][0] if after else None), (words, offset)


# blanks of every kind, a dotted capital I (whose lower case is two letters) and a capital sigma (whose lower case
# depends on the letters around it) among words
spaced_pieces = st.lists(st.sampled_from(["year", "on", "annual", "Inflation", "x", "\u0130", "\u03a3", "5.1%", ",", "  ",
                                          "\t", "\u00a0", "\n", "é"]), max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(spaced_pieces.map(" ".join), spaced_pieces.map("".join)), st.integers(min_value=-2, max_value=400))
def test_a_figure_is_placed_in_the_normalized_text_as_the_text_up_to_it_would_place_it(text: str, at: int) -> None:
    assert normalized_offset(text, at) == len(normalized(text[:at] + "x")) - 1


@settings(max_examples=300, deadline=None)
@given(st.one_of(wording_pieces.map(" ".join), wording_pieces.map("".join)), st.integers(min_value=-1, max_value=300),
       st.integers(min_value=-1, max_value=300))
def test_the_words_before_between_and_opening_a_cut_are_the_cut_texts(text: str, start: int, end: int) -> None:
    for words in WORD_LISTS:
        expected = [(m.span(), m.group()) for m in find_any(text[:end], words)]
        assert [(m.span(), m.group()) for m in find_any_before(text, words, end)] == expected, (words, end)
        assert holds_any_between(text, words, start, end) == holds_any(text[start:end], words), (words, start, end)
        opening = find_any(text[start:], words)
        assert word_opening(text, words, start) == (opening[0].group() if opening and opening[0].start() == 0
                                                    else None), (words, start)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=420), st.integers(min_value=0, max_value=420))
def test_the_first_match_between_two_offsets_is_a_search_between_them(text: str, pos: int, endpos: int) -> None:
    for pattern in (FIGURE, WORDS):
        expected, found = pattern.search(text, pos, endpos), first_match_between(pattern, text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, pos, endpos)


# the words of spans counted back, of figures and years, and the marks between clauses
span_prose = st.lists(st.sampled_from(["during", "the", "last", "decade", "over", "past", "five", "years", "2015",
                                       "2010s", "5.1%", "CO2", "3", "20155", "in", ",", ";", ":", "averaged", "x"]),
                      max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(span_prose.map(" ".join), span_prose.map("".join)), st.integers(min_value=0, max_value=500),
       st.integers(min_value=0, max_value=500))
def test_a_span_and_the_figures_before_a_figure_are_the_cut_texts(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    assert relative_span_between(text, start, end) == relative_span(text[start:end])
    for digit in (recent_span._FIGURE, recent_span._NUMBER):
        expected = digit.search(recent_span._YEARS.sub(" ", text[start:end])) is not None
        assert recent_span._digit_between(digit, text, start, end) == expected, (digit.pattern, start, end)


# the words of projections, of the clause after a figure and of a subject's list before a future verb
projection_prose = st.lists(st.sampled_from(
    ["is", "projected", "to", "reach", "will", "be", "would", "grow", "expected", "the", "bank", "expects", "from",
     "than", "in", "2022", "5.1%", "6.2 %", "Chile", "with", "and", "IMF", "estimate", "had", "anticipated", "was",
     ",", ";", "(", ". ", "the IMF projects", "revised", "\u0130", "  ", "won't", "'ll", "x"]), max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(projection_prose.map(" ".join), projection_prose.map("".join)),
       st.integers(min_value=0, max_value=500))
def test_the_clauses_around_a_figure_read_once_answer_as_the_cut_texts(text: str, offset: int) -> None:
    tol = Tolerances()
    offset = min(offset, len(text))
    clause, cut = projection._stretch(text, offset)
    assert clause[:cut] == normalized(_clause_before(text, offset))
    assert projection._after(text, offset, tol) == projection._attribution(text[offset:], tol)
    assert projection._future_verb_after(clause, cut, text, offset, tol) \
        == projection._future_verb_after_alone(clause[:cut], text[offset:], tol)
    # the reach from projection words to the figure, starting at no word's middle as a match's end leaves it
    for start in range(0, cut + 1, 5):
        if 0 < start < len(clause) and WORD_CHAR.match(clause, start - 1) and WORD_CHAR.match(clause, start):
            continue
        expected = start + len(projection._span_end_reached(clause[start:cut], tol))
        assert projection._span_start(clause, start, cut, tol) == expected, (start, cut)
    words = [*tol.projection_clause_ends, *projection._OUTTURN_VERBS]
    tail = normalized(projection._clause_after(text[offset:]).split(",")[0])
    assert projection._dated_as_outturn(text, offset, tol) == holds_any(tail, words)


WORD_CHAR = re.compile(r"\w")
