"""A paragraph that speaks of greenhouse gases (a mixture) and then a sentence that narrows to one substance
('… net greenhouse gas emissions in 2019.' then 'Peru (2.6 tonnes/person) had lower per capita CO2
emissions than …'): the figure is a mass of CO2 per person, which the series in tonnes of carbon per person
pins by its unit, so a figure that disagrees is contradicted; a sentence that itself names the mixture
stays for review. Invented figures, a CDIAC-shaped package in tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, population_and_gdp

from workbench.models import Verdict

PER_CAPITA = {("CHILE", 2019): 1.20, ("PERU", 2019): 0.50}  # × 3.664: 4.40 and 1.83 t of CO2

LEAD = ("Carbon dioxide made up about four fifths of the region's net greenhouse gas emissions in 2019, "
        "the ministry's inventory says. ")


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("narrowed")
    # a newsroom's other packages beside it: 'economies' is a word of their GDP's description
    others = population_and_gdp(folder, {("Peru", 2019): 33e6}, {("Peru", 2019): 2.3e11})
    return [carbon_package(folder / "carbon", {key: 10_000.0 for key in PER_CAPITA}, PER_CAPITA), *others]


def test_a_sentence_naming_co2_after_a_paragraph_on_greenhouse_gases_is_pinned(carbon: list[Path]) -> None:
    text = LEAD + ("Many large economies, including Chile (4.4 tonnes/person) and Peru (2.6 tonnes/person), "
                   "had far lower per capita CO2 emissions than the United States.")
    results = claim_results(text, carbon, date="2021-05-01")
    assert results["4.4 tonnes"].verdict is Verdict.supported, results["4.4 tonnes"].explanation
    peru = results["2.6 tonnes"]
    assert peru.verdict is Verdict.contradicted, peru.explanation
    assert (peru.evidence[0].dimensions["Country"], peru.evidence[0].period) == ("PERU", "2019")


def test_a_sentence_that_names_the_mixture_itself_is_not_pinned(carbon: list[Path]) -> None:
    text = LEAD + "Peru (2.6 tonnes/person) had far lower per capita greenhouse gas emissions than the United States."
    peru = claim_results(text, carbon, date="2021-05-01")["2.6 tonnes"]
    assert peru.verdict is not Verdict.contradicted, peru.explanation
