"""Figures after a data portal's label ('Label, unit, year: value'), as country profiles and fact
boxes print them: the unit the label names is the figure's.

The package is test_units_measures' invented emissions table (per capita in tonnes of carbon);
the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

from test_units_measures import TABLE, check_text, package

from extraction_helpers import claims_in
from workbench.matching.labels import labelled_claim
from workbench.models import Kind, Verdict

__all__ = ["package"]


def _labelled(line: str, figure: str):
    claims = {c.text: c for c in claims_in(f"{line}\n")}
    return claims[figure], labelled_claim(claims[figure])


def test_a_label_lends_its_unit_and_per_person_to_the_bare_figure() -> None:
    written, read = _labelled("- Fuel imports, metric tons per capita, 2012: 1.25", "1.25")
    assert written.unit == ""  # extraction reads units beside the number only
    assert (read.unit, read.kind, read.value) == ("t", Kind.ratio, 1.25)
    _, total = _labelled("Coal output, tonnes: 4,100 (2019 est.)", "4,100")
    assert total.unit == "t" and total.value == 4100


def test_a_label_that_is_a_rate_between_currencies_or_names_no_unit_lends_nothing() -> None:
    _, rate = _labelled("Exchange rate, rand per US dollar, 2012: 8.21", "8.21")
    assert rate.unit == ""  # 'rand per US dollar' is an exchange rate, not an amount of rand
    _, plain = _labelled("Hospital beds, 2012: 410", "410")
    assert plain.unit == ""
    _, twice = _labelled("Exports, tonnes per capita, 2012: 2.5 (2011: 2.5)", "2.5")
    assert twice.unit == ""  # which '2.5' follows the label cannot be told: nothing lent


def test_a_profile_line_is_checked_against_the_per_person_series(package: Path) -> None:
    # Brazil 2012: 0.66 t C per person = 2.42 t CO2
    text = "## Brazil\n\n- CO2 emissions, metric tons per capita, 2012: {}"
    results, _ = check_text(f"---\ndate: 2015-01-01\n---\n\n{text.format('2.42')}\n", package)
    right = results["2.42"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].resource == f"{TABLE}:per-capita" and right.evidence[0].period == "2012"
    assert right.claim.unit == ""  # the report lists the claim as extraction gave it
    results, _ = check_text(f"---\ndate: 2015-01-01\n---\n\n{text.format('3.10')}\n", package)
    wrong = results["3.10"]
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2012", wrong.explanation


def test_a_label_with_a_currency_sign_names_the_money_not_the_united_states(tmp_path: Path) -> None:
    from package_support import claim_results, publisher_package

    gdp = publisher_package(tmp_path / "output", "output", "GDP (current US$)", "Value",
                            {("Chile", 2021): 316.6e9, ("Kenya", 2021): 110.3e9}, description="GDP (current US$)")
    for line in ("GDP (current US$) 2021: 316.6 billion", "GDP, current US$: 316.6 billion (2021)"):
        result = claim_results(f"## Chile\n\n{line}", [gdp], date="2022-09-01")["316.6 billion"]
        assert result.verdict is Verdict.supported, (line, result.explanation)
        assert result.evidence[0].dimensions.get("Country") == "Chile"
    wrong = claim_results("## Kenya\n\nGDP, current US$: 316.6 billion (2021)", [gdp], date="2022-09-01")["316.6 billion"]
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].dimensions.get("Country") == "Kenya"


def test_a_unit_the_label_counts_per_is_not_the_figures_unit() -> None:
    _, rate = _labelled("Official exchange rate (LCU per US$, period average): 109.0 (2019)", "109.0")
    assert rate.unit == ""  # local currency units per dollar: no amount of dollars
    _, money = _labelled("GDP, constant 2015 US$: 1,384 (2017)", "1,384")
    assert money.unit == "USD"
