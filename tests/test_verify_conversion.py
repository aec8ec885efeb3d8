"""A sum of money with its conversion in brackets ('12 trillion won ($9.1 billion)') states the rate
the writer converted at, on a day the text does not name: the monthly averages of a rate series
neither confirm nor refute it — for a person, with the implied rate and the draft month's average.
A currency no rate series covers, or a bracket in the same currency, stays unsupported."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    """A FRED-shaped monthly series of won per US dollar (invented figures)."""
    return monthly_rates_package(tmp_path / "fx", "South Korea", {"2024-03": 1331.0, "2024-04": 1368.0, "2024-05": 1365.0})


@pytest.mark.parametrize("text, surface", [
    ("Hyundai will spend 12 trillion won ($9.1 billion) on battery plants, it said on Tuesday.", "$9.1 billion"),
    ("The carrier agreed to buy 20 jets for $2.4 billion (3.3 trillion won), the filing showed.", "3.3 trillion won"),
])
def test_a_conversion_at_an_unnamed_day_s_rate_is_for_review(fx: Path, text: str, surface: str) -> None:
    result = claim_results(text, [fx], date="2024-05-21")[surface]
    assert (result.verdict.value, result.reason) == ("needs_review", "conversion"), result.explanation
    assert "2024-05" in result.explanation and "KRW per US dollar" in result.explanation


@pytest.mark.parametrize("text, surface", [
    ("The ministry pledged 50 billion naira ($32 million) for flood relief.", "$32 million"),  # no naira series
    ("Revenue reached 80 trillion won (75 trillion won a year earlier).", "75 trillion won"),  # no conversion
])
def test_a_bracketed_sum_no_rate_series_can_weigh_stays_unsupported(fx: Path, text: str, surface: str) -> None:
    assert claim_results(text, [fx], date="2024-05-21")[surface].verdict.value == "unsupported"


def test_the_implied_rate_is_named_per_unit_of_the_configured_base(fx: Path) -> None:
    from workbench.config import Tolerances

    text = "Hyundai will spend 12 trillion won (€8.3 billion) on battery plants, it said on Tuesday."
    result = claim_results(text, [fx], date="2024-05-21", tolerances=Tolerances(exchange_rate_base="EUR"))["€8.3 billion"]
    assert result.reason == "conversion", result.explanation
    assert "KRW per euro" in result.explanation and "US dollar" not in result.explanation


def test_a_conversion_is_read_where_it_stands_when_its_figure_comes_twice(fx: Path) -> None:
    from workbench.check import check_draft
    from workbench.config import Config
    from workbench.drafts import parse_draft
    from workbench.reference.loader import load_reference

    text = ("Engines cost the carrier 3.3 trillion won last year, and the jets it ordered on Monday "
            "$2.4 billion (3.3 trillion won), the filing showed.")
    draft = parse_draft(f"---\ndate: 2024-05-21\n---\n\n{text}\n".encode(), "draft.md")
    results = check_draft(draft, load_reference([fx]), Config(root=fx.parent, reference=[fx])).results
    bracketed = max((r for r in results if r.claim.text == "3.3 trillion won"), key=lambda r: r.claim.start)
    assert (bracketed.verdict.value, bracketed.reason) == ("needs_review", "conversion"), bracketed.explanation


@pytest.mark.parametrize("text, surface", [
    ("Hyundai will spend 12 trillion won (close to $9.1 billion) on battery plants, it said.", "$9.1 billion"),
    ("Hyundai will spend 12 trillion won (an estimated $9.1 billion) on battery plants, it said.", "$9.1 billion"),
])
def test_a_hedged_conversion_is_still_a_conversion(fx: Path, text: str, surface: str) -> None:
    result = claim_results(text, [fx], date="2024-05-21")[surface]
    assert (result.verdict.value, result.reason) == ("needs_review", "conversion"), result.explanation
