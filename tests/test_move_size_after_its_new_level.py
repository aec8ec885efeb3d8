"""'Inflation fell to 2.0 % in 2030, or by 1.5 percentage points': the figure after a move's new level and
'or by' is the size of that move, in the verb's direction — a change, judged as the change between two
rows, not a level of 1.5 that no row holds. Said over months ('rose to 5.1 % in March, or by 1.2 points
compared to December'), it is a change the yearly rows cannot show: for a person, never 'nothing matches'.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Direction, Kind, Verdict

ROWS = {("Norway", 2029): 3.5, ("Norway", 2030): 2.0}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("move_size") / "cpi", ROWS)


def test_the_size_of_a_years_move_is_judged_as_the_change(cpi: Path) -> None:
    found = claim_results("Norway's inflation fell to 2.0% in 2030, or by 1.5 percentage points.",
                          [cpi], "2031-06-01")
    size = found["1.5 percentage points"]
    assert (size.claim.kind, size.claim.direction) == (Kind.change, Direction.down)
    assert size.verdict is Verdict.supported, size.explanation
    assert found["2.0%"].claim.kind is Kind.level


def test_a_wrong_size_of_the_move_is_flagged(cpi: Path) -> None:
    found = claim_results("Norway's inflation fell to 2.0% in 2030, or by 2.5 percentage points.",
                          [cpi], "2031-06-01")
    assert found["2.5 percentage points"].verdict is Verdict.contradicted, found["2.5 percentage points"].explanation


def test_a_move_over_months_is_for_a_person(cpi: Path) -> None:
    found = claim_results("Norway's inflation rose to 5.1% in March 2030, or by 1.2 percentage points compared "
                          "to December.", [cpi], "2030-04-20")
    size = found["1.2 percentage points"]
    assert (size.claim.kind, size.claim.direction) == (Kind.change, Direction.up)
    assert size.verdict is Verdict.needs_review, size.explanation
