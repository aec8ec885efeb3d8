"""An amount of the US dollar's hundredths priced per one unit of another currency ('11.7 cents for each
Swedish krona', 'a Swedish krona cost 11.7 cents') is that currency's rate turned round: dollars per unit,
the reciprocal of its units-per-dollar row. A sum in cents priced per anything else stays a sum. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package, rates_package

from workbench.models import Verdict


fx = module_package(rates_package, {("Sweden", 2016): 8.5500, ("Sweden", 2017): 8.5400})


@pytest.mark.parametrize("text, surface, verdict", [
    ("Over 2016 travellers paid 11.7 cents for each Swedish krona on average.", "11.7 cents", Verdict.supported),
    ("In 2016 a Swedish krona cost around 12 cents on average.", "12 cents", Verdict.supported),
    ("In 2017 a Swedish krona cost 14.5 cents on average.", "14.5 cents", Verdict.contradicted),
])
def test_cents_per_unit_of_a_currency_are_its_rate_turned_round(fx: Path, text: str, surface: str, verdict: Verdict) -> None:
    found = claim_results(text, [fx], "2024-06-01")[surface]
    assert found.verdict is verdict, found.explanation
    assert (found.evidence[0].formula or "").startswith("1 / "), found.evidence


def test_cents_per_other_unit_are_no_rate(fx: Path) -> None:
    found = claim_results("In 2016 Swedish farmers got 11.7 cents for each litre of milk.", [fx], "2024-06-01")["11.7 cents"]
    assert found.verdict is not Verdict.supported and not found.evidence, found.explanation


def test_a_rate_in_the_middle_of_a_month_is_not_the_month_s_mean(tmp_path: Path) -> None:
    pkg = monthly_rates_package(tmp_path / "fx", "Sweden", {"2016-03": 8.5500})
    found = claim_results("By then, in mid March 2016, a Swedish krona cost 11.7 cents.", [pkg], "2024-06-01")["11.7 cents"]
    assert found.verdict is Verdict.needs_review, found.explanation
    assert found.evidence and found.evidence[0].period == "2016-03", found.evidence
