"""Inflected forms read by rule: a language's 'word_endings' make each one-word glossary entry's case and
number forms ('niedriger' → 'niedrigeren', 'globalny' → 'globalnej', 'cifra' → 'cifras'), glossed as the
word is, so the glossary lists one form. A form the glossary lists itself keeps its own gloss. The
sentences are invented."""

from __future__ import annotations

import pytest

from workbench.languages import gloss_paragraphs, language, unknown_words


def _glossed(text: str, code: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), code)]).text


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
    assert "lower" in _glossed("Die niedrigere Quote", "de")


def test_short_words_make_no_forms() -> None:
    lang = language("de")
    assert lang is not None
    assert "gab" in lang.glossary and "gaben" not in lang.glossary  # under four letters: no forms
