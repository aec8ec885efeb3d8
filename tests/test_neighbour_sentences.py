"""The sentences around a figure's sentence are the paragraph's sentences as ``sentences`` splits it, in
every script: a full stop and a space, or a script's own full stop with none."""

from __future__ import annotations

import pytest

from workbench.matching.carried import neighbour_sentences, sentences


@pytest.mark.parametrize("paragraph", [
    "Rice prices rose in March. Wheat fell 4% over the spring. Maize held steady.",
    "米价三月上涨。小麦下跌了4%。玉米持平。",
    "  Rice prices rose in March!  Wheat fell 4% over the spring…  Maize held steady?  ",
])
def test_a_figures_neighbours_are_the_sentences_either_side_of_it(paragraph: str) -> None:
    first, middle, last = sentences(paragraph)
    text = f"# Title\n\n{paragraph}\n"
    start = text.index(paragraph)
    at = text.index(middle)
    assert neighbour_sentences(text, start, start + len(paragraph), at, at + len(middle), 200) == [first, last]
