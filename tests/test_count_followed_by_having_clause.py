"""A count followed by a perfect-participle clause ('… 6.2 million people having grown by …') names its
measure with the counted noun, not with 'people having': the clause after 'having' is an aside about the
change, so the figure is judged against the population row (here a count on one day against the mid-year
row: a different period, for a person) instead of matching nothing and being flagged unsupported.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Denmark", 2020): 5_830_000.0, ("Denmark", 2021): 5_850_000.0}
GDP = {("Denmark", 2021): 400e9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def test_a_dated_count_before_a_having_clause_goes_to_review(packages: list[Path]) -> None:
    text = ("The population of Denmark, as of March 1, 2021, amounted to 5.84 million people having grown "
            "by 0.4 percent from a year earlier, the statistics office said.")
    found = claim_results(text, packages, "2021-04-20")
    count = claim_starting(found, "5.84 million")
    assert count.verdict is Verdict.needs_review
    assert count.evidence and count.evidence[0].value == pytest.approx(5_850_000.0)


def test_an_undated_count_before_a_having_clause_is_checked_against_its_row(packages: list[Path]) -> None:
    text = ("The population of Denmark stood at 5.84 million people having increased by 24,100 from last year, "
            "according to a report by the statistics office released April 14.")
    found = claim_results(text, packages, "2021-04-20")
    count = claim_starting(found, "5.84 million")
    assert count.verdict is Verdict.supported
    assert count.evidence and count.evidence[0].metric.startswith("Population")  # the population row, not 'people having'
