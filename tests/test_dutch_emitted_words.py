"""'In Nederland werd in 2019 154 miljard kilogram koolstofdioxide uitgestoten': Dutch news writes carbon
dioxide as 'koolstofdioxide' and its emissions with the participle 'uitgestoten'. Read through the
glossary, the sentence names emitted carbon dioxide of a place and a year, so the one series of emissions
in tonnes of carbon is its series: a figure that misses the year's row is contradicted, not left for
review as a weak match, and one that agrees is supported.

Invented figures, a CDIAC-shaped package in thousand tonnes of carbon."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# thousand tonnes of carbon: × 3.664 → 2019: 153.9 million t CO2
TOTALS = {("NETHERLANDS", 2018): 43_500.0, ("NETHERLANDS", 2019): 42_000.0}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("dutch") / "carbon", TOTALS)]


@pytest.mark.parametrize(("figure", "verdict"), [("154 miljard kilogram", Verdict.supported),
                                                 ("140 miljard kilogram", Verdict.contradicted)])
def test_dutch_emitted_carbon_dioxide_is_judged_by_the_emissions_row(carbon: list[Path], figure: str,
                                                                     verdict: Verdict) -> None:
    text = f"In Nederland werd in 2019 {figure} koolstofdioxide uitgestoten, meldt het statistiekbureau."
    [result] = [r for surface, r in claim_results(text, carbon, "2020-06-01").items() if "miljard" in surface]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2019", result.explanation
