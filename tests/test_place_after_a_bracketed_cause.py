"""A cause given in brackets after a figure ('9.1 % (a rise driven by food costs) in Kazakhstan') ends at
its bracket, as any clause of text.clause_span does: the place named after it is the figure's own, not a
cause's. A cause in the figure's own stretch still gives no place. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", {("Kazakhstan", 2022): 9.1, ("Norway", 2022): 5.8})


def test_a_place_after_a_bracketed_cause_is_the_figure_s(cpi: Path) -> None:
    found = claim_results("Consumer prices rose 9.1 % (a rise driven by food costs) in Kazakhstan in 2022.", [cpi], "2024-06-01")["9.1 %"]
    assert found.verdict is Verdict.supported, found.explanation
    assert found.evidence[0].period == "2022"


def test_a_place_behind_a_cause_in_the_figure_s_stretch_is_the_cause_s(cpi: Path) -> None:
    found = claim_results("Consumer prices rose 9.1 % in 2022, driven by demand in Kazakhstan.", [cpi], "2024-06-01")["9.1 %"]
    assert found.verdict is not Verdict.supported, found.explanation
