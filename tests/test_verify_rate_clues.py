"""Exchange rates a sentence does not call one in so many words, and rates at one moment.

A currency amount that prices the base currency ('the U.S. dollar bought …'), or whose paragraph
calls that currency's amounts exchange rates, is read against the rate series of the currency's
country; a close, an open or an intraday level is one moment's price, never a yearly average's."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

RATES = {("Kenya", 2017): 103.41, ("Kenya", 2018): 101.30, ("India", 2017): 65.12, ("India", 2018): 68.39,
         ("South Africa", 2017): 13.32, ("South Africa", 2018): 13.23}


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                             "Exchange rate", RATES)


def verdict_of(text: str, surface: str, fx: Path, date: str | None = "2019-06-01") -> tuple[str, str]:
    result = claim_results(text, [fx], date=date)[surface]
    return result.verdict.value, result.reason or ""


@pytest.mark.parametrize("text, surface, verdict", [
    ("In 2017 the U.S. dollar bought an average of Ksh 103.41.", "Ksh 103.41", "supported"),
    ("In 2017 the U.S. dollar bought an average of Ksh 96.80.", "Ksh 96.80", "contradicted"),
    ("The US dollar traded at an average of 13.32 rand in 2017.", "13.32 rand", "supported"),
    ("Over 2018 the American dollars fetched on average 64.10 rupees each.", "64.10 rupees", "contradicted"),
    ("In 2018 the dollar bought an average of 68.39 rupees.", "68.39 rupees", "supported"),
])
def test_an_amount_pricing_the_base_currency_is_its_rate(fx: Path, text: str, surface: str, verdict: str) -> None:
    assert verdict_of(text, surface, fx)[0] == verdict


@pytest.mark.parametrize("text, surface, verdict", [
    ("The rupee-dollar exchange rate has weakened for a year. The 2018 average of 68.39 rupees was a record.",
     "68.39 rupees", "supported"),
    ("Nairobi traders watch the shilling's exchange rate closely. Its 2017 mean, Ksh 99.75, was the weakest yet.",
     "Ksh 99.75", "contradicted"),
])
def test_a_rate_named_in_the_paragraph_before_is_the_figure_s_measure(fx: Path, text: str, surface: str,
                                                                     verdict: str) -> None:
    assert verdict_of(text, surface, fx)[0] == verdict


def test_a_heading_naming_the_rate_and_the_currency_counts_as_the_paragraph_before(fx: Path) -> None:
    text = "# The rand's exchange rate to the US dollar, year by year\n\nIn 2018 it averaged 13.23 rand."
    assert verdict_of(text, "13.23 rand", fx)[0] == "supported"


@pytest.mark.parametrize("text, surface", [
    ("The exchange rate was stable all year. A cup of tea cost Ksh 103.41 in 2017.", "Ksh 103.41"),
    ("Exports to the US were worth Ksh 103.41 in 2017.", "Ksh 103.41"),
    ("The US dollar bond paid Ksh 500 a year in 2017.", "Ksh 500"),
])
def test_an_amount_with_no_rate_in_reach_is_no_rate(fx: Path, text: str, surface: str) -> None:
    assert verdict_of(text, surface, fx)[0] == "unsupported"


@pytest.mark.parametrize("text, surface", [
    ("The U.S. dollar rose 0.2 to close at Ksh 103.41 against the shilling in 2017.", "Ksh 103.41"),
    ("The rand closed at R14.95 to the dollar in 2018.", "R14.95"),
    ("In early trade in 2018 the rupee was quoted at 68.39 per dollar.", "68.39"),
    ("The US dollar opened at 13.32 rand in 2017, dealers said.", "13.32 rand"),
    # a record or a round level is one moment's too, whichever month or year it is said of
    ("The rupee's all-time low against the dollar was 72.10 in 2018, dealers recall.", "72.10"),
    ("The shilling last slid past the Ksh 110 mark against the dollar in 2017.", "Ksh 110"),
    ("In 2018 the rand touched a record low of R15.70 to the dollar.", "R15.70"),
])
def test_a_rate_at_one_moment_is_not_judged_by_a_yearly_average(fx: Path, text: str, surface: str) -> None:
    verdict, reason = verdict_of(text, surface, fx)
    assert (verdict, reason) == ("needs_review", "day_price")


@pytest.mark.parametrize("text, surface", [
    ("In 2018 the rupee's average rate was 72.10 per dollar, its highest level since records began.", "72.10"),
    ("The Deutsche mark was long gone when the rand averaged R16.20 to the dollar in 2018.", "R16.20"),
])
def test_an_average_is_no_moments_price_for_a_record_word_or_a_currency_named_mark(fx: Path, text: str,
                                                                                  surface: str) -> None:
    assert verdict_of(text, surface, fx)[0] == "contradicted"


def test_a_weekday_in_an_undated_draft_places_the_rate_on_no_known_day(fx: Path) -> None:
    text = "On Thursday, the last session of 2018, the rupee ended at 70.10 per dollar."
    verdict, reason = verdict_of(text, "70.10", fx, date=None)
    assert verdict == "needs_review", reason


def test_an_unqualified_dollar_beside_another_dollar_prices_no_base(fx: Path) -> None:
    """'the Australian dollar fell to 95.20 yen' is a cross rate: 'dollar' alone is not the base's word."""
    assert verdict_of("In 2018 the Australian dollar averaged 68.39 rupees.", "68.39 rupees", fx)[0] == "unsupported"


def test_a_weekday_in_a_dated_draft_is_the_draft_s_day(fx: Path) -> None:
    verdict, _ = verdict_of("On Thursday the rupee traded at 70.10 per dollar.", "70.10", fx, date="2018-06-07")
    assert verdict == "needs_review"


@pytest.mark.parametrize("text, surface, country", [
    ("The rupee fell 3.1 percent against the US dollar in 2018.", "3.1 percent", "India"),
    ("In 2018 the U.S. dollar rose 5 percent against the rupee.", "5 percent", "India"),
    ("The rand's exchange rate strengthened by 0.7% in 2018.", "0.7%", "South Africa"),
    ("Over 2018 the Kenyan shilling gained 2.04 percent on the US dollar.", "2.04 percent", "Kenya"),
])
def test_a_currency_s_move_is_read_from_its_country_s_rate_series_for_review(
        fx: Path, text: str, surface: str, country: str) -> None:
    """The base currency's name ('US dollar') is no place; the moved currency's country is, and a move
    quoted close to close, signed by the currency that moved, is for a person against average rows."""
    result = claim_results(text, [fx], date="2019-06-01")[surface]
    assert (result.verdict.value, result.reason) == ("needs_review", "rate_move"), result.explanation
    assert result.evidence[0].dimensions["Country"] == country


@pytest.mark.parametrize("text, surface", [
    ("Kenya's exports rose 5 percent in 2018.", "5 percent"),
    ("The rupee and the rand both fell 3 percent against the US dollar in 2018.", "3 percent"),
])
def test_no_single_currency_s_move_is_no_rate_move(fx: Path, text: str, surface: str) -> None:
    result = claim_results(text, [fx], date="2019-06-01")[surface]
    assert result.reason != "rate_move"


@pytest.mark.parametrize("text", [
    "The rupee closed at 70.10 per dollar, its weakest ever.",
    "The rand traded at 13.32 to the dollar, dealers said.",
    # a month with no year is no more dated than no period at all
    "The shilling hit its weakest point in July, when it traded at Ksh 109.85 per dollar.",
])
def test_a_rate_with_no_period_in_an_undated_draft_is_no_missing_figure(fx: Path, text: str) -> None:
    """With no date and no period, the rate's day is unknown — not the day the check runs, for which
    the data has no row: for a person, not unsupported."""
    result = next(iter(claim_results(text, [fx], date=None).values()))
    assert (result.verdict.value, result.reason) == ("needs_review", "day_price"), result.explanation


def test_a_dollar_sign_rate_beside_a_peso_country_is_read_in_its_currency_for_review(tmp_path: Path) -> None:
    """An exchange rate against the dollar written '$' cannot be in dollars: a place the paragraph names
    that writes its own currency with '$' (Chile's peso) gives the currency — a guess, for a person."""
    pkg = publisher_package(tmp_path / "fxcl", "fxcl", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", {("Chile", 2021): 759.27, ("Chile", 2022): 873.31})
    text = "Chile's central bank publishes a daily rate. The exchange rate in 2022 averaged $873.31 per dollar."
    result = claim_results(text, [pkg], date="2023-06-01")["$873.31"]
    assert (result.verdict.value, result.reason) == ("needs_review", "currency_unsure"), result.explanation
    assert result.evidence[0].dimensions["Country"] == "Chile"


def test_a_dollar_sign_rate_with_no_dollar_country_named_stays_as_it_was(fx: Path) -> None:
    text = "Kenya's central bank publishes a daily rate. The exchange rate in 2017 averaged $103.41 per dollar."
    result = next(iter(claim_results(text, [fx], date="2019-06-01").values()))
    assert result.reason != "currency_unsure"


@pytest.mark.parametrize("text, surface, verdict", [
    ("In 2018 the rupee averaged 68.39 per unit US dollar, the central bank said.", "68.39", "supported"),
    ("In 2018 the rupee averaged 61.20 per unit US dollar, the central bank said.", "61.20", "contradicted"),
    ("In 2018 a rupee fund returned 6.85 while the US dollar fund returned 4.10.", "6.85", "unsupported"),
])
def test_a_bare_figure_whose_subject_is_a_currency_priced_in_the_base_is_its_rate(
        fx: Path, text: str, surface: str, verdict: str) -> None:
    assert verdict_of(text, surface, fx)[0] == verdict
