"""'compared to the same month of 2022' names the base a month's 12-month rate is measured from, not a period of
the text: the paragraph's month stays the one a later sentence carries, so 'fell 0.2 % compared to August 2023'
after '… in September 2023, compared to the same month of 2022' is a change over one month (unsupported against
yearly rows), not a rate of an unknown month."""

from __future__ import annotations

from pathlib import Path

from workbench.models import Verdict

from package_support import claim_results, cpi_package


def test_a_month_before_the_carried_month_makes_a_change_month_on_month(tmp_path: Path) -> None:
    cpi = [cpi_package(tmp_path / "cpi", {("Chile", 2022): 11.6, ("Chile", 2023): 7.6})]
    text = ("Consumer prices in Chile rose 5.1 percent in September 2023, compared to the same month of 2022, "
            "the statistics office said. They fell 0.2 percent compared to August 2023.")
    results = claim_results(text, cpi, date="2023-10-10")
    month_change = results["0.2 percent"]
    assert (month_change.verdict, month_change.reason) == (Verdict.unsupported, "month_on_month"), month_change.explanation
    # the month's 12-month rate keeps its own month, a different period of the year's average
    twelve_month = results["5.1 percent"]
    assert twelve_month.claim.period == "2023-09"
    assert twelve_month.verdict is Verdict.needs_review
