"""A rate its sentence dates at the start or the middle of its year ('At the start of 2022, inflation rose to 9.1 %')
is that month's twelve-month rate, not the year's average: against the year's row alone it is another period
(needs_review), never contradicted. 'Since the start of 2022' opens a span and leaves the figure its year; the year's
end stays December's.

Package World Bank-shaped (CPI rows invented: Norway 2021 3.5, 2022 5.8); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("point_rate") / "cpi")


@pytest.mark.parametrize("text", [
    "At the start of 2022, consumer inflation in Norway rose to 9.1%, the statistics office said.",
    "Consumer inflation in Norway stood at 9.1% at the beginning of 2022.",
    "By mid-2022 Norway's consumer inflation had climbed to 9.1%.",
])
def test_a_rate_at_a_point_of_its_year_is_not_judged_by_the_average(cpi: Path, text: str) -> None:
    for date in (None, "2024-03-01"):
        found = claim_results(text, [cpi], date)
        assert found["9.1%"].verdict is Verdict.needs_review, found["9.1%"].explanation


def test_a_span_from_the_start_of_a_year_keeps_the_figure_s_year(cpi: Path) -> None:
    text = "Norway's consumer inflation averaged 9.1% in 2022, the highest since the start of 2008."
    found = claim_results(text, [cpi], "2024-03-01")
    assert found["9.1%"].verdict is Verdict.contradicted, found["9.1%"].explanation


def test_the_start_of_the_year_written_after_its_year_dates_the_rate(cpi: Path) -> None:
    text = "In 2022 at the start of the year consumer inflation in Norway stood at 9.1%."
    found = claim_results(text, [cpi], None)
    assert found["9.1%"].verdict is Verdict.needs_review, found["9.1%"].explanation
