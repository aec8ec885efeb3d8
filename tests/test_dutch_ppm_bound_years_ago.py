"""Dutch copy on CO2 in the air: 'boven de 430 ppm' is a bound ('above 430 ppm'), and 'vijf jaar geleden'
dates the figure five years before the draft. Where the globe's row of that year misses the bound and the
station's passes it, with neither named, which record the writer read is for a person: no contradiction
as stale, no pass. Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [("2030", 429.7), ("2031", 432.4), ("2035", 441.9)]),
        "co2-annmean-mlo": ("Year", "year", "Mean", [("2030", 431.0), ("2031", 433.6), ("2035", 443.5)])})


def test_a_bound_of_years_ago_the_records_disagree_on_is_for_a_person(ppm: Path) -> None:
    text = ("De directeur wijst erop dat het nog maar vijf jaar geleden is dat de CO2-concentratie boven de "
            "430 ppm uitkwam.")
    result = claim_results(text, [ppm], "2035-11-20")["430 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "2030" in result.explanation


def test_a_dutch_bound_both_records_pass_is_supported(ppm: Path) -> None:
    text = "In 2031 lag de CO2-concentratie voor het eerst het hele jaar boven de 432 ppm."
    result = claim_results(text, [ppm], "2032-03-01")["432 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
