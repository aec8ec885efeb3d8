"""A currency's move between two annual averages is judged both ways round (the rows' units per dollar, or the
currency's value in dollars); the evidence and the explanation show the reading the text speaks of: the one that
agrees, else the one moving the way the text says. 'The yen fell 5 % against the dollar' is the yen's value in
dollars falling, while the yen per dollar rose: showing the rows' rise beside 'fell' would be a figure the text never
meant.

Invented figures: Canadian dollars per US dollar by year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.models import Verdict

# 1.25 → 1.30: the rows rise 4.0 %; the Canadian dollar's value in US dollars falls 1 / 1.04 − 1 = −3.85 %
rates = module_package(rates_package, {("Canada", 2030): 1.25, ("Canada", 2031): 1.30})


def _move(rates: Path, sentence: str, figure: str):
    results = claim_results(f"In 2031, the annual average exchange rate {sentence}", [rates], date="2032-03-01")
    return results[figure]


@pytest.mark.parametrize(("sentence", "figure", "verdict", "shown"), [
    # neither reading agrees: the one moving the way the text says is shown
    ("showed the Canadian dollar down 6.0 per cent against the U.S. dollar.", "6.0 per cent", Verdict.contradicted, -3.85),
    ("showed the U.S. dollar up 6.0 per cent against the Canadian dollar.", "6.0 per cent", Verdict.contradicted, 4.0),
    # one reading agrees: that one is shown
    ("showed the Canadian dollar down 3.85 per cent against the U.S. dollar.", "3.85 per cent", Verdict.supported, -3.85),
    ("showed the U.S. dollar up 4.0 per cent against the Canadian dollar.", "4.0 per cent", Verdict.supported, 4.0),
])
def test_the_evidence_shows_the_reading_the_text_speaks_of(rates: Path, sentence: str, figure: str,
                                                          verdict: Verdict, shown: float) -> None:
    result = _move(rates, sentence, figure)
    assert result.verdict is verdict, result.explanation
    top = result.evidence[0]
    assert top.value == pytest.approx(shown, abs=0.01), (top, result.explanation)
    assert f"the change is {shown:g} %" in result.explanation, result.explanation
    if shown < 0:  # the inverse of the rows: the explanation says so, and gives the rows' own change
        assert "currency's value in dollars" in result.explanation and "+4.00 %" in result.explanation
        assert top.formula == "(v2030 / v2031 - 1) × 100"


@pytest.mark.parametrize(("sentence", "figure", "shown", "formula", "other"), [
    # the rows' rise shown: the note gives the currency's value, the inverse, computed from the same two cells
    ("showed the U.S. dollar up 4.0 per cent against the Canadian dollar.", "4.0 per cent", 4.0,
     "(v2031 / v2030 - 1) × 100", "Read the other way round — the currency's value in dollars — the change is -3.85 %"),
    # the currency's value shown: read back the other way, the note gives the rows' own change again
    ("showed the Canadian dollar down 3.85 per cent against the U.S. dollar.", "3.85 per cent", -3.85,
     "(v2030 / v2031 - 1) × 100", "read as the rows quote it — units of the currency per dollar — the change is +4.00 %"),
])
def test_the_note_gives_the_other_reading_of_the_reading_shown(rates: Path, sentence: str, figure: str, shown: float,
                                                                formula: str, other: str) -> None:
    result = _move(rates, sentence, figure)
    top = result.evidence[0]
    assert (top.value, top.formula) == (pytest.approx(shown, abs=0.01), formula), top
    assert other in result.explanation, result.explanation
