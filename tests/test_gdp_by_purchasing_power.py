"""GDP 'by purchasing power' — the words without 'parity', as Spanish ('por poder adquisitivo') and Portuguese
('poder de compra', 'capacidade aquisitiva') copy and English write it — is GDP at purchasing power parity: a series
the packages do not hold (unsupported: other_series), not the current-dollar row contradicting it (lexicon.json
valuation_basis_words). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("wb"), {("Kazakhstan", 2021): 19.0e6},
                              {("Kazakhstan", 2021): 197.1e9})


@pytest.mark.parametrize(("text", "figure"), [
    ("Measured by purchasing power, Kazakhstan's GDP reached $540 billion in 2021.", "$540 billion"),
    ("En 2021 el PIB de Kazajistán por poder adquisitivo fue de 540.000 millones de dólares.", "540.000 millones de dólares"),
    ("Em 2021, o PIB do Cazaquistão medido pelo poder de compra foi de US$ 540 bilhões.", "US$ 540 bilhões"),
])
def test_gdp_by_purchasing_power_is_another_series(packages: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, packages, date="2023-03-01")[figure]
    assert result.verdict is Verdict.unsupported and result.reason == "other_series", result.explanation


def test_gdp_with_no_basis_named_is_still_judged_in_current_dollars(packages: list[Path]) -> None:
    result = claim_results("Kazakhstan's GDP reached $540 billion in 2021.", packages, date="2023-03-01")["$540 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation


# A league table of economies is often drawn up at purchasing-power parity without saying so: a figure given
# with the place's standing that no year of the current-dollar series comes near is for a person, not
# contradicted (verify/measures/standing.py); one inside the series' range is judged as usual.
@pytest.fixture(scope="module")
def yearly_gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("wb_years"), {("Kazakhstan", 2021): 19.0e6},
                              {("Kazakhstan", 2019): 181.7e9, ("Kazakhstan", 2020): 171.1e9,
                               ("Kazakhstan", 2021): 197.1e9})


@pytest.mark.parametrize(("text", "figure"), [
    ("In the regional league table Kazakhstan holds the fifth place, its GDP reaching $540 billion in 2021.",
     "$540 billion"),
    ("O Cazaquistão ocupa a quinta posição, com um PIB de US$ 540 bilhões em 2021.", "US$ 540 bilhões"),
    ("Kazakhstan came 5th in the ranking of the region's economies.\n"
     "Its GDP reached $540 billion in 2021.", "$540 billion"),
])
def test_a_ranking_figure_past_every_year_is_for_review(yearly_gdp: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, yearly_gdp, date="2023-03-01")[figure]
    assert result.verdict is Verdict.needs_review and result.reason == "standing_measure", result.explanation


def test_a_ranking_figure_within_the_years_is_judged(yearly_gdp: list[Path]) -> None:
    text = "In the regional league table Kazakhstan holds the fifth place, its GDP reaching $175 billion in 2021."
    result = claim_results(text, yearly_gdp, date="2023-03-01")["$175 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_figure_past_every_year_without_a_standing_is_contradicted(yearly_gdp: list[Path]) -> None:
    result = claim_results("Kazakhstan's GDP reached $540 billion in 2021.", yearly_gdp,
                           date="2023-03-01")["$540 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_ranking_of_emitters_past_every_year_is_still_contradicted(tmp_path: Path) -> None:
    carbon = carbon_package(tmp_path / "carbon", {("CHILE", 2019): 23000.0, ("CHILE", 2020): 22000.0})
    text = "Chile holds the fifth place in the regional ranking of emitters, with 150 million tonnes of CO2 in 2020."
    result = claim_results(text, [carbon], date="2023-03-01")["150 million tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
