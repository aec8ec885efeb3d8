"""A currency's move written in its minor unit ('the rupee slipped seven paise', 'the INR had dipped by nine
paise to close at 83.10'): number words read with the minor unit are money as digits are ('seven paise' is
0.07 rupees), and such a move of a named currency whose rates the series hold, against a base the sentence
leaves unsaid, is of a span no average row is (a day's): the series hold the measure but not the period, so a
person decides, not 'nothing matches'. The same amount in a sentence that moves no currency stays unmatched.
The package is shaped like the Federal Reserve's monthly rate file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package

from workbench.models import Verdict


rupee = module_package(monthly_rates_package, "India", {"2024-02": 83.00, "2024-03": 83.20})


@pytest.mark.parametrize(("text", "claim"), [
    ("The rupee slipped seven paise to open at 83.15 on Tuesday.", "seven paise"),
    ("On Monday the INR had dipped by nine paise to close the day at 83.10.", "nine paise"),
    ("On Monday the INR had dipped by 9 paise to close the day at 83.10.", "9 paise"),
])
def test_a_move_in_paise_of_a_named_currency_is_for_review(rupee: Path, text: str, claim: str) -> None:
    result = claim_results(text, [rupee], date="2024-03-12")[claim]
    assert result.claim.unit == "INR"
    assert result.verdict is Verdict.needs_review, result.explanation


def test_paise_in_a_sentence_that_moves_no_currency_stay_unmatched(rupee: Path) -> None:
    text = "A cup of tea at the station costs the same as before, the INR equivalent of ninety paise more than in 1990."
    found = claim_results(text, [rupee], date="2024-03-12")
    assert all(r.verdict is not Verdict.needs_review for r in found.values() if "paise" in r.claim.text), \
        [(r.claim.text, r.verdict) for r in found.values()]
