"""'Global greenhouse gas concentrations kept rising; in May 2018 the monitoring station measured 411.2 ppm': the
sentence names the whole ('global') only outside the figure's clause, and the figure's own clause says a
station measured it. A station never measures the world's mean, so the global series is not the
figure's, and the station's series judges it. Sentences written for these tests; the package is the
shared CO2 one (May 2018: Mauna Loa 411.44 ppm, the global mean 408.94 ppm)."""

from __future__ import annotations

import pytest
from conftest import wild_package
from package_support import claim_results

from workbench.models import Verdict

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _result(text: str, figure: str):  # type: ignore[no-untyped-def]
    return claim_results(text, [wild_package("co2-ppm")], date="2019-06-05")[figure]


def test_a_station_reading_beside_a_global_word_is_the_stations() -> None:
    result = _result("Global greenhouse gas concentrations kept rising, and in May 2018 the monitoring station measured "
                     "a monthly average of 411.4 ppm.", "411.4 ppm")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource.startswith("co2-mm-mlo"), result.evidence[0].resource


def test_a_global_figure_in_its_own_clause_stays_global() -> None:
    result = _result("The station's records show that in May 2018, the global monthly average was 408.9 ppm.",
                     "408.9 ppm")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource.startswith("co2-mm-gl"), result.evidence[0].resource
