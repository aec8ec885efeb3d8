"""The reads of a text shared by all its figures (``text.last_match_before``, ``first_match_from``,
``matches_from``, ``piece_before``, ``piece_after``, and the readers built on them: a comparison between two
figures, the stretch before a figure that projection words reach, a word list held before or after a figure:
``verify.wording.holds_any_before``, ``first_in_place_from``) answer what a read of the text cut at each
figure answers: the checker asks them once per figure of a sentence, in place of a search of the text before or
after it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.matching.comparisons import comparison_word
from workbench.matching.relative import _YEAR_COMPARISON, set_against_between
from workbench.text import first_match_from, last_match_before, matches_from, matches_once, piece_after, piece_before
from workbench.verify.periods.projection import _BREAK, _clause_before
from workbench.verify.wording import find_any_in_place, first_in_place_from, holds_any, holds_any_before

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
