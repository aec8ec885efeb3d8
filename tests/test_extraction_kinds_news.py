"""Kind, direction and sign as news writes them: signed figures, change verbs and nouns in their
many forms, comparatives after a figure, thresholds, lists joined to a change, shares restated,
quantities per person and per unit, bare measured figures. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extraction_helpers import claims_in
from workbench.models import Direction, Kind

UP, DOWN = Direction.up, Direction.down


def _kinds(text: str) -> list[tuple[float, str, Kind, Direction | None]]:
    return [(c.value, c.unit, c.kind, c.direction) for c in claims_in(text)]


@pytest.mark.parametrize("text, expected", [
    # a sign written on a percentage or points is a change, whatever surrounds it
    ("Exports to Japan (+4.2%) and Korea (-3.7%) moved apart last quarter.",
     [(4.2, "%", Kind.change, UP), (-3.7, "%", Kind.change, DOWN)]),
    ("Housing starts: -2.3% on the month.", [(-2.3, "%", Kind.change, DOWN)]),
    ("Turnover in hotels was +0.6 percentage points on the season.", [(0.6, "pp", Kind.change, UP)]),
    ("The operator posted +$12 million against the forecast.", [(12e6, "USD", Kind.change, UP)]),
    # a minus on something that is itself a level that can be negative stays a level
    ("The inflation in clothing (-0.4 per cent) surprised analysts.", [(-0.4, "%", Kind.level, None)]),
    ("The trade balance was -1.9% of output.", [(-1.9, "%", Kind.share, None)]),
    ("Overnight the thermometer read -12 degrees Celsius.", [(-12, "°C", Kind.level, None)]),
])
def test_signed_figures(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, direction", [
    ("Copper futures plunging 4.1% on Monday rattled miners.", DOWN),
    ("Bitcoin was rallying 12 percent over the weekend.", UP),
    ("Bond yields dipped 0.15 percentage points after the auction.", DOWN),
    ("The peso weakened by 2.5% against the dollar.", DOWN),
    ("Cocoa prices skyrocketed 40% in a month.", UP),
    ("Retail stocks were off 1.8% by midday.", DOWN),
    ("Coffee prices soaring 22 per cent hurt cafes.", UP),
    ("Steel output shrinking 6% worried the ministry.", DOWN),
    # a change noun with "of" or "at" before the figure
    ("The carrier reported a loss of $4.3 million for the half.", DOWN),
    ("Analysts expect a spike of 9% in fares.", UP),
    ("Grain shipments posted the steepest decline at 14% in a decade.", DOWN),
    ("A 7 percent plunge in tourist arrivals hit the islands.", DOWN),
])
def test_change_words_news_uses(text: str, direction: Direction) -> None:
    first = claims_in(text)[0]
    assert (first.kind, first.direction) == (Kind.change, direction)


@pytest.mark.parametrize("text, expected", [
    ("Diesel was 4.5% cheaper in May than in April.", [(4.5, "%", Kind.change, DOWN)]),
    ("Grain exports ended the season 7.1% higher.", [(7.1, "%", Kind.change, UP)]),
    ("The firm hired 1,200 fewer workers than in 2022.", [(1200, "", Kind.change, DOWN)]),
    ("Tax receipts came in €210m (2.4%) ahead of target.",
     [(210e6, "EUR", Kind.change, UP), (2.4, "%", Kind.change, UP)]),
    ("Customs duties were €40m (1.1%) behind the forecast.",
     [(40e6, "EUR", Kind.change, DOWN), (1.1, "%", Kind.change, DOWN)]),
    # a comparative that places the figure compares nothing
    ("The observatory sits 4,810 metres above sea level.", [(4810, "m", Kind.level, None)]),
    ("The shaft reaches 300 feet below ground.", [(300, "ft", Kind.level, None)]),
    # a count with a bare comparative is still a count: "3 more people" has no baseline
    ("Rescuers found 3 more survivors on Sunday.", [(3, "", Kind.count, None)]),
])
def test_comparatives_after_the_figure(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, expected", [
    # a change verb with a bound says where the measure went, not how far it moved
    ("Inflation fell below 3% in April.", [(3, "%", Kind.level, None)]),
    ("Brent rose above $95 on Tuesday.", [(95, "USD", Kind.level, None)]),
    ("Unemployment sank beneath 4 percent for the first time.", [(4, "%", Kind.level, None)]),
    # a magnitude qualifier keeps the change
    ("Output fell more than 3% in April.", [(3, "%", Kind.change, DOWN)]),
])
def test_thresholds_after_change_verbs_are_levels(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("Wheat and maize prices surged 14% and 9%, respectively.",
     [(14, "%", Kind.change, UP), (9, "%", Kind.change, UP)]),
    ("Rail and bus fares were cut 4%, 6% and 3% from May.",
     [(4, "%", Kind.change, DOWN), (6, "%", Kind.change, DOWN), (3, "%", Kind.change, DOWN)]),
    ("Headcount was reduced by about 4,500 in the year.", [(4500, "", Kind.change, DOWN)]),
    ("Membership increased by 8% or by 12,000 people.",
     [(8, "%", Kind.change, UP), (12000, "", Kind.change, UP)]),
    # the rate moved to, then the move itself in points after 'or by'
    ("Ruritania's annual inflation eased to 3.1% in June 2024, or by 2.6 percentage points since March.",
     [(3.1, "%", Kind.level, None), (2.6, "pp", Kind.change, DOWN)]),
    ("The jobless rate climbed to 7.4% last quarter, or by 0.9 percentage points.",
     [(7.4, "%", Kind.level, None), (0.9, "pp", Kind.change, UP)]),
    # different units after a change are no list of the same change
    ("Sales slumped 11% and 40 stores closed.", [(11, "%", Kind.change, DOWN), (40, "", Kind.count, None)]),
])
def test_figures_joined_to_a_change(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("Joblessness reached 1.8 million, or 6.1%, in March.", [(1.8e6, "", Kind.count, None), (6.1, "%", Kind.share, None)]),
    ("The province has 2.3 million residents, of which 41% live in towns.",
     [(2.3e6, "", Kind.count, None), (41, "%", Kind.share, None)]),
    ("The region had 12,400 doctors, of whom 58 percent were women.",
     [(12400, "", Kind.count, None), (58, "%", Kind.share, None)]),
])
def test_shares_restated_and_of_which(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("Residents used 142 litres of water per person each day.", [(142, "l", Kind.ratio, None)]),
    ("Per capita emissions of 7.9 tonnes put the country above the average.", [(7.9, "t", Kind.ratio, None)]),
    ("Ore grades averaged 2.7 grams per tonne.", [(2.7, "g/t", Kind.ratio, None)]),
    ("The pipeline moves 90,000 barrels per day.", [(90000, "bbl/d", Kind.ratio, None)]),
    # money per head is the level of a per-head measure; a plain mass is a level
    ("GDP per head reached $48,000 last year.", [(48000, "USD", Kind.level, None)]),
    ("The harbour handled 9 million tonnes of cargo.", [(9e6, "t", Kind.level, None)]),
    # a speed is a level of its own
    ("Winds reached 120 km/h on the coast.", [(120, "km/h", Kind.level, None)]),
])
def test_quantities_per_person_and_per_unit(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("The purchasing managers' index stood at 52.3 in June.", [(52.3, "", Kind.level, None)]),
    ("A 6.1-magnitude tremor shook the valley.", [(6.1, "", Kind.level, None)]),
    ("The survey counted 212 species.", [(212, "", Kind.count, None)]),
])
def test_bare_figures_with_a_fraction_measure(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


@pytest.mark.parametrize("text, expected", [
    # a transitive change verb right before a percentage
    ("The outlook was trimmed 0.4% on Friday.", [(0.4, "%", Kind.change, DOWN)]),
    ("Water tariffs were raised 12 percent in July.", [(12, "%", Kind.change, UP)]),
    # a change noun as the subject, a linking verb, then the figure
    ("Wage growth slowed to 3.2% in the autumn.", [(3.2, "%", Kind.change, UP)]),
    ("The decline in output was roughly 2 per cent.", [(2, "%", Kind.change, DOWN)]),
    ("Export growth is seen at about 4–5% next year.", [(4, "%", Kind.change, UP)]),
    # the change a change is compared with
    ("Rents climbed 6.1 percent in the capital, compared with 4.4 percent a year earlier.",
     [(6.1, "%", Kind.change, UP), (4.4, "%", Kind.change, UP)]),
    ("Pay growth accelerated to 5.2% from 4.8%.", [(5.2, "%", Kind.change, UP), (4.8, "%", Kind.change, UP)]),
    # a change noun in another clause says nothing of the figure
    ("The sharpest rise in years came in Chile, with unemployment at 7.1%.", [(7.1, "%", Kind.level, None)]),
    # a level beside a change stays a level
    ("The decline was 4%, and the jobless rate was 6%.", [(4, "%", Kind.change, DOWN), (6, "%", Kind.level, None)]),
])
def test_rates_stated_as_changes(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


def test_a_share_cue_holds_across_decimal_figures_of_its_list() -> None:
    found = _kinds("Of the 9.1 million voters, of which 54.2% are women and 45.8% men, few abstained.")
    assert [(v, k) for v, _, k, _ in found][1:] == [(pytest.approx(54.2), Kind.share), (pytest.approx(45.8), Kind.share)]


@pytest.mark.parametrize("text, expected", [
    ("Output rose 3% in May and 2% in June.", [(3, "%", Kind.change, UP), (2, "%", Kind.change, UP)]),
    ("Sales were down 5% in Europe, 4% in Asia and 1% in Africa.",
     [(5, "%", Kind.change, DOWN), (4, "%", Kind.change, DOWN), (1, "%", Kind.change, DOWN)]),
    # a semicolon may set the list's items apart as a comma does
    ("Exports dropped by 8 per cent in Chile; 6 per cent in Peru, 3 per cent in Bolivia and 2 per cent in Ecuador.",
     [(8, "%", Kind.change, DOWN), (6, "%", Kind.change, DOWN), (3, "%", Kind.change, DOWN), (2, "%", Kind.change, DOWN)]),
    # a clause of its own after "and" is no part of the change
    ("Prices rose 3% in May and inflation was 2%.", [(3, "%", Kind.change, UP), (2, "%", Kind.level, None)]),
    ("Prices rose 3% in May; inflation was 2%.", [(3, "%", Kind.change, UP), (2, "%", Kind.level, None)]),
])
def test_a_change_listed_over_places_and_times(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(pytest.approx(v), u, k, d) for v, u, k, d in expected]


def test_index_points_of_a_rate_are_percentage_points() -> None:
    # a rate's change called 'index points' is in the rate's points: nothing before it names an index
    text = "This annual rate of inflation was 0.3 index points lower than the 2.1 per cent of March."
    assert _kinds(text)[0] == (0.3, "pp", Kind.change, DOWN)
    # points of an index named before the figure stay the index's own
    assert all(c.unit != "pp" for c in claims_in("The share index closed 41.5 index points lower after the rate decision."))
