"""How news writes rates and their moves: 'ppt' for percentage points, 'X lower/higher to Y'."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


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
