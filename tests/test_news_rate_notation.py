"""How news writes rates and their moves: 'ppt' for percentage points, 'X lower/higher to Y'."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import only_result as only
from package_support import claim_results, cpi_package, publisher_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, surface, value, direction", [
    ("Unemployment in Chile ended 2019 some 0.4ppts higher to 7.4 per cent.", "0.4ppts", 0.4, "up"),
    ("The policy rate in Peru closed 2020 1.5ppt lower to 0.25 per cent.", "1.5ppt", 1.5, "down"),
    ("The jobless rate in Chile rose 0.3ppts in 2023.", "0.3ppts", 0.3, "up"),
])
def test_ppt_is_a_change_in_percentage_points(text: str, surface: str, value: float, direction: str) -> None:
    claim = next(c for c in claims_in(text) if c.text == surface)
    assert (claim.value, claim.unit, claim.kind.value, claim.direction.value) == \
        (pytest.approx(value), "pp", "change", direction)


def test_a_comparative_with_to_is_the_move_and_the_figure_after_it_the_level() -> None:
    claims = {c.text: c for c in claims_in("Inflation in Peru ended 2021 2.1 pp higher to 6.4% in December.")}
    assert (claims["2.1 pp"].kind.value, claims["2.1 pp"].direction.value) == ("change", "up")
    assert claims["6.4%"].kind.value != "change"


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The exchange rate averaged R11.20=US$1 in 2017.", "R11.20=US$1", 11.2, "ZAR"),
    ("By March, R13.4 = USD 1 on the street.", "R13.4 = USD 1", 13.4, "ZAR"),
    ("The shilling closed at Ksh101.9=US$1 in 2019.", "Ksh101.9=US$1", 101.9, "KES"),
    ("The yen traded at ¥140 = US$1 in 2023.", "¥140 = US$1", 140, "JPY"),
])
def test_an_explicit_rate_reads_a_sign_glued_to_its_figure_and_swallows_the_base(
        text: str, surface: str, value: float, unit: str) -> None:
    claims = claims_in(text)
    assert [(c.text, c.value, c.unit) for c in claims if c.unit] == [(surface, pytest.approx(value), unit)]


@pytest.mark.parametrize("text", [
    "The R5 runs north of the river for 40 km.",
    "Take the R61 towards the coast.",
    "Conversely, R1=US$.09 that year.",  # the inverse quote: no base unit on the right
    "Grade D3=US$1 was the label on the crate.",  # a sign with no single CLDR owner
])
def test_a_single_letter_sign_outside_an_explicit_rate_is_no_money(text: str) -> None:
    assert not [c for c in claims_in(text) if c.unit == "ZAR"]
    assert not [c for c in claims_in(text) if c.text.startswith(("R", "D")) and c.unit]


RAND = {("South Africa", 2016): 14.71, ("South Africa", 2017): 13.32, ("South Africa", 2018): 13.23}


def test_an_explicit_rate_with_a_single_letter_sign_is_judged_against_the_rate_series(tmp_path: Path) -> None:
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", RAND)
    assert only("The rand averaged R13.32=US$1 in 2017.", [pkg]).verdict.value == "supported"
    assert only("The rand averaged R15.90=US$1 in 2017.", [pkg]).verdict.value == "contradicted"


def test_an_explicit_rate_on_one_day_is_not_settled_by_a_yearly_average(tmp_path: Path) -> None:
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", RAND)
    assert only("On June 5, 2017, R13.32=US$1.", [pkg]).verdict.value not in ("supported", "contradicted")


SHILLING = {("Kenya", 2017): 103.41, ("Kenya", 2018): 101.30, ("Kenya", 2019): 101.99}


def test_an_amount_of_a_currency_about_that_currency_is_its_rate(tmp_path: Path) -> None:
    """No rate words, but the figure's subject is the currency it is written in: its price."""
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", SHILLING)
    result = only("In 2017 the Kenyan shilling averaged Ksh 103.41.", [pkg], date="2019-06-01")
    assert (result.verdict.value, result.evidence[0].period) == ("supported", "2017")
    assert only("In 2017 the Kenyan shilling averaged Ksh 98.20.", [pkg], date="2019-06-01").verdict.value \
        == "contradicted"


@pytest.mark.parametrize("text, verdict", [
    ("Average FX rate to USD in Kenya amounted to 103.4 per USD in 2017.", "supported"),
    ("In 2017 the forex rate in Kenya averaged 96.2 per USD.", "contradicted"),
])
def test_fx_and_forex_rate_name_the_exchange_rate(tmp_path: Path, text: str, verdict: str) -> None:
    """Market copy's 'FX rate' is the exchange rate: a figure per USD in a named place is its currency's rate."""
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", SHILLING)
    result = only(text, [pkg], date="2019-06-01")
    assert (result.verdict.value, result.evidence[0].period) == (verdict, "2017")


def test_a_sum_of_money_beside_the_currency_name_is_no_rate(tmp_path: Path) -> None:
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", SHILLING)
    result = only("In 2017 the Kenyan shilling bond paid Ksh 500 to each holder.", [pkg], date="2019-06-01")
    assert result.verdict.value not in ("supported", "contradicted")


def test_an_average_of_a_year_not_over_at_the_draft_date_is_not_the_years_row(tmp_path: Path) -> None:
    """A year-to-date average is another period than the whole year's, even when the figures agree."""
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", SHILLING)
    result = only("This year the Kenyan shilling has averaged about Ksh 101.99.", [pkg], date="2019-12-20")
    assert result.verdict.value == "needs_review"


def test_a_decimal_of_a_percentage_point_is_a_move_in_points(tmp_path: Path) -> None:
    # 'some 0.6 of a percentage point lower': the points of a move, as '0.6 percentage point' is
    [claim] = [c for c in claims_in("Inflation in Chile averaged 4.2% in 2019, some 0.6 of a percentage point lower "
                                    "than the 4.8% of 2018.") if c.text.startswith("0.6")]
    assert (claim.text, claim.unit, claim.kind.value, claim.direction.value) == \
        ("0.6 of a percentage point", "pp", "change", "down")
    package = cpi_package(tmp_path / "cpi", {("Chile", 2018): 4.8, ("Chile", 2019): 4.2})
    for points, verdict in (("0.6", Verdict.supported), ("0.9", Verdict.contradicted)):
        text = (f"Inflation in Chile averaged 4.2% in 2019, {points} of a percentage point lower than the "
                "average of 2018.")
        results = claim_results(text, [package], "2020-03-01")
        [result] = [r for t, r in results.items() if t.startswith(points)]
        assert result.verdict is verdict, (points, result.explanation)
