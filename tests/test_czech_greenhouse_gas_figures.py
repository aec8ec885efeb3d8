"""Czech copy on greenhouse gases ('skleníkových plynů', 'ekvivalentů CO2'): a mixture no series of one gas holds, so
a per-person figure in its paragraph ('v přepočtu na hlavu … 6,2 tuny') or a share of the world's emissions ('přispěla
… 3 procenty') is unsupported, not read as the carbon series' figure nor left as unknown words."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

TOTALS = {("CHINA (MAINLAND)", 2018): 2_800_000, ("INDIA", 2018): 700_000}
PER_CAPITA = {("CHINA (MAINLAND)", 2018): 2.0, ("INDIA", 2018): 0.5}


def _result(text: str, figure: str, folder: Path) -> str:
    results = claim_results(text, [carbon_package(folder / "co2", TOTALS, PER_CAPITA)], date="2020-04-01")
    [result] = [r for surface, r in results.items() if surface.startswith(figure)]
    return f"{result.verdict.value}: {result.explanation}"


def test_a_per_person_figure_of_greenhouse_gases_is_unsupported(tmp_path: Path) -> None:
    text = ("Celosvětově se emise skleníkových plynů v roce 2018 zvýšily na 50 miliard tun. "
            "V přepočtu na hlavu ale Indie vypustila do vzduchu jen 2,6 tuny.")
    outcome = _result(text, "2,6", tmp_path)
    assert outcome.startswith("unsupported"), outcome


def test_a_share_of_the_worlds_greenhouse_gases_is_unsupported(tmp_path: Path) -> None:
    text = "Indie přispěla v roce 2018 k celosvětovým emisím ekvivalentů CO2 sama 7 procenty."
    outcome = _result(text, "7 procenty", tmp_path)
    assert outcome.startswith("unsupported"), outcome
