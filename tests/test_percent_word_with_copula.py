"""Georgian glues its copula to the percent word ('3.1 პროცენტია', is 3.1 per cent): the glossary reads it as
percent, so the figure is checked like '3.1 პროცენტი'. World Bank-shaped package, invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict


def test_georgian_percent_with_copula_is_a_percentage(tmp_path: Path) -> None:
    rows = {("Georgia", 2021): 3.1, ("Georgia", 2022): 7.4}
    text = "საქართველოში 2021 წელს წლიური ინფლაცია 3.1 პროცენტია."
    result = claim_results(text, [cpi_package(tmp_path / "inflation", rows)], "2022-03-01")["3.1 პროცენტია"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == 3.1
