"""Latvian and Romanian news sentences about prices and population are read word for word — their measure,
period, change and source words glossed — so a figure the data cannot hold (a month after its last year, a
country it does not cover) is ``unsupported`` as its English reading is, while a sentence holding a word the
glossary lacks still goes to a person (``unknown_language_words``).

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.languages import detect, gloss_paragraphs, unknown_words
from workbench.models import Verdict

UNREAD = (Verdict.needs_review, "unknown_language_words")


@pytest.fixture()
def latvian_cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", {("Latvia", 2021): 3.2, ("Latvia", 2022): 17.3, ("Latvia", 2023): 8.9})]


@pytest.fixture()
def population(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Kazakhstan", 2022): 19_600_000.0, ("Russia", 2022): 144_200_000.0},
                              {("Kazakhstan", 2022): 225.0e9, ("Russia", 2022): 2_266.0e9})


def test_a_latvian_consumer_price_sentence_is_read_whole() -> None:
    text = ("Latvijā vidējais patēriņa cenu līmenis 2024. gada martā, salīdzinot ar 2023. gada martu, "
            "pieauga par 1,1%, liecina Centrālās statistikas pārvaldes apkopotie dati.")
    assert detect(text) == "lv"
    assert unknown_words(text, "lv", capitals=True) == []
    glossed = gloss_paragraphs(text, [(0, len(text), "lv")]).text
    assert "average consumer price level" in glossed and "compared with" in glossed and "rose by 1.1%" in glossed


def test_a_latvian_month_after_the_data_s_last_year_is_unsupported(latvian_cpi: list[Path]) -> None:
    text = ("Latvijā vidējais patēriņa cenu līmenis 2024. gada martā, salīdzinot ar 2023. gada martu, "
            "pieauga par 1,1%, liecina Centrālās statistikas pārvaldes apkopotie dati.")
    result = claim_starting(claim_results(text, latvian_cpi, "2024-04-12"), "1,1")
    assert result.verdict is Verdict.unsupported


def test_a_latvian_sentence_with_a_word_the_glossary_lacks_stays_with_a_person(latvian_cpi: list[Path]) -> None:
    # 'degvielas' (of fuel) names another price than the consumer-price level: the consumer-price rows must not
    # judge it; a March-over-March change, which yearly rows never hold whatever the measure, may say so instead
    text = ("Latvijā vidējais degvielas cenu līmenis 2024. gada martā, salīdzinot ar 2023. gada martu, "
            "pieauga par 1,1%, liecina Centrālās statistikas pārvaldes apkopotie dati.")
    result = claim_starting(claim_results(text, latvian_cpi, "2024-04-12"), "1,1")
    assert (result.verdict, result.reason) in (UNREAD, (Verdict.unsupported, "nearest_other_period")), result.explanation


def test_a_romanian_population_count_of_a_country_the_data_lacks_is_unsupported(population: list[Path]) -> None:
    text = ("Populaţia Ungariei, calculată în funcţie de domiciliu, a ajuns în data de 1 ianuarie 2023 la "
            "9,6 milioane de persoane, în scădere cu 0,2% faţă de aceeaşi lună din 2022, arată datele publicate joi.")
    assert unknown_words(text, "ro", capitals=True) == []
    result = claim_starting(claim_results(text, population, "2023-03-01"), "9,6")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")


def test_a_romanian_count_of_something_the_glossary_cannot_read_stays_with_a_person(population: list[Path]) -> None:
    # 'refugiaţilor' (of refugees): what is counted is not the population
    text = "Numărul refugiaţilor din Kazahstan a ajuns în data de 1 ianuarie 2023 la 96 de mii de persoane."
    result = claim_starting(claim_results(text, population, "2023-03-01"), "96")
    assert (result.verdict, result.reason) == UNREAD


@pytest.fixture()
def romanian_cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", {("Romania", 2023): 10.4, ("Tunisia", 2023): 9.3, ("Niger", 2023): 3.7})]


def test_a_romanian_year_s_average_citing_only_the_ins_names_no_place(romanian_cpi: list[Path]) -> None:
    # Romania's, Tunisia's and Niger's offices are each an 'INS': the acronym names no country, so Romania's row may
    # not confirm the figure
    text = "Rata medie anuală a inflaţiei în anul 2023 a fost 10,4%, anunţă INS."
    result = claim_results(text, romanian_cpi, "2024-01-20")["10,4%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "Romania" not in result.explanation
    named = claim_results(text.replace("inflaţiei", "inflaţiei din România"), romanian_cpi, "2024-01-20")["10,4%"]
    assert named.verdict is Verdict.supported, named.explanation


def test_the_romanian_institute_s_own_name_names_romania(romanian_cpi: list[Path]) -> None:
    # 'Institutul Naţional de Statistică' as Romanian writes it is one office's name, as 'Insee' or 'Destatis' is
    text = "Rata medie anuală a inflaţiei în anul 2023 a fost 10,4%, anunţă Institutul Naţional de Statistică."
    result = claim_results(text, romanian_cpi, "2024-01-20")["10,4%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Romania" in result.evidence[0].dimensions.values(), result.evidence[0].dimensions
