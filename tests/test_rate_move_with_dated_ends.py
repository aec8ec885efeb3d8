"""A currency's move in percent followed by its two ends, each dated by its year ('depreciated 2.00 per cent …, from
US$0.800 in 2030 to US$0.784 in 2031'), is the change between two years' figures, as the yearly rows are: the move
takes the span of those years, and is judged both ways round (the rows' change, or the currency's dollar value) —
supported when either agrees, contradicted when neither does, not sent to a person as a close-to-close move.

Invented figures: Canadian dollars per US dollar by year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.extraction import extract_text
from workbench.models import Verdict


# 1.25 → 1.275: the rows rise 2.0 %; the Canadian dollar's value falls 1 / 1.02 − 1 = −1.96 %
rates = module_package(rates_package, {("Canada", 2030): 1.25, ("Canada", 2031): 1.275})


@pytest.mark.parametrize(("move", "verdict"), [("1.96", Verdict.supported), ("2.00", Verdict.supported),
                                               ("2.60", Verdict.contradicted)])
def test_a_move_between_dated_ends_is_judged_on_the_years_rows(rates: Path, move: str, verdict: Verdict) -> None:
    text = (f"The Canadian dollar depreciated {move} per cent relative to the U.S. dollar, "
            "from US$0.800 in 2030 to US$0.784 in 2031.")
    results = claim_results(text, [rates], date="2032-06-01")
    result = results[f"{move} per cent"]
    assert result.claim.period == "2030/2031", result.claim
    assert result.verdict is verdict, result.explanation


def test_a_change_with_its_own_year_keeps_it() -> None:
    [change, *_] = extract_text("Output rose 5% in 2031, from 3.0 tonnes in 2029 to 3.2 tonnes in 2030.")
    assert change.period == "2031", change
