"""A place past a comparison word after the figure, with no figure of its own, is the baseline the figure
is measured against ('more CO2 than the next three countries together: Russia, Germany and China'), not
the figure's place: the figure takes its place from the text before, as a reader does, and says so.
Dutch and German copy name places by their people ('de Belgen', 'die Belgier'), Dutch the US by its acronym ('de VS', never the
lower-case 'vs', versus).

The package is shaped as CDIAC publishes fossil carbon by country, names in capitals with a bracketed
qualifier ('CHINA (MAINLAND)'); its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.languages import glossed_in
from workbench.models import Verdict


@pytest.fixture()
def carbon(tmp_path: Path) -> Path:
    # thousand tonnes of carbon; × 3.664 for CO2: the US 700,000 kt C is 2,564.8 million t CO2
    return carbon_package(tmp_path / "carbon", {
        ("UNITED STATES OF AMERICA", 1970): 700_000, ("RUSSIAN FEDERATION", 1970): 300_000,
        ("CHINA (MAINLAND)", 1970): 200_000, ("BELGIUM", 1970): 30_000})


def test_places_after_than_are_the_baseline(carbon: Path) -> None:
    text = ("In 1970 no country emitted more carbon dioxide than the United States. With 2,565 million tonnes of "
            "CO2 the superpower emitted more that year than the next two countries together: Russia and China.")
    result = claim_results(text, [carbon], "1971-06-01")["2,565 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Country": "UNITED STATES OF AMERICA"}
    assert "from the paragraph" in (result.evidence[0].context or "")


def test_a_place_with_a_figure_after_than_stays_the_other_figures(carbon: Path) -> None:
    # the place after 'than' with its own figure is that figure's: the first figure keeps its own place
    text = "In 1970 the United States emitted 2,565 million tonnes of CO2, more than Russia's 1,099 million tonnes."
    results = claim_results(text, [carbon], "1971-06-01")
    assert results["2,565 million tonnes"].evidence[0].dimensions == {"Country": "UNITED STATES OF AMERICA"}
    assert results["1,099 million tonnes"].evidence[0].dimensions == {"Country": "RUSSIAN FEDERATION"}


def test_dutch_acronym_and_the_baseline_after_than(carbon: Path) -> None:
    text = ("In 1970 stootte geen enkel land meer CO2 uit dan de VS. Met 2.565 miljoen ton stootte de grootmacht "
            "dat jaar meer CO2 uit dan de twee volgende landen samen: Rusland en China.")
    result = claim_results(text, [carbon], "1971-06-01")["2.565 miljoen ton"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Country": "UNITED STATES OF AMERICA"}


@pytest.mark.parametrize(("text", "figure"), [
    ("In 1970 stootten de Belgen 110 miljoen ton CO2 uit.", "110 miljoen ton"),
    ("Im Jahr 1970 stießen die Belgier 110 Millionen Tonnen CO2 aus.", "110 Millionen Tonnen"),
])
def test_a_people_names_its_country(carbon: Path, text: str, figure: str) -> None:
    # 30,000 kt C × 3.664 = 109.9 million t CO2
    result = claim_results(text, [carbon], "1971-06-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Country": "BELGIUM"}


def test_lower_case_vs_is_no_country() -> None:
    # read as English reads it: 'de VS' is the US, 'vs' between two figures is versus
    assert "the US" in glossed_in("Daarmee stoten de VS het meest uit.", "nl")
    assert "US" not in glossed_in("China stootte 733 miljoen ton uit, vs 1.099 miljoen ton in Rusland.", "nl")


@pytest.mark.parametrize(("text", "figure"), [
    ("And Belgium? In 1970 our emissions were larger than those of the Chinese: 110 million tonnes of CO2.",
     "110 million tonnes"),
    ("En de Belgen? In 1970 was onze uitstoot groter dan die van de Chinezen: 110 miljoen ton CO2.", "110 miljoen ton"),
])
def test_our_figure_compared_with_another_place_is_ours(carbon: Path, text: str, figure: str) -> None:
    # the writer's own place ('our') is the subject: the place after 'than' is the baseline, and the figure
    # takes the place the sentence before names
    result = claim_results(text, [carbon], "1971-06-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Country": "BELGIUM"}


def test_a_place_after_than_before_the_figure_is_still_its_own(carbon: Path) -> None:
    # no writer's voice: 'lower than China's, at …' gives the figure to China
    text = "In 1970 Belgium's emissions were far lower than those of China, at 733 million tonnes of CO2."
    result = claim_results(text, [carbon], "1971-06-01")["733 million tonnes"]
    assert result.evidence[0].dimensions == {"Country": "CHINA (MAINLAND)"}, result.explanation
