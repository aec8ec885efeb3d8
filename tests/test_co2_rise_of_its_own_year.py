"""A CO2 rise dated to its own year right after its figure ('an increase of 3.41 parts per million (ppm) in
2030') is that year's increase, judged by the publisher's series of yearly increases, even when its sentence
says earlier since when the observatory has measured ('which has measured CO2 since 1958'); with no year of
its own, an opening 'since' still makes it a change over the years. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2010, 389.9), (2029, 430.15), (2030, 433.10)]),
        "co2-gr-mlo": ("Year", "year", "Annual Increase", [(2029, 2.60), (2030, 2.95)])})


def test_a_rise_dated_to_its_year_is_judged_by_that_years_increase(gas: Path) -> None:
    result = claim_results("The Mauna Loa observatory, which has measured carbon dioxide in the air since 1958, recorded "
                           "an increase of 3.41 parts per million (ppm) in 2030.", [gas],
                           date="2031-06-01")["3.41 parts per million"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].value) == ("co2-gr-mlo", pytest.approx(2.95))


def test_a_rise_dated_to_its_year_that_agrees_is_supported(gas: Path) -> None:
    result = claim_results("The Mauna Loa observatory, which has measured carbon dioxide in the air since 1958, recorded "
                           "an increase of 2.95 ppm in 2030.", [gas], date="2031-06-01")["2.95 ppm"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_opening_since_still_spans_the_years(gas: Path) -> None:
    result = claim_results("Since 2010, carbon dioxide at Mauna Loa has risen by 43.2 ppm.", [gas],
                           date="2031-06-01")["43.2 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(43.2), result.explanation  # 2010's mean to 2030's, no year's increase
