"""A region the text names that the data holds no row for ('West Africa', 'the Western Balkans',
'the Nordic countries', 'Southeast Asia') is a named place, not a missing one: its figure is
unsupported, never judged by a World Bank group of a similar name nor sent for review as a figure
with no place (data/aggregates.csv).

The package is publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Sub-Saharan Africa", 2022): 9.4, ("Europe & Central Asia", 2022): 10.8,
        ("East Asia & Pacific", 2022): 5.4, ("High income", 2022): 7.2}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("sentence, figure, region", [
    ("In West Africa, consumer price inflation averaged 9.4% in 2022, the regional bank said.", "9.4%", "West Africa"),
    ("Inflation across the Western Balkans reached 10.8% in 2022.", "10.8%", "Balkans"),
    ("Consumer prices in Southeast Asia rose 5.4% in 2022.", "5.4%", "Southeast Asia"),
    ("The Nordic countries saw consumer price inflation of 7.2% in 2022.", "7.2%", "Nordic countries"),
])
def test_a_region_with_no_row_is_unsupported_not_matched_to_a_group_of_similar_figure(
        cpi: Path, sentence: str, figure: str, region: str) -> None:
    found = claim_results(sentence, [cpi], "2023-03-01")
    assert found[figure].verdict is Verdict.unsupported
    assert region in found[figure].explanation


def test_a_world_bank_region_the_text_names_is_still_judged_by_its_row(cpi: Path) -> None:
    found = claim_results("Inflation in Sub-Saharan Africa averaged 9.4% in 2022.", [cpi], "2023-03-01")
    assert found["9.4%"].verdict is Verdict.supported
