"""The ends of the range a currency traded in ('operating in a range between 17.20 and 18.90 pesos per
dollar', a governor's words; Spanish 'en un rango entre los … y los …') are days' prices, not a month's
or a year's average: rows of averages neither confirm nor refute them, agreeing or not (needs_review,
config day_price_words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, monthly_rates_package, rates_package

from workbench.models import Verdict

MONTHS = {"2030-10": 18.10, "2030-11": 18.30, "2030-12": 18.05, "2031-01": 17.95}


@pytest.mark.parametrize("text, figure", [
    ("In November 2030 the Mexican peso was operating in a range between 17.20 and 18.90 pesos per dollar, "
     "the governor said.", "between 17.20 and 18.90 pesos"),
    ("El gobernador dijo que el peso mexicano ha operado desde octubre de 2030 en un rango entre los 17.20 y "
     "los 18.90 pesos por dólar.", "entre los 17.20 y los 18.90 pesos"),
    ("The Mexican peso traded between 17.20 and 18.90 pesos per dollar in November 2030, the central bank said.",
     "between 17.20 and 18.90 pesos"),
])
def test_a_trading_ranges_ends_are_for_review(tmp_path: Path, text: str, figure: str) -> None:
    fx = monthly_rates_package(tmp_path / "fx", "Mexico", MONTHS)
    result = claim_results(text, [fx], date="2031-02-10")[figure]
    assert result.verdict is Verdict.needs_review, (result.reason, result.explanation)


def test_a_monthly_average_is_still_judged(tmp_path: Path) -> None:
    fx = monthly_rates_package(tmp_path / "fx", "Mexico", MONTHS)
    result = claim_results("The Mexican peso averaged 18.30 pesos per dollar in November 2030.", [fx],
                           date="2031-02-10")["18.30 pesos"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("text, figure", [
    ("The Mexican peso averaged 18.30 pesos per dollar in November 2030, having traded between 17.50 and 18.70 "
     "pesos during the month.", "18.30 pesos"),
    ("Having fluctuated between 17.40 and 18.80 pesos per dollar, the Mexican peso averaged 18.30 pesos per dollar "
     "in November 2030.", "18.30 pesos"),
    ("The Mexican peso traded in a range of 17.40 to 18.80 pesos per dollar in November 2030, and averaged 18.30 "
     "pesos per dollar.", "18.30 pesos"),
])
def test_an_average_beside_a_trading_range_is_still_judged(tmp_path: Path, text: str, figure: str) -> None:
    """The range words reach the figures they govern, not an average the sentence states apart from them."""
    fx = monthly_rates_package(tmp_path / "fx", "Mexico", MONTHS)
    results = claim_results(text, [fx], date="2031-02-10")
    assert results[figure].verdict is Verdict.supported, (results[figure].reason, results[figure].explanation)
    ends = [result for claim, result in results.items() if claim != figure]
    assert ends and all(result.verdict is Verdict.needs_review for result in ends)



def test_the_ends_of_a_move_within_one_year_are_for_review(tmp_path: Path) -> None:
    # both ends of one move of 2030 are days' prices of that year: its one mean (16.20, which contradicts each
    # read as the year's rate) is neither
    fx = rates_package(tmp_path / "fx", {("South Africa", 2029): 15.4, ("South Africa", 2030): 16.2})
    results = claim_results("2030 crisis: the rand falls from R15.10/$ to R17.80/$.", [fx], date="2031-02-10")
    for figure in ("R15.10", "R17.80"):
        result = claim_starting(results, figure)
        assert result.verdict is Verdict.needs_review, (result.reason, result.explanation)


def test_the_ends_of_a_move_that_each_name_their_year_are_judged(tmp_path: Path) -> None:
    fx = rates_package(tmp_path / "fx", {("South Africa", 2029): 15.4, ("South Africa", 2030): 16.2})
    results = claim_results("The rand weakened from R15.40/$ in 2029 to R17.80/$ in 2030.", [fx], date="2031-02-10")
    assert claim_starting(results, "R17.80").verdict is Verdict.contradicted


def test_a_move_of_averages_is_judged_by_its_means(tmp_path: Path) -> None:
    # 'the average rate': its ends are means, the later one 2030's own
    fx = rates_package(tmp_path / "fx", {("South Africa", 2029): 15.4, ("South Africa", 2030): 16.2})
    results = claim_results("The rand's average rate weakened from R15.40/$ to R16.20/$ in 2030.", [fx],
                            date="2031-02-10")
    assert claim_starting(results, "R16.20").verdict is Verdict.supported


def test_the_top_of_a_years_trading_is_for_review_and_its_floor_judged(tmp_path: Path) -> None:
    # 'up to 3.10' is the year's weakest day, which its mean (2.85) always lies under: agreeing with the
    # bound is no support; 'over 2.50', the level the rand traded at all year, the mean does judge
    fx = rates_package(tmp_path / "fx", {("South Africa", 2029): 2.6, ("South Africa", 2030): 2.85})
    results = claim_results("In 2030, the rand was trading at over 2.50 rand per dollar, up to 3.10 per dollar.",
                            [fx], date="2031-02-10")
    top = claim_starting(results, "3.10")
    assert top.verdict is Verdict.needs_review, (top.reason, top.explanation)
    assert "up to" in top.explanation
    floor = claim_starting(results, "2.50")
    assert floor.verdict is Verdict.supported, (floor.reason, floor.explanation)
