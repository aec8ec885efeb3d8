"""'85 % of India's emissions of 440 Mt were from coal': the part the clause names belongs to the
share; the figure after 'emissions of' is the whole, read against the table's total column. A part
named for the figure itself ('coal emissions of 305 Mt') stays the part.

A publisher-shaped wide table of our own (test_verify_derived's): total, solid fuel, cement.
"""

from __future__ import annotations

from pathlib import Path

from test_matching import check_text
from test_verify_derived import _wide_package

from workbench.models import Verdict


def _lead(sentence: str, package: Path, claim: str):
    results, _ = check_text(f"---\ndate: 2015-01-01\n---\n\n{sentence}\n", package)
    return results[claim].evidence[0]


def test_the_whole_a_share_is_taken_of_is_the_total(tmp_path: Path) -> None:
    package = _wide_package(tmp_path / "wide")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nFor 2008, 69% of India's CO2 emissions of 330 million "
                            "metric tons of carbon were from coal.\n", package)
    result = results["330 million metric tons"]
    # the total (439.7 Mt) disagrees, and coal's 304.7 Mt is not what the figure measures
    assert result.verdict is Verdict.contradicted
    assert result.evidence[0].resource.endswith("total") and result.evidence[0].value == 439655000


def test_a_part_named_for_the_figure_itself_stays_the_part(tmp_path: Path) -> None:
    package = _wide_package(tmp_path / "wide")
    lead = _lead("For 2008, India's CO2 emissions from coal came to 305 thousand metric tons of carbon.",
                 package, "305 thousand metric tons")
    assert "solid" in lead.resource


def test_a_list_of_parts_split_across_clauses_names_the_total(tmp_path: Path) -> None:
    # the list's last item opens the figure's clause ('…, and cement production rose …'): the items
    # before the comma are the figure's too, so the parts it lists are what the total covers
    package = _wide_package(tmp_path / "wide")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nChina's emissions from burning coal, oil, and cement "
                            "production reached 2,006 million metric tons of carbon in 2008.\n", package)
    result = results["2,006 million metric tons"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].resource.endswith("total")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nChina's emissions from burning coal, oil, and cement "
                            "production reached 2,300 million metric tons of carbon in 2008.\n", package)
    assert results["2,300 million metric tons"].evidence[0].resource.endswith("total")


def test_a_clause_after_a_figure_keeps_its_own_part(tmp_path: Path) -> None:
    # 'and' after a clause holding a figure opens a new statement, not the end of a list
    package = _wide_package(tmp_path / "wide")
    lead = _lead("In 2008 India's emissions from coal were 305 million metric tons of carbon, and cement "
                 "emissions came to 31 million metric tons of carbon.", package, "31 million metric tons")
    assert "cement" in lead.resource
