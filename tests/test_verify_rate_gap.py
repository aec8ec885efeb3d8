"""A year's inflation rate that the annual average misses widely, its basis unsaid: for review, not a
false alarm; a near miss, or a figure called an average, stays contradicted. Invented figures (Chile
2022: 11.6 %, Norway 2022: 5.8 % in the CPI package); sentences written here."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package, publisher_package

from workbench.config import Tolerances
from workbench.models import Verdict


def test_a_wide_gap_to_the_annual_average_with_the_basis_unsaid_is_for_review(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    wide = claim_results("Chile's consumer prices rose 12.8% in 2022.", [cpi])["12.8%"]
    assert wide.verdict is Verdict.needs_review and wide.reason == "rate_basis", wide.explanation
    assert "December-on-December" in wide.explanation and wide.evidence[0].period == "2022"
    near = claim_results("Norway's consumer prices rose 6.0% in 2022.", [cpi])["6.0%"]
    assert near.verdict is Verdict.contradicted, near.explanation  # another agency's average, a revision
    far = claim_results("Chile's consumer prices rose 25.0% in 2022.", [cpi])["25.0%"]
    assert far.verdict is Verdict.contradicted, far.explanation  # twice the average: wrong on any basis


def test_a_figure_called_the_average_or_a_rule_turned_off_stays_contradicted(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    average = claim_results("Chile's consumer prices rose 12.8% on average in 2022.", [cpi])["12.8%"]
    assert average.verdict is Verdict.contradicted, average.explanation
    off = claim_results("Chile's consumer prices rose 12.8% in 2022.", [cpi],
                        tolerances=Tolerances(rate_basis_gap=0))["12.8%"]
    assert off.verdict is Verdict.contradicted, off.explanation


def test_a_rate_published_once_a_year_is_judged_by_its_row(tmp_path: Path) -> None:
    growth = publisher_package(tmp_path / "gdp", "gdp-growth", "Economic growth", "GDP growth",
                               {("Chile", 2021): 11.7, ("Chile", 2022): 2.4},
                               description="Annual percentage growth rate of GDP at market prices (annual %)")
    result = claim_results("Chile's GDP growth rate was 4.0% in 2022.", [growth])["4.0%"]
    assert result.verdict is Verdict.contradicted, result.explanation
