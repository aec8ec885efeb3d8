"""A mass of CO2 per head whose sentence names no measure, right after a paragraph on the most polluting
countries per head in terms of CO2: the series of carbon per head is the figure's by its unit, as when the
paragraph's own earlier sentence names it, so a figure its row misses is contradicted, not left for review
as a measure carried from afar. A measure named only in a farther paragraph stays for review.

Invented figures in CDIAC's layout (tonnes of carbon per head); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


# the paragraph before the figure's: what it names is the figure's measure
_LEAD = "A survey of the most polluting countries per capita in 2030 in terms of CO2 put Portugal last at 7.3 tonnes."


@pytest.fixture()
def carbon(tmp_path: Path) -> Path:
    # 4.5 t C a head is 16.5 t CO2, 2.0 t C is 7.3 t CO2
    return carbon_package(tmp_path / "carbon", {("CANADA", 2030): 180_000, ("PORTUGAL", 2030): 20_000},
                          per_capita={("CANADA", 2030): 4.5, ("PORTUGAL", 2030): 2.0})


def test_a_figure_after_a_paragraph_on_the_most_polluting_countries_is_judged(carbon: Path) -> None:
    text = (f"{_LEAD}\n\n"
            "Canada follows far ahead at around 17.5 tonnes.")
    result = claim_results(text, [carbon], date="2031-10-01")["17.5 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].value == 4.5


def test_a_figure_that_agrees_is_supported(carbon: Path) -> None:
    text = (f"{_LEAD}\n\n"
            "Canada follows far ahead at around 16.4 tonnes.")
    result = claim_results(text, [carbon], date="2031-10-01")["16.4 tonnes"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_measure_named_two_paragraphs_back_leaves_the_figure_for_review(carbon: Path) -> None:
    text = (f"{_LEAD}\n\n"
            "The survey took two years and covered forty countries.\n\n"
            "Canada follows far ahead at around 17.5 tonnes.")
    result = claim_results(text, [carbon], date="2031-10-01")["17.5 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation
