"""'The rate for 2023 was 7.8 % (2021: 2.8 %, 2022: 8.6 %)': years that label figures of their own in a bracket
right after a figure are those figures' years; the figure before the bracket keeps the year its own clause
names. A year alone in the bracket ('7.8 % (2023)') is still the figure's, and so is one right after a relative
year ('11.6 % last year (2022)'): the writer wrote which year the phrase counts. Invented figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.extraction import extract_text
from workbench.models import Verdict


@pytest.mark.parametrize("sentence", [
    "Chile's inflation rate for the year 2022 was 11.6% (year 2020: 3.0%, year 2021: 4.5%).",
    "In 2022 Chile's inflation rate was 11.6% (2020: 3.0%, 2021: 4.5%), the office said.",
    "La tasa de inflación de Chile para 2022 fue de 11,6% (2020: 3,0%, 2021: 4,5%).",
])
def test_labelled_years_in_a_bracket_are_their_figures(sentence: str, tmp_path: Path) -> None:
    results = claim_results(sentence, [cpi_package(tmp_path / "cpi")], date="2023-06-01")
    own, first, second = list(results.values())[:3]
    assert own.verdict is Verdict.supported and own.evidence[0].period == "2022", own.explanation
    assert first.evidence[0].period == "2020" and second.evidence[0].period == "2021"


def test_a_year_alone_in_the_bracket_is_the_figures() -> None:
    [claim] = [c for c in extract_text("Chile's inflation rate was 11.6% (2022), the office said.") if c.unit == "%"]
    assert claim.period == "2022"


@pytest.mark.parametrize("sentence, own_period", [
    # a fact box's line: the year after the comma labels the figure after its colon, not the one before
    ("Inflation rate: 11.6%, 2021: 4.5%", None),
    ("Unemployment rate 2022: 7.9%, 2021: 8.9%", "2022"),
])
def test_a_year_labelling_the_next_figure_is_not_the_figure_befores(sentence: str, own_period: str | None) -> None:
    own, labelled = [c for c in extract_text(sentence) if c.unit == "%"]
    assert own.period == own_period
    assert labelled.period == "2021"


@pytest.mark.parametrize("sentence", [
    "Chile's inflation rate rose to 11.6% last year (2022), the statistics office said.",
    "Chile's inflation rate rose to 11.6% last year (2022), against 4.5% in 2021.",
    "チリのインフレ率は昨年（2022）11.6%に上昇した。",
])
def test_a_year_in_brackets_after_a_relative_year_is_the_year_counted(sentence: str) -> None:
    # read two years later, 'last year' alone would be 2023: the writer wrote which year it was
    [claim] = [c for c in extract_text(sentence, as_of=dt.date(2024, 11, 5)) if c.unit == "%" and c.value == 11.6]
    assert claim.period == "2022"


def test_a_relative_year_with_no_bracket_counts_from_the_draft_s_date() -> None:
    [claim] = extract_text("Chile's inflation rate rose to 11.6% last year, the office said.", as_of=dt.date(2024, 11, 5))
    assert claim.period == "2023"


def test_an_undated_draft_judges_the_figure_by_the_bracketed_year(tmp_path: Path) -> None:
    # glossed, the paragraph reads as one sentence writing two years: only the bracket says which 'last year' is
    text = ("أظهر تقرير اقتصادي أن تشيلي جاءت في المركز التاسع خلال العام الماضي (2022)، رغم ارتفاع الأسعار. "
            "وبحسب بيانات المعهد الوطني للإحصاء، ارتفع معدل التضخم في تشيلي إلى 11.6 في المائة العام الماضي (2022)، "
            "مقابل 4.5 في المائة في 2021.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)["11.6 في المائة"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.period == result.evidence[0].period == "2022"
