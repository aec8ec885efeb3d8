"""Inflected forms read by rule: a language's 'word_endings' make each one-word glossary entry's case and
number forms ('niedriger' → 'niedrigeren', 'globalny' → 'globalnej', 'cifra' → 'cifras'), glossed as the
word is, so the glossary lists one form. A form the glossary lists itself keeps its own gloss. The
sentences are invented."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from language_support import glossed

from workbench.extraction import extract_text
from workbench.languages import language, unknown_words
from workbench.numbers import data_json


@pytest.mark.parametrize(("code", "form", "english"), [
    ("de", "niedrigeren", "lower"),    # 'niedriger' + 'en'
    ("de", "jährlichen", "annual"),    # 'jährlich' + 'en'
    ("nl", "hogere", "higher"),        # 'hoger' + 'e'
    ("pl", "globalnej", "global"),     # 'globalny', y>ej
    ("es", "cifras", "figure"),        # 'cifra' + 's'
])
def test_an_inflected_form_reads_as_its_word(code: str, form: str, english: str) -> None:
    lang = language(code)
    assert lang is not None
    assert english in lang.gloss_of(form).lower()


def test_a_form_the_glossary_lists_keeps_its_own_gloss() -> None:
    lang = language("de")
    assert lang is not None
    # 'höchste' is listed as 'highest'; no rule makes it out of another word
    assert lang.gloss_of("höchste") == lang.glossary["höchste"]


def test_a_comparative_with_its_case_ending_is_no_unknown_word() -> None:
    sentence = "Die Quote lag im Jahr 2019 um 0,4 Prozentpunkte niedriger als im Vorjahr."
    assert "niedriger" not in [w.lower() for w in unknown_words(sentence, "de")]
    assert "lower" in glossed("Die niedrigere Quote", "de")


def test_short_words_make_no_forms() -> None:
    lang = language("de")
    assert lang is not None
    assert "gab" in lang.glossary and "gaben" not in lang.glossary  # under four letters: no forms


@pytest.mark.parametrize(("form", "english"), [
    ("rekordu", "record"),      # 'rekord' + 'u': a masculine noun's genitive
    ("poziomie", "level"),      # 'poziom' + 'ie': its locative
    ("analizę", "analysis"),    # 'analiza', a>ę: a feminine noun's accusative
    ("wskaźnika", "indicator"),  # 'wskaźnik' + 'a'
])
def test_a_polish_noun_in_its_cases_reads_as_its_word(form: str, english: str) -> None:
    lang = language("pl")
    assert lang is not None
    assert english in lang.gloss_of(form).lower()


@pytest.mark.parametrize(("month", "english"), [
    ("w marcu", "March"), ("w grudniu", "December"), ("w listopadzie", "November"), ("w lutym", "February"),
])
def test_a_polish_month_after_w_is_that_month(month: str, english: str) -> None:
    """CLDR names Polish months in the genitive ('marca'); news dates a figure with the locative ('w marcu')."""
    assert english in glossed(f"Inflacja wyniosła 3,1 proc. {month} 2031 r.", "pl")


def test_polish_dollars_abbreviated_after_thousands_are_dollars(tmp_path) -> None:
    """'tys. dol.' is thousands of dollars as Polish copy abbreviates them: a GDP per head in dollars the
    data holds is checked, not left unread."""
    from package_support import claim_results, population_and_gdp

    packages = population_and_gdp(tmp_path, {("Norway", 2030): 6_000_000.0}, {("Norway", 2030): 120_000_000_000.0})
    text = "Pod koniec 2030 r. PKB per capita w Norwegii wyniósł 20,00 tys. dol., czyli najwięcej w historii."
    result = next(r for surface, r in claim_results(text, packages, date="2031-05-02").items()
                  if surface.startswith("20,00"))
    assert result.verdict.value == "supported", result.explanation
    assert "dollars" in glossed("PKB wyniósł 15,50 tys. dol. na osobę", "pl")


@pytest.mark.parametrize(("code", "listed", "form"), [
    ("pl", "rekordowego", "rekordowej"),   # listed inflected: y>ego read backwards, then y>ej
    ("pl", "statystycznego", "statystyczny"),  # y>ego read backwards gives the base, which is a word
    ("pl", "statystycznego", "statystycznej"),  # and the base's other forms
])
def test_an_entry_listed_in_one_form_makes_its_others(code: str, listed: str, form: str) -> None:
    lang = language(code)
    assert lang is not None
    assert listed in lang.glossary and lang.gloss_of(form) == lang.glossary[listed]


def test_a_base_read_backwards_is_a_word_only_by_a_replacement() -> None:
    """'niechlubnej' (listed) read backwards by 'y>ej' is 'niechlubny', a word; an ending only added, read
    backwards, leaves a stem ('statystycznego' less 'ego' is 'statystyczn'), which Polish never writes."""
    lang = language("pl")
    assert lang is not None
    assert lang.gloss_of("niechlubny") == lang.glossary["niechlubnej"]
    assert "statystyczn" not in lang.glossary


# Azerbaijani glues its case endings, possessive and copula to a unit's or a scale's word ('unit_endings'): read by
# rule, the unit under its endings reads as the free word; a measure's noun is not inflected by that rule.
@pytest.mark.parametrize(("text", "english"), [
    ("İnflyasiya ilin sonunda 6 faizədək yüksəlib.", "6 percent"),
    ("Büdcə xərcləri 41 milyard manatadək artırılacaq.", "41 billion manats"),
    ("Neft ixracı 12 milyard dollardan çox olub.", "12 billion dollars or more"),
    ("Əmanətlər 3 milyard manatdan artıq olub.", "3 billion manats or more"),
])
def test_an_azerbaijani_unit_under_its_endings_reads_as_the_unit(text: str, english: str) -> None:
    assert english in glossed(text, "az")


_AZERBAIJANI = data_json("languages.json")["languages"]["az"]
_AZERBAIJANI_ENDINGS: list[str] = _AZERBAIJANI["unit_endings"]["endings"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["faiz", "manat", "dollar", "milyard", "milyon"]), st.sampled_from(_AZERBAIJANI_ENDINGS),
       st.integers(min_value=1, max_value=999))
def test_an_azerbaijani_word_with_any_of_its_endings_glosses_as_the_free_word(word: str, ending: str, figure: int) -> None:
    assume(word + ending not in _AZERBAIJANI["words"])  # a form listed keeps its own gloss ('manatın': the manat's)
    free = glossed(f"Göstərici {figure} {word} olub.", "az")
    assert glossed(f"Göstərici {figure} {word}{ending} olub.", "az") == free
    extract_text(f"Göstərici {figure} {word}{ending} olub.")  # never raises


def test_an_azerbaijani_measure_noun_takes_no_unit_endings() -> None:
    azerbaijani = language("az")
    assert azerbaijani is not None
    assert "faizədək" in azerbaijani.glossary and "inflyasiyadək" not in azerbaijani.glossary
