"""'The observatory, which has recorded CO2 since 1958, currently measures over 431 ppm', in a story of a month:
a figure said in the present, naming no period, is a reading of the draft's own time. A series with month rows
holds that time (the month's row, or the one before it); a finished year's mean, though the words 'CO2' fit the
yearly series better, is another period and must not contradict it. German copy says the present after its verb
('misst aktuell'), as glossed 'measures currently'. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas"), {
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2031, 424.0), (2032, 426.5)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2033-01", 429.1), ("2033-02", 430.2), ("2033-03", 431.6)]),
    })


@pytest.mark.parametrize("text", [
    "The observatory on Hawaii, which has recorded CO2 since 1958, currently measures a value of over 430 ppm.",
    "Das Observatorium auf Hawaii, das seit 1958 die CO2-Konzentration erfasst, misst aktuell einen Wert von über 430 ppm.",
])
def test_a_present_reading_is_the_months_not_last_years_mean(gas: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [gas], date="2033-03-20"), "430 ppm")
    # the latest month published by 20 March is February's, 430.2, over 430; 2032's mean is 426.5
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2033-02"


def test_a_present_reading_the_month_refutes_is_not_supported(gas: Path) -> None:
    text = "The observatory on Hawaii, which has recorded CO2 since 1958, currently measures a value of over 440 ppm."
    result = claim_starting(claim_results(text, [gas], date="2033-03-20"), "440 ppm")
    assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation
    assert result.evidence[0].period == "2033-02"


def test_a_past_reading_keeps_the_years_mean(gas: Path) -> None:
    text = "The observatory on Hawaii, which has recorded CO2 since 1958, measured an average of 426.5 ppm in 2032."
    result = claim_starting(claim_results(text, [gas], date="2033-03-20"), "426.5 ppm")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2032"


def test_last_month_in_an_undated_draft_is_for_a_person(gas: Path) -> None:
    # no date: 'last month' is counted from the day of the check, which may be any month after the writer's
    result = claim_starting(claim_results("The concentration of CO2 reached 431.6 ppm last month, the observatory said.",
                                          [gas], date=None), "431.6 ppm")
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "last month" in result.explanation


def test_last_month_in_a_dated_draft_is_the_month_before_it(gas: Path) -> None:
    result = claim_starting(claim_results("The concentration of CO2 reached 431.6 ppm last month, the observatory said.",
                                          [gas], date="2033-04-10"), "431.6 ppm")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2033-03"
