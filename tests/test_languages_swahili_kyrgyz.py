"""Swahili, Kyrgyz and Hebrew news read through the gloss, and words other languages' copy writes around figures.

Swahili writes the percent word and the scale word before the figure ('asilimia 5.2', 'milioni 61'): each
is read after it, as English writes it. Kyrgyz glues case endings to the percent word ('пайызды') and to a
country's name ('Кыргызстанда'); Hebrew a prefix letter to the next word ('בטנזניה': in Tanzania). A
Spanish list opened 'de la siguiente manera' and a Romanian sentence naming a country in the genitive
('Kazahstanului') are read word for word: no word is left for a person to read.

The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict

INFLATION = {("Tanzania", 2030): 3.9, ("Tanzania", 2031): 5.2,
             ("Kyrgyz Republic", 2030): 11.4, ("Kyrgyz Republic", 2031): 8.7}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", INFLATION)


@pytest.fixture()
def population(tmp_path: Path) -> Path:
    return population_and_gdp(tmp_path, {("Tanzania", 2031): 68_400_000.0, ("Kazakhstan", 2031): 21_300_000.0},
                              {("Kazakhstan", 2031): 3.1e11})[0]


def test_a_swahili_inflation_rate_written_after_its_percent_word(cpi: Path) -> None:
    text = ("Mfumuko wa bei nchini Tanzania uliongezeka hadi asilimia 5.2 mwaka 2031 kutoka asilimia 3.9 "
            "mwaka 2030, kulingana na Ofisi ya Taifa ya Takwimu.")
    results = claim_results(text, [cpi], "2032-02-01")
    assert results["asilimia 5.2"].verdict is Verdict.supported, results["asilimia 5.2"].explanation
    assert results["asilimia 5.2"].evidence[0].period == "2031"
    wrong = claim_results(text.replace("5.2", "7.9"), [cpi], "2032-02-01")["asilimia 7.9"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_swahili_count_written_after_its_scale_word(population: Path) -> None:
    text = "Idadi ya watu wa Tanzania ilifikia milioni 68.4 mwaka 2031, kulingana na Ofisi ya Taifa ya Takwimu."
    result = claim_results(text, [population], "2032-02-01")["milioni 68.4"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == 68_400_000
    wrong = claim_results(text.replace("68.4", "75.1"), [population], "2032-02-01")["milioni 75.1"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


@pytest.mark.parametrize(("surface", "value", "unit"), [
    ("tani milioni 17.8", 17_800_000, "t"),
    ("dola za Marekani bilioni 2.4", 2_400_000_000, "USD"),
])
def test_a_swahili_unit_written_before_its_scale_word_and_figure_is_the_figure_s(
        tmp_path: Path, surface: str, value: int, unit: str) -> None:
    # 'tani milioni 17.8' is 17.8 million tonnes: the unit before the scale word stays the figure's
    text = f"Kwa mujibu wa ripoti, kiasi hicho kilifikia {surface} mwaka 2031."
    packages = population_and_gdp(tmp_path, {("Kenya", 2031): 56_000_000.0}, {("Kenya", 2031): 1.1e11})
    result = claim_results(text, packages, "2032-02-01")[surface]
    assert (result.claim.value, result.claim.unit) == (value, unit), result.claim


def test_a_kyrgyz_inflation_rate_with_its_case_endings(cpi: Path) -> None:
    text = "Кыргызстанда 2031-жылы инфляция 8,7 пайызды түздү, деп кабарлады Улуттук статистика комитети."
    result = claim_results(text, [cpi], "2032-02-01")["8,7 пайызды"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
    wrong = claim_results(text.replace("8,7", "15,9"), [cpi], "2032-02-01")["15,9 пайызды"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_spanish_list_opened_as_a_list_is_read_word_for_word() -> None:
    text = "En 2031 la población se distribuyó de la siguiente manera: Arusha - 2.412.060; Mbeya - 2.287.415; Tanga - 2.101.118."
    assert unknown_words(text, "es", capitals=True) == []


def test_a_romanian_country_named_in_the_genitive(population: Path) -> None:
    text = "Populația Kazahstanului a ajuns la 21,3 milioane de locuitori în 2031, conform noilor date."
    result = claim_results(text, [population], "2032-02-01")["21,3 milioane"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"


def test_a_hebrew_inflation_rate_with_prefixes_glued_to_its_words(cpi: Path) -> None:
    # 'בטנזניה' is in Tanzania, 'והאינפלציה' and the inflation: a prefix letter glued to the next word
    text = "לפי הבנק המרכזי, האינפלציה בטנזניה עמדה ב-2031 על 5.2%, השיעור הגבוה ביותר מאז 2008."
    result = claim_results(text, [cpi], "2032-02-01")["5.2%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
    wrong = claim_results(text.replace("5.2%", "7.9%"), [cpi], "2032-02-01")["7.9%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert unknown_words(text, "he", capitals=True) == []


def test_hebrew_prefixes_glued_to_figures_read_from_to_and_by(cpi: Path) -> None:
    # 'מ-3.9% … ל-5.2%' is from 3.9 % to 5.2 %: two levels, not a rise of 3.9 %; 'ב-2031' is in 2031
    text = "האינפלציה בטנזניה עלתה מ-3.9% ב-2030 ל-5.2% ב-2031."
    results = claim_results(text, [cpi], "2032-02-01")
    for figure, year in (("3.9%", "2030"), ("5.2%", "2031")):
        result = results[figure]
        assert result.claim.kind.value == "level" and result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].period == year
    # 'ב-' before a figure that is no year is 'by': a change
    by = claim_results("האינפלציה בטנזניה עלתה ב-1.3% ב-2031.", [cpi], "2032-02-01")["1.3%"]
    assert by.claim.kind.value == "change", by.claim


def test_a_swahili_people_named_by_the_persons_prefix_on_its_country(population: Path) -> None:
    # 'Wakenya' is Kenya's name with the prefix of persons: the Kenyans, whom no population row counts
    text = "Idadi ya Wakenya imefikia milioni 47.6 mwaka 2031, kulingana na sensa."
    assert unknown_words(text, "sw", capitals=True) == []
    found = claim_results(text, [population], "2032-02-01")["milioni 47.6"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "place_not_covered"), found.explanation
    assert "Kenya" in found.explanation


@pytest.mark.parametrize(("text", "english"), [
    # a scale before a figure said in words: the number word is the figure ('milioni tisa', nine million)
    ("Idadi ya watu iliongezeka kwa milioni tisa katika miaka kumi.", "9 million"),
    ("Serikali ilikopa shilingi bilioni mbili mwaka jana.", "2 billion"),
])
def test_a_swahili_scale_before_a_number_word_reads_as_the_figure_scaled(text: str, english: str) -> None:
    assert english in gloss_paragraphs(text, [(0, len(text), "sw")]).text


def test_a_swahili_number_word_with_no_scale_before_it_is_no_figure() -> None:
    text = "Mkutano ulifanyika mara moja tu mwaka huu."
    assert "1" not in gloss_paragraphs(text, [(0, len(text), "sw")]).text


def test_a_swahili_number_word_joined_to_another_is_not_read_as_the_first_alone() -> None:
    text = "Pato liliongezeka kutoka shilingi trilioni kumi na nne hadi trilioni 16.2 mwaka huu."
    english = gloss_paragraphs(text, [(0, len(text), "sw")]).text
    assert "10 trillion" not in english and "16.2 trillion" in english
