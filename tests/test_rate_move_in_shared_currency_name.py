"""A currency's move written in its own units, in a sentence that names the currency only by a name several
currencies share ('the peso', 'the rupee') while the figure's unit was read as one of them (the page, the paragraph):
the move of that currency's rate, quoted close to close, which the rows' averages do not give — for a person
(``rate_move.moved_in_units``), never the rate's level contradicted. A percent move restated in money after what it
is taken of ('lost 18.2 % of its value, that is, 3.10 pesos') is the same move (``kinds.restated``).
The package is shaped like the Federal Reserve's yearly rate file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import claim_results, rates_package

from workbench.models import Kind, Verdict


@pytest.fixture
def packages(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("Mexico", 2020): 18.4, ("Mexico", 2021): 16.9})]


def test_a_loss_in_pesos_beside_the_peso_is_its_move_not_its_level(packages: list[Path]) -> None:
    # 'pesos' is read as Mexico's from the bank the sentence names; of currencies it says only 'the peso'
    text = ("In 2021 the peso gained on the US dollar, appreciating 9.1 percent, equivalent to a loss of "
            "1.75 pesos, the Bank of Mexico said.")
    result = claim_results(text, packages, date="2022-03-01")["1.75 pesos"]
    assert result.claim.unit == "MXN", result.claim
    assert result.claim.kind is Kind.change, result.claim
    assert result.verdict is Verdict.needs_review and result.reason == "rate_move", result.explanation
    # the rows' difference is shown: 16.9 − 18.4
    assert result.evidence and result.evidence[0].value == pytest.approx(-1.5), result.explanation


def test_a_percent_move_restated_in_pesos_after_what_it_is_taken_of_is_one_move() -> None:
    text = "In 2021 the Mexican peso lost 18.2% of its value, that is, 3.10 pesos, against the dollar."
    claims = {c.text: c for c in claims_in(text)}
    assert claims["18.2%"].kind is Kind.change
    assert claims["3.10 pesos"].kind is Kind.change and claims["3.10 pesos"].direction == claims["18.2%"].direction


def test_a_level_beside_a_percent_move_stays_a_level() -> None:
    # no restating link between them: the closing rate is a level
    text = "In 2021 the Mexican peso lost 18.2% of its value and closed at 20.10 pesos against the dollar."
    claims = {c.text: c for c in claims_in(text)}
    assert claims["20.10 pesos"].kind is not Kind.change
