"""The working-age population is a part of the population the data does not hold: judged by the total
population rows it would always look 40 % short, a contradiction of nothing the sentence said. It is
`other_series` (unsupported), while the total in the same sentence is still judged. Invented figures;
sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Kazakhstan", 2020): 19_500_000, ("Kazakhstan", 2021): 19_700_000},
                              {("Kazakhstan", 2021): 190_000_000_000})


def test_the_working_age_population_is_another_series(packages: list[Path]) -> None:
    results = claim_results("Kazakhstan's working age population stood at 11,320,410 people in 2021, the labour ministry said.", packages,
                            date="2022-07-10")
    assert results["11,320,410"].verdict is Verdict.unsupported, results["11,320,410"].explanation
    assert results["11,320,410"].reason == "other_series"


def test_the_total_beside_it_is_still_judged(packages: list[Path]) -> None:
    results = claim_results("In 2021 the population of Kazakhstan was 19.7 million, of which the working-age "
                            "population was 11.3 million.", packages, date="2022-07-10")
    assert results["19.7 million"].verdict is Verdict.supported, results["19.7 million"].explanation
    assert results["11.3 million"].verdict is Verdict.unsupported, results["11.3 million"].explanation
