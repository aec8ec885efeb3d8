"""A figure marked an estimate in brackets after it ('(estimate)', '(est.)'; Italian '(stima)' glossed) is read as
'an estimated' one (lexicon.json 'estimate_asides'): approximate, with the band of 'about', as a qualifier before it
would make it. Figures and places invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.extraction import extract_text
from workbench.models import Qualifier, Verdict


@pytest.mark.parametrize("text, figure", [
    ("In 2019 the plant emitted 41,250 tonnes of CO2 (estimate).", "41,250 tonnes"),
    ("Turnover reached $12.4 million (est.) last year.", "$12.4 million"),
])
def test_an_estimate_in_brackets_after_the_figure_makes_it_approximate(text: str, figure: str) -> None:
    found = {c.text: c for c in extract_text(text)}
    assert found[figure].qualifier is Qualifier.approx


def test_a_bracket_of_other_words_leaves_the_figure_exact() -> None:
    found = {c.text: c for c in extract_text("In 2019 the plant emitted 41,250 tonnes of CO2 (provisional data).")}
    assert found["41,250 tonnes"].qualifier is Qualifier.exact


def test_an_italian_estimate_is_judged_with_the_band_of_about(tmp_path: Path) -> None:
    # Chile 2020: 20,000 thousand t C × 3.664 = 73.28 Mt CO2; '76.500.000' is 4.4 % above: outside the exact band,
    # inside the ±5 % of an estimate
    packages = [carbon_package(tmp_path / "co2", {("CHILE", 2020): 20000.0})]
    estimate = "Cile, emissioni di CO2 nel 2020: 76.500.000 tonnellate di CO2 (stima)."
    [result] = [r for surface, r in claim_results(estimate, packages, "2023-05-01").items() if surface.startswith("76")]
    assert result.claim.qualifier is Qualifier.approx
    assert result.verdict is Verdict.supported
    exact = estimate.replace(" (stima)", "")
    [result] = [r for surface, r in claim_results(exact, packages, "2023-05-01").items() if surface.startswith("76")]
    assert result.verdict is not Verdict.supported
