"""A rate's change in points written as percent ('a rise of 2.3 percent from 3.5 percent', the rate
now 5.8): when the sentence gives both ends and their difference is the figure, the change is read
in points against the rate series; a relative change the ends bear out stays a relative change."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


@pytest.mark.parametrize("sentence, figure", [
    ("Norway's inflation rate climbed to 5.8 percent in 2022, a rise of 2.3 percent from 3.5 percent a year "
     "earlier.", "2.3 percent"),
    ("In 2022 consumer prices in Norway rose 5.8 per cent, up 2.3 per cent compared with 3.5 per cent in 2021.",
     "2.3 per cent"),
])
def test_points_written_as_percent_are_read_as_points(package: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [package])[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(5.8 - 3.5)
    assert "points" in result.explanation


def test_a_wrong_difference_is_still_flagged(package: Path) -> None:
    # 11.6 − 4.5 = 7.1 points and a 158 % relative change: '3.1 percent' is neither
    result = claim_results("Chile's inflation reached 11.6 percent in 2022, an increase of 3.1 percent from "
                           "4.5 percent in 2021.", [package])["3.1 percent"]
    assert result.verdict is not Verdict.supported


def test_a_relative_change_the_ends_bear_out_stays_relative(package: Path) -> None:
    result = claim_results("Chile's inflation reached 11.6 percent in 2022, up 158 percent from 4.5 percent in "
                           "2021.", [package])["158 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx((11.6 / 4.5 - 1) * 100)
