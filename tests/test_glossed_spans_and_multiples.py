"""Phrases of a span or a multiple that copy in other languages writes its own way, read as English reads
them (workbench/data/languages.json 'figure_ranges', 'before_multiple', 'before_duration',
'figure_multiple_suffixes'):

- a multiple: Russian 'в 4,2 раза', Ukrainian 'у 4,2 раза' read '4.2 times', German '4,2-fach' '4.2 times';
- a span of years: Portuguese and Spanish 'de 2000 a 2023', Russian 'с 2000 по 2023' read 'from 2000 to 2023';
- a change's start and end written with a currency's sign, an aside and a period between them
  ('de US$ 80 bilhões (…) no início do século para pouco mais de US$ 336 bilhões'): the start is where the
  change began, no level of the draft's year to contradict;
- a figure counting years after a preposition ('em 23 anos', 'på 5 år') is a span ('in 23 years'), not an
  amount's 'at'.

The package is publisher-shaped with invented figures: GDP in current US dollars."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, publisher_package

from workbench.models import Verdict

# 336 / 80 = 4.2 times from 2000 to 2023
GDP = {("Chile", 2000): 80e9, ("Chile", 2022): 300e9, ("Chile", 2023): 336e9,
       ("Norway", 2000): 170e9, ("Norway", 2022): 590e9, ("Norway", 2023): 485e9}


@pytest.fixture()
def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "GDP (current US$)", GDP,
                             description="Gross domestic product in current US dollars")


@pytest.mark.parametrize(("text", "claim"), [
    ("ВВП Чили вырос в 4,2 раза с 2000 по 2023 год.", "4,2 раза"),
    ("ВВП Чилі зріс у 4,2 раза з 2000 по 2023 рік.", "4,2 раза"),
])
def test_a_multiple_after_its_preposition_is_so_many_times(gdp: Path, text: str, claim: str) -> None:
    result = claim_results(text, [gdp], "2024-05-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    wrong = claim_results(text.replace("4,2", "6,5"), [gdp], "2024-05-01")[claim.replace("4,2", "6,5")]
    assert wrong.verdict is not Verdict.supported, wrong.explanation


@pytest.mark.parametrize(("text", "claim"), [
    ("O PIB do Chile cresceu 4,2 vezes de 2000 a 2023.", "4,2 vezes"),
    ("El PIB de Chile creció 4,2 veces de 2000 a 2023.", "4,2 veces"),
])
def test_a_span_of_two_years_reads_from_and_to(gdp: Path, text: str, claim: str) -> None:
    result = claim_results(text, [gdp], "2024-05-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert {c.period for c in result.evidence[0].cells} == {"2000", "2023"}


def test_a_hyphenated_german_multiple_reads_times() -> None:
    assert "4.2 times" in glossed("Die Wirtschaft wuchs 4,2-fach, der Export um das 3-Fache.", "de")
    assert "by 3 times" in glossed("Die Wirtschaft wuchs 4,2-fach, der Export um das 3-Fache.", "de")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("O PIB do Chile passou de US$ 80 bilhões (R$ 400 bilhões) no início do século para cerca de "
     "US$ 336 bilhões.", "US$ 80 bilhões", "US$ 336 bilhões"),
    ("El PIB de Chile pasó de US$ 80.000 millones (unos 70.000 millones de euros) a principios de siglo a "
     "cerca de US$ 336.000 millones.", "US$ 80.000 millones", "US$ 336.000 millones"),
])
def test_a_change_written_with_currency_signs_starts_where_it_began(gdp: Path, text: str, start: str,
                                                                    end: str) -> None:
    results = claim_results(text, [gdp], "2024-05-01")
    assert results[start].verdict is not Verdict.contradicted, results[start].explanation
    assert results[end].verdict is Verdict.supported, results[end].explanation


@pytest.mark.parametrize(("text", "code", "read"), [
    ("A economia cresceu 40% em 23 anos e a inflação fechou em 5,79%.", "pt", "in 23 years"),
    ("Priserna steg med 30 procent på 5 år.", "sv", "in 5 year"),
])
def test_a_figure_counting_years_is_a_span(text: str, code: str, read: str) -> None:
    english = glossed(text, code)
    assert read in english
    if code == "pt":
        assert "closed at 5.79%" in english  # an amount after the same word keeps its 'at'


@pytest.mark.parametrize(("text", "claim"), [
    ("O terceiro que mais cresceu foi o Chile, com sua economia aumentando 4,2 vezes de 2000 a 2023.", "4,2 vezes"),
    ("El tercero que más creció fue Chile, con su economía creciendo 4,2 veces de 2000 a 2023.", "4,2 veces"),
])
def test_a_rank_and_a_growing_economy_are_read(gdp: Path, text: str, claim: str) -> None:
    # 'the third that grew the most … with its economy increasing 4.2 times': a claim, not a sentence left unread
    result = claim_results(text, [gdp], "2024-05-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
