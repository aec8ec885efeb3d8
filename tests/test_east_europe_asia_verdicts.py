"""Classes met in South and Central Asian, Caucasian and Eastern European copy (explore set fresh_l):

- a rate stated in the present perfect with no period ('the annual inflation rate has reached 13.9 %') is
  the rate at the time of writing, a month's 12-month rate: last year's average neither contradicts it
  nor, agreeing, is overruled;
- the base of a comparison is no figure's period: 'compared to December last year', 'for the period
  January - December 2022 compared to the period January - December 2021' (the later span was read as the
  figure's, and the right figure called a mix-up of years);
- Ukrainian and Russian months in the locative ('у жовтні', 'в октябре') are months, so a 12-month rate
  of October is not judged as last year's average;
- 'current' in 'the current fiscal year' does not make a CPI figure a GDP-in-current-dollars one;
- 'According to official data, the 12-month inflation …': the length of time is no figure that hands the
  subject to the attribution clause;
- a pensioners' price index (Polish 'dla gospodarstw domowych emerytów') and food prices (Russian 'цены на
  продукты питания') are other series;
- an abbreviation spelled out in brackets earlier ('Colombo Consumer Price Index (CCPI)') names no measure of
  its own: a later 'the CCPI rose to 6.0 %' takes the measure its text before names.

The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.models import Verdict

RATES = {("Armenia", 2021): 7.0, ("Armenia", 2022): 8.9, ("Latvia", 2021): 3.1, ("Latvia", 2022): 17.0,
         ("Ukraine", 2021): 9.0, ("Ukraine", 2022): 20.0, ("Pakistan", 2022): 19.0, ("Pakistan", 2023): 31.0,
         ("Poland", 2022): 14.2, ("Kazakhstan", 2021): 8.0, ("Kazakhstan", 2022): 15.0}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


def test_a_rate_stated_in_the_present_perfect_is_not_last_years_average(cpi: Path) -> None:
    text = "In Latvia the annual inflation rate has climbed to 7.5%, the statistics bureau said."
    result = claim_results(text, [cpi], "2022-03-04")["7.5%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2021"
    # a figure with a year of its own is judged by that year's row, as before
    dated = claim_results("In Latvia the annual inflation rate has climbed to 7.5% in 2021.", [cpi], "2022-03-04")["7.5%"]
    assert dated.verdict is Verdict.contradicted, dated.explanation


def test_a_present_perfect_rate_that_agrees_with_the_row_stays_supported(cpi: Path) -> None:
    result = claim_results("In Latvia the annual inflation rate has reached 3.1%.", [cpi], "2022-03-04")["3.1%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_december_last_year_after_compared_to_is_the_base(cpi: Path) -> None:
    text = ("In Armenia prices have risen 1.5% compared to December last year, while the annual inflation "
            "rate has reached 11.2%.")
    result = claim_results(text, [cpi], "2022-02-10")["11.2%"]
    assert result.claim.period is None
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_span_after_compared_to_the_period_is_the_base(cpi: Path) -> None:
    text = ("Latvia's average annual inflation for the period January - December 2022 compared to the period "
            "January - December 2021 came to 17%.")
    result = claim_results(text, [cpi], "2023-02-01")["17%"]
    assert result.verdict is Verdict.supported, result.explanation
    evidence = result.evidence[0]
    assert (evidence.period, evidence.value, evidence.unit, evidence.dimensions["Country"]) == ("2022", 17.0, "%", "Latvia")


def test_a_ukrainian_month_in_the_locative_is_a_month(cpi: Path) -> None:
    text = "Інфляція в Україні у жовтні 2022 року прискорилася до 26,6% у річному вимірі."
    result = claim_results(text, [cpi], "2022-11-10")["26,6%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "October 2022" in result.explanation, result.explanation
    later = "Споживчі ціни в Україні у жовтні 2022 року зросли на 2,5%. У річному вимірі інфляція у жовтні прискорилась до 26,6%."
    carried = claim_results(later, [cpi], "2022-11-10")["26,6%"]
    assert carried.verdict is Verdict.needs_review, carried.explanation


def test_a_russian_month_in_the_locative_is_a_month(cpi: Path) -> None:
    text = "Годовая инфляция в Казахстане в ноябре 2022 года ускорилась до 19,6%."
    result = claim_results(text, [cpi], "2022-12-02")["19,6%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "November 2022" in result.explanation, result.explanation


def test_the_current_fiscal_year_is_no_gdp_in_current_dollars(tmp_path: Path, cpi: Path) -> None:
    packages = [cpi, *population_and_gdp(tmp_path, {("Kazakhstan", 2022): 19_600_000}, {("Kazakhstan", 2022): 2.2e11})]
    text = ("KARACHI: Pakistan's consumer prices climbed 29.3 percent in March 2023, the statistics bureau reported.\n\n"
            "Over the first nine months (July-March) of the current fiscal year, the CPI averaged 27.2 per cent.")
    result = claim_results(text, packages, None)["27.2 per cent"]
    # part of a fiscal year: the nearest year's inflation row, for a person; never GDP, never 'not covered'
    assert (result.verdict, result.reason) == (Verdict.needs_review, "nearest_other_period"), result.explanation
    evidence = result.evidence[0]
    assert (evidence.period, evidence.value, evidence.unit, evidence.dimensions["Country"]) == ("2023", 31.0, "%", "Pakistan")


def test_a_twelve_month_rate_after_according_to_keeps_its_subject(cpi: Path) -> None:
    text = ("The statistics committee of Armenia published its monthly survey.\n\n"
            "According to figures released on Friday, the 12-month inflation in June 2022 reached 10.3%.")
    result = claim_results(text, [cpi], "2022-07-10")["10.3%"]
    assert result.claim.subject is not None and "inflation" in result.claim.subject, result.claim.subject
    assert (result.verdict, result.reason, result.claim.period) == (Verdict.needs_review, "different_period", "2022-06")
    evidence = result.evidence[0]
    assert (evidence.period, evidence.value, evidence.dimensions["Country"]) == ("2022", 8.9, "Armenia")


def test_a_pensioners_price_index_is_another_series(cpi: Path) -> None:
    text = ("Główny Urząd Statystyczny podał dane za grudzień. Inflacja średnioroczna w 2022 roku wyniosła "
            "14,2 proc., a dla gospodarstw domowych emerytów i rencistów 15,1 proc.")
    results = claim_results(text, [cpi], "2023-01-16")
    assert results["14,2 proc"].verdict is Verdict.supported, results["14,2 proc"].explanation
    assert results["15,1 proc"].verdict is Verdict.unsupported, results["15,1 proc"].explanation
    english = claim_results("In Poland prices for pensioner households rose 15.1% in 2022.", [cpi], "2023-01-16")["15.1%"]
    assert english.verdict is Verdict.unsupported, english.explanation


def test_russian_food_prices_are_another_series(cpi: Path) -> None:
    text = "В Казахстане в 2022 году цены на продукты питания повысились на 21,4 %."
    result = claim_results(text, [cpi], "2023-01-20")["21,4 %"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation


def test_an_abbreviation_spelled_out_before_names_that_measure(cpi: Path) -> None:
    # 'the CCPI' refers back to the index its brackets defined, as 'the index' would: the paragraph before
    # gives the measure, so the year's row judges the figure instead of no series at all
    text = ("In Armenia the headline inflation, measured by the Urban Consumer Price Index (UCPI, 2015=100), "
            "rose to 8.3 per cent in April 2022.\n\n"
            "Meanwhile, on an annual average basis, the UCPI stood at 7.0 per cent in December 2021.")
    result = claim_results(text, [cpi], "2022-05-10")["7.0 per cent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"
