"""A sum restated in another currency ('1.9 trillion dollars, which in roubles equals 140 trillion',
'… equivalent to 380 billion in rupees') is in the currency the words name, so it is judged as that
money — the data's dollar row is another quantity — and not taken for a count or for dollars."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_helpers import claims_in  # noqa: E402
from package_support import claim_results, population_and_gdp  # noqa: E402

from workbench.models import Verdict  # noqa: E402


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("The economy was worth 1.9 trillion dollars that, in roubles, the local currency, equals 140 trillion.",
     "140 trillion", "RUB"),
    ("Exports reached 4 billion dollars, equivalent to 380 billion in rupees.", "380 billion", "INR"),
    ("The deal came to 2 billion euros, corresponding to 2.2 billion in dollars.", "2.2 billion", "USD"),
])
def test_a_sum_restated_in_another_currency_takes_that_currency(text: str, surface: str, unit: str) -> None:
    claim = next(c for c in claims_in(text) if c.text == surface)
    assert claim.unit == unit


def test_a_restated_sum_with_no_currency_named_keeps_the_first_one() -> None:
    claim = next(c for c in claims_in("Revenue was 3 million dollars, equal to 2.5 million a year earlier.")
                 if c.text == "2.5 million")
    assert claim.unit == "USD"


def test_gdp_restated_in_roubles_is_not_judged_by_the_dollar_row(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Russian Federation", 2030): 140_000_000},
                                  {("Russian Federation", 2030): 1_900_000_000_000})
    text = ("In 2030 the GDP of Russia amounted to 1.9 trillion dollars which, in roubles, the local currency, "
            "equals 140 trillion.")
    results = claim_results(text, packages, "2031-02-01")
    assert results["1.9 trillion dollars"].verdict is Verdict.supported
    assert results["140 trillion"].verdict is Verdict.unsupported, results["140 trillion"].explanation
