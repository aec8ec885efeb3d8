"""A list of rates under its lead: a paragraph that names the exchange rate and the currency, then one line
per year ('2017 65.12 rupees'). The line names neither; the lead right above it does."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

RATES = {("India", 2016): 67.20, ("India", 2017): 65.12, ("India", 2018): 68.39}
LEAD = "Here is how the exchange rate of the US dollar against the Indian rupee moved over the years."


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                             "Exchange rate", RATES)


def verdict_of(text: str, surface: str, fx: Path) -> str:
    return claim_results(text, [fx], date="2019-06-01")[surface].verdict.value


@pytest.mark.parametrize("line, surface, verdict", [
    ("2017 65.12 rupees", "65.12 rupees", "supported"),
    ("2018 68.4 rupees", "68.4 rupees", "supported"),
])
def test_a_line_of_a_rate_list_is_the_rate_its_lead_names(fx: Path, line: str, surface: str, verdict: str) -> None:
    assert verdict_of(f"{LEAD}\n\n{line}\n", surface, fx) == verdict


def test_a_lead_two_paragraphs_up_names_no_rate_for_the_line(fx: Path) -> None:
    text = f"{LEAD}\n\nA week in a hotel in Delhi is another matter.\n\n2017 65.12 rupees\n"
    assert verdict_of(text, "65.12 rupees", fx) != "supported"
