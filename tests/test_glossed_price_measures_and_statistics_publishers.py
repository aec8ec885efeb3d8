"""Newsroom words for the packages' measures in other languages, and the publishers that name a country:
Polish 'tempo wzrostu cen' is the inflation rate, Japanese 'GDPデフレーター' the GDP deflator and 内閣府 Japan's
Cabinet Office, Bulgarian 'Националният статистически институт' (the office's name with its article) Bulgaria's
statistics office, Spanish 'tasa inflacionaria' the inflation rate, Romanian 'Marea Britanie' Great Britain. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.languages import glossed_in, unknown_words
from workbench.models import Verdict

DEFLATOR_WORDS = "Inflation as measured by the annual growth rate of the GDP implicit deflator (annual %)"


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", {("Poland", 2023): 10.8, ("Poland", 2024): 3.9, ("Bulgaria", 2023): 9.5,
                                           ("Bulgaria", 2024): 2.4, ("Japan", 2023): 3.3, ("Japan", 2024): 2.7}),
            publisher_package(tmp_path / "dfl", "deflator", "Inflation, GDP deflator", "Inflation",
                              {("Japan", 2023): 4.1, ("Japan", 2024): 2.9}, description=DEFLATOR_WORDS)]


def test_the_polish_pace_of_price_growth_is_the_inflation_rate(packages: list[Path]) -> None:
    text = ("Według GUS inflacja w 2024 roku wyniosła 3,9 procent. "
            "Tempo wzrostu cen spadło w stosunku do 2023 roku o 6,9 punktu procentowego.")
    found = claim_results(text, packages, "2025-02-15")
    # 10.8 − 3.9 = 6.9 points: the fall of the consumer-price rate, read only once the words are glossed
    assert found["6,9 punktu procentowego"].verdict is Verdict.supported, found["6,9 punktu procentowego"].explanation


def test_a_wrong_polish_fall_in_points_is_contradicted(packages: list[Path]) -> None:
    text = ("Według GUS inflacja w 2024 roku wyniosła 3,9 procent. "
            "Tempo wzrostu cen spadło w stosunku do 2023 roku o 4,2 punktu procentowego.")
    found = claim_results(text, packages, "2025-02-15")
    assert found["4,2 punktu procentowego"].verdict is Verdict.contradicted, found["4,2 punktu procentowego"].explanation


def test_the_bulgarian_office_named_with_its_article_names_bulgaria(packages: list[Path]) -> None:
    text = ("Средногодишната инфлация за 2024 г. спрямо 2023 г. е 2,4 на сто, "
            "съобщи Националният статистически институт.")
    found = claim_results(text, packages, "2025-01-20")
    assert found["2,4 на сто"].verdict is Verdict.supported, found["2,4 на сто"].explanation
    # the office names the country: with no place, 2.4 % could be any place's row
    assert found["2,4 на сто"].evidence[0].dimensions["Country"] == "Bulgaria"


def test_the_japanese_gdp_deflator_of_the_cabinet_office_is_japan_s_deflator(packages: list[Path]) -> None:
    assert "GDP deflator" in glossed_in("GDPデフレーターは前年比2.9%上昇した。", "ja")
    text = "内閣府によると、2024年のGDPデフレーターは2.9%上昇した。"
    found = claim_results(text, packages, "2025-03-20")
    # the deflator's row, not consumer prices' 2.7
    assert found["2.9%"].verdict is Verdict.supported, found["2.9%"].explanation
    wrong = claim_results(text.replace("2.9%", "2.7%"), packages, "2025-03-20")
    assert wrong["2.7%"].verdict is Verdict.contradicted, wrong["2.7%"].explanation


@pytest.mark.parametrize(("text", "code", "english"), [
    ("la tasa inflacionaria cerró el año en 3,1 %", "es", "inflation rate"),
    ("全球碳排放量最高的國家是中國，占到全球總量的三成", "zh", "accounting for"),
    ("Emisiile de CO2 au scăzut în Marea Britanie cu 4,8%.", "ro", "great britain"),
    # Kazakh case and possessive endings on a listed noun: to inflation, of its price
    ("Инфляцияға негізгі үлесті азық-түлік бағасының өсуі қосты.", "kk", "inflation"),
    ("Инфляцияға негізгі үлесті азық-түлік бағасының өсуі қосты.", "kk", "price"),
    ("২০১৯ সালে কার্বন ডাইঅক্সাইডের নির্গমন ৫ শতাংশই বেড়েছে", "bn", "carbon dioxide"),
    ("Chỉ số giá USD tháng 12 tăng 0,84%", "vi", "price index"),
])
def test_measure_and_change_words_are_glossed(text: str, code: str, english: str) -> None:
    assert english in glossed_in(text, code).lower()


@pytest.mark.parametrize(("text", "code"), [
    ("Tempo wzrostu cen było więc dwucyfrowe i spadło tylko o 3 punkty procentowe.", "pl"),
])
def test_a_polish_sentence_of_common_news_words_is_read_whole(text: str, code: str) -> None:
    assert unknown_words(text, code, capitals=True) == []
