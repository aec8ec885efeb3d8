"""'Historically, the average for Chile from 1990 to 2033 is 7.5 percent': a figure over a span of years
whose sentence names its measure only by a generic word ('average', which picks the CO2 files' 'Mean')
cannot be the CO2 series (no Chile), and every series in percent with rows for Chile ends before the span
does: whichever it measures, no row reaches its last year — unsupported, not sent to a person. A span the
rows reach keeps being read through the place's own series. The package of consumer prices is invented;
the CO2 one is the shared package."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wild_package
from package_support import claim_results, cpi_package

from workbench.models import Verdict

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    rows = {("Chile", year): 3.0 + (year % 5) for year in range(2018, 2023)}
    return [wild_package("co2-ppm"), cpi_package(tmp_path / "cpi", rows)]


def test_a_generic_average_over_a_span_past_the_places_rows_is_unsupported(packages: list[Path]) -> None:
    text = "Historically, the average for Chile from 2018 to 2033 is 4.9 percent."
    result = claim_results(text, packages, date="2033-06-01")["4.9 percent"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "no_figure"


def test_a_generic_average_over_a_span_the_rows_reach_is_not_called_unsupported(packages: list[Path]) -> None:
    text = "Historically, the average for Chile from 2018 to 2022 is 4.9 percent."
    result = claim_results(text, packages, date="2023-06-01")["4.9 percent"]
    assert result.verdict is not Verdict.unsupported, result.explanation
