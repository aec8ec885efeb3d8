"""A currency's move named by a word a fuller name holds ('the rupee fell 20 %' after 'the Pakistani rupee'
earlier in the text) is the fuller name's currency: judged from that country's rate rows, not those of the
currency the short word alone means. Other currencies it is quoted against ('against the Indian rupee by
9 %') do not make it ambiguous; and where the earlier text names no fuller name, the short word keeps its
own currency."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.models import Verdict


# invented: the Pakistani rupee loses a fifth of its value, the Indian rupee a twentieth
rates = module_package(rates_package, {
    ("Pakistan", 2021): 160.0, ("Pakistan", 2022): 200.0, ("India", 2021): 76.0, ("India", 2022): 80.0})


@pytest.mark.parametrize("text", [
    "Importers in Karachi struggled as the Pakistani rupee slid all year.\n\n"
    "In all, the rupee lost 20.0% against the US dollar in 2022.",
    "The Pakistani rupee slid all year. The rupee lost 20.0% against the US dollar in 2022, "
    "and 15.8% against the euro and the Indian rupee by 16.0% over the same months.",
])
def test_the_short_name_moves_the_currency_named_in_full_before(rates: Path, text: str) -> None:
    result = claim_results(text, [rates], date="2023-02-01")["20.0%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "Pakistan", result.explanation


def test_the_short_name_alone_keeps_its_own_currency(rates: Path) -> None:
    text = "Importers struggled all year.\n\nIn all, the rupee lost 5.0% against the US dollar in 2022."
    result = claim_results(text, [rates], date="2023-02-01")["5.0%"]
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "India", result.explanation
