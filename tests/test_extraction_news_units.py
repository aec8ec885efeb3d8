"""Units news writes whose reading depends on the words around them, number words and fractions
news uses, and the figures that are no claims (rate denominators, grades, numbers to call).
Every sentence here is written for the test."""

from __future__ import annotations

import pint
import pytest
from extraction_helpers import claims_in, one_claim

from workbench.numbers import data_json
from workbench.unit_families import convert_factor, unit_family


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, pytest.approx(c.value), c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, value, unit, kind", [
    ("The benchmark index slid 212 points on Monday.", 212, "points", "change"),
    ("The index closed at 18,402.7 points.", 18402.7, "points", "level"),
    ("Overnight storms dumped 64 millimetres of rain on the valley.", 64, "mm", "level"),
    ("The town recorded 38 mm of rain in an hour.", 38, "mm", "level"),
    ("Up to 25 centimetres of snow is forecast for the pass.", 25, "cm", "level"),
    ("The seawall is 12 feet high.", 12, "ft", "level"),
    ("The new hull is 3 metres wide.", 3, "m", "level"),
    ("The pipeline will carry 450,000 barrels per day from 2027.", 450000, "bbl/d", "ratio"),
    ("Gusts reached 95 mph along the coast.", 95, "mph", "level"),
    # mining, shipping, property, astronomy
    ("The pit poured 48,310oz of gold in the quarter.", 48310, "oz", "level"),
    ("Reserves stand at 2.4 million troy ounces.", 2.4e6, "oz", "level"),
    ("Drilling hit 7.6 grams per tonne of gold.", 7.6, "g/t", "ratio"),
    ("The new lode assays at 1.8gpt.", 1.8, "g/t", "ratio"),
    ("The flat covers 82 sqm on one floor.", 82, "m2", "level"),
    ("The terminal handled 3.9 million TEUs last year.", 3.9e6, "TEU", "level"),
    ("The convoy drove 140 kms before dawn.", 140, "km", "level"),
    ("Customs seized 40 kilos of cocaine.", 0.04, "t", "level"),
    ("The galaxy lies 13 billion light-years away.", 13e9, "ly", "level"),
])
def test_units_news_writes(text: str, value: float, unit: str, kind: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit, claim.kind.value) == (pytest.approx(value), unit, kind)


def test_points_of_a_rate_are_percentage_points_and_of_an_index_stay_points() -> None:
    rate = one_claim("The jobless rate climbed 0.4 points to a two-year high.")
    index = one_claim("The composite index climbed 37 points in late trade.")
    assert (rate.unit, index.unit) == ("pp", "points")


def test_points_that_neither_move_nor_belong_to_an_index_or_score_are_a_count() -> None:
    assert [(c.value, c.unit) for c in claims_in("Members can redeem 500 points of loyalty credit.")] == [(500, "")]
    assert one_claim("The guard scored 41 points on Sunday.").unit == "points"


def test_feet_and_inches_are_one_height_in_feet() -> None:
    assert _read("The suspect is 6 feet 3 inches tall.") == [("6 feet 3 inches", pytest.approx(6.25), "ft")]
    assert _read("The 6-foot-9 centre signed on Friday.") == [("6-foot-9", pytest.approx(6.75), "ft")]


def test_pounds_are_weight_beside_weight_words_and_money_otherwise() -> None:
    weight = claims_in("The missing hiker is 5 feet 8 inches tall and weighs about 150 pounds.")
    assert [(c.value, c.unit, c.qualifier.value) for c in weight][-1] == (150, "lb", "approx")
    assert one_claim("The club paid 40 million pounds for the striker.").unit == "GBP"
    assert one_claim("The parcel weighed £60 in postage.").unit == "GBP"  # a figure after £ is money
    assert one_claim("He lost 30 lbs over the winter.").unit == "lb"


@pytest.mark.parametrize("text, unit", [
    ("Customs officers found 12 pounds of heroin in the van.", "lb"),  # pounds of something weighed
    ("The butcher sold one pound of lamb to each family.", "lb"),
    ("She gave 250 pounds of her savings to the shelter.", "GBP"),  # pounds of money, a sum or a bill
    ("The council lost 700 pounds of public money.", "GBP"),
    ("He covered 45 pounds of the bill.", "GBP"),
    ("The plan adds three million pounds of new borrowing.", "GBP"),  # millions of pounds: sterling
])
def test_pounds_of_a_noun_weigh_it_unless_the_noun_is_money(text: str, unit: str) -> None:
    assert one_claim(text).unit == unit


def test_bare_degrees_are_a_temperature_in_the_places_scale_or_an_angle() -> None:
    assert one_claim("Temperatures in Lisbon hit 41 degrees on Sunday.").unit == "°C"
    assert one_claim("The heat index in the United States topped 109 degrees.").unit == "°F"
    assert one_claim("The crane rotated 90 degrees before it fell.").unit == "°"
    assert one_claim("It was 12 degrees Fahrenheit at dawn.").unit == "°F"  # a stated scale wins


def test_a_distance_per_hour_is_a_speed_with_its_conversion_in_brackets() -> None:
    found = _read("The typhoon packed winds of 160 kilometres (100 miles) per hour and gusts of 190 km/h.")
    assert found == [("160 kilometres", pytest.approx(160), "km/h"), ("100 miles", pytest.approx(100), "mph"),
                     ("190 km/h", pytest.approx(190), "km/h")]
    assert [c.unit for c in claims_in("The road runs 160 kilometres (100 miles) inland.")] == ["km", "mi"]


def test_a_rate_per_hundred_thousand_is_one_figure() -> None:
    found = claims_in("Deaths ran at 8.4 per 100,000 in the north and 31 overdoses per 100,000 people in the south.")
    assert [(c.value, c.unit, c.kind.value) for c in found] == [(8.4, "/100000", "ratio"), (31, "/100000", "ratio")]
    assert [(c.value, c.unit) for c in claims_in("Infant deaths fell to 4 per 1,000 live births.")] == [(4, "/1000")]


def test_a_figure_with_the_per_mille_sign_is_a_rate_per_thousand() -> None:
    found = claims_in("The birth rate was 9.6‰ in the north and 11.2 ‰ in the south.")
    assert [(c.value, c.unit, c.kind.value) for c in found] == [(9.6, "/1000", "ratio"), (11.2, "/1000", "ratio")]


def test_prices_per_unit_and_per_share_are_ratios_and_their_changes_take_the_unit() -> None:
    found = claims_in("Brent crude gained 52 cents, or 0.7%, to settle at $74.10 a barrel.")
    assert [(c.value, c.unit, c.kind.value) for c in found] == [
        (0.52, "USD/bbl", "change"), (0.7, "%", "change"), (74.1, "USD/bbl", "ratio")]
    share = one_claim("The lender earned 58 cents a share in the quarter.")
    assert (share.value, share.unit, share.kind.value) == (0.58, "USD", "ratio")
    fee = claims_in("Diesel sold for $1.60 a litre, and drivers paid a $40 toll.")
    assert [(c.value, c.unit) for c in fee] == [(1.6, "USD/l"), (40, "USD")]  # other money keeps its unit


def test_a_change_then_a_far_larger_level_in_money_is_no_range() -> None:
    found = claims_in("Silver rose $0.85 to $24.10 an ounce, and output rose 3 to 5 percent.")
    assert [(c.value, c.value_high, c.unit, c.kind.value) for c in found] == [
        (0.85, None, "USD/oz", "change"), (24.1, None, "USD/oz", "ratio"), (3, 5, "%", "change")]


def test_the_value_a_price_moved_from_is_that_price() -> None:
    found = claims_in("Cocoa averaged $2.10 a pound, up from $1.85 a year earlier.")
    assert [(c.value, c.unit) for c in found] == [(2.1, "USD/lb"), (1.85, "USD/lb")]


@pytest.mark.parametrize("text, value, unit, kind, qualifier", [
    ("The central bank trimmed its policy rate by half a percentage point.", 0.5, "pp", "change", "exact"),
    # a fraction word before a percent or a point is that fraction of one percent or point, never a share of 50 %
    ("Shop prices rose a half percent in March.", 0.5, "%", "change", "exact"),
    ("Shop prices edged up by a half per cent in March.", 0.5, "%", "change", "exact"),
    ("The central bank lifted its policy rate by a half percentage point.", 0.5, "pp", "change", "exact"),
    ("Wages grew by half of one percent over the quarter.", 0.5, "%", "change", "exact"),
    ("Rents rose by about three quarters of a percent.", 0.75, "%", "change", "approx"),
    ("Quarterly earnings shrank by more than half.", 50, "%", "change", "gt"),
    ("Waiting lists are now five times the target.", 5, "x", "ratio", "exact"),
    ("The utility will raise its payout by 9 percent.", 9, "%", "change", "exact"),
])
def test_number_and_fraction_words(text: str, value: float, unit: str, kind: str, qualifier: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit, claim.kind.value, claim.qualifier.value) == \
        (pytest.approx(value), unit, kind, qualifier)


@pytest.mark.parametrize("text, value", [
    ("Half of the households rent their homes.", 50),
    ("A third of the budget goes to health.", 33.33),
    ("Exports fell by half in 2020.", 50),
])
def test_a_fraction_with_no_percent_after_it_is_still_a_share(text: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value, abs=0.01), "%")


def test_a_fraction_before_a_hyphenated_noun_is_no_quantity() -> None:
    assert claims_in("The firefighter suffered a third-degree burn.") == []


def test_a_small_number_before_other_counts_after_the() -> None:
    assert [c.value for c in claims_in("The capital and the four other provinces voted yes.")] == [4]
    assert claims_in("The two countries signed a treaty.") == []


def test_times_before_a_time_is_a_frequency() -> None:
    assert claims_in("The committee met four times the following week.") == []


def test_newswire_binary_fractions() -> None:
    found = claims_in("Acme shares rose 3/8 to 27-5/8 while the bond fell 1/32.")
    assert [(c.value, c.kind.value) for c in found] == [(0.375, "change"), (27.625, "level"), (0.03125, "change")]
    assert claims_in("The helpline runs 24/7 and opened after 9/11.") == []


@pytest.mark.parametrize("text, kept", [
    ("The rupee weakened on Tuesday ($1 = 83.2 rupees).", [(83.2, "INR")]),
    ("The cedi traded at 12 cedis to $1 on Friday.", [(12, "GHS")]),
    ("The naira was quoted against one U.S. dollar at 1,500 naira.", [(1500, "NGN")]),
    ("The stock fell 4 cents to $1 on the news.", [(0.04, "USD"), (1, "USD")]),
    # the unit quoted against, before 'against': 'one dollar against 17.9 rands' (and the rand's English plural)
    ("The rand ended the week at a rate of one dollar against 17.9 rands.", [(17.9, "ZAR")]),
    # a list of years' rates with no link between the one unit and its price ('1 dolar 2.12 lira'): the price
    # keeps its decimals, no cents of the dollar ('1 dollar 2' is no $1.02)
    ("In 1930: 1 dollar 2.12 lira.", [(2.12, "TRY")]),
    ("In 1959: 1 dollar 2,86 lira.", [(2.86, "TRY")]),
])
def test_exchange_rate_denominators_are_no_claims(text: str, kept: list[tuple[float, str]]) -> None:
    assert [(c.value, c.unit) for c in claims_in(text)] == [(pytest.approx(v), u) for v, u in kept]


@pytest.mark.parametrize("text, value", [
    ("The ticket cost 15 dollars 50.", 15.5),
    ("The ticket cost 1 dollar 20, then more.", 1.2),
])
def test_bare_cents_after_a_whole_amount_still_complete_it(text: str, value: float) -> None:
    assert [(c.value, c.unit) for c in claims_in(text)] == [(pytest.approx(value), "USD")]


@pytest.mark.parametrize("text", [
    "Drivers of cars that need 98 unleaded will pay more.",
    "Witnesses should call 999 or contact the station.",
    "Anyone who saw the crash should dial 112 immediately.",
    "She scored a century in the first 5 matches of the tour.",
    "Investigators zero in on the cause of the fire.",
    "For details phone (415)555-0199.",
])
def test_grades_numbers_to_call_and_spans_are_no_claims(text: str) -> None:
    assert claims_in(text) == []


def test_a_count_after_call_is_still_a_count() -> None:
    assert [c.value for c in claims_in("Organisers will call 40 volunteers to help.")] == [40]


def test_unit_factors_for_matching_agree_with_pint() -> None:
    registry = pint.UnitRegistry()
    names = {"km": "kilometer", "mm": "millimeter", "cm": "centimeter", "ft": "foot", "in": "inch", "mi": "mile",
             "t": "metric_ton", "lb": "pound", "km/h": "kilometer/hour", "mph": "mile/hour"}
    factors = {k: v for k, v in data_json("units.json")["unit_factors"].items() if not k.startswith("_")}
    assert factors
    for unit, (base, factor) in factors.items():
        assert registry.Quantity(1, names[unit]).to(names[base]).magnitude == pytest.approx(factor, rel=1e-9), unit
        assert unit_family(unit) == (base, pytest.approx(factor))
    assert convert_factor("km", "mm") == pytest.approx(1e6)  # a reference in km compares with a claim in mm
    assert unit_family("points")[0] != unit_family("")[0]  # index points are no plain count


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Bullion traded at $2,310/oz by noon.", "$2,310/oz", 2310, "USD/oz"),
    ("Feeder cattle fetched $184 per cwt at auction.", "$184 per cwt", 184, "USD/cwt"),
    ("Saffron sells for €9 per gram in Madrid.", "€9 per gram", 9, "EUR/g"),
    ("Processors paid $8.10 per kgMS this season.", "$8.10 per kgMS", 8.1, "USD/kg"),
])
def test_prices_per_ounce_hundredweight_gram_and_kilogram_of_milk_solids(
        text: str, surface: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)
