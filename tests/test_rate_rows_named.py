"""A rate series may file a currency union's rows under the currency's own name ('Euro'); a row named
for another country's currency that shares a word ('Egyptian Pound', 'CFA Franc') is not the
currency's — the pound's rate is the United Kingdom's row."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

# Units per US dollar; the figures are invented.
RATES = {("Egyptian Pound", 2019): 16.77, ("United Kingdom", 2019): 0.7830,
         ("CFA Franc", 2019): 585.9, ("Switzerland", 2019): 0.9940,
         ("Euro", 2019): 0.8930}


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return rates_package(tmp_path, RATES)


@pytest.mark.parametrize("text, surface", [
    ("The exchange rate averaged 0.78 pounds per US dollar in 2019.", "0.78 pounds"),
    ("The exchange rate averaged 0.99 Swiss francs per US dollar in 2019.", "0.99 Swiss francs"),
    ("The exchange rate averaged 0.89 euros per US dollar in 2019.", "0.89 euros"),
])
def test_a_currency_s_rate_is_its_own_row_not_one_sharing_a_word(fx: Path, text: str, surface: str) -> None:
    result = claim_results(text, [fx], date="2024-06-01")[surface]
    assert result.verdict.value == "supported", result.explanation
