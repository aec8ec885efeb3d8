"""News layouts and wordings the extractor reads (issue 11): dates written with dashes, a list's own
numbers, shares taken of a whole, qualifiers before a written sign."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in
from workbench.models import Direction, Kind


def _read(text: str) -> list[tuple[str, float, str, str, str]]:
    return [(c.text, pytest.approx(c.value), c.unit, c.kind.value, c.qualifier.value) for c in claims_in(text)]


@pytest.mark.parametrize("text", [
    "The shares were allotted on 14-Feb-2022 to existing holders.",
    "Bids closed on 3/Oct/2021 after a week.",
    "Dividends are paid on 30-Jun each year.",
])
def test_a_date_written_with_dashes_or_slashes_is_no_claim(text: str) -> None:
    assert claims_in(text) == []


def test_a_date_with_dashes_leaves_the_figures_beside_it() -> None:
    assert [(c.text, c.value) for c in claims_in("As of 31-Dec-2023 the fund held $4.2 billion.")] == [
        ("$4.2 billion", 4.2e9)]


@pytest.mark.parametrize("text, expected", [
    ("7- Ghana: prices rose 23.2% in the year to March.", [("23.2%", 23.2)]),
    ("12. Kenya\n\n6.9%", [("6.9%", 6.9)]),
    ("3) Peru: 2.1 million tourists arrived.", [("2.1 million", 2.1e6)]),
])
def test_a_list_number_before_a_name_is_no_claim(text: str, expected: list[tuple]) -> None:
    assert [(c.text, c.value) for c in claims_in(text)] == [(t, pytest.approx(v)) for t, v in expected]


def test_a_headline_opening_with_a_count_keeps_it() -> None:
    assert [(c.text, c.kind) for c in claims_in("40 Rescued From Flooded Mine")] == [("40", Kind.count)]


@pytest.mark.parametrize("text, expected", [
    ("The independent gained 22% of the vote in the northern seat.", [("22%", 22, "%", "share", "exact")]),
    ("The new brand captured 14 per cent of the market within a year.",
     [("14 per cent", 14, "%", "share", "exact")]),
    # a gain that is not a part taken of a whole stays a change
    ("The shares gained 6% after the results.", [("6%", 6, "%", "change", "exact")]),
])
def test_a_percentage_taken_of_a_whole_is_a_share(text: str, expected: list[tuple]) -> None:
    assert _read(text) == [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]


@pytest.mark.parametrize("text, expected", [
    ("Retail sales were about +3% on the year.", [("+3%", 3, "%", "change", "approx")]),
    ("The balance swung by nearly +$2 billion.", [("+$2 billion", 2e9, "USD", "change", "nearly")]),
    ("Output slipped roughly -1.5% in May.", [("-1.5%", -1.5, "%", "change", "approx")]),
])
def test_a_qualifier_before_a_written_sign_is_kept(text: str, expected: list[tuple]) -> None:
    assert _read(text) == [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]
    assert all(c.direction in (Direction.up, Direction.down) for c in claims_in(text))


@pytest.mark.parametrize("text, expected", [
    ("Rents rose 2.6 and 3.9 per cent respectively in the two cities.",
     [("2.6", 2.6, "%", "change", "exact"), ("3.9 per cent", 3.9, "%", "change", "exact")]),
    ("Yields fell 1.1, 0.8 and 2.0 respectively percent across the three farms.",
     [("1.1", 1.1, "%", "change", "exact"), ("0.8", 0.8, "%", "change", "exact"),
      ("2.0", 2.0, "%", "change", "exact")]),
    ("The two mills produced 310 and 285 respectively tonnes of pulp.",
     [("310", 310, "t", "level", "exact"), ("285", 285, "t", "level", "exact")]),
    ("Revenue was $3bn and 4bn respectively in the two years.",
     [("$3bn", 3e9, "USD", "level", "exact"), ("4bn", 4e9, "USD", "level", "exact")]),
    # a count stays a count: 'respectively' before a counted noun carries no unit
    ("The clubs signed 3 and 5 respectively players.", [("3", 3, "", "count", "exact"), ("5", 5, "", "count", "exact")]),
])
def test_a_unit_written_once_for_figures_listed_respectively(text: str, expected: list[tuple]) -> None:
    assert _read(text) == [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    claims = claims_in("Jobless claims fell 3.1 percent in 2021.The regulator put the fine at $40 million.")
    assert [(c.text, c.period, c.sentence) for c in claims] == [
        ("3.1 percent", "2021", "Jobless claims fell 3.1 percent in 2021."),
        ("$40 million", None, "The regulator put the fine at $40 million.")]


def test_an_abbreviation_glued_to_a_name_ends_no_sentence() -> None:
    [claim] = claims_in("Shares of Acme Inc.The fund sold 2 million in 2020.")
    assert claim.sentence == "Shares of Acme Inc.The fund sold 2 million in 2020."


@pytest.mark.parametrize("text, expected", [
    ("Population\n\n38.2 million", [("38.2 million", "population", "Population 38.2 million")]),
    ("Capital: Lima\nPopulation\n34.4 million\nArea\n1.29 million sq km",
     [("34.4 million", "population", "Population 34.4 million"),
      ("1.29 million sq km", "area", "Area 1.29 million sq km")]),
    ("7. Chile\n\n3,9%", [("3,9%", "chile", "Chile 3,9%")]),
    ("U.S. exports\n$2.1 trillion", [("$2.1 trillion", "u s exports", "U.S. exports $2.1 trillion")]),
])
def test_a_fact_box_label_on_the_line_before_its_value_is_its_sentence(text: str, expected: list[tuple]) -> None:
    claims = claims_in(text)
    assert [(c.text, c.subject.lower() if c.subject else None, c.sentence) for c in claims] == expected


def test_a_line_ending_one_sentence_and_opening_another_is_no_fact_box_label() -> None:
    """Pairing it with the value line below merged two sentences into one claim's sentence."""
    text = "Fuel costs climbed in May. Inflation\n\n3.1%"
    assert all("climbed" not in c.sentence for c in claims_in(text))


def test_a_line_of_prose_before_a_sentence_opening_with_a_figure_is_no_label() -> None:
    claims = claims_in("Storms hit the coast overnight\n\n12 homes were flooded and 3 roads closed.")
    assert [(c.text, c.sentence) for c in claims] == [
        ("12", "12 homes were flooded and 3 roads closed."), ("3", "12 homes were flooded and 3 roads closed.")]


def test_a_list_naming_each_item_before_its_figure_keeps_the_change() -> None:
    text = "Shipments of machinery were up 6.1 per cent, chemicals, 4.4 per cent and textiles, 2.9 per cent."
    assert [(c.text, c.kind, c.direction) for c in claims_in(text)] == [
        ("6.1 per cent", Kind.change, Direction.up), ("4.4 per cent", Kind.change, Direction.up),
        ("2.9 per cent", Kind.change, Direction.up)]


def test_a_level_after_a_clause_about_something_else_stays_a_level() -> None:
    claims = claims_in("Fares rose 4%, the operator said, with inflation at 2.1% in June.")
    assert [(c.text, c.kind) for c in claims] == [("4%", Kind.change), ("2.1%", Kind.level)]


@pytest.mark.parametrize("text, expected", [
    ("Palladium rose $14 an ounce to $1,012 on Friday.",
     [("$14 an ounce", 14, "USD/oz", "change", "exact"), ("$1,012", 1012, "USD/oz", "ratio", "exact")]),
    # money far beyond a price's scale keeps its own unit
    ("Petrol fell 6 cents a litre to $1.88, and the levy raised $3 billion from $2.7 billion.",
     [("6 cents a litre", 0.06, "USD/l", "change", "exact"), ("$1.88", 1.88, "USD/l", "ratio", "exact"),
      ("$3 billion", 3e9, "USD", "level", "exact"), ("$2.7 billion", 2.7e9, "USD", "level", "exact")]),
])
def test_a_price_moved_to_by_a_change_per_unit_is_in_that_unit(text: str, expected: list[tuple]) -> None:
    assert _read(text) == [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]


@pytest.mark.parametrize("text, expected", [
    # a change after "by", then the level it reached: no unit follows, so no range
    ("The headcount was cut by 450 to 3,900.", [("450", 450, "", "change", "exact"), ("3,900", 3900, "", "count", "exact")]),
    # a range of a change keeps its ends when a unit or a counted noun follows them
    ("Fares may rise by 4 to 6 percent.", [("4 to 6 percent", 4, "%", "change", "range")]),
    ("The plant will cut staff by 20 to 30 workers.", [("20 to 30", 20, "", "change", "range")]),
])
def test_by_a_change_to_a_level_is_no_range(text: str, expected: list[tuple]) -> None:
    assert _read(text) == [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]
