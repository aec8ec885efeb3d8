"""A national statistics office's own name (gazetteer.csv aliases: 'Hellenic Statistical Authority',
'ELSTAT', 'Statistics Mauritius') names the country it counts, in the figure's sentence or a paragraph
before it, as the country's name would; with no such name the figure stays unplaced. A change 'in
comparison to' a year is measured from that year to the sentence's own, as 'compared with' is.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Greece", 2021): 1.4, ("Greece", 2022): 9.1, ("Mauritius", 2022): 10.5, ("Chile", 2022): 9.1,
        ("Hungary", 2022): 14.6, ("Belgium", 2022): 10.3, ("Spain", 2022): 8.4, ("Netherlands", 2022): 10.0}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("offices") / "cpi", ROWS)


@pytest.mark.parametrize(("text", "figure", "country"), [
    ("Prices kept climbing last year, the Hellenic Statistical Authority (ELSTAT) said on Monday.\n\n"
     "On average, inflation stood at 9.1% in 2022.", "9.1%", "Greece"),
    ("Figures from ELSTAT came out on Tuesday.\n\nInflation averaged 9.1% in 2022.", "9.1%", "Greece"),
    ("Statistics Mauritius released its yearly report.\n\nThe headline inflation rate was 10.5% for 2022.",
     "10.5%", "Mauritius"),
    ("The KSH published its figures on Friday.\n\nOn average, consumer prices rose 14.6% in 2022.", "14.6%", "Hungary"),
    ("A Központi Statisztikai Hivatal szerint 2022-ben az infláció átlagosan 14,6% volt.", "14,6%", "Hungary"),
    ("Statbel said inflation averaged 10.3% in 2022.", "10.3%", "Belgium"),
])
def test_an_office_named_before_places_the_figure(cpi: Path, text: str, figure: str, country: str) -> None:
    result = claim_results(text, [cpi], "2023-06-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert country in result.evidence[0].dimensions.values(), result.evidence[0]


def test_without_the_office_the_figure_names_no_place(cpi: Path) -> None:
    result = claim_results("The statistics office released its yearly report.\n\nInflation averaged 9.1% in 2022.",
                           [cpi], "2023-06-01")["9.1%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_unnamed"), result.explanation


@pytest.mark.parametrize("office", ["INE", "the Central Statistics Office", "the National Bureau of Statistics"])
def test_a_name_several_countries_offices_bear_names_no_place(cpi: Path, office: str) -> None:
    """Spain's, Chile's and Bolivia's offices are all the INE: the name alone says not which."""
    result = claim_results(f"According to {office}, inflation averaged 8.4% in 2022.", [cpi], "2023-06-01")["8.4%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_unnamed"), result.explanation


@pytest.mark.parametrize("office", ["het Centraal Bureau voor de Statistiek", "het CBS"])
def test_the_dutch_office_name_curacao_and_aruba_share_names_no_place(cpi: Path, office: str) -> None:
    """The offices of the Netherlands, Curaçao and Aruba all bear the Dutch name and its acronym."""
    text = f"Vorig jaar stegen de prijzen flink. Gemiddeld 10 procent in 2022, meldt {office}."
    result = claim_results(text, [cpi], "2023-01-15")["10 procent"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_unnamed"), result.explanation


def test_the_dutch_office_beside_the_countrys_own_word_places_the_figure(cpi: Path) -> None:
    text = "Volgens het CBS was de inflatie in Nederland in 2022 gemiddeld 10 procent."
    result = claim_results(text, [cpi], "2023-01-15")["10 procent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Netherlands" in result.evidence[0].dimensions.values(), result.evidence[0]


def test_a_change_in_comparison_to_a_year_is_of_the_sentence_s_year(cpi: Path) -> None:
    result = claim_results("The average consumer price index of ELSTAT in 2022 was up by 9.1% in comparison to 2021.",
                           [cpi], "2023-06-01")["9.1%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022", result.evidence[0]
