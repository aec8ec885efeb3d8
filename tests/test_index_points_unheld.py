"""An index's level in points ('the consumer price index reached 142.3 points'), when no series of the reference data
counts in points: no row of any year or place is the figure's, so it is unsupported (``unit_not_held``), in a dated draft or an undated one whose month the checker would otherwise
count from the day of the check, and in another language whose words the gloss does not all know. A package that
does count an index in points judges such figures as any other; points after a rate stay percentage points, and a
change in points (which may be a rate's percentage points left as points) keeps its reading.

The packages are shaped like the World Bank's consumer-price file and a statistics bureau's index table, with
invented figures; the sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, module_package, tidy_package

from workbench.models import ClaimResult, Verdict

cpi = module_package(cpi_package)


def _result(text: str, figure: str, packages: list[Path], date: str | None = "2023-06-15") -> ClaimResult:
    return claim_starting(claim_results(text, packages, date), figure)


@pytest.mark.parametrize("date", ["2023-06-15", None])
@pytest.mark.parametrize("text, figure", [
    ("Chile's consumer price index rose to 142.3 points in March, the statistics office said.", "142.3 points"),
    ("The general consumer price index for Chile stood at 142.3 points in March, up from 131.2 a year before.",
     "142.3 points"),
    # Arabic copy: 'the consumer price index in Chile rose in March to 142.3 points'
    ("ارتفع الرقم القياسي العام لأسعار المستهلك في تشيلي خلال شهر مارس ليسجل 142.3 نقطة.", "142.3 نقطة"),
])
def test_an_index_in_points_no_series_counts_is_unsupported(cpi: Path, text: str, figure: str,
                                                             date: str | None) -> None:
    result = _result(text, figure, [cpi], date)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "unit_not_held"), result.explanation
    assert "points" in result.explanation and "no series of the reference data counts in that unit" in \
        result.explanation
    assert result.evidence == []


def test_points_after_a_rate_are_its_change_not_an_index(cpi: Path) -> None:
    # 'points' beside a rate are percentage points: the rate's rows judge them, agreeing or not
    result = _result("Chile's inflation reached 11.6% in 2022, 7.1 points up on 2021.", "7.1 points", [cpi])
    assert result.claim.unit == "pp"
    assert result.reason != "unit_not_held" and result.evidence, result.explanation


def test_a_change_in_points_keeps_its_reading(cpi: Path) -> None:
    # 'a fall of 3.2 points' after two rates may be their difference in percentage points: not declined for its unit
    result = _result("In Chile inflation eased to 8.4% in March from 11.6% a year before, a fall of 3.2 points.",
                     "3.2 points", [cpi])
    assert result.reason != "unit_not_held", result.explanation


def _index_table(folder: Path) -> Path:
    return tidy_package(folder / "package", "cpi-index", "Consumer price index",
                        {"name": "cpi_index", "path": "cpi_index.csv", "title": "Consumer price index (points)",
                         "source": "https://stats.example/cpi"},
                        "period,value,unit,country,indicator\n"
                        "2022,131.2,points,Chile,Consumer price index\n"
                        "2023,142.3,points,Chile,Consumer price index\n")


index_table = module_package(_index_table)


def test_an_index_in_points_a_series_counts_is_judged_by_it(index_table: Path) -> None:
    result = _result("Chile's consumer price index stood at 142.3 points in 2023.", "142.3 points", [index_table])
    # the table's rows are the figure's: not declined for a unit the data lacks
    assert result.reason != "unit_not_held", result.explanation
    assert 142.3 in [e.value for e in result.evidence], result.explanation
