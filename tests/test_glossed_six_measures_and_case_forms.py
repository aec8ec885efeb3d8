"""Each measure the packages hold, named in the languages whose drafts the checker reads most, in the case and
number forms news copy writes them: the glossary reads every word of the sentence, and its English names the
measure. Russian, Ukrainian and Italian read their case and plural forms by rule ('word_endings'); a sentence naming its
measure only in the sentence before it, in its paragraph, is judged as its English reading is. The sentences
are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, claim_starting, cpi_package

from workbench.languages import language, unknown_words
from workbench.models import Verdict

SIX_MEASURES: dict[str, dict[str, str]] = {
    "ru": {"inflation": "Годовая инфляция в Армении замедлилась до 2,1% в марте.",
           "exchange rate": "Официальный курс национальной валюты к доллару снизился на 3%.",
           "carbon dioxide": "Выбросы углекислого газа в Монголии выросли до 30 млн тонн.",
           "concentration": "Средняя концентрация углекислого газа в атмосфере составила 421 часть на миллион.",
           "population": "Численность постоянного населения Грузии составила 3,7 млн человек.",
           "gdp": "Объём валового внутреннего продукта Молдовы составил 16 млрд долларов."},
    "uk": {"inflation": "Річна інфляція в Україні прискорилася до 5,1% у березні.",
           "exchange rate": "Офіційний курс національної валюти до долара знизився на 3%.",
           "carbon dioxide": "Викиди вуглекислого газу в Польщі скоротилися до 300 млн тонн.",
           "concentration": "Середня концентрація вуглекислого газу в атмосфері становила 421 частину на мільйон.",
           "population": "Чисельність постійного населення Грузії становила 3,7 млн осіб.",
           "gdp": "Обсяг валового внутрішнього продукту Молдови становив 16 млрд доларів."},
    "it": {"inflation": "L'inflazione in Portogallo è salita al 4,2% su base annua.",
           "exchange rate": "Il tasso di cambio medio del franco svizzero è sceso a 0,95 euro.",
           "carbon dioxide": "Le emissioni portoghesi di anidride carbonica sono calate del 7% nel 2020.",
           "concentration": "La concentrazione media di anidride carbonica ha superato 421 parti per milione.",
           "population": "La popolazione residente in Portogallo è di 10,4 milioni di abitanti.",
           "gdp": "Il prodotto interno lordo del Portogallo è cresciuto del 2,3% nel 2023."},
    "es": {"inflation": "La inflación interanual en Chile bajó al 4,2% en marzo.",
           "exchange rate": "El tipo de cambio oficial del peso frente al dólar subió un 3%.",
           "carbon dioxide": "Las emisiones de dióxido de carbono de Chile cayeron un 7% en 2020.",
           "concentration": "La concentración media de dióxido de carbono superó las 421 partes por millón.",
           "population": "La población residente de Chile alcanzó 19,6 millones de habitantes.",
           "gdp": "El producto interno bruto de Chile creció un 2,3% en 2023."},
    "pt": {"inflation": "A inflação anual no Brasil subiu para 4,2% em março.",
           "exchange rate": "A taxa de câmbio oficial do real frente ao dólar caiu 3%.",
           "carbon dioxide": "As emissões de dióxido de carbono do Brasil caíram 7% em 2020.",
           "concentration": "A concentração média de dióxido de carbono superou 421 partes por milhão.",
           "population": "A população residente do Brasil chegou a 203 milhões de habitantes.",
           "gdp": "O produto interno bruto do Brasil cresceu 2,3% em 2023."},
    "fr": {"inflation": "L'inflation au Portugal a atteint 4,2 % sur un an en mars.",
           "exchange rate": "Le taux de change moyen du franc suisse a reculé à 0,95 euro.",
           "carbon dioxide": "Les émissions de dioxyde de carbone du Portugal ont baissé de 7 % en 2020.",
           "concentration": "La concentration moyenne de dioxyde de carbone a dépassé 421 parties par million.",
           "population": "La population résidente du Portugal compte 10,4 millions d'habitants.",
           "gdp": "Le produit intérieur brut du Portugal a progressé de 2,3 % en 2023."},
    "de": {"inflation": "Die Inflationsrate in Portugal stieg im März auf 4,2 Prozent.",
           "exchange rate": "Der durchschnittliche Wechselkurs des Schweizer Frankens sank auf 0,95 Euro.",
           "carbon dioxide": "Die Kohlendioxidemissionen Portugals sanken 2020 um 7 Prozent.",
           "concentration": "Die mittlere Konzentration von Kohlendioxid überstieg 421 Teile pro Million.",
           "population": "Die Einwohnerzahl Portugals lag bei 10,4 Millionen Menschen.",
           "gdp": "Das Bruttoinlandsprodukt Portugals wuchs 2023 um 2,3 Prozent."},
    "nl": {"inflation": "De inflatie in Portugal steeg in maart tot 4,2 procent.",
           "exchange rate": "De gemiddelde wisselkoers van de Zwitserse frank daalde tot 0,95 euro.",
           "carbon dioxide": "De uitstoot van kooldioxide in Portugal daalde in 2020 met 7 procent.",
           "concentration": "De gemiddelde concentratie van kooldioxide steeg tot 421 deeltjes per miljoen.",
           "population": "De bevolking van Portugal telde 10,4 miljoen inwoners.",
           "gdp": "Het bruto binnenlands product van Portugal groeide in 2023 met 2,3 procent."},
    "pl": {"inflation": "Inflacja w Portugalii wzrosła w marcu do 4,2 proc.",
           "exchange rate": "Średni kurs franka szwajcarskiego spadł do 0,95 euro.",
           "carbon dioxide": "Emisje dwutlenku węgla w Portugalii spadły w 2020 roku o 7 proc.",
           "concentration": "Średnie stężenie dwutlenku węgla przekroczyło 421 części na milion.",
           "population": "Liczba ludności Portugalii wyniosła 10,4 mln mieszkańców.",
           "gdp": "Produkt krajowy brutto Portugalii wzrósł w 2023 roku o 2,3 proc."},
}
MEASURE_ENGLISH = {"inflation": ("inflation",), "exchange rate": ("exchange rate",),
                   "carbon dioxide": ("carbon dioxide", "co2"), "concentration": ("concentration",),
                   "population": ("population",), "gdp": ("gdp", "gross domestic product")}


@pytest.mark.parametrize(("code", "measure", "sentence"),
                         [(code, measure, sentence) for code, sentences in SIX_MEASURES.items()
                          for measure, sentence in sentences.items()])
def test_a_sentence_naming_a_measure_is_read_whole_and_names_it(code: str, measure: str, sentence: str) -> None:
    assert unknown_words(sentence, code, capitals=True) == []
    english = glossed(sentence, code).lower()
    assert any(word in english for word in MEASURE_ENGLISH[measure]), english


@pytest.mark.parametrize(("code", "form", "english"), [
    ("ru", "городского", "urban"),        # listed as 'городское': its base and the base's forms
    ("ru", "национальной", "national"),   # 'национальный', ый>ой
    ("ru", "рублю", "rouble"),            # 'рубль', ь>ю
    ("ru", "атмосфере", "atmosphere"),    # 'атмосфера', а>е
    ("uk", "національної", "national"),  # 'національний', ий>ої
    ("uk", "атмосфері", "atmosphere"),    # 'атмосфера', а>і
    ("uk", "грузії", "georgia"),          # a country's name, я>ї ('name_endings')
    ("it", "residenti", "resident"),      # 'residente', e>i
    ("it", "minimi", "lowest"),           # 'minimo', o>i
])
def test_a_case_or_plural_form_reads_as_its_word(code: str, form: str, english: str) -> None:
    lang = language(code)
    assert lang is not None
    assert english in lang.gloss_of(form).lower()


def test_an_italian_masculine_makes_no_feminine_of_another_meaning() -> None:
    lang = language("it")
    assert lang is not None
    assert "rate" in lang.gloss_of("tasso")
    assert "tassa" not in lang.glossary  # a tax, not a rate


@pytest.mark.parametrize(("text", "english_text"), [
    ("Le PIB de la Russie a encore progressé. En 2021, il a atteint 2 310 milliards.",
     "Russia's GDP grew again. In 2021 it reached 2,310 billion."),
    ("Il PIL della Russia è cresciuto ancora. Nel 2021 ha raggiunto 2 310 miliardi.",
     "Russia's GDP grew again. In 2021 it reached 2,310 billion."),
])
def test_a_measure_named_in_the_sentence_before_makes_nothing_matching_as_in_english(
        kaz_rus_packages: list[Path], text: str, english_text: str) -> None:
    found = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), "2 310")
    twin = claim_starting(claim_results(english_text, kaz_rus_packages, "2023-05-01"), "2,310")
    assert (found.verdict, found.reason) == (twin.verdict, twin.reason) == (Verdict.unsupported, "no_match")


def test_a_sentence_before_that_names_no_measure_leaves_it_to_a_person(kaz_rus_packages: list[Path]) -> None:
    found = claim_starting(claim_results("En Russie, l'année a été difficile. En 2021, il a atteint 2 310 milliards.",
                                         kaz_rus_packages, "2023-05-01"), "2 310")
    assert (found.verdict, found.reason) == (Verdict.needs_review, "unknown_language_words")


def test_no_figure_for_a_year_stays_with_a_person_when_only_the_sentence_before_names_the_measure(
        tmp_path: Path) -> None:
    # the year the reading judged may be one that sentence named: 'no figure for that period' is no verdict of its own
    packages = [cpi_package(tmp_path / "cpi")]  # no row for 2019
    found = claim_starting(claim_results("L'inflation au Chili a été forte. Elle a atteint 3,1 % en 2019.",
                                         packages, "2023-05-01"), "3,1")
    assert (found.verdict, found.reason) == (Verdict.needs_review, "unknown_language_words")
