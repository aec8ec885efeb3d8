"""A time of day that opens a rate's clause ('At 3pm on Friday the rand was trading at R15.40') is no figure of
another claim: the clause still holds what the figure is about (the rand), so the day's rate is judged as one
moment's price against the month's mean, not left unmatched. Invented figures in a package shaped as the Federal
Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package

from workbench.models import Verdict


rand = module_package(monthly_rates_package, "South Africa", {"2019-03": 14.30, "2019-04": 14.15})


@pytest.mark.parametrize("text", [
    "At 3pm on Friday the rand was trading at R14.62.",
    "By 10.30 a.m. on Friday the rand was trading at R14.62.",
    "At 4:15 pm the rand was trading at R14.62, a little weaker than its previous close.",
])
def test_a_days_rate_after_a_clock_time_is_for_review(rand: Path, text: str) -> None:
    found = claim_results(text, [rand], date="2019-04-12")
    result = found["R14.62"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2019-04"
