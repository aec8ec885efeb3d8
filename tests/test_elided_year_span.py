"""A span of years whose second year drops its century behind an apostrophe ('the crisis of 2008-’09',
"the 1997-'98 season") is a span like '2008-09': its two digits are no claim, and a figure in the
sentence is read over both years. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package


@pytest.mark.parametrize("text", [
    "Through the slump of 2018-’19, consumer prices in Chile rose 3.7% on average.",
    "Through the slump of 2018-'19, consumer prices in Chile rose 3.7% on average.",
    "Through the slump of 2018–’19, consumer prices in Chile rose 3.7% on average.",
])
def test_an_elided_second_year_ends_a_span(tmp_path: Path, text: str) -> None:
    prices = cpi_package(tmp_path / "cpi", {("Chile", 2018): 3.5, ("Chile", 2019): 3.9})
    found = claim_results(text, [prices], "2021-01-01")
    assert list(found) == ["3.7%"], list(found)
    assert found["3.7%"].claim.period == "2018/2019"
