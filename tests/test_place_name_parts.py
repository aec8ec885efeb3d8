"""A word that is only part of some place's name ('north' of North Macedonia, 'new' of New Zealand), where the
text names no such place, says nothing of where or what a figure is: 'the north slope of the volcano', 'a new
record of 424 ppm' are read by their other words, whatever places the loaded packages list. Invented figures
in publisher-shaped packages; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, ppm_package

from workbench.models import Verdict

MONTHS = [("2022-05", 420.9), ("2023-04", 423.3), ("2023-05", 424.0), ("2023-06", 423.6)]
CPI = {("New Zealand", 2022): 7.2, ("North Macedonia", 2022): 14.2, ("South Africa", 2022): 6.9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    ppm = ppm_package(tmp_path / "ppm", {"co2-mm-mlo": ("Date", "string", "Average", MONTHS)},
                      title="Trends in Atmospheric Carbon Dioxide, Mauna Loa, Hawaii")
    return [ppm, cpi_package(tmp_path / "cpi", CPI)]


@pytest.mark.parametrize("sentence", [
    "The Mauna Loa station logged a new high of 424 ppm in May.",
    "The Mauna Loa station logged a fresh all-time peak of 424 ppm in May.",
    "Carbon dioxide samples are taken at Mauna Loa. The reading on the north flank of the mountain was 424 ppm in May.",
])
def test_a_word_of_a_place_s_name_names_no_place(packages: list[Path], sentence: str) -> None:
    result = claim_results(sentence, packages, "2023-06-05")["424 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023-05"
    assert "about new" not in result.explanation


def test_a_place_named_whole_still_names_its_rows(packages: list[Path]) -> None:
    found = claim_results("Consumer prices in North Macedonia rose 14.2% in 2022, and New Zealand's inflation "
                          "was 7.2% that year.", packages, "2023-06-05")
    assert found["14.2%"].verdict is Verdict.supported and found["14.2%"].evidence[0].dimensions
    assert found["7.2%"].verdict is Verdict.supported


def test_a_counted_noun_that_is_also_a_word_of_a_place_s_name_still_counts(tmp_path: Path) -> None:
    # 'people' is a word of 'Lao People's Democratic Republic' and what a population counts: a part of the
    # people (the villagers) against the whole population is no certain contradiction
    from package_support import population_and_gdp

    population, _gdp = population_and_gdp(tmp_path, {("Kazakhstan", 2022): 19_600_000.0,
                                                     ("Lao People's Democratic Republic", 2022): 7_500_000.0},
                                          {("Kazakhstan", 2022): 2.2e11})
    found = claim_results("In Kazakhstan the urban population was 12.2 million people, the rural one 7.5 million "
                          "people in 2022.", [population], "2023-06-05")
    [result] = [r for text, r in found.items() if text.startswith("7.5 million")]
    assert result.verdict is not Verdict.contradicted, result.explanation
