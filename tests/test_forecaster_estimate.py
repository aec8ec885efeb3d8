"""A forecaster's estimate of a year ('the Fund's latest estimate puts Chile's GDP at $250 billion in 2022'):
the IMF, the OECD or a development bank estimates a year in its forecast rounds, before the year is out,
as often as after it, so the outturn row neither confirms nor refutes it when nothing says the year was
over when the estimate was made (an undated text, or one dated inside the year): a person decides. A
text dated after the year reports the estimate as the year's figure, judged as usual; so is a
statistical office's estimate, an outturn. Invented figures, World Bank-shaped GDP and population packages."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


GDP = {("Chile", 2021): 317e9, ("Chile", 2022): 301e9}
POPULATION = {("Chile", 2021): 19.5e6, ("Chile", 2022): 19.6e6}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("pkgs"), POPULATION, GDP)


ESTIMATES = [
    "The International Monetary Fund's latest estimate puts Chile's GDP at $250 billion in 2022.",
    "According to OECD estimates, Chile's GDP reached $250 billion in 2022.",
    "Chile's GDP was estimated by the IMF at $250 billion in 2022.",
]


@pytest.mark.parametrize("text", ESTIMATES)
@pytest.mark.parametrize("date", [None, "2022-10-01"])  # undated, or written before the year was out
def test_a_forecasters_estimate_of_a_year_not_known_to_be_over_is_for_review(
        packages: list[Path], text: str, date: str | None) -> None:
    result = claim_results(text, packages, date=date)["$250 billion"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", GDP[("Chile", 2022)])


def test_after_the_year_the_estimate_is_judged_as_the_years_figure(packages: list[Path]) -> None:
    result = claim_results(ESTIMATES[0], packages, date="2023-09-01")["$250 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_statistical_offices_estimate_is_an_outturn(packages: list[Path]) -> None:
    text = "The statistics office's latest estimate puts Chile's GDP at $250 billion in 2022."
    result = claim_results(text, packages, date=None)["$250 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_forecasters_estimate_of_an_earlier_figure_ends_at_was(packages: list[Path]) -> None:
    text = "The IMF estimates that Chile's GDP was $250 billion in 2022."
    result = claim_results(text, packages, date=None)["$250 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation
