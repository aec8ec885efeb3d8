"""Opinion prose puts an epithet before the gas ('tonnes of planet-warming carbon dioxide', 'heat-trapping
carbon dioxide'): the gas named after it decides the substance, as if the epithet were not there, and
per-person words after the longer phrase still make the figure a per-capita one. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


def test_an_epithet_before_the_gas_leaves_a_total_judged_as_that_gas(tmp_path: Path) -> None:
    # 100 thousand t of carbon = 366,400 t of CO2
    carbon = carbon_package(tmp_path / "carbon", {("RURITANIA", 2015): 100})
    found = claim_results("Ruritania emitted 366,000 tonnes of planet-warming carbon dioxide in 2015.", [carbon],
                          "2017-01-01")["366,000 tonnes"]
    assert found.verdict is Verdict.supported, found.explanation


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("In 2015 Ruritania produced 7.3 tonnes of climate-warming carbon dioxide a head.", "7.3 tonnes", Verdict.supported),
    ("In 2015 Ruritania produced 9.5 tonnes of planet-warming carbon dioxide per person.", "9.5 tonnes", Verdict.contradicted),
    ("Ruritanians emitted 7.3 tonnes of heat-trapping carbon dioxide per person in 2015.", "7.3 tonnes", Verdict.supported),
])
def test_an_epithet_before_the_gas_keeps_a_per_person_figure_per_person(tmp_path: Path, text: str, claim: str,
                                                                       verdict: Verdict) -> None:
    # 2.0 t of carbon a head in 2015 = 7.33 t of CO2
    carbon = carbon_package(tmp_path / "carbon", {("RURITANIA", 2015): 100, ("RURITANIA", 2014): 90, ("LILLIPUT", 2015): 50},
                            {("RURITANIA", 2015): 2.0, ("RURITANIA", 2014): 1.8, ("LILLIPUT", 2015): 1.0})
    found = claim_results(text, [carbon], "2017-01-01")[claim]
    assert found.verdict is verdict, found.explanation
    assert (found.evidence[0].period, found.evidence[0].value) == ("2015", 2.0), found.evidence
