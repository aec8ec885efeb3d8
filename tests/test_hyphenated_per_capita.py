"""'Per-capita GDP', hyphenated as opinion prose and US usage write it, makes a money figure GDP per person,
as 'per capita GDP' does: GDP ÷ population of the same place and year. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.mark.parametrize(("text", "verdict"), [
    ("Per-capita GDP in Kazakhstan topped out at $12,500 in 2014.", Verdict.supported),
    ("Kazakhstan's per-capita GDP was $9,000 in 2014.", Verdict.contradicted),
])
def test_hyphenated_per_capita_divides_by_the_population(tmp_path: Path, text: str, verdict: Verdict) -> None:
    packages = population_and_gdp(tmp_path, {("Kazakhstan", 2014): 17_000_000}, {("Kazakhstan", 2014): 212_500_000_000})
    found = next(iter(claim_results(text, packages, "2016-01-01").values()))
    assert found.verdict is verdict, found.explanation
