"""A footnote's mark glued after a figure's percent sign ('fue de 2,4%1, inferior a …'): the percent is that
figure's and the mark is no figure. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


@pytest.mark.parametrize("text, surfaces", [
    ("En 2023 la inflación de Ruritania fue de 2,4%1, inferior a la de 2022.", ["2,4%"]),
    ("Ruritania's inflation eased to 3.7%2 in 2023, the office said.", ["3.7%"]),
])
def test_a_footnote_mark_after_a_percent_is_no_figure(text: str, surfaces: list[str]) -> None:
    claims = claims_in(text)
    assert [(c.text, c.unit) for c in claims if c.text[:1].isdigit() and c.value < 100] == [(s, "%") for s in surfaces]

