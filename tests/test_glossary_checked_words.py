"""Glossary words checked against the statistics offices' and newspapers' own wording (languages.json):
Thai 'เมื่อเทียบกับเดือนเดียวกันของปีก่อน' (against the same month of the year before), 'ทั้งปี' (the whole
year) and 'เงินเฟ้อพื้นฐาน' (core inflation, which the headline row cannot judge); Georgian 'გაძვირდა' (grew
dearer); Armenian plural verbs ('գներն աճել են') and 'տոկոսային կետով' (by percentage points); Mongolian
'өсжээ', 'буурав', 'нэгж хувиар'; Vietnamese 'so với cùng kỳ' with or without its year; Uzbek 'inflyasiya' (the
spelling newspapers use beside 'inflyatsiya'), 'o‘sgan', core 'asosiy inflyatsiya', and 'oʻ' typed with any apostrophe;
Kazakh 'тұтыну баға индексі', 'жылдық мәнде', 'өсіпті'; Arabic 'معدل التضخم السنوى' (Egyptian copy's final 'ى') and core
'معدل التضخم الأساسي' ('للتضخم الأساسي' after a rate's noun); Azerbaijani
'bahalaşıb', 'ötən ilin eyni dövrünə nisbətən'; Greek core 'πυρήνας πληθωρισμού' and 'αυξήθηκαν'. Sentences and
figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Thailand", 2022): 6.1, ("Thailand", 2023): 1.2, ("Georgia", 2023): 2.5, ("Armenia", 2022): 8.6,
        ("Armenia", 2023): 2.0, ("Mongolia", 2023): 10.3, ("Uzbekistan", 2023): 10.0, ("Kazakhstan", 2023): 14.7, ("Egypt", 2023): 33.9, ("Azerbaijan", 2023): 8.8, ("Greece", 2023): 3.5, ("Viet Nam", 2022): 3.2, ("Viet Nam", 2023): 3.3}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("อัตราเงินเฟ้อทั่วไปของไทยในปี 2023 เฉลี่ยทั้งปีสูงขึ้นร้อยละ 1.2 เมื่อเทียบกับปีก่อน", "ร้อยละ 1.2", Verdict.supported),
    # core inflation is another series than the headline row: no contradiction by the headline figure
    ("อัตราเงินเฟ้อพื้นฐานของไทยในปี 2023 เฉลี่ยทั้งปีสูงขึ้นร้อยละ 1.3", "ร้อยละ 1.3", Verdict.unsupported),
    ("2023 წელს საქართველოში ფასები საშუალოდ 2.5 პროცენტით გაძვირდა.", "2.5 პროცენტით", Verdict.supported),
    ("2023 թվականին Հայաստանում սպառողական գներն աճել են միջինը 2 տոկոսով:", "2 տոկոսով", Verdict.supported),
    ("2023 թվականին Հայաստանում գնաճը նվազել է 6,6 տոկոսային կետով:", "6,6 տոկոսային կետով", Verdict.supported),
    ("Монгол улсад хэрэглээний бараа үйлчилгээний үнэ 2023 онд дунджаар 10.3 хувиар өсжээ.", "10.3 хувиар", Verdict.supported),
    ("Chỉ số giá tiêu dùng bình quân năm 2023 của Việt Nam tăng 3,3% so với cùng kỳ năm ngoái.", "3,3%", Verdict.supported),
    # the year after 'so với cùng kỳ' is the base, not the figure's year
    ("Chỉ số giá tiêu dùng bình quân năm 2023 của Việt Nam tăng 3,2% so với cùng kỳ năm 2022.", "3,2%", Verdict.contradicted),
    ("O‘zbekistonda 2023-yilda umumiy yillik inflyasiya 10 foizni tashkil etdi.", "10 foizni", Verdict.supported),
    ("O‘zbekistonda 2023-yilda asosiy inflyatsiya 9,5 foizni tashkil etdi.", "9,5 foizni", Verdict.unsupported),
    ("2023 жылы Қазақстанда тұтыну баға индексі жылдық мәнде орташа 14,7 пайызға өсіпті.", "14,7 пайызға", Verdict.supported),
    ("ارتفع معدل التضخم السنوى في مصر خلال عام 2023 إلى 33.9%.", "33.9%", Verdict.supported),
    ("ارتفع معدل التضخم الأساسي في مصر خلال عام 2023 إلى 35.1%.", "35.1%", Verdict.unsupported),
    # core inflation after the article-and-preposition prefix ('the annual rate of core inflation')
    ("ارتفع المعدل السنوي للتضخم الأساسي في مصر خلال عام 2023 إلى 35.1%.", "35.1%", Verdict.unsupported),
    ("2023-cü ildə Azərbaycanda istehlak qiymətləri ötən ilin eyni dövrünə nisbətən orta hesabla 8,8 faiz bahalaşıb.",
     "8,8 faiz", Verdict.supported),
    ("Οι τιμές καταναλωτή στην Ελλάδα αυξήθηκαν κατά μέσο όρο 3,5% το 2023.", "3,5%", Verdict.supported),
    ("Ο πυρήνας πληθωρισμού στην Ελλάδα επιταχύνθηκε στο 5,3% το 2023.", "5,3%", Verdict.unsupported),
])
def test_checked_words_read_to_the_measure_and_year(cpi: Path, text: str, claim: str, verdict: Verdict) -> None:
    found = claim_results(text, [cpi], "2024-02-01")
    assert found[claim].verdict is verdict, found[claim].explanation


@pytest.mark.parametrize(("code", "text", "english"), [
    ("th", "ดัชนีราคาผู้บริโภคสูงขึ้นร้อยละ 0.6 เมื่อเทียบกับเดือนเดียวกันของปีก่อน",
     "compared with the same month of the previous year"),
    # 'ปล่อยก๊าซ' (gives off gas), not bare 'ปล่อย' (release), names emissions
    ("th", "ปีที่แล้วไทยปล่อยก๊าซเรือนกระจก 280 ล้านตัน", "greenhouse gas emissions"),
    ("th", "สินเชื่อขยายตัวร้อยละ 5 จากระยะเดียวกันของปีก่อน", "grew 5% from the same period of the previous year"),
    ("mn", "Үнэ оны эхнээс 6.2 хувь өсжээ.", "since the beginning of the year"),
    ("vi", "Chỉ số giá đô la Mỹ tăng 0,57% so với tháng trước.", "US dollars"),
])
def test_agency_wording_is_glossed(code: str, text: str, english: str) -> None:
    from workbench.languages import gloss_paragraphs

    assert english in " ".join(gloss_paragraphs(text, [(0, len(text), code)]).text.split())


@pytest.mark.parametrize("apostrophe", ["\u2018", "\u02bb", "\u2019", "'", "\u02bc"])
def test_uzbek_o_with_any_apostrophe_names_the_country(cpi: Path, apostrophe: str) -> None:
    text = f"O{apostrophe}zbekistonda 2023 yilda narxlar o{apostrophe}rtacha 10 foizga o{apostrophe}sgan."
    assert claim_results(text, [cpi], "2024-02-01")["10 foizga"].verdict is Verdict.supported


CORE_ROWS = {("Russia", 2023): 5.9, ("Turkey", 2023): 53.9, ("Poland", 2023): 11.4, ("Korea", 2023): 3.6,
             ("Indonesia", 2023): 3.7, ("Czechia", 2023): 10.7, ("Sweden", 2023): 8.5, ("Romania", 2023): 10.4,
             ("Slovakia", 2023): 10.5, ("Kazakhstan", 2023): 14.7}


@pytest.mark.parametrize(("text", "claim"), [
    ("Базовая инфляция в России в 2023 году составила 6,8%.", "6,8%"),
    ("Türkiye'de çekirdek enflasyon 2023 yılında yüzde 64,8 oldu.", "yüzde 64,8"),
    ("Inflacja bazowa w Polsce w 2023 roku wyniosła 10,1 proc.", "10,1 proc"),
    ("2023년 한국의 근원물가는 4.1% 올랐다.", "4.1%"),
    ("Inflasi inti Indonesia pada 2023 sebesar 1,8 persen.", "1,8 persen"),
    ("Jádrová inflace v Česku v roce 2023 činila 8,5 procenta.", "8,5 procenta"),
    ("Kärninflationen i Sverige var 7,6 procent under 2023.", "7,6 procent"),
    ("Inflatia de baza in Romania a fost de 11,9% in 2023.", "11,9%"),  # written without diacritics
    ("Jadrová inflácia na Slovensku dosiahla za rok 2023 hodnotu 11,5 %.", "11,5 %"),
    # 'базалық инфляция', not bare 'базалық', which also names the base rate ('базалық мөлшерлеме')
    ("Қазақстанда 2023 жылы базалық инфляция жылдық мәнде 12,5%-ға жетті.", "12,5%"),
])
def test_core_inflation_is_not_judged_by_the_headline_row(tmp_path: Path, text: str, claim: str) -> None:
    """The central banks' and statistics offices' own word for core inflation ('базовая инфляция', 'çekirdek
    enflasyon', 'inflacja bazowa', '근원물가', 'inflasi inti', 'jádrová inflace', 'kärninflationen', 'inflația de bază', 'jadrová inflácia') names a series the headline
    package does not hold: no verdict from the headline figure."""
    found = claim_results(text, [cpi_package(tmp_path / "cpi", CORE_ROWS)], "2024-02-01")
    assert found[claim].verdict is Verdict.unsupported, found[claim].explanation
