"""'the steepest rise since 1990 (when it was 13.4 %)': a figure in brackets after a year, behind words
saying 'when it was', is that year's, not the year another bracket of the sentence names."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# Invented figures for the tests' own package.
RATES = {("Portugal", 1990): 13.4, ("Portugal", 2021): 1.3, ("Portugal", 2022): 7.8,
         ("Italy", 1990): 6.5, ("Italy", 2021): 1.9, ("Italy", 2022): 8.2}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


@pytest.mark.parametrize(("text", "claim"), [
    ("Consumer prices in Portugal rose 7.8 percent in 2022 (1.3 percent in 2021), the steepest rise "
     "since 1990 (when it was 13.4 percent).", "13.4 percent"),
    ("In Italia i prezzi al consumo sono saliti dell'8,2% nel 2022 (+1,9% nel 2021), il rialzo più "
     "forte dal 1990 (quando fu +6,5%).", "+6,5%"),
    # 'pari a' (equal to) between the words and the figure, as Istat's releases write it
    ("Nel 2022 i prezzi al consumo in Italia sono cresciuti dell'8,2%, l'aumento più ampio dal 1990 "
     "(quando fu pari a +6,5%).", "+6,5%"),
    ("Consumer prices in Portugal rose 7.8 percent in 2022, the largest rise since 1990 (when it was "
     "equal to 13.4 percent).", "13.4 percent"),
])
def test_a_when_bracket_after_a_year_is_that_years(package: Path, text: str, claim: str) -> None:
    result = claim_results(text, [package])[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "1990"


def test_the_other_brackets_keep_their_own_year(package: Path) -> None:
    text = ("Consumer prices in Portugal rose 7.8 percent in 2022 (1.3 percent in 2021), the steepest rise "
            "since 1990 (when it was 13.4 percent).")
    results = claim_results(text, [package])
    assert results["1.3 percent"].evidence[0].period == "2021"
    assert results["7.8 percent"].evidence[0].period == "2022"


def test_a_wrong_figure_in_the_when_bracket_is_still_flagged(package: Path) -> None:
    text = "Consumer prices in Portugal rose 7.8 percent in 2022, the steepest rise since 1990 (when it was 9.9 percent)."
    result = claim_results(text, [package])["9.9 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "1990"
