"""The lists of places whose statistics state years otherwise (``fiscal_years.json``: fiscal years;
places.json ``year_rate_basis`` ``december_on_december``: a year's inflation December on December) are keyed by ISO 3166
code: a package that spells the country its own way, with no code column ('Egypt, Arab Rep.', 'Moldova,
Rep.'), reaches them as a package that writes the code does.

The package has only a country's name and a year; figures invented, sentences written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results

from workbench.models import Verdict

ROWS = {("Egypt, Arab Rep.", 2021): 5.2, ("Egypt, Arab Rep.", 2022): 13.9,
        ("Moldova, Rep.", 2020): 3.0, ("Romania", 2020): 3.0}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("names") / "cpi"
    (folder / "data").mkdir(parents=True)
    lines = ["Country,Year,Inflation", *(f'"{place}",{year},{value}' for (place, year), value in sorted(ROWS.items()))]
    (folder / "data" / "cpi.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    descriptor = {"name": "cpi", "title": "Consumer prices",
                  "sources": [{"name": "Statistics Office", "path": "https://stats.example.org", "title": "Statistics Office"}],
                  "resources": [{"name": "cpi", "path": "data/cpi.csv", "schema": {"fields": [
                      {"name": "Country", "type": "string"}, {"name": "Year", "type": "year"},
                      {"name": "Inflation", "type": "number", "description": CPI_WORDS}]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def test_a_fiscal_year_place_spelled_its_own_way_is_for_review(cpi: Path) -> None:
    # Egypt's fiscal 2022 runs July 2021 to June 2022: 8.5 lies between 2021's 5.2 and 2022's 13.9
    found = claim_results("Inflation in Egypt averaged 8.5 percent in 2022, the statistics agency said.", [cpi])
    result = found["8.5 percent"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "Egypt states its years as fiscal years" in result.explanation


def test_a_december_rate_place_spelled_its_own_way_is_for_a_person(cpi: Path) -> None:
    found = claim_results("Moldova's inflation in 2020 was 3.2%, the statistics office said.", [cpi], "2021-03-01")
    assert (found["3.2%"].verdict, found["3.2%"].reason) == (Verdict.needs_review, "rate_basis"), found["3.2%"].explanation


def test_a_place_on_no_list_is_still_flagged(cpi: Path) -> None:
    found = claim_results("Romania's inflation in 2020 was 3.2%, the statistics office said.", [cpi], "2021-03-01")
    assert found["3.2%"].verdict is Verdict.contradicted, found["3.2%"].explanation
