"""A rate's change in points over one month ('0.3 percentage points higher than in January') is for review against
yearly rows — unless its year lies past the end of the place's rows: then nothing in the data is of its time, and
the change is unsupported (a period outside the data), as the month's own rate beside it is. In an undated draft
only when the text writes the year. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Kind, Verdict

_TEXT = ("Annual inflation in Chile stood at 4.1% in February {year}, 0.3 percentage points higher than in January, "
         "the central bank said.")


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Chile", 2022): 11.6, ("Chile", 2023): 7.6})


@pytest.mark.parametrize("date", ["2025-03-20", None])
def test_a_months_change_in_points_past_the_rows_is_unsupported(annual: Path, date: str | None) -> None:
    result = claim_results(_TEXT.format(year=2025), [annual], date=date)["0.3 percentage points"]
    assert result.claim.kind is Kind.change, result.claim
    assert (result.verdict, result.reason) == (Verdict.unsupported, "nearest_other_period"), result.explanation
    assert "February 2025" in result.explanation and "2023" in result.explanation, result.explanation


def test_a_months_change_in_points_within_the_rows_stays_for_review(annual: Path) -> None:
    result = claim_results(_TEXT.format(year=2023), [annual], date="2023-03-20")["0.3 percentage points"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation


def test_an_undated_change_whose_year_the_text_does_not_write_stays_for_review(annual: Path) -> None:
    text = ("Annual inflation in Chile stood at 4.1% in February, 0.3 percentage points higher than in January, "
            "the central bank said.")
    result = claim_results(text, [annual], date=None)["0.3 percentage points"]
    assert result.verdict is Verdict.needs_review, result.explanation
