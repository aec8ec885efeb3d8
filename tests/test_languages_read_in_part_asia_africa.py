"""Sentences of Asian, Middle Eastern and African languages the glossary read only in part — Kazakh, Kyrgyz,
Georgian, Bengali, Swahili, Hausa, Arabic, Persian, Indonesian, Thai — read whole once the words news copy uses
around a measure the data does not hold are glossed (food prices, a natural increase, a county's population, a
quarter's growth, an index's level) and the measures news names most that no package holds (unemployment, interest
rates, wages, trade, a budget's deficit, debt, poverty): the English rules decide, and a figure no row can judge is
`unsupported`, not left for review as unread. Sentences written here; the packages are World Bank-shaped with
invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect, unknown_words
from workbench.models import Verdict

RATES = {("Kazakhstan", 2030): 6.1, ("Kyrgyzstan", 2030): 5.2, ("Georgia", 2030): 3.4, ("Iran", 2030): 31.0}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("asia_africa")
    return [*population_and_gdp(folder, {("Kazakhstan", 2030): 21_000_000.0, ("Russia", 2030): 140_000_000.0},
                                       {("Kazakhstan", 2030): 3.1e11, ("Russia", 2030): 2.2e12}),
            cpi_package(folder / "cpi", RATES)]


@pytest.mark.parametrize(("text", "code", "claim"), [
    # food prices, a group of the index: not the headline rate the data holds
    ("Қазақстанда азық-түлік бағасы 2030 жылы 9,4 пайызға өсті.", "kk", "9,4 пайызға"),
    ("Кыргызстанда азык-түлүктүн баасы 2030-жылы 12,1% кымбаттады.", "ky", "12,1%"),
    ("შემდეგ მოდის სურსათი და უალკოჰოლო სასმელები 9.8%-ით.", "ka", "9.8%"),
    # the men of the country, after a sentence naming its population: no row counts men
    ("দেশের মোট জনসংখ্যা ১৭ কোটি ১০ লাখ। এর মধ্যে পুরুষের সংখ্যা ৮ কোটি ৫০ লাখ।", "bn", "৮ কোটি ৫০ লাখ"),
    # births minus deaths, a rate the packages lack
    ("وبلغ معدل الزيادة الطبيعية في الأردن، أي الفرق بين المواليد والوفيات، 1.9 في المائة عام 2030، بحسب البيان.",
     "ar", "1.9 في المائة"),
    # an index's level, not its rate
    ("شاخص قیمت مصرف کننده ایران در سال ۲۰۳۰ به رقم ۳۱۲.۴ رسید که نسبت به سال قبل افزایش داشته است.", "fa",
     "۳۱۲.۴"),
    # gross domestic income per head, of a country with no GDP rows
    ("Badan Pusat Statistik mencatat pendapatan domestik bruto per kapita Indonesia naik 5,1 persen pada tahun 2030.",
     "id", "5,1 persen"),
    # a quarter's real growth, higher than the quarter before, driven by demand at home and abroad
    ("เศรษฐกิจไทยในไตรมาสที่ 2 ขยายตัวร้อยละ 4.2 สูงกว่า ร้อยละ 3.1 ในไตรมาสที่ 1 "
     "โดยมีปัจจัยหลักมาจากอุปสงค์ในประเทศและต่างประเทศ", "th", "ร้อยละ 3.1"),
])
def test_a_sentence_read_whole_that_no_row_can_judge_is_unsupported(packages: list[Path], text: str, code: str,
                                                                    claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, packages, "2031-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_headline_rate_beside_food_is_still_judged(packages: list[Path]) -> None:
    text = "Қазақстанда инфляция 2030 жылы 6,1 пайыз болды, азық-түлік бағасы 9,4 пайызға өсті."
    result = claim_results(text, packages, "2031-03-01")["6,1 пайыз"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("Kiyasin na baya-bayan nan ya nuna cewa akwai yiwuwar an samu karuwar mutane.", "ha"),
    ("Untuk nilai tukar, rupiah ditutup pada level (bid) yang sama.", "id"),
    # a county's population ('wingi wa watu'), estimated
    ("Sensa imeonyesha kuwa kaunti ya Mombasa inaongoza kwa wingi wa watu, ambao wamekadiriwa kuwa milioni 1.2.", "sw"),
])
def test_the_words_around_a_figure_are_known(text: str, code: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


@pytest.mark.parametrize(("text", "code", "claim"), [
    # the measures news copy names most that no package holds: unemployment, exports, debt, wages, a budget's deficit
    ("Tỷ lệ thất nghiệp của Việt Nam năm 2030 là 2,4%.", "vi", "2,4%"),
    ("Қазақстандағы жұмыссыздық деңгейі 2030 жылы 4,6% болды.", "kk", "4,6%"),
    ("Qazaxıstanda işsizlik səviyyəsi 2030-cu ildə 4,6% olub.", "az", "4,6%"),
    ("2030年哈萨克斯坦失业率为4.6%。", "zh", "4.6%"),
    ("საქართველოში 2030 წელს უმუშევრობის დონე 14.2% იყო.", "ka", "14.2%"),
    ("Հայաստանում գործազրկության մակարդակը 2030 թվականին կազմել է 13.1%:", "hy", "13.1%"),
    ("Tingkat pengangguran di Indonesia pada tahun 2030 sebesar 4,9 persen.", "id", "4,9 persen"),
    ("بلغ معدل البطالة في الأردن 21.4 في المائة عام 2030.", "ar", "21.4 في المائة"),
])
def test_a_measure_no_package_holds_is_unsupported(packages: list[Path], text: str, code: str, claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, packages, "2031-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
