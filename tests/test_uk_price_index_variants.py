"""The UK's other consumer price indexes — CPIH (with owner occupiers' housing costs) and the RPI and its
variants — are other series than the CPI a package holds (``series_variant_names``): their figures are
unsupported, however the CPI row compares, while the CPI's own figure beside them is judged as usual and
'retail inflation' (India's name for its CPI) stays the CPI.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("United Kingdom", 2019): 1.7, ("India", 2019): 3.7, ("United Kingdom", 1977): 15.8, ("United Kingdom", 1978): 8.3}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("uk") / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("In the UK the CPIH rose 1.7% in 2019, the statistics office said.", "1.7%"),
    ("Consumer prices including owner occupiers' housing costs rose 1.7% in the UK in 2019.", "1.7%"),
    ("The Retail Prices Index rose 2.6% in the UK in 2019.", "2.6%"),
    ("Britain's RPI inflation averaged 2.6% in 2019.", "2.6%"),
])
def test_cpih_and_rpi_figures_are_another_series(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2024-03-01")[figure]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_the_cpi_itself_and_retail_inflation_are_judged(cpi: Path) -> None:
    uk = claim_results("UK consumer price inflation averaged 1.7% in 2019.", [cpi], "2024-03-01")["1.7%"]
    assert uk.verdict is Verdict.supported, uk.explanation
    india = claim_results("India's retail inflation averaged 3.7% in 2019.", [cpi], "2024-03-01")["3.7%"]
    assert india.verdict is Verdict.supported, india.explanation


@pytest.mark.parametrize("text, figure, verdict", [
    ("In the UK the retail prices index rose 15.8% in 1977, the Treasury said.", "15.8%", Verdict.supported),
    ("Inflation by Britain's retail price index averaged 11.2% in 1978, official figures showed.", "11.2%", Verdict.contradicted),
])
def test_rpi_of_the_years_the_rows_were_compiled_from_it_is_judged(cpi: Path, text: str, figure: str,
                                                                  verdict: Verdict) -> None:
    """Before the CPI replaced it, the UK's consumer-price row of a year is the RPI's annual average
    (``series_variant_headline_until``): the row judges an RPI figure of 1977, no other series."""
    found = claim_results(text, [cpi], "1979-03-01")[figure]
    assert found.verdict is verdict and found.reason != "other_series", found.explanation
