"""The reads of a text shared by all its figures (``text.last_match_before``, ``first_match_from``,
``piece_before``, ``piece_after``) answer what a read of the text cut at each figure answers: the checker
asks them once per figure of a sentence, in place of a search of the text before or after it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.text import first_match_from, last_match_before, piece_after, piece_before

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
