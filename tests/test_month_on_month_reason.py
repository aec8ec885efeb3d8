"""A percent change of consumer prices whose own words say it is one month's ('on a monthly basis', 'a monthly
inflation rate of', 'since the previous month', 'in March alone'; Turkish 'aylık bazda', Slovenian 'na
mesečni') is a month-on-month change: against a package of annual rates only it is unsupported with the
reason ``month_on_month``, never a different period of the annual average. A 12-month rate beside it, a
rate moved to, and a figure the words name after a possessive ('the previous month's 5.1 %') stay 12-month
rates. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ANNUAL = {("Norway", 2022): 5.8, ("Norway", 2023): 5.5, ("Chile", 2022): 11.6, ("Chile", 2023): 7.6,
           ("Turkiye", 2023): 53.9, ("Slovenia", 2023): 7.4, ("Georgia", 2023): 2.5,
           ("Bulgaria", 2023): 9.4}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


@pytest.mark.parametrize(("text", "figure"), [
    # the basis opens the sentence, a comma away from the figure's clause
    ("Norway's annual inflation was 6.1% in March 2023. On a monthly basis, however, consumer prices in Norway "
     "went up by 0.2%.", "0.2%"),
    ("Statistics Norway recorded a monthly inflation rate of 0.7 percent in March 2023 for Norway.", "0.7 percent"),
    ("In Norway, monthly inflation in March 2023 stood at 0.7%, taking the yearly rate to 6.1%.", "0.7%"),
    ("In Chile, consumer prices climbed 0.9 percent since the previous month in March 2023.", "0.9 percent"),
    ("Chile's annual inflation slowed to 9.9% in March 2023. In March alone, the index in Chile rose by 0.4%.",
     "0.4%"),
    ("Türkiye'de enflasyon, mart 2023'te aylık bazda yüzde 2,29 olurken yıllık bazda yüzde 50,51 oldu.",
     "yüzde 2,29"),
    ("Inflacija v Sloveniji je bila marca 2023 na letni ravni 10,4-odstotna, na mesečni 1,1-odstotna.",
     "1,1-odstotna"),
])
def test_a_change_its_own_words_call_monthly_is_month_on_month(annual: Path, text: str, figure: str) -> None:
    result = claim_results(text, [annual], date="2023-04-12")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation
    assert "month-on-month" in result.explanation and "annual rates only" in result.explanation, result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    # the 12-month rate beside the monthly one keeps its own basis
    ("In Norway, monthly inflation in March 2023 stood at 0.7%, taking the yearly rate to 6.1%.", "6.1%"),
    ("Inflacija v Sloveniji je bila marca 2023 na letni ravni 10,4-odstotna, na mesečni 1,1-odstotna.",
     "10,4-odstotna"),
    # a rate moved to, compared with the month before, is the month's 12-month rate
    ("Inflation in Chile in March 2023 rose to 9.9% compared to the previous month.", "9.9%"),
    # the month-on-month words are those of the change in points before it, a clause away
    ("Chile's consumer price index fell 0.12 points in March 2023 month-on-month, standing at 9.9% at the end "
     "of the quarter.", "9.9%"),
    # the previous month's figure is named after the possessive, not this one
    ("Chile's annual inflation reached 9.9 percent in March 2023, down from the previous month's 11.9 percent.",
     "9.9 percent"),
])
def test_a_twelve_month_rate_beside_monthly_words_stays_a_different_period(annual: Path, text: str,
                                                                          figure: str) -> None:
    result = claim_results(text, [annual], date="2023-04-12")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "month_on_month", result.explanation


def test_a_change_compared_with_the_month_before_is_month_on_month_beside_a_small_year_rate(annual: Path) -> None:
    # the year's rate said beside it is smaller than the month's change: the comparison still says one month
    text = ("In Norway consumer prices in March 2023, as compared to February, went up by 0.9%, while over the "
            "year they rose by 0.5% compared to March 2022.")
    result = claim_results(text, [annual], date="2023-04-12")["0.9%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_year_before_a_months_locative_dates_the_month_in_an_undated_draft(annual: Path) -> None:
    # Georgian writes the year first and the month with its locative ending ('2023 წლის მარტში': in March 2023):
    # the month is of the year written, not of the year the check runs in, so the change is judged as one month's
    text = ("2023 წლის მარტში, წინა თვესთან შედარებით, ინფლაციის დონემ საქართველოში 0.6 პროცენტი, ხოლო წლიური "
            "ინფლაციის დონემ 5.5 პროცენტი შეადგინა.")
    result = claim_results(text, [annual], date=None)["0.6 პროცენტი"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_months_fall_beside_the_years_rate_a_clause_later_is_month_on_month(annual: Path) -> None:
    # the year-on-year wording stands nearer the year's rate than the month's fall: it is that rate's
    text = ("El índice de precios al consumidor de Chile registró una caída de 0,2% en marzo de 2023, dejando la "
            "inflación interanual en un 11,1%.")
    results = claim_results(text, [annual], date="2023-04-12")
    assert (results["0,2%"].verdict, results["0,2%"].reason) == (Verdict.unsupported, "month_on_month"), \
        results["0,2%"].explanation
    assert results["11,1%"].verdict is Verdict.needs_review, results["11,1%"].explanation


def test_an_index_change_between_two_months_in_a_row_is_month_on_month(annual: Path) -> None:
    text = "In Norway the consumer price index rose by 0.5 per cent from 131.2 in February to 131.9 in March 2023."
    result = claim_results(text, [annual], date="2023-04-12")["0.5 per cent"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_an_index_change_between_the_same_month_of_two_years_is_no_month_on_month(annual: Path) -> None:
    text = "In Norway the consumer price index rose by 6.1 per cent from 124.0 in February 2022 to 131.6 in March 2023."
    result = claim_results(text, [annual], date="2023-04-12")["6.1 per cent"]
    assert result.reason != "month_on_month", result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    # the Romance order, the adjective after its noun: 'variación mensual', 'variação mensal'
    ("El índice de precios al consumidor de Chile registró una variación mensual de 0,6% en marzo de 2023.", "0,6%"),
    ("Na Noruega, a inflação mensal foi de 0,4% em março de 2023.", "0,4%"),
    ("През март 2023 г. потребителските цени в България на месечна основа се повишиха с 0,5 на сто.", "0,5 на сто"),
])
def test_a_monthly_basis_in_other_languages_is_month_on_month(annual: Path, text: str, figure: str) -> None:
    result = claim_results(text, [annual], date="2023-04-12")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_monthly_basis_in_an_undated_draft_is_month_on_month_whichever_year(annual: Path) -> None:
    # the month has no year of its own: no year of the annual rows holds one month's change either
    text = "In March, consumer prices in Norway rose 0.2% on a monthly basis, the statistics office said."
    result = claim_results(text, [annual], date=None)["0.2%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("In Chile the consumer price index rose 0.8% between December 2022 and January 2023.", "0.8%"),
    # a change with no direction, read as a level: its two months still make it one month's
    ("In Chile the consumer price index recorded a change of 0.8% between December 2022 and January 2023.", "0.8%"),
    ("O índice de preços no consumidor do Chile registou uma variação de 0,8% entre dezembro de 2022 e janeiro "
     "de 2023.", "0,8%"),
])
def test_a_change_between_two_months_in_a_row_is_month_on_month(annual: Path, text: str, figure: str) -> None:
    result = claim_results(text, [annual], date="2023-04-12")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_change_between_a_month_and_the_same_month_a_year_on_is_no_month_on_month(annual: Path) -> None:
    text = "In Chile the consumer price index rose 11.6% between January 2022 and January 2023."
    result = claim_results(text, [annual], date="2023-04-12")["11.6%"]
    assert result.reason != "month_on_month", result.explanation
