"""A station named in a clause of the sentence that states a figure of its own says where that figure was
read, not the figure of another clause with its own subject: 'the CO2 concentration passed 400 ppm in 2015,
while this September's readings at Mauna Loa exceed 410 ppm' names no record for the 400 (invented figures).
Where the station's and the world's yearly means then disagree about the mark, which record the writer read
is for a person; a figure whose clause names no measure of its own goes on with the station's clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

# the station's yearly mean passes 400 in 2015, the world's stays below it; the station's spring months
# passed it in 2014 already
STATION_YEARS = [(2014, 398.6), (2015, 401.0), (2016, 404.4)]
WORLD_YEARS = [(2014, 397.1), (2015, 399.6), (2016, 403.1)]
STATION_MONTHS = [(f"{year}-{month:02d}", base + (3.0 if month in (4, 5, 6) else 0.0) + month / 100)
                  for year, base in ((2014, 397.5), (2015, 399.9), (2016, 403.3)) for month in range(1, 13)]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("clauses") / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", STATION_YEARS),
        "co2-annmean-gl": ("Year", "year", "Mean", WORLD_YEARS),
        "co2-mm-mlo": ("Date", "string", "Average", STATION_MONTHS)})


@pytest.mark.parametrize("text", [
    "The carbon dioxide concentration of the air exceeded 400 ppm in 2015, while this September the "
    "readings at Mauna Loa in Hawaii are above 412 ppm.",
    # Japanese copy words the mark's verb after the figure: '400ppmを超えた' (exceeded 400 ppm)
    "大気のCO2濃度が400ppmを超えたのは2015年でしたが、今年9月のハワイ、マウナロアでの観測値は412ppmを超えています。",
])
def test_a_station_named_for_another_clauses_figure_leaves_the_record_open(records: Path, text: str) -> None:
    result = claim_results(text, [records], date="2016-10-01")
    first = next(r for claim, r in result.items() if claim.startswith("400"))
    assert first.verdict is Verdict.needs_review, first.explanation
    assert first.evidence[0].period == "2015", first.evidence


def test_a_figure_whose_clause_names_no_measure_keeps_the_stations(records: Path) -> None:
    # '2.4 ppm more than a year before' goes on with Mauna Loa's clause: the station's rise, not the world's
    text = "Mauna Loa recorded 401.0 ppm in 2015, 2.4 ppm more than a year before."
    result = claim_results(text, [records], date="2016-10-01")["2.4 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Mauna Loa" in result.explanation or "mlo" in str(result.evidence[0]), result.explanation
