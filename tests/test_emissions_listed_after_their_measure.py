"""A list of masses after the sentence that named their measure: 'Chile emitted 3.7 billion tonnes of CO2 in 2019.
Next came Peru (1.1 billion tons) and Norway (0.5 billion tons).' The list's sentence names no measure, but the
sentence just before named emissions of one gas and the unit pins the one series of it: each figure is judged as
that series' total — supported or contradicted, in the gas the text named — not left for a person because its own
sentence repeats no word of the series' title; the fuel columns beside the total are not what bare emissions are.
Package CDIAC-shaped, with invented figures (thousand tonnes of carbon; × 3.664 for CO2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

TOTALS = {("CHILE", 2019): 1_010_000.0, ("PERU", 2019): 300_000.0, ("NORWAY", 2019): 180_000.0}
# a part beside each total: the list's bare figures are not the gas fuel's (a part its clause does not name)
GAS_FUEL = {("CHILE", 2019): 100_000.0, ("PERU", 2019): 50_000.0, ("NORWAY", 2019): 60_000.0}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("listed") / "carbon", TOTALS, gas_fuel=GAS_FUEL)


LIST = "Chile emitted 3.7 billion tonnes of CO2 in 2019. Next came Peru (1.1 billion tons) and Norway (0.5 billion tons)."


def test_a_listed_mass_that_agrees_with_the_total_is_supported(carbon: Path) -> None:
    peru = claim_results(LIST, [carbon], "2021-03-01")["1.1 billion tons"]
    assert peru.verdict is Verdict.supported, peru.explanation


def test_a_listed_mass_the_total_misses_is_contradicted_not_read_as_a_fuel(carbon: Path) -> None:
    norway = claim_results(LIST, [carbon], "2021-03-01")["0.5 billion tons"]
    assert norway.verdict is Verdict.contradicted, norway.explanation
    assert "Total" in norway.evidence[0].metric, norway.evidence[0].metric


def test_a_measure_named_only_in_the_heading_leaves_the_list_for_a_person(carbon: Path) -> None:
    text = "# Emissions of CO2 in 2019\n\nThe ranking is long. Next came Peru (1.1 billion tons) and Norway (0.5 billion tons)."
    norway = claim_results(text, [carbon], "2021-03-01")["0.5 billion tons"]
    assert norway.verdict is Verdict.needs_review, norway.explanation


@pytest.mark.parametrize("bound", ["над", "повече от"])
def test_a_bulgarian_bound_before_the_mass_is_read_as_one(carbon: Path, bound: str) -> None:
    # 'Peru's carbon dioxide emissions in 2019 were over / more than 900 million tonnes': 1.1 billion passes the bound
    text = f"Емисиите на въглероден диоксид на Перу през 2019 година са {bound} 900 милиона тона."
    [peru] = claim_results(text, [carbon], "2021-03-01").values()
    assert peru.verdict is Verdict.supported, peru.explanation
