"""A list of bare figures in parentheses after names, the first with its unit, each followed by its rank
('Chile (20.4 MtCO2, 45th worldwide), Peru (18, 52nd worldwide)'): the bare ones take the first one's unit
and scale, as they do when the parentheses hold the figure alone. A year after a figure is no rank."""

from __future__ import annotations

import pytest

from workbench.extraction import extract_text


def _units(text: str) -> dict[str, tuple[str, float]]:
    return {c.text: (c.unit, c.value) for c in extract_text(text)}


@pytest.mark.parametrize("text", [
    "The largest emitters of the region were Chile (20.4 MtCO2, 45th worldwide), Peru (18, 52nd worldwide) "
    "and Bolivia (9, 80th worldwide).",
    "Among the region's polluters, Chile (20.4 million tonnes, 3rd in South America), Peru (18, 4th in "
    "South America) and Bolivia (9, 7th in South America) lead.",
])
def test_bare_figures_followed_by_a_rank_take_the_list_s_unit(text: str) -> None:
    found = _units(text)
    assert found["18"] == ("t", 18e6) and found["9"] == ("t", 9e6)


def test_a_year_after_the_figure_is_no_rank() -> None:
    found = _units("The largest emitters were Chile (20.4 MtCO2, 2019), Peru (18, 2019) and Bolivia (9, 2019).")
    assert found["18"][0] == "" and found["9"][0] == ""
