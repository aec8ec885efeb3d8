"""A rate its own clause calls the whole year's ('full-year inflation came in at 5.5 %') is the year's rate:
a month another paragraph dates a rate to ('last month') says nothing of its basis, so the year's average
judges it. Without the words, that month keeps a disagreeing figure from being called contradicted."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

LEAD = "Consumer prices in Norway rose 6.1 per cent in the year to last month, the statistics office said.\n\n"


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


@pytest.mark.parametrize("said", ["Full-year inflation came in at 5.5 per cent for 2022",
                                  "Inflation for the full year 2022 came in at 5.5 per cent"])
def test_a_full_year_rate_meets_the_years_average(cpi: Path, said: str) -> None:
    result = claim_results(f"{LEAD}{said}, above the bank's target.", [cpi], "2023-03-01")["5.5 per cent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 5.8)


def test_a_rate_of_2022_after_a_months_rate_is_another_period(cpi: Path) -> None:
    result = claim_results(f"{LEAD}Inflation came in at 5.5 per cent for 2022, above the bank's target.",
                           [cpi], "2023-03-01")["5.5 per cent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
