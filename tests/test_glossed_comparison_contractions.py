"""A comparison's base written with the preposition and article contracted: German 'im Vergleich zum Jahr 2030'
(zu + dem) and 'zur' (zu + der), Portuguese 'em relação aos anos' (a + os), 'à', 'às', read as English's
'compared with the …', so the year after it is the base of the change, not a word left unread. And the
change and linking words such sentences write around the figure ('verringert', 'spadek', 'pomiędzy').
And a rise or fall named by the noun 'Plus' or 'Minus' ('das Plus von 3,1 ppm'), read as English's 'increase of'.
The sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, claim_starting, ppm_package

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize(("code", "text", "english"), [
    ("de", "Der Wert ist im Vergleich zum Jahr 2030 gestiegen.", "compared with the year 2030"),
    ("de", "Die Quote ist im Vergleich zur Vorperiode gesunken.", "compared with the"),
    ("pt", "A taxa subiu em relação aos anos anteriores.", "compared with the"),
    ("pt", "A taxa caiu em relação à média de 2030.", "compared with the"),
])
def test_a_contracted_comparison_reads_compared_with(code: str, text: str, english: str) -> None:
    assert english in glossed(text, code)


@pytest.mark.parametrize(("code", "text", "word"), [
    ("de", "Die Emissionen haben sich um 12 Prozent verringert.", "verringert"),
    ("pl", "Pomiędzy rokiem 2020 a 2030 spadek emisji wyniósł 12 proc.", "spadek"),
    ("es", "Aunque el dióxido de carbono creció, la cifra se mantuvo.", "dióxido"),
])
def test_a_change_or_linking_word_is_read(code: str, text: str, word: str) -> None:
    assert word not in unknown_words(text, code, capitals=True)


@pytest.mark.parametrize(("text", "english"), [
    ("Das Plus von 3,1 ppm im Vergleich zum Jahr 2029 sei ein Rekord.", "the increase of 3.1 ppm"),
    ("Die Emissionen zeigten ein Minus von 2,4 Prozent.", "a decrease of 2.4"),
])
def test_a_german_plus_or_minus_noun_reads_as_a_change(text: str, english: str) -> None:
    # 'ein Plus von 3,1 ppm': the noun names a rise, as 'Anstieg' does, so the figure is a change, not a level
    assert english in glossed(text, "de").replace(",", ".").lower()


def test_a_german_plus_of_ppm_is_judged_as_the_years_rise(tmp_path: Path) -> None:
    gas = ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2029, 421.0), (2030, 423.6)]),
        "co2-gr-gl": ("Year", "year", "Annual Increase", [(2029, 2.5), (2030, 2.6)])})
    text = ("Weltweit lag die CO2-Konzentration im Schnitt bei 423,6 Teilchen pro Million. "
            "Das Plus von 3,1 ppm im Vergleich zum Jahr 2029 sei ein Rekordwert, berichtet die NOAA.")
    result = claim_starting(claim_results(text, [gas], date="2031-08-31"), "3,1 ppm")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation
