"""A figure in a reported clause ('the institute said that price increases reached 11.6 %') is about the
clause's own words, never the speaker's name (lexicon ``reported_clause_openers``); and a year standing
right after a figure the claim is compared with ('…, after 4.5 % in 2021') is that figure's year, not the
claim's. Before, the first left the figure matching nothing (a false 'unsupported'), the second judged
it by the other figure's year (a false 'years mixed up').

Packages are World Bank-shaped (``package_support.cpi_package``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results

from workbench.extraction import extract_text
from workbench.models import Verdict


def test_the_speaker_of_a_reported_clause_is_not_its_figures_subject(cpi: Path) -> None:
    text = "In Chile, the statistics institute INE said that price increases reached 11.6% in 2022."
    claim = {c.text: c for c in extract_text(text)}["11.6%"]
    assert "INE" not in (claim.subject or "") and "institute" not in (claim.subject or "")
    assert claim_results(text, [cpi], "2023-08-01")["11.6%"].verdict is Verdict.supported


def test_the_year_after_a_compared_figure_is_that_figures(cpi: Path) -> None:
    found = claim_results("In Chile, price increases averaged 11.6% over the year, after 4.5% in 2021.",
                          [cpi], "2023-08-01")
    assert found["11.6%"].claim.period != "2021"
    assert found["11.6%"].verdict is Verdict.supported, found["11.6%"].explanation
