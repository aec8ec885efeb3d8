"""Figures paired with places by 'respectively', and sentences whose only words beside the figure
are a rank ('in second position', 'placing it fourth') or the figure's own unit: the measure is the
one named just before, and a per-capita figure is never the total of the figures after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

_JOBLESS = {("Chile", 2021): 9.1, ("Chile", 2022): 7.9, ("Peru", 2022): 7.7, ("Norway", 2022): 3.2}
_PRICES = {("Chile", 2022): 11.6, ("Peru", 2022): 8.3, ("Norway", 2022): 5.8}
_CO2 = {("Chile", 2019): 4.6, ("Peru", 2019): 1.9, ("Norway", 2019): 7.5}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("respective")
    return [publisher_package(root / "jobless", "jobless", "Unemployment rate (% of labour force)", "Unemployment",
                              _JOBLESS),
            publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                              _PRICES),
            publisher_package(root / "co2", "co2", "CO2 emissions (metric tons per capita)",
                              "CO2 emissions per capita", _CO2)]


def _read(text: str, packages: list[Path]) -> dict[str, tuple[str, str | None]]:
    """claim text → (verdict, the place of its first evidence row)."""
    out = {}
    for surface, r in claim_results(text, packages, date="2023-06-01").items():
        place = r.evidence[0].dimensions.get("Country") if r.evidence else None
        out[surface] = (r.verdict.value, place)
    return out


@pytest.mark.parametrize("text, expected", [
    ("In 2019, Chile, Peru and Norway emitted 4.6, 1.9 and 7.5 tons of CO2 per capita respectively.",
     {"4.6": ("supported", "Chile"), "1.9": ("supported", "Peru"), "7.5 tons": ("supported", "Norway")}),
    ("Unemployment in 2022 was 7.9 percent and 7.7 percent in Chile and Peru respectively.",
     {"7.9 percent": ("supported", "Chile"), "7.7 percent": ("supported", "Peru")}),
    ("Per-capita CO2 emissions in 2019: Peru and Chile, in that order, 1.9 tons and 4.6 tons.",
     {"1.9 tons": ("supported", "Peru"), "4.6 tons": ("supported", "Chile")}),
    ("Unemployment in 2022 was 7.7 percent and 7.9 percent in Chile and Peru respectively.",
     {"7.7 percent": ("contradicted", "Chile"), "7.9 percent": ("contradicted", "Peru")}),
])
def test_respectively_pairs_figures_and_places_in_order(packages: list[Path], text: str,
                                                        expected: dict[str, tuple[str, str]]) -> None:
    assert _read(text, packages) == expected


def test_a_list_whose_places_and_figures_differ_in_number_is_read_by_nearness(packages: list[Path]) -> None:
    """Three places, two figures: 'respectively' pairs nothing; the nearest place still speaks."""
    got = _read("In 2019 Norway led, while Chile and Peru emitted 4.6 and 1.9 tons of CO2 per capita "
                "respectively.", packages)
    assert got["1.9 tons"] == ("supported", "Peru")


@pytest.mark.parametrize("text, surface, place", [
    ("Unemployment was among the region's worst in 2022. Chile came in second position with 7.9 percent.",
     "7.9 percent", "Chile"),
    ("Unemployment in the region rose in 2022. Peru ranked third, placing it with 7.7 percent.",
     "7.7 percent", "Peru"),
])
def test_a_rank_word_names_no_measure(packages: list[Path], text: str, surface: str, place: str) -> None:
    verdict, where = _read(text, packages)[surface]
    assert verdict in ("supported", "needs_review") and where == place


def test_a_unit_stated_once_for_two_figures_is_no_measure_and_a_per_capita_figure_no_total(
        packages: list[Path]) -> None:
    """'… with 4.6 and 2.4 tons respectively' after '7.5 tons per capita': the tons are the figures' own
    unit, the measure the sentence before names, and 7.5 per head is no total the two break down."""
    text = ("In 2019 the highest CO2 emissions were Norway's, at 7.5 tons per capita. "
            "Chile and Peru are in the second and third positions with 4.6 and 2.4 tons respectively.")
    got = _read(text, packages)
    assert got["4.6"][1] == "Chile" and got["4.6"][0] in ("supported", "needs_review")
    assert got["2.4 tons"][1] == "Peru" and got["2.4 tons"][0] in ("contradicted", "needs_review")


@pytest.mark.parametrize("text, surface, verdict", [
    # a separator missing ('Chile Peru'): no list of three pairs with the three figures, so which place the
    # figure is said of is unknown — the nearest place (Norway) is no better a guess than the others
    ("In 2019 Chile Peru and Norway emitted respectively 4.6, 1.9 and 7.5 tons of CO2 per capita.", "1.9", "needs_review"),
    ("In 2019 Chile Peru and Norway emitted respectively 4.6, 3.3 and 7.5 tons of CO2 per capita.", "3.3",
     "contradicted"),
])
def test_a_respectively_run_no_list_pairs_with_is_said_of_the_places_as_a_group(
        packages: list[Path], text: str, surface: str, verdict: str) -> None:
    assert _read(text, packages)[surface][0] == verdict
