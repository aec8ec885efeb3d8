"""Two ways copy writes a CO2 figure the checker used to read as nothing:

- 'MtC02', 'tC02', 'C02': a zero typed for the letter O still names CO2, glued to a mass symbol or alone
  after a mass unit, as 'MtCO2' does (substances.json symbols);
- Spanish and Portuguese 'equivale' (equals) in a clause after the figure: a sentence that names the measure
  and the year is read whole, so a year the data lacks keeps the English reading's ``unsupported``
  instead of going to a person as words the checker could not read.

Packages are publisher-shaped (CDIAC layout, thousand tonnes of carbon), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# Peru 2016: 15,000 kt C = 54.96 Mt CO2 (× 3.664)
TOTALS = {("PERU", 2015): 14_000.0, ("PERU", 2016): 15_000.0, ("CHILE", 2016): 23_000.0}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("co2") / "co2-by-country", TOTALS)


@pytest.mark.parametrize(("text", "figure"), [
    ("Peru emitted 55 MtC02 in 2016, the ministry said.", "55 MtC02"),
    ("In 2016 Peru's fossil emissions reached 55 million tonnes of C02.", "55 million tonnes"),
])
def test_co2_written_with_a_zero_is_read_as_co2(package: Path, text: str, figure: str) -> None:
    result = claim_results(text, [package], "2018-03-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert "3.664" in result.explanation and result.evidence[0].period == "2016"


def test_co2_written_with_a_zero_is_contradicted_as_co2_would_be(package: Path) -> None:
    typo = claim_results("Peru emitted 70 MtC02 in 2016.", [package], "2018-03-01")["70 MtC02"]
    written = claim_results("Peru emitted 70 MtCO2 in 2016.", [package], "2018-03-01")["70 MtCO2"]
    assert (typo.verdict, typo.reason) == (written.verdict, written.reason) == (Verdict.contradicted, "contradicted")


@pytest.mark.parametrize(("text", "figure"), [
    ("En 2021, Perú emitió 61 millones de toneladas de CO2, lo que equivale a 1,8 toneladas por habitante.",
     "61 millones de toneladas"),
    ("Em 2021, o Peru emitiu 61 milhões de toneladas de CO2, o que equivale a 1,8 tonelada por habitante.",
     "61 milhões de toneladas"),
])
def test_a_year_the_data_lacks_stays_unsupported_beside_an_equals_clause(package: Path, text: str,
                                                                         figure: str) -> None:
    result = claim_results(text, [package], "2023-05-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_figure"), result.explanation
