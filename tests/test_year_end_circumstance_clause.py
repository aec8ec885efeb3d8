"""Year-end wording dates a rate to the year's last month only when it is said of the figure. Said after the
figure, in a clause opened by a word of periods.json ``year_end_circumstance_openers`` ('with', 'while'), it
tells when something else happened that year ('… 5.8 % in 2022, with prices easing toward the end of the
year'): the figure keeps its year, and the year's average judges it.

Package World Bank-shaped (CPI rows invented); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("circumstance") / "cpi")


@pytest.mark.parametrize("text", [
    "Norway's inflation came to 5.8% in 2022, with prices easing toward the end of the year.",
    "In 2022 Norway recorded inflation of 5.8 percent while food prices surged at the end of the year.",
    # a number that is no rate after the opener ('Covid-19') makes no figure of that clause
    "Norway's inflation came to 5.8% in 2022, with prices easing toward the end of the year as Covid-19 faded.",
])
def test_year_end_words_of_another_clause_leave_the_year_s_average(cpi: Path, text: str) -> None:
    figure = "5.8%" if "5.8%" in text else "5.8 percent"
    found = claim_results(text, [cpi], "2023-03-01")
    assert found[figure].verdict is Verdict.supported, found[figure].explanation


@pytest.mark.parametrize("text", [
    "Norway's inflation came to 4.1% in 2022, with prices easing toward the end of the year.",
])
def test_a_year_figure_off_the_average_is_still_contradicted(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")
    assert found["4.1%"].verdict is Verdict.contradicted, found["4.1%"].explanation


@pytest.mark.parametrize("text", [
    # the figure's own words close the year: December on December, not the average
    "Norway's inflation ended the year at 5.8% in 2022, with food leading the rise.",
    "Norway's inflation stood at 5.8% at the end of 2022, with food leading the rise.",
])
def test_year_end_words_of_the_figure_still_make_it_december_s_rate(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")
    assert found["5.8%"].verdict is Verdict.needs_review, found["5.8%"].explanation
