"""A country group right before an audience noun ('… drew worldwide media coverage', 'global attention')
names who heard of an event, not the place a figure is about, as 'world oil prices' names a market. A
figure whose sentence names no other place is then unplaced (for a person), not the world's figure
contradicted by the World row; 'worldwide inflation' still names the world. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.models import Verdict

ROWS = {("World", 2029): 3.5, ("World", 2030): 8.0, ("Chile", 2029): 4.5, ("Chile", 2030): 7.7}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi"), "cpi", "Consumer prices", "Inflation", ROWS,
                             description=CPI_WORDS)


@pytest.mark.parametrize("audience", ["worldwide media coverage", "global attention", "world headlines"])
def test_a_group_naming_an_audience_is_no_place(cpi: Path, audience: str) -> None:
    text = f"Consumer price inflation reached 7.7% in 2030, a figure that drew {audience}."
    result = claim_results(text, [cpi], date="2031-09-01")["7.7%"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_group_before_the_measure_still_names_the_place(cpi: Path) -> None:
    result = claim_results("Worldwide consumer price inflation reached 7.7% in 2030.", [cpi], date="2031-09-01")["7.7%"]
    assert result.verdict is Verdict.contradicted and "World" in str(result.evidence[0].dimensions), result.explanation


def test_a_group_before_coverage_of_a_measure_names_the_place(cpi: Path) -> None:
    # 'coverage' alone is no audience: 'global coverage of …' is the world's, so the World row judges the figure
    text = "Global coverage of the price survey widened in 2030, when consumer price inflation reached 7.7%."
    result = claim_results(text, [cpi], date="2031-09-01")["7.7%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value, result.evidence[0].dimensions["Country"]) \
        == ("2030", 8.0, "World")
