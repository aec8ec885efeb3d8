"""A rate set for one unit of a currency, its figure after ('the central bank set the reference rate for
the dollar at 1,284.55'): an amount of the one other currency the text names before, in the sentence's
paragraph or the one before; a rate set 'for the euro at' is a cross rate, left as it is."""

from __future__ import annotations

from pathlib import Path

from extraction_helpers import claims_in
from package_support import claim_results, monthly_rates_package


STORY = ("The won gained ground through the week as exporters sold dollars.\n\n"
         "On Friday the central bank set the reference rate for the dollar at 1284.55 and for the euro at 1391.20.")


def test_a_rate_set_for_the_dollar_is_an_amount_of_the_currency_named_before() -> None:
    units = {c.text: c.unit for c in claims_in(STORY)}
    assert units["1284.55"] == "KRW", units
    assert units["1391.20"] == "", units  # per euro: a cross rate, not the won's rate against the dollar


def test_a_rate_set_on_a_day_goes_to_a_person_against_the_months_average(tmp_path: Path) -> None:
    rates = monthly_rates_package(tmp_path / "fx", "South Korea", {"2023-05": 1285.1, "2023-06": 1296.3})
    result = claim_results(STORY, [rates], date="2023-05-19")["1284.55"]
    assert result.verdict.value == "needs_review", result.explanation


def test_a_rate_set_for_the_dollar_with_no_currency_named_before_stays_bare() -> None:
    text = "On Friday the central bank set the reference rate for the dollar at 1284.55 after a quiet session."
    assert {c.text: c.unit for c in claims_in(text)}["1284.55"] == ""
