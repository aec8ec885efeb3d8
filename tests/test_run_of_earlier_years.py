"""A run of yearly figures after the first ('prices rose 7.7 % in 2022, after 6.1 % in 2021, 5.4 % in
2020 …'): each later figure keeps the run's subject and measure and takes its own year. 'after' and
'before' link the figures and name nothing counted; 'general' in 'the general price level' says what
kind of level, not what is measured."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.extraction import extract_text
from workbench.models import Verdict

RATES = {("Kenya", 2017): 8.0, ("Kenya", 2018): 4.7, ("Kenya", 2019): 5.2, ("Kenya", 2020): 5.4,
         ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


RUN = "In Kenya, the general price level went up by 7.7% in 2022, after 6.1% in 2021, 5.4% in 2020 and 4.7% in 2018."


def test_the_figures_after_the_first_share_its_subject() -> None:
    # 'after' is no subject: the later figures are the run's
    subjects = {c.text: c.subject for c in extract_text("Exports grew 4.0% in 2023, after 2.5% in 2022 and 1.9% in 2021.")}
    assert subjects == {"4.0%": "exports", "2.5%": "exports", "1.9%": "exports"}


def test_a_reporter_before_that_is_not_the_subject_of_the_run() -> None:
    # the bureau reports; what rose is in the 'that' clause, and the run's next figure is of it too
    subjects = {c.text: c.subject for c in extract_text(
        "The bureau indicated that price increases had reached 4.4% in 2023, after 3.1% in 2022.")}
    assert "bureau" not in {subjects["4.4%"], subjects["3.1%"]}


def test_a_run_after_a_reporter_is_judged_by_the_measure_of_its_title(package: Path) -> None:
    text = ("# Kenya's inflation eases\n\nThe bureau indicated that price increases had reached 7.7% in 2022, "
            "after 6.1% in 2021.")
    results = claim_results(text, [package], date="2023-03-01")
    assert results["7.7%"].verdict is Verdict.supported, results["7.7%"].explanation
    assert results["6.1%"].verdict is Verdict.supported, results["6.1%"].explanation
    assert results["6.1%"].evidence[0].period == "2021"


@pytest.mark.parametrize(("claim", "year"), [("7.7%", "2022"), ("6.1%", "2021"), ("5.4%", "2020"), ("4.7%", "2018")])
def test_each_figure_of_the_run_is_judged_by_its_own_year(package: Path, claim: str, year: str) -> None:
    result = claim_results(RUN, [package], date="2023-03-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == year


def test_a_wrong_earlier_year_of_the_run_is_not_passed(package: Path) -> None:
    # 2019 was 5.2 %: '3.9% in 2019' disagrees with its own year's row, never supported by another year's
    text = "In Kenya, the general price level went up by 7.7% in 2022, before 3.9% in 2019."
    result = claim_results(text, [package], date="2023-03-01")["3.9%"]
    # 'the general price level' names the series less surely than 'inflation': a figure it disagrees
    # with goes to a person (uncertain_contradiction), shown its own year's row, not another year's
    assert (result.verdict, result.reason) == (Verdict.needs_review, "uncertain_contradiction"), result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2019", 5.2)
    assert "5.2 % for 2019" in result.explanation and "25 % less" in result.explanation
