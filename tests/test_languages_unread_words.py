"""Words news copy writes that a glossary lacked, each of which left a whole sentence unread (``unknown_language_words``):
Russian's natural decline and migration, Uzbek's number 'three', Thai's weakening and strengthening currency,
Portuguese's reporting words. Each sentence is written here; every word of it is now read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from language_support import glossed

from workbench.extraction import extract_text
from workbench.languages import detect, unknown_words
from workbench.numbers import data_json


@pytest.mark.parametrize(("code", "text", "english"), [
    ("ru", "За первое полугодие естественное сокращение составило 1 200 человек.", "natural decline"),
    ("ru", "Убыль за счёт миграции превысила 2 тыс. человек.", "migration"),
    ("uz", "Сўнгги уч йил ичида инфляция 9,8 фоизни ташкил қилди.", "three"),
    ("th", "ค่าเงินบาทอ่อนค่าลง 3.2% เมื่อเทียบกับปีก่อน", "weakened"),
    ("pt", "O coordenador do instituto ressalta que 41% das emissões vêm de atividades agropecuárias.", "agricultural"),
])
def test_a_sentence_of_these_words_is_read_whole(code: str, text: str, english: str) -> None:
    assert unknown_words(text, code, capitals=True) == []
    assert english in glossed(text, code)


# A Cyrillic word typed with Latin or Greek letters drawn alike ('пpoцeнтa': Latin 'p', 'o', 'e'), as pages typeset to
# dodge filters write it, is read as the Cyrillic word: its language told, its words glossed.
_BULGARIAN = "Пoтpeбитeлcĸитe цeни ca ce пoвишили c 4,7 пpoцeнтa пpeз мapт, coчи нaциoнaлнaтa cтaтиcтиĸa."


def test_a_cyrillic_sentence_typed_with_latin_lookalikes_is_told_and_glossed() -> None:
    assert detect(_BULGARIAN) == "bg"
    assert "4.7 percent" in glossed(_BULGARIAN, "bg")


_LOOKALIKES: dict[str, str] = data_json("languages.json")["lookalike_letters"]["cyrillic"]
_CYRILLIC_OF = {cyrillic: alike for alike, cyrillic in _LOOKALIKES.items() if alike.islower()}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.booleans(), min_size=40, max_size=40))
def test_any_choice_of_lookalike_letters_glosses_as_the_cyrillic_text(swapped: list[bool]) -> None:
    text = "Инфлацията в страната се повиши с 4,7 процента през март спрямо февруари."
    letters = iter(swapped)
    # a word's first letter stays Cyrillic: a word of lookalikes alone ('ce') is no word of any one script
    typed = "".join(_CYRILLIC_OF[ch] if ch in _CYRILLIC_OF and at and text[at - 1].isalpha() and next(letters, False)
                    else ch for at, ch in enumerate(text))
    assert glossed(typed, "bg") == glossed(text, "bg")
    extract_text(typed)  # never raises
