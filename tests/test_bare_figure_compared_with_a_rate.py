"""A bare figure a compared link joins to a rate in percent ('7.1 % in 2030 against 4.5 a year earlier',
'exceeding the figure of 4.5') is that rate's figure: it is read in percent and judged as the rate, not
flagged as a figure of no unit; a level after a change ('rose 5 % to 15.1 from 14.4') keeps no unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.extraction import extract_text
from workbench.models import Verdict


@pytest.mark.parametrize("text", [
    "Consumer price inflation in Chile was 7.1 % in 2030 against 4.5 a year earlier, the statistics office said.",
    "Chile's consumer price inflation reached 7.1 % in 2030, exceeding the figure of 4.5 recorded in 2029.",
])
def test_the_compared_figure_is_judged_as_the_rate(tmp_path: Path, text: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2029): 4.5, ("Chile", 2030): 7.1})
    results = claim_results(text, [cpi], date="2031-03-20")
    assert results["4.5"].verdict is not Verdict.contradicted and results["4.5"].verdict is not Verdict.unsupported, \
        results["4.5"].explanation
    assert results["7.1 %"].verdict is Verdict.supported


def test_the_bare_figure_takes_percent_only_after_a_rate() -> None:
    units = {c.text: c.unit for c in extract_text("Annual inflation was 12.3 % in March versus 14.4 in February.")}
    assert units == {"12.3 %": "%", "14.4": "%"}
    units = {c.text: c.unit for c in extract_text("Inflation amounted to 8.1 percent, exceeding the figure of 7.6 from "
                                                  "last June.")}
    assert units["7.6"] == "%"
    # after a change, 'from' compares a level in some other unit; a counted word keeps its own reading
    units = {c.text: c.unit for c in extract_text("Exports rose 5 % to 15.1 from 14.4 a year earlier.")}
    assert units["14.4"] == "" and units["15.1"] == ""
    units = {c.text: c.unit for c in extract_text("Inflation was 7.2 %, against 12 companies that reported.")}
    assert units["12"] == ""
