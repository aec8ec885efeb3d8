"""A bare figure with decimals that a currency moved to ('the rand weakened to 15.40') is that currency's
price of the US dollar, read from its rate series as any rate is: a day's level goes to a person beside
the month's row, a month's level is confirmed or refuted by it. The base currency's own move and a
currency that only qualifies another noun give no rate. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def monthly(tmp_path: Path) -> Path:
    """A Federal Reserve-shaped monthly file: units of each currency per US dollar."""
    return monthly_rates_package(tmp_path / "fx", {"Japan": {"2021-03": 108.90}, "South Africa": {"2021-03": 15.10}})


@pytest.mark.parametrize("text, surface, value", [
    ("The rand weakened to 15.40 on 12 March 2021, dealers in Johannesburg said.", "15.40", 15.10),
    ("On 12 March 2021 the Japanese yen slipped to 109.55 in early trade.", "109.55", 108.90),
])
def test_a_day_s_level_a_currency_moved_to_goes_to_a_person(monthly: Path, text: str, surface: str, value: float) -> None:
    found = claim_results(text, [monthly], "2021-06-01")[surface]
    assert found.verdict is Verdict.needs_review, found.explanation
    assert (found.evidence[0].value, found.evidence[0].period) == (value, "2021-03"), found.evidence


@pytest.mark.parametrize("text, verdict", [
    ("In March 2021 the Japanese yen strengthened to 108.85 on average.", Verdict.supported),
    ("In March 2021 the Japanese yen weakens to 131.20 on average, the survey said.", Verdict.contradicted),
])
def test_a_month_s_level_a_currency_moved_to_is_judged_by_its_row(monthly: Path, text: str, verdict: Verdict) -> None:
    found = claim_results(text, [monthly], "2021-06-01")[text.split(" to ")[1].split()[0]]
    assert found.verdict is verdict, found.explanation
    assert found.claim.unit == "JPY"


@pytest.mark.parametrize("text, surface", [
    ("In March 2021 the dollar rose to 108.95 in Tokyo.", "108.95"),  # the base currency: priced in what?
    ("In March 2021 the yen carry index rose to 15.12, a record.", "15.12"),  # the currency qualifies an index
    ("In March 2021 the rand rose to 15 on a scale of twenty.", "15"),  # a rate is quoted with decimals
])
def test_no_rate_without_a_currency_that_moved(monthly: Path, text: str, surface: str) -> None:
    assert claim_results(text, [monthly], "2021-06-01")[surface].claim.unit not in ("JPY", "ZAR")
