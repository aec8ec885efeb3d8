"""Korean puts the verb after the amount a rate moved by: '원/달러 환율은 … 95.0원 올랐다' (the won-dollar rate
rose 95.0 won), glossed '95.0 won rose.'. Money or points right before a change verb that closes the clause is
the change, never the rate's level (a level 12 times off is no contradiction); money before 'to' and its verb
('…원까지 올랐다', rose to) stays the level. English copy keeps its own order. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, module_package, rates_package

from workbench.models import Kind, Verdict


fx = module_package(rates_package, {("South Korea", 2030): 1150.0, ("South Korea", 2031): 1245.0})


def test_won_before_a_closing_change_verb_is_a_change(fx: Path) -> None:
    result = claim_results("2031년 원/달러 환율은 전년과 비교하면 95.0원 올랐다.", [fx], "2032-02-01")["95.0원"]
    assert result.claim.kind is Kind.change, result.claim
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_won_rose_to_stays_the_level(fx: Path) -> None:
    result = claim_results("2031년 원/달러 환율은 1,245.0원까지 올랐다.", [fx], "2032-02-01")["1,245.0원"]
    assert result.claim.kind is not Kind.change, result.claim


def test_an_english_amount_before_its_verb_is_unchanged(fx: Path) -> None:
    result = claim_results("In 2031 the won, at 1,245.0 won per dollar, rose.", [fx], "2032-02-01")
    assert all(r.claim.kind is not Kind.change for r in result.values()), result
