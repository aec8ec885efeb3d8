"""Exchange-rate news in Portuguese and Spanish read through its own words: 'fechou cotado a', 'fechando a',
'cerró en' quote one moment's price, which a month's average neither confirms nor refutes; 'custou em
média' in the same month is the average and is judged by it. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def monthly(tmp_path: Path) -> Path:
    """A Federal Reserve-shaped monthly file: units of the currency per US dollar."""
    return monthly_rates_package(tmp_path / "fx", {"Brazil": {"2021-02": 5.42, "2021-03": 5.65},
                                                  "Mexico": {"2021-02": 20.33, "2021-03": 20.79}})


@pytest.mark.parametrize(("text", "claim"), [
    ("No fim de março de 2021, o dólar comercial fechou cotado a R$ 5,70, maior valor do ano.", "R$ 5,70"),
    ("Em março de 2021 a cotação do dólar bateu recorde, fechando a R$ 5,80 num só dia.", "R$ 5,80"),
    ("A finales de marzo de 2021 el dólar cerró en 20,44 pesos mexicanos, según el banco central.", "20,44 pesos mexicanos"),
])
def test_a_closing_rate_is_one_moments_price(monthly: Path, text: str, claim: str) -> None:
    found = claim_results(text, [monthly], "2021-04-05")
    assert found[claim].verdict is Verdict.needs_review, found[claim].explanation


def test_the_months_average_is_judged_by_the_months_row(monthly: Path) -> None:
    found = claim_results("Em fevereiro de 2021, o dólar comercial custou em média R$ 5,42 no Brasil.", [monthly], "2021-04-05")
    assert found["R$ 5,42"].verdict is Verdict.supported, found["R$ 5,42"].explanation
