"""An exchange rate with no year of its own whose own words close the year ('it ended the year at R14.50'),
after an earlier sentence of its paragraph names the year, is that year's last day: a closing price that a
month's average neither confirms nor refutes — a person decides. A figure of the same sentence its own words do
not close the year with is the year's. Invented figures, shaped like the Federal Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict

MONTHS = {"South Africa": {f"2017-{m:02d}": 13.30 for m in range(1, 12)} | {"2017-12": 13.10},
          "Euro": {f"2017-{m:02d}": 0.89 for m in range(1, 13)},
          "Japan": {f"2017-{m:02d}": 112.0 for m in range(1, 13)}}
TEXT = ("The rand had a bumpy 2017, weighed down by politics. Opening the year around R13.75 to the dollar, "
        "and weakening to 14.10 around November, it ended the year at R12.35.")


def test_a_rate_its_own_words_close_the_carried_year_with_is_the_year_s_last_day(tmp_path: Path) -> None:
    results = claim_results(TEXT, [monthly_rates_package(tmp_path / "monthly", MONTHS)], date=None)
    closing = results["R12.35"]  # December's mean is 13.10: a day's price, not refuted by the month
    assert closing.verdict is Verdict.needs_review, closing.explanation
    assert closing.evidence[0].period == "2017-12", closing.explanation
    assert "31 December 2017" in closing.explanation, closing.explanation
