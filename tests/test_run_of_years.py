"""A bound said of a run of years ('2015 was the fourth consecutive year that inflation topped 5 %',
'above 5 percent for the third year in a row') holds for each year of the run: an earlier year that
breaks it contradicts the claim, even though the figure's own year meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict
from workbench.verify import Reason

RATES = {("Kenya", 2016): 6.3, ("Kenya", 2017): 8.0, ("Kenya", 2018): 4.7, ("Kenya", 2019): 5.2,
         ("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


def test_a_year_of_the_run_below_the_bound_contradicts(package: Path) -> None:
    # 2018's 4.7 % breaks a run of five years above 5 % ending in 2022
    text = "Kenya's inflation stayed above 5 percent in 2022 for the fifth consecutive year, the statistics office said."
    result = claim_results(text, [package], date="2023-02-01")["5 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason == Reason.RUN_BROKEN.value
    assert result.evidence[0].period == "2018"
    assert "2018" in result.explanation


def test_a_run_every_year_of_which_meets_the_bound_is_supported(package: Path) -> None:
    text = "Kenya's inflation stayed above 5 percent in 2022 for the fourth year in a row, the statistics office said."
    result = claim_results(text, [package], date="2023-02-01")["5 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_sentence_naming_no_run_is_judged_by_its_year_alone(package: Path) -> None:
    text = "Kenya's inflation stayed above 5 percent in 2022, the statistics office said."
    result = claim_results(text, [package], date="2023-02-01")["5 percent"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_run_another_clause_names_leaves_the_bound_to_its_own_year(package: Path) -> None:
    # the run is the exports' (another clause); the bound 'above 7 percent' is 2022's alone
    text = "Kenya's exports rose for the fifth consecutive year, and inflation was above 7 percent in 2022."
    result = claim_results(text, [package], date="2023-02-01")["7 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.reason != Reason.RUN_BROKEN.value
