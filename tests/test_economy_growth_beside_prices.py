"""A percent whose own words name the economy's growth ('the economy grew', 'GDP expanded') is real growth, a series
no package here holds: when every series it matched is a price measure (the CPI its sentence names beside it, a
deflator the word 'GDP' names), it is unsupported (other_series, 'real growth'), neither contradicted nor for
review against that price row. A price figure beside it, or one whose own words name prices, is still judged by
its row. Package World Bank-shaped (CPI rows invented); sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("growth") / "cpi")


@pytest.mark.parametrize("text", [
    "Chile's economy grew 11.7% in 2021, while consumer prices rose 4.5%.",
    "The statistics office said consumer prices in Chile rose 4.5% in 2021 and that the economy expanded by 11.7%.",
])
def test_the_economy_s_growth_beside_a_price_measure_is_another_series(cpi: Path, text: str) -> None:
    results = claim_results(text, [cpi], "2022-03-01")
    growth, prices = results["11.7%"], results["4.5%"]
    assert (growth.verdict, growth.reason) == (Verdict.unsupported, "other_series"), growth.explanation
    assert "real growth" in growth.explanation
    assert prices.verdict is Verdict.supported, prices.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Inflation in Chile's economy was 4.5% in 2021.", "4.5%"),
    ("Prices in Chile rose 4.5% in 2021 as the economy grew.", "4.5%"),
])
def test_a_price_figure_that_names_the_economy_is_still_judged_by_its_row(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2022-03-01")[figure]
    assert found.verdict is Verdict.supported, found.explanation


@pytest.mark.parametrize("text", [
    # the bracket holds the figure's own words; 'inflation' before it names the measure it is weighed against
    "Output in Chile grew faster than inflation (in 2021 11.7% was the real economic growth after the slump).",
    # Armenian: 'economic growth (տնտեսական աճը) in Chile in 2021 was 11.7%'
    "Չիլիում 2021 թվականին տնտեսական աճը կազմել է 11.7%, գնաճը՝ 4.5%:",
])
def test_the_economy_s_growth_in_its_own_words_is_another_series(cpi: Path, text: str) -> None:
    growth = claim_results(text, [cpi], "2022-03-01")["11.7%"]
    assert (growth.verdict, growth.reason) == (Verdict.unsupported, "other_series"), growth.explanation


def test_a_price_figure_in_brackets_after_growth_words_is_still_judged_by_its_row(cpi: Path) -> None:
    found = claim_results("The economy of Chile slowed, and prices rose faster (inflation was 4.5% in 2021).",
                          [cpi], "2022-03-01")["4.5%"]
    assert found.verdict is Verdict.supported, found.explanation
