"""An average over a span of years: 'averaged 4.1 % in the ten years to 2022' is the mean of the
span's annual rows, not the last year's figure; an average whose sentence dates the series' other
figures to months ('a high of 9 % in March 2015') averages monthly figures — another basis than the
mean of annual rows, so a disagreement is for review.

A small package of our own: a yearly rate for one country, 2008–2022.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_RATE = {2008 + i: v for i, v in enumerate([5.0, 1.0, 2.0, 3.0, 3.6, 2.8, 3.2, 3.5, 3.8, 2.2, 2.4, 2.6, 3.0, 4.5, 8.4])}
PACKAGE = [{"name": "prices", "metric": "consumer price inflation", "aliases": ["inflation"], "unit": "%",
            "dims": ["country"], "rows": [{"period": str(y), "value": v, "country": "Peru"} for y, v in _RATE.items()]}]
_MEAN_2013_2022 = sum(_RATE[y] for y in range(2013, 2023)) / 10  # 3.64


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("span") / "reference", PACKAGE)


def _one(sentence: str, package: Path, claim: str):
    results, _ = check_text(f"---\ndate: 2023-06-01\n---\n\n{sentence}\n", package)
    return results[claim]


@pytest.mark.parametrize("span", ["in the ten years to 2022", "over the decade ending in 2022",
                                  "in the 10 years through 2022", "in the ten years leading to 2022",
                                  "over the decade leading up to 2022"])
def test_an_average_over_the_years_to_a_year_is_the_mean_of_those_years(package: Path, span: str) -> None:
    assert round(_MEAN_2013_2022, 2) == 3.64
    result = _one(f"Inflation in Peru averaged 3.64% {span}, the central bank said.", package, "3.64%")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2013/2022"


def test_a_wrong_average_over_the_years_to_a_year_is_contradicted(package: Path) -> None:
    result = _one("Inflation in Peru averaged 2.9% in the ten years to 2022, the central bank said.", package, "2.9%")
    assert result.verdict is Verdict.contradicted and result.evidence[0].period == "2013/2022"


def test_an_average_of_monthly_figures_is_another_basis(package: Path) -> None:
    result = _one("The inflation rate in Peru averaged 3.3 percent from 2013 until 2022, reaching an all time high "
                  "of 8.8 percent in June of 2022 and a record low of 1.1 percent in March of 2018.", package,
                  "3.3 percent")
    assert result.verdict is Verdict.needs_review and result.reason == "monthly_average"
    assert "average of monthly figures" in result.explanation


def test_the_same_average_with_yearly_extremes_is_contradicted(package: Path) -> None:
    result = _one("The inflation rate in Peru averaged 3.3 percent from 2013 until 2022, reaching a high "
                  "of 8.4 percent in 2022.", package, "3.3 percent")
    assert result.verdict is Verdict.contradicted


def test_an_average_over_a_count_of_years_counts_every_one_of_them(package: Path) -> None:
    # 'from 2013 to 2022' may take 2013's level as the base; 'the ten years to 2022' has no base year: its
    # mean is of all ten rows, and the figure of the nine after 2013 is not its evidence
    nine = sum(_RATE[y] for y in range(2014, 2023)) / 9  # 3.73: nearer 3.7 than the mean of ten, 3.64
    result = _one("Inflation in Peru averaged 3.7% in the ten years to 2022, the central bank said.", package, "3.7%")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].value == pytest.approx(_MEAN_2013_2022)
    assert result.evidence[0].value != pytest.approx(nine)
