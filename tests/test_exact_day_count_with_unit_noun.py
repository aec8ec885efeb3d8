"""'On 1 January the population of Chile was 19,412,300 people': the noun after the figure says what
is counted (people, persons, residents, человек), not which series nor where. The clause names the
measure and the place, so a count dated that very day stays the evidence before an annual (mid-year)
series of the same measure, as it is for the figure written with no noun after it.

The packages are invented: a register count dated by its file name, with no descriptor and no unit,
and a World Bank-shaped annual 'Population, total' whose rows count people at mid-year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

DAY_COUNT = 19_412_300


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    register = tmp_path / "register"
    register.mkdir()
    (register / "area_population_2031-01-01.csv").write_text(
        "Area,Total,Men,Women\n"
        f"Chile,{DAY_COUNT},9541000,9871300\n"
        "Peru,33870000,16800000,17070000\n", encoding="utf-8")
    annual = publisher_package(tmp_path / "annual", "population", "Population, total", "Population",
                               {("Chile", 2030): 19_650_000, ("Chile", 2031): 19_790_000,
                                ("Peru", 2030): 33_900_000, ("Peru", 2031): 34_100_000},
                               description="Total population counts all residents at mid-year (people)")
    return [register, annual]


@pytest.mark.parametrize("noun", ["", " people", " persons", " inhabitants", " residents"])
def test_a_count_on_a_named_day_is_judged_by_that_days_row(packages: list[Path], noun: str) -> None:
    text = f"On 1 January 2031 the population of Chile was 19,412,300{noun}, the statistics office said."
    result = claim_results(text, packages, "2031-03-10")["19,412,300"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-01-01"
    assert result.evidence[0].value == DAY_COUNT


@pytest.mark.parametrize("noun", ["", " people"])
def test_a_wrong_count_on_that_day_is_not_excused_by_the_annual_series(packages: list[Path], noun: str) -> None:
    text = f"On 1 January 2031 the population of Chile was 18,950,000{noun}, the statistics office said."
    result = claim_results(text, packages, "2031-03-10")["18,950,000"]
    assert result.verdict is not Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-01-01", result.explanation


def test_a_russian_count_in_people_is_judged_by_that_days_row(packages: list[Path]) -> None:
    text = "По данным статистического ведомства, на 1 января 2031 года население Чили составило 19 412 300 человек."
    [result] = [r for surface, r in claim_results(text, packages, "2031-03-10").items() if "412" in surface]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-01-01"
