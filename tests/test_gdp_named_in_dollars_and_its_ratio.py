"""A sentence that gives GDP 'in dollars' by naming the currency before the measure ('the nominal dollar GDP
was 2.5 trillion in Brazil against 300 billion in Chile', 'in euro terms') gives its bare amounts in that
currency: they are read against the GDP in US$, not left unmatched. A multiple that ends its sentence with
no base of its own ('Brazil's economy is eight times bigger.') compares the place it names with the other
place the paragraph's earlier sentences named: a ratio of two places' rows, for a person, never 'nothing
matches'. And 'a country with only 16 million people' gives a population as 'has' does. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), {("Chile", 2019): 18_950_000},
                              {("Brazil", 2019): 2_500e9, ("Chile", 2019): 300e9})


PAIR = "According to official data, the nominal dollar GDP in 2019 was {brazil} trillion in Brazil against {chile} billion in Chile."


@pytest.mark.parametrize("brazil, chile, verdict", [("2.5", "300", Verdict.supported),
                                                    ("2.1", "250", Verdict.contradicted)])
def test_a_dollar_gdp_reads_its_bare_amounts_as_dollars(packages: list[Path], brazil: str, chile: str,
                                                        verdict: Verdict) -> None:
    results = claim_results(PAIR.format(brazil=brazil, chile=chile), packages, "2020-06-01")
    for figure in (f"{brazil} trillion", f"{chile} billion"):
        assert results[figure].verdict is verdict, results[figure].explanation


def test_a_bare_amount_with_no_currency_named_stays_unread_as_money(packages: list[Path]) -> None:
    result = claim_results("In 2019 the real GDP of Brazil was 2.5 trillion.", packages, "2020-06-01")["2.5 trillion"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_multiple_with_its_base_in_the_sentence_before_is_for_review(packages: list[Path]) -> None:
    text = PAIR.format(brazil="2.5", chile="300") + " In other words, Brazil's economy is eight times bigger."
    result = claim_results(text, packages, "2020-06-01")["eight times"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "Chile" in result.explanation and "Brazil" in result.explanation, result.explanation


def test_a_country_with_some_people_is_its_population_for_review(packages: list[Path]) -> None:
    result = claim_results("Chile is a long country, with only 18.95 million people.", packages, "2020-06-01")[
        "18.95 million"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].value == 18_950_000, result.explanation
