"""Where a year's inflation is announced December on December (places.json ``year_rate_basis``), a year's
rate its own year's average misses while a later year's happens to meet is that office's December rate
as likely as a slipped year: the rate-basis reading comes before the year mix-up (needs_review,
``rate_basis``). 'Prices rose by an average of …' averages the basket (periods.json
``basket_average_words``), not the year's months, so it does not make the figure the annual average there.
Where the office announces the annual average, or the text calls the figure the year's average, the mix-up
stands.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# 2019's average 7.9 %; 2022's 7.3 % meets a figure of 7.3 % given for 2019
ROWS = {(place, year): value for place in ("Ukraine", "Norway")
        for year, value in ((2018, 11.0), (2019, 7.9), (2020, 2.7), (2021, 9.4), (2022, 7.3))}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("mixup") / "cpi", ROWS)


@pytest.mark.parametrize("text", [
    "In Ukraine, consumer prices in 2019 increased by an average of 7.3%.",
    "Consumer prices in Ukraine rose 7.3% in 2019, the statistics service said.",
])
def test_a_december_place_s_year_rate_met_by_a_later_year_is_for_a_person(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2024-06-01")["7.3%"]
    assert (found.verdict, found.reason) == (Verdict.needs_review, "rate_basis"), found.explanation


@pytest.mark.parametrize("text", [
    # the office announces the annual average: a later year's match is a slipped year
    "In Norway, consumer prices in 2019 increased by an average of 7.3%.",
    # the text calls it the year's average
    "Ukraine's average annual inflation in 2019 was 7.3%.",
])
def test_an_annual_average_met_by_a_later_year_is_still_a_mix_up(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2024-06-01")["7.3%"]
    assert (found.verdict, found.reason) == (Verdict.contradicted, "year_mixup"), found.explanation


def test_a_bound_a_later_year_passes_is_still_a_mix_up(cpi: Path) -> None:
    found = claim_results("In 2020, Ukraine's consumer prices rose by more than 9%.", [cpi], "2024-06-01")
    [result] = [r for surface, r in found.items() if surface.startswith("more than 9%") or surface == "9%"]
    assert (result.verdict, result.reason) == (Verdict.contradicted, "year_mixup"), result.explanation


# an undated draft: a later year's match is no ground for a slipped year while some basis of the named year may give
# the figure; one several times the year's average and off it against the way the rate moved fits none
UNDATED_ROWS = {("Ukraine", year): value for year, value in ((2011, 6.0), (2012, 5.5), (2013, 6.0), (2014, 12.1))}


@pytest.fixture(scope="module")
def undated_cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("undated_mixup") / "cpi", UNDATED_ROWS)


def test_an_undated_year_rate_some_basis_may_give_is_for_a_person(undated_cpi: Path) -> None:
    found = claim_results("Consumer prices in Ukraine rose 6.0% in 2012, the statistics service said.", [undated_cpi], None)
    assert (found["6.0%"].verdict, found["6.0%"].reason) == (Verdict.needs_review, "rate_basis"), found["6.0%"].explanation


def test_an_undated_year_rate_no_basis_gives_is_contradicted(undated_cpi: Path) -> None:
    found = claim_results("Consumer prices in Ukraine rose 12.1% in 2012, the statistics service said.", [undated_cpi], None)
    assert found["12.1%"].verdict is Verdict.contradicted, found["12.1%"].explanation
    assert found["12.1%"].evidence[0].period == "2012", found["12.1%"].explanation
