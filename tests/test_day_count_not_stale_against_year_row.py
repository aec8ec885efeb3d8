"""A count the text dates to a day, judged against a stock's yearly row (a mid-year estimate) that holds the
day: the row counts another day, so the count is for review even where an older year's row meets it (not
an out-of-date figure), also when a register's one-day table is loaded beside the yearly rows."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, population_package

MID_YEAR = {("Norway", 2022): 5_457_000, ("Norway", 2023): 5_519_000, ("Norway", 2024): 5_561_000}
# a bureau's table of one day, its date in the file's name and no description, as bureaus post them
REGISTER = ("unit_name,level,total,male,female\nNorway,country,5488984,2760000,2728984\n"
            "Oslo,region,709037,352000,357037\n")


def _packages(folder: Path) -> list[Path]:
    register = folder / "register"
    register.mkdir(parents=True)
    (register / "units_population_2023-01-01.csv").write_text(REGISTER, encoding="utf-8")
    return [population_package(folder / "pop", MID_YEAR), register]


def test_a_count_of_a_day_that_an_older_years_row_meets_is_for_review(tmp_path: Path) -> None:
    text = "On 1 October 2024 the population of Norway stood at 5,518,700 people."
    result = claim_results(text, _packages(tmp_path), date=None)["5,518,700"]
    assert (result.verdict.value, result.reason) == ("needs_review", "different_period"), result.explanation


def test_a_count_of_a_year_that_an_older_years_row_meets_is_still_out_of_date(tmp_path: Path) -> None:
    text = "In 2024 the population of Norway stood at 5,518,700 people."
    result = claim_results(text, _packages(tmp_path), date=None)["5,518,700"]
    assert result.verdict.value == "contradicted", result.explanation
