"""Two shapes of wire copy on a country's inflation. Reported speech puts a forecast's future in
'would' ('the IMF added that inflation would drop to 13 percent by 2023'): a projection, not the
outturn, in an undated text as in a dated one. A half or a quarter of a fiscal year is written onto
its prefix ('1HFY22', 'Q3FY23'): still a fiscal year's part, another period than a calendar year's row."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("pkgs") / "cpi")]


@pytest.mark.parametrize("date", [None, "2022-04-01", "2023-06-01"])  # undated, before or after the year ended
def test_would_in_reported_speech_makes_a_projection(packages: list[Path], date: str | None) -> None:
    text = "The central bank added that inflation in Chile would slow to 8 percent in 2022."
    result = claim_results(text, packages, date=date)["8 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", CPI[("Chile", 2022)])


def test_would_be_states_no_projection(packages: list[Path]) -> None:
    text = "Inflation in Chile averaged 11.6 percent in 2022, which would be the highest in decades."
    assert claim_results(text, packages)["11.6 percent"].verdict is Verdict.supported


@pytest.mark.parametrize("code", ["1HFY22", "H1FY22", "Q3FY22"])
def test_a_fiscal_half_or_quarter_is_another_period(packages: list[Path], code: str) -> None:
    text = f"Average inflation in Norway in {code} was 3.5 percent, the finance ministry said."
    result = claim_results(text, packages, date="2022-12-01")["3.5 percent"]
    # 2021's calendar average is 3.5: agreeing by chance with a part of a fiscal year is no support
    assert result.verdict is Verdict.needs_review, result.explanation
