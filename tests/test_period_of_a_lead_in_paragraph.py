"""A paragraph ending in a colon introduces the list or line below it ('In 2021, the last full year on
record, the office reported these figures:'): its year frames the figures there as a heading's does, though
it names no measure of theirs. A paragraph that does not introduce the figure ('In 2021, students enrolled in
record numbers.') lends it no year when it speaks of something else.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting

from workbench.models import Verdict


def test_a_figure_under_a_lead_in_takes_its_year(cpi: Path) -> None:
    text = ("In 2021, the last full year on record, the office in Norway reported these figures:\n\n"
            "Consumer price inflation: 3.5 %.")
    result = claim_starting(claim_results(text, [cpi], "2023-05-01"), "3.5")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2021"


def test_a_paragraph_that_introduces_nothing_lends_no_year(cpi: Path) -> None:
    text = ("In 2021, students in Norway enrolled in record numbers.\n\n"
            "Consumer price inflation in Norway: 5.8 %.")
    result = claim_starting(claim_results(text, [cpi], "2023-05-01"), "5.8")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2022"
