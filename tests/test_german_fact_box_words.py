"""A German country fact box ('Russische Föderation': 'Einwohner 145.000.000 = 8 je km2 (Stand 2021, Weltrang: 9)',
'Bruttosozialprodukt (BSP, pro Einwohner und Jahr) 9232 US-$') is read as German, its words glossed: 'je' is
'per', 'Weltrang' a world rank, and the Bruttosozialprodukt (gross national product) a measure no package
holds, not words the checker could not read.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.languages import detect, glossed_in
from workbench.models import Verdict


def test_a_fact_box_line_counting_inhabitants_per_square_kilometre_is_german() -> None:
    line = "Einwohner 145.000.000 = 8 je km2 (Stand 2021, Weltrang: 9)"
    assert detect(line) == "de"  # its one lower-case word, "je", is German as well as Serbian: its capitals are German nouns
    assert glossed_in(line, "de") == "Inhabitants 145,000,000 = 8 per km2 (as of 2021, world rank: 9)"


def _fact_box(line: str) -> str:
    return f"# Russische Föderation\n\n{line}"


def test_the_inhabitants_of_a_fact_box_are_checked_against_the_population(kaz_rus_packages: list[Path]) -> None:
    found = claim_results(_fact_box("Einwohner 145.000.000 = 8 je km2 (Stand 2021, Weltrang: 9)"),
                          kaz_rus_packages, "2023-05-01")
    assert claim_starting(found, "145").verdict is Verdict.supported


@pytest.mark.parametrize("line, figure", [
    ("Bruttosozialprodukt (BSP, pro Einwohner und Jahr) 9232 US-$", "9232"),
])
def test_a_measure_no_package_holds_named_in_german_is_unsupported(kaz_rus_packages: list[Path], line: str,
                                                                   figure: str) -> None:
    result = claim_starting(claim_results(_fact_box(line), kaz_rus_packages, "2023-05-01"), figure)
    assert result.verdict is Verdict.unsupported
    assert result.reason != "unknown_language_words"
