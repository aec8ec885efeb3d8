"""A figure whose sentence names no place but calls it 'the country' or 'the Kingdom' speaks of a country: when
the text before it names several places, only one of them a country ('Saudi Arabia's emissions fell while the
world's rose'), that country is the figure's — a group of countries or a city is never 'the Kingdom'. With two
countries named before, the figure names none and is for a person. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_starting, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # thousand tonnes of carbon: 158,000 kt C is 579 million tonnes of CO2
    return carbon_package(tmp_path_factory.mktemp("carbon") / "carbon",
                          {("SAUDI ARABIA", 2041): 158000.0, ("QATAR", 2041): 30000.0})


KINGDOM = "Carbon dioxide emissions in the Kingdom reached 579 million tonnes in 2041."


@pytest.mark.parametrize("text", [
    f"Saudi Arabia's emissions kept falling in 2041, while those of the world went on rising.\n\n{KINGDOM}",
    f"Saudi Arabia's emissions kept falling in 2041, while those of the world went on rising. {KINGDOM}",
])
def test_the_kingdom_is_the_one_country_named_before(carbon: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [carbon], date="2042-05-01"), "579 million")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "SAUDI ARABIA"


def test_two_countries_named_before_leave_the_kingdom_unnamed(carbon: Path) -> None:
    text = f"Saudi Arabia's emissions kept falling in 2041, while those of Qatar went on rising.\n\n{KINGDOM}"
    result = claim_starting(claim_results(text, [carbon], date="2042-05-01"), "579 million")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_sentence_without_a_referring_noun_takes_no_place_from_several(carbon: Path) -> None:
    text = ("Saudi Arabia's emissions kept falling in 2041, while those of the world went on rising.\n\n"
            "Carbon dioxide emissions reached 579 million tonnes in 2041.")
    result = claim_starting(claim_results(text, [carbon], date="2042-05-01"), "579 million")
    assert result.verdict is not Verdict.supported, result.explanation


def test_the_kingdom_of_the_figures_clause_speaks_past_a_group_named_before_it(carbon: Path) -> None:
    # 'in the Kingdom' makes the figure the one country's: the world of the report's description is no place of it
    text = ("Saudi Arabia's emissions kept falling in 2041, while those of the world went on rising.\n\n"
            "According to a review of global energy data, carbon dioxide emissions in the Kingdom reached "
            "579 million tonnes in 2041.")
    result = claim_starting(claim_results(text, [carbon], date="2042-05-01"), "579 million")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "SAUDI ARABIA"
