"""A rate a country 'closed the year with' ('chiuso l'anno con', 'a clôturé l'année à', 'terminó el año con',
'beendete das Jahr mit', 'closed with' when the year stands earlier in the sentence) is the year-end,
December-on-December rate, not the annual average: a miss against the average is for a person, never a
contradiction; the same figure called the year's average is contradicted. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("sentence", "figure"), [
    ("In 2022, Chile closed with an inflation rate of 12.8 percent.", "12.8 percent"),
    ("In 2022, Chile's inflation ended with a rate of 12.8%.", "12.8%"),
    ("Nel 2022 il Cile aveva chiuso con un'inflazione del 12,8 per cento.", "12,8 per cento"),
    ("Nel 2022 il Cile ha chiuso l'anno con un'inflazione del 12,8%.", "12,8%"),
    ("En 2022, l'inflation au Chili a clôturé l'année à 12,8%.", "12,8%"),
    ("En 2022, Chile terminó el año con una inflación de 12,8%.", "12,8%"),
    ("Em 2022, o Chile encerrou o ano com inflação de 12,8%.", "12,8%"),
    ("Chile beendete das Jahr 2022 mit einer Inflation von 12,8%.", "12,8%"),
    ("Chili sloot het jaar 2022 af met een inflatie van 12,8%.", "12,8%"),
    ("În 2022, Chile a încheiat anul cu o inflație de 12,8%.", "12,8%"),
    ("W 2022 roku inflacja w Chile zakończyła rok na poziomie 12,8%.", "12,8%"),
    ("В 2022 году инфляция в Чили завершила год на уровне 12,8%.", "12,8%"),
])
def test_a_rate_the_year_closed_with_is_not_contradicted_by_the_average(cpi: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [cpi], date="2023-06-01")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2022", result.explanation


def test_the_same_rate_called_the_years_average_is_contradicted(cpi: Path) -> None:
    result = claim_results("In 2022, Chile's inflation averaged 12.8 percent.", [cpi], date="2023-06-01")["12.8 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_plural_subject_that_closed_the_year_before_names_a_year_end_rate(cpi: Path) -> None:
    # Spanish 'cerraron' (they closed) with a relative year: the rate of the year's last month
    result = claim_results("Según el banco central, los precios en Chile cerraron el año anterior con una inflación "
                           "de 12,8%.", [cpi], date="2023-06-01")["12,8%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2022", result.explanation
