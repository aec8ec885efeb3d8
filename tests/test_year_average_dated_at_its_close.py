"""'As of 31 December 2023, the average annual exchange rate was 1.05': a rate called the year's average and dated by
the year's last day is that year's average (the year had just ended), judged by the yearly row — not one day's price
held for review against December's monthly average. A rate dated so without the average's words stays the day's.

Packages shaped like the Federal Reserve's yearly and monthly files; invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("fx")
    yearly = rates_package(folder, {("South Korea", 2031): 1305.5}, source="Board")
    monthly = monthly_rates_package(folder / "monthly", "South Korea", {"2031-12": 1290.0})
    return [yearly, monthly]


@pytest.mark.parametrize(("figure", "verdict"), [("1,306", Verdict.supported), ("1,406", Verdict.contradicted)])
def test_the_years_average_dated_by_its_last_day_is_the_years(fx: list[Path], figure: str, verdict: Verdict) -> None:
    text = f"As of 31 December 2031, the average annual exchange rate of the won was {figure} won per dollar."
    result = claim_results(text, fx, "2032-01-15")[f"{figure} won"]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2031"


@pytest.mark.parametrize(("figure", "verdict"), [("1 306", Verdict.supported), ("1 406", Verdict.contradicted)])
def test_a_french_years_average_at_its_close_is_judged_by_the_years_row(fx: list[Path], figure: str,
                                                                       verdict: Verdict) -> None:
    text = f"Au 31 décembre 2031, le taux de change annuel moyen du dollar était de {figure} wons sud-coréens."
    result = next(r for r in claim_results(text, fx, "2032-01-15").values() if r.claim.text.startswith(figure))
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2031"


def test_a_rate_on_the_years_last_day_without_the_averages_words_stays_the_days(fx: list[Path]) -> None:
    result = claim_results("On 31 December 2031, the won closed at 1,306 won per dollar.", fx, "2032-01-15")["1,306 won"]
    assert result.verdict is Verdict.needs_review, result.explanation
