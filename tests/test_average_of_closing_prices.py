"""'The annual average exchange rate based on the daily closing price was 1,306 won': the closing price
qualifies the average — an average of a year's closes, which the year's average row judges — while a
won that 'closed at' a level is one moment's price, for review against any average.

The package is shaped like the Federal Reserve's yearly file, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict


@pytest.fixture()
def fx(tmp_path: Path) -> Path:
    return rates_package(tmp_path, {("South Korea", 2030): 1250.0, ("South Korea", 2031): 1305.5}, source="Board")


def test_an_average_of_closing_prices_is_judged_by_the_years_average(fx: Path) -> None:
    text = ("In 2031 the annual average exchange rate based on the daily closing price was {figure} won "
            "per dollar, the weakest in a decade.")
    right = claim_results(text.format(figure="1,306"), [fx], "2032-03-02")["1,306 won"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2031"
    wrong = claim_results(text.format(figure="1,406"), [fx], "2032-03-02")["1,406 won"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_close_after_an_average_and_a_figure_stays_a_moments_price(fx: Path) -> None:
    text = "In 2031 the annual average was 1,306 won per dollar, while the won closed at 1,310 won on its last day."
    close = claim_results(text, [fx], "2032-03-02")["1,310 won"]
    assert close.verdict is Verdict.needs_review, close.explanation
