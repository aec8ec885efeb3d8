"""German releases call the year's inflation the 'Jahresteuerungsrate' (annual inflation rate), one
compound word: glossed as such (languages.json), it names the consumer-price measure, so the figure is
judged by that series' row of its year, as 'Inflationsrate' is."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Austria", 2029): 2.1, ("Austria", 2030): 6.5}


def test_the_annual_inflation_rate_compound_names_the_measure(tmp_path: Path) -> None:
    text = "Die Jahresteuerungsrate in Österreich lag im Jahr 2030 bei 6,5 %."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2031-01-20")["6,5 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"
