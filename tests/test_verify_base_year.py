"""A percent change over several years: named as a span ('between 2010 and 2013') or measured from a
base year named right after it ('a reduction of 28 % since 2010'), read from the first and the last
year's rows. test_units_measures' invented emissions table (Brazil 2010–2013: 120, 125, 130 and 140
thousand t C); the sentences are written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_units_measures import TABLE, one, package

from extraction_helpers import claims_in
from workbench.config import Tolerances
from workbench.models import Direction, Kind, Verdict
from workbench.verify.periods.baseline import base_year_claim

__all__ = ["package"]


@pytest.mark.parametrize("text", ["Brazil's carbon emissions rose 16.7% between 2010 and 2013.",
                                  ("Brazil's carbon emissions reached 140 million tonnes of carbon in 2013, an "
                                   "increase of 16.7% since 2010."),
                                  "In 2013 Brazil's carbon emissions were up 16.7% over the 2010 level.",
                                  "Brazil's carbon emissions in 2013 were 16.7% higher than in 2010, the ministry said."])
def test_a_change_over_several_years_is_read_from_the_first_and_last_year(package: Path, text: str) -> None:
    result = one(text, package, "16.7%")  # 140 / 120 − 1
    assert result.verdict is Verdict.supported, result.explanation
    ev = result.evidence[0]
    assert ev.resource == f"{TABLE}:total" and ev.period == "2013"
    assert [c.period for c in ev.cells] == ["2010", "2013"]
    wrong = one(text.replace("16.7%", "12%"), package, "12%")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_year_named_after_a_superlative_is_no_base(package: Path) -> None:
    result = one("Brazil's carbon emissions rose 7.7% in 2013, the most since 2010.", package, "7.7%")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2013"  # 140 / 130 − 1


def test_a_reduction_of_is_a_change() -> None:
    text = "---\ndate: 2015-01-01\n---\n\nThe plant's output was 9 tonnes, a reduction of 28% since 2010.\n"
    [share] = [c for c in claims_in(text) if c.text == "28%"]
    assert (share.kind, share.direction) == (Kind.change, Direction.down)


@pytest.mark.parametrize("opening", ["Since 2010 until 2012", "Since 2010 till 2012", "Since 2010 to May 2012"])
def test_an_opening_ranges_first_year_is_no_base_to_the_latest_year(opening: str) -> None:
    # one pattern for 'since' a year or a month: a range's first, however its end is written, is no base
    text = f"---\ndate: 2015-01-01\n---\n\n{opening}, the plant's carbon output rose 16.7%.\n"
    [change] = [c for c in claims_in(text) if c.text == "16.7%"]
    assert base_year_claim(change, dt.date(2015, 1, 1), Tolerances()).period != "2010/2013"
    since = claims_in(text.replace(opening, "Since 2010"))
    [opened] = [c for c in since if c.text == "16.7%"]
    assert base_year_claim(opened, dt.date(2015, 1, 1), Tolerances()).period == "2010/2013"
