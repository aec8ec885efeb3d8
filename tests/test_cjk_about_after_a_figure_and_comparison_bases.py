"""Korean, Japanese and Chinese copy read through the gloss (issue 12): 'about' written after the figure ('93% 가량',
'5%左右', '5%程度') is read as English writes it there ('93% or so'); a Korean comparison's base after its year
('1990년과 비교할 때', '1990년에 비해', '1990년 대비') is 'compared with 1990'; a percentage before the verb that
closes its clause (Korean and Japanese put the verb last) is the change; Japanese short country names ('アメリカ',
'米国') and rank counters ('2番目'); a symbol written with Latin letters and a digit ('CO2', 'MtCO2') inside text of
an unspaced script stays whole. CDIAC-shaped packages with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, cpi_package

from workbench.languages import glossed_in, unknown_words
from workbench.models import Kind, Qualifier, Verdict

# thousand tonnes of carbon: South Korea 1990 → 2030 nearly doubles (+94.0 %)
CARBON = {("REPUBLIC OF KOREA", 1990): 100_000, ("REPUBLIC OF KOREA", 2030): 194_000,
          ("UNITED STATES OF AMERICA", 2030): 1_400_000, ("CHINA (MAINLAND)", 2030): 2_500_000}


@pytest.fixture(scope="module")
def co2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("co2") / "co2", CARBON)


@pytest.mark.parametrize(("code", "text", "english"), [
    ("ko", "배출량은 93% 가량 증가했다.", "93% or so"),
    ("zh", "通胀率为5%左右。", "5% or so"),
    ("ja", "物価は5%程度上がった。", "5% or so"),
])
def test_about_written_after_the_figure_is_read_as_english_writes_it_there(code: str, text: str, english: str) -> None:
    assert english in " ".join(glossed_in(text, code).split())


def test_about_after_a_figure_only_there() -> None:
    # '정도' away from a figure is extent, no qualifier
    assert "or so" not in glossed_in("어느 정도 올랐다.", "ko")


@pytest.mark.parametrize("base", ["1990년과 비교할 때", "1990년에 비해", "1990년 대비"])
def test_a_korean_comparison_base_is_compared_with_the_year(base: str) -> None:
    assert "compared with 1990" in glossed_in(f"{base} 배출량은 93% 증가했다.", "ko")


@pytest.mark.parametrize("text", ["1990年と比べて排出量は4%減少した。", "1990年比で排出量は4%減少した。"])
def test_a_japanese_comparison_base_is_compared_with_the_year(text: str) -> None:
    glossed = " ".join(glossed_in(text, "ja").split())
    assert "compared with 1990" in glossed and "4% decreased" in glossed, glossed
    assert unknown_words(text, "ja") == []


def test_a_chinese_comparison_base_is_compared_with_the_year() -> None:
    assert "compared with 1990" in glossed_in("与1990年相比，排放量增长了5%左右。", "zh")


def test_a_korean_change_against_a_base_year_is_judged_over_the_span(co2: Path) -> None:
    text = "2030년 우리나라의 이산화탄소 배출량은 1990년과 비교할 때 무려 93% 가량 증가했다."
    assert unknown_words(text, "ko", capitals=True) == []
    result = claim_starting(claim_results(text, [co2], "2031-03-01"), "93%")
    assert result.claim.kind is Kind.change and result.claim.qualifier is Qualifier.approx, result.claim
    assert result.verdict is Verdict.supported, result.explanation


def test_a_comparison_whose_end_no_text_or_date_gives_is_for_a_person(co2: Path) -> None:
    text = "Compared with 1990, South Korea's carbon dioxide emissions increased by about 93%."
    result = claim_results(text, [co2], date=None)["93%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "span_end_unknown"


def test_a_comparison_ends_in_the_year_its_paragraph_told(co2: Path) -> None:
    text = ("South Korea emitted 711 million tonnes of carbon dioxide in 2030. Compared with 1990, South Korea's "
            "carbon dioxide emissions increased by about 93%.")
    result = claim_results(text, [co2], date=None)["93%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_english_percentage_bounding_a_noun_before_a_verb_is_no_change(co2: Path) -> None:
    text = "In 2030 the number of firms with margins above 10% rose."
    [claim] = [r.claim for r in claim_results(text, [co2], "2031-03-01").values()]
    assert claim.kind is not Kind.change


def test_a_japanese_share_of_the_largest_emitters_is_read_whole(co2: Path) -> None:
    text = "二酸化炭素排出量(2030年)が最も多い中国は毎年約92億t、2番目に多いアメリカは約51億tを排出し、全世界の約40%も占めています。"
    assert unknown_words(text, "ja", capitals=True) == []
    glossed = " ".join(glossed_in(text, "ja").split())
    assert "2nd" in glossed and "United States" in glossed and "the whole world" in glossed
    results = claim_results(text, [co2], "2031-03-01")
    result = claim_starting(results, "51億")
    assert result.verdict is Verdict.supported, result.explanation
    share = claim_starting(results, "40%")  # of the whole world's emissions, which the package does not hold
    assert share.verdict is Verdict.unsupported, share.explanation


@pytest.mark.parametrize(("code", "text"), [
    ("th", "ประเทศไทยปล่อย CO2 ปีละ 280 MtCO2"),
    ("zh", "中国二氧化碳(CO2)排放量为99亿吨，PM2.5浓度下降。"),
])
def test_a_latin_symbol_with_a_digit_stays_whole_in_an_unspaced_script(code: str, text: str) -> None:
    glossed = glossed_in(text, code)
    assert "CO 2" not in glossed and "CO2" in glossed
    assert "PM 2" not in glossed


def test_thai_per_year_words_are_read() -> None:
    text = "ตั้งแต่ปี 1990 ถึง 2030 ประเทศไทยปล่อย CO2 เพิ่มขึ้นปีละ 5.5%"
    assert unknown_words(text, "th") == []
    assert "per year 5.5%" in " ".join(glossed_in(text, "th").split())


def test_an_unread_thai_word_is_named_whole_with_its_vowel_signs() -> None:
    # what a reviewer is told the checker could not read: 'สุดยอด', not its letters without their signs
    assert unknown_words("ประเทศไทยปล่อย CO2 สุดยอด", "th") == ["สุดยอด"]


# consumer-price inflation, invented: the first year's rate is far from the ten years' mean (1.0)
SPAN_RATES = {("Japan", year): rate for year, rate in zip(range(2011, 2021), [3.4, 0.6, 0.7, 0.5, 0.4, 0.6, 0.8, 0.9, 1.1, 1.0])}
SPAN_RATES |= {("Japan", 2021): -0.4, ("Japan", 2022): 2.6}


@pytest.fixture(scope="module")
def japan_cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", SPAN_RATES)


@pytest.mark.parametrize(("code", "text", "english"), [
    ("ja", "2011 年から 2020 年の間に、物価は上昇した。", "between 2011 and 2020"),
    ("ja", "2011年と2020年の間、物価は上昇した。", "between 2011 and 2020"),
    ("ja", "2011年から2020年にかけて、物価は上昇した。", "from 2011 to 2020"),
    ("ko", "2011년부터 2020년까지 물가는 올랐다.", "from 2011 to 2020"),
    ("ko", "2011년과 2020년 사이에 물가는 올랐다.", "between 2011 and 2020"),
])
def test_a_span_of_two_years_with_postpositions_is_read_in_english_order(code: str, text: str, english: str) -> None:
    assert english in " ".join(glossed_in(text, code).split())


@pytest.mark.parametrize(("code", "text"), [("ja", "2021年と2022年に物価は上昇した。"), ("ko", "2021년과 2022년에 물가는 올랐다.")])
def test_two_years_joined_by_and_without_a_span_word_stay_two_years(code: str, text: str) -> None:
    assert "between" not in glossed_in(text, code)


@pytest.mark.parametrize("text", ["2011 年から 2020 年の間に、日本の消費者物価は年平均で 1.0%上昇しました。",
                                  "2011년과 2020년 사이에 일본의 소비자물가는 연평균 1.0% 상승했다."])
def test_an_average_over_a_span_written_with_postpositions_holds_every_year(japan_cpi: Path, text: str) -> None:
    # 2011's rate alone (3.4) would contradict it; the mean of 2011–2020 is 1.0
    result = claim_starting(claim_results(text, [japan_cpi], "2023-03-09"), "1.0%")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence and str(result.evidence[0].period) == "2011/2020", result.evidence


@pytest.mark.parametrize("base", ["2021 年と比較すると", "2021年に比べると"])
def test_a_japanese_base_year_in_the_sentence_before_does_not_date_the_figure(japan_cpi: Path, base: str) -> None:
    text = f"{base}、日本の年間インフレ率は上昇しました。日本のインフレ率は 2.6% に達しました。"
    assert "compared with 2021" in " ".join(glossed_in(text, "ja").split())
    result = claim_starting(claim_results(text, [japan_cpi], "2023-03-09"), "2.6%")
    assert result.verdict is Verdict.supported, result.explanation
