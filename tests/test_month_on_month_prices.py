"""A change of consumer prices over one month ('rose 0.4 % in March, while the annual rate reached 6 %';
'gegenüber dem Vormonat', 'sur un mois') needs a monthly index: against a package of annual rates only
it is unsupported (month_on_month), never a different period of the annual average. A month's 12-month
rate ('annual inflation was 6.1 % in March', 'up 6.1 % on a year earlier') stays a different period
(needs_review). With a monthly index in the data the month's change is no longer 'another series'.
Invented figures and sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

_ANNUAL = {("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Norway", 2023): 5.5,
           ("Chile", 2022): 11.6, ("Chile", 2023): 7.6,
           ("Uzbekistan", 2022): 11.4, ("Uzbekistan", 2023): 10.0, ("Uzbekistan", 2024): 9.6,
           ("Serbia", 2018): 2.0, ("Serbia", 2019): 1.9, ("Sri Lanka", 2023): 17.4, ("Sri Lanka", 2024): 1.5}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


def _monthly_index(folder: Path) -> Path:
    """A statistics office's monthly consumer price index (2015 = 100) for Norway."""
    (folder / "data").mkdir(parents=True)
    months = {f"2023-{m:02d}": 128.0 + 0.5 * m for m in range(1, 13)} | {f"2022-{m:02d}": 121.0 + 0.5 * m for m in range(1, 13)}
    (folder / "data" / "cpi-monthly.csv").write_text(
        "Month,Country,Consumer price index\n" + "".join(f"{m},Norway,{v}\n" for m, v in months.items()),
        encoding="utf-8")
    fields = [{"name": "Month", "type": "yearmonth"}, {"name": "Country", "type": "string"},
              {"name": "Consumer price index", "type": "number", "description": "Consumer price index, 2015 = 100"}]
    (folder / "datapackage.json").write_text(json.dumps({"name": "cpi-monthly", "title": "Consumer prices, monthly",
                                                         "resources": [{"name": "cpi-monthly", "path": "data/cpi-monthly.csv",
                                                                        "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Norway's consumer prices rose 0.4% in March 2023, while the annual rate reached 6.5%.", "0.4%"),
    ("Consumer prices in Norway climbed 0.4 percent in March 2023 and annual inflation stood at 6.5 percent.",
     "0.4 percent"),
    ("Los precios al consumidor de Chile subieron 0,4 % en marzo de 2023, mientras que la inflación interanual "
     "se situó en 9,2 %.", "0,4 %"),
    # the year's rate written in another of the words for '%' still counts as the sentence's other rate
    ("Die Verbraucherpreise in Norwegen stiegen im März 2023 um 0,4 Prozent, während die Inflationsrate "
     "gegenüber dem Vorjahresmonat 6,5 Prozent erreichte.", "0,4 Prozent"),
    ("Norway's consumer prices rose 0.4 pct in March 2023, while the annual rate reached 6.5 pct.", "0.4 pct"),
])
def test_a_month_change_beside_the_year_rate_is_another_series(annual: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [annual], date="2023-04-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "over one month" in result.explanation, result.explanation


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Die Verbraucherpreise in Norwegen stiegen im März 2023 gegenüber dem Vormonat um 0,4 Prozent.", "0,4 Prozent"),
    ("En Norvège, les prix à la consommation ont augmenté de 0,4 % sur un mois en mars 2023.", "0,4 %"),
])
def test_month_on_month_said_in_other_languages_is_another_series(annual: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [annual], date="2023-04-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "month-on-month" in result.explanation, result.explanation


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Annual inflation in Norway was 6.1% in March 2023.", "6.1%"),
    ("Norway's consumer prices rose 6.1%, year on year in March 2023, up from 5.9% in the previous month.", "6.1%"),
    ("Norway's consumer prices rose 6.1% in March 2023 from a year earlier, while core prices rose 6.0%.", "6.1%"),
    ("The average of the twelve months to March 2023 showed that Norway's consumer prices rose 6.1%, "
     "against 3.0% a year before.", "6.1%"),
    ("En Norvège, les prix à la consommation ont augmenté de 6,1 % sur un an en mars 2023.", "6,1 %"),
])
def test_a_month_twelve_month_rate_stays_a_different_period(annual: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [annual], date="2023-04-10")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "over one month" not in result.explanation, result.explanation


def test_a_monthly_index_in_the_data_makes_the_month_change_no_other_series(annual: Path, tmp_path: Path) -> None:
    monthly = _monthly_index(tmp_path / "monthly")
    sentence = "Norway's consumer prices rose 0.4% in March 2023, while the annual rate reached 6.5%."
    result = claim_results(sentence, [annual, monthly], date="2023-04-10")["0.4%"]
    assert "over one month" not in result.explanation, result.explanation


@pytest.mark.parametrize(("sentence", "figure"), [
    # as large as the year's average said beside it: the month's 12-month rate, not its change
    ("Norway's consumer prices were up 6.1% in March 2023, while the annual average rate for the whole year "
     "came to 5.5%.", "6.1%"),
    # the other figure is far larger, but the year's row is as large: the same
    ("In March 2023 consumer prices in Norway climbed 6.1%, while the annual rate for heating oil reached "
     "31.0%.", "6.1%"),
])
def test_a_month_rate_as_large_as_the_year_is_no_month_change(annual: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [annual], date="2023-04-10")[figure]
    assert result.verdict is not Verdict.unsupported, result.explanation
    assert "over one month" not in result.explanation, result.explanation



def test_a_monthly_basis_said_of_the_other_figure_of_the_clause_leaves_the_12_month_rate(annual: Path) -> None:
    text = "Consumer prices in Chile rose 0.4% month on month and 7.9% year on year in December 2023."
    results = claim_results(text, [annual], date="2024-01-10")
    assert results["0.4%"].reason == "month_on_month", results["0.4%"].explanation
    assert results["7.9%"].verdict is Verdict.needs_review, results["7.9%"].explanation
    assert results["7.9%"].reason == "different_period", results["7.9%"].reason


@pytest.mark.parametrize(("text", "figure"), [
    ("In Chile, consumer prices rose 0.5% in May 2023 compared with April 2023.", "0.5%"),
    ("In Chile, consumer prices rose 0.6% in January 2023 compared with December 2022.", "0.6%"),
    ("In Chile, inflation in May 2023 compared with April 2023 was 0.5%.", "0.5%"),
    # an agency's name the reading masks before the comparison leaves the month it names where it stands
    ("According to the State Statistics Service, inflation in Chile in May 2023 compared with April 2023 was 0.5%.",
     "0.5%"),
    # Ukrainian: 'порівняно із' and the month before in the instrumental ('лютим'), the year with 'р.'
    ("В Чилі інфляція у березні 2023 р. порівняно із лютим 2023 р. становила 0,4%.", "0,4%"),
])
def test_a_months_change_compared_with_the_month_before_is_another_series(annual: Path, text: str, figure: str) -> None:
    result = claim_results(text, [annual], date="2023-06-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.reason


def test_a_months_change_compared_with_the_same_month_a_year_before_stays_a_12_month_rate(annual: Path) -> None:
    result = claim_results("In Chile, consumer prices rose 7.5% in May 2023 compared with May 2022.", [annual],
                           date="2023-06-10")["7.5%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.reason


def test_a_rate_after_the_months_change_is_not_compared_with_the_month_before(annual: Path) -> None:
    # the comparison belongs to the rate it precedes; the year-to-date rate after it is a different period
    text = "In Chile, inflation in May 2023 compared with April 2023 was 0.5%, since the beginning of the year 3.1%."
    results = claim_results(text, [annual], date="2023-06-10")
    assert results["0.5%"].reason == "month_on_month", results["0.5%"].explanation
    assert results["3.1%"].verdict is Verdict.needs_review, results["3.1%"].explanation


@pytest.mark.parametrize(("sentence", "figure"), [
    ("In March 2023 inflation in Norway was 0.4%, while the annual rate reached 6.5%.", "0.4%"),
    ("En mars 2023, l'inflation en Norvège s'est établie à 0,4 %, tandis que le taux annuel a atteint 6,5 %.", "0,4 %"),
])
def test_a_months_rate_said_as_a_level_beside_the_years_is_a_months_change(annual: Path, sentence: str,
                                                                           figure: str) -> None:
    result = claim_results(sentence, [annual], date="2023-04-20")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_months_level_near_the_years_rate_stays_its_12_month_rate(annual: Path) -> None:
    # after a year of easing prices December's 12-month rate stands well below the year's average: not a month's change
    result = claim_results("In December 2023 inflation in Norway was 2.6%, while the annual rate averaged 5.5%.",
                           [annual], date="2024-01-20")["2.6%"]
    assert result.reason != "month_on_month", result.explanation



@pytest.mark.parametrize(("sentence", "figure", "date"), [
    # a month's rate the text does not call monthly is its 12-month rate for a reader, however small beside the
    # year's: Moldova's December 2020 rate was 0.39 % against averages of 3.8 % in 2020 and 5.1 % in 2021
    ("Inflation in Chile was 0.8% in December 2022.", "0.8%", "2023-01-10"),
    ("Uzbekistan recorded an inflation rate of 1.1% in September 2023.", "1.1%", "2023-10-05"),
    # Uzbek (Cyrillic) writes the year before the month ('2023 йилнинг сентябрь ойида'): September 2023's rate
    ("Ўзбекистонда 2023 йилнинг сентябрь ойида инфляция 1,1 фоизни ташкил этди.", "1,1 фоиз", "2023-10-05"),
])
def test_a_months_small_rate_said_alone_stays_its_12_month_rate(annual: Path, sentence: str, figure: str,
                                                               date: str) -> None:
    result = claim_starting(claim_results(sentence, [annual], date=date), figure)
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert result.evidence and result.evidence[0].period == sentence_year(date), result.explanation


def sentence_year(date: str) -> str:
    """The year of the month each sentence above names: the one before its draft's date's month."""
    return str(int(date[:4]) - (1 if date[5:7] == "01" else 0))


@pytest.mark.parametrize(("text", "figure"), [
    ("Chile's consumer prices rose 0.3% in December 2022. For comparison, prices rose 0.9% in the same month of "
     "last year, 7.2% year on year.", "0.9%"),
    # Russian 'в том же месяце прошлого года', glossed 'in the same month of last year'
    ("Цены в Чили в декабре 2022 года выросли на 0,3%. Для сравнения: цены выросли на 0,9% в том же месяце "
     "прошлого года, 7,2% - в годовом выражении.", "0,9%"),
])
def test_a_change_dated_to_the_same_month_a_year_before_beside_the_years_rate_is_a_months_change(
        annual: Path, text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, [annual], date="2023-01-10"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_change_on_the_same_month_a_year_before_stays_its_12_month_rate(annual: Path) -> None:
    text = "Chile's consumer prices rose 0.3% in December 2022 and 7.2% on the same month of last year."
    result = claim_results(text, [annual], date="2023-01-10")["7.2%"]
    assert result.reason != "month_on_month", result.explanation
