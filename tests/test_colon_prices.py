"""A Scandinavian price's colon ('10:66 kronor') is read as its decimal point; the price pattern is
matched at the text's colons only, and finds what a search of the whole text finds."""

from __future__ import annotations

import random

from workbench import units


def test_a_colon_price_is_read_with_its_point_and_a_clock_time_is_not() -> None:
    assert units.colon_prices("Kaffet kostar 34:50 kronor i dag.") == "Kaffet kostar 34.50 kronor i dag."
    assert units.colon_prices("Mötet börjar 10:30 i dag.") is None
    assert units.colon_prices("He said: 12 ships came.") is None
    assert units.colon_prices("Ratio 3:1 in 2024") is None


def test_the_colon_look_finds_what_the_pattern_alone_finds() -> None:
    pattern = units._colon_price_pattern()
    pieces = ["7", "٣", "12", "123456", ":", ":", "34:50", "10:30", " ", " kr", "kronor", "NOK", ".", ",", "a", "\n"]
    rng = random.Random(16)
    prices = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = pattern.sub(r"\g<whole>.", text) if pattern.search(text) else None
        assert units.colon_prices(text) == expected, repr(text)
        prices += expected is not None
    assert prices > 50  # the texts hold prices, not only clock times
