"""'The baht was weak. It has lost 12.4% against the dollar this year.': a percent quoted against the
dollar is a currency's move, and a sentence that names no currency nor place of its own speaks of the one
currency the sentence before names. The move is read from that currency's rows and shown for review
(a move between average rows is for a person), never left as matching nothing (unsupported)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict

RATES = {("Thailand", 2029): 31.0, ("Thailand", 2030): 34.8, ("Mexico", 2029): 17.0, ("Mexico", 2030): 19.0}


@pytest.mark.parametrize("text", [
    "The baht slid to a record low against the dollar. It has lost 12.4% against the dollar in 2030.",
    "The baht slid to a record low. The currency has lost 12.4% against the greenback in 2030.",
])
def test_the_currency_of_the_sentence_before_moved(tmp_path: Path, text: str) -> None:
    result = claim_results(text, [rates_package(tmp_path, RATES)], date="2031-01-10")["12.4%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "Thailand", result.evidence


def test_a_currency_of_its_own_is_the_sentences(tmp_path: Path) -> None:
    """The sentence names its own currency: the baht before it is another figure's subject."""
    text = "The baht slid to a record low. The Mexican peso has lost 12.4% against the dollar in 2030."
    result = claim_results(text, [rates_package(tmp_path, RATES)], date="2031-01-10")["12.4%"]
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "Mexico", result.evidence
