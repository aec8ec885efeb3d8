"""A scale word of another language that the English reading reads too ('bilhões', 'Milliarden') is that
language's word, not English's: a short infobox line that holds it and no English ('Produto interno bruto
(PIB) $ 2.345 bilhões (nominal) (2017)') is read in that language ("PIB" is GDP)."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, publisher_package

from workbench.languages import detect

GDP = {("Argentina", 2017): 6.43e11, ("Argentina", 2018): 5.25e11}


def test_a_line_whose_only_telling_word_is_a_foreign_scale_word_is_in_that_language() -> None:
    assert detect("Produto interno bruto (PIB) $ 2.345 bilhões (nominal) (2017)") == "pt"


def test_an_english_sentence_with_no_foreign_word_stays_english() -> None:
    assert detect("Gross domestic product (GDP) $ 2,345 billion (nominal) (2017)") == "en"


def test_the_line_is_read_through_its_glossary(tmp_path: Path) -> None:
    gdp = publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "GDP (current US$)", GDP)
    text = "# Indicadores da Argentina\n\nProduto interno bruto (PIB) $ 643 bilhões (nominal) (2017)\n"
    assert claim_results(text, [gdp], date="2019-06-01")["$ 643 bilhões"].verdict.value == "supported"
