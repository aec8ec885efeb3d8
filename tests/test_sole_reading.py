"""A figure whose words lead to a level series a hundred times its size, while the series of its own
order (the yearly increases) agree: the writer meant those. Against the real CO2 package of
../shared, whose annual means (about 400 ppm) sit beside the yearly growth (about 2 ppm)."""

from __future__ import annotations

from pathlib import Path

from conftest import wild_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult
from workbench.reference.loader import load_reference


def _co2() -> Path:
    return wild_package("co2-ppm")


def _result(text: str, claim: str) -> ClaimResult:
    package = _co2()
    draft = parse_draft(f"---\ndate: 2021-03-01\n---\n\n{text}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference([package]), Config(root=package.parent, reference=[package]))
    return next(r for r in report.results if r.claim.text.startswith(claim))


def test_the_series_of_the_figures_order_supports_it() -> None:
    # 2010–2019: global increases average 2.38, Mauna Loa's 2.43 — both agree; the means (~399) are no reading
    result = _result("Across the 2010s, the average growth rate jumped to 2.4 ppm per year.", "2.4")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource.startswith("co2-gr-"), [(e.resource, e.value) for e in result.evidence]


def test_series_of_the_figures_order_that_disagree_leave_it_for_review() -> None:
    # 2000–2009: Mauna Loa's increases average 1.97 (within 2.0), the global 1.90 (not): a person decides
    result = _result("Across the 2000s, the average growth rate jumped to 2.0 ppm per year.", "2.0")
    assert result.verdict.value == "needs_review", result.explanation
