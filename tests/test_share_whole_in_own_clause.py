"""A share's whole is named in the figure's own clause. A place after the figure's closing bracket or
after a comma is the next item of a list ('Chile (8.0 %) and Peru (5.1 %)'), never the whole the figure is
a share of; a whole in the figure's clause ('11 % of Peru's') still is. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

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
