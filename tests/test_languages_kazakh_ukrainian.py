"""Drafts in Kazakh (Cyrillic, with a few words of its Latin alphabet) and in Ukrainian get the verdicts
an English draft gets: the bureau's counts 'as of 1 January' read as that day, however the Kazakh words
order the date, and Ukrainian GDP sentences read through their own glossary
(``workbench/data/languages.json``). Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from package_support import claim_results, population_and_gdp

from workbench.languages import detect, language
from workbench.numbers import data_json
from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_010_000, ("Kazakhstan", 2022): 19_300_000,
              ("Kazakhstan", 2023): 19_600_000,
              ("Russian Federation", 2022): 145_000_000, ("Russian Federation", 2023): 144_500_000}
_KAZAKH = data_json("languages.json")["languages"]["kk"]
_KAZAKH_WORDS, _LATIN = _KAZAKH["words"], str.maketrans(_KAZAKH["latin_letters"])
GDP = {("Kazakhstan", 2022): 220_000_000_000, ("Kazakhstan", 2023): 250_000_000_000,
       ("Russian Federation", 2022): 2_200_000_000_000, ("Russian Federation", 2023): 2_000_000_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def test_kazakh_and_ukrainian_paragraphs_are_told_from_russian_and_english() -> None:
    assert detect("Статистика бюросының мәліметі бойынша, биыл елдегі халық саны 19 миллионнан асты және өсіп келеді.") == "kk"
    assert detect("У 2022 році економіка України скоротилася, але експорт зерна зріс, що підтримало гривню.") == "uk"
    assert detect("По данным бюро, численность населения страны в 2022 году составила 19,3 млн человек.") == "ru"


@pytest.mark.parametrize(("text", "day", "row"), [
    ("Статистика бюросы хабарлағандай, 2023 жылдың 1 қаңтарындағы жағдай бойынша елдегі "
     "Қазақстан халқының саны 19 550 000 адам болды.", "1 January 2023", "2023"),
    # a month ending in a vowel takes the possessive 'с' before the case ending: 'қарашасындағы' (of November)
    ("Статистика бюросы хабарлағандай, 2022 жылдың 1 қарашасындағы жағдай бойынша елдегі "
     "Қазақстан халқының саны 19 450 000 адам болды.", "1 November 2022", "2022"),
])
def test_a_kazakh_count_of_a_named_day_is_that_day_not_the_mid_year_row(packages: list[Path], text: str, day: str,
                                                                        row: str) -> None:
    [result] = claim_results(text, packages).values()
    assert day in result.explanation
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
    assert result.evidence[0].period == row

def test_a_kazakh_count_in_thousands_of_a_year_is_judged_by_its_row(packages: list[Path]) -> None:
    results = claim_results("2022 жылы Қазақстан халқының саны 19 млн 300 мың адамға жетті.", packages)
    [result] = [r for t, r in results.items() if t.startswith("19 млн")]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_kazakh_count_in_the_latin_alphabet_is_read_not_flagged(packages: list[Path]) -> None:
    # dated after 2023, whose yearly row is then published: a story within the year would be for review
    results = claim_results("Ulttyq bıýro habarlaǵandaı, 2023 jyly Qazaqstan halqynyń sany 19 600 000 adamdy qurady.",
                            packages, date="2024-03-01")
    [result] = results.values()
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("claim", "verdict"), [
    ("2,0 трлн дол", Verdict.supported),
    ("9,1%", Verdict.supported),  # 2,000 / 2,200 − 1 = −9.09 %
])
def test_russian_gdp_in_a_ukrainian_sentence(packages: list[Path], claim: str, verdict: Verdict) -> None:
    results = claim_results("У 2023 році розмір економіки Росії скоротився на 9,1% – "
                            "з 2,2 трлн дол до 2,0 трлн дол.", packages, date="2024-07-10")
    [result] = [r for t, r in results.items() if t.startswith(claim)]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2023"



def test_a_kazakh_count_said_of_now_is_the_pages_day_not_an_earlier_row(packages: list[Path]) -> None:
    # 'қазір' (now) on a page of mid-2023: the count of that day, which the 2022 row (within tolerance) cannot support
    results = claim_results("Ұлттық бюроның дерегінше, қазір Қазақстан халқы 19,3 млн адамды құрайды.", packages,
                            date="2023-06-20")
    [result] = [r for t, r in results.items() if t.startswith("19,3 млн")]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"


def test_a_kazakh_count_of_births_is_unsupported_as_in_english(packages: list[Path]) -> None:
    # 'сәби дүниеге келсе' (babies were born) and the possessive '-і' of 'оның 4300-і ұл' (of them 4300 boys) are
    # read: births are in no package, so nothing matches, as for the English sentence
    text = "Соңғы 12 айда облыста 8200 сәби дүниеге келсе, оның 4300-і ұл, 3900-ы қыз бала."
    results = claim_results(text, packages, date="2024-03-01")
    [result] = [r for t, r in results.items() if t.startswith("8200")]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match"), result.explanation
    # 'соңғы 12 айда' (in the last 12 months) is the births' span, no figure of its own
    assert not [t for t in results if t.startswith("12")]


# Kazakh in the Latin alphabet of the 2021 reform: each Cyrillic word of the glossary read in its Latin spelling too.
def test_a_kazakh_paragraph_in_latin_letters_is_told_as_kazakh() -> None:
    assert detect("Bıyl elimizde 412,5 myń náreste ómirge kelgen, bul ótken jylǵydan az.") == "kk"


def test_a_kazakh_sentence_in_latin_letters_gets_the_verdict_of_its_cyrillic_twin(packages: list[Path]) -> None:
    cyrillic = claim_results("2022 жылы Қазақстанның ЖІӨ 220 млрд долларды құрады.", packages)
    latin = claim_results("2022 jyly Qazaqstannyń JIÓ 220 mlrd dollardy qurady.", packages)
    assert [r.verdict for r in latin.values()] == [r.verdict for r in cyrillic.values()] == [Verdict.supported]
    [(surface, result)] = latin.items()
    assert surface == "220 mlrd dollardy" and result.evidence[0].period == "2022"


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(k for k in _KAZAKH_WORDS if k.isalpha() and not k.isascii() and k != k.translate(_LATIN))))
def test_every_cyrillic_kazakh_word_glosses_alike_in_latin_letters(word: str) -> None:
    kazakh = language("kk")
    assert kazakh is not None
    assert kazakh.gloss_of(word.translate(_LATIN)) == kazakh.gloss_of(word)


def test_a_count_of_births_in_latin_kazakh_is_another_series_than_the_population(packages: list[Path]) -> None:
    [result] = claim_results("Bıyl segiz aıda bala týý kórsetkishi tómen, 251,3 myń náreste ómirge kelgen.", packages).values()
    assert result.verdict is Verdict.unsupported, result.explanation
