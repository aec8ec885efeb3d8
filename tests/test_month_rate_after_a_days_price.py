"""'The krone/dollar rate touched a high of 10.92 on Monday. In March, the rate was 10.41.': a month's rate its
sentence calls no average, right after a sentence quoting the rate at one moment (a weekday, a high, a close),
is the moment that price is set against — one day of the month, not the month's mean: for review, agreeing or
not with the mean. A month's rate its sentence calls an average, or one after a sentence of no moment, is the
month's mean and judged as before.

The package is shaped like the Federal Reserve's monthly file, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict

MONTHS = {"2023-03": 10.52, "2023-10": 10.95}


@pytest.fixture()
def fx(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", "Norway", MONTHS)


@pytest.mark.parametrize("moment", ["touched a high of 10.92 on Monday", "closed at 10.92 on Monday"])
def test_a_month_rate_after_a_days_price_is_for_review(fx: Path, moment: str) -> None:
    text = f"The Norwegian krone/US dollar exchange rate {moment}. In March, the exchange rate was 10.41."
    found = claim_results(text, [fx], "2023-10-25")
    assert found["10.41"].verdict is Verdict.needs_review


def test_a_month_rate_called_an_average_is_still_judged(fx: Path) -> None:
    text = ("The Norwegian krone/US dollar exchange rate touched a high of 10.92 on Monday. "
            "In March, the exchange rate averaged 10.11.")
    found = claim_results(text, [fx], "2023-10-25")
    assert found["10.11"].verdict is Verdict.contradicted


def test_a_month_rate_after_no_moment_is_still_judged(fx: Path) -> None:
    text = ("The Norwegian krone has been weak against the US dollar for two years. "
            "In March, the krone/US dollar exchange rate was 10.11.")
    found = claim_results(text, [fx], "2023-10-25")
    assert found["10.11"].verdict is Verdict.contradicted
