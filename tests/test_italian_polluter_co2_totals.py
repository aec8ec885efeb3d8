"""Italian copy on the countries that pollute most: 'inquina' (pollutes) says emissions, as 'pollutes' does in
English, so a total of 'tonnellate di CO2' for a named country and year is pinned to the fossil-carbon series (read
×3.664) and judged, not left uncertain; 'mld di ton' is a mass in tonnes, not a bare count."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

# thousand tonnes of carbon (invented): Brazil 2018 is 130,000 kt C = 476.3 Mt CO2
TOTALS = {("BRAZIL", 2017): 128_000, ("BRAZIL", 2018): 130_000}


def test_a_total_of_the_country_that_pollutes_is_contradicted_outside_the_band(tmp_path: Path) -> None:
    text = "Nel 2018 il Brasile, che inquina più dei vicini, ha emesso 0,52 miliardi di tonnellate di CO2."
    result = claim_results(text, [carbon_package(tmp_path / "co2", TOTALS)], date=None)["0,52 miliardi di tonnellate"]
    assert result.verdict.value == "contradicted", result.explanation


def test_a_total_in_mld_di_ton_is_a_mass(tmp_path: Path) -> None:
    text = "Nel 2018 il Brasile, che inquina più dei vicini, ha emesso 0,476 mld di ton di CO2."
    results = claim_results(text, [carbon_package(tmp_path / "co2", TOTALS)], date=None)
    [result] = [r for surface, r in results.items() if surface.startswith("0,476")]
    assert result.claim.unit == "t", result.claim
    assert result.verdict.value == "supported", result.explanation


def test_the_english_country_that_pollutes_is_judged_the_same(tmp_path: Path) -> None:
    text = "In 2018 Brazil, which pollutes more than its neighbours, put out 0.52 billion tonnes of CO2."
    result = claim_results(text, [carbon_package(tmp_path / "co2", TOTALS)], date=None)["0.52 billion tonnes"]
    assert result.verdict.value == "contradicted", result.explanation
