"""'The growth rate was 0.8 percent, or about 158,400 more people' after a paragraph on the population:
'people' is what the population counts, no measure of its own, so the sentence speaks of the measure
the text before names — when that measure counts people. After a paragraph on GDP, which counts no
people, nothing is carried and the rate is judged against no GDP row.

The packages are publisher-shaped with invented figures: a population and a GDP."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

GROWTH = "In 2032 the growth rate was {rate} percent, or about 158,400 more people."


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path / "wb", {("Chile", 2031): 19_800_000, ("Chile", 2032): 19_958_400},
                              {("Chile", 2031): 300e9, ("Chile", 2032): 302.4e9})


def _checked(lead: str, rate: str, packages: list[Path]) -> dict:
    return claim_results(f"{lead}\n\n{GROWTH.format(rate=rate)}", packages, "2033-02-10")


def test_a_growth_rate_in_people_takes_the_population_named_before(packages: list[Path]) -> None:
    lead = "Chile's population reached 19.9 million at the start of the year, the statistics office said."
    right = _checked(lead, "0.8", packages)
    assert right["0.8 percent"].verdict is Verdict.supported, right["0.8 percent"].explanation
    assert right["0.8 percent"].evidence[0].resource == "population"
    assert right["158,400"].verdict is Verdict.supported, right["158,400"].explanation
    wrong = _checked(lead, "1.4", packages)["1.4 percent"]
    assert wrong.verdict in (Verdict.contradicted, Verdict.needs_review), wrong.explanation
    assert wrong.evidence[0].resource == "population"


def test_people_take_no_measure_that_counts_none(packages: list[Path]) -> None:
    lead = "Chile's gross domestic product reached 302 billion dollars, the statistics office said."
    result = _checked(lead, "0.8", packages)["0.8 percent"]
    assert result.verdict is not Verdict.supported, result.explanation
    assert all(e.resource != "gdp" for e in result.evidence), result.explanation
