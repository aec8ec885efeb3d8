"""A Korean span of two figures, each followed by its postposition ('1분기 1,210원에서 2분기 1,262원으로', '2030년
3.1%에서 2031년 2.4%로'): '에서' after the first is 'from', '(으)로' after the second 'to', and the period written
before each figure is that figure's — read as English 'from 1,210 won in the 1st quarter to 1,262 won in the 2nd
quarter', never the next figure's period ('에서' glossed 'in' put the 2nd quarter on the first figure). The claims
keep the draft's surfaces. Invented figures of publisher-shaped packages."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package, monthly_rates_package

from workbench.models import Verdict


def test_each_quarters_mean_is_judged_against_its_own_quarter(tmp_path: Path) -> None:
    months = {"2040-01": 1205.0, "2040-02": 1210.0, "2040-03": 1215.0,
              "2040-04": 1255.0, "2040-05": 1262.0, "2040-06": 1269.0}
    rates = monthly_rates_package(tmp_path / "fx", "South Korea", months)
    text = "올해 분기별 평균 환율은 1분기 1,210원에서 2분기 1,262원으로 올랐다."
    results = claim_results(text, [rates], "2040-12-20")
    assert set(results) == {"1,210원", "1,262원"}
    assert results["1,210원"].verdict is Verdict.supported, results["1,210원"].explanation
    assert results["1,210원"].evidence[0].period == "2040-01/2040-03"
    assert results["1,262원"].verdict is Verdict.supported, results["1,262원"].explanation
    assert results["1,262원"].evidence[0].period == "2040-04/2040-06"


def test_each_years_rate_of_a_span_is_its_own_year(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("South Korea", 2030): 3.1, ("South Korea", 2031): 2.4})
    results = claim_results("한국의 소비자물가 상승률은 2030년 3.1%에서 2031년 4.4%로 높아졌다.", [cpi], "2032-03-01")
    assert results["3.1%"].verdict is Verdict.supported, results["3.1%"].explanation
    assert results["3.1%"].evidence[0].period == "2030"
    assert results["4.4%"].verdict is Verdict.contradicted, results["4.4%"].explanation
    assert results["4.4%"].evidence[0].period == "2031"


def test_eseo_after_a_place_stays_in(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("South Korea", 2030): 3.1, ("South Korea", 2031): 2.4})
    results = claim_results("한국에서 2031년 소비자물가 상승률은 2.4%였다.", [cpi], "2032-03-01")
    [result] = results.values()
    assert result.verdict is Verdict.supported, result.explanation
