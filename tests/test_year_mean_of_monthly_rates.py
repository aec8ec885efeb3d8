"""A year's average exchange rate of a currency whose rates are published monthly only ('the Sri Lankan
rupee averaged 331.2 per US dollar in 2029', no yearly row anywhere) is the mean of that year's twelve
monthly rows. Only agreement is read so: a figure the mean misses stays a different period for a person,
and a year short of a month has no mean. Where a yearly row exists, it judges the figure as before.
The packages are shaped like the Federal Reserve's rate files; their figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict

# twelve months whose mean is 331.2 (the first and last months alone are far from it)
_MONTHS = {f"2029-{m:02d}": v for m, v in zip(range(1, 13), [360.0, 352.0, 340.0, 330.0, 325.0, 320.0,
                                                              318.0, 322.0, 326.0, 328.0, 328.4, 325.0])}


def _packages(tmp_path: Path, months: dict[str, float] = _MONTHS) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("India", 2029): 97.31}),
            monthly_rates_package(tmp_path / "monthly", "Sri Lanka", months)]


TEXT = "The Sri Lankan rupee averaged {} per US dollar in 2029."


def test_a_years_average_is_the_mean_of_its_monthly_rows_when_no_yearly_row_exists(tmp_path: Path) -> None:
    result = claim_results(TEXT.format("331.2"), _packages(tmp_path), date="2030-03-01")["331.2"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2029" and len(result.evidence[0].cells) == 12


def test_a_years_average_the_monthly_mean_misses_is_left_to_a_person(tmp_path: Path) -> None:
    result = claim_results(TEXT.format("352.0"), _packages(tmp_path), date="2030-03-01")["352.0"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_year_short_of_a_month_has_no_mean(tmp_path: Path) -> None:
    months = {m: v for m, v in _MONTHS.items() if m != "2029-07"}
    result = claim_results(TEXT.format("331.2"), _packages(tmp_path, months), date="2030-03-01")["331.2"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_yearly_row_still_judges_the_year(tmp_path: Path) -> None:
    result = claim_results("The Indian rupee averaged 97.3 per US dollar in 2029.", _packages(tmp_path),
                           date="2030-03-01")["97.3"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].row is not None  # the yearly row itself, not a mean of months
