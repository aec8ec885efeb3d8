"""'Exceeded the mark of 430 ppm', 'topped the 430 ppm mark', 'superou pela primeira vez a marca de 430 partes
por milhão': a threshold named by a noun after a qualifier is a bound, as 'exceeded 430 ppm' is — a moment
passed the mark, which neither last year's annual mean nor the month's mean refutes. And 'hit a new all-time
record and exceeded …' counts no record: the measure is the sentence's. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Qualifier, Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas"), {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 421.2), (2031, 424.6)]),
        "co2-mm-mlo": ("Date", "string", "Average", [("2032-03", 429.1), ("2032-04", 429.6)])})


@pytest.mark.parametrize("text, figure", [
    ("The concentration of CO2 in the atmosphere exceeded the mark of 430 parts per million for the first time.",
     "430 parts per million"),
    ("Atmospheric CO2 set a new all-time record and topped the 430 ppm mark.", "430 ppm"),
    ("A concentração de CO2 na atmosfera bateu um novo recorde e superou pela primeira vez a marca de 430 partes "
     "por milhão.", "430 partes por milhão"),
    ("La concentración de CO2 en la atmósfera superó la marca de 430 partes por millón.", "430 partes por millón"),
])
def test_a_threshold_mark_passed_is_a_bound_not_a_level(ppm: Path, text: str, figure: str) -> None:
    result = claim_results(text, [ppm], "2032-05-02")[figure]
    assert result.claim.qualifier is Qualifier.gt, result.claim
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_a_level_at_a_mark_stays_a_level(ppm: Path) -> None:
    result = claim_results("Atmospheric CO2 hit the 424.6 ppm mark in 2031.", [ppm], "2032-05-02")["424.6 ppm"]
    assert result.claim.qualifier is Qualifier.exact, result.claim


def test_a_mark_word_far_after_the_figure_is_no_threshold() -> None:
    # 'the line' three words on is the railway's, not a threshold 'more than half of' passed
    from workbench.extraction import extract_text
    claims = {c.text: c for c in extract_text("More than half of the 1,200 stations on the line were closed in 2030.")}
    assert claims["1,200"].qualifier is Qualifier.exact
