"""A percent whose sentence names a currency the rate series hold may be that currency's move: another series
(GDP, named by 'economy' nearby) lacking the place it reads declines nothing, a person decides. French news names
the dollar 'la devise américaine' and its rise 's'est appréciée'. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_starting, claim_results, rates_package

from workbench.models import Verdict


@pytest.fixture()
def packages(kaz_rus_packages: list[Path], tmp_path: Path) -> list[Path]:
    rates = {(place, year): rate for place, by_year in {"Euro": (0.85, 0.95), "Japan": (110.0, 131.0),
                                                        "Mexico": (20.3, 20.1), "Canada": (1.25, 1.30)}.items()
             for year, rate in zip((2021, 2022), by_year)}
    return [*kaz_rus_packages, rates_package(tmp_path, rates)]


@pytest.mark.parametrize("text, figure", [
    ("Soutenu par la vigueur de l'économie américaine, le dollar reste fort.\n\n"
     "La devise américaine s'est appréciée de 19 % face au yen et de 11 % par rapport à l'euro depuis janvier.",
     "11 %"),
    ("Backed by the strength of the American economy, the dollar stays strong.\n\n"
     "The US currency has gained 19 % on the yen, of 11 % compared with the euros and more since January.", "11 %"),
])
def test_a_move_against_a_held_currency_is_not_declined_for_gdps_places(packages: list[Path], text: str,
                                                                         figure: str) -> None:
    result = claim_starting(claim_results(text, packages, "2022-10-01"), figure)
    assert result.verdict is Verdict.needs_review, result.explanation


def test_the_french_name_of_the_dollars_rise_reads_as_a_change(packages: list[Path]) -> None:
    text = "La devise américaine s'est appréciée de 19 % par rapport au yen en 2022."
    result = claim_starting(claim_results(text, packages, "2023-02-01"), "19 %")
    assert result.reason != "place_not_covered" and result.evidence, result.explanation


def test_a_move_against_a_currency_no_series_holds_stays_declined(packages: list[Path]) -> None:
    # the figure's own counterpart is the gourde, which no rate series holds; the euro named later is another figure's
    text = ("Soutenu par la vigueur de l'économie américaine, le dollar reste fort.\n\n"
            "La devise américaine s'est appréciée de 17 % par rapport à la gourde et de 11 % par rapport à l'euro.")
    result = claim_starting(claim_results(text, packages, "2022-10-01"), "17 %")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_percent_beside_a_currency_area_named_without_a_link_keeps_its_decline(packages: list[Path]) -> None:
    # 'the euro area' names a place to compare with, not a currency the figure moved against
    text = ("Backed by the strength of the American economy, demand stays strong.\n\n"
            "Core inflation in the United States, at 6.1 %, is higher than in the euro area.")
    result = claim_starting(claim_results(text, packages, "2022-10-01"), "6.1 %")
    assert result.verdict is not Verdict.needs_review or result.reason != "no_match", result.explanation
