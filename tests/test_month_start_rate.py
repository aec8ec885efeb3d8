"""An exchange rate reached early or late in a month ('early in March 2019', 'in late March', glossed 'a
principios de marzo de 2019') is one day's price, as a month's end is: the month's average neither
confirms nor refutes it (day_price). The month named alone is still read against its average."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package

from workbench.models import Verdict

# Invented monthly averages, Brazilian reais per US dollar.
MONTHS = {"2019-03": 3.85, "2019-04": 3.92}


fx = module_package(monthly_rates_package, "Brazil", MONTHS)


@pytest.mark.parametrize("text", [
    "The Brazilian real slid to 3.99 reais per dollar early in March 2019.",
    "In late March 2019 the Brazilian real touched 3.99 reais per dollar.",
    "En Brasil, a principios de marzo de 2019 el dólar se cotizaba a 3,99 reales.",
])
def test_a_rate_reached_early_or_late_in_a_month_is_not_the_months_average(fx: Path, text: str) -> None:
    [result] = claim_results(text, [fx], date=None).values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "day_price"


def test_the_month_named_alone_is_still_its_average(fx: Path) -> None:
    [result] = claim_results("In March 2019 the Brazilian real averaged 3.99 reais per dollar.", [fx], date=None).values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2019-03"
