"""French 'de X à Y' after a verb of movement ('est passée de 6,1 % à 7,7 %', 'a bondi de 5,4 % en 2020 à
7,7 % en 2022') is a move from one figure to the other, not a range [X, Y]: each figure is its own claim,
judged by its own row, so the first can no longer hide inside a range the second satisfies. 'de' with no
'à' and a figure after stays the change's 'by'."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


def test_each_end_of_a_move_is_its_own_claim(package: Path) -> None:
    results = claim_results("Au Kenya, l'inflation a bondi de 5,4% en 2020 à 7,7% en 2022, selon le bureau.",
                            [package], date="2023-03-01")
    assert set(results) == {"5,4%", "7,7%"}, list(results)
    assert results["5,4%"].verdict is Verdict.supported and results["5,4%"].evidence[0].period == "2020"
    assert results["7,7%"].verdict is Verdict.supported and results["7,7%"].evidence[0].period == "2022"


def test_a_wrong_starting_figure_is_no_longer_inside_a_range(package: Path) -> None:
    # as a range [3.9, 7.7] the 2022 row would satisfy it; as a move, 3.9 % is 2020's figure and is wrong
    results = claim_results("Au Kenya, l'inflation est passée de 3,9% en 2020 à 7,7% en 2022, selon le bureau.",
                            [package], date="2023-03-01")
    assert "3,9%" in results, list(results)
    assert results["3,9%"].verdict is not Verdict.supported, results["3,9%"].explanation


def test_de_without_a_second_figure_is_no_move(package: Path) -> None:
    results = claim_results("Au Kenya, les prix ont augmenté de 6,1% en 2021, selon le bureau.", [package],
                            date="2022-03-01")
    assert list(results) == ["6,1%"]
    assert results["6,1%"].verdict is Verdict.supported, results["6,1%"].explanation
