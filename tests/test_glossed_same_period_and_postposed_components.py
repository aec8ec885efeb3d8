"""A year-to-date rate of the year before, and a price index's part named before its postposition, as other
languages write them.

Uzbek copy types 'oʻ' with '‘' inside a word ('o‘tgan'): a glossary phrase opening with such a word ('o‘tgan yilning
mos davri', the same period of last year) is read whole, so a bracketed rate of that period is the same months of
the year before, not that year's annual average. Azerbaijani names a part of the index before a postposition and
the rate after it ('ərzaq məhsulları üzrə illik inflyasiya', glossed 'foodstuffs for annual inflation'): the figure
is that part's, another series than the headline. The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi",
                        {("Uzbekistan", 2040): 9.4, ("Georgia", 2040): 6.2, ("Serbia", 2040): 7.1})]


def _gloss(text: str, code: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), code)]).text


@pytest.mark.parametrize("written", ["o‘tgan", "oʻtgan", "o'tgan", "o’tgan"])
def test_an_uzbek_phrase_opening_with_an_apostrophe_word_is_read_whole(written: str) -> None:
    text = f"Narxlar {written} yilning mos davriga nisbatan oshdi."
    assert "compared with the same period of last year" in _gloss(text, "uz")
    assert "the same period of last year (" in _gloss(f"Narxlar {written} yilning mos davriga (3,1%) nisbatan oshdi.", "uz")


@pytest.mark.parametrize("text", [
    "O‘zbekistonda joriy yil olti oyi yakunlari bo‘yicha inflyatsiya darajasi o‘tgan yilning mos davriga (3,1%) "
    "nisbatan yuqori bo‘lib, 5,6 foizni tashkil etdi.",
    "Ўзбекистонда жорий йил олти ойи якунлари бўйича инфляция даражаси ўтган йилнинг мос даврига (3,1%) "
    "нисбатан юқори бўлиб, 5,6 фоизни ташкил этди.",
])
def test_an_uzbek_rate_of_the_same_months_last_year_is_another_period(cpi: list[Path], text: str) -> None:
    results = claim_results(text, cpi, date="2041-07-20")
    figure = next(r for surface, r in results.items() if "3,1" in surface)
    assert figure.verdict is Verdict.needs_review, figure.explanation


@pytest.mark.parametrize("text, claim", [
    ("Gürcüstanda ərzaq məhsulları və spirtsiz içkilər üzrə illik inflyasiya 2040-cı ildə 15,3% olub.", "15,3%"),
    ("In Serbia, food annual inflation was 15.3% in 2040.", "15.3%"),
    ("Oziq-ovqat mahsulotlari inflyatsiyasi 2040 yilda O‘zbekistonda 15,3 foizni tashkil etdi.", "15,3 foizni"),
])
def test_a_parts_rate_named_before_its_noun_is_another_series(cpi: list[Path], text: str, claim: str) -> None:
    figure = claim_results(text, cpi, date="2041-02-01")[claim]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), figure.explanation


def test_the_headline_rate_beside_a_basis_word_keeps_the_headline_row(cpi: list[Path]) -> None:
    figure = claim_results("In Serbia, annual inflation was 7.1% in 2040.", cpi, date="2041-02-01")["7.1%"]
    assert figure.verdict is Verdict.supported, figure.explanation


@pytest.mark.parametrize("text, code, english", [
    ("По сравнению с маем годичная инфляция снизилась.", "ru", "annual inflation"),
    ("ارتفع التضخم في النصف الأول من العام الجاري", "ar", "the first half of this year"),
])
def test_period_words_of_russian_and_arabic_copy(text: str, code: str, english: str) -> None:
    assert english in _gloss(text, code)


def test_a_kazakh_rate_in_latin_letters_on_a_kazakh_page_is_read(cpi: list[Path], tmp_path: Path) -> None:
    # 'in June, annual inflation in our country slowed to 7.3 %' in Kazakh's Latin alphabet: read, placed in
    # Kazakhstan by the page's address, and a month's 12-month rate of no year named is left for a person
    text = "Maýsymda elimizde jyldyq ınflıasııa 7,3% boldy."
    assert "annual inflation" in _gloss(text, "kk")
    package = [cpi_package(tmp_path / "cpi", {("Kazakhstan", 2040): 9.9})]
    figure = claim_results(text, package, date=None, url="https://lat.news.kz/article/inflation")["7,3%"]
    assert figure.verdict is Verdict.needs_review, figure.explanation


def test_kazakhs_there_is_is_no_english_bar() -> None:
    # left as written, 'bar' after a figure read as a target's noun ('… 5 100 000 residents bar')
    glossed = _gloss("Aýyldarda 5 100 000 turǵyn bar.", "kk")
    assert "bar" not in glossed.split() and "there are" in glossed
