"""An undated draft whose earlier paragraph writes the month and year a rate speaks of ('Between January and
March 2023 …'), against a place whose annual rows end the year before: no row of that year at all, so the
data cannot judge the rate (verdicts.md: a period outside the data is unsupported), as when the sentence
writes the year itself. A year the undated text does not write ('last year') is the run date's guess, and
is carried from no earlier paragraph: such a rate stays for a person.

Package: consumer prices as the World Bank describes them, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Norway", 2020): 1.3, ("Norway", 2021): 3.5, ("Norway", 2022): 5.8,
        ("Chile", 2020): 3.0, ("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Chile", 2023): 7.6}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)


@pytest.mark.parametrize("earlier", [
    "Between January and March 2023, consumer price inflation slowed across the region.",
    "In March 2023 the statistics office published its consumer price index for the first quarter.",
])
def test_a_rate_of_a_written_year_the_place_s_rows_do_not_reach_is_unsupported(package: Path, earlier: str) -> None:
    text = f"{earlier}\n\nNorway posted the highest inflation of the group, with a rate of 9.4%."
    result = claim_results(text, [package], date=None)["9.4%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "nearest_other_period"), result.explanation
    assert result.evidence[0].period == "2022"


def test_the_same_rate_with_the_year_unwritten_stays_for_a_person(package: Path) -> None:
    text = ("Last year consumer price inflation slowed across the region.\n\n"
            "Norway posted the highest inflation of the group, with a rate of 9.4%.")
    result = claim_results(text, [package], date=None)["9.4%"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_place_whose_rows_reach_the_year_is_still_read_as_a_different_period(package: Path) -> None:
    # Chile has 2023: its annual average is the nearest evidence of a month's rate, for a person to weigh
    text = ("Between January and March 2023, consumer price inflation slowed across the region.\n\n"
            "Chile posted the highest inflation of the group, with a rate of 9.4%.")
    result = claim_results(text, [package], date=None)["9.4%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
