"""A bare figure after 'and' that follows a percentage change and its base, and is followed by the same
base word ('edged up by 0.8 percent compared to November 2022 and 9.1 compared to December 2021'), is a
second change in percent from the other base (lexicon ``parallel_base_links``): a December 12-month
rate, for review against annual averages — not a bare number nothing matches (a false unsupported).

Packages are World Bank-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.extraction import extract_text
from workbench.models import Kind, Verdict

def test_the_second_figure_of_a_parallel_comparison_is_a_percent_change(tmp_path: Path) -> None:
    found = claim_results("Chile's consumer price index in December 2022 edged up by 0.3 percent compared to "
                          "November 2022 and 12.8 compared to December 2021.", [cpi_package(tmp_path / "cpi")],
                          "2023-01-15")
    assert found["12.8"].claim.unit == "%"
    assert found["12.8"].claim.kind is Kind.change
    assert found["12.8"].verdict is Verdict.needs_review
    assert "December 2022" in found["12.8"].explanation


def test_a_relative_base_works_as_a_named_one() -> None:
    claims = {c.text: c for c in extract_text("US consumer prices rose 0.5 percent from October and 7.1 from a "
                                              "year earlier.")}
    assert claims["7.1"].unit == "%" and claims["7.1"].direction == claims["0.5 percent"].direction


def test_a_figure_not_followed_by_the_same_base_word_keeps_no_unit() -> None:
    claims = {c.text: c for c in extract_text("Prices rose 0.5 percent from October and 14 stores closed "
                                              "across the country.")}
    assert claims["14"].unit != "%"
