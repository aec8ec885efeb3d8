"""A period in brackets standing alone after a sentence ('… in Chile. (2021).') dates the sentence's
figures, as a caption's or a table note's year does; the evidence says where the period came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


@pytest.mark.parametrize("tail", [" (2021).", "  (2021)", " (2021)."])
def test_a_bracketed_year_after_the_sentence_dates_its_figures(package: Path, tail: str) -> None:
    results = claim_results(f"Consumer price inflation in Norway was 3.5 percent, lower than in Chile.{tail}", [package])
    result = results["3.5 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"
    assert "brackets after the sentence" in result.explanation


def test_a_bracketed_note_that_is_no_period_dates_nothing(package: Path) -> None:
    # no period after the sentence: the latest year (2022, 5.8 %) is what the figure is read against
    results = claim_results("Consumer price inflation in Norway was 3.5 percent, lower than in Chile. (see table)",
                            [package])
    result = results["3.5 percent"]
    assert result.verdict is not Verdict.supported
    assert "brackets" not in result.explanation
