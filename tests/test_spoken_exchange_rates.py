"""A rate said as a broadcast says it — 'sixteen point four rand to the dollar', 'four point four ringgit' —
is a rate with decimals written out in full, as '16.4 rand' is (verify/fx/rates.written_in_full,
units.written_with_decimals): it is judged by the currency's row, not left as an amount no row matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict

# Invented annual averages, units of the currency per US dollar.
RATES = {("South Africa", 2030): 17.12, ("Malaysia", 2030): 4.46}


@pytest.mark.parametrize("text, figure, verdict", [
    ("The rand averaged seventeen point one rand to the dollar in 2030, the governor told listeners.",
     "seventeen point one rand", Verdict.supported),
    ("On air, the minister said the rand averaged seventeen point one to the dollar in 2030.",
     "seventeen point one", Verdict.supported),
    ("The ringgit averaged four point four six ringgit per US dollar in 2030, the central bank said.",
     "four point four six ringgit", Verdict.supported),
    ("The rand averaged fifteen point two rand to the dollar in 2030, the presenter said.",
     "fifteen point two rand", Verdict.contradicted),
])
def test_a_spoken_rate_is_judged_by_the_currencys_row(tmp_path: Path, text: str, figure: str, verdict: Verdict) -> None:
    result = claim_results(text, [rates_package(tmp_path / "fx", RATES)], date="2031-02-01")[figure]
    assert result.verdict is verdict, result.explanation
