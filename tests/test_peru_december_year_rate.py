"""Peru's statistics office (INEI) announces a year's inflation December on December, and its news quotes
that rate as the year's: a plain year figure for Peru that the annual average misses narrowly is another
period for a person (rate_basis), in Spanish as in English, not a contradiction. Elsewhere a near
miss of the year's average is still flagged.

Package publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Peru", 2019): 2.1, ("Peru", 2020): 1.8, ("Norway", 2020): 3.0}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("En 2020 la inflación en el Perú fue de 1,93%, según el instituto de estadística.", "1,93%"),
    ("Peru's inflation in 2020 was 1.93%, the statistics institute said.", "1.93%"),
])
def test_a_near_miss_of_perus_year_is_for_a_person(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2021-03-01")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.needs_review, "rate_basis")


def test_a_near_miss_elsewhere_is_still_flagged(cpi: Path) -> None:
    found = claim_results("Norway's inflation in 2020 was 3.2%, the statistics office said.", [cpi], "2021-03-01")
    assert found["3.2%"].verdict is Verdict.contradicted


def test_perus_year_average_itself_is_still_supported(cpi: Path) -> None:
    found = claim_results("Peru's inflation in 2020 was 1.8%, the statistics institute said.", [cpi], "2021-03-01")
    assert found["1.8%"].verdict is Verdict.supported
