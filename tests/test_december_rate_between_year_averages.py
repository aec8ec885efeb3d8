"""Where a year's inflation is announced December on December (places.json ``year_rate_basis``: ``december_on_december``),
a year whose rate fell fast ends with a December rate far below its average, nearer the next year's
average: December stands half a year past the middle of its year's average and half a year before the
next's. A plain year figure between the two averages is for a person (rate_basis), once the next year's
row is published by the draft's date; one outside them, or a place that announces the annual average, is
still contradicted.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# a rate falling fast through 2019 (its average 8.0 %, the next year's 2.6 %), in a December place and elsewhere
ROWS = {("Ukraine", 2018): 11.0, ("Ukraine", 2019): 8.0, ("Ukraine", 2020): 2.6,
        ("Mozambique", 2018): 11.0, ("Mozambique", 2019): 8.0, ("Mozambique", 2020): 2.6,
        ("Norway", 2018): 11.0, ("Norway", 2019): 8.0, ("Norway", 2020): 2.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("between") / "cpi", ROWS)


@pytest.mark.parametrize("place", ["Ukraine", "Mozambique"])
def test_a_december_rate_between_the_year_s_average_and_the_next_is_for_a_person(cpi: Path, place: str) -> None:
    found = claim_results(f"Consumer prices in {place} rose 4.2% in 2019, the statistics office said.",
                          [cpi], "2022-06-01")
    assert (found["4.2%"].verdict, found["4.2%"].reason) == (Verdict.needs_review, "rate_basis"), \
        found["4.2%"].explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    # below the next year's average too: no December rate of the year lies there
    ("Consumer prices in Ukraine rose 2.0% in 2019, the state statistics service said.", "2.0%", "2022-06-01"),
    # the same figure where the year's average is what the office announces
    ("Consumer prices in Norway rose 4.2% in 2019, the statistics office said.", "4.2%", "2022-06-01"),
    # a draft written before the next year's average was out cannot lean on it
    ("Consumer prices in Ukraine rose 4.2% in 2019, the state statistics service said.", "4.2%", "2020-01-20"),
])
def test_a_figure_outside_the_two_averages_or_elsewhere_is_still_flagged(cpi: Path, text: str, figure: str,
                                                                         date: str) -> None:
    found = claim_results(text, [cpi], date)
    assert found[figure].verdict is Verdict.contradicted, found[figure].explanation
