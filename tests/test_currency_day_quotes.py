"""A currency's price on a day, as market copy writes it, whose currency the words around it name
(or name nowhere): never 'nothing matches', which would flag a quote no row can judge.

- 'Now about 18.41 to the dollar, 23.02 to the pound and 20.05 to the euro' after a paragraph on the
  peso: the pound and the euro are what the other figures are quoted against, so the first figure is
  the peso's price of the dollar (a day's, for a person); the figures quoted against the pound or the
  euro are cross rates no series holds, left unread.
- 'The lira closed weak at 31.95 as …': the words before the figure name the currency when the
  subject read stops short; 'ended … at' and 'settled at' are a day's close.
- 'The domestic unit settled at 83.65 against the greenback' with no currency named anywhere: a rate of
  some currency nobody named (``currency_unnamed``), for a person.
The packages are shaped like the Federal Reserve's rate files; their figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict


def _packages(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("Mexico", 2023): 17.76, ("Turkey", 2023): 23.8,
                                                 ("India", 2023): 82.6}),
            monthly_rates_package(tmp_path / "monthly", "Mexico", {"2023-10": 18.1, "2023-11": 17.4})]


def test_a_quote_against_the_dollar_beside_cross_rates_is_the_currency_named_before(tmp_path: Path) -> None:
    text = ("Traders in Mexico City watched the Mexican peso slide for a second week.\n\n"
            "It is now about 18.41 to the dollar, 23.02 to the pound and 20.05 to the euro.")
    results = claim_results(text, _packages(tmp_path), date=None)
    dollar = results["18.41"]
    assert dollar.verdict is Verdict.needs_review and dollar.reason == "day_price", dollar.explanation
    for cross in ("23.02", "20.05"):  # no series against the pound or the euro: never a false alarm by the peso's rows
        assert results[cross].verdict is not Verdict.contradicted, results[cross].explanation


def test_a_close_named_before_the_figure_is_that_currency_s_day_price(tmp_path: Path) -> None:
    text = "The lira ended weak at 31.95 owing to higher oil import bills and a firmer dollar abroad."
    result = claim_results(text, _packages(tmp_path), date=None)["31.95"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_a_quote_against_the_dollar_whose_currency_nothing_names_goes_to_a_person(tmp_path: Path) -> None:
    text = ("Dealers said trading was thin ahead of the holiday.\n\n"
            "The domestic unit finally settled at 83.65 against the greenback, down 12 paise on the day.")
    result = claim_results(text, _packages(tmp_path), date=None)["83.65"]
    assert result.verdict is Verdict.needs_review and result.reason == "currency_unnamed", result.explanation
    assert "83.65" in result.explanation


def test_a_quote_whose_currency_the_sentence_names_is_still_judged(tmp_path: Path) -> None:
    # the reading above changes nothing where the sentence names the one currency: its rows judge it
    text = "The rupee averaged 82.61 per dollar in 2023."
    result = claim_results(text, _packages(tmp_path), date="2024-03-01")["82.61"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_level_the_rate_crossed_or_hovered_around_is_days_prices(tmp_path: Path) -> None:
    # the month's average agreeing is no pass and disagreeing no alarm: the figure is a day's price at a
    # threshold, or the days' prices near it
    packages = _packages(tmp_path)
    for text, figure in (("The Mexican peso breached 17.4 per dollar for the first time in November 2023.", "17.4"),
                         ("The Mexican peso crossed 19 per dollar in November 2023.", "19"),
                         ("In October 2023 the Mexican peso was hovering around 17.2 per dollar.", "17.2")):
        result = claim_results(text, packages, date="2024-03-01")[figure]
        assert result.verdict is Verdict.needs_review and result.reason == "day_price", (text, result.explanation)


def test_a_pairs_close_that_matched_no_series_is_for_review_beside_its_named_currency(tmp_path: Path) -> None:
    # 'the pair' is the lira and the pound of the sentence before: no series holds that cross, but the lira's do
    text = ("The lira slipped to 31.20 against the pound in early trade. "
            "At yesterday's close, the pair was trading at 30.85.")
    packages = _packages(tmp_path)
    result = claim_results(text, packages, date="2023-11-14")["30.85"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "day_quote_unmatched"
    # a figure far from anything the lira's rows have shown is no quote of it
    far = claim_results("The lira slipped to 31.20 against the pound in early trade. "
                        "At yesterday's close, the index was at 9145.85.", packages, date="2023-11-14")
    assert "9145.85" not in far or far["9145.85"].reason != "day_quote_unmatched"


def test_a_dollar_price_of_sterling_at_one_moment_that_matched_nothing_is_for_review(tmp_path: Path) -> None:
    # sterling is quoted in dollars: $1.2075 is 0.828 pounds per dollar, near the row's 0.80
    packages = [rates_package(tmp_path / "annual", {("United Kingdom", 2023): 0.80, ("India", 2023): 82.6})]
    text = ("Sterling touched $1.2040 in Asian deals on Friday. In its latest trading, it recorded a rise of "
            "0.3 percent, to be traded against $1.2075.")
    result = claim_results(text, packages, date="2023-11-17")["$1.2075"]
    assert result.verdict is Verdict.needs_review, result.explanation



def test_a_rate_at_a_months_end_is_a_days_price(tmp_path: Path) -> None:
    # November 2023's mean is 17.4: the month's last day, 6.6 % off it, neither agrees with it nor refutes it
    text = "The Mexican peso has since lost 8 percent from its end-November 2023 level of 18.55 per dollar."
    result = claim_results(text, _packages(tmp_path), date="2024-03-01")["18.55"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_a_dollar_price_on_the_day_that_matched_nothing_is_for_review(tmp_path: Path) -> None:
    # 'on the day' makes $1.2075 one moment's price of sterling, named in the sentence before
    packages = [rates_package(tmp_path / "annual", {("United Kingdom", 2023): 0.80, ("India", 2023): 82.6})]
    text = "Sterling, the market's favourite this autumn, has gained 4% since June. It was up 0.2% on the day at $1.2075."
    result = claim_results(text, packages, date="2023-11-17")["$1.2075"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_quote_unmatched", result.explanation


def test_the_level_a_move_left_the_rate_at_is_one_moments_quote(tmp_path: Path) -> None:
    # the move and the level it ended at, in one clause: a market's close, which no average judges
    text = "Dealers were cautious all week. The US dollar was down around 1.2% against the Turkish lira at 28.615."
    result = claim_results(text, _packages(tmp_path), date=None)["28.615"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_quote_unmatched", result.explanation
    assert "1.2% against the Turkish lira at 28.615" in result.explanation
