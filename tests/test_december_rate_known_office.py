"""Where a place's office announces the year's inflation December on December (places.json ``year_rate_basis``),
its news quotes that December's rate as the year's, and at low rates it parts from the annual average by
more than ``rate_basis_ratio``: such a figure within ``rate_basis_ratio_december`` of the row is for a person
(rate_basis), not contradicted. Beyond it, or for a place stating the year otherwise, it stays flagged.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# the averages rose into 2019 from 2018 by less than the figures' gap, and no 2020 row stood by the draft's date
ROWS = {("Russian Federation", 2018): 4.6, ("Russian Federation", 2019): 4.2,
        ("Norway", 2018): 4.6, ("Norway", 2019): 4.2}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("december_office") / "cpi", ROWS)


def test_a_december_office_s_year_rate_well_off_the_average_is_for_a_person(cpi: Path) -> None:
    found = claim_results("Consumer prices in Russia rose 6.0% in 2019, the statistics service Rosstat said.",
                          [cpi], "2020-01-15")
    assert (found["6.0%"].verdict, found["6.0%"].reason) == (Verdict.needs_review, "rate_basis"), \
        found["6.0%"].explanation


@pytest.mark.parametrize("text, figure", [
    ("Consumer prices in Russia rose 6.6% in 2019, the statistics service Rosstat said.", "6.6%"),
    ("Consumer prices in Norway rose 6.0% in 2019, the statistics office said.", "6.0%"),
])
def test_beyond_the_december_spread_or_elsewhere_it_stays_contradicted(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2020-01-15")
    assert found[figure].verdict is Verdict.contradicted, found[figure].explanation


# low rates (Bolivia's World Bank averages, 0.74 % in 2021 and 1.75 % in 2022): no ratio explains a December rate
# nearly twice the year's average; its distance in points does, on the side the rate moved and within twice the move
LOW_RATES = {("Bolivia", 2021): 0.74, ("Bolivia", 2022): 1.75, ("Norway", 2021): 1.70, ("Norway", 2022): 1.75,
             ("Chile", 2021): 2.0, ("Chile", 2022): 2.2}


@pytest.fixture(scope="module")
def low_rates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("december_office_low") / "cpi", LOW_RATES)


def test_a_december_office_s_low_year_rate_a_few_points_off_is_for_a_person(low_rates: Path) -> None:
    # 3.1 is 1.8 times the average 1.75, past rate_basis_ratio_december, but 1.35 points off it
    found = claim_results("La inflación de 3,1% registrada por Bolivia en 2022 estuvo cerca de la meta del Gobierno.",
                          [low_rates], "2023-01-20")
    assert (found["3,1%"].verdict, found["3,1%"].reason) == (Verdict.needs_review, "rate_basis"), \
        found["3,1%"].explanation


@pytest.mark.parametrize("text, figure", [
    # more points off than rate_basis_points_december: wrong on any basis
    ("La inflación de 4,3% registrada por Bolivia en 2022 estuvo cerca de la meta del Gobierno.", "4,3%"),
    # within the points, but further off than twice the averages' move into the year (0.2): no December rate
    ("La inflación de 3,5% registrada por Chile en 2022 estuvo cerca de la meta del Gobierno.", "3,5%"),
    # below the average while the rate rose into the year: no December rate stands there
    ("La inflación de 0,5% registrada por Bolivia en 2022 estuvo cerca de la meta del Gobierno.", "0,5%"),
    # an office that states the year's average: the same gap is a disagreement
    ("Consumer prices in Norway rose 3.1% in 2022, the statistics office said.", "3.1%"),
])
def test_a_low_rate_more_points_off_or_elsewhere_stays_contradicted(low_rates: Path, text: str, figure: str) -> None:
    found = claim_results(text, [low_rates], "2023-01-20")
    assert found[figure].verdict is Verdict.contradicted, found[figure].explanation
