"""Two readings of a figure's year: 'the highest annual rate since 2008' names the record's base, not
the figure's year; 'full year inflation' in a story about December's rate is that December's year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


@pytest.mark.parametrize("record", ["the highest annual rate since 2008 when it reached 7.1 percent",
                                    "its fastest pace since the start of 2008, when prices rose 7.1 percent"])
def test_the_year_after_since_in_a_record_is_not_the_figures(package: Path, record: str) -> None:
    result = claim_results(f"Inflation in Norway averaged 5.8 percent, {record}.", [package])["5.8 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_year_before_the_figure_stays_its_own(package: Path) -> None:
    result = claim_results("In 2021 inflation in Norway averaged 5.8 percent, the highest since 2008.",
                           [package])["5.8 percent"]
    assert result.verdict is not Verdict.supported


def test_full_year_is_the_year_of_the_month_named_before(package: Path) -> None:
    text = ("Norway's consumer prices rose 5.1 percent in the twelve months to December 2022.\n\n"
            "Full-year inflation averaged 5.8 percent.")
    result = claim_results(text, [package], date="2023-01-10")["5.8 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


@pytest.mark.parametrize("lead", [
    "Norway's annual inflation in December eased from the fastest pace since 2008, easing pressure on the central bank this year.",
    "Consumer prices in Norway rose 5.1 percent in the fourth quarter, the most since 2008, and may slow this year.",
])
def test_full_year_is_the_year_of_the_part_named_among_other_years(package: Path, lead: str) -> None:
    # the lead names a month or quarter (of 2022), a record's base (2008) and the year of writing (2023):
    # the full year is the month's or the quarter's
    text = f"{lead}\n\nThe data brought the full-year average inflation rate to 5.8 percent."
    result = claim_results(text, [package], date="2023-01-10")["5.8 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"



@pytest.mark.parametrize("lead", [
    "Norway's consumer prices rose 5.1 percent from a year earlier, down from 5.9 percent in November.",
    "Norway's consumer prices rose 5.1 percent in December.",
])
def test_a_bare_month_of_an_undated_draft_gives_the_full_year_no_year(package: Path, lead: str) -> None:
    # 'in November' with no year and no date is dated from the run, not from the text: the full year it
    # would give is a guess, and no row of that guess can judge the figure
    text = f"{lead}\n\nThat brought the average inflation rate for the year to 5.8 percent."
    undated = claim_results(text, [package], date=None)["5.8 percent"]
    assert undated.verdict is Verdict.needs_review, undated.explanation
    assert "2022" in undated.explanation  # the year whose figure it matches, for the person to weigh
    dated = claim_results(text, [package], date="2023-01-10")["5.8 percent"]  # November or December of 2022
    assert dated.verdict is Verdict.supported and dated.evidence[0].period == "2022", dated.explanation
