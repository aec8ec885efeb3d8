"""A figure inside an aside: between spaced dashes, in parentheses, after a colon."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in

from workbench.models import Direction, Kind


@pytest.mark.parametrize("text, expected", [
    # a spaced en or em dash before a lower figure opens a clause; both figures are read
    ("Core inflation was 4.12% — 0.3% lower than in May — as food got cheaper.",
     [("4.12%", Kind.level, None), ("0.3%", Kind.change, Direction.down)]),
    ("Unemployment stood at 7.4% – 0.2% above the forecast – in the spring.",
     [("7.4%", Kind.level, None), ("0.2%", Kind.change, Direction.up)]),
    ("The gauge read 61.8 — 2.5 points under its peak.", [("61.8", Kind.level, None), ("2.5", None, None)]),
    # the change word before the parenthesis or dash of the aside still makes a change
    ("Rents climbed (by 6.3% on the year) in the capital.", [("6.3%", Kind.change, Direction.up)]),
    ("Car sales dropped (2.7%) in the quarter.", [("2.7%", Kind.change, Direction.down)]),
    ("Imports fell — by 8% — after the tariff.", [("8%", Kind.change, Direction.down)]),
    ("The number to watch: 3.9% growth in the second quarter.", [("3.9%", Kind.change, Direction.up)]),
])
def test_figures_in_asides(text: str, expected: list[tuple]) -> None:
    claims = claims_in(text)
    assert [c.text for c in claims] == [e[0] for e in expected]
    for claim, (_, kind, direction) in zip(claims, expected):
        if kind is not None:
            assert (claim.kind, claim.direction) == (kind, direction), claim.text


@pytest.mark.parametrize("text, surface", [
    ("Prices ranged 5–8% across the regions.", "5–8%"),
    ("The forecast is 3% – 5% for next year.", "3% – 5%"),
])
def test_ranges_with_dashes_still_read(text: str, surface: str) -> None:
    claims = claims_in(text)
    assert [c.text for c in claims] == [surface] and claims[0].value_high is not None


def test_a_tight_score_is_still_no_figure() -> None:
    assert claims_in("The visitors won 3-1 on Sunday.") == []


@pytest.mark.parametrize("text, surface, value", [
    ("The relief bill (€2.8bn) cleared the senate.", "€2.8bn", 2.8e9),  # an aside after a noun
    ("Quarterly profit was ($12.40) a share.", "($12.40)", -12.40),  # after a linking word: a loss
    ("Operating result: (£1.7m)", "(£1.7m)", -1.7e6),
])
def test_money_in_brackets_is_negative_only_where_accounts_write_it(text: str, surface: str, value: float) -> None:
    claims = claims_in(text)
    assert [(c.text, c.value) for c in claims] == [(surface, pytest.approx(value))]


@pytest.mark.parametrize("text, periods", [
    # an aside's year carries its own figure in brackets: the figures after the aside keep the year named before it
    ("In 2021, after the fall of 2020 (-0.2%), consumer prices rose again on average over the year (+1.9%).",
     {"-0.2%": "2020", "+1.9%": "2021"}),
    ("Nel 2021, dopo la flessione del 2020 (-0,2%), i prezzi al consumo tornano a crescere in media d’anno (+1,9%).",
     {"-0,2%": "2020", "+1,9%": "2021"}),
])
def test_an_asides_bracketed_figure_leaves_the_earlier_year_to_the_figures_after_it(text: str,
                                                                                     periods: dict[str, str]) -> None:
    claims = {c.text: c.period for c in claims_in(text)}
    assert {surface: claims.get(surface) for surface in periods} == periods, claims
