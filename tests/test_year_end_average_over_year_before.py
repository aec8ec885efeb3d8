"""Year-end words ('at the end of 2021') make a rate the year's last month's, unless the sentence calls
the figure an average and compares it with the whole year before, named bare ('… the average annual
consumer price index rose by 3.5 % compared to 2020'): that is one year's average over the other's, which
the annual row judges. Compared with a month ('compared to December 2020') it stays December's. Invented
figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("text", "verdict", "period"), [
    ("The statistics office said the average annual consumer price index of Norway rose, at the end of 2021, "
     "by 3.5% compared to 2020.", Verdict.supported, "2021"),
    ("The statistics office said the average annual consumer price index of Norway rose, at the end of 2021, "
     "by 4.1% compared to 2020.", Verdict.contradicted, "2021"),
    ("The statistics office said the consumer price index of Norway rose, at the end of 2021, "
     "by 4.1% compared to December 2020.", Verdict.needs_review, "2021"),
])
def test_an_average_compared_with_the_year_before_is_the_years(cpi: Path, text: str, verdict: Verdict,
                                                               period: str) -> None:
    result = claim_results(text, [cpi], date="2022-06-01")[text.split(" by ")[1].split(" ")[0]]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == period, result.explanation
