"""A figure about greenhouse gases in CO2-equivalent counts a mixture of gases, another measure than a series
of fossil carbon or CO2: 'greenhouse gas emissions rose 3.1 %' is not judged by the carbon series' change
(unsupported, never contradicted), nor is a growth rate whose sentence names no gas when the text it takes its
measure from names the mixture. A figure that names CO2 itself is still judged."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, ppm_package

from workbench.models import Verdict

# Invented fossil carbon totals, thousand metric tons of carbon: +4.3 % from 2018 to 2019.
TOTALS = {("CHILE", 2015): 20000.0, ("CHILE", 2016): 20500.0, ("CHILE", 2017): 21000.0,
          ("CHILE", 2018): 23000.0, ("CHILE", 2019): 24000.0}


# Invented global annual means of atmospheric CO2, ppm: about 0.6 % a year.
ANNUAL_PPM = [(2015, 400.0), (2016, 402.5), (2017, 405.0), (2018, 407.5), (2019, 410.0)]


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS)


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("ppm") / "ppm", {"co2-annmean-gl": ("Year", "year", "Mean", ANNUAL_PPM)})


def test_a_change_of_greenhouse_gases_is_not_judged_by_a_carbon_series(carbon: Path) -> None:
    [result] = claim_results("Chile's greenhouse gas emissions rose 3.1% in 2019, the ministry said.",
                             [carbon], date="2020-04-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_growth_rate_under_a_sentence_about_greenhouse_gases_is_not_judged_either(carbon: Path, ppm: Path) -> None:
    results = claim_results("Chile's greenhouse gas output reached 112 million tonnes of CO2 equivalent in 2019, "
                            "the ministry said. The annual growth rate was well below the average 2.2% increase over 2015-2019, it added.",
                            [carbon, ppm], date="2020-04-01")
    assert results["2.2%"].verdict is Verdict.unsupported, results["2.2%"].explanation


def test_a_change_of_co2_is_still_judged(carbon: Path) -> None:
    [result] = claim_results("Chile's CO2 emissions rose 3.1% in 2019, the ministry said.",
                             [carbon], date="2020-04-01").values()
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.fixture(scope="module")
def per_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 1.36 t of carbon per person is 4.98 t of CO2
    return carbon_package(tmp_path_factory.mktemp("co2pc") / "carbon", {("CHILE", 2019): 26000.0},
                          per_capita={("CHILE", 2019): 1.36})


def test_a_figure_whose_sentence_names_co2_is_judged_after_a_sentence_about_greenhouse_gases(per_head: Path) -> None:
    results = claim_results("Carbon dioxide made up most of Chile's greenhouse gas emissions in 2019. Chile (5.0 tonnes/person) "
                            "had lower per capita CO2 emissions than Australia that year.", [per_head], date="2021-03-01")
    result = claim_starting(results, "5.0")
    assert result.verdict is Verdict.supported, result.explanation
