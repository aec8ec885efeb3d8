"""A run of yearly figures after the first ('prices rose 7.7 % in 2022, after 6.1 % in 2021, 5.4 % in
2020 …'): each later figure keeps the run's subject and measure and takes its own year. 'after' and
'before' link the figures and name nothing counted; 'general' in 'the general price level' says what
kind of level, not what is measured."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.extraction import extract_text
from workbench.models import Verdict

RATES = {("Kenya", 2017): 8.0, ("Kenya", 2018): 4.7, ("Kenya", 2019): 5.2, ("Kenya", 2020): 5.4,
         ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Consumer prices", "Inflation", RATES,
                             description=CPI_WORDS)


RUN = "In Kenya, the general price level went up by 7.7% in 2022, after 6.1% in 2021, 5.4% in 2020 and 4.7% in 2018."


def test_the_figures_after_the_first_share_its_subject() -> None:
    subjects = {c.text: c.subject for c in extract_text("Exports grew 4.0% in 2023, after 2.5% in 2022 and 1.9% in 2021.")}
    assert subjects == {"4.0%": "exports", "2.5%": "exports", "1.9%": "exports"}


@pytest.mark.parametrize(("claim", "year"), [("7.7%", "2022"), ("6.1%", "2021"), ("5.4%", "2020"), ("4.7%", "2018")])
def test_each_figure_of_the_run_is_judged_by_its_own_year(package: Path, claim: str, year: str) -> None:
    result = claim_results(RUN, [package], date="2023-03-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == year


def test_a_wrong_earlier_year_of_the_run_is_not_passed(package: Path) -> None:
    # 2019 was 5.2 %: '3.9% in 2019' disagrees with its own year's row, never supported by another year's
    text = "In Kenya, the general price level went up by 7.7% in 2022, before 3.9% in 2019."
    result = claim_results(text, [package], date="2023-03-01")["3.9%"]
    assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation
    assert result.evidence[0].period == "2019"
