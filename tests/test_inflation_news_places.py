"""Which place a figure of a ranking speaks of: in 'Peru leads with 8.5 %, followed by Chile with
7.9 %' the place after 'followed by' (data/places.json ``succession_words``, glossed from 'suivi du',
'seguido de') has its own figure after it, so the first figure stays the leader's. The sides of a war
given as a cause ('due to the Russia-Ukraine war', 'the war in Ukraine') are no place of the figure:
the story's country is (data/places.json ``conflict_nouns``).

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Peru", 2022): 8.3, ("Chile", 2022): 11.6, ("Uruguay", 2022): 9.1, ("Guatemala", 2022): 6.9,
        ("Russian Federation", 2022): 13.8, ("Ukraine", 2022): 20.2}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_the_leader_of_a_ranking_keeps_its_figure_beside_the_one_that_follows(cpi: Path) -> None:
    found = claim_results("Chile topped the region with inflation of 11.6% in 2022, followed by Uruguay with 9.1%.",
                          [cpi], "2023-03-01")
    assert found["11.6%"].verdict is Verdict.supported
    assert found["9.1%"].verdict is Verdict.supported


def test_a_wrong_leaders_figure_is_not_judged_by_the_place_that_follows(cpi: Path) -> None:
    found = claim_results("Guatemala ranked first with inflation of 9.1% in 2022, followed by Peru with 8.3%.",
                          [cpi], "2023-03-01")
    # judged by Guatemala's row (a gap that wide between a year's rates is for review), not by Peru's
    assert found["9.1%"].verdict is not Verdict.supported
    assert "6.9" in found["9.1%"].explanation and "8.3" not in found["9.1%"].explanation


def test_a_french_ranking_glossed_keeps_the_leaders_figure(cpi: Path) -> None:
    found = claim_results("En 2022, le Chili vient en tête avec un taux d'inflation de 11,6%, suivi de l'Uruguay "
                          "avec 9,1%.", [cpi], "2023-03-01")
    assert found["11,6%"].verdict is Verdict.supported


def test_the_sides_of_a_war_given_as_a_cause_are_not_the_figures_place(cpi: Path) -> None:
    found = claim_results("Guatemala's economy slowed last year. Higher fuel prices due to the Russia-Ukraine war "
                          "pushed inflation to 6.9% in 2022.", [cpi], "2023-03-01")
    assert found["6.9%"].verdict is Verdict.supported


def test_a_war_in_a_named_country_leaves_the_figure_to_the_story_s_country(cpi: Path) -> None:
    found = claim_results("Peru's central bank met on Thursday. Costlier fuel after the war in Ukraine and "
                          "Russia's invasion lifted inflation to 8.3% in 2022.", [cpi], "2023-03-01")
    assert found["8.3%"].verdict is Verdict.supported


def test_a_rate_at_the_regional_level_is_the_group_named_before_not_its_member(tmp_path: Path) -> None:
    # the paragraph before names a member country and its union; 'au niveau régional' picks the union, which
    # has no rows: no row of the member judges it
    text = ("Au Sénégal, l'inflation s'est établie à 3,1 % en 2030, en dessous de celle de l'UEMOA, qui atteint 4,2 %.\n\n"
            "Sur l'année 2030, l'inflation a été de 4,2 % au niveau régional.")
    found = claim_results(text, [cpi_package(tmp_path / "cpi", {("Senegal", 2030): 3.1, ("Mali", 2030): 4.2})],
                          "2031-02-01")
    assert found["3,1 %"].verdict is Verdict.supported
    assert found["4,2 %"].verdict is Verdict.unsupported and found["4,2 %"].reason == "place_not_covered", \
        found["4,2 %"].explanation


def test_a_rate_at_the_regional_level_after_two_members_names_no_place(tmp_path: Path) -> None:
    text = ("Au Sénégal, l'inflation s'est établie à 3,1 % en 2030, contre 4,2 % au Mali.\n\n"
            "Sur l'année 2030, l'inflation a été de 3,6 % au niveau régional.")
    found = claim_results(text, [cpi_package(tmp_path / "cpi", {("Senegal", 2030): 3.1, ("Mali", 2030): 4.2})],
                          "2031-02-01")
    assert found["3,6 %"].verdict is Verdict.needs_review, found["3,6 %"].explanation


def test_an_event_named_by_a_people_s_adjective_leaves_the_figure_to_the_story_s_country(tmp_path: Path) -> None:
    # 'la crise ukrainienne' (glossed 'the crisis Ukrainian') dates the figure; France is the story's place
    rows = {("France", 2021): 1.6, ("Ukraine", 2021): 9.4}
    text = ("Les prix à la consommation ont ralenti en 2024, à +2%, selon l'Insee.\n\n"
            "En 2021, avant le début de la crise ukrainienne, les prix à la consommation avaient augmenté de "
            "1,6% en moyenne sur l'année.")
    found = claim_results(text, [cpi_package(tmp_path / "cpi", rows)], "2025-01-15")
    assert found["1,6%"].verdict is Verdict.supported, found["1,6%"].explanation
    assert "Ukraine" not in found["1,6%"].explanation


def test_an_english_event_named_by_a_people_s_adjective_is_no_place_either(cpi: Path) -> None:
    found = claim_results("Peru's central bank met on Thursday. Costlier fuel since the Ukrainian crisis lifted "
                          "inflation to 8.3% in 2022.", [cpi], "2023-03-01")
    assert found["8.3%"].verdict is Verdict.supported, found["8.3%"].explanation
