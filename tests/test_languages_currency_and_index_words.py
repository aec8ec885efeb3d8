"""Words of currency and price-index copy that left whole sentences unread (``unknown_language_words``): a currency's
appreciation and depreciation and its parallel market (French, Portuguese; Korean its depreciation), a trend and single digits
(Portuguese), what a year accumulated (Spanish), a price index excluding fresh food and a month of a two-digit year
(Japanese), an average (Thai), the groups of a price index (Mongolian), an index's points (Malay), a rank written
'3번째' (Korean). Each sentence is written here; every word of it is now read, and a rate of a currency no package
holds, or a year a series does not reach, is ``unsupported`` by its reading instead of going to a person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, claim_starting, cpi_package, rates_package

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize(("code", "text", "english"), [
    ("fr", "Hier mardi, un euro se change contre 5 120 ariary sur le marché parallèle.", "parallel market"),
    ("fr", "Par exemple, la dépréciation nominale du franc guinéen a atteint 3,4% par rapport au dollar.", "depreciation"),
    ("fr", "Selon la banque centrale, le cedi ne fait que se déprécier par rapport au dollar.", "depreciate"),
    ("pt", "O índice de preços desceu para 7,2% em abril, prosseguindo a tendência de queda.", "trend"),
    ("pt", "A liderança das desvalorizações é do peso chileno, com queda de 9,4%, seguido pelo rand.", "depreciations"),
    ("pt", "Até quarta-feira, o iene teve valorização de 1,2%.", "Wednesday"),
    ("es", "Bolivia fue el país del continente americano que menos inflación acumuló: 2,1% en el año.", "accumulated"),
    ("ja", "総務省が同時に公表した生鮮食品を除く消費者物価指数は、前年同月比2.1%上昇した。", "excluding"),
    ("ja", "24年11月の消費者物価指数は108.9だった。", "November 2024"),
    ("th", "เดือนตุลาคม 2567 มีค่าเฉลี่ยอยู่ที่ 34.10 บาทต่อดอลลาร์สหรัฐ", "average"),
    ("mn", "Хувцас, гутлын бүлгийн үнэ 6.2 хувиар нэмэгдсэн нь голлон нөлөөлсөн аж.", "footwear"),
    ("id", "Indeks harga pengguna pada bulan berkenaan bertambah kepada 131.5 mata.", "131.5 points"),
    ("ko", "주요국 통화는 모두 달러화에 대해 절하됐으며 평균 절하율은 5.1%였다.", "depreciation rate"),
    ("ko", "올해 원화의 절하율은 3번째로 작은 편이었다.", "3rd"),
])
def test_a_sentence_of_these_words_is_read_whole(code: str, text: str, english: str) -> None:
    assert unknown_words(text, code, capitals=True) == []
    assert english in glossed(text, code)


@pytest.mark.parametrize(("code", "text", "english"), [
    # a change and the currency it is of, named by a noun and an adjective
    ("pt", "Portugal, com uma redução de 9%, foi o país com a maior queda.", "a reduction"),
    ("pt", "A moeda brasileira terminou o ano com alta de 5%.", "the Brazilian real"),
    # a currency's move quoted against another: 'contre' before a currency is 'against', not 'compared with'
    ("fr", "L'euro a reculé de 7% depuis janvier contre la devise américaine.", "against the US currency"),
    ("fr", "Le rand a perdu 4% contre le dollar.", "against the dollar"),
    # a policy rate's move in basis points
    ("ar", "رفع البنك المركزي سعر الفائدة بمقدار 75 نقطة أساس.", "75 basis points"),
    # the last month of the year, the month a change is of
    ("it", "I prezzi sono saliti dell'1% nell'ultimo mese dell'anno.", "last month of the year"),
    # a position in a ranking
    ("vi", "Nga đứng ở vị trí thứ chín trên thế giới.", "position ninth"),
])
def test_a_move_and_its_rank_words_are_read(code: str, text: str, english: str) -> None:
    assert english in glossed(text, code)


def test_a_two_digit_year_alone_stays_a_count_of_years() -> None:
    # '41年ぶり' is 'the first time in 41 years', no year 2041
    assert "2041" not in glossed("物価の伸びは41年ぶりの大きさだった。", "ja")


@pytest.mark.parametrize(("make_package", "rows", "text", "date", "figure"), [
    (rates_package, {("Euro Area", 2024): 0.92, ("South Africa", 2024): 18.3},
     "Hier mardi, un euro se change contre 5 120 ariary sur le marché parallèle.", "2024-05-08", "5 120"),
    (cpi_package, {("Bolivia", 2015): 4.1, ("Bolivia", 2016): 3.6},
     "Bolivia cerró el 2022 como el país del continente americano que menos inflación acumuló: 3,1%.", "2023-01-20", "3,1%"),
], ids=["a parallel market rate of a currency no package holds", "inflation a year accumulated after the series ends"])
def test_a_sentence_read_whole_is_unsupported_by_its_reading(
        tmp_path: Path, make_package: Callable[[Path, dict[tuple[str, int], float]], Path],
        rows: dict[tuple[str, int], float], text: str, date: str, figure: str) -> None:
    result = claim_starting(claim_results(text, [make_package(tmp_path, rows)], date), figure)
    assert result.verdict is Verdict.unsupported
    assert result.reason != "unknown_language_words"
