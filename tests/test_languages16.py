"""Languages added in the fifteenth pass (workbench/data/languages.json): Hungarian, Slovenian, Georgian,
Azerbaijani, Uzbek, Greek, Armenian, Mongolian and Vietnamese glossaries, and Serbian written in
Cyrillic. A year's average is judged by the country's row, a month's 12-month rate is left for review,
a place named with a case ending ('Magyarországon', 'na Madžarskem', 'у Хрватској', 'საქართველოში')
is that place, a year written before its month ('2023 decemberében' → '2023 December') is that
month; Chinese and Japanese, written without spaces, are glossed inside runs of ideographs; Swedish and
Norwegian prices with a colon ('12:45 kronor', '30:-') are money. Sentences and figures invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import claim_results, cpi_package, rates_package

from workbench.languages import detect
from workbench.models import Verdict

ROWS = {("Hungary", 2023): 17.1, ("Slovenia", 2023): 7.4, ("Croatia", 2023): 7.9, ("Georgia", 2023): 2.5,
        ("Azerbaijan", 2023): 8.8, ("Uzbekistan", 2023): 10.0, ("Greece", 2023): 3.5, ("Armenia", 2023): 2.0,
        ("Mongolia", 2023): 10.3, ("Viet Nam", 2023): 3.3, ("Viet Nam", 2022): 3.2}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Magyarországon a fogyasztói árak 2023-ban átlagosan 17,1 százalékkal emelkedtek az előző évhez képest.", "17,1 százalékkal", Verdict.supported),
    ("A KSH szerint 2023 decemberében a fogyasztói árak 5,5 százalékkal haladták meg az egy évvel korábbit Magyarországon.", "5,5 százalékkal", Verdict.needs_review),
    ("Povprečna letna inflacija v Sloveniji je bila leta 2023 7,4-odstotna, so sporočili statistiki.", "7,4-odstotna", Verdict.supported),
    ("Letna inflacija na Hrvaškem je bila decembra 2023 5,4 odstotka.", "5,4 odstotka", Verdict.needs_review),
    ("Годишња инфлација у Хрватској у 2023. години износила је у просеку 7,9 одсто, објавио је завод.", "7,9 одсто", Verdict.supported),
    ("Potrošačke cijene u Hrvatskoj u prosincu 2023. bile su više za 5,4% nego godinu ranije. "
     "U godišnjem prosjeku potrošačke cijene bile su više za 7,9%.", "7,9%", Verdict.supported),
    ("Potrošačke cijene u Hrvatskoj u prosincu 2023. bile su više za 5,4% nego godinu ranije. "
     "U godišnjem prosjeku potrošačke cijene bile su više za 7,9%.", "5,4%", Verdict.needs_review),
    ("საქართველოში საშუალო წლიური ინფლაცია 2023 წელს 2.5 პროცენტი იყო.", "2.5 პროცენტი", Verdict.supported),
    ("2023 წლის დეკემბერში წლიური ინფლაციის დონემ საქართველოში 0.4 პროცენტი შეადგინა.", "0.4 პროცენტი", Verdict.needs_review),
    ("2023-cü ildə Azərbaycanda ortaillik inflyasiya 8,8% təşkil edib.", "8,8%", Verdict.supported),
    ("O‘zbekistonda 2023-yilda yillik inflyatsiya 10 foizni tashkil etdi.", "10 foizni", Verdict.supported),
    ("Ο μέσος ετήσιος πληθωρισμός στην Ελλάδα το 2023 ήταν 3,5%, σύμφωνα με την ΕΛΣΤΑΤ.", "3,5%", Verdict.supported),
    ("2023 թվականին Հայաստանում միջին տարեկան գնաճը կազմել է 2 տոկոս:", "2 տոկոս", Verdict.supported),
    ("Монгол улсын инфляцийн жилийн дундаж түвшин 2023 онд 10.3 хувь байв.", "10.3 хувь", Verdict.supported),
    ("Lạm phát bình quân năm 2023 của Việt Nam tăng 3,3% so với năm 2022.", "3,3%", Verdict.supported),
    # a month's rate that equals the year's average is still a month's ('tháng 12/2023', '2023 оны 12 дугаар сард')
    ("Chỉ số giá tiêu dùng tháng 12/2023 của Việt Nam tăng 3,3% so với tháng 12/2022.", "3,3%", Verdict.needs_review),
    # a month written with a hyphen ("tháng 6-2023") is that month too, not the year of its comparison
    ("Theo Tổng cục Thống kê, CPI tháng 6-2023 của Việt Nam tăng 0,3% so với tháng 5-2023 và tăng 2,0% so với cùng kỳ năm 2022.", "2,0%", Verdict.needs_review),
    ("Theo Tổng cục Thống kê, CPI tháng 6-2023 của Việt Nam tăng 0,3% so với tháng 5-2023 và tăng 2,0% so với cùng kỳ năm 2022.", "0,3%", Verdict.unsupported),
    ("Монгол улсын инфляц 2023 оны 12 дугаар сард 10.3 хувь байв.", "10.3 хувь", Verdict.needs_review),
])
def test_the_years_average_and_a_months_rate(cpi: Path, text: str, claim: str, verdict: Verdict) -> None:
    found = claim_results(text, [cpi], "2024-01-20")
    assert found[claim].verdict is verdict, found[claim].explanation


@pytest.mark.parametrize(("text", "code"), [
    ("A fogyasztói árak átlagosan nőttek, és az infláció is gyorsult.", "hu"),
    ("Cene so se v povprečju zvišale, inflacija pa je bila še višja.", "sl"),
    ("წლიური ინფლაცია გაიზარდა და ფასები კვლავ მაღალია.", "ka"),
    ("Ο πληθωρισμός αυξήθηκε και οι τιμές είναι υψηλές.", "el"),
    ("Цене су више него годину дана раније, према подацима завода.", "sr"),
])
def test_a_paragraphs_language_is_told(text: str, code: str) -> None:
    assert detect(text) == code


def _extracted(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    draft = tmp_path / "priser.md"
    draft.write_text("---\ndate: 2024-03-01\n---\n\n" + text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return [(c["text"], c["value"], c["unit"]) for c in json.loads(run.stdout)["claims"]]


def test_scandinavian_prices_with_a_colon(tmp_path: Path) -> None:
    """'12:45 kronor' is 12.45 kronor and '30:-' thirty whole kronor; '09:15' before no currency is a time."""
    found = _extracted(tmp_path, "I Sverige kostar en dollar 12:45 kronor. En kaffe kostar 30:- och en bulle "
                                 "24:50 kr. Mötet börjar 09:15 i Göteborg.")
    assert ("12:45 kronor", 12.45, "SEK") in found
    assert ("30:-", 30.0, "SEK") in found
    assert ("24:50 kr", 24.5, "SEK") in found
    assert not any(text.startswith("09") or text == "15" for text, _, _ in found)


def test_norwegian_colon_price(tmp_path: Path) -> None:
    found = _extracted(tmp_path, "I Norge koster en dollar 10:45 NOK i dag.")
    assert ("10:45 NOK", 10.45, "NOK") in found


def test_hungarian_figures_with_a_hyphenated_ending(tmp_path: Path) -> None:
    """'2023-ban' is the year 2023 and '4,2%-kal' 4.2 %; the ending after the hyphen is dropped."""
    found = _extracted(tmp_path, "Magyarországon az árak 2023-ban átlagosan 4,2%-kal nőttek.")
    assert [(v, u) for _, v, u in found] == [(4.2, "%")]


CJK_ROWS = {("China", 2023): 0.2, ("Japan", 2023): 3.3}


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("国家统计局发布数据显示,2023年全年,全国居民消费价格比上年上涨0.2%。", "0.2%", Verdict.supported),
    ("国家统计局发布数据显示,2023年12月份,全国居民消费价格同比下降0.3%。", "0.3%", Verdict.needs_review),
    # '3%以下' is a bound (3% or less), here on the months' rates beside the year's own figure: no contradiction
    ("统计局表示,2023年全国居民消费价格比上年上涨0.2%,单月涨幅始终运行在3%以下。", "3%", Verdict.needs_review),
    ("総務省によると、2023年の全国消費者物価指数の総合指数は前年比3.3%上昇した。", "3.3%", Verdict.supported),
    ("総務省によると、2023年の生鮮食品を除く総合指数は前年比3.1%上昇した。", "3.1%", Verdict.unsupported),
])
def test_chinese_and_japanese_written_without_spaces(tmp_path: Path, text: str, claim: str, verdict: Verdict) -> None:
    """Entries found inside runs of ideographs; '2023年12月份' is December 2023; the figure after '上涨' is read."""
    found = claim_results(text, [cpi_package(tmp_path / "cpi", CJK_ROWS)], "2024-02-01")
    assert found[claim].verdict is verdict, found[claim].explanation


def test_a_chinese_paragraph_is_told_from_a_japanese_one() -> None:
    assert detect("2023年全年,全国居民消费价格比上年上涨0.2%。") == "zh"
    assert detect("2023年の消費者物価指数は前年比3.3%上昇した。") == "ja"


def test_a_rate_quoted_as_a_colon_price_is_a_rate(tmp_path: Path) -> None:
    """'one dollar cost 9:24 kronor' is the krona's rate, its decimals written with a colon: a day's rate
    the year's average fits is left for review, as '9.85 kronor' is; the year's average said so is supported."""
    fx = rates_package(tmp_path, {("Sweden", 2019): 9.46, ("Sweden", 2020): 9.21})
    day = claim_results("On that Monday in Stockholm one dollar cost 9:24 kronor.", [fx], "2020-06-15")
    assert day["9:24 kronor"].verdict is Verdict.needs_review, day["9:24 kronor"].explanation
    year = claim_results("In 2019 one dollar cost 9:46 kronor on average in Sweden.", [fx], "2020-06-15")
    assert year["9:46 kronor"].verdict is Verdict.supported, year["9:46 kronor"].explanation
