"""Indonesian copy of Mauna Loa's May peaks: 'lebih tinggi dari puncak di tahun 2030' (higher than the
peak in 2030), 'nilai puncak', 'memuncak pada' are read as English says them, so a rise between two
Mays is the difference of the two monthly means, not an unread sentence nor the growth file's annual
increase. A publisher-shaped package with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)]),
        "co2-gr-mlo": ("Year", "year", "Annual Increase", [(2030, 2.9), (2031, 2.2)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2030-04", 437.8), ("2030-05", 438.9),
                                                   ("2031-04", 439.7), ("2031-05", 440.5)])})


def test_a_rise_over_last_years_peak_is_two_mays_apart(ppm: Path) -> None:
    text = ("Observatorium Mauna Loa di Hawaii mencatat puncak karbon dioksida sebesar 440,5 bagian per juta (ppm) "
            "pada Mei lalu. Ini merupakan pencatatan bulanan tertinggi, 1,6 ppm lebih tinggi dari puncak di tahun 2030.")
    result = claim_results(text, [ppm], "2031-06-11")["1,6 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2030-05", "2031-05"], result.evidence


def test_a_peak_value_over_a_named_may_is_no_annual_increase(ppm: Path) -> None:
    text = "Menurut data tersebut, nilai puncak 2031 adalah 2,3 ppm lebih tinggi dari puncak 438,9 ppm pada Mei 2030."
    result = claim_results(text, [ppm], "2031-06-11")["2,3 ppm"]
    # the two Mays differ by 1.6, not 2.3; the growth file's 2.2 for 2031 is another measure
    assert result.verdict is not Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-mm-mlo", result.evidence
    assert [c.period for c in result.evidence[0].cells] == ["2030-05", "2031-05"], result.evidence
