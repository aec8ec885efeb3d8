"""What was expected, said after the period ended ('the central bank had expected about 4 %', 'above
expectations of 9 %'), is a projection, not the value: the outturn row neither supports nor
contradicts it, even in a text written after the year was over. The outturn beside it is judged.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results

from workbench.config import Tolerances
from workbench.models import Verdict


def test_a_past_expectation_is_a_projection_beside_the_outturn(cpi: Path) -> None:
    found = claim_results("Norway's inflation was 5.8% in 2022, though the central bank had expected about 4% for the year.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported
    assert (found["4%"].verdict, found["4%"].reason) == (Verdict.needs_review, "projection")


def test_expectations_of_a_figure_are_not_the_figure(cpi: Path) -> None:
    found = claim_results("Chilean inflation came in at 11.6% in 2022, well above expectations of 9%.", [cpi])
    assert found["11.6%"].verdict is Verdict.supported
    assert (found["9%"].verdict, found["9%"].reason) == (Verdict.needs_review, "projection")


def test_the_words_are_the_newsrooms(cpi: Path) -> None:
    found = claim_results("Norway's inflation was 5.8% in 2022, though the central bank had expected about 4% for the year.", [cpi],
                          tolerances=Tolerances(past_expectation_words=[]))
    assert found["4%"].verdict is Verdict.contradicted
