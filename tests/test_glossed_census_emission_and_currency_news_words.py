"""News words of census, emission, currency and birth copy in Spanish, Icelandic, Indonesian, Kazakh and Italian, glossed
(workbench/data/languages.json) so a sentence made only of them is read whole: a census count of a place no
package covers, or greenhouse gases per inhabitant (no package holds them), keeps its English reading's
``unsupported`` instead of going to a person as ``unknown_language_words``.

Packages are publisher-shaped (World Bank layout), figures invented; the sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize("code, sentence", [
    # a count of inhabitants fewer than at the previous census, the population's decline and ageing
    ("es", "El conteo reveló 3.210 pobladores menos y la tendencia de disminución y envejecimiento de la isla."),
    ("es", "El presidente lanzó la meta de convertir al país en carbono neutral; las emisiones han aumentado."),
    ("es", "Los datos finales publicados ratificaron el número total del grupo de países desarrollados."),
    # emissions of greenhouse gases per inhabitant, a country's place on a list
    ("is", "Noregur losaði 8,2 tonn af gróðurhúsalofttegundum á hvern íbúa út í andrúmsloftið."),
    ("is", "Danmörk var í öðru sæti á listanum en þar var losunin aðeins tæpur helmingur."),
    # a currency that weakened throughout a year, followed by another that fell
    ("id", "Ringgit melemah 2,4% sepanjang 2024, disusul baht yang terkoreksi 1,9%."),
    # official data released by the statistics bureau: children born in the first months of a year
    ("kk", "Ресми мәліметке сүйенсек, қаңтар-наурыз айларында 91 200 бала дүниеге келген."),
    # emissions from fuel combustion in all the member states, the greatest rise in one, followed by another
    ("it", "Le emissioni dalla combustione di combustibili fossili sono calate in tutti gli Stati membri, con il "
           "calo maggiore in Grecia, seguita da Portogallo."),
])
def test_census_emission_currency_and_birth_words_are_read(code: str, sentence: str) -> None:
    assert unknown_words(sentence, code, capitals=True) == []


def test_a_census_count_of_a_place_no_package_covers_stays_unsupported(kaz_rus_packages: list[Path]) -> None:
    found = claim_results("Comparado con el censo de 2002, el conteo de Cuba de 2012 reveló 3.210 pobladores menos.",
                          kaz_rus_packages, "2013-06-01")
    result = claim_starting(found, "3.210")
    assert result.verdict is Verdict.unsupported
    assert result.reason != "unknown_language_words"


def test_greenhouse_gases_per_inhabitant_no_package_holds_stay_unsupported(kaz_rus_packages: list[Path]) -> None:
    found = claim_results("Samkvæmt Eurostat losaði Noregur 8,2 tonn af gróðurhúsalofttegundum á hvern íbúa árið 2019.",
                          kaz_rus_packages, "2021-06-01")
    result = claim_starting(found, "8,2")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")


def test_a_currency_s_move_read_whole_names_its_measure_and_stays_unsupported(kaz_rus_packages: list[Path]) -> None:
    # the ringgit is named, so the sentence speaks of its exchange rate: no package holds it, and every word was read
    found = claim_results("Ringgit melemah 2,4% sepanjang 2024, disusul baht yang terkoreksi 1,9%.",
                          kaz_rus_packages, "2025-01-10")
    result = claim_starting(found, "2,4%")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held")


def test_a_figure_whose_sentence_names_neither_measure_nor_currency_still_goes_to_review(
        kaz_rus_packages: list[Path]) -> None:
    # every word read, but nothing says what weakened by 2.4 %: the measure may be in text the reading lost
    found = claim_results("Ini melemah 2,4% sepanjang 2024.", kaz_rus_packages, "2025-01-10")
    result = claim_starting(found, "2,4%")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "unknown_language_words")


def test_an_italian_yearly_change_past_the_rows_is_unsupported(tmp_path: Path) -> None:
    """Every word of the sentence read, its 2021 change of Greece's CO2 is a year the inventory's rows (to 2020)
    do not reach: unsupported, not left to a person as words the checker does not know."""
    package = carbon_package(tmp_path / "carbon", {("GREECE", 2019): 18_400.0, ("GREECE", 2020): 15_900.0})
    found = claim_results("Secondo le stime, le emissioni di CO2 dalla combustione di combustibili fossili sono "
                          "cresciute nel 2021 in tutti gli Stati membri, con l'aumento maggiore in Grecia (+14,2%).",
                          [package], None)
    result = claim_starting(found, "+14,2%")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"
