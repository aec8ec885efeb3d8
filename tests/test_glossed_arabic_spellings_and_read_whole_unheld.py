"""Sentences read in part until now, read whole: Arabic written with its letters either way ('ى'/'ي', 'ة'/'ه', an alif
with or without its hamza: 'الي'/'إلى', 'المائه'/'المائة') is keyed as one spelling, so a figure is read and judged the
same however its copy types them; a date of a language's own calendar the gloss reads ('دی ماه ۱۴۰۲') is no unknown
word; and news words of German, Spanish, Italian, Korean, Persian and Thai a sentence about a total, a
slowdown or an index level the data does not hold needs, so it is `unsupported` as in English, not left for review
as unread. Sentences written here; the packages hold invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

from workbench.languages import language, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("read_whole_unheld")
    return [cpi_package(folder / "cpi"),
            carbon_package(folder / "co2", {("GERMANY", 2039): 250000.0, ("CHINA", 2039): 2900000.0})]


@pytest.mark.parametrize(("written", "plain"), [
    ("إلى", "الي"), ("على", "علي"), ("أسعار", "اسعار"), ("البطالة", "البطاله"), ("أعلنت", "اعلنت")])
def test_an_arabic_word_is_read_however_its_letters_are_typed(written: str, plain: str) -> None:
    arabic = language("ar")
    assert arabic is not None
    assert arabic.gloss_of(plain) == arabic.gloss_of(written) != written


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # Chile's 2021 row is 4.5 %: typed with plain alifs, 'ي' for 'ى' and 'ه' for 'ة', the sentence is read as typed
    # with them
    ("ارتفعت اسعار المستهلكين في تشيلي الي 4.5 في المائه علي اساس سنوي في 2021.", "4.5 في المائه", Verdict.supported),
    ("ارتفعت اسعار المستهلكين في تشيلي الي 7.5 في المائه علي اساس سنوي في 2021.", "7.5 في المائه",
     Verdict.contradicted),
    ("ارتفعت اسعار المستهلكين في مصر الي 9 في المائه علي اساس سنوي في 2021.", "9 في المائه", Verdict.unsupported),
])
def test_an_arabic_figure_typed_with_plain_letters_is_judged(packages: list[Path], text: str, claim: str,
                                                              verdict: Verdict) -> None:
    result = claim_results(text, packages, "2022-03-01")[claim]
    assert result.verdict is verdict, result.explanation


def test_a_month_of_the_solar_calendar_is_no_unknown_word() -> None:
    text = "در آذر ماه ۱۴۰۲، شاخص کل قیمت مصرف کننده به عدد ۳۱۲.۸ رسید که افزایش ماهانه را نشان میدهد."
    assert unknown_words(text, "fa", capitals=True) == []


@pytest.mark.parametrize(("text", "claim"), [
    # a world total, and a country's share of it: neither is a row of a by-country file
    ("Im Jahr 2039 entfielen von den damaligen weltweiten 41.200 Mio t CO2-Emissionen auf Deutschland 2,1 Prozent.",
     "41.200 Mio t"),
    ("Im Jahr 2039 entfielen von den damaligen weltweiten 41.200 Mio t CO2-Emissionen auf Deutschland 2,1 Prozent.",
     "2,1 Prozent"),
    ("Zwanzig Jahre später waren es inzwischen stark angewachsenen weltweiten 52.900 Mio t CO2, wobei Deutschland anteilig "
     "nur noch 1,2 Prozent ausmachte.", "52.900 Mio t"),
    # a region's slowdown in points, and an index level on a base no package holds
    ("La desaceleración de la inflación regional fue de 0,7 puntos porcentuales en 2039, principalmente por los "
     "resultados de Chile, añade el informe.", "0,7 puntos porcentuales"),
    ("A marzo 2039 l'indice dei prezzi al consumo (IPC) è salito, attestandosi a 118,2 punti (dicembre 2035 = 100).",
     "118,2 punti"),
    ("통계청은 2039년 소비자물가 지수가 131.40(2035년=100)으로 전년 대비 3.2% 상승했다고 발표했다.", "131.40"),
    ("ดัชนีราคาผู้บริโภคทั่วไป (CPI) เดือนมีนาคม 2582 เท่ากับ 131.40 ส่งผลให้อัตราเงินเฟ้อ ไม่สูงมากนัก", "131.40"),
])
def test_a_sentence_read_whole_that_no_row_judges_is_unsupported(packages: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, packages, "2040-06-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_persian_index_level_of_a_solar_month_is_unsupported(packages: list[Path]) -> None:
    text = "در آذر ماه ۱۴۰۲، شاخص کل قیمت مصرف کننده به عدد ۳۱۲.۸ رسید که افزایش ماهانه را نشان میدهد."
    result = claim_results(text, packages, "2024-01-10")["۳۱۲.۸"]
    assert result.verdict is Verdict.unsupported, result.explanation
