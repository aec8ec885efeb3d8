"""'тыс.' keeps its dot as the word's when the sentence goes on (a lower-case word, a figure); before a
capital — of any script — the dot ends the sentence."""

from __future__ import annotations

import pytest

from workbench.languages import glossary_matches, language


def _entries(text: str) -> list[str]:
    lang = language("ru")
    assert lang is not None
    return [text[a:b] for a, b in glossary_matches(lang, text, 0, len(text))]


@pytest.mark.parametrize("text, abbreviation", [
    ("Долг вырос на 10 тыс. рублей за год.", "тыс."),
    ("Долг вырос на 10 тыс. Было ясно, что это не конец.", "тыс"),
    ("Долг вырос на 10 тыс. Ήταν σαφές, сказал министр.", "тыс"),  # a Greek capital opens a sentence too
])
def test_an_abbreviation_s_dot_is_the_word_s_only_when_the_sentence_goes_on(text: str, abbreviation: str) -> None:
    assert abbreviation in _entries(text) and ({"тыс", "тыс."} - {abbreviation}).isdisjoint(_entries(text))
