"""A share's whole is named in the figure's own clause. A place after the figure's closing bracket or
after a comma is the next item of a list ('Chile (8.0 %) and Peru (5.1 %)'), never the whole the figure is
a share of; a whole in the figure's clause ('11 % of Peru's') still is. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict
from test_co2_share_and_list_items import package  # noqa: F401  (the carbon-by-country fixture)


@pytest.mark.parametrize(("text", "claim"), [
    ("In 2015 the largest rises in emissions were in Chile (4.8%) and Peru (3.4%).", "4.8%"),
    ("In 2015 Chile's emissions made up 14% of the region's total, Peru having the second share (9%).", "14%"),
])
def test_a_place_after_the_figures_clause_is_no_whole(package: Path, text: str, claim: str) -> None:  # noqa: F811
    result = claim_results(text, [package], date="2017-03-01")[claim]
    assert not any(e.formula and "PERU" in e.formula for e in result.evidence), result.explanation
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_a_whole_in_the_figures_clause_is_still_read(package: Path) -> None:  # noqa: F811
    result = claim_results("In 2015 Chile's emissions were 146.7% of Peru's.", [package], date="2017-03-01")["146.7%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "CHILE" in (result.evidence[0].formula or "") and "PERU" in (result.evidence[0].formula or "")



def test_a_place_the_figure_leads_into_is_its_own_and_no_later_item_its_whole(tmp_path: Path) -> None:
    # '… 9 per cent in Peru and 1.7 per cent in Chile': Peru is the figure's own place, Chile a later item's;
    # neither is a whole that Bolivia's row, named first, is a share of
    totals = {("BOLIVIA", 2015): 5_300, ("PERU", 2015): 15_000, ("CHILE", 2015): 22_000,
              ("BOLIVIA", 2014): 6_000, ("PERU", 2014): 14_500, ("CHILE", 2014): 21_000}
    text = ("Fossil fuel emissions fell in all the region's biggest emitting countries in 2015 – by 12 per cent "
            "in Bolivia; 11 per cent in Argentina, 9 per cent in Peru and 1.7 per cent in Chile.")
    result = claim_results(text, [carbon_package(tmp_path / "carbon", totals)], date="2017-03-01")["9 per cent"]
    assert not any(e.formula and "/" in e.formula for e in result.evidence), result.explanation
    assert result.verdict is not Verdict.contradicted, result.explanation
