"""One more package must not make other claims worse: a regional table of one country, whose unit
column says which rows are the 'country' and which a 'region', loaded beside a national table by
country, leaves 'the country's population' of another country to the national table. Invented
figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package, tidy_package

from workbench.models import Verdict

POPULATION = {("Kenya", 2021): 53_000_000, ("Kenya", 2022): 54_000_000,
              ("Kazakhstan", 2021): 19_000_000, ("Kazakhstan", 2022): 19_600_000}


def _regional_package(folder: Path) -> Path:
    """Population of one country's units on one day, each row saying its level: country or region."""
    return tidy_package(folder, "kz-units", "Population of Kazakhstan's units",
                        {"name": "unit_population", "path": "units.csv", "title": "Population by unit",
                         "source": "https://example.org/units"},
                        "period,value,unit,unit_name,level,source\n"
                        "2022-01-01,19600000,,Republic of Kazakhstan,country,Statistics bureau\n"
                        "2022-01-01,2200000,,Almaty,region,Statistics bureau\n"
                        "2022-01-01,1350000,,Astana,region,Statistics bureau\n")


@pytest.fixture()
def national(tmp_path: Path) -> Path:
    return population_package(tmp_path / "pop", POPULATION)


@pytest.mark.parametrize("sentence, verdict", [
    ("The country's population reached 54 million in 2022, the statistics service said.", Verdict.supported),
    ("The country's population reached 58 million in 2022, the statistics service said.", Verdict.contradicted),
])
def test_a_regional_table_leaves_another_country_to_the_national_one(
        tmp_path: Path, national: Path, sentence: str, verdict: Verdict) -> None:
    text = f"# Kenya counts its people\n\n{sentence}"
    [alone] = claim_results(text, [national], date="2023-06-01").values()
    both = _regional_package(tmp_path / "kz")
    [together] = claim_results(text, [national, both], date="2023-06-01").values()
    assert alone.verdict is verdict, alone.explanation
    assert together.verdict is verdict, together.explanation
    assert together.reason != "place_not_covered", together.explanation
