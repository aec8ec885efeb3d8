"""The core news words of the languages the checker read thinly: the verbs, periods and hedges written around
the figures the packages hold ('estimated', 'currently', 'next year', 'reached', 'against the dollar',
'a year earlier', births, monthly), in the inflected forms news writes them, so such a sentence is read whole:
a figure about a place or a series the packages lack is then `unsupported`, not left unread, and a forecast
word keeps its figure from being checked as an outturn. Sentences and packages invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, population_and_gdp, rates_package

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize(("code", "text"), [
    ("da", "Befolkningen nåede 5,9 millioner indbyggere ved udgangen af 2029, oplyser statistikbureauet."),
    ("da", "Inflationen ligger i øjeblikket på 2,5 procent og forventes at falde næste år."),
    ("no", "Kronekursen svekket seg til 10,9 kroner mot dollaren, og utslippene utgjorde 48,9 millioner tonn."),
    ("fi", "Bruttokansantuote henkeä kohden oli arviolta 53 000 dollaria, kertoo Tilastokeskus."),
    ("et", "Sündide arv langes ja eesti rahvaarv oli 1. jaanuari seisuga 1,37 miljonit inimest."),
    ("lv", "Ekonomika pagājušajā gadā auga par 2,8 procentiem, mazāk nekā prognozēts."),
    ("lt", "Euro kursas dolerio atžvilgiu nukrito, o gyventojų skaičius pasiekė 2,88 milijono."),
    ("is", "Verðbólga mældist 6,7 prósent og gengi krónunnar gagnvart dollar lækkaði."),
    ("af", "Die bevolking word op 62 miljoen mense geraam, en die rand het teen die dollar verswak."),
    ("tl", "Ang populasyon ay umabot sa 109 milyong katao batay sa senso, habang ang GDP per capita ay tinatayang 3,900 dolyar."),
    ("ha", "Yawan al'ummar kasar ya kai miliyan 220, kuma naira ta fadi a kan dala daya."),
    ("so", "Shilinka ayaa hoos u dhacay, dadka waxaa lagu qiyaasaa 18 milyan oo qof."),
    ("vi", "Dân số đạt khoảng 100,3 triệu người, và tỷ giá hiện ở mức 24.000 đồng."),
    ("az", "Əhalisi 10,1 milyon nəfərə çatıb, manatın dollara qarşı məzənnəsi isə 1,70 manat səviyyəsində qalıb."),
    ("ky", "Калкынын саны 7 миллион адамдан ашты, доллардын курсу 89,5 сомго чейин төмөндөдү."),
    ("tg", "Таваррум 3,8 фоизро ташкил дод, хабар дод Агентии омор."),
    ("mn", "Хүн ам 3.5 сая хүрлээ, төгрөгийн ханш 3400 төгрөгт хүрчээ."),
    ("ur", "ڈالر کے مقابلے میں روپے کی قدر 280 روپے پر آ گئی جبکہ فی کس آمدنی 1,680 ڈالر رہی۔"),
    ("fa", "جمعیت حدود ۸۵ میلیون نفر برآورد می‌شود و نرخ دلار در بازار آزاد به ۶۰ هزار تومان رسید."),
    ("he", "האוכלוסייה מונה כיום כ-9.8 מיליון תושבים, והפליטות הסתכמו ב-60 מיליון טון."),
    ("bn", "ডলারের বিপরীতে টাকার বিনিময় হার ১১০ টাকায় পৌঁছেছে।"),
    ("ne", "अमेरिकी डलरको विनिमय दर १३३ रुपैयाँ छ र मासिक मुद्रास्फीति ०.४ प्रतिशत रह्यो।"),
    ("ka", "მოსახლეობა 3.7 მილიონ ადამიანს შეადგენს, მთლიანი შიდა პროდუქტი კი 80 მილიარდ ლარს მიაღწია."),
    ("am", "ኢኮኖሚው 7.2 በመቶ አድጓል።"),
    ("my", "ဒေါ်လာတစ်ဒေါ်လာလျှင် ကျပ်ငွေ ၂၁၀၀ ဖြစ်သည်။"),
    ("lo", "ພົນລະເມືອງ ມີ 7,5 ລ້ານຄົນ, ເສດຖະກິດ ເຕີບໂຕ 4,2% ເມື່ອທຽບໃສ່ປີຜ່ານມາ."),
    ("km", "ប្រជាជនមានចំនួន ១៧ លាននាក់។"),
    ("km", "ចំនួនប្រជាជនបច្ចុប្បន្នមាន ១៧ លាននាក់ បើធៀបនឹងឆ្នាំមុន។"),
    ("lo", "ປະຊາກອນ ປັດຈຸບັນ ມີ ປະມານ 7,6 ລ້ານຄົນ, ຫຼຸດລົງ ຈາກ ປີກາຍ."),
    ("my", "လက်ရှိ ငွေလဲနှုန်းသည် ဒေါ်လာတစ်ဒေါ်လာလျှင် ကျပ်ငွေ ၂၁၀၀ ဖြစ်သည်။"),
])
def test_the_words_around_a_figure_are_all_read(code: str, text: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


@pytest.mark.parametrize(("code", "text", "english"), [
    ("da", "BNP var anslået 68.000 dollar", "estimated"),
    ("da", "inflationen ligger i øjeblikket på 2,5 procent", "currently"),
    ("fi", "ennustetaan kasvavan ensi vuonna", "next year"),
    ("he", "האינפלציה תעמוד על 2.5% בשנה הבאה", "next year"),
    ("az", "gələn il inflyasiyanın 5 faiz olacağını proqnozlaşdırır", "forecast"),
    ("ka", "გასული წლის ანალოგიურ პერიოდთან შედარებით 7 პროცენტით", "compared with the same period of the previous year"),
    ("lt", "pernai gimė 20 000 kūdikių", "born"),
    ("af", "0,3 persentasiepunt hoër as 'n jaar tevore", "higher"),
])
def test_the_words_read_as_the_english_they_say(code: str, text: str, english: str) -> None:
    assert english in glossed(text, code).lower()


@pytest.mark.parametrize(("code", "text"), [
    ("fi", "Hinnat ovat nousseet 4 prosenttia, ja euro on heikentynyt dollariin nähden."),
    ("is", "Verð hefur hækkað um 4 prósent á árinu og krónan hefur veikst gagnvart evru."),
    ("tg", "Нархҳо дар як соли охир 4 фоиз боло рафтанд, сомонӣ дар баробари доллар арзон шуд."),
    ("mn", "Үнэ сүүлийн нэг жилд 4 хувиар өсөж, төгрөг ам.долларын эсрэг суларсан."),
    ("he", "על פי ההערכות, המחירים עלו ב-4% בשנה האחרונה, והשקל נחלש מול הדולר."),
    ("am", "ዋጋዎች ባለፈው አንድ ዓመት ውስጥ በ4 በመቶ ጨምረዋል፣ ብር ከዶላር አንጻር ተዳክሟል።"),
    ("so", "Tusaha qiimaha macaamiisha ayaa kor u kacay 4 boqolkiiba, halka shilinku uu daciifay."),
    ("ha", "Ma'aunin farashin kayayyakin masarufi ya tashi da kashi 4 cikin 100, kuma hukumomi sun yi kiyasin karin."),
    ("az", "Proqnozlara görə, gələn il iqtisadi artım 4 faiz təşkil edəcək."),
    ("ne", "प्रक्षेपण अनुसार आगामी वर्ष मुद्रास्फीति करिब ४ प्रतिशत हुनेछ।"),
])
def test_a_currency_weakening_and_a_forecast_are_read(code: str, text: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


def test_bengali_writes_a_month_in_its_locative() -> None:
    assert "January" in glossed("মূল্যস্ফীতি জানুয়ারিতে ৯.৮৬ শতাংশে দাঁড়িয়েছে", "bn")


@pytest.fixture()
def chile(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Chile", 2029): 19.8e6, ("Chile", 2030): 20e6},
                              {("Chile", 2029): 380.0e9, ("Chile", 2030): 412.0e9})


@pytest.mark.parametrize(("text", "figure"), [
    ("Perus befolkning nåede 34 millioner indbyggere ved udgangen af 2030, oplyser statistikbureauet.",
     "34 millioner"),
    ("Perun väkiluku oli arviolta 34 miljoonaa asukasta vuonna 2030, kertoo tilastovirasto.", "34 miljoonaa"),
])
def test_a_place_the_packages_lack_read_whole_is_unsupported(chile: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, chile, "2031-06-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_place_the_packages_hold_read_whole_is_supported(chile: list[Path]) -> None:
    text = "Chiles befolkning nåede 20 millioner indbyggere i 2030, oplyser statistikbureauet."
    result = claim_results(text, chile, "2031-06-01")["20 millioner"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.fixture()
def rates(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path, {("Bangladesh", 2030): 110.0, ("Vietnam", 2030): 24000.0})]


@pytest.mark.parametrize(("text", "figure"), [
    ("২০৩০ সালে খোলা বাজারে প্রতি ডলার ১২০ টাকায় বিক্রি হয়েছে।", "১২০ টাকায়"),
    ("Năm 2030, tỷ giá trên thị trường tự do là 25.500 đồng.", "25.500 đồng"),
])
def test_a_rate_of_the_open_market_is_another_series_than_the_official_one(rates: list[Path], text: str,
                                                                           figure: str) -> None:
    result = claim_results(text, rates, "2031-06-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_year_before_the_dollars_genitive_is_no_sum_of_dollars(rates: list[Path]) -> None:
    results = claim_results("২০৩০ সালে ডলারের বিপরীতে টাকার বিনিময় হার ছিল ১১০ টাকা।", rates, "2031-06-01")
    assert list(results) == ["১১০ টাকা"]
    assert results["১১০ টাকা"].verdict is Verdict.supported, results["১১০ টাকা"].explanation


def test_icelandic_index_without_housing_is_another_series(tmp_path: Path) -> None:
    """'vísitala neysluverðs án húsnæðis' (the consumer price index excluding housing) is a series the data does
    not hold: its figure is unsupported whatever place is meant, while the headline index beside it is not."""
    from package_support import cpi_package

    cpi = cpi_package(tmp_path / "cpi", {("Iceland", 2030): 5.9, ("Norway", 2030): 4.1})
    found = claim_results("Á árinu 2030 hækkaði vísitala neysluverðs um 5,9 prósent og vísitala neysluverðs án "
                          "húsnæðis um 4,8 prósent á Íslandi.", [cpi], "2031-01-20")
    without_housing = found["4,8 prósent"]
    assert (without_housing.verdict, without_housing.reason) == (Verdict.unsupported, "other_series"), \
        without_housing.explanation
    assert found["5,9 prósent"].verdict is not Verdict.unsupported
