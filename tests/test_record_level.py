"""'The all-time high of Chile's GDP is 368 billion dollars', no year named: the latest row disagrees
and an older one agrees — when that row is the series' highest year (its lowest, for an all-time low),
the figure is the record the sentence calls it, supported by that row; an older row that is no record
still reads as out of date. Italian and Spanish copy name the record too ('massimo storico').

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

GDP = {("Chile", 2019): 300e9, ("Chile", 2020): 368e9, ("Chile", 2021): 341e9, ("Chile", 2022): 330e9,
       ("Chile", 2023): 352e9}
POPULATION = {("Chile", 2023): 20_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("text", "claim"), [
    ("The all-time high of Chile's GDP is 368 billion dollars, the central bank's portal shows.",
     "368 billion dollars"),
    ("Chile's GDP hit a record high of $368 billion, and has not returned there since.", "$368 billion"),
    ("Chile's GDP hit an all-time low of $300 billion, the portal shows.", "$300 billion"),
    ("Il massimo storico raggiunto dal PIL del Cile è 368 miliardi di dollari.", "368 miliardi di dollari"),
])
@pytest.mark.parametrize("date", ["2024-11-01", None])
def test_a_record_level_is_judged_by_the_series_extreme_year(packages: list[Path], text: str, claim: str,
                                                            date: str | None) -> None:
    result = claim_results(text, packages, date)[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period in ("2020", "2019")


@pytest.mark.parametrize("text, claim", [
    ("The all-time high of Chile's GDP is 341 billion dollars, the portal shows.", "341 billion dollars"),
    ("Chile's GDP hit an all-time low of $330 billion, the portal shows.", "$330 billion"),
])
def test_an_older_row_that_is_no_record_is_not_taken_for_one(packages: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, packages, "2024-11-01")[claim]
    assert result.verdict is not Verdict.supported, result.explanation
