"""'On 1 January 2030 the Valparaíso Region had 1,981,400 inhabitants', against a table of a country's regions counted
on one day only (1 January 2031): a region's count of a day shortly before the table's is another day's count, which
the row neither confirms nor refutes, as a count of a day after it is — for a person, with the row beside it, never a
period outside the data. Counts years before the table, counts farther off the row than populations move between the
two days, and the country's own total row (whose country has series of other days) are left unsupported.

Invented figures: a table of regions dated by its file name, as statistics offices publish it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("regions")
    (folder / "region_population_2031-01-01.csv").write_text(
        "Region,Total,Men,Women\n"
        "The Republic of Chile,19412300,9541000,9871300\n"
        "Valparaíso Region,2010500,980200,1030300\n"
        "Biobío Region,1670800,812100,858700\n", encoding="utf-8")
    return [folder]


@pytest.mark.parametrize(("text", "figure"), [
    ("On 1 January 2030 the Valparaíso Region had 1,981,400 inhabitants, the regional office said.", "1,981,400"),
    # a day after the row's, as before: the same answer either side of the table's day
    ("On 1 July 2031 the Valparaíso Region had 2,021,700 inhabitants, the regional office said.", "2,021,700"),
])
def test_a_regions_count_of_a_day_near_the_tables_is_another_days_count(regions: list[Path], text: str,
                                                                        figure: str) -> None:
    result = claim_results(text, regions, "2031-09-10")[figure]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert result.evidence[0].period == "2031-01-01"
    assert result.evidence[0].value == 2010500
    assert "different period" in result.explanation, result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    # eight years before the table: a period it does not reach
    ("On 1 January 2023 the Valparaíso Region had 1,960,200 inhabitants, the regional office said.", "1,960,200"),
    # a year before, but 40 % off: no region's count moves so far in a year
    ("On 1 January 2030 the Valparaíso Region had 1,205,900 inhabitants, the regional office said.", "1,205,900"),
    # the country's own total among the regions: its count of another day is no region's
    ("On 1 January 2030 the Republic of Chile had 19,215,600 inhabitants, the statistics office said.", "19,215,600"),
])
def test_other_counts_before_the_tables_day_stay_unsupported(regions: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, regions, "2031-09-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
