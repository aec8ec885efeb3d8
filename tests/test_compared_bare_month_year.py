"""'In January 2022 prices rose 7.7 %, up from 6.6 % in December': the bare month of the figure the
sentence compares with is the last such month up to the month it dated — December 2021 — not the
December before the draft's date (a retrospective piece written in mid-2023 read it as December 2022,
and a row of the wrong year judged it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("pkgs") / "cpi")]


@pytest.mark.parametrize("link", ["up from", "compared with", "higher than"])
def test_the_compared_month_takes_the_year_before_the_dated_month(packages: list[Path], link: str) -> None:
    text = f"In January 2022 consumer prices in Chile rose 7.7 percent, {link} 6.6 percent in December."
    result = claim_results(text, packages, date="2023-06-01")["6.6 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2021", CPI[("Chile", 2021)])


def test_an_earlier_compared_month_keeps_the_dated_year(packages: list[Path]) -> None:
    text = "In December 2021 consumer prices in Chile rose 7.2 percent, up from 6.7 percent in November."
    result = claim_results(text, packages, date="2023-06-01")["6.7 percent"]
    assert result.evidence and result.evidence[0].period == "2021", result.evidence
