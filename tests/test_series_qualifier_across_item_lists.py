"""'Core inflation, which strips out volatile food and energy prices, rose to 11.6 %': the 'and' of an
item list ('food and energy', series_exclusion_items) joins two words, not two clauses, so the
figure's segment still reaches back to 'core' — else the headline row, equal by chance, would pass a
core figure (a silent pass). An 'and' that joins clauses still ends a qualifier's reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("pkgs") / "cpi")]


@pytest.mark.parametrize("aside", ["which strips out volatile food and energy prices",
                                   "a gauge that excludes food and energy prices"])
def test_a_core_figure_after_an_aside_listing_items_is_no_headline_figure(packages: list[Path], aside: str) -> None:
    text = f"Core inflation in Chile in 2022, {aside}, rose to 11.6 percent."
    result = claim_results(text, packages)["11.6 percent"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_headline_figure_after_a_core_clause_is_still_the_headlines(packages: list[Path]) -> None:
    text = "In Chile core inflation rose to 9.2 percent in 2022 and consumer price inflation averaged 11.6 percent."
    assert claim_results(text, packages)["11.6 percent"].verdict is Verdict.supported
