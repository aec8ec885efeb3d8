"""An exchange rate of one day — 'today', 'this morning', a weekday, an opening or a close — in any language the
engine reads (the words of a day are one English list in currencies.json; Spanish, Portuguese, Polish, Turkish,
Chinese, Czech reach it through their glosses) is judged against its month's mean at most as needs_review; only a rate
outside the month's mean times or divided by the data's day_rate_band is contradicted, its explanation naming
the month's range. Invented figures in a package shaped as the Federal Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def peso(tmp_path: Path) -> Path:
    months = {"2031-04": 17.1, "2031-05": 17.4, "2031-06": 17.5}
    return monthly_rates_package(tmp_path / "fx", {"Mexico": months, "Turkey": {"2031-06": 40.2},
                                                   "Poland": {"2031-06": 3.95}, "Brazil": {"2031-06": 5.1},
                                                   "China": {"2031-06": 7.1}, "Czech Republic": {"2031-06": 22.0}})


@pytest.mark.parametrize(("text", "figure"), [
    ("This morning the Mexican peso opened at 18.40 per dollar.", "18.40"),
    ("Esta mañana el peso mexicano abrió en 18,40 por dólar.", "18,40"),
    ("El lunes el peso mexicano cerró en 18,40 por dólar.", "18,40"),
    ("Na segunda-feira o real fechou em 5,45 por dólar.", "5,45"),
    ("Dziś rano kurs dolara wynosił 4,12 zł.", "4,12 zł"),
    ("Bu sabah dolar/TL kuru 41,30 seviyesinden açıldı.", "41,30"),
    ("今天人民币兑美元汇率开盘报7.25。", "7.25"),
    ("Dnes ráno koruna otevřela na 22,6 za dolar.", "22,6"),
])
def test_a_days_rate_is_for_review_against_its_months_mean(peso: Path, text: str, figure: str) -> None:
    results = claim_results(text, [peso], "2031-06-10")
    result = results[figure]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Today the Mexican peso trades at 41.80 per dollar.", "41.80"),
    ("Hoy el peso mexicano cotiza en 41,80 por dólar.", "41,80"),
    ("El lunes el peso mexicano cerró en 7,90 por dólar.", "7,90"),
    ("Bu sabah dolar/TL kuru 95,30 seviyesinden açıldı.", "95,30"),
    ("今天人民币兑美元汇率开盘报17.25。", "17.25"),
    ("Dnes ráno koruna otevřela na 52,6 za dolar.", "52,6"),
])
def test_a_days_rate_no_day_of_its_month_could_have_is_contradicted(peso: Path, text: str, figure: str) -> None:
    result = claim_results(text, [peso], "2031-06-10")[figure]
    assert result.verdict is Verdict.contradicted and result.reason == "day_price_outside_month", result.explanation
    assert "the month's days lie between" in result.explanation, result.explanation
    assert result.evidence and result.evidence[0].period == "2031-06", result.evidence


def test_a_months_average_far_off_is_still_a_plain_contradiction(peso: Path) -> None:
    result = claim_results("In May 2031 the Mexican peso averaged 19.90 per dollar.", [peso], "2031-07-10")["19.90"]
    assert result.verdict is Verdict.contradicted and result.reason != "day_price_outside_month", result.explanation



@pytest.fixture()
def peso_2021(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx-2021", {"Mexico": {f"2021-{m:02d}": 17.0 + 0.05 * m for m in range(1, 13)}})


def test_an_undated_rate_with_a_year_carried_from_another_paragraph_is_some_day_of_it(peso_2021: Path) -> None:
    """A draft with no date; the rate's own sentence names no period and no average, the year comes from the
    paragraph before: a price of some day of that year, which no month's mean refutes within the day's band."""
    text = ("Le dollar a été l'un des rares actifs à afficher une performance positive en 2021.\n\n"
            "Le peso mexicain a touché un plus bas contre le dollar le 28 septembre à 19,20 pesos.")
    result = claim_results(text, [peso_2021], date=None)["19,20 pesos"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "day_price"), result.explanation


@pytest.fixture()
def yen(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", "Japan", {"2031-04": 146.2, "2031-05": 148.9, "2031-06": 149.7})


@pytest.mark.parametrize(("text", "figure"), [
    ("The yen touched 151.6 per dollar in June 2031, its weakest in decades.", "151.6"),
    ("In June 2031 the dollar hit 151.6 yen.", "151.6 yen"),
    ("The dollar reached 151.6 yen in June 2031 before the ministry stepped in.", "151.6 yen"),
    # Japanese: '151円台を付け', the 151-yen level marked on some day of the month
    ("円相場は2031年6月に1ドル=151円台を付けた。", "151円台"),
])
def test_a_level_touched_within_a_month_is_a_days_rate_not_the_months_mean(yen: Path, text: str, figure: str) -> None:
    result = claim_results(text, [yen], "2031-08-10")[figure]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_a_level_touched_that_no_day_of_the_month_could_reach_is_contradicted(yen: Path) -> None:
    result = claim_results("In June 2031 the dollar hit 321.6 yen.", [yen], "2031-08-10")["321.6 yen"]
    assert result.verdict is Verdict.contradicted and result.reason == "day_price_outside_month", result.explanation


def test_a_months_average_that_reached_a_level_is_still_judged_by_its_mean(yen: Path) -> None:
    result = claim_results("The monthly average rate reached 151.6 yen per dollar in June 2031.", [yen],
                           "2031-08-10")["151.6 yen"]
    assert result.verdict is Verdict.contradicted and result.reason != "day_price_outside_month", result.explanation


def test_a_close_at_the_end_of_the_session_is_no_month_s_mean_it_is_compared_with(tmp_path: Path) -> None:
    # Portuguese 'ao final da sessão' (at the end of the session): the day's close, though the month its sentence
    # compares it with ('the lowest since June last year') has a mean 8 % off
    real = monthly_rates_package(tmp_path / "fx", "Brazil", {"2030-06": 5.3, "2031-05": 5.05})
    text = "Ao final da sessão, o dólar recuou 0,6%, cotado a R$ 4,88, no menor patamar desde junho do ano passado."
    result = claim_results(text, [real], "2031-06-10")["R$ 4,88"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "one moment's price" in result.explanation
