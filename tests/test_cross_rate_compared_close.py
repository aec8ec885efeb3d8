"""A day's cross rate compared with the one before it ('the won slipped against the yen to end at 9.62 from
9.55 per yen'): both figures are amounts of the currency named before, priced in the one named right after
the second; judged by the ratio of the two currencies' rows, a day's price against a month's is for a person."""

from __future__ import annotations

from pathlib import Path

from extraction_helpers import claims_in
from package_support import claim_results, rates_package

STORY = ("In cross trades the won slipped against the yen to end at 9.62 from 9.55 per yen, "
         "while it gained against the euro to finish at 1391.20.")


def test_a_figure_compared_with_a_quoted_one_is_quoted_the_same_way() -> None:
    units = {c.text: c.unit for c in claims_in(STORY)}
    assert units["9.62"] == "KRW" and units["9.55"] == "KRW", units


def test_a_days_cross_close_goes_to_a_person(tmp_path: Path) -> None:
    rates = rates_package(tmp_path, {("South Korea", 2023): 1305.0, ("Japan", 2023): 136.0})
    results = claim_results(STORY, [rates], date="2023-06-14")
    for figure in ("9.62", "9.55"):
        assert results[figure].verdict.value == "needs_review", results[figure].explanation
