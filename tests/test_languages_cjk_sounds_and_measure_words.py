"""Chinese and Japanese copy read through the gloss (workbench/data/languages.json 'transliteration',
'figure_more_than', 'words'): pinyin a page sets in brackets after each character ('國(guó)內(nèi)') and
kana readings after kanji ('物価（ぶっか）') are the characters' sound, read as if absent, so the word
around them is found; '1万多美元' is more than 10,000 US dollars; the ordinary words around CO2 and
exchange-rate figures ('全球二氧化碳年均浓度', '飙升', 'ドル円レート', 'ほぼ') name the measure.

Packages are publisher-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import carbon_package, claim_results, population_and_gdp, ppm_package, rates_package

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict


def test_pinyin_in_brackets_is_read_as_if_absent(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Chile", 2030): 20e6}, {("Chile", 2030): 312.5e9})
    text = "2030年智利國(guó)內(nèi)生產(chǎn)總值達(dá)3125億美元。"
    result = claim_results(text, packages, "2031-05-01")["3125億美元"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"
    assert not {"guó", "nèi", "chǎn"} & set(unknown_words(text, "zh"))


def test_a_figure_and_more_is_a_lower_bound(tmp_path: Path) -> None:
    # 312.5 bn / 20 m = 15,625 US$ a head: 'more than 10,000' holds, '10,000' alone would not
    packages = population_and_gdp(tmp_path, {("Chile", 2030): 20e6}, {("Chile", 2030): 312.5e9})
    result = claim_results("2030年智利人均GDP达1万多美元。", packages, "2031-05-01")["1万多美元"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_rise_of_the_global_annual_mean_concentration(tmp_path: Path) -> None:
    ppm = ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2031-04", 438.9), ("2031-05", 440.5)])})
    text = "从2030年到2031年,全球二氧化碳年均浓度飙升2.4ppm,这是多年来的最大增幅。"
    result = claim_results(text, [ppm], "2032-03-01")["2.4ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


@pytest.mark.parametrize("station", ["莫纳罗亚", "冒纳罗亚", "冒納羅亞"])
def test_the_station_named_by_either_transliteration_is_its_series(tmp_path: Path, station: str) -> None:
    # the globe and the station differ in 2031: the station's name, however it is spelled, picks its row
    ppm = ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)]),
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2030, 433.0), (2031, 435.9)])})
    result = claim_results(f"2031年,{station}的二氧化碳年均浓度为435.9ppm。", [ppm], "2032-03-01")["435.9ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-mlo"


def test_the_dollar_yen_rate_of_a_year_said_roughly(tmp_path: Path) -> None:
    rates = rates_package(tmp_path, {("Japan", 2030): 118.2, ("Japan", 2031): 126.4})
    text = "しかし、ドル円レートは2031年の年平均がほぼ125円で、輸入物価の上昇圧力は高まっています。"
    result = claim_results(text, [rates], "2032-02-01")["125円"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period.startswith("2031")


def test_a_kana_reading_after_kanji_is_no_unknown_word() -> None:
    assert unknown_words("輸入物価（ぶっか）の上昇圧力は高まっています。", "ja") == []



def test_a_countrys_one_character_name_before_a_measure(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Kazakhstan", 2030): 21e6, ("Russia", 2030): 140e6},
                                  {("Kazakhstan", 2030): 312.5e9, ("Russia", 2030): 2.4e12})
    # '哈' before '国内生产总值' is Kazakhstan's GDP: without it no place is named and two places have rows
    result = claim_results("2030年哈国内生产总值为3125亿美元。", packages, "2031-05-01")["3125亿美元"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Kazakhstan"


def test_a_short_names_character_inside_another_word_names_no_country() -> None:
    text = "哈尔滨的人口为1000万人，俄经济增长3.6%。"
    glossed = gloss_paragraphs(text, [(0, len(text), "zh")]).text
    assert "Russia" in glossed and "Kazakhstan" not in glossed  # '哈尔滨' is Harbin


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # 1,222 t C a head × 3.664 = 4.48 t CO2: '約' (about) widens to 4.37–4.83, a bare 4.6 is off
    ("2030年智利人均碳排放量約4.6噸。", "4.6噸", Verdict.supported),
    ("2030年智利人均碳排放量達到4.6噸。", "4.6噸", Verdict.contradicted),
    ("2030年智利人均碳排放量約7.2噸。", "7.2噸", Verdict.contradicted),
])
def test_traditional_tonnes_and_about_are_read(tmp_path: Path, text: str, claim: str, verdict: Verdict) -> None:
    # traditional '噸' (tonne) and '約' (about), as Taiwan's and Hong Kong's copy writes them
    packages = [carbon_package(tmp_path / "carbon", {("CHILE", 2030): 22_000.0}, {("CHILE", 2030): 1.222})]
    result = claim_results(text, packages, "2031-05-01")[claim]
    assert result.verdict is verdict, result.explanation
