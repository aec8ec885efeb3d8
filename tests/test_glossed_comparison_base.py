"""'3 ppm más que el año anterior': in Spanish and Portuguese 'más que' / 'mais do que' is 'more than',
so 'the year before' is the base of the rise, not the period of the figure. Sentences written for
these tests; the package is the shared Mauna Loa monthly series."""

from __future__ import annotations

import pytest
from conftest import wild_package
from package_support import claim_results

from workbench.models import Verdict


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


@pytest.mark.parametrize("text, claim", [
    ("El CO2 en Mauna Loa alcanzó 417,3 ppm en mayo de 2020, 2,4 ppm más que el año anterior.", "2,4 ppm"),
    ("O CO2 em Mauna Loa chegou a 417,3 ppm em maio de 2020, 2,4 ppm mais do que no ano anterior.", "2,4 ppm"),
])
def test_a_rise_more_than_the_year_before_is_the_named_years_rise(text: str, claim: str) -> None:
    co2_ppm = wild_package("co2-ppm")
    result = claim_results(text, [co2_ppm], date="2020-06-10")[claim]
    # May 2020 417.28 − May 2019 414.86 = 2.42; the year before's own rise (3.42) would contradict it
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2020-05"


def test_a_german_monthly_average_is_read_against_the_stations_monthly_mean() -> None:
    co2_ppm = wild_package("co2-ppm")
    text = ("Die monatlichen Werte am Mauna Loa steigen seit Jahren. Im Mai 2020 erreichte der Monatsdurchschnitt "
            "417,3 ppm, melden die Forscher.")
    result = claim_results(text, [co2_ppm], date="2020-06-10")["417,3 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020-05" and result.evidence[0].value == pytest.approx(417.28)
