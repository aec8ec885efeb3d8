"""Two readings are tied only when they fit the wording about equally. A disagreeing series that fits
it clearly better than the one agreeing (a station's monthly mean beside a gap-filled column whose
description the text does not echo) is the figure's reading: the agreeing column's figure is a
coincidence, and the claim is judged by the better reading, not sent to a person as ambiguous."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict

FIELDS = [{"name": "Date", "type": "date"},
          {"name": "Average", "type": "number",
           "description": "The monthly mean CO2 mole fraction determined from daily averages, in ppm."},
          {"name": "Interpolated", "type": "number",
           "description": "Values from the average column and interpolated values where data are missing."}]


def _monthly(year: int, month: int) -> float:
    """An invented monthly mean: 2 ppm a year, May 3 ppm above the rest; May 2022 to May 2023 rises 2.05."""
    return 410.0 + 2.0 * (year - 2021) + (3.0 if month == 5 else 0.0) + (0.05 if year == 2023 else 0.0)


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gas") / "gas"
    (folder / "data").mkdir(parents=True)
    rows = ["Date,Average,Interpolated"]
    for year in (2021, 2022, 2023):
        for month in range(1, 13):
            mean = _monthly(year, month)
            # the second column runs 3.25 below, and 0.15 lower still in 2023: its May rise is 1.9
            rows.append(f"{year}-{month:02d},{mean:.2f},{mean - 3.25 - (0.15 if year == 2023 else 0.0):.2f}")
    (folder / "data" / "co2-mm-mlo.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    descriptor = {"name": "co2-ppm", "title": "Atmospheric carbon dioxide (ppm)",
                  "sources": [{"name": "Observatory network", "path": "https://gas.example.org",
                               "title": "Observatory network"}],
                  "resources": [{"name": "co2-mm-mlo", "path": "data/co2-mm-mlo.csv", "schema": {"fields": FIELDS}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


SENTENCE = "Carbon dioxide measured at the observatory peaked for 2023 in May at 418 parts per million, up {} ppm from 2022."


def test_a_better_fitting_disagreeing_series_decides(gas: Path) -> None:
    # the monthly mean rose 2.05; the gap-filled column's 1.9 agrees, but fits the words less well
    result = claim_results(SENTENCE.format("1.9"), [gas], date="2023-06-08")["1.9 ppm"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].metric.startswith("Average"), result.explanation
    assert result.evidence[0].value == pytest.approx(2.05)


def test_the_better_fitting_series_agreeing_supports(gas: Path) -> None:
    result = claim_results(SENTENCE.format("2.05"), [gas], date="2023-06-08")["2.05 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].metric.startswith("Average")
