"""A figure whose sentence names no measure, under text that names consumer-price inflation just before it
(a list under its lead, a sentence after one on inflation), is that measure's figure as surely as if its
sentence said so: a place's year that the inflation row misses by a vintage's gap is contradicted, not left
for review as a weak match carried from elsewhere. When that text gives the rates another basis (the year's
end, a 12-month rate) the figure may share it, and it stays for review.

Invented figures, World Bank layout; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Chile", 2030): 11.6, ("Norway", 2030): 5.8, ("Germany", 2030): 4.2})


def test_a_list_under_an_inflation_lead_is_judged_by_the_inflation_rows(cpi: Path) -> None:
    text = ("The five economies studied all saw inflation climb in 2030.\n\n"
            "The three countries with the fastest inflation were:\n\n"
            "- Chile (11.6%)\n- Norway (5.6%)\n- Germany (4.2%)")
    results = claim_results(text, [cpi], date="2031-04-01")
    assert results["5.6%"].verdict is Verdict.contradicted, results["5.6%"].explanation
    assert results["5.6%"].evidence[0].value == 5.8
    assert results["4.2%"].verdict is Verdict.supported, results["4.2%"].explanation


def test_a_sentence_after_one_on_inflation_is_judged_by_the_inflation_row(cpi: Path) -> None:
    text = "Inflation rose in every Nordic economy in 2030. Norway came second with 5.5 per cent, the bank said."
    result = claim_results(text, [cpi], date="2031-04-01")["5.5 per cent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].value == 5.8


def test_a_sentence_after_one_on_year_end_rates_stays_for_review(cpi: Path) -> None:
    text = ("Inflation ended the year 2030 high in every Nordic economy, in year-on-year terms. "
            "Norway came second with 5.5 per cent, the bank said.")
    result = claim_results(text, [cpi], date="2031-04-01")["5.5 per cent"]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize("figure", ["4.1 %", "-0.4 %"])
def test_a_year_the_sentence_gives_only_the_figures_it_follows_leaves_the_leads_year(tmp_path: Path, figure: str) -> None:
    # '4.1 % after 5.3 % in 2029' dates the figure it comes after (compared_change_links), not this one: the
    # lead's year is the figure's, on a page with no date
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2029): 5.3, ("Chile", 2030): 4.1, ("Chile", 2032): 7.7,
                                         ("Peru", 2029): -1.2, ("Peru", 2030): -0.4, ("Peru", 2032): 3.9})
    text = ("Inflation slowed in both Andean economies in 2030, the regional bank said.\n\n"
            "By country, consumer prices changed as follows: Chile (4.1 % after 5.3 % in 2029) and Peru "
            "(-0.4 % after -1.2 % in 2029).")
    result = claim_results(text, [cpi], date=None)[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"
