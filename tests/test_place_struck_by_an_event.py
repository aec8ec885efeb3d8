"""'… 8.4 % in 2031 during the debt crisis that hit the global economy': the place after 'that hit' (or
'which swept', 'that rocked' …) is what an event of the sentence struck, a cause as 'due to' gives one,
not the place the figure is about. With no other place named the figure goes to a person, never to the
World row; a country named in the sentence is still the figure's place."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Chile", 2031): 8.4, ("World", 2031): 3.0})


@pytest.mark.parametrize("text", [
    "The highest inflation rate before that was 8.4% in 2031 during the debt crisis that hit the global economy.",
    "Inflation peaked at 8.4% in 2031, in the year of the debt crisis which swept the world economy.",
])
def test_the_struck_world_is_no_place_of_the_figure(cpi: Path, text: str) -> None:
    result = claim_results(text, [cpi], date="2033-02-01")["8.4%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert not any(e.value == pytest.approx(3.0) for e in result.evidence)


def test_a_named_country_is_still_the_figures_place(cpi: Path) -> None:
    text = "Chile's inflation was 8.4% in 2031 during the debt crisis that hit the global economy."
    result = claim_results(text, [cpi], date="2033-02-01")["8.4%"]
    assert result.verdict is Verdict.supported, result.explanation
