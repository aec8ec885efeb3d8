"""'New Zealand's exchange rate was 0.70': a bare figure the sentence calls the exchange rate of a place whose
currency news quotes in US dollars is read either way round, whatever its verb — the year's row (units per
dollar) or its reciprocal (dollars per unit). Something else measured of the rate ('the exchange rate
pass-through') is no rate. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.models import Verdict

RATES = {("New Zealand", 2021): 1.4300, ("Canada", 2021): 1.2500, ("Euro", 2021): 0.8460}


fx = module_package(rates_package, RATES)


@pytest.mark.parametrize("text, surface, verdict, formula", [
    ("New Zealand's exchange rate was 0.70 in 2021, exporters said.", "0.70", Verdict.supported, "1 / 1.43"),
    ("New Zealand's exchange rate stood at 0.60 in 2021.", "0.60", Verdict.contradicted, "1 / 1.43"),
    ("In 2021 the exchange rate in Canada was 0.80 over the year.", "0.80", Verdict.supported, "1 / 1.25"),
    ("The Canadian exchange rate was 1.25 in 2021.", "1.25", Verdict.supported, None),
])
def test_a_place_s_exchange_rate_is_read_either_way_round(fx: Path, text: str, surface: str, verdict: Verdict,
                                                         formula: str | None) -> None:
    found = claim_results(text, [fx], "2024-06-01")[surface]
    assert found.verdict is verdict, found.explanation
    assert found.evidence[0].formula == formula, found.evidence


def test_a_measure_of_the_rate_is_no_rate(fx: Path) -> None:
    found = claim_results("Germany's exchange rate pass-through was 0.62 in 2021.", [fx], "2024-06-01")["0.62"]
    assert found.verdict is not Verdict.contradicted, found.explanation
