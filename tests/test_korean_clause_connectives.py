"""Korean joins clauses with verb endings, not commas: '상승했고' (rose, and), '올라' / '상승해' (rose, and
so), '하며'. A year that opens the next clause ('… 4.2% 상승했고 2029년에는 1.3% …') is that clause's
figure's, as 'and in 2029, 1.3 %' is in English: the connective ends the clause (languages.json, Korean
function_words), so the earlier figure keeps the year named before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("South Korea", 2030): 4.2, ("South Korea", 2029): 1.3, ("South Korea", 2001): 6.8}


@pytest.mark.parametrize("text, figure, period", [
    ("한국은행에 따르면 한국의 2030년 소비자물가는 4.2% 상승했고 2029년에는 1.3% 올랐다.", "4.2%", "2030"),
    ("한국은행에 따르면 한국의 2030년 소비자물가는 4.2% 상승했고 2029년에는 1.3% 올랐다.", "1.3%", "2029"),
    ("통계청이 발표한 한국의 2030년 소비자물가는 4.2% 상승해 2001년 당시 6.8% 이후 가장 높았다.", "4.2%", "2030"),
    ("통계청이 발표한 한국의 2030년 소비자물가는 4.2% 상승해 2001년 당시 6.8% 이후 가장 높았다.", "6.8%", "2001"),
])
def test_a_year_after_a_connective_is_the_next_clauses(tmp_path: Path, text: str, figure: str, period: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2031-01-05")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == period


@pytest.mark.parametrize("text, figure, period", [
    ("한국의 소비자물가는 2030년 4.2% 올라 2029년 1.3%보다 높았다.", "4.2%", "2030"),
    ("한국의 소비자물가는 2030년 4.2% 올라 2029년 1.3%보다 높았다.", "1.3%", "2029"),
    ("지난 해 한국의 소비자물가는 4.2% 상승했다.", "4.2%", "2030"),
    ("2030년 한국의 소비자물가는 전년에 비해 4.2% 상승했다.", "4.2%", "2030"),
    ("2030년 한국의 소비자물가는 유가 하락으로 인해 4.2% 상승했다.", "4.2%", "2030"),
    ("2030년 한국의 소비자물가는 수입 물가를 통해 4.2% 상승했다.", "4.2%", "2030"),
])
def test_a_postposition_or_last_year_ends_no_clause(tmp_path: Path, text: str, figure: str, period: str) -> None:
    """'지난 해' (last year), '비해' (compared with), '인해' (due to), '통해' (through) end in the syllable of
    the connective '상승해' but join no clauses: the year they name or stand after is still the figure's."""
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2031-01-05")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == period


@pytest.mark.parametrize("text", [
    "통계청에 따르면 올해 한국의 소비자물가지수는 118.20으로 2029년(113.40)보다 4.2% 상승하는데 그쳐 지난해(1.3%)보다 높았다.",
    "통계청에 따르면 올해 한국의 소비자물가는 2029년보다 4.2% 상승했다.",
])
def test_a_year_before_boda_is_the_base_not_the_figures_year(tmp_path: Path, text: str) -> None:
    """'2029년보다 4.2% 상승' is risen 4.2 % from 2029 ('보다', than, after the year: `base_after_period`), and
    '그쳐' (stopped at … and) ends the clause: in a release of the year's last day the figure is this year's,
    never a stale figure of the base year."""
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2030-12-31")["4.2%"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert result.evidence and result.evidence[0].period == "2030", result.explanation


RUN = {("South Korea", 2026): 3.1, ("South Korea", 2027): 1.6, ("South Korea", 2028): 0.9,
       ("South Korea", 2029): 1.4, ("South Korea", 2030): 2.7}


@pytest.mark.parametrize("figure, period", [("3.1%", "2026"), ("1.6%", "2027"), ("0.9%", "2028"), ("1.4%", "2029"),
                                            ("2.7%", "2030")])
def test_a_run_of_years_joined_by_then_and_but_keeps_each_figure_its_year(tmp_path: Path, figure: str,
                                                                          period: str) -> None:
    """'-다가', '-고서' (and then), '-지만' (but) and a clause-final '올랐다' in a run-on sentence end a clause:
    the year opening the next clause is the next figure's, not the figure before it."""
    text = ("한국의 연간 소비자물가 상승률은 2026년 3.1%를 기록하고서 2027년 1.6%에 머물다가 2028년 0.9%까지 "
            "떨어졌지만 2029년 1.4%로 올랐다 2030년 2.7%를 기록했다.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi", RUN)], date="2031-01-05")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == period


def test_a_disease_named_after_a_region_is_no_place(tmp_path: Path) -> None:
    """'중동 호흡기 증후군' (Middle East respiratory syndrome) names a disease: the figure stays Korea's."""
    text = "# 한국 통계청 소비자물가동향\n\n2028년 메르스(중동 호흡기 증후군) 사태 당시에도 물가 상승률은 0.9%에 그쳤다."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", RUN)], date="2031-01-05")["0.9%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2028"


def test_a_months_rate_against_a_year_before_is_year_on_year(tmp_path: Path) -> None:
    """'1년 전 대비' (against a year before) is one phrase, no count of one year: December's rate is a twelve-month
    one, another period than the year's average, for a person."""
    text = "# 한국 통계청 소비자물가동향\n\n12월 소비자물가지수는 118.40으로 1년 전 대비 2.1% 상승했다."
    results = claim_results(text, [cpi_package(tmp_path / "cpi", RUN)], date="2031-01-05")
    assert "1" not in results, list(results)
    result = results["2.1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "month_on_month", result.explanation
