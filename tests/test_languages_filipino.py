"""Filipino (Tagalog) news read through its glossary.

Tagalog puts the verb first ('Bumilis ang implasyon …': inflation quickened), writes 'porsiyento' for
percent and 'milyon' for million, groups thousands with commas as English does, and says 'sa' (to) before
the figure a rate reached. Its future ('tataas', will rise) is a forecast.

The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Philippines", 2030): 5.8, ("Philippines", 2031): 6.1})


def test_a_filipino_inflation_rate_and_the_one_it_rose_from(cpi: Path) -> None:
    text = "Bumilis ang implasyon sa Pilipinas sa 6.1 porsiyento noong 2031 mula 5.8 porsiyento noong 2030, ayon sa PSA."
    assert detect(text) == "tl"
    results = claim_results(text, [cpi], "2032-03-01")
    assert results["6.1 porsiyento"].verdict is Verdict.supported, results["6.1 porsiyento"].explanation
    assert results["6.1 porsiyento"].evidence[0].period == "2031"
    assert results["5.8 porsiyento"].evidence[0].period == "2030"
    wrong = claim_results(text.replace("6.1", "9.1"), [cpi], "2032-03-01")["9.1 porsiyento"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_filipino_population_in_millions(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Philippines", 2031): 112_500_000.0}, {("Philippines", 2031): 4.4e11})
    text = "Umabot sa 112.5 milyon ang populasyon ng Pilipinas noong 2031, ayon sa senso."
    result = claim_results(text, packages, "2032-03-01")["112.5 milyon"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == 112_500_000


def test_a_filipino_forecast_is_no_outturn(cpi: Path) -> None:
    text = "Inaasahang tataas ang implasyon sa Pilipinas sa 6.1 porsiyento ngayong taon."
    result = claim_results(text, [cpi], "2031-03-01")["6.1 porsiyento"]
    assert result.verdict is Verdict.needs_review
    assert result.reason == "projection", result.explanation
