"""'CO2 rose by 2.13 ppm in 2030': a change in a unit of its own. When neither the publisher's series of
yearly increases nor the difference of the two yearly means agrees, the contradiction's evidence is the
publisher's own increase (the figure it states); when the difference of the means agrees, that stays the
support. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2029, 430.00), (2030, 432.40)]),
        "co2-gr-gl": ("Year", "year", "Annual Increase", [(2029, 2.10), (2030, 2.55)])})


def test_the_publishers_increase_leads_when_both_readings_disagree(gas: Path) -> None:
    result = claim_results("The global average for CO2 rose by 2.13 ppm in 2030, the agency said.", [gas],
                           date="2031-06-01")["2.13 ppm"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].resource == "co2-gr-gl" and result.evidence[0].value == pytest.approx(2.55)


def test_the_difference_of_the_means_still_supports(gas: Path) -> None:
    result = claim_results("The global average for CO2 rose by 2.4 ppm in 2030, the agency said.", [gas],
                           date="2031-06-01")["2.4 ppm"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert result.evidence[0].value == pytest.approx(2.40), result.explanation
