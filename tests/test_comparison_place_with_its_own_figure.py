"""A country group after a comparison word ('well below the global average …') is the baseline the
figure before it is set against, unless the figure is the group's own: linked to it by 'of' past at most
four words naming the measure ('the global average per capita rate of 1.10 t'). Then the figure is the
group's, and a national table holds no row for it (unsupported).
Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict
from test_co2_share_and_list_items import package  # noqa: F401  (the carbon-by-country fixture)


@pytest.mark.parametrize("words", ["average of", "average per capita of", "average per capita rate of"])
def test_the_groups_own_figure_is_no_national_row(package: Path, words: str) -> None:  # noqa: F811
    text = f"In 2015 Chile's output of 1.2 tons of carbon per person was well above the global {words} 0.9 tons of carbon."
    result = claim_results(text, [package], date="2017-03-01")["0.9 tons"]
    assert result.verdict is Verdict.unsupported and "World" in result.explanation, result.explanation
