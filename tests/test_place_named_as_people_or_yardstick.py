"""A country named only as a people living elsewhere ('ethnic Germans'; Chinese '德国族居民', Japanese 'ドイツ系住民',
Korean '독일계 주민') or only as the yardstick of an area ('roughly the size of Argentina'; '相当于新疆那么大') is no
place of the sentence's figure: the figure stays the country the text is about. The usual CJK words for the
packages' measures ('消费者价格', '温室効果ガス', '온실가스') are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.languages import glossed_in
from workbench.models import Verdict

_POPULATION = [("Mongolia", "MNG", "2005", 2_526_000), ("Mongolia", "MNG", "2010", 2_702_000),
               ("Russia", "RUS", "2010", 143_200_000)]
PACKAGE = [{"name": "population", "metric": "population", "kind": "count", "unit": "", "dims": ["country", "country_code"],
            "rows": [{"period": y, "value": v, "country": c, "country_code": k} for c, k, y, v in _POPULATION]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("people") / "reference", PACKAGE)


def _draft(body: str) -> str:
    return f"---\ndate: 2012-03-01\n---\n\n{body}\n"


@pytest.mark.parametrize(("body", "figure"), [
    ("After 1990 Mongolia opened up, and many ethnic Russians and ethnic Germans living there went home; in 2010 the "
     "population was 2.7 million.", "2.7 million"),
    ("1990年以后,蒙古国不少俄罗斯族、德国族居民陆续离开,2010年人口为270万。", "270万"),
    ("1990年以降、モンゴルでは多くのロシア系やドイツ系の住民が去り、2010年の人口は270万人だった。", "270万人"),
    ("1990년 이후 몽골에서는 러시아계와 독일계 주민이 많이 떠났고, 2010년 인구는 270만 명이었다.", "270만 명"),
])
def test_a_people_of_another_country_is_no_place_of_the_figure(package: Path, body: str, figure: str) -> None:
    result = check_text(_draft(body), package)[0][figure]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Mongolia"


@pytest.mark.parametrize(("body", "figure"), [
    ("Mongolia is vast: it is as big as Iran, yet the population was only 2.7 million in 2010.", "2.7 million"),
    ("蒙古国面积156万平方公里,相当于伊朗那么大,2010年人口却仅有270万。", "270万"),
])
def test_a_place_named_as_a_yardstick_of_size_is_no_place_of_the_figure(package: Path, body: str,
                                                                          figure: str) -> None:
    result = check_text(_draft(body), package)[0][figure]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Mongolia"


@pytest.mark.parametrize(("text", "code", "measure"), [
    ("2023年消费者价格平均上涨5%。", "zh", "consumer prices"),
    ("2023年消費者物價指數上涨5%。", "zh", "consumer price index"),
    ("人口总数为300万。", "zh", "total population"),
    ("温室効果ガスの排出量", "ja", "greenhouse gases"),
    ("온실가스 배출량", "ko", "greenhouse gases"),
    ("去年消费价格上涨3%。", "zh", "consumer prices"),
    ("全年物价上涨率为3%。", "zh", "inflation rate"),
    ("総人口は前年より減った。", "ja", "total population"),
    ("지난해 소비자 물가는 3% 올랐다.", "ko", "consumer prices"),
    ("총인구는 줄었다.", "ko", "total population"),
    ("인플레이션율은 3%였다.", "ko", "inflation rate"),
])
def test_cjk_words_of_the_packages_measures_are_read(text: str, code: str, measure: str) -> None:
    assert measure in glossed_in(text, code)
