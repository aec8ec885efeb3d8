"""A percent whose own words name the economy's growth ('the economy grew', 'GDP expanded') is real growth, a series
no package here holds: when every series it matched is a price measure (the CPI its sentence names beside it, a
deflator the word 'GDP' names), it is unsupported (other_series, 'real growth'), neither contradicted nor for
review against that price row; so too when no series it matched is one the economy's words name and its own words
name none of theirs (emissions per head matched by 'per capita'). A price figure beside it, or one whose own words
name prices (or emissions), is still judged by its row. Packages World Bank- and CDIAC-shaped (rows invented);
sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

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
    # French: the real growth rate, its adjective after the noun ('taux de croissance réel', 'croissance réelle')
    "Bien au-delà des prévisions, le taux de croissance réel au Chili a été 11.7% en 2021.",
    "La banque centrale indique que le Chili a connu une croissance réelle de 11.7% en 2021.",
])
def test_the_economy_s_growth_in_its_own_words_is_another_series(cpi: Path, text: str) -> None:
    growth = claim_results(text, [cpi], "2022-03-01")["11.7%"]
    assert (growth.verdict, growth.reason) == (Verdict.unsupported, "other_series"), growth.explanation


def test_a_price_figure_in_brackets_after_growth_words_is_still_judged_by_its_row(cpi: Path) -> None:
    found = claim_results("The economy of Chile slowed, and prices rose faster (inflation was 4.5% in 2021).",
                          [cpi], "2022-03-01")["4.5%"]
    assert found.verdict is Verdict.supported, found.explanation


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    totals = {("CHILE", 2020): 21_000.0, ("CHILE", 2021): 22_000.0}
    per_head = {("CHILE", 2020): 1.10, ("CHILE", 2021): 1.12}
    return carbon_package(tmp_path_factory.mktemp("growth") / "carbon", totals, per_head)


def test_the_economy_s_growth_per_head_is_not_a_measure_matched_by_per_head(carbon: Path) -> None:
    # 'per capita' picks out emissions per head; the economy's growth is none of the data's series
    text = "# Chile: economic indicators (2021)\n\nEconomic growth rate per capita 5.3%"
    found = claim_results(text, [carbon], None)["5.3%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_a_figure_whose_own_words_name_the_emissions_beside_the_economy_is_judged(carbon: Path) -> None:
    found = claim_results("In 2021 Chile's CO2 emissions rose 12.5% as the economy recovered.", [carbon],
                          "2022-06-01")["12.5%"]
    assert found.reason != "other_series", found.explanation
