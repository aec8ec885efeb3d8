"""A bare figure after one currency moved against another, neither the base ('the peso eased against the
sterling to 1.7312 at yesterday's close'), is the first currency's price of the second: judged by the ratio
of the two currencies' rows, a day's close against the year's average is for a person. A sentence that
names no first currency ('It eased against …') speaks of the one the sentence before names."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.models import Verdict


# invented: 20.0 pesos and 0.8 pounds per US dollar, so 25.0 pesos per pound
rates = module_package(rates_package, {("Mexico", 2023): 20.0, ("United Kingdom", 2023): 0.8})


@pytest.mark.parametrize("text", [
    "The Mexican peso eased against the pound sterling to 24.8125 at yesterday's close.",
    "Traders sold the Mexican peso in the afternoon.\n\nIt eased against the pound sterling to 24.8125 from 24.7010 at the previous close.",
])
def test_a_days_cross_quote_goes_to_a_person_with_the_cross_row(rates: Path, text: str) -> None:
    results = claim_results(text, [rates], date="2023-06-14")
    result = results["24.8125"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2023"
    assert result.evidence[0].value == pytest.approx(25.0), result.explanation  # the pesos per pound, not per dollar
