"""In a draft with no date, a figure said 'now' speaks of the time the text was written, no earlier
than the latest year the text before it names — also when its own sentence names a baseline year
('has doubled since 1990 and now stands at …'): a baseline is no period of the figure's own.
Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

EMISSIONS = {("Peru", 1990): 21000.0, ("Peru", 2010): 50000.0, ("Peru", 2018): 57000.0}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("co2"), "co2", "Carbon dioxide emissions", "CO2 emissions (kt)",
                             EMISSIONS, description="Carbon dioxide emissions (kt)")


TEXT = ("Peru's national inventory for 2010 counts the country among the region's larger emitters.\n\n"
        "Its carbon dioxide emissions have more than doubled since 1990 and now stand at {} million tonnes.")


def test_now_after_a_baseline_takes_the_year_the_earlier_text_names(package: Path) -> None:
    result = claim_results(TEXT.format("50"), [package], date=None)["50 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2010", result.explanation


def test_the_latest_row_is_not_the_undated_writers_now(package: Path) -> None:
    result = claim_results(TEXT.format("57"), [package], date=None)["57 million tonnes"]
    assert result.verdict is not Verdict.supported, result.explanation
