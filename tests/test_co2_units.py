"""National CO2 claims as agencies, wires and inventories write them, against a publisher's wide table
in thousand metric tons of carbon (a Total, its parts and a per-capita column), with invented figures.

- the unit pins the series: a mass of CO2 (or carbon) for a named country and year, or a percent change
  over a span, is contradicted by the converted Total however little of the title the sentence repeats,
  unless the sentence names a part the series does not hold ('from coal', 'deforestation'), a mixture of
  gases, or leaves the gas of a percent change unsaid;
- 'tonnes of carbon, not of CO2': the figure is the series' own, in the other substance;
- a mass whose gas is unsaid that agrees only read as carbon goes to a person with both readings;
- the publisher's own name for the table ('fossil-fuel-co2-…') names its Total, not a part.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from package_support import claim_results

from workbench.extraction import extract_text
from workbench.models import Verdict

# thousand tonnes of carbon: Chile, Peru by year
TOTALS = {1990: (8_000, 5_000), 2005: (16_000, 8_000), 2014: (21_000, 14_500), 2015: (22_000, 15_000)}
POPULATION = {"CHILE": 18e6, "PERU": 31e6}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("co2") / "co2-by-country"
    (folder / "data").mkdir(parents=True)
    rows: list[list[object]] = [["Year", "Country", "Total", "Solid Fuel", "Cement", "Per Capita"]]
    for year, pair in TOTALS.items():
        for country, total in zip(("CHILE", "PERU"), pair, strict=True):
            rows.append([year, country, total, total // 4, total // 20, round(total * 1000 / POPULATION[country], 3)])
    with (folder / "data" / "fossil-fuel-co2-by-country.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    described = {"Total": "Total carbon emissions from fossil fuel consumption and cement production "
                          "(thousand metric tons of C)",
                 "Solid Fuel": "Carbon emissions from solid fuel consumption",
                 "Cement": "Carbon emissions from cement production",
                 "Per Capita": "Per capita carbon emissions (metric tons of carbon)"}
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              *({"name": name, "type": "number", "description": text} for name, text in described.items())]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "co2-by-country", "title": "Carbon emissions from fossil fuels and cement by country",
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "fossil-fuel-co2-by-country", "path": "data/fossil-fuel-co2-by-country.csv",
                       "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


def _result(text: str, package: Path, claim: str):
    return claim_results(text, [package], date="2017-03-01")[claim]


# 2015 Chile: 22,000 kt C = 80.6 Mt CO2 (× 3.664)
@pytest.mark.parametrize(("text", "claim"), [
    ("Chile emitted 82.1 million tonnes of CO2 in 2015, the inventory said.", "82.1 million tonnes"),
    ("In 2015 Chile's carbon dioxide emissions stood at 0.082 gigatons.", "0.082 gigatons"),
    ("Chile's CO2 emissions were 82.1 million tonnes in 2015.", "82.1 million tonnes"),
])
def test_a_mass_of_co2_a_few_percent_off_the_converted_total_is_contradicted(package: Path, text: str,
                                                                             claim: str) -> None:
    result = _result(text, package, claim)
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation
    assert "3.664" in result.explanation and result.evidence[0].period == "2015"
    assert result.evidence[0].resource.lower().endswith(":total")


def test_the_same_sentence_with_the_converted_figure_is_supported(package: Path) -> None:
    result = _result("Chile's CO2 emissions were 80.6 million tonnes in 2015.", package, "80.6 million tonnes")
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    # a part the series' name does not hold: the Total bounds nothing it can judge
    ("Chile's emissions from power plants reached 82.1 million tonnes of CO2 in 2015.", "82.1 million tonnes"),
    # land use and deforestation are not in a fossil-fuel inventory
    ("Driven by deforestation, Chile's CO2 emissions reached 82.1 million tonnes in 2015.", "82.1 million tonnes"),
])
def test_a_part_the_series_does_not_hold_leaves_the_contradiction_to_a_person(package: Path, text: str,
                                                                              claim: str) -> None:
    assert _result(text, package, claim).verdict is not Verdict.contradicted


def test_greenhouse_gases_are_not_pinned_to_a_co2_series(package: Path) -> None:
    result = _result("Chile's greenhouse gas emissions were 82.1 million tonnes in 2015.", package,
                     "82.1 million tonnes")
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_a_percent_change_over_a_span_is_computed_from_both_years(package: Path) -> None:
    # Chile 8,000 → 16,000 kt C: +100 %; Peru 5,000 → 8,000: +60 %
    text = ("Chile's carbon dioxide emissions rose 110 percent between 1990 and 2005. "
            "Peru followed with a 60 percent increase.")
    first = _result(text, package, "110 percent")
    assert first.verdict is Verdict.contradicted, first.explanation
    assert "1990 and 2005" in first.explanation and "100 %" in first.explanation
    second = _result(text, package, "60 percent")  # the measure and span of the sentence before
    assert second.verdict is Verdict.supported, second.explanation
    wrong = _result(text.replace("a 60 percent", "a 45 percent"), package, "45 percent")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


@pytest.mark.parametrize("years", ["2014/2015", "2014/15", "2014-15"])
def test_a_change_between_split_years_is_not_pinned_to_calendar_rows(package: Path, years: str) -> None:
    # a fiscal or season year: 2015 on 2014 is +4.8 %, but the text speaks of years that straddle two
    text = f"Chile's CO2 emissions for {years} rose 9.5 percent on the year before, the ministry said."
    assert _result(text, package, "9.5 percent").verdict is not Verdict.contradicted


def test_a_percent_change_of_emissions_whose_gas_is_unsaid_stays_for_review(package: Path) -> None:
    result = _result("Chile's emissions rose 110 percent between 1990 and 2005.", package, "110 percent")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_co2_figure_that_is_the_carbon_figure_says_so(package: Path) -> None:
    result = _result("Chile's CO2 emissions were 22 million tonnes in 2015.", package, "22 million tonnes")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "substance_slip"), result.explanation
    assert "tonnes of carbon, not of CO2" in result.explanation


def test_a_carbon_figure_that_is_the_co2_figure_says_so(package: Path) -> None:
    result = _result("Chile emitted 80.6 million tonnes of carbon in 2015.", package, "80.6 million tonnes")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "substance_slip"), result.explanation
    assert "tonnes of CO2, not of carbon" in result.explanation


def test_a_per_capita_mass_of_unsaid_gas_agreeing_only_as_carbon_names_both_readings(package: Path) -> None:
    # 22,000 kt C / 18 m people = 1.222 t C = 4.48 t CO2 per person
    result = _result("Chile's per capita emissions were 1.22 tonnes in 2015.", package, "1.22 tonnes")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "substance_unsaid"), result.explanation
    assert "carbon" in result.explanation and "4.48 t CO2" in result.explanation
    as_co2 = _result("Chile's per capita emissions were 4.48 tonnes in 2015.", package, "4.48 tonnes")
    assert as_co2.verdict is Verdict.supported, as_co2.explanation
    neither = _result("Chile's per capita emissions were 4.3 tonnes in 2015.", package, "4.3 tonnes")
    assert neither.verdict is Verdict.contradicted and "4.48 t CO2" in neither.explanation


def test_the_publishers_name_for_the_table_names_its_total(package: Path) -> None:
    # 'fossil-fuel-co2-by-country' counts fuels and cement: 'fossil-fuel CO2' of an exact figure is its Total
    exact = _result("Chile's fossil-fuel CO2 emissions were 22 million tonnes of carbon in 2015.", package,
                    "22 million tonnes")
    assert exact.verdict is Verdict.supported, exact.explanation
    # a bound the whole meets says nothing of which one the writer meant
    bound = _result("Chile's fossil fuel emissions were over 21 million tonnes of carbon in 2015.", package,
                    "21 million tonnes")
    assert bound.verdict is Verdict.needs_review, bound.explanation


# 2015 Chile: 22,000 kt C = 22 Tg C = 0.022 Pg C (a teragram is a million tonnes, a petagram a billion)
@pytest.mark.parametrize(("text", "claim"), [
    ("Chile's fossil fuels released 22 teragrams of carbon (Tg C) in 2015.", "22 teragrams"),
    ("In 2015 Chile emitted 22 Tg of carbon, the inventory said.", "22 Tg"),
    ("In 2015 Chile emitted 0.022 Pg of carbon, the inventory said.", "0.022 Pg"),
])
def test_a_mass_in_teragrams_or_petagrams_is_read_in_tonnes(package: Path, text: str, claim: str) -> None:
    result = _result(text, package, claim)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2015"


# 2015 Chile: 22,000 kt C = 80.6 Mt CO2 (per capita 1.222 t C = 4.48 t CO2); the substance glued to the
# unit symbol decides the reading
@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Chile emitted 80.6 MtCO2 in 2015, the inventory said.", "80.6 MtCO2", Verdict.supported),
    ("Chile emitted 80.6 MtCO₂ in 2015, the inventory said.", "80.6 MtCO₂", Verdict.supported),
    ("Chile emitted 22 MtCO₂ in 2015, the inventory said.", "22 MtCO₂", Verdict.contradicted),
    ("Chile emitted 22.0 MtC in 2015, the inventory said.", "22.0 MtC", Verdict.supported),
    ("Chile emitted 80.6 MtC in 2015, the inventory said.", "80.6 MtC", Verdict.contradicted),
    ("Chile emitted 0.0806 GtCO2 in 2015, the inventory said.", "0.0806 GtCO2", Verdict.supported),
    # glued to the figure too, whatever gas the sentence names after it; every mass scale, tonnes included
    ("Chile emitted 22MtC from fossil fuels in 2015, mostly as CO2.", "22MtC", Verdict.supported),
    ("Chile emitted 80.6MtC from fossil fuels in 2015, mostly as CO2.", "80.6MtC", Verdict.contradicted),
    ("Chile's fossil emissions reached 80,600 ktCO2 in 2015.", "80,600 ktCO2", Verdict.supported),
    ("Chile's per capita emissions were 4.48 tCO2 in 2015, the inventory shows.", "4.48 tCO2", Verdict.supported),
    ("Chile's per capita emissions were 1.22 tC in 2015, the inventory shows.", "1.22 tC", Verdict.supported),
    # joined by a hyphen, as carbon-cycle reports write teragrams of carbon
    ("Chile emitted 22 Tg-C in 2015, the inventory said.", "22 Tg-C", Verdict.supported),
    ("Chile emitted 80.6 Tg-C in 2015, the inventory said.", "80.6 Tg-C", Verdict.contradicted),
    ("Chile emitted 80.6 Mt-CO2 in 2015, the inventory said.", "80.6 Mt-CO2", Verdict.supported),
])
def test_a_mass_with_its_substance_glued_to_the_unit(package: Path, text: str, claim: str,
                                                     verdict: Verdict) -> None:
    result = _result(text, package, claim)
    assert result.verdict is verdict, result.explanation



# Chile 2015: 22,000 kt C = 22 Tg C; 2014: 21,000 kt C
@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("In 2014 Chile's estimate was 21 Tg-C; emissions rose after that.", "21 Tg-C", Verdict.supported),
    ("In 2014 Chile's estimate was 25 Tg-C; emissions rose after that.", "25 Tg-C", Verdict.contradicted),
])
def test_a_mass_of_carbon_whose_clause_ends_on_another_noun_is_still_an_emission(package: Path, text: str, claim: str,
                                                                                verdict: Verdict) -> None:
    """'Chile's estimate was 21 Tg-C': the figure's own noun is 'estimate', but a mass of carbon is an emission
    (implied_measures.json), and the sentence names emissions, so the reading is as sure as a named one."""
    result = _result(text, package, claim)
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2014"


def test_a_mass_of_carbon_in_a_text_naming_no_emissions_is_for_a_person(package: Path) -> None:
    """Disagreeing with the row, a mass no word calls an emission may count something else: never a false alarm."""
    result = _result("Chile's statisticians revised their 2014 estimate to 25 Tg-C.", package, "25 Tg-C")
    assert result.verdict is Verdict.needs_review, result.explanation


# Chile 2015: 22,000 kt C = 80.6 Mt CO2
@pytest.mark.parametrize(("text", "verdict"), [
    # restated as a share of a whole: a part of it, which the total row bounds but neither confirms nor refutes
    ("Chile emitted 70.0 Mt CO2 in 2015, that is 87 % of the national total.", Verdict.needs_review),
    ("Chile's transport sector emitted 80.6 Mt CO2 in 2015, or 64 % of the country's total.", Verdict.needs_review),
    # above the whole is above any part of it
    ("Chile emitted 95.0 Mt CO2 in 2015, that is 87 % of the national total.", Verdict.contradicted),
    # a share of the world's emissions: the figure is the country's own total
    ("Chile emitted 70.0 Mt CO2 in 2015, or 0.2 % of global emissions.", Verdict.contradicted),
])
def test_a_figure_restated_as_a_share_of_a_whole_is_a_part_of_it(package: Path, text: str, verdict: Verdict) -> None:
    figure = text.split(" emitted ")[1].split(" CO2")[0]
    result = _result(text, package, figure)
    assert result.verdict is verdict, result.explanation
    if verdict is Verdict.needs_review:
        assert result.reason == "wider_series" and "% of" in result.explanation, result.explanation


# Chile 2015: 22,000 kt C = 80.6 Mt CO2; Peru 2015: 15,000 kt C = 55.0 Mt CO2
def test_the_countries_ranked_after_a_larger_figure_are_no_parts_of_it(package: Path) -> None:
    """'Chile (80.6 MtCO2) …, followed by Peru (55.0 MtCO2), Bolivia (21) and Paraguay (5)': a ranking, not a
    breakdown of Chile's figure; Peru's row of the total series is Peru's own figure."""
    text = ("In the region the top spot goes to Chile (80.6 MtCO2). Chile is the largest emitter, followed by "
            "Peru (55.0 MtCO2, 2nd), Bolivia (21, 3rd) and Paraguay (5, 4th).")
    result = claim_results(text, [package], date="2017-03-01")["55.0 MtCO2"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource.lower().endswith(":total")


# Chile 2015: 22,000 kt C = 80.6 Mt CO2; Peru 2015: 15,000 kt C = 55.0 Mt CO2
def test_a_countrys_press_calling_emitters_polluters_is_about_emissions(package: Path) -> None:
    text = "Chile and Peru were the region's biggest polluters, with 80.6 million and 55.0 million tonnes of CO2 in 2015 respectively."
    results = claim_results(text, [package], date="2017-03-01")
    assert results["80.6 million"].verdict is Verdict.supported, results["80.6 million"].explanation


def test_plastic_polluters_are_not_read_against_carbon(package: Path) -> None:
    result = _result("Chile's biggest plastic polluters dumped 0.9 million tonnes in 2015.", package, "0.9 million tonnes")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_mega_tonnes_written_in_two_words_are_megatonnes(package: Path) -> None:
    # 2015 Chile: 22,000 kt C × 3.664 = 80.6 Mt CO2
    assert _result("Chile emitted 80.6 mega tonnes of CO2 in 2015.", package, "80.6 mega tonnes").verdict \
        is Verdict.supported
    assert _result("Chile emitted 88.1 mega tonnes of CO2 in 2015.", package, "88.1 mega tonnes").verdict \
        is Verdict.contradicted


def test_the_equivalent_of_a_mass_of_co2_counts_greenhouse_gases(package: Path) -> None:
    # 'the equivalent of … of CO2' is a CO2-equivalent total of several gases, not the CO2 series' figure
    result = _result("With greenhouse gas emissions of the equivalent of 88.1 megatonnes of CO2, Chile ranked high "
                     "in 2015.", package, "88.1 megatonnes")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match"), result.explanation


@pytest.mark.parametrize("verb", ["produced", "created", "generated", "caused"])
def test_a_verb_of_making_a_named_gas_says_emissions(package: Path, verb: str) -> None:
    # 'creating some 596 million tons of carbon dioxide': the verb and the gas say emissions as 'emitted' does
    result = _result(f"In 2015 Chile {verb} 82.1 million tonnes of carbon dioxide, the inventory said.", package,
                     "82.1 million tonnes")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation


def test_a_german_verb_of_causing_a_named_gas_says_emissions(package: Path) -> None:
    # 'verursachte … Kohlendioxid': a country causing a mass of the gas emits it, in German as in English
    result = _result("Chile verursachte 2015 etwa 97 Millionen Tonnen Kohlendioxid.", package, "97 Millionen Tonnen")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation


def test_a_verb_of_making_a_mass_with_no_gas_named_is_not_pinned(package: Path) -> None:
    # a country 'produces' tonnes of ore or grain too: without the gas, the words pin no emissions series
    result = _result("In 2015 Chile produced 82.1 million tonnes, the ministry said.", package, "82.1 million tonnes")
    assert result.verdict is not Verdict.contradicted, result.explanation


@pytest.mark.parametrize("spelling", ["Carbon-di-oxide", "carbon di oxide"])
def test_carbon_dioxide_split_into_three_words_is_co2(package: Path, spelling: str) -> None:
    # 80.6 Mt CO2 in 2015; 1,150 Mt is 14 times as much: CO2 read as CO2 is a contradiction, not a
    # mass of carbon 52 times the row's that looks like another measure
    result = _result(f"Chile emitted 1,150 million tonnes of {spelling} in 2015.", package, "1,150 million tonnes")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation
    assert "3.664" in result.explanation



def test_a_figure_at_the_wrong_scale_and_off_besides_is_contradicted(package: Path) -> None:
    # 80.6 Mt CO2 in 2015: '74 thousand tonnes' is that figure with 'thousand' for 'million', and 8 % low too
    result = _result("Chile emitted 74 thousand tonnes of CO2 in 2015.", package, "74 thousand tonnes")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation
    assert result.evidence[0].period == "2015"


def test_a_figure_no_slip_brings_near_the_row_is_another_measure(package: Path) -> None:
    # 50 thousand tonnes is 1,600 times less: no slip of the pen, within 15 %, makes it the row's figure
    result = _result("Chile emitted 50 thousand tonnes of CO2 in 2015.", package, "50 thousand tonnes")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "wrong_measure"), result.explanation


def test_a_figure_with_one_separator_group_is_not_read_as_a_slip_with_a_gap(package: Path) -> None:
    # '74,100' may be 74.1 written with a decimal comma: a thousand-fold gap is its other reading, not a slip
    result = _result("Chile emitted 74,100 tonnes of CO2 in 2015.", package, "74,100 tonnes")
    assert result.verdict is not Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("The ministry put the country's emissions at 912 mtCO2 in 2015.", "912 mtCO2"),
    ("Emissions from power plants reached 640 mtCO2e last year.", "640 mtCO2e"),
])
def test_megatonnes_glued_to_a_gas_in_lower_case_are_megatonnes(text: str, figure: str) -> None:
    """Official copy writes megatonnes 'mtCO2' as often as 'MtCO2' (the lower-case 'mt' alone already reads as
    megatonnes): the figure is a mass in tonnes, a million times its digits."""
    claims = {c.text: c for c in extract_text(text)}
    assert figure in claims, sorted(claims)
    assert claims[figure].unit == "t" and claims[figure].value == float(figure.split()[0]) * 1e6


def test_a_million_fold_gap_with_one_separator_group_is_a_slip_with_a_gap(package: Path) -> None:
    # 23,500 kilograms (23.5 tonnes) for 22 million tonnes: read either way ('23.5'), the row's figure at the wrong
    # scale and off besides; a thousand-fold gap stays the separator's other reading (above)
    result = _result("Chile emitted 23,500 kilograms of carbon in 2015.", package, "23,500 kilograms")
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation


def test_the_far_end_of_a_span_takes_the_unit_of_its_near_end(package: Path) -> None:
    """'grew from 15.1 tons of carbon in 2005 to 23.5 in 2015': the bare figure ending the span is in tons."""
    found = claim_results("Chile's carbon emissions from fossil fuels grew from 15.1 tons of carbon in 2005 to 23.5 "
                          "in 2015.", [package], date="2017-03-01")
    result = found["23.5"]
    assert result.claim.unit == "t", result.claim
    assert result.verdict is Verdict.contradicted and result.evidence[0].period == "2015", result.explanation


def test_an_undated_carbon_figure_that_is_the_co2_figure_goes_to_a_person(package: Path) -> None:
    # no year and no date: 80.6 Mt is the latest row read as CO2, which news calls 'carbon' too; no slip of the pen
    found = claim_results("Chile emits some 80.6 million tonnes of carbon every year.", [package], date=None)
    result = found["80.6 million tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "substance_slip", result.explanation


def test_an_undated_co2_figure_that_is_the_carbon_figure_stays_contradicted(package: Path) -> None:
    # 'CO2' names no other substance's series: the carbon figure is no reading of it
    found = claim_results("Chile emits some 22 million tonnes of CO2 every year.", [package], date=None)
    result = found["22 million tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_mass_agreeing_as_co2_for_one_of_a_group_leaves_the_carbon_contradiction_to_a_person(
        package: Path) -> None:
    # 'respectively' with three figures for two places: the figure is Peru's or Chile's; read as CO2 it agrees
    # with Peru's row (15,000 kt C = 55.0 Mt CO2) and not Chile's, read as carbon with neither: no sure contradiction
    text = "In 2015 the carbon emissions of Peru and Chile were respectively 55.0, 80.6 and 12.0 million tonnes."
    assert _result(text, package, "55.0").verdict is Verdict.needs_review


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("지난해 한 가구의 1인당 탄소 배출량은 8.4t으로 조사됐다.", "8.4t", 8.4),
    ("산업단지의 연간 배출량을 3t이라고 추산했다.", "3t", 3.0),
    ("화물차 적재량은 25t을 넘지 못한다.", "25t", 25.0),
])
def test_a_tonne_glued_to_a_figure_keeps_its_korean_particle_apart(text: str, surface: str, value: float) -> None:
    # Korean glues its particle to the symbol ('8.4t으로'): the symbol still ends the unit, as before a comma
    claims = {c.text: c for c in extract_text(text)}
    assert claims[surface].unit == "t" and claims[surface].value == value, claims


@pytest.mark.parametrize("text", ["신형 모델 X7t가 이달 출시됐다.", "The Galaxy S7t ships in May."])
def test_a_letter_glued_to_a_model_number_is_no_tonne(text: str) -> None:
    assert not any(c.unit == "t" for c in extract_text(text)), extract_text(text)


def test_a_korean_per_head_tonne_figure_is_judged_per_head(package: Path) -> None:
    # 2015 Chile per head: 22,000 kt C / 18 million × 3.664 = 4.48 t CO2
    result = _result("2015년 칠레의 1인당 이산화탄소 배출량은 4.5t으로 집계됐다.", package, "4.5t")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2015", result.explanation


@pytest.mark.parametrize("title", ["the ‘2015 Carbon Atlas’", 'its "2015 Emissions Outlook"', "the «2015 Emissions Atlas»"])
def test_a_year_opening_a_quoted_title_is_no_period_to_carry(package: Path, title: str) -> None:
    # 2014 Chile per head: 21,000 kt C / 18 million × 3.664 = 4.27 t CO2 (2015's is 4.48): the title's year is its
    # edition, and the paragraph's period, 2014, dates the figure of the next paragraph
    text = (f"The agency published {title}, with figures for 2014.\n\n"
            "Chile's per capita carbon dioxide emissions were 4.3 tonnes.")
    result = _result(text, package, "4.3 tonnes")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2014", result.explanation



def test_a_korean_regional_average_is_no_nation_row(package: Path) -> None:
    # 'sub-Saharan Africa' in Korean: a grouping of nations the file has no row for, so neither confirmed nor refuted
    result = _result("2015년 사하라 이남 아프리카 국가들의 1인당 배출량 평균은 0.9t이었다.", package, "0.9t")
    assert result.verdict is Verdict.unsupported, result.explanation
