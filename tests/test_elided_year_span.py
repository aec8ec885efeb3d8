"""A span of years whose second year drops its century behind an apostrophe ('the crisis of 2008-’09',
"the 1997-'98 season") is a span like '2008-09': its two digits are no claim, and a figure in the
sentence is read over both years. A year inside an aside set off by commas ('In 2019, a year after the strikes
of 2018, prices rose …') dates the aside's noun, not the figure. Figures invented."""

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


@pytest.mark.parametrize(("text", "period"), [
    # the aside's year dates its own noun; the year named before the aside is the figure's
    ("In 2019, a year after the strikes of 2018, consumer prices in Chile rose 3.9%.", "2019"),
    ("In 2019, leading up to the unrest of 2020-’21, consumer prices in Chile rose 3.9%.", "2019"),
    # a period within the first refines it: the month is the figure's
    ("Of 2019's readings, the one of May 2019, when Chile's consumer prices rose 3.9%, stood out.", "2019-05"),
    # no aside: the nearer year stands
    ("In 2018 the strikes began and in 2019 consumer prices in Chile rose 3.9%.", "2019"),
    # a contrast opens a clause of its own year, no aside
    ("Chile's consumer prices rose 3.5% in 2018, while in 2019, they rose 3.9%.", "2019"),
    ("Consumer prices in Chile rose 3.5% in 2018, but in 2019, after the protests, 3.9%.", "2019"),
])
def test_a_year_inside_an_aside_leaves_the_year_before_it(tmp_path: Path, text: str, period: str) -> None:
    prices = cpi_package(tmp_path / "cpi", {("Chile", 2018): 3.5, ("Chile", 2019): 3.9})
    found = claim_results(text, [prices], "2021-01-01")["3.9%"]
    assert found.claim.period == period, found.claim.period


def test_a_year_that_opens_its_own_clause_keeps_its_figure(tmp_path: Path) -> None:
    prices = cpi_package(tmp_path / "cpi", {("Chile", 2018): 3.5, ("Chile", 2019): 3.9})
    found = claim_results("In Chile prices rose 3.9% in 2019, the most since 2018, when they rose 3.5%.", [prices], "2021-01-01")
    assert found["3.5%"].claim.period == "2018"
