"""A rate between two currencies neither of which is the US dollar ('a euro was worth 1.03 Swiss
francs') is the ratio of their rows of one units-per-dollar series for the same period, with both
cells named; a day's cross rate goes to a person, a sum of money is no cross rate."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

# Units per US dollar, as the Federal Reserve's series give them; the figures are invented.
RATES = {("Euro", 2019): 0.8930, ("Euro", 2021): 0.8460,
         ("Switzerland", 2019): 0.9940, ("Switzerland", 2021): 0.9140,
         ("United Kingdom", 2019): 0.7830}


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return rates_package(tmp_path, RATES)


@pytest.mark.parametrize("text, surface, verdict", [
    ("In 2019 a euro was worth 1.11 Swiss francs on average.", "1.11 Swiss francs", "supported"),  # 0.9940 / 0.8930
    ("In 2021 the euro bought 1.25 Swiss francs on average, exporters complained.", "1.25 Swiss francs", "contradicted"),
])
def test_a_cross_rate_is_the_ratio_of_the_two_currencies_rows(fx: Path, text: str, surface: str, verdict: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == verdict, result.explanation
    assert result.evidence[0].formula in ("0.994 / 0.893", "0.914 / 0.846")


@pytest.mark.parametrize("text, surface, verdict", [
    # the priced currency named right after the figure, behind a cross-rate word
    ("On average in 2019, traders paid 1.11 Swiss francs per euro.", "1.11 Swiss francs", "supported"),
    ("Over 2021 as a whole it averaged 1.25 Swiss francs to the euro.", "1.25 Swiss francs", "contradicted"),
    ("On 31 December 2021 it stood at 1.03 Swiss francs to the euro.", "1.03 Swiss francs", "needs_review"),
])
def test_a_cross_rate_priced_in_the_currency_named_after_it(fx: Path, text: str, surface: str, verdict: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == verdict, result.explanation


def test_a_day_s_cross_rate_is_for_a_person(fx: Path) -> None:
    result = claim_results("On 31 December 2021 a euro was worth 1.03 Swiss francs.", [fx], date="2024-06-01")["1.03 Swiss francs"]
    assert result.verdict.value == "needs_review"


@pytest.mark.parametrize("text, surface", [
    ("With the Swiss franc strong, tourists spent 1,250.50 euros per trip in 2019.", "1,250.50 euros"),
    ("The franc rose in 2019 while Swiss shoppers spent 11.50 euros per visit, up from 9.20 pounds.", "11.50 euros"),
])
def test_a_sum_beside_another_currency_is_no_cross_rate(fx: Path, text: str, surface: str) -> None:
    assert claim_results(text, [fx], date="2024-06-01")[surface].verdict.value == "unsupported"


@pytest.mark.parametrize("text, surface, verdict", [
    # one unit of a currency priced in a list of others: each is its cross rate, never the other's own row
    ("Over 2019, one euro cost on average 1.12 US dollars, 0.88 pounds and 1.11 Swiss francs.", "1.11 Swiss francs", "supported"),
    ("Over 2019, one euro cost on average 1.12 US dollars, 0.88 pounds and 1.11 Swiss francs.", "0.88 pounds", "supported"),  # 0.783 / 0.893
    ("Over 2019, a single euro cost on average 0.70 pounds and 1.11 Swiss francs.", "0.70 pounds", "contradicted"),
])
def test_one_unit_priced_in_several_currencies_reads_cross_rates(fx: Path, text: str, surface: str, verdict: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == verdict, result.explanation
    assert "/" in (result.evidence[0].formula or ""), result.explanation


@pytest.mark.parametrize("text, surface", [
    # the figure's own quote names the base currency: its own row, whatever one unit came before
    ("In 2019 one euro bought 1.12 dollars and the franc weakened to 0.99 Swiss francs per dollar.", "0.99 Swiss francs"),
    # a currency named on its own between the one unit and the figure starts a clause the one unit does not price
    ("In 2019 one euro cost 1.12 dollars, while the pound slid to 0.78 pounds on average.", "0.78 pounds"),
    ("In 2019 one euro cost 1.12 dollars, and the Swiss franc eased to 0.99 francs on average.", "0.99 francs"),
])
def test_one_unit_named_earlier_does_not_price_a_figure_of_its_own_clause(fx: Path, text: str, surface: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == "supported", result.explanation
    assert "/" not in (result.evidence[0].formula or ""), result.explanation


def test_amounts_whose_currencies_are_qualified_by_a_place_stay_cross_rates(fx: Path) -> None:
    text = "Over 2019, one euro cost on average 1.12 United States dollars, 0.88 United Kingdom pounds and 1.11 Swiss francs."
    result = claim_results(text, [fx], date="2024-06-01")["1.11 Swiss francs"]
    assert result.verdict.value == "supported", result.explanation
    assert "/" in (result.evidence[0].formula or ""), result.explanation


@pytest.mark.parametrize("text", [
    # a letter whose lower case is longer ('İ') or a run of spaces or a tab before the one unit: the
    # currencies are found and judged in the same text, so every later amount is still its cross rate
    "In İzmir in 2019, one euro cost on average 0.88 pounds and 1.11 Swiss francs.",
    "In 2019,  one  euro cost on average 0.88 pounds and 1.11 Swiss francs.",
    "In 2019, one\teuro cost on average   0.88 pounds and 1.11 Swiss francs.",
])
def test_one_unit_is_read_whatever_the_case_and_spacing_before_it(fx: Path, text: str) -> None:
    for surface in ("0.88 pounds", "1.11 Swiss francs"):
        result = claim_results(text, [fx], date="2024-06-01")[surface]
        assert result.verdict.value == "supported", (surface, result.explanation)
        assert "/" in (result.evidence[0].formula or ""), result.explanation


@pytest.mark.parametrize("text, surface", [
    # every verb that prices one unit ('cost', 'fetched') makes a cross rate, as 'was worth' does
    ("In 2019 the euro cost 1.11 Swiss francs on average.", "1.11 Swiss francs"),
    ("Over 2019 a pound fetched 1.27 Swiss francs on average.", "1.27 Swiss francs"),  # 0.994 / 0.783
])
def test_a_cross_rate_priced_by_any_priced_by_verb(fx: Path, text: str, surface: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == "supported", result.explanation
    assert "/" in (result.evidence[0].formula or ""), result.explanation


@pytest.mark.parametrize("text, surface, verdict", [
    # the paragraph priced the franc in euros; the figure's own sentence names no other currency
    ("Against the euro, the Swiss franc had a quiet year. In 2019 the average was CHF1.11, traders said.",
     "CHF1.11", "supported"),
    ("Against the euro, the Swiss franc had a quiet year. In 2021 the average was CHF1.25, traders said.",
     "CHF1.25", "contradicted"),
])
def test_a_cross_rate_priced_in_the_currency_its_paragraph_names(fx: Path, text: str, surface: str,
                                                                 verdict: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == verdict, result.explanation
    assert result.evidence[0].formula in ("0.994 / 0.893", "0.914 / 0.846")


def test_a_paragraph_pricing_in_the_base_currency_makes_no_cross_rate(fx: Path) -> None:
    text = "Against the dollar and the euro, the Swiss franc had a quiet year. In 2019 the average was CHF0.99."
    result = claim_results(text, [fx], date="2024-06-01")["CHF0.99"]
    assert result.verdict.value == "supported", result.explanation
    assert "/" not in (result.evidence[0].formula or ""), result.evidence[0].formula


@pytest.mark.parametrize("text, surface, verdict", [
    # the year stands only in an earlier sentence of the paragraph, which names no 'exchange rate': a paragraph
    # about a currency's price speaks of its rates, so its year is the average's (not the latest year's)
    ("Against the euro, the Swiss franc firmed. It opened 2019 at CHF1.13 per euro. The yearly average was CHF1.11.",
     "CHF1.11", "supported"),
    ("Against the euro, the Swiss franc firmed. It opened 2021 at CHF1.09 per euro. The yearly average was CHF1.25.",
     "CHF1.25", "contradicted"),
])
def test_a_rate_s_year_is_carried_from_an_earlier_sentence_of_its_paragraph(fx: Path, text: str, surface: str,
                                                                          verdict: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == verdict, result.explanation
    assert result.evidence[0].formula in ("0.994 / 0.893", "0.914 / 0.846"), result.explanation


def test_a_paragraph_pricing_against_another_dollar_names_no_us_dollar(tmp_path: Path) -> None:
    # 'the Australian dollar' holds 'dollar', but names no US dollar: the paragraph still prices the franc in it
    fx = rates_package(tmp_path, {**RATES, ("Australia", 2019): 1.4390})
    text = ("Against the Australian dollar, the Swiss franc firmed. It opened 2019 at CHF0.71 per Australian dollar. "
            "The yearly average was CHF0.69.")
    result = claim_results(text, [fx], date="2024-06-01")["CHF0.69"]  # 0.994 / 1.439 = 0.6908
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].formula == "0.994 / 1.439", result.explanation
