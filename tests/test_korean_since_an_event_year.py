"""Korean dates a record by the event a year names before '이후' or '이래' (since): '2008년 금융위기 이후 최고치' is
the highest since the 2008 financial crisis. The year is the record's start, never the figure's own: the figure is
judged against the draft's year, not set against the start year's row as a year mix-up (languages.json ko
base_after_period, base_noun_between). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict


@pytest.fixture()
def won(tmp_path: Path) -> Path:
    return rates_package(tmp_path / "fx", {("South Korea", 2008): 1102.0, ("South Korea", 2029): 1300.0,
                                           ("South Korea", 2030): 1402.0})


@pytest.mark.parametrize("text", [
    "올해 원·달러 평균 환율이 1402.0원으로 2008년 금융위기 이후 최고치를 기록했다.",
    "올해 원·달러 평균 환율이 1402.0원으로 2008년 이후 최고치를 기록했다.",
    "올해 원·달러 평균 환율이 1402.0원으로 2008년 금융위기 이래 가장 높았다.",
])
def test_the_year_a_record_runs_since_is_not_the_figures(won: Path, text: str) -> None:
    result = claim_results(text, [won], "2030-12-30")["1402.0원"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert result.evidence and result.evidence[0].period == "2030", result.evidence
