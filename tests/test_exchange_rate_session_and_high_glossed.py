"""A rate quoted at one trading session or as a year's top, in Spanish and Japanese copy, is one moment's
price, which the month's or the year's mean neither confirms nor refutes (needs_review, reason day_price):
Spanish 'jornada' and 'día hábil' (a trading session: 'cerró la última jornada del año en …'), Japanese
'最高値' and '高値' (the year's high, a record level: '今年の最高値は…円'). A rate the sentence gives as the year's
mean is still judged by the year's row. A Federal Reserve-shaped package with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict


@pytest.fixture()
def peso(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("Mexico", 2030): 18.20}),
            monthly_rates_package(tmp_path / "monthly", "Mexico", {"2030-01": 17.30, "2030-12": 19.60})]


@pytest.fixture()
def yen(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("Japan", 2030): 140.0})]


@pytest.mark.parametrize(("text", "claim"), [
    ("El peso mexicano terminó la última jornada de 2030 en 20.95 pesos por dólar estadounidense.", "20.95 pesos"),
    ("El dólar estadounidense se vendió en 16.40 pesos mexicanos el primer día hábil de 2030, según el Banco de México.",
     "16.40 pesos mexicanos"),
])
def test_a_spanish_sessions_rate_is_a_moments_price(peso: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, peso, date="2031-06-15")[claim]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_the_spanish_years_average_is_still_judged(peso: list[Path]) -> None:
    text = "El tipo de cambio promedio del peso mexicano en 2030 fue de 20.95 pesos por dólar estadounidense."
    result = claim_results(text, peso, date="2031-06-15")["20.95 pesos"]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize("text", [
    "2030年のドル円は最高値が152円を超えた。",
    "2030年、ドル円は一時152円の高値を付けた。",
])
def test_a_japanese_years_high_is_a_moments_price(yen: list[Path], text: str) -> None:
    result = claim_results(text, yen, date="2031-06-15")["152円"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_the_japanese_years_average_is_still_judged(yen: list[Path]) -> None:
    result = claim_results("2030年のドル円の年間平均は152円だった。", yen, date="2031-06-15")["152円"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_one_dollar_priced_in_yen_on_a_day_is_that_days_rate(tmp_path: Path) -> None:
    # '1ドル=139円' reads '1 US dollars = 139 yen' in the gloss: still one dollar's price, a day's rate
    packages = [monthly_rates_package(tmp_path / "monthly", "Japan", {"2030-06": 133.0, "2030-07": 136.0})]
    text = "# 2030年の円相場\n\n7月14日の東京外国為替市場で1ドル=139円を付け、約24年ぶりの安値となりました。"
    result = claim_results(text, packages, date=None)["139円"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2030-07", result.explanation
