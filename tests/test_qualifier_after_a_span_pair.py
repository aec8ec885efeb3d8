"""A series qualifier after a figure belongs to the figure it stands before: in 'inflation between March
2022 and March 2021 was 6.1 % and core inflation stood at 4.0 %', 'core' qualifies 4.0 %, not 6.1 %.
The 'and' joining a span's two ends ('between March 2022 and March 2021') opens no segment of the
sentence, so the headline figure's own words ('inflation') still name its series. Invented figures,
a World Bank-shaped CPI package."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("pkgs") / "cpi")]


@pytest.mark.parametrize("qualifier", ["core", "underlying"])
def test_a_qualifier_after_a_span_pair_is_the_next_figures(packages: list[Path], qualifier: str) -> None:
    text = (f"The statistics office said average inflation in Chile between March 2022 and March 2021 was 6.1% "
            f"and the average {qualifier} inflation rate stood at 4.0%.")
    results = claim_results(text, packages, date=None)
    headline, qualified = results["6.1%"], results["4.0%"]
    assert headline.reason != "other_series", headline.explanation
    assert headline.verdict is not Verdict.supported, headline.explanation  # no calendar year's average
    assert (qualified.verdict, qualified.reason) == (Verdict.unsupported, "other_series"), qualified.explanation


def test_a_qualifier_before_both_figures_still_names_both(packages: list[Path]) -> None:
    text = "Core inflation in Chile was 4.0% in 2021 and 6.1% in 2022."
    results = claim_results(text, packages, date="2023-06-01")
    assert all(results[f].reason == "other_series" for f in ("4.0%", "6.1%")), [r.explanation for r in results.values()]
