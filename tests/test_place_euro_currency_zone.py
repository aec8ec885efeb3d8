"""'The euro currency zone', 'the single currency area': the euro area written out as wire copy does.
The word 'euro' alone is also a currency (a row of the exchange-rate files), so without the whole
name an inflation figure of the area was read as the currency's and found no rows (unsupported)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

ROWS = {("Euro area", 2021): 2.6, ("Euro area", 2022): 8.4, ("Italy", 2022): 8.2}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [publisher_package(tmp_path_factory.mktemp("pkgs") / "cpi", "cpi", "Consumer price inflation", "Inflation", ROWS)]


@pytest.mark.parametrize("area", ["the euro currency zone", "the single currency area"])
def test_the_area_written_out_is_the_euro_areas_row(packages: list[Path], area: str) -> None:
    result = claim_results(f"Consumer price inflation in {area} averaged 8.4 per cent in 2022.", packages)["8.4 per cent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == 8.4


def test_a_month_of_the_area_is_its_own_harmonised_series(packages: list[Path]) -> None:
    # the area is found from the written-out name: its month's rate is Eurostat's HICP (place_series_qualifiers),
    # which the packages do not hold, not another period of the row aggregating national CPIs
    text = "Inflation in the euro currency zone was 9.6 per cent in December 2022, down from November."
    result = claim_results(text, packages)["9.6 per cent"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
    assert "euro area" in result.explanation
