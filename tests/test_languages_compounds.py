"""Measure words in the forms news writes them. Closed compounds read as their parts: German, Dutch and Swedish write a measure's words as one word, the
modifier first and perhaps a linking letter between ('Bevölkerung-s-stand', 'prijs-inflatie'), and each language's
'compounds' reads a word its glossary lacks as two of its words, as English says them. A country's name is no
part: 'Westdeutschland' is a region, not Germany. The sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.languages import compound_gloss, gloss_paragraphs, language, unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize(("code", "word", "english"), [
    ("de", "Bevölkerungswachstum", "population growth"),  # linking 's'
    ("de", "Preisinflation", "price inflation"),
    ("nl", "bevolkingsgroei", "population growth"),
    ("nl", "koolstofuitstoot", "carbon emissions"),
    ("sv", "koldioxidutsläpp", "carbon dioxide emissions"),
    ("sv", "befolkningstillväxt", "population growth"),
])
def test_a_compound_reads_as_its_two_words(code: str, word: str, english: str) -> None:
    lang = language(code)
    assert lang is not None
    assert lang.gloss_of(word).lower() == english
    assert not unknown_words(f"Die {word}", code, capitals=True)[1:]


def test_a_country_s_name_is_no_part_of_a_compound() -> None:
    assert compound_gloss("de", "westdeutschland") is None
    assert "Westdeutschland" in unknown_words("Die Rekordmarke für Westdeutschland", "de", capitals=True)


def test_a_listed_word_keeps_its_own_gloss_and_a_language_without_compounds_splits_none() -> None:
    lang = language("de")
    assert lang is not None
    assert lang.gloss_of("Vorjahr") == lang.glossary["vorjahr"]
    assert compound_gloss("fr", "prixinflation") is None


@pytest.fixture
def packages(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", {("Norway", 2022): 5_457_000}), cpi_package(tmp_path / "cpi")]


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Der Bevölkerungsstand Norwegens lag 2022 bei 5,46 Millionen.", Verdict.supported),
    ("Die Preisinflation in Norwegen lag 2022 bei 5,8 Prozent.", Verdict.supported),
    ("De prijsinflatie in Noorwegen bedroeg in 2022 5,8 procent.", Verdict.supported),
    ("De prijsinflatie in Noorwegen bedroeg in 2022 9,1 procent.", Verdict.contradicted),
])
def test_a_sentence_naming_its_measure_in_a_compound_is_checked(packages: list[Path], sentence: str,
                                                               verdict: Verdict) -> None:
    [result] = claim_results(sentence, packages).values()
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(("code", "phrase", "word", "english"), [
    ("fr", "une émission de CO2", "émission", "emission"),         # the singular beside the listed plural
    ("sv", "den årliga inflation", "inflation", "inflation"),      # the indefinite form beside 'inflationen'
    ("sv", "stigande konsumentpriser", "konsumentpriser", "consumer prices"),
    ("nl", "de wisselkoersen", "wisselkoersen", "exchange rates"),  # a plural in -en
    ("nl", "de uitstoot van broeikasgassen", "broeikasgassen", "greenhouse gases"),
    ("nl", "het inwonersaantal", "inwonersaantal", "population"),
    ("pl", "kryzys walutowy", "walutowy", "currency"),              # an adjective in -y
    ("hu", "a fogyasztói árai", "árai", "prices"),                  # a possessed plural
    ("id", "populasi Indonesia", "populasi", "population"),
    ("id", "kurs rupiah", "kurs", "exchange rate"),
    ("kk", "айырбас бағамы", "айырбас", "exchange rate"),
    ("de", "des Kohlendioxids", "Kohlendioxids", "carbon dioxide"),  # a genitive in -s
])
def test_a_measure_s_usual_form_is_read(code: str, phrase: str, word: str, english: str) -> None:
    assert english in gloss_paragraphs(phrase, [(0, len(phrase), code)]).text
    assert word not in unknown_words(phrase, code, capitals=True)
