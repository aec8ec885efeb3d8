"""A year's inflation 'for the accumulated period' of the year is its December-on-December rate, not the year's
average: even when the average happens to agree, it is another period for a person (year_end_words), never
supported by the annual row. The year's average said as such is still judged."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


def test_a_rate_for_the_accumulated_period_of_a_year_is_not_the_years_average(cpi: Path) -> None:
    [result] = claim_results("Chile's consumer prices closed at 11.6% for the accumulated period of 2022, "
                             "the statistics institute said.", [cpi], date="2023-01-10").values()
    assert result.verdict is Verdict.needs_review, result.explanation


def test_the_years_average_said_as_such_is_still_judged(cpi: Path) -> None:
    [result] = claim_results("Chile's consumer prices rose 11.6% on average in 2022, the statistics institute said.",
                             [cpi], date="2023-01-10").values()
    assert result.verdict is Verdict.supported, result.explanation
