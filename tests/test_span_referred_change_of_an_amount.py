"""A change of an amount whose sentence points back to the span the sentence before names ('between 2006
and 2016 … In that time frame, Canada cut its CO2 emissions by 30 million tonnes') is the change over that
span, as a percentage change is; with no pointing words it stays the latest year's change. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.models import Verdict

# Canada, thousand tonnes of carbon: 2006 → 2016 falls by 8,200 kt C = 30.0 Mt CO2; 2015 → 2016 by 500 kt C
TOTALS = {("CANADA", 2006): 150_000, ("CANADA", 2015): 142_300, ("CANADA", 2016): 141_800}


def test_a_change_pointing_back_to_a_span_is_judged_over_it(tmp_path: Path) -> None:
    package = carbon_package(tmp_path / "co2", TOTALS)
    text = ("Canada had one of the largest cuts in CO2 emissions between 2006 and 2016. In that time frame, "
            "Canada reduced its CO2 emissions by 30 million tonnes.")
    result = claim_results(text, [package], "2018-06-01")["30 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].formula == "v2016 - v2006", result.evidence[0].formula
    unreferred = claim_results("Canada had large cuts in CO2 emissions between 2006 and 2016. Canada reduced its CO2 "
                               "emissions by 30 million tonnes.", [package], "2018-06-01")["30 million tonnes"]
    assert unreferred.evidence and unreferred.evidence[0].formula != "v2016 - v2006", unreferred.explanation
