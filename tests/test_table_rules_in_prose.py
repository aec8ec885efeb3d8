"""Rules for the cells of a plain-text table stay in tables: in a table a spaced percent sign closes
its figure ('5.4% 5.2%') and a figure with decimals before a month is the month's figure ('1.25 May
2021'); in prose a spaced sign before a figure is that figure's ('Nisan 2029 % 48,2') and a decimal
before a month is a time ('at 10.45 June 3'), so neither a year nor a clock reading becomes a claim."""

from __future__ import annotations

import pytest

from extraction_helpers import claims_in


def _texts(text: str) -> list[str]:
    return [claim.text for claim in claims_in(text)]


@pytest.mark.parametrize(("text", "not_a_claim"), [
    ("Yıllık enflasyon Nisan 2029 % 48,2 olarak açıklandı.", "2029 %"),
    ("The gauge closed at 10.45 June 3, the exchange said.", "10.45"),
    ("Trading resumed at 9.15 March 12 after the outage.", "9.15"),
])
def test_a_table_cells_rule_does_not_fire_in_prose(text: str, not_a_claim: str) -> None:
    assert not_a_claim not in _texts(text)


def test_the_same_figures_in_a_table_stay_cells() -> None:
    texts = _texts("Kenya 1.25 May 2029 4.5% 5.2%\nPeru 2.50 May 2029 3.1% 2.9%\nChile 3.75 May 2029 0.9% 1.1%\n")
    assert {"1.25", "2.50", "3.75", "4.5%", "5.2%", "0.9%"} <= set(texts), texts
