"""'… reached 34,680,000, or 330,000 people (0.96 %) more than a year before': a percent in brackets between a
figure and the comparative that makes it a change ('more than', 'fewer than') restates that change in percent — the
rise between the two years' rows, in the comparative's direction — never a share of the population. Invented
figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.extraction import extract_text
from workbench.models import Direction, Kind, Verdict
from workbench.verify.measures.bracketed import bracketed_change

TEXT = "In 2024 Peru's population reached 34,680,000, or 330,000 people ({percent}) {comparative} in 2023."


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return population_package(tmp_path_factory.mktemp("pop") / "pop",
                              {("Peru", 2023): 34_350_000, ("Peru", 2024): 34_680_000})


@pytest.mark.parametrize(("percent", "verdict"), [("0.96 %", Verdict.supported), ("2.4 %", Verdict.contradicted)])
def test_the_bracketed_percent_is_the_years_change(population: Path, percent: str, verdict: Verdict) -> None:
    text = TEXT.format(percent=percent, comparative="more than")
    result = claim_results(text, [population], date="2025-03-01")[percent]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period.startswith("2024"), result.evidence[0]
    assert "change" in result.explanation, result.explanation


def test_fewer_than_makes_it_a_fall() -> None:
    claim = next(c for c in extract_text(TEXT.format(percent="0.96 %", comparative="fewer than"))
                 if c.text == "0.96 %")
    assert (bracketed_change(claim).kind, bracketed_change(claim).direction) == (Kind.change, Direction.down)
