"""Spanish exchange-rate bounds read as the English ones: 'por encima de' is above, 'por debajo de' below,
'a partir de marzo' starting in March (a level's period, not a change's base), 'cotiza' trades and
'por dólar' per dollar — so the bound is checked against the month's average instead of left to review."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package

from workbench.models import Verdict

# Invented monthly averages, Brazilian reais per US dollar.
MONTHS = {"2019-02": 3.71, "2019-03": 3.85, "2020-03": 4.90}


package = module_package(monthly_rates_package, "Brazil", MONTHS)


@pytest.mark.parametrize(("text", "verdict"), [
    ("A partir de marzo de 2019, el real se cotiza por encima de 3,80 reales por dólar en Brasil.", Verdict.supported),
    ("En marzo de 2019, la moneda de Brasil cotiza por debajo de 3,60 reales por dólar.", Verdict.contradicted),
])
def test_a_spanish_bound_on_a_rate_is_checked_against_its_month(package: Path, text: str, verdict: Verdict) -> None:
    [result] = claim_results(text, [package], date=None).values()
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2019-03"
