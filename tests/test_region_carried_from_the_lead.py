"""A region a table lists (no country, no gazetteer city) named in an earlier paragraph is the place of a
figure whose own line names none, as a country named there would be: a list of dated counts under a lead
about the region is read against the region's row, not against the country's national series (where it
would be 'unsupported' for a place that series lacks). The measure the lead names ('the population') names
the regional table's total column whole, its 'Region' and 'Total' being how the table is laid out.
Regions, counts and sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("regions")
    regions = root / "regions"
    regions.mkdir()
    (regions / "oblast_population_2023-01-01.csv").write_text(
        "Region,Total,Males,Females\nOsh Region,1400321,690100,710221\nTalas Region,270512,135000,135512\n"
        "The Kyrgyz Republic,7037590,3480000,3557590\n", encoding="utf-8")
    national = population_and_gdp(root, {("Kyrgyz Republic", 2023): 7_100_000, ("Kyrgyz Republic", 2024): 7_230_000,
                                         ("Tajikistan", 2023): 10_140_000, ("Tajikistan", 2024): 10_390_000},
                                  {("Kyrgyz Republic", 2023): 13.9e9, ("Tajikistan", 2023): 12.1e9})
    return [regions, *national]


LEAD = "The population of Talas Region has grown by a seventh over the past decade, officials said.\n\n"


def test_a_count_under_a_lead_naming_the_region_is_the_regions(packages: list[Path]) -> None:
    result = claim_results(LEAD + "As of 1 January 2023 – 270,512;", packages, date="2025-03-01")["270,512"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Talas Region"}


def test_a_count_of_another_date_under_that_lead_is_for_a_person(packages: list[Path]) -> None:
    result = claim_results(LEAD + "As of 1 January 2024 – 281,090;", packages, date="2025-03-01")["281,090"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].dimensions == {"Region": "Talas Region"}


def test_a_region_named_in_the_figures_own_paragraph_still_wins(packages: list[Path]) -> None:
    text = LEAD + "In Osh Region, as of 1 January 2023 the population was 1,400,321."
    result = claim_results(text, packages, date="2025-03-01")["1,400,321"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Osh Region"}
