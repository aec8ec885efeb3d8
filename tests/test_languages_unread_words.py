"""Words news copy writes that a glossary lacked, each of which left a whole sentence unread (``unknown_language_words``):
Russian's natural decline and migration, Uzbek's number 'three', Thai's weakening and strengthening currency,
Portuguese's reporting words. Each sentence is written here; every word of it is now read."""

from __future__ import annotations

import pytest
from language_support import glossed

from workbench.languages import unknown_words


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
