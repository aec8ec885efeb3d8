"""Two wordings that dated a figure by words about something else:

- a level its own words call an average ('ended the year 2022 with an average exchange rate of
  RM4.40') is the year's average, whatever year-end wording dates the sentence: the annual row
  is its figure, not the year's last day;
- a month that dates a publication ('the bank said in its report published in May', French
  'publié en mai dernier') is no sign that the sentence's yearly rates are monthly ones.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict


@pytest.fixture()
def ringgit(tmp_path: Path) -> Path:
    return rates_package(tmp_path, {("Malaysia", 2021): 4.15, ("Malaysia", 2022): 4.40},
                         source="Federal Reserve Bank of St. Louis")


@pytest.mark.parametrize("text, figure", [
    ("The ringgit ended the year 2022 with an average exchange rate of RM4.40 against the US dollar.", "RM4.40"),
    ("It weakened by 2% a year to end the year 2022 with an average exchange rate of RM4.40 per US dollar.", "RM4.40"),
])
def test_a_level_called_an_average_is_the_years_average(ringgit: Path, text: str, figure: str) -> None:
    found = claim_results(text, [ringgit], "2023-04-01")
    assert found[figure].verdict is Verdict.supported
    assert found[figure].evidence[0].period == "2022"


def test_a_level_called_an_average_behind_its_figure_is_the_years_average(ringgit: Path) -> None:
    found = claim_results("The ringgit ended 2022 at RM4.25 per US dollar and RM4.40 on average over the year.",
                          [ringgit], "2023-04-01")
    assert found["RM4.40"].verdict is Verdict.supported
    assert found["RM4.40"].evidence[0].period == "2022"
    assert found["RM4.25"].verdict is Verdict.needs_review  # the year's last day


def test_a_level_at_the_years_end_is_still_the_last_day(ringgit: Path) -> None:
    found = claim_results("The ringgit ended 2022 at RM4.25 against the US dollar.", [ringgit], "2023-04-01")
    assert found["RM4.25"].verdict is Verdict.needs_review


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Kenya", 2020): 2.5, ("Kenya", 2021): 6.0})


@pytest.mark.parametrize("text, figure", [
    ("Inflation in Kenya rose from 2.5% in 2020 to 4.3% in 2021, the bank said in its outlook published in May.", "4.3%"),
    ("L'inflation au Kenya est passée de 2,5 % en 2020 à 4,3 % en 2021, selon le rapport publié en mai dernier.", "4,3 %"),
])
def test_a_publications_month_does_not_make_yearly_rates_monthly(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2022-07-20")
    assert found[figure].verdict is Verdict.contradicted
    assert found[figure].evidence[0].period == "2021"


def test_a_rate_for_a_month_is_still_a_monthly_rate(cpi: Path) -> None:
    found = claim_results("Inflation in Kenya was 7.9% in May 2021, the bank said.", [cpi], "2022-07-20")
    assert found["7.9%"].verdict is Verdict.needs_review



def test_a_rate_called_an_average_behind_its_figure_is_the_years_average(cpi: Path) -> None:
    found = claim_results("Kenya closed 2021 with year-on-year inflation of 5.7% and 6.0% on average over the year.",
                          [cpi], "2022-07-20")
    assert found["6.0%"].verdict is Verdict.supported
    assert found["5.7%"].verdict is Verdict.needs_review  # the year's end, December on December


@pytest.mark.parametrize("text", [
    "Kenya ended 2021 with inflation at 5.4% and an average of 6.0% for the year.",
    "Kenya closed 2021 with 12-month inflation of 5.4% and averaged 6.0% over the year.",
    "Kenya ended 2021 with inflation of 5.4% while the average for the year was 6.0%.",
])
def test_words_that_lead_into_the_next_figure_do_not_call_this_one_an_average(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2022-07-20")
    assert found["5.4%"].verdict is Verdict.needs_review  # the year's end, December on December
    assert found["6.0%"].verdict is Verdict.supported


def test_an_average_named_right_behind_a_figure_before_a_year_is_still_its_own(cpi: Path) -> None:
    found = claim_results("Kenya ended the year with inflation of 6.0% on average in 2021.", [cpi], "2022-07-20")
    assert found["6.0%"].verdict is Verdict.supported


@pytest.mark.parametrize("dating", ["released at the start of April", "issued at the beginning of April",
                                    "published early in April", "published in the middle of April"])
def test_a_publications_month_with_a_longer_preposition_does_not_make_yearly_rates_monthly(cpi: Path,
                                                                                          dating: str) -> None:
    found = claim_results(f"Consumer prices in Kenya climbed 4.1% in 2021, according to the bank's review {dating}.",
                          [cpi], "2022-07-20")
    assert found["4.1%"].verdict is Verdict.contradicted
    assert found["4.1%"].evidence[0].period == "2021"
