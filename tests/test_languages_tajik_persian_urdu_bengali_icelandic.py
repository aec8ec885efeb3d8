"""Tajik, Persian (Farsi and Dari), Urdu, Bengali and Icelandic news read through their glossaries, and Malay
copy through the Indonesian one.

Tajik writes Cyrillic with its own letters and joins a noun to the next with the izofat '-и' ('аҳолии
Тоҷикистон'); Persian and Urdu write Arabic script with their own letters and Extended Arabic-Indic digits
('۶٫۱ درصد'); Bengali its own script and digits ('৬.১ শতাংশ') and the lakh and crore scales. A figure written
in another script's digits stands where its sentence, read with ASCII digits, writes it, so the words before
it (a forecast's) are the ones that reach it. Icelandic inflects a country's name ('á Íslandi', in Iceland) and
writes 'árið 2041' for in 2041. A paragraph in Arabic script that tells none of its languages by its words is read
as Arabic, as before Persian and Urdu were listed. The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict

COUNTRIES = ("Tajikistan", "Iran", "Afghanistan", "Pakistan", "Bangladesh", "Iceland")


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    rows = {**{(country, 2040): 7.4 for country in COUNTRIES}, **{(country, 2041): 9.3 for country in COUNTRIES}}
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", rows)]


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("population"),
                              {(country, 2041): 13_400_000.0 for country in COUNTRIES},
                              {(country, 2041): 5.1e10 for country in COUNTRIES})


@pytest.mark.parametrize(("text", "code", "claim", "earlier"), [
    ("Дар соли 2041 сатҳи таваррум дар Тоҷикистон ба 9,3 фоиз расид, ки аз 7,4 фоизи соли 2040 зиёд аст.",
     "tg", "9,3 фоиз", "7,4 фоизи"),
    ("نرخ تورم در ایران در سال ۲۰۴۱ به ۹٫۳ درصد رسید که در سال ۲۰۴۰ ۷٫۴ درصد بود.", "fa", "۹٫۳ درصد", "۷٫۴ درصد"),
    ("تورم در افغانستان در سال 2041 به 9.3 فیصد رسید، در حالی که در سال 2040 این رقم 7.4 فیصد بود.",
     "fa", "9.3 فیصد", "7.4 فیصد"),
    ("پاکستان میں مہنگائی کی شرح ۲۰۴۱ میں ۹.۳ فیصد رہی جبکہ ۲۰۴۰ میں یہ ۷.۴ فیصد تھی۔", "ur", "۹.۳ فیصد", "۷.۴ فیصد"),
    ("বাংলাদেশে ২০৪১ সালে মূল্যস্ফীতি ৯.৩ শতাংশে দাঁড়িয়েছে, যা ২০৪০ সালে ছিল ৭.৪ শতাংশ।", "bn", "৯.৩ শতাংশে", "৭.৪ শতাংশ"),
])
def test_an_inflation_rate_and_the_one_before_it(cpi: list[Path], text: str, code: str, claim: str, earlier: str) -> None:
    assert detect(text) == code
    results = claim_results(text, cpi, "2042-03-01")
    assert results[claim].verdict is Verdict.supported, results[claim].explanation
    assert results[claim].evidence[0].period == "2041"
    assert results[earlier].verdict is Verdict.supported, results[earlier].explanation
    assert results[earlier].evidence[0].period == "2040"


@pytest.mark.parametrize(("text", "claim"), [
    ("Сатҳи таваррум дар Тоҷикистон дар соли 2041 ба 29,3 фоиз расид.", "29,3 фоиз"),
    ("نرخ تورم در ایران در سال ۲۰۴۱ به ۲۹٫۳ درصد رسید.", "۲۹٫۳ درصد"),
    ("پاکستان میں مہنگائی کی شرح ۲۰۴۱ میں ۲۹.۳ فیصد رہی۔", "۲۹.۳ فیصد"),
    ("বাংলাদেশে ২০৪১ সালে মূল্যস্ফীতি ২৯.৩ শতাংশে দাঁড়িয়েছে।", "২৯.৩ শতাংশে"),
    ("Verðbólga á Íslandi var 29,3% árið 2041.", "29,3%"),
])
def test_a_wrong_rate_is_contradicted(cpi: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, cpi, "2042-03-01")[claim]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("Шумораи аҳолии Тоҷикистон дар соли 2041 ба 13,4 миллион нафар расид.", "13,4 миллион", 13_400_000),
    ("جمعیت افغانستان در سال ۲۰۴۱ به ۱۳٫۴ میلیون نفر رسید.", "۱۳٫۴ میلیون", 13_400_000),
    ("پاکستان کی آبادی 2041 میں 13.4 ملین تک پہنچ گئی۔", "13.4 ملین", 13_400_000),
    ("২০৪১ সালে বাংলাদেশের জনসংখ্যা ১ কোটি ৩৪ লাখ।", "১ কোটি ৩৪ লাখ", 13_400_000),
    ("Mannfjöldi á Íslandi var 13,4 milljónir árið 2041.", "13,4 milljónir", 13_400_000),
])
def test_a_population_in_the_languages_scale_words(population: list[Path], text: str, claim: str, value: int) -> None:
    result = claim_results(text, population, "2042-03-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == value


@pytest.mark.parametrize(("text", "claim"), [
    ("Тибқи пешгӯии Бонки миллӣ, таваррум дар Тоҷикистон соли 2041 ба 9,3 фоиз мерасад.", "9,3 фоиз"),
    ("پیش بینی می شود تورم در ایران در سال ۲۰۴۱ به ۹٫۳ درصد خواهد رسید.", "۹٫۳ درصد"),
    ("توقع ہے کہ پاکستان میں مہنگائی ۲۰۴۱ میں ۹.۳ فیصد رہے گی۔", "۹.۳ فیصد"),
    ("পূর্বাভাস অনুযায়ী ২০৪১ সালে বাংলাদেশে মূল্যস্ফীতি ৯.৩ শতাংশ হবে।", "৯.৩ শতাংশ"),
    ("Seðlabankinn spáir því að verðbólga á Íslandi verði 9,3% árið 2041.", "9,3%"),
])
def test_a_forecast_is_no_outturn(cpi: list[Path], text: str, claim: str) -> None:
    # written before the year is out: the outturn published later does not support the forecast
    result = claim_results(text, cpi, "2041-03-01")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "projection", result.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("Инфляция в России в 2041 году составила 9,3 процента, то есть он был выше, чем годом ранее.", "ru"),
    ("ارتفع معدل التضخم في مصر إلى 9.3 في المئة في عام 2041 وفقا للجهاز المركزي.", "ar"),
    ("Inflasjonen i Norge var 9,3 prosent i 2041, og den var høyere enn året før.", "no"),
    ("Inflationen i Danmark var 9,3 procent i 2041 og er faldet siden.", "da"),
    # Kazakh written in Arabic letters, which no glossary reads: Arabic script's default, as before
    ("قالا حالقى – 12 431 220 ادام; اۋىل تۇرعىندارى – 7 583 355 ادام.", "ar"),
])
def test_the_neighbouring_languages_are_still_told_apart(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.fixture(scope="module")
def malaysia(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("malaysia") / "cpi", {("Malaysia", 2040): 7.4, ("Malaysia", 2041): 9.3})]


def test_malay_copy_is_read_by_the_indonesian_glossary(malaysia: list[Path]) -> None:
    # the two standards share their function words: Malay's own ('peratus', 'berbanding') are listed with Indonesian's
    text = "Kadar inflasi Malaysia meningkat kepada 9.3 peratus pada tahun 2041 berbanding 7.4 peratus pada tahun 2040."
    results = claim_results(text, malaysia, "2042-03-01")
    assert results["9.3 peratus"].verdict is Verdict.supported, results["9.3 peratus"].explanation
    assert results["9.3 peratus"].evidence[0].period == "2041"
    assert results["7.4 peratus"].evidence[0].period == "2040"


def test_a_malay_forecast_is_no_outturn(malaysia: list[Path]) -> None:
    result = claim_results("Inflasi di Malaysia dijangka mencecah 9.3 peratus pada tahun 2041.", malaysia,
                           "2041-03-01")["9.3 peratus"]
    assert result.verdict is Verdict.needs_review
    assert result.reason == "projection", result.explanation


@pytest.mark.parametrize(("text", "verb"), [
    ("قیمت آرد در ماه جوزا ۳.۴ درصد افزایش آمده است.", "increased"),
    ("صادرات کشور نسبت به سال گذشته ۲.۱ درصد کاهش آمده است.", "decreased"),
])
def test_dari_says_a_change_came_about(text: str, verb: str) -> None:
    """Dari writes 'an increase has come' ('افزایش آمده است') where Farsi writes 'افزایش یافته': both a rise."""
    assert verb in glossed(text, "fa")
