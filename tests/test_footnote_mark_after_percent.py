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



def test_a_bracketed_figure_after_the_mark_keeps_the_figures_subject() -> None:
    # the mark stands between the figure and the comparison: the bracketed year's rate is of the same measure
    claims = claims_in("In 2023 the change of the price level in Ruritania was 2.4%1, lower than the one recorded "
                       "in 2022 (5.1%).")
    assert [(c.text, c.subject) for c in claims] == [("2.4%", "change of the price level in Ruritania"),
                                                      ("5.1%", "change of the price level in Ruritania")]
