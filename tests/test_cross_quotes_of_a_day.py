"""A day's quote of a currency the rate series hold, as market copy writes it: crossed through the dollar (ringgit
per 100 yen, per Singapore dollar, a bid/offer pair), its move in the rupee's hundredths (paise), the dollar's
level against a currency, or a year's strongest rate. The series hold monthly and yearly means: the quote reaches
them where the text names both currencies and goes to a person (another period), never 'nothing matches'.
The packages are shaped like the Federal Reserve's rate files; their figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict

MONTHLY = {"Malaysia": {"2023-11": 4.69, "2023-12": 4.66}, "Japan": {"2023-11": 149.5, "2023-12": 144.0},
           "Singapore": {"2023-11": 1.351, "2023-12": 1.332}, "Euro": {"2023-11": 0.921, "2023-12": 0.917},
           "India": {"2022-11": 81.8, "2022-12": 82.5, "2023-11": 83.3, "2023-12": 83.2}}


@pytest.fixture
def packages(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("Malaysia", 2023): 4.56, ("Japan", 2023): 140.5,
                                                 ("Singapore", 2023): 1.343, ("Euro", 2023): 0.925,
                                                 ("Euro", 2008): 0.683, ("India", 2022): 78.6, ("India", 2023): 82.6}),
            monthly_rates_package(tmp_path / "monthly", MONTHLY)]


def test_a_day_s_cross_quote_of_an_unnamed_currency_goes_to_a_person(packages: list[Path]) -> None:
    text = "It eased against the Singapore dollar to 3.4838/4901 at yesterday's close."
    result = claim_results(text, packages, date="2023-12-21")["3.4838/4901"]
    assert result.verdict is Verdict.needs_review and result.reason == "cross_quote_unmatched", result.explanation


def test_a_quote_against_a_currency_no_series_holds_stays_unmatched(packages: list[Path]) -> None:
    text = "It eased against the Philippine peso to 8.21/8.25 at yesterday's close."
    result = claim_results(text, packages, date="2023-12-21")["8.21/8.25"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_each_clause_s_quote_is_the_cross_of_its_own_currency(packages: list[Path]) -> None:
    text = ("The ringgit closed firmer against most majors on a quiet pre-holiday session.\n\n"
            "It rose against the Japanese yen to 3.2410/2466 on Wednesday and edged up versus the euro to "
            "5.0830/0902 at yesterday's close.")
    results = claim_results(text, packages, date="2023-12-21")
    yen, euro = results["3.2410/2466"], results["5.0830/0902"]
    for result in (yen, euro):
        assert result.verdict is Verdict.needs_review, result.explanation
    # ringgit per 100 yen, and per euro, from December's rows: 4.66 / 144.0 × 100 and 4.66 / 0.917
    assert yen.evidence[0].value == pytest.approx(4.66 / 144.0 * 100, rel=1e-6), yen.explanation
    assert euro.evidence[0].value == pytest.approx(4.66 / 0.917, rel=1e-6), euro.explanation


def test_a_move_in_paise_is_the_rupee_s(packages: list[Path]) -> None:
    text = "The rupee slipped 9 paise to close at 83.31 against the US dollar on Tuesday."
    result = claim_results(text, packages, date="2023-12-20")["9 paise"]
    assert result.claim.unit == "INR" and result.claim.value == pytest.approx(0.09)
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_loss_in_paise_of_the_local_currency_is_its_move(packages: list[Path]) -> None:
    text = ("The rupee firmed on the last day of 2023 against the US dollar.\n\n"
            "The local currency still ended the year with a loss of 57 paise, as oil importers bought dollars.")
    result = claim_results(text, packages, date="2023-12-30")["57 paise"]
    assert result.verdict is Verdict.needs_review and result.reason == "rate_move", result.explanation


def test_one_unit_written_with_its_sign_prices_a_whole_amount_of_another(packages: list[Path]) -> None:
    text = "Travellers noticed that S$1 now fetches 108 yen, up from about 100 yen."
    result = claim_results(text, packages, date="2023-12-21")["108 yen"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].value == pytest.approx(144.0 / 1.332, rel=1e-6), result.explanation


def test_the_dollar_s_current_level_against_a_currency_is_that_currency_s_rate(packages: list[Path]) -> None:
    text = ("Dealers see the greenback, the US dollar, edging up versus the Singdollar in the weeks ahead, from a "
            "current level of 1.33.")
    result = claim_results(text, packages, date="2023-12-21")["1.33"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].value == pytest.approx(1.332), result.explanation  # December's Singapore dollars per US$


def test_a_year_s_strongest_rate_is_one_day_s_price(packages: list[Path]) -> None:
    text = "The euro's strongest exchange rate came in 2008, when one euro was worth 1.59 dollars."
    result = claim_results(text, packages, date="2023-12-21")["1.59 dollars"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_one_unit_joined_to_an_amount_of_another_is_its_price(tmp_path: Path) -> None:
    # '£1: €1.16', '€1: 86p' (currencies.json one_unit_quote_joints): the one unit is no claim, the amount after it is
    # its price — euros per pound, pence per euro — crossed through the dollar rows of the month
    package = monthly_rates_package(tmp_path / "fx", {"United Kingdom": {"2023-11": 0.80, "2023-12": 0.79},
                                                      "Euro": {"2023-11": 0.921, "2023-12": 0.917},
                                                      "Japan": {"2023-11": 149.5, "2023-12": 144.0}})
    text = "Border shoppers are making the most of £1: €1.16 (€1: 86p) at the bureaux this week."
    results = claim_results(text, [package], date="2023-12-21")
    assert "£1" not in results and "€1" not in results, list(results)
    euros, pence = results["€1.16"], results["86p"]
    for result in (euros, pence):
        assert result.verdict is Verdict.needs_review, result.explanation
    assert euros.evidence[0].value == pytest.approx(0.917 / 0.79, rel=1e-6), euros.explanation
    assert pence.evidence[0].value == pytest.approx(0.79 / 0.917, rel=1e-6), pence.explanation


def test_a_days_cross_quote_of_no_year_is_for_a_person_not_a_record_s_base_year(tmp_path: Path) -> None:
    # no date, no year of its own: 'since before the slump back in 2019' is the record's base, and 'yesterday' a day
    # nobody dated — not the latest month's rows, nor 2019's
    package = monthly_rates_package(tmp_path / "fx", {"United Kingdom": {"2019-07": 0.80, "2023-12": 0.79},
                                                      "Euro": {"2019-07": 0.89, "2023-12": 0.917},
                                                      "Japan": {"2019-07": 108.2, "2023-12": 144.0}})
    text = "Shoppers took advantage of new highs of £1: €1.19 yesterday, rates not seen since before the slump back in 2019."
    result = claim_results(text, [package], date=None)["€1.19"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "day_price", result.reason


@pytest.mark.parametrize("text, figure", [
    ("The euro was at its strongest against the dollar in 2008, when it briefly touched 1.60 dollars.", "1.60 dollars"),
    # Finnish: 'vahvimmillaan' (at its strongest), 'hipoi' (touched), glossed (languages.json)
    ("Euro oli vahvimmillaan suhteessa dollariin vuonna 2008, jolloin se lyhyen tovin ajan hipoi 1,60 dollaria.",
     "1,60 dollaria"),
])
def test_a_years_peak_touched_is_one_moments_price(packages: list[Path], text: str, figure: str) -> None:
    # 1.60 dollars is no mean of 2008 (1 / 0.683 = 1.46): the peak a rate touched is one moment's, for a person
    result = claim_results(text, packages, date="2022-07-15")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize("sum_text", ["S$1 billion", "S$1bn"])
def test_a_signed_sum_of_one_billion_is_no_unit_that_prices_another(packages: list[Path], sum_text: str) -> None:
    # a sum with a scale is no one unit: the yen after it are a share's price, no cross rate of the Singapore dollar
    text = f"The {sum_text} listing was priced in 2023 at 104 yen a share."
    result = claim_results(text, packages, date="2023-12-21")["104 yen"]
    assert not result.evidence, result.explanation


def test_a_determiner_of_two_words_stands_between_against_and_its_currency(packages: list[Path]) -> None:
    # currencies.json determiners: 'a single' as well as 'the'
    text = "It eased against a single Singapore dollar to 3.4838/4901 at yesterday's close."
    result = claim_results(text, packages, date="2023-12-21")["3.4838/4901"]
    assert result.verdict is Verdict.needs_review and result.reason == "cross_quote_unmatched", result.explanation
