"""A rate naming no period of its own that its sentence calls a twelve-month (annual) average, read for a
month carried from the sentence before it, is the average of the twelve months that month closes: after
December, the calendar year's average, which the yearly row judges; after another month, twelve months
the yearly rows do not cover."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

# invented figures: the package's 2022 average for Norway is 5.8 %
_AFTER_DECEMBER = ("In December 2022 inflation in Norway eased to 6.4 percent, the statistics office said. "
                   "The annual average inflation rate nevertheless came to {} percent.")


def _annual_average(text: str, tmp_path: Path, claim: str):
    results = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-01-16")
    result = claim_starting(results, claim)
    return result


def test_the_average_after_december_is_the_years_average(tmp_path: Path) -> None:
    result = _annual_average(_AFTER_DECEMBER.format("5.8"), tmp_path, "5.8")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2022"


def test_an_average_the_years_row_refutes_is_contradicted(tmp_path: Path) -> None:
    result = _annual_average(_AFTER_DECEMBER.format("7.3"), tmp_path, "7.3")
    assert result.verdict is Verdict.contradicted
    assert result.evidence[0].period == "2022"


def test_the_average_after_another_month_is_no_calendar_year(tmp_path: Path) -> None:
    text = ("In October 2022 inflation in Norway rose to 7.5 percent, the statistics office said. "
            "The annual average inflation rate came to 5.8 percent.")
    result = _annual_average(text, tmp_path, "5.8")
    assert result.verdict is Verdict.needs_review
