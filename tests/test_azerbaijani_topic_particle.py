"""Azerbaijani 'isə' marks the topic ('as for 2022, …'), not a new clause: it is glossed as nothing, so a
forecast's words before it still make the figure after it a forecast ('according to the Fund's forecast,
as for 2022, prices will rise 6.1 %'), judged needs_review against the outturn, never a contradiction.

Package publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Azerbaijan", 2021): 6.7, ("Azerbaijan", 2022): 13.9}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_a_forecast_past_the_topic_particle_is_still_a_forecast(cpi: Path) -> None:
    text = "Mərkəzi Bankın proqnozuna görə isə Azərbaycanda istehlak qiymətləri 2022-ci ildə 6,1% artacaq."
    found = claim_results(text, [cpi], None)  # undated, as a wire copy
    assert found["6,1%"].verdict is Verdict.needs_review
    assert found["6,1%"].reason == "projection"


def test_an_outturn_with_the_particle_is_still_judged(cpi: Path) -> None:
    text = "Azərbaycanda 2022-ci ildə isə istehlak qiymətləri 13,9% artıb."
    found = claim_results(text, [cpi], "2023-02-01")
    assert found["13,9%"].verdict is Verdict.supported
