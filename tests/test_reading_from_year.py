"""'The latest value from 2025 is 9.1 %': a year after 'from' and a reading's noun (periods.json
``reading_from_nouns``) dates that reading, as 'in 2025' would; it is no baseline a change runs from. A figure
of a year past the reference's last row is then unsupported (the data lack the period), not judged against the
last row. A baseline word before the noun keeps the year a baseline. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("reading_from"))


@pytest.mark.parametrize("text", [
    "Chile's consumer price inflation: the latest value from 2023 is 2.2 percent, down from 11.6 percent in 2022.",
    "Chile's consumer price inflation figures from 2023 put it at 2.2 percent.",
])
def test_a_reading_from_a_year_past_the_rows_is_unsupported(cpi: Path, text: str) -> None:
    results = claim_results(text, [cpi], date=None)
    reading = results["2.2 percent"]
    assert reading.claim.period == "2023", reading.explanation
    assert reading.verdict is Verdict.unsupported, reading.explanation


def test_a_change_up_from_the_value_from_a_year_keeps_it_a_baseline(cpi: Path) -> None:
    results = claim_results("Chile's consumer price inflation reached 11.6 percent in 2022, up from the value "
                            "from 2021.", [cpi], date=None)
    reading = results["11.6 percent"]
    assert reading.claim.period == "2022", reading.explanation
    assert reading.verdict is Verdict.supported, reading.explanation
