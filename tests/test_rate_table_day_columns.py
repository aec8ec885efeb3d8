"""A table column headed by a day written with its month's name ('30 June 2017', 'December 31, 2016'), as a company's
note on the exchange rates it used heads its closing rates, dates its figures by that day, not by the year: a
closing rate against a month's mean is for a person, whichever way it falls, and the header names no measure, so
the figure is about its row's currency. Invented figures, shaped like the Federal Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict

MONTHS = {"South Africa": {"2016-12": 13.90, "2017-06": 13.00},
          "Euro": {"2016-12": 0.95, "2017-06": 0.89},
          "Japan": {"2016-12": 116.0, "2017-06": 110.9}}


@pytest.mark.parametrize("header", ["30 June 2017 | 31 December 2016", "June 30, 2017 | December 31, 2016"])
def test_a_day_s_column_dates_its_rates_by_the_day(tmp_path: Path, header: str) -> None:
    text = ("The exchange rates used in the accounts, in units per US dollar:\n"
            f"Currency | {header} |\n\nSouth African rand | 13.2045 | 13.6512 |\n")
    results = claim_results(text, [monthly_rates_package(tmp_path / "monthly", MONTHS)], date="2017-09-01")
    june, december = results["13.2045"], results["13.6512"]
    assert (june.claim.period, december.claim.period) == ("2017-06-30", "2016-12-31"), (june.claim, december.claim)
    assert june.claim.subject and "rand" in june.claim.subject.lower(), june.claim.subject
    for closing, month in ((june, "2017-06"), (december, "2016-12")):
        assert closing.verdict is Verdict.needs_review, closing.explanation  # 1.6 % off the month's mean: a day's price
        assert closing.evidence[0].period == month, closing.explanation
