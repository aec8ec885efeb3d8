"""A sum converted into dollars 'at the average exchange rate' is still the measure the sentence named before it
(GDP), not an exchange rate; and a per-capita phrase that belongs to a later figure of the sentence ('…; per capita
GDP was $74,000') leaves the total before it a total. Figures invented; packages shaped as a newsroom downloads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_and_gdp, rates_package

from workbench.models import Verdict

GDP_2019 = 400_000_000_000  # US$
PEOPLE_2019 = 5_400_000


def _packages(folder: Path) -> list[Path]:
    return [*population_and_gdp(folder, {("Norway", 2019): PEOPLE_2019}, {("Norway", 2019): GDP_2019}),
            rates_package(folder, {("Norway", 2019): 8.8})]


@pytest.mark.parametrize("text", [
    "Norway's nominal GDP came to 3,520 billion kroner in 2019, which at the average exchange rate was about "
    "$400 billion.",
    "In 2019 Norway's nominal GDP reached 3,520 billion kroner, which, at the average exchange rate of the year, "
    "was about $400 billion.",
    "In 2019 Norway's nominal GDP reached 3,520 billion kroner; using the official exchange rate it came to "
    "$400 billion.",
])
def test_a_sum_converted_at_an_exchange_rate_keeps_the_measure_named_before(tmp_path: Path, text: str) -> None:
    found = claim_starting(claim_results(text, _packages(tmp_path), date="2020-11-18"), "$400 billion")
    assert found.verdict is Verdict.supported, found.explanation
    assert "exchange rate" not in (found.claim.subject or ""), found.claim.subject


def test_a_figure_at_an_exchange_rate_of_is_the_rate(tmp_path: Path) -> None:
    """'at an average exchange rate of about 8.8': the phrase names the figure right after it, which is the rate."""
    text = "In 2019 the krone traded at an average exchange rate of about 8.8 per US dollar."
    found = claim_starting(claim_results(text, _packages(tmp_path), date="2020-11-18"), "8.8")
    assert found.verdict is Verdict.supported, found.explanation


@pytest.mark.parametrize(("text", "figure", "verdict"), [
    # the per-capita phrase opens the next clause and has its own figure: the total is a total
    ("Norway's GDP reached $400 billion in 2019; per capita GDP was about $74,000.", "$400 billion",
     Verdict.supported),
    ("Norway's GDP reached $400 billion in 2019; per capita GDP was about $74,000.", "$74,000",
     Verdict.supported),
    ("In 2019 Norway's GDP reached $400 billion, or $74,000 per person.", "$400 billion", Verdict.supported),
    # the phrase right after the figure is the figure's own, whatever figure follows it
    ("In 2019 Norway's GDP was $74,000 per person, against $70,000 a year before.", "$74,000", Verdict.supported),
])
def test_a_per_capita_phrase_speaks_of_its_own_figure(tmp_path: Path, text: str, figure: str,
                                                      verdict: Verdict) -> None:
    found = claim_starting(claim_results(text, _packages(tmp_path), date="2020-11-18"), figure)
    assert found.verdict is verdict, found.explanation
