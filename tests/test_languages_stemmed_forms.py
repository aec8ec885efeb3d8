"""Word forms nobody listed, read by their Snowball stem: a language naming a 'stemmer' in languages.json
glosses a word its glossary lacks as the entries of its 'words' that share the word's stem, when they all
say the same English ('registraban' as 'registró' does, Swedish 'ökningar' as 'ökning'). A stem shared by
entries glossed otherwise, a stem under five letters, a name's, a month's, a scale's or a unit's stem reach
nothing. Such a guess lets the English reading find what a sentence measures (a figure that agrees or
disagrees with the data is judged), but the word stays unread for ``unknown_words``: a sentence the data has
no figure for stays with a person rather than being flagged on a guess. The sentences and the packages'
figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import language, unknown_words
from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Norway", 2030): 2.1, ("Norway", 2031): 3.9})


@pytest.mark.parametrize(("code", "form", "english"), [
    ("es", "registraban", "recorded"),        # no rule makes an imperfect of 'registró'
    ("es", "descendieron", "fell"),
    ("sv", "ökningar", "increase"),           # a plural the Swedish rules do not make
    ("de", "inflationsraten", "inflation rate"),  # a plural German's 'word_endings' leave out
])
def test_a_form_no_rule_makes_reads_as_its_word(code: str, form: str, english: str) -> None:
    lang = language(code)
    assert lang is not None
    assert lang.gloss_of(form) == english
    # a guess by stem reads what the sentence measures, but no word is read for sure: a reviewer is told of it
    assert unknown_words(form, code) == [form]


def test_a_listed_form_keeps_its_own_gloss() -> None:
    lang = language("de")
    assert lang is not None
    assert lang.gloss_of("höchste") == dict(lang.glossary)["höchste"]


def test_short_stems_names_months_and_scales_reach_nothing() -> None:
    lang = language("pt")
    assert lang is not None
    assert "subiam" not in lang.glossary       # 'sub', the stem of 'subir', is too short to tell a word
    es = language("es")
    assert es is not None
    assert "noruegas" not in es.glossary       # a country's name is no stem's entry
    assert "marzos" not in es.glossary         # nor a month's
    ru = language("ru")
    assert ru is not None
    # nor a scale's: 'миллионной' (a millionth) shares the stem of 'миллион' but is no million
    assert "миллионной" not in ru.glossary and "инфляцией" in ru.glossary


def test_a_stem_two_entries_gloss_otherwise_says_neither() -> None:
    lang = language("es")
    assert lang is not None
    glossed = {key: english for key, english in dict(lang.glossary).items() if key.isalpha()}
    # 'aumentó' (rose) and 'aumento' (increase) share the stem 'aument': a form of neither list is no word
    assert {glossed.get("aumentó"), glossed.get("aumento")} == {"rose", "increase"}
    assert "aumentaba" not in lang.glossary


def test_a_spanish_rate_with_a_verb_form_nobody_listed_is_checked(cpi: Path) -> None:
    text = "Los precios al consumidor en Noruega registraban una inflación del 3,9% en 2031."
    result = claim_results(text, [cpi], "2032-02-01")["3,9%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
    wrong = claim_results(text.replace("3,9", "6,4"), [cpi], "2032-02-01")["6,4%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_sentence_read_by_a_guess_is_not_flagged_when_nothing_matches(cpi: Path) -> None:
    # 'registraban' is glossed by its stem; nothing in the data is about exports: a person reads it, no flag
    text = "Las exportaciones de Noruega registraban un 3,9% en 2031."
    result = claim_results(text, [cpi], "2032-02-01")["3,9%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "registraban" in result.explanation

