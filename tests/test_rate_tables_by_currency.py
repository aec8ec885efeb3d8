"""Tables of exchange rates whose caption, not the cell, says which currency the figures are in.

- Columns that are currencies under a caption '(₽ per unit of foreign currency)': the column names the
  currency priced, the caption the currency each cell is an amount of; under the dollar's column a cell
  is the caption's currency per dollar, as the rate series quote it — judged, not 'nothing matches
  about US Dollar'.
- A dated row under 'US Dollar to Norwegian Krone exchange rates': the pair named base first says each
  row's figure is kroner per dollar; a day's rate is no month's average, for a person — the 'US' of the
  heading is the base currency, not the place.
The packages are shaped like the Federal Reserve's rate files; their figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict

CAPTION_TABLE = """# Table 9: Exchange rate of the Russian rouble against the US dollar, the euro and the pound (annual average)
(₽ per unit of foreign currency)
Year | US Dollar | Euro | Pound Sterling |
---|---|---|---|
2019 | 64.7362 | 72.5021 | 82.6511 |
2020 | 72.1464 | 82.4488 | 92.7395 |
"""


def test_a_cell_under_the_dollar_column_is_the_caption_s_currency_per_dollar(tmp_path: Path) -> None:
    packages = [rates_package(tmp_path, {("Russia", 2019): 64.70, ("Russia", 2020): 72.15})]
    results = claim_results(CAPTION_TABLE, packages, date="2021-03-01")
    agreeing = results["64.7362"]
    assert agreeing.claim.unit == "RUB"
    assert agreeing.verdict is Verdict.supported and agreeing.evidence[0].value == 64.70, agreeing.explanation
    assert results["72.1464"].verdict is Verdict.supported, results["72.1464"].explanation


def test_a_cell_under_the_dollar_column_that_disagrees_is_contradicted(tmp_path: Path) -> None:
    packages = [rates_package(tmp_path, {("Russia", 2019): 61.20, ("Russia", 2020): 72.15})]
    result = claim_results(CAPTION_TABLE, packages, date="2021-03-01")["64.7362"]
    assert result.verdict is Verdict.contradicted and result.evidence[0].value == 61.20, result.explanation


PAIR_TABLE = """# Historical US Dollar to Norwegian Krone exchange rates for 2021

| Date | Rate | Change |
|---|---|---|
| November 29, 2021 | 9.0412 | 0.12% |
"""


def test_a_day_s_row_under_a_base_first_pair_is_that_currency_s_rate_for_a_person(tmp_path: Path) -> None:
    packages = [monthly_rates_package(tmp_path / "monthly", "Norway", {"2021-10": 8.44, "2021-11": 8.74, "2021-12": 8.97})]
    result = claim_results(PAIR_TABLE, packages, date=None)["9.0412"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2021-11", result.explanation


def test_a_pair_named_the_other_way_round_is_not_read_as_the_currency_per_dollar(tmp_path: Path) -> None:
    # 'Norwegian Krone to US Dollar': dollars per krone; read as kroner per dollar it would be refuted
    packages = [monthly_rates_package(tmp_path / "monthly", "Norway", {"2021-10": 8.44, "2021-11": 8.74, "2021-12": 8.97})]
    text = PAIR_TABLE.replace("US Dollar to Norwegian Krone", "Norwegian Krone to US Dollar").replace("9.0412", "0.1106")
    result = claim_results(text, packages, date=None)["0.1106"]
    assert result.verdict is not Verdict.contradicted, result.explanation
