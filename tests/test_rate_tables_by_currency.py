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


def test_a_cell_under_another_currency_s_column_is_the_cross_rate_in_the_caption_s_currency(tmp_path: Path) -> None:
    # roubles per euro: the rouble's row over the euro's (72.15 / 0.8755 = 82.41), never the euro's own row
    packages = [rates_package(tmp_path, {("Russia", 2019): 64.70, ("Russia", 2020): 72.15,
                                         ("Euro", 2019): 0.8930, ("Euro", 2020): 0.8755,
                                         ("United Kingdom", 2019): 0.7830, ("United Kingdom", 2020): 0.7790})]
    results = claim_results(CAPTION_TABLE, packages, date="2021-03-01")
    agreeing = results["82.4488"]
    assert agreeing.claim.unit == "RUB", agreeing.claim
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert agreeing.evidence[0].formula == "72.15 / 0.8755", agreeing.evidence[0].formula


HOME_TABLE = """The table below shows the monthly average exchange rates of several currencies against the Canadian dollar.
Currency | 2019-04 | 2019-05 |

Swiss franc | 1.3302 | 1.3514 |
Japanese yen | 0.01203 | 0.01189 |
"""


def test_rows_of_currencies_priced_in_the_caption_s_currency_are_cross_rates_of_their_month(tmp_path: Path) -> None:
    # Canadian dollars per franc and per yen: CAD rows over the other currency's rows of the column's month
    months = {"Canada": {"2019-04": 1.3400, "2019-05": 1.3500},
              "Switzerland": {"2019-04": 1.0100, "2019-05": 1.0080},
              "Japan": {"2019-04": 111.70, "2019-05": 109.80}}
    results = claim_results(HOME_TABLE, [monthly_rates_package(tmp_path / "monthly", months)], date="2019-07-01")
    franc = results["1.3302"]  # 1.34 / 1.01 = 1.3267
    assert franc.claim.unit == "CAD" and franc.claim.period == "2019-04", franc.claim
    assert franc.verdict is Verdict.supported and franc.evidence[0].formula == "1.34 / 1.01", franc.explanation
    assert results["0.01203"].verdict is Verdict.supported, results["0.01203"].explanation  # 1.34 / 111.7
    wrong = results["1.3514"]  # 1.35 / 1.008 = 1.3393: not the May figure
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2019-05", wrong.explanation
