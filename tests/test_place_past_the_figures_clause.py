"""A place named past a figure's clause ('…, while Chile and Peru also saw prices climb') is another clause's
subject when the figure's own clause names its place before it: the figure is that place's, not the nearer
one's. A digit group's comma ('$12,919') ends no clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict
from workbench.text import clause_break_between


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


def test_a_while_clause_after_the_figure_does_not_take_it(cpi: Path) -> None:
    results = claim_results("Norway's consumer price inflation rose from 1.3% in 2020 to 5.8% in 2022, while Chile "
                            "and Peru also saw prices climb.", [cpi])
    result = results["5.8%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "Norway"


def test_a_dashed_aside_after_the_figure_does_not_take_it(cpi: Path) -> None:
    [result] = claim_results("Chile's consumer price inflation of 11.6% in 2022 - Norway saw far less - was a record.",
                             [cpi]).values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "Chile"


def test_a_digit_groups_comma_ends_no_clause() -> None:
    text = "GDP per head grew to $12,919 in 2023, while others lagged."
    assert not clause_break_between(text, 0, text.index(" in 2023"))
    assert clause_break_between(text, text.index(" in 2023"), text.index("while"))
