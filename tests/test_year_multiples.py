"""A multiple comparing a figure with the same measure in another year ('more than twice as high as
in 2021', 'almost four times lower than in 2022'): the ratio of the two years' rows, a rate's too;
the figure's own year from its sentence, else from the sentence it refers back to."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


def _multiple(text: str, package: Path, figure: str):
    results = claim_results(text, [package])
    assert figure in results, list(results)
    return results[figure]


def test_the_year_of_the_sentence_referred_to(package: Path) -> None:
    text = "Chile's inflation rate reached 11.6 percent in 2022. That was more than 2.5 times as high as in 2021."
    result = _multiple(text, package, "2.5 times")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(CPI[("Chile", 2022)] / CPI[("Chile", 2021)], rel=1e-4)
    assert result.evidence[0].period == "2021/2022"


def test_the_year_of_its_own_sentence_and_a_smaller_figure(package: Path) -> None:
    result = _multiple("In 2020 Chile's inflation rate was almost four times lower than in 2022.", package, "four times")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(CPI[("Chile", 2022)] / CPI[("Chile", 2020)], rel=1e-4)


def test_a_wrong_multiple_is_flagged(package: Path) -> None:
    result = _multiple("In 2022 Chile's inflation rate was five times as high as in 2021.", package, "five times")
    # a rate's multiple is a reading of two rows the text may mean otherwise: flagged, never supported
    assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation
    assert "2.58 times" in result.explanation
    assert result.evidence[0].period == "2021/2022"
    # referred to by 'That', the measure carried from the sentence before: not confirmed either way
    text = "Chile's inflation rate reached 11.6 percent in 2022. That was five times as high as in 2021."
    assert _multiple(text, package, "five times").verdict is not Verdict.supported


def test_a_multiple_compared_with_a_place_is_no_year_comparison(package: Path) -> None:
    # 'as high as in Norway' compares places: no ratio of two years is read
    result = _multiple("In 2022 Chile's inflation rate was 2.5 times as high as in Norway.", package, "2.5 times")
    assert not (result.evidence and result.evidence[0].period == "2021/2022")
