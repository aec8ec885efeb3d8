"""A year's inflation rate that its sentence dates ('in 2029 prices rose 11 %') and that the year's annual
average misses, while an older year's average happens to match it, is no out-of-date figure: a rate series
wanders, so some older year lies near most figures, and the writer gave the figure's year. Where a
December-on-December or 12-month rate explains the gap (rate_basis: a December-year place, or a gap wider
than ``rate_basis_gap``), the figure goes to a person, saying which older year matches. A figure naming no
year keeps its stale reading (the older row is then the likeliest year it speaks of), and a near miss of a
place that announces the annual average stays flagged.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Kyrgyzstan", 2028): 11.0, ("Kyrgyzstan", 2029): 9.0,
        ("Norway", 2028): 3.1, ("Norway", 2029): 3.0,
        ("Germany", 2028): 4.0, ("Germany", 2029): 3.0}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("stale_rate") / "cpi", ROWS)


def test_a_dated_rate_an_older_average_matches_is_for_a_person(cpi: Path) -> None:
    found = claim_results("Consumer prices in Kyrgyzstan rose 11.0% in 2029, the statistics committee said.",
                          [cpi], "2030-09-01")["11.0%"]
    assert (found.verdict, found.reason) == (Verdict.needs_review, "rate_basis"), found.explanation
    assert "matches the 2028 figure" in found.explanation
    assert found.evidence[0].period == "2029"


def test_a_rate_naming_no_year_keeps_its_stale_reading(cpi: Path) -> None:
    found = claim_results("Consumer prices in Kyrgyzstan rose 11.0%, the statistics committee said.",
                          [cpi], "2030-09-01")["11.0%"]
    assert (found.verdict, found.reason) == (Verdict.contradicted, "stale"), found.explanation


def test_a_near_miss_or_an_annual_average_place_stays_flagged(cpi: Path) -> None:
    near = claim_results("Norway's consumer prices rose 3.1% in 2029.", [cpi], "2030-09-01")["3.1%"]
    assert near.verdict is Verdict.contradicted, near.explanation
    average = claim_results("Germany's consumer prices rose 4.0% in 2029.", [cpi], "2030-09-01")["4.0%"]
    assert average.verdict is Verdict.contradicted, average.explanation
