"""A publisher's small table of exchange rates may hold one country and a currency union ('Japan', 'Euro'): the
union's row is no place, yet the column is still the rates' column of places, so the yen's rows are read for a
yen figure and the euro's for a euro figure — neither is a currency 'no series holds'. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.models import Verdict

RATES = {("Japan", 2030): 100.0, ("Japan", 2031): 110.0, ("Euro", 2030): 1.0, ("Euro", 2031): 0.96}

fx = module_package(rates_package, RATES, source="Federal Reserve")


@pytest.mark.parametrize("text, surface, verdict", [
    ("In 2031 the yen averaged 110 per dollar.", "110", Verdict.supported),
    ("In 2031 the yen averaged 125 per dollar.", "125", Verdict.contradicted),
    ("In 2031 the euro averaged 0.96 per dollar.", "0.96", Verdict.supported),
])
def test_each_currency_of_a_two_row_table_is_judged_from_its_rows(fx: Path, text: str, surface: str,
                                                                  verdict: Verdict) -> None:
    found = claim_results(text, [fx], "2032-02-01")[surface]
    assert found.verdict is verdict, found.explanation
