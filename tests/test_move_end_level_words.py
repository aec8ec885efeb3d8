"""A change's end named as a level ('from a high of 12 million tonnes to a low of 10 million') is still
that end: the first or the last year of the span the sentence names, not a figure over the whole span.
Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.models import Verdict
from workbench.move_ends import move_end_side

# Norway, thousand tonnes of carbon
TOTALS = {("NORWAY", 2010): 12_000, ("NORWAY", 2011): 11_500, ("NORWAY", 2012): 11_000,
          ("NORWAY", 2013): 10_600, ("NORWAY", 2014): 10_000}


def test_a_named_level_after_from_or_to_is_that_end() -> None:
    assert move_end_side("fell from a high of ", " tonnes to 10 million tonnes") == "from"
    assert move_end_side("fell from 12 million tonnes to a low of ", " tonnes") == "to"
    assert move_end_side("it reached a high of ", " tonnes in May") is None


def test_the_ends_of_a_span_named_as_levels_are_its_first_and_last_years(tmp_path: Path) -> None:
    package = carbon_package(tmp_path / "co2", TOTALS)
    text = ("Norway's emissions fell by 17 percent from 2010 to 2014, from a high of 12 million tons of carbon "
            "to a low of 10 million tons.")
    results = claim_results(text, [package], "2016-05-01")
    start = results["12 million tons"]
    assert start.verdict is Verdict.supported, start.explanation
    assert start.evidence[0].period == "2010", start.evidence[0].period
    end = results["10 million tons"]
    assert end.verdict is Verdict.supported, end.explanation
    assert end.evidence[0].period == "2014", end.evidence[0].period
