"""A sentence naming one year and the baseline it compares that year with ('… in 2019 …, down 3 percent on
the year before') speaks of that year: a figure in the next sentence that names no year is read for it, as
it is after a sentence naming the year alone. Two years of their own still leave the figure's year open.
Package publisher-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

PER_CAPITA = {("Norway", 2017): 8.8, ("Norway", 2018): 7.9, ("Norway", 2019): 7.2, ("Norway", 2020): 6.6,
              ("Sweden", 2017): 4.9, ("Sweden", 2018): 4.4, ("Sweden", 2019): 4.1, ("Sweden", 2020): 3.5}


@pytest.fixture()
def per_capita(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "co2pc", "co2-per-capita", "CO2 emissions (metric tons per capita)",
                              "CO2 emissions per capita", PER_CAPITA,
                              description="Carbon dioxide emissions per capita, metric tons")]


@pytest.mark.parametrize("lead", [
    "Sweden emitted 4.1 tonnes of CO2 per person in 2019, down 7 percent compared to the previous year. ",
    "Sweden emitted 4.1 tonnes of CO2 per person in 2019, less than in 2018. ",
])
def test_a_year_compared_with_its_baseline_is_carried(per_capita: list[Path], lead: str) -> None:
    result = claim_results(lead + "Norway was far above with 7.2 tonnes.", per_capita, "2022-03-01")["7.2 tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2019", result.evidence[0].period


def test_two_years_of_its_own_carry_neither(per_capita: list[Path]) -> None:
    lead = "Sweden emitted 4.9 tonnes of CO2 per person in 2017 and 4.1 tonnes in 2019. "
    result = claim_results(lead + "Norway was far above with 7.2 tonnes.", per_capita, "2022-03-01")["7.2 tonnes"]
    assert result.evidence and result.evidence[0].period != "2019", result.explanation
