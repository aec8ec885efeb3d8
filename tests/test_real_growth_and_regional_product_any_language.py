"""GDP copy naming a series no package holds, in English and as other languages write it.

The package is shaped like the World Bank's 'GDP (current US$)': a level in money at current prices, for two
countries. Real growth (a volume change: 'real GDP', 'at constant prices', a real volume index) is another series
whatever place it is of, so a sentence naming no place is declined as that series, not left for a person to place;
a region's gross regional product is another national-accounts aggregate than a country's GDP. Turkish, Polish,
Uzbek (Cyrillic), Kazakh and Arabic copy reads the same once its words for GDP, real growth and regional product
are glossed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.languages import glossed_in
from workbench.models import Verdict

_ROWS = [("Kazakhstan", "2015", 1.84e11), ("Kazakhstan", "2016", 1.37e11), ("Peru", "2015", 1.92e11),
         ("Peru", "2016", 1.95e11)]
PACKAGE = [{"name": "gdp_usd", "metric": "GDP (current US$)", "unit": "USD", "dims": ["country"],
            "rows": [{"period": y, "value": v, "country": c} for c, y, v in _ROWS]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("gdp_real") / "reference", PACKAGE)


def _result(body: str, package: Path, claim: str):
    return check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0][claim]


def _real_growth(result) -> None:
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series" and "real growth" in result.explanation
    assert result.evidence == []


@pytest.mark.parametrize(("body", "claim"), [
    ("Real gross domestic product rose 3.1% at constant prices in 2016 over 2015, the statistics office said.", "3.1%"),
    ("The real volume index (RVI) of gross domestic product (GDP) for January-December 2016 was 101.1%.", "101.1%"),
])
def test_real_growth_naming_no_place_is_another_series_not_a_place_to_decide(package: Path, body: str,
                                                                             claim: str) -> None:
    # two places have GDP rows, none is named: no row of either is a volume change, so the place changes nothing
    _real_growth(_result(body, package, claim))


def test_real_words_of_another_figure_before_do_not_make_a_level_real(package: Path) -> None:
    # the dollar level is after a clause mark: the real growth's words are not its own
    result = _result("Peru's real GDP grew 3.9% in 2016, and its GDP reached $195 billion.", package, "$195 billion")
    assert result.verdict is Verdict.supported, result.explanation


def test_a_regions_gross_regional_product_is_not_its_countrys_gdp(package: Path) -> None:
    # Kazakhstan's 2016 GDP is $137 billion; a region's product of $20 billion contradicts nothing
    result = _result("Almaty's gross regional product reached $20 billion in 2016.", package, "$20 billion")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series" and "gross regional product" in result.explanation


@pytest.mark.parametrize(("code", "text", "english"), [
    ("tr", "Gayri Safi Yurt İçi Hasıla 2016'da arttı.", "gross domestic product"),
    ("tr", "Peru'nun ekonomik büyüme hızı düştü.", "economic growth rate"),
    ("pl", "Wzrost kazachskiego Produktu Krajowego Brutto spowolnił.", "Kazakh gross domestic product"),
    ("uz", "Ўзбекистон ялпи ички маҳсулоти ҳажми ошди.", "gross domestic product"),
    ("kk", "Жалпы ішкі өнімнің нақты көлем индексі төмендеді.", "real volume index"),
    ("kk", "Облыстың өңірлік жалпы өнімі өсті.", "gross regional product"),
    ("ar", "نمو الناتج المحلي الإجمالي الحقيقي بالأسعار الثابتة", "real gross domestic product"),
])
def test_gdp_real_growth_and_regional_product_words_are_glossed(code: str, text: str, english: str) -> None:
    assert english.lower() in glossed_in(text, code).lower()


def test_turkish_economic_growth_rate_is_real_growth(package: Path) -> None:
    # Peru's current-dollar rows grew 1.6 % in 2016: a real growth rate of 3.9 % is another series, no contradiction
    _real_growth(_result("Peru'da ekonomik büyüme hızı 2016 yılında yüzde 3,9 olarak kayda geçti.", package,
                         "yüzde 3,9"))


def test_polish_growth_of_gdp_named_in_the_genitive_is_real_growth(package: Path) -> None:
    result = _result("Wzrost kazachskiego Produktu Krajowego Brutto wyniósł w 2016 r. 1,1 proc. – oznajmił premier.",
                     package, "1,1 proc")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.evidence == []


def test_kazakh_real_volume_index_naming_no_place_is_real_growth(package: Path) -> None:
    _real_growth(_result("2016 жылы Жалпы ішкі өнімнің нақты көлем индексі 101,1% құрады.", package, "101,1%"))


def test_arabic_real_growth_at_constant_prices_naming_no_place_is_real_growth(package: Path) -> None:
    _real_growth(_result("بلغ معدل نمو الناتج المحلي الإجمالي الحقيقي 3.1% بالأسعار الثابتة لعام 2016.", package,
                         "3.1%"))


def test_uzbek_cyrillic_gdp_of_a_country_the_package_lacks(package: Path) -> None:
    result = _result("Ўзбекистон ялпи ички маҳсулоти ҳажми 2016 йилда 81 миллиард доллар бўлган.", package,
                     "81 миллиард доллар")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered"
