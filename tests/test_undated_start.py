"""'Chile's GDP grew from $150 billion to $352 billion', no year named for the first figure: the 'from'
end of a change is an earlier reading than the one the change ends at, so the latest row is no ground
for a contradiction — a person decides which year it is. The 'to' end keeps its verdict, as does a
'from' figure whose year is named.

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

GDP = {("Chile", 2001): 150e9, ("Chile", 2010): 240e9, ("Chile", 2022): 330e9, ("Chile", 2023): 352e9}
POPULATION = {("Chile", 2023): 20_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize("text", [
    "Chile's economy expanded more than twofold in two decades, from $150 billion to $352 billion.",
    "Chile's GDP climbed from $150 billion to $352 billion, the central bank's portal shows.",
])
@pytest.mark.parametrize("date", ["2024-06-01", None])
def test_the_start_of_a_change_naming_no_year_goes_to_a_person(packages: list[Path], text: str,
                                                               date: str | None) -> None:
    start = claim_results(text, packages, date)["$150 billion"]
    assert start.verdict is Verdict.needs_review, start.explanation
    end = claim_results(text, packages, date)["$352 billion"]
    # the 'to' end is the latest reading: the latest row judges it (an undated draft's, for review)
    assert end.verdict is (Verdict.supported if date else Verdict.needs_review), end.explanation


def test_a_start_with_its_year_named_is_still_judged(packages: list[Path]) -> None:
    text = "Chile's GDP climbed from $190 billion in 2010 to $352 billion in 2023."
    result = claim_results(text, packages, "2024-06-01")["$190 billion"]
    assert result.verdict is Verdict.contradicted, result.explanation
