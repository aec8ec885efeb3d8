"""Places whose statistics state fiscal years (workbench/data/fiscal_years.json): a yearly rate of such a
place, written with a bare year and no fiscal word, may be the fiscal year's. Judged against the calendar
row of its year, a figure that lies within the calendar figures its fiscal year touches is a different
period (needs_review), not a contradiction; one outside them, one compared with places of calendar years,
or one its sentence calls the calendar year's stays contradicted.

The package is World Bank-shaped, its figures invented; the sentences are written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Pakistan", 2021): 9.0, ("Pakistan", 2022): 20.0, ("Pakistan", 2023): 30.0,
        ("India", 2015): 4.9, ("India", 2016): 5.0, ("India", 2017): 3.3,
        ("United States", 2016): 1.3, ("Kenya", 2021): 6.0, ("Kenya", 2022): 8.0,
        ("South Asia", 2021): 5.3, ("South Asia", 2022): 7.6, ("South Asia", 2023): 6.4,
        ("Sri Lanka", 2022): 48.0, ("Bangladesh", 2022): 7.7}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("fiscal") / "cpi", ROWS)


def test_a_fiscal_year_places_rate_between_the_calendar_rows_it_touches_is_for_review(cpi: Path) -> None:
    # Pakistan's fiscal 2022 runs July 2021 to June 2022: 13.5 lies between 2021's 9.0 and 2022's 20.0
    found = claim_results("Inflation in Pakistan averaged 13.5 percent in 2022, the central bank said.", [cpi])
    result = found["13.5 percent"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "fiscal years" in result.explanation and result.evidence[0].period == "2022"


def test_outside_the_touched_rows_or_stated_as_the_calendar_year_it_stays_contradicted(cpi: Path) -> None:
    beyond = claim_results("Inflation in Pakistan averaged 40.5 percent in 2022.", [cpi])["40.5 percent"]
    assert beyond.verdict is Verdict.contradicted, beyond.explanation
    calendar = claim_results("Inflation in Pakistan averaged 13.5 percent in calendar year 2022.", [cpi])
    assert calendar["13.5 percent"].verdict is Verdict.contradicted, calendar["13.5 percent"].explanation
    # a place whose statistics keep calendar years: the row judges the figure
    kenya = claim_results("Inflation in Kenya averaged 7.0 percent in 2022.", [cpi])["7.0 percent"]
    assert kenya.verdict is Verdict.contradicted, kenya.explanation


def test_a_rate_compared_with_places_of_calendar_years_is_on_their_basis(cpi: Path) -> None:
    # India's fiscal years touch 2015–2017 (4.9, 5.0, 3.3): 4.6 fits them, but beside the United States'
    # calendar-year rate the sentence states both for the calendar year
    alone = claim_results("India's consumer price inflation averaged 4.6% in 2016.", [cpi])["4.6%"]
    assert alone.verdict is Verdict.needs_review and "fiscal years" in alone.explanation, alone.explanation
    beside = claim_results("In 2016, consumer price inflation averaged 4.6% in India and 1.3% in the United States.",
                           [cpi])
    assert beside["4.6%"].verdict is Verdict.contradicted, beside["4.6%"].explanation


def test_an_aggregate_of_fiscal_year_places_weighted_otherwise_is_for_review(cpi: Path) -> None:
    # South Asia's members run from Bangladesh's 7.7 to Sri Lanka's 48.0 in 2022: another publisher's
    # weights over their fiscal years may give 8.4, above every row of the aggregate itself
    found = claim_results("South Asia's inflation rate averaged 8.4% in 2022, the regional outlook said.", [cpi])
    assert found["8.4%"].verdict is Verdict.needs_review and "fiscal years" in found["8.4%"].explanation, \
        found["8.4%"].explanation
    beyond = claim_results("South Asia's inflation rate averaged 55.0% in 2022.", [cpi])["55.0%"]
    assert beyond.verdict is Verdict.contradicted, beyond.explanation


def test_a_package_writing_place_names_only_is_read_alike(tmp_path: Path) -> None:
    folder = tmp_path / "national-cpi"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "cpi.csv").write_text("Country,Year,Inflation\nPakistan,2021,9.0\nPakistan,2022,20.0\n",
                                             encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "national-cpi", "title": "Consumer prices",
        "sources": [{"title": "Statistics Office", "path": "https://stats.example.org"}],
        "resources": [{"name": "cpi", "path": "data/cpi.csv", "schema": {"fields": [
            {"name": "Country", "type": "string"}, {"name": "Year", "type": "year"},
            {"name": "Inflation", "type": "number", "description": CPI_WORDS}]}}]}), encoding="utf-8")
    found = claim_results("Inflation in Pakistan averaged 13.5 percent in 2022.", [folder])["13.5 percent"]
    assert found.verdict is Verdict.needs_review and "fiscal years" in found.explanation, found.explanation
