"""'Prices rose 4.5 % from 2020 to 2021' against an inflation series: the year's rise of prices is
the later year's rate itself, not the relative change of the rate between the two years' rows.
Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {("Norway", 2020): 3.0, ("Norway", 2021): 4.5, ("Norway", 2022): 11.6}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), RATES)


def _result(text: str, figure: str, package: Path):
    return claim_results(text, [package], date="2023-03-01")[figure]


def test_the_later_years_rate_supports_a_rise_between_two_years(package: Path) -> None:
    result = _result("Consumer prices in Norway rose 4.5 percent from 2020 to 2021.", "4.5 percent", package)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021" and result.evidence[0].value == pytest.approx(4.5)


def test_a_rise_the_later_years_rate_does_not_give_is_contradicted_by_that_rate(package: Path) -> None:
    result = _result("Between 2020 and 2021 consumer prices in Norway rose 4.3 percent.", "4.3 percent", package)
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2021" and result.evidence[0].value == pytest.approx(4.5)
