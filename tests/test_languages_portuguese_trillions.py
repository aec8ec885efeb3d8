"""Brazilian Portuguese writes a trillion 'trilhão' (plural 'trilhões'), beside 'bilhões' for
billions: the glossary reads both, so the sentence around the figure is read as its English is.

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict

GDP = {("Brazil", 2022): 1.95e12, ("Brazil", 2023): 2.17e12}
POPULATION = {("Brazil", 2023): 216_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def test_trilhoes_reads_as_trillion() -> None:
    text = "no final do último século, pouco mais de R$ 10,21 trilhões"
    assert gloss_paragraphs(text, [(0, len(text), "pt")]).text == \
        "at the end of the last century, just over R$ 10.21 trillion"


def test_a_gdp_in_trillions_is_judged(packages: list[Path]) -> None:
    result = claim_results("Em 2023, o PIB do Brasil somou US$ 2,17 trilhões, segundo o IBGE.", packages,
                           "2024-05-01")["US$ 2,17 trilhões"]
    assert result.verdict is Verdict.supported, result.explanation
