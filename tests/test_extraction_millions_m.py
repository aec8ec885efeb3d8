"""A lower-case "m" glued to a figure without a currency: millions before a unit or a counted noun
and at a clause's end, metres after an article or beside a length word (scales.json ``millions_m``)."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in, one_claim


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Mills ground 4.2m tonnes of maize last season.", "4.2m tonnes", 4.2e6, "t"),
    ("The carrier flew 12m passengers in the year.", "12m", 12e6, ""),
    ("Subscriptions climbed to 3.1m, the firm said.", "3.1m", 3.1e6, ""),
    ("Its refinery ran 1.5m barrels in March.", "1.5m barrels", 1.5e6, "bbl"),
    ("The treasury borrowed €840m on Tuesday.", "€840m", 840e6, "EUR"),
])
def test_glued_m_is_millions(text: str, surface: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "Workers built a 4m barrier along the canal.",
    "She took gold in the 400m hurdles.",
    "The new mast is 60m tall.",
    "The athlete cleared 2.31m.",
    "A 2m gap isn't much, and 3m isn't either.",  # a contraction after it is no counted noun
])
def test_glued_m_of_metres_is_no_million(text: str) -> None:
    assert not any(c.value >= 1e6 for c in claims_in(text)), [(c.text, c.value) for c in claims_in(text)]
