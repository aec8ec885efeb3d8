"""A population sentence in German or Swedish names its measure with a verb or noun of living ('lebten',
'wohnten', 'folkmängden', 'personer'): read through the glossary, it is judged as its English twin is —
a place the population package does not cover is unsupported, a place it covers is checked against its
row — instead of going to a person as words the checker could not read.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Denmark", 2021): 5_800_000.0, ("Austria", 2021): 8_900_000.0}
GDP = {("Denmark", 2021): 400e9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize("text, figure", [
    ("Ende des vergangenen Jahres lebten in Polen 37,7 Millionen Menschen.", "37,7 Millionen"),
    ("Im Jahr 2021 wohnten in Belgien nach Angaben des Statistikamts 11,6 Millionen Menschen.", "11,6 Millionen"),
    ("Folkmängden i Finland uppgick 2021 till 5 548 241 personer.", "5 548 241"),
])
def test_a_population_the_data_does_not_hold_for_the_place_is_unsupported(
        packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2023-05-01")
    result = claim_starting(found, figure)
    assert result.verdict is Verdict.unsupported
    assert result.reason == "place_not_covered"


def test_a_population_the_data_holds_is_checked_against_its_row(packages: list[Path]) -> None:
    found = claim_results("Folkmängden i Danmark uppgick 2021 till 7,1 miljoner personer.", packages, "2023-05-01")
    result = claim_starting(found, "7,1")
    assert result.verdict is Verdict.contradicted
    assert result.evidence and result.evidence[0].value == pytest.approx(5_800_000.0)
