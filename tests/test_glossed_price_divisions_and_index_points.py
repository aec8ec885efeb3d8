"""News words of Spanish, Portuguese, Greek and German read through the gloss, so the English rules decide.

A price index's divisions named in the plural as statistics offices name them ('restaurants and hotels',
Spanish 'restaurantes y hoteles') are a part of the index, no headline rate: unsupported, in English and in the
gloss alike. A Greek index 'fell by 1,4 points' ('μειώθηκε κατά 1,4 μονάδες'), a Portuguese share of 'global
emissions' ('emissões globais') and a German demonym in the genitive ('eines Schweizers') are read whole. The
package is World Bank-shaped with invented figures (package_support.CPI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import detect, glossed_in, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")]


@pytest.mark.parametrize(("text", "claim"), [
    ("Inflation in Chile was 4.5 % in 2021, led by restaurants and hotels (7.9 %) and transport (6.2 %).", "7.9 %"),
    ("La inflación en Chile fue de 4,5 % en 2021; sin embargo, los principales incrementos se dieron en restaurantes "
     "y hoteles (7,9 %) y bienes y servicios diversos (6,2 %).", "7,9 %"),
])
def test_a_division_of_the_price_index_is_no_headline_rate(cpi: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, cpi, "2022-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


@pytest.mark.parametrize(("text", "code", "english"), [
    ("Ο Δείκτης Τιμών Καταναλωτή μειώθηκε κατά 1,4 μονάδες τον Ιανουάριο 2021.", "el", "fell by 1.4 points"),
    ("O Chile lidera destacadamente a tabela com 12,5% das emissões globais.", "pt", "of the global emissions"),
    ("Die Pro-Kopf-Emissionen eines Schweizers beliefen sich auf 4,1 Tonnen.", "de", "of a Swiss"),
])
def test_news_words_are_read_whole(text: str, code: str, english: str) -> None:
    assert detect(text) == code
    assert unknown_words(text, code, capitals=True) == []
    assert english in glossed_in(text, code)
