"""Pashto, Amharic, Khmer, Lao, Burmese and Nepali news read through their glossaries, and the years of calendars that straddle two
Gregorian years.

Pashto writes Arabic script with its own letters and wraps a noun in a preposition and a postposition
('په افغانستان کې', in Afghanistan); Amharic writes Ge'ez script and glues its prepositions to the next word,
a figure's too ('በኢትዮጵያ', 'በ2041'); Khmer, Lao and Burmese write no spaces between words and their own digits ('៩.៣', '໙.໓', '၉.၃'); Nepali writes Devanagari as Hindi does, its
postpositions glued to a country's name ('नेपालमा', in Nepal). Afghanistan's and Iran's solar Hijri year ('۱۴۲۰', from March 2041
to March 2042), Nepal's Bikram Sambat year ('२०९८ साल', from April 2041 to April 2042) and Ethiopia's own year ('2034 ዓ.ም.', from September 2041 to September 2042) each straddle
two Gregorian years: a calendar-year row neither confirms nor refutes a figure of such a year, so it is
a different period (needs_review), never a figure of a wrong year. The packages are World Bank-shaped with
invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict

COUNTRIES = ("Afghanistan", "Ethiopia", "Iran", "Cambodia", "Nepal", "India", "Laos", "Myanmar")


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    rows = {**{(country, 2040): 7.4 for country in COUNTRIES}, **{(country, 2041): 9.3 for country in COUNTRIES},
            **{(country, 2042): 12.6 for country in COUNTRIES}}
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", rows)]


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("population"),
                              {(country, 2041): 13_400_000.0 for country in COUNTRIES},
                              {(country, 2041): 5.1e10 for country in COUNTRIES})


@pytest.mark.parametrize(("text", "code", "claim"), [
    ("په افغانستان کې انفلاسیون په ۲۰۴۱ کال کې ۹.۳ سلنې ته ورسېد.", "ps", "۹.۳ سلنې"),
    ("د احصایې ملي ادارې د راپور له مخې، په ۲۰۴۱ کال کې په افغانستان کې د بیو لوړوالی ۹.۳ سلنه و.", "ps", "۹.۳ سلنه"),
    ("በኢትዮጵያ የዋጋ ግሽበት በ2041 ወደ 9.3 በመቶ ደርሷል።", "am", "9.3 በመቶ"),
    ("អតិផរណានៅកម្ពុជាក្នុងឆ្នាំ២០៤១ បានកើនឡើងដល់ ៩.៣ ភាគរយ។", "km", "៩.៣ ភាគរយ"),
    ("नेपालमा मुद्रास्फीति सन् २०४१ मा ९.३ प्रतिशत पुगेको छ, जुन अघिल्लो वर्षको तुलनामा बढी हो।", "ne", "९.३ प्रतिशत"),    ("ອັດຕາເງິນເຟີ້ຂອງລາວໃນປີ ໒໐໔໑ ເພີ່ມຂຶ້ນເປັນ ໙.໓ ສ່ວນຮ້ອຍ", "lo", "໙.໓ ສ່ວນຮ້ອຍ"),    ("မြန်မာနိုင်ငံ၏ ငွေကြေးဖောင်းပွမှုနှုန်းသည် ၂၀၄၁ ခုနှစ်တွင် ၉.၃ ရာခိုင်နှုန်းအထိ မြင့်တက်ခဲ့သည်။", "my", "၉.၃ ရာခိုင်နှုန်း"),
])
def test_an_inflation_rate_of_a_gregorian_year(cpi: list[Path], text: str, code: str, claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, cpi, "2042-12-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2041"


@pytest.mark.parametrize(("text", "claim"), [
    ("په افغانستان کې انفلاسیون په ۲۰۴۱ کال کې ۲۹.۳ سلنې ته ورسېد.", "۲۹.۳ سلنې"),
    ("በኢትዮጵያ የዋጋ ግሽበት በ2041 ወደ 29.3 በመቶ ደርሷል።", "29.3 በመቶ"),
    ("អតិផរណានៅកម្ពុជាក្នុងឆ្នាំ២០៤១ បានកើនឡើងដល់ ២៩.៣ ភាគរយ។", "២៩.៣ ភាគរយ"),
    ("नेपालमा मुद्रास्फीति सन् २०४१ मा २९.३ प्रतिशत पुगेको छ।", "२९.३ प्रतिशत"),    ("ອັດຕາເງິນເຟີ້ຂອງລາວໃນປີ 2041 ເພີ່ມຂຶ້ນເປັນ 29,3 ສ່ວນຮ້ອຍ", "29,3 ສ່ວນຮ້ອຍ"),    ("မြန်မာနိုင်ငံ၏ ငွေကြေးဖောင်းပွမှုနှုန်းသည် ၂၀၄၁ ခုနှစ်တွင် ၂၉.၃ ရာခိုင်နှုန်းအထိ မြင့်တက်ခဲ့သည်။", "၂၉.၃ ရာခိုင်နှုန်း"),
])
def test_a_wrong_rate_is_contradicted(cpi: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, cpi, "2042-12-01")[claim]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    ("په ۲۰۴۱ کال کې د افغانستان نفوس ۱۳.۴ میلیونه تنه و.", "۱۳.۴ میلیونه"),
    ("በ2041 የኢትዮጵያ የሕዝብ ብዛት 13.4 ሚሊዮን ደርሷል።", "13.4 ሚሊዮን"),
    ("ចំនួនប្រជាជនកម្ពុជាមាន ១៣.៤ លាននាក់ក្នុងឆ្នាំ២០៤១។", "១៣.៤ លាន"),    ("ພົນລະເມືອງລາວມີ 13,4 ລ້ານຄົນໃນປີ 2041", "13,4 ລ້ານ"),    ("၂၀၄၁ ခုနှစ်တွင် မြန်မာနိုင်ငံ၏ လူဦးရေသည် ၁၃.၄ သန်း ရှိသည်။", "၁၃.၄ သန်း"),
])
def test_a_population_in_the_languages_scale_words(population: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, population, "2042-12-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == 13_400_000


@pytest.mark.parametrize(("text", "claim"), [
    # solar Hijri 1420 runs from March 2041 to March 2042; its rate equals neither year's row
    ("نرخ تورم در ایران در سال ۱۴۲۰ به ۹٫۳ درصد رسید.", "۹٫۳ درصد"),
    ("تورم در افغانستان در حوت ۱۴۲۰ به ۱۲٫۶ فیصد رسید.", "۱۲٫۶ فیصد"),
    ("میانگین تورم ایران در سال‌های ۱۴۲۰ حدود ۹٫۳ درصد بود.", "۹٫۳ درصد"),
    ("په افغانستان کې انفلاسیون په ۱۴۲۰ کال کې ۹.۳ سلنې ته ورسېد.", "۹.۳ سلنې"),
    # Ethiopian year 2034 runs from September 2041 to September 2042, its budget year from July
    ("በኢትዮጵያ የዋጋ ግሽበት በ2034 ዓ.ም. 9.3 በመቶ ደርሷል።", "9.3 በመቶ"),
    ("በኢትዮጵያ የዋጋ ግሽበት በ2034 በጀት ዓመት 20.5 በመቶ ደርሷል።", "20.5 በመቶ"),
    # Bikram Sambat 2098 runs from April 2041 to April 2042
    ("नेपालमा २०९८ सालमा मुद्रास्फीति ९.३ प्रतिशत थियो।", "९.३ प्रतिशत"),
])
def test_a_year_of_a_calendar_that_straddles_two_gregorian_years_is_another_period(
        cpi: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, cpi, "2043-06-01")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "2041" in result.explanation and "2042" in result.explanation, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    # a 14xx figure with no word of the year around it counts something: here thousands of people
    ("جمعیت ایران در سال ۲۰۴۱ به ۱۴۰۲ هزار نفر رسید.", "۱۴۰۲ هزار"),
    ("په ۲۰۴۱ کال کې د افغانستان نفوس ۱۴۰۲ زره تنه و.", "۱۴۰۲ زره"),
    # 'میزان' is a Dari month and an amount: before a scale word the figure is the amount's
    ("جمعیت ایران در سال ۲۰۴۱ به میزان ۱۴۰۲ هزار نفر رسید.", "۱۴۰۲ هزار"),
])
def test_a_figure_in_the_calendars_range_without_its_words_is_no_year(population: list[Path], text: str,
                                                                        claim: str) -> None:
    result = claim_results(text, population, "2042-12-01")[claim]
    assert result.claim.value == 1_402_000
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("نرخ تورم در ایران در سال ۲۰۴۱ به ۹٫۳ درصد رسید که از سال قبل بیشتر است.", "fa"),
    ("پاکستان میں مہنگائی کی شرح ۲۰۴۱ میں ۹.۳ فیصد رہی جبکہ پچھلے سال یہ کم تھی۔", "ur"),
    ("ارتفع معدل التضخم في مصر إلى 9.3 في المئة في عام 2041 وفقا للجهاز المركزي.", "ar"),
    ("भारत में महंगाई दर 2041 में 9.3 प्रतिशत रही।", "hi"),
])
def test_the_neighbouring_languages_are_still_told_apart(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize(("text", "claim"), [
    # Yekatit, the sixth Ethiopian month, began on 8 February 2042: of the Ethiopian year begun in September 2041
    ("የኢትዮጵያ የዋጋ ግሽበት የካቲት ወር 9.3 በመቶ ደርሷል።", "9.3 በመቶ"),
    ("የኢትዮጵያ የዋጋ ግሽበት ከጥር 7.4 በመቶ በየካቲት ወደ 9.3 በመቶ ከፍ ብሏል።", "9.3 በመቶ"),
    # a month with its year: the year is the Ethiopian one, marked or not
    ("የኢትዮጵያ የዋጋ ግሽበት በየካቲት 2034 9.3 በመቶ ደርሷል።", "9.3 በመቶ"),
])
def test_a_month_of_the_ethiopian_calendar_is_no_gregorian_year(cpi: list[Path], text: str, claim: str) -> None:
    # the month's rate equals the 2041 row by chance: a month of another calendar is never supported by a year's average
    result = claim_results(text, cpi, "2042-03-07")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "2041" in result.explanation and "2042" in result.explanation, result.explanation


def test_the_second_place_of_an_amharic_pair_is_read_by_its_news_spelling(tmp_path: Path) -> None:
    """'ዚምባቡዌ', as Amharic news spells Zimbabwe (CLDR writes 'ዚምቧቤ'): the second figure of a sentence pairing two
    countries' rates is Zimbabwe's, never read against the first country's row."""
    cpi = [cpi_package(tmp_path / "cpi", {("Ethiopia", 2041): 30.2, ("Zimbabwe", 2041): 61.5})]
    text = "በኢትዮጵያ የዋጋ ግሽበት በ2041 30.2 በመቶ ሲሆን፣ ዚምባቡዌ በ2041 61.5 በመቶ የዋጋ ግሽበት አስመዝግባለች።"
    result = claim_results(text, cpi, "2042-12-01")["61.5 በመቶ"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Zimbabwe" in result.evidence[0].dimensions.values(), result.evidence[0].dimensions
