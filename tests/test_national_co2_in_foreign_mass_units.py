"""A nation's CO2 written in another language's mass units ('kilotones', 'millones de kilotones',
'quilotoneladas', 'megatoneladas') is a mass: the unit picks the country's emissions series, never a
station's or the globe's parts per million, which a bare figure beside 'CO2' would fall to. And a place
past a semicolon that leads into a figure of its own is that figure's: 'In 2030 it emitted 90 kt; Peru
emitted 60 kt' leaves the first figure to the country the sentence before names.

Packages are publisher-shaped with invented figures: CDIAC-style carbon by country (thousand tonnes of
carbon, × 3.664 for CO2) beside a station's and the globe's CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, ppm_package

from workbench.models import Verdict

# thousand tonnes of carbon; × 3.664: Chile 2030 = 21,984 kt CO2, Peru 2030 = 14,656 kt CO2
TOTALS = {("CHILE", 2030): 6_000, ("PERU", 2030): 4_000, ("CHILE", 2029): 5_800, ("PERU", 2029): 3_900}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    carbon = carbon_package(tmp_path / "carbon", TOTALS)
    ppm = ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2029, 429.0), (2030, 431.2)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2030-04", 436.9), ("2030-05", 438.5)])})
    return [carbon, ppm]


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Chile emitió 21.984 kilotones de CO2 en 2030.", "21.984 kilotones", Verdict.supported),
    ("Chile emitió 25.100 kilotoneladas de CO2 en 2030.", "25.100 kilotoneladas", Verdict.contradicted),
    ("Em 2030, o Chile emitiu 21.984 quilotoneladas de CO2.", "21.984 quilotoneladas", Verdict.supported),
    ("Chile emitió 22 megatoneladas de CO2 en 2030.", "22 megatoneladas", Verdict.supported),
])
def test_a_foreign_mass_unit_picks_the_countrys_series(packages: list[Path], text: str, claim: str,
                                                       verdict: Verdict) -> None:
    result = claim_results(text, packages, "2032-01-10")[claim]
    assert result.verdict is verdict, result.explanation
    assert result.evidence and result.evidence[0].dimensions == {"Country": "CHILE"}, result.evidence


def test_a_semicolon_leaves_the_next_clauses_place_to_its_own_figure(packages: list[Path]) -> None:
    text = ("Chile encabeza la lista. En 2030 emitió más de 25.000 kilotones; Perú emitió 14.656 kilotones "
            "de CO2.")
    results = claim_results(text, packages, "2032-01-10")
    first = results["25.000 kilotones"]
    # Chile's 21,984 kt is not 'more than 25,000': the sentence before names the place, not Peru after the ';'
    assert first.verdict is Verdict.contradicted, first.explanation
    assert first.evidence[0].dimensions == {"Country": "CHILE"}, first.evidence
    second = results["14.656 kilotones"]
    assert second.verdict is Verdict.supported and second.evidence[0].dimensions == {"Country": "PERU"}, second.explanation


def test_in_english_too(packages: list[Path]) -> None:
    text = "Chile tops the list. In 2030 it emitted over 25,000 kilotonnes; Peru emitted 14,656 kilotonnes of CO2."
    first = claim_results(text, packages, "2032-01-10")["25,000 kilotonnes"]
    assert first.verdict is Verdict.contradicted and first.evidence[0].dimensions == {"Country": "CHILE"}, first.explanation
