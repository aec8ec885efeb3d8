"""An average over a counted set of countries ('the mean across 52 economies') is a source's own
unweighted figure: no row holds it, and with no place named it is `unsupported`, not a place for a
reviewer to pick among the data's countries.

Invented figures in a publisher-shaped inflation package; the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict


@pytest.fixture
def inflation(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "inflation", "inflation", "Inflation, consumer prices (annual %)",
                             "Inflation", {("Kenya", 2022): 7.66, ("Chile", 2022): 11.64})


def test_an_average_over_a_count_of_countries_is_no_row(inflation: Path) -> None:
    text = ("# Consumer price inflation in 2022\n\n"
            "Consumer price inflation averaged 8.7 percent in 2022 across 52 economies, the survey found.")
    result = claim_results(text, [inflation], date="2023-09-01")["8.7 percent"]
    assert result.verdict is Verdict.unsupported and not result.evidence, result.explanation


def test_an_average_with_no_count_of_countries_stays_for_review(inflation: Path) -> None:
    text = ("# Consumer price inflation in 2022\n\n"
            "Consumer price inflation averaged 8.7 percent in 2022, the survey found.")
    result = claim_results(text, [inflation], date="2023-09-01")["8.7 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_named_countrys_figure_beside_the_count_keeps_its_row(inflation: Path) -> None:
    text = ("Chile's consumer prices rose 11.64 percent in 2022, above the mean of 8.7 percent across 52 "
            "economies.")
    result = claim_results(text, [inflation], date="2023-09-01")["11.64 percent"]
    assert result.verdict is Verdict.supported, result.explanation
