"""Qualifiers, ranges, kinds and directions, periods, subjects and entities."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import claims_in, one_claim

from workbench.extraction.periods import PeriodReader
from workbench.gazetteer import Gazetteer

NOV_2023 = dt.date(2023, 11, 10)


@pytest.mark.parametrize("text, qualifier", [
    ("The city has about 300 schools.", "approx"),
    ("The city has around 300 schools.", "approx"),
    ("The city has some 300 schools.", "approx"),
    ("The city has roughly 300 schools.", "approx"),
    ("The city has approximately 300 schools.", "approx"),
    ("The city has nearly 300 schools.", "nearly"),
    ("The city has almost 300 schools.", "nearly"),
    ("The city has close to 300 schools.", "nearly"),
    ("The city has more than 300 schools.", "gt"),
    ("The city has over 300 schools.", "gt"),
    ("Spending is above 3% of output.", "gt"),
    ("Investment exceeded $17 billion.", "gt"),
    ("The share of exports exceeds 40%.", "gt"),
    ("Spending was in excess of $2 billion.", "gt"),
    ("The city has at least 300 schools.", "ge"),
    ("The city has less than 300 schools.", "lt"),
    ("The city has fewer than 300 schools.", "lt"),
    ("Spending stayed under 2% of output.", "lt"),
    ("Spending stayed below 2% of output.", "lt"),
    ("The fund lends up to $5 million.", "le"),
    ("The fund lends at most $5 million.", "le"),
    ("The fund lends no more than $5 million.", "le"),
    ("The city has 300 schools or more.", "ge"),
    ("The city has 300 schools.", "exact"),
])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert one_claim(text).qualifier.value == qualifier


@pytest.mark.parametrize("text, low, high, unit", [
    ("Growth will be between 3 and 5%.", 3, 5, "%"),
    ("Growth will be between 3% and 5%.", 3, 5, "%"),
    ("Growth will be 3–5%.", 3, 5, "%"),
    ("Growth will be 3-5%.", 3, 5, "%"),
    ("The project costs $3-5 billion.", 3e9, 5e9, "USD"),
    ("The project costs between 3 and 5 billion dollars.", 3e9, 5e9, "USD"),
    ("The town has 3 to 5 thousand residents.", 3e3, 5e3, ""),
])
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.qualifier.value, claim.value, claim.value_high, claim.unit) == ("range", low, high, unit)


@pytest.mark.parametrize("text, direction", [
    ("Trade grew by 10%.", "up"),
    ("Trade rose by 10%.", "up"),
    ("Trade increased by 10%.", "up"),
    ("Trade increased 10%.", "up"),
    ("Trade was up 10%.", "up"),
    ("Trade showed a 10% increase.", "up"),
    ("Trade fell by 3%.", "down"),
    ("Trade decreased by 3%.", "down"),
    ("Trade declined 3%.", "down"),
    ("Trade dropped by $2 billion.", "down"),
])
def test_change_kind_and_direction(text: str, direction: str) -> None:
    claim = one_claim(text)
    assert (claim.kind.value, claim.direction.value if claim.direction else None) == ("change", direction)


def test_change_then_level_in_one_sentence() -> None:
    growth, level = claims_in("In 2019, bilateral trade grew by 12% to 41.5 billion dollars.")
    assert (growth.kind.value, growth.direction.value, growth.value) == ("change", "up", 12)
    assert (level.kind.value, level.direction, level.value, level.unit) == ("level", None, 41.5e9, "USD")
    assert growth.subject == level.subject == "bilateral trade"
    assert growth.period == level.period == "2019"


@pytest.mark.parametrize("text", [
    "The share of renewables in power output is 12%.",
    "Renewables account for 12% of power output.",
    "Renewables make up 12% of power output.",
    "12% of power output comes from renewables.",
])
def test_share_kind(text: str) -> None:
    claim = one_claim(text)
    assert (claim.kind.value, claim.value, claim.unit) == ("share", 12, "%")


def test_share_subject_is_the_part_not_the_whole() -> None:
    assert one_claim("The share of renewables in power output is 12%.").subject.startswith("renewables")
    assert one_claim("Renewables account for 12% of power output.").subject == "renewables"


def test_percent_without_share_or_change_cue_is_a_level() -> None:
    assert one_claim("Inflation was 9% in October.", NOV_2023).kind.value == "level"


def test_set_up_is_not_a_change() -> None:
    claim = one_claim("The government set up 14 free economic zones.")
    assert (claim.kind.value, claim.direction) == ("count", None)


@pytest.mark.parametrize("text, period", [
    ("In 2022, exports grew by 10%.", "2022"),
    ("Exports grew by 10% in 2019–2020.", "2019/2020"),
    ("Exports grew by 10% in 2019-20.", "2019/2020"),
    ("In January–August 2023 exports grew by 10%.", "2023-01/2023-08"),
    ("In January to August 2023 exports grew by 10%.", "2023-01/2023-08"),
    # each end of a span with its own year: the span, not its last month
    ("Exports grew by 10% from April 2022 to March 2023.", "2022-04/2023-03"),
    ("Over October 2022–September 2023 exports grew by 10%.", "2022-10/2023-09"),
    ("Exports grew by 10% between June 2022 and May 2023.", "2022-06/2023-05"),
    # the same month a year apart: a change over twelve months to the last, that month's
    ("Exports grew by 10% from September 2022 to September 2023.", "2023-09"),
    ("In September 2023 exports grew by 10%.", "2023-09"),
    ("In the first half of 2023 exports grew by 10%.", "2023-01/2023-06"),
    ("In the third quarter of 2023 exports grew by 10%.", "2023-07/2023-09"),
    ("In Q2 2023 exports grew by 10%.", "2023-04/2023-06"),
    ("In the first nine months of 2023 exports grew by 10%.", "2023-01/2023-09"),
    ("This year exports grew by 10%.", "2023"),
    ("In the current year exports grew by 10%.", "2023"),
    ("Last year exports grew by 10%.", "2022"),
    ("In ten months of the current year exports grew by 10%.", "2023-01/2023-10"),
    ("Officials said that, so far this year, exports grew by 10%.", "2023-01/2023-11"),
    ("In October exports grew by 10%.", "2023-10"),
    ("Exports grew by 10%.", None),
])
def test_periods_resolve_against_the_draft_date(text: str, period: str | None) -> None:
    assert one_claim(text, NOV_2023).period == period


def test_two_months_each_with_its_own_figure_are_no_span() -> None:
    claims = claims_in("Exports grew by 10% in March 2023 and by 4% in September 2023.", NOV_2023)
    assert [c.period for c in claims] == ["2023-03", "2023-09"]


def test_as_of_changes_relative_periods_only() -> None:
    text = "Last year exports grew by 10%. In 2021 imports fell by 2%."
    assert [c.period for c in claims_in(text, dt.date(2020, 5, 1))] == ["2019", "2021"]
    assert [c.period for c in claims_in(text, None)] == [None, "2021"]


def test_front_matter_date_resolves_relative_periods() -> None:
    claims = claims_in("---\ndate: 2021-03-01\n---\nThis year exports grew by 10%.\n")
    assert claims[0].period == "2021"


@pytest.mark.parametrize("text, subject", [
    ("The city has 600 thousand inhabitants.", "inhabitants"),
    ("More than 60 thousand students from abroad study there.", "students from abroad"),
    ("In 2022, 60 thousand students attended local universities.", "students"),
    ("About 42 thousand enterprises with foreign capital operate.", "enterprises with foreign capital"),
    ("Bilateral trade grew by 10%.", "bilateral trade"),
    ("Direct investment from abroad exceeded $17 billion.", "direct investment from abroad"),
    # verbs the "-ed" test misses end the subject
    ("Some 1,500 delegates met in the capital.", "delegates"),
    ("The ministry expects growth of 4-5% next year.", "growth"),
    ("About 40% of households own a car.", "households"),
    ("The state bank lent $7bn to farmers.", "state bank"),
    ("The fund holds €4.5bn in bonds.", "fund"),
])
def test_subjects(text: str, subject: str) -> None:
    assert one_claim(text).subject == subject


def test_a_multiple_verb_takes_the_word_before_it_as_subject() -> None:
    # "costs" can be a verb ("it costs $5"), but before "doubled" it is what doubled.
    claims = claims_in("Revenue grew tenfold, and costs doubled.")
    assert [(c.text, c.subject) for c in claims] == [("tenfold", "revenue"), ("doubled", "costs")]


@pytest.mark.parametrize("text, subjects", [
    ("Deposits came to 2 bln roubles and reserves 1.1 tn tenge.", ["deposits", "reserves"]),
    ("Exports rose by 5% and imports by 3%.", ["exports", "imports"]),
    ("Exports rose by 5% and by 3% a year later.", ["exports", "exports"]),
])
def test_a_second_figure_in_the_clause_takes_the_noun_after_the_first(text: str, subjects: list[str]) -> None:
    assert [c.subject for c in claims_in(text)] == subjects


@pytest.mark.parametrize("text, periods", [
    ("Bilateral trade grew by 10% to 28.2 billion dollars in 2022.", ["2022", "2022"]),
    ("Exports rose 5% and imports 3% in 2023.", ["2023", "2023"]),
    ("The firm employs 12,000 people and plans to open 40 offices by 2026.", [None, "2026"]),
])
def test_a_period_after_a_later_figure_is_shared_unless_that_figure_has_its_own_verb(text: str,
                                                                                      periods: list) -> None:
    assert [c.period for c in claims_in(text)] == periods


@pytest.mark.parametrize("text, subject", [
    ("The town's adult residents numbered 48,312 and child residents – 17,905.", "child residents"),
    ("Registered cars came to 9,400, motorcycles - 2,150.", "motorcycles"),
    ("Wheat output reached 3.1 million tonnes and barley output — 1.4 million tonnes.", "barley output"),
])
def test_a_dash_that_stands_for_the_left_out_verb_gives_the_second_figure_its_own_noun(text: str, subject: str) -> None:
    # a coordination that leaves out the verb: the words before the dash name the second figure,
    # so it is not checked against the first figure's column
    assert claims_in(text)[1].subject == subject


def test_a_counted_noun_ends_before_a_second_verb() -> None:
    claims = claims_in("The firm employs 12,000 people and plans to open 40 offices.")
    assert [c.subject for c in claims] == ["people", "offices"]


def test_a_period_after_a_semicolon_belongs_to_the_other_clause() -> None:
    claims = claims_in("Its shares jumped 12% on Tuesday; over the past year they are up 45%.", NOV_2023)
    assert [(c.text, c.period) for c in claims] == [("12%", None), ("45%", "2022")]


def test_a_level_after_a_duration_keeps_the_change_s_subject() -> None:
    claims = claims_in("Exports to China tripled over five years to $5 billion.")
    assert [c.subject for c in claims] == ["exports to China", "exports to China"]


def test_the_period_of_an_up_from_baseline_is_not_the_new_figure_s() -> None:
    claims = claims_in("Investment reached $1.5bn, up from $1.2bn a year earlier.", NOV_2023)
    assert [(c.text, c.period) for c in claims] == [("$1.5bn", None), ("$1.2bn", "2022")]


@pytest.mark.parametrize(("text", "periods"), [
    # a baseline's year owns the figure its possessive stands before; the change stays the later year's
    ("Wheat output was 14 million tonnes in 2019, 2 million tonnes less than the previous year's 16 million.",
     [("14 million tonnes", "2019"), ("2 million tonnes", "2019"), ("16 million", "2018")]),
    ("Bus fares rose 4.5% in 2021, compared with the year before's 3.8% rise.", [("4.5%", "2021"), ("3.8%", "2020")]),
])
def test_a_baseline_years_possessive_dates_the_figure_after_it(text: str, periods: list[tuple[str, str]]) -> None:
    assert [(c.text, c.period) for c in claims_in(text, NOV_2023)] == periods


def test_a_counted_noun_stops_at_the_next_figure() -> None:
    claims = claims_in("One in five households and six out of ten firms agreed.")
    assert [(c.value, c.subject) for c in claims] == [(20.0, "households"), (60.0, "firms")]


def test_a_count_without_its_noun_takes_the_previous_one() -> None:
    claims = claims_in("Two cities stand out: Kostanay (200 thousand residents) and Pavlodar (330 thousand).")
    assert [c.subject for c in claims if c.value > 1000] == ["residents", "residents"]


@pytest.mark.parametrize("text", ["Kazakhstan exported goods worth 3.2 billion US dollars.",
                                  "Kazakhstan exported goods worth US$3.2 billion.",
                                  "Kazakhstan exported goods worth 3.2 billion Chinese yuan."])
def test_a_country_in_a_currency_name_is_not_an_entity(text: str) -> None:
    assert one_claim(text).entities == ["Kazakhstan"]


def test_entities_from_the_gazetteer_with_aliases() -> None:
    claim = one_claim("Alma-Ata has 2 million inhabitants, more than any city in Kazakhstan.")
    assert claim.entities == ["Almaty", "Kazakhstan"]


def test_gazetteer_extended_from_reference_terms() -> None:
    gazetteer = Gazetteer.default().extended({"Zhetysu region": ["Zhetisu", "Jetisu"]})
    draft_text = "Jetisu has 700 thousand inhabitants."
    claims = claims_in(draft_text, gazetteer=gazetteer)
    assert claims[0].entities == ["Zhetysu region"]
    assert Gazetteer.default().canonical("Jetisu") is None  # the default is not changed


def test_each_quantity_takes_the_period_written_right_after_it() -> None:
    claims = claims_in("Inflation slowed to 9.8% in October from 10.5% in September.", NOV_2023)
    assert [(c.value, c.period, c.subject) for c in claims] == [(9.8, "2023-10", "inflation"),
                                                               (10.5, "2023-09", "inflation")]


def test_a_comparison_baseline_is_not_the_claims_period() -> None:
    claims = claims_in("In 2021 the country attracted $23.7 billion of foreign investment, 32% more than in 2020.")
    assert [(c.value, c.period, c.kind.value) for c in claims] == [(23.7e9, "2021", "level"), (32, "2021", "change")]
    assert claims[0].subject == "foreign investment"
    assert one_claim("Profit rose 12% from a year earlier.", NOV_2023).period is None


def test_a_quarter_without_a_year_is_the_latest_one_before_the_draft_date() -> None:
    assert one_claim("The economy grew 3.2% in the third quarter.", NOV_2023).period == "2023-07/2023-09"
    assert one_claim("The economy grew 3.2% in the fourth quarter.", NOV_2023).period == "2022-10/2022-12"


def test_by_after_a_transitive_verb_is_a_change() -> None:
    rate_change, rate_level = claims_in("The central bank raised its key rate by 100 basis points to 16%.")
    assert (rate_change.kind.value, rate_change.direction.value, rate_change.unit) == ("change", "up", "bp")
    assert (rate_level.kind.value, rate_level.subject) == ("level", "key rate")


def test_a_clause_with_another_quantity_does_not_lend_its_words_as_subject() -> None:
    length, cost = claims_in("The bridge, which is 12 km long, cost 2.5 billion roubles.")
    assert (length.subject, cost.subject, cost.unit) == ("bridge", "bridge", "RUB")


def test_gazetteer_finds_lower_case_terms_from_reference_data_beside_names() -> None:
    gazetteer = Gazetteer.default().extended({"north": ["northern provinces"]})
    text = "Grain from the northern provinces of Kazakhstan reached Alma-Ata; the Russian Federation bought it."
    found = [(text[start:end], entity.name) for start, end, entity in gazetteer.find(text)]
    assert found == [("northern provinces", "north"), ("Kazakhstan", "Kazakhstan"), ("Alma-Ata", "Almaty"),
                     ("Russian Federation", "Russia")]
    assert Gazetteer.default().entities("US and us, USA, U.S. and the UK") == ["United States", "United Kingdom"]


def test_a_period_phrase_is_read_whole_however_far_its_period_word_is() -> None:
    # The period words ("months", "year") are where the extractor looks; the phrase may start
    # up to about 20 characters before the first of them, more with extra spaces.
    text = "Officials said that over the  first  eleven  months of the current year exports grew by 10%."
    periods = PeriodReader(text, text[::-1], NOV_2023).periods_in(0, len(text))
    assert [(text[start:end], value) for start, end, value in periods] == [
        ("the  first  eleven  months of the current year", "2023-01/2023-11")]


@pytest.mark.parametrize("text, period", [
    ("Grain output grew by 30% from 1990 to 2020.", "1990/2020"),
    ("Between 2001 and 2010 wages rose 80%.", "2001/2010"),
    ("Output rose 12% compared with 2019.", None),
    ("Rents rose 40% over the past 10 years.", "2013/2022"),
    ("Rents rose 40% in the last five years.", "2018/2022"),
    ("Prices rose 6.1% in the 12 months ended March 2023.", "2022-04/2023-03"),
    ("Prices rose 2.5% in the three months to June 2023.", "2023-04/2023-06"),
    ("Sales fell 3% year-to-date.", "2023-01/2023-11"),
    ("Sales fell 3% YTD.", "2023-01/2023-11"),
    ("The deficit was $3 billion in FY2022/23.", "2022/2023"),
    ("The deficit was $3 billion in fiscal 2021.", "2021"),
    ("Output fell 2% in Q4 2022.", "2022-10/2022-12"),
    ("Exports rose 3% in the second half.", "2022-07/2022-12"),  # the latest second half ended
])
def test_spans_trailing_periods_and_fiscal_years(text: str, period: str | None) -> None:
    assert one_claim(text, NOV_2023).period == period


@pytest.mark.parametrize("text, expected", [
    ("Employment saw a fall of 12,000, or 0.3 per cent, in May 2023.", [("change", "down"), ("change", "down")]),
    ("Exports rose 8% (about $2 billion) last year.", [("change", "up"), ("change", "up")]),
    ("Exports rose 8% and 4,000 firms exported.", [("change", "up"), ("count", None)]),
])
def test_a_change_restated_in_another_unit_is_the_same_change(text: str, expected: list) -> None:
    claims = claims_in(text, NOV_2023)
    assert [(c.kind.value, c.direction and c.direction.value) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Diesel pump price (EUR per litre) in 2015: 1.35", [(1.35, "EUR", "level")]),
    ("Public debt (% of GDP) in the region stood at 41.2", [(41.2, "%", "share")]),
    ("The herd numbered 2.75 (millions of) in 2020.", [(2750000.0, "", "count")]),
    ("Wheat (tonnes) rose to 300 and the budget (2020) was 12.", [(300.0, "t", "level"), (12.0, "", "count")]),
    ("CO2 emissions (kt) in the region were 312,740 in 2018.", [(312740000.0, "t", "level")]),
])
def test_a_unit_stated_once_in_parentheses_applies_to_bare_figures(text: str, expected: list) -> None:
    assert [(c.value, c.unit, c.kind.value) for c in claims_in(text)] == expected


def test_a_markdown_table_header_gives_its_column_a_unit() -> None:
    table = ("Exports by country.\n\n| Country | Exports (US$ bn) | Growth (%) | Firms |\n|---|--:|--:|---|\n"
             "| Chile | 12.5 | 3.1 | 400 |\n| Peru | 7 | 0.4 | 52 |\n")
    found = [(c.text, c.value, c.unit) for c in claims_in(table)]
    assert found == [("12.5", 12.5e9, "USD"), ("3.1", 3.1, "%"), ("400", 400.0, ""),
                     ("7", 7e9, "USD"), ("0.4", 0.4, "%"), ("52", 52.0, "")]


def test_two_years_and_two_figures_joined_by_and_pair_up_in_order() -> None:
    text = "Jobless rates in 2019 and 2020 were 3.7% and 8.1% in Spain's cities, and 3.1% and 3.8% in its villages."
    assert [c.period for c in claims_in(text, NOV_2023)] == ["2019", "2020", "2019", "2020"]
    # One figure for both years, or three figures: no pairing, the span stands.
    assert [c.period for c in claims_in("Prices rose 5% in 2019 and 2020.", NOV_2023)] == ["2019/2020"]
    three = claims_in("In 2019 and 2020 output was 3 and 4 and 5 tonnes.", NOV_2023)
    assert {c.period for c in three} == {"2019/2020"}


@pytest.mark.parametrize("text, expected", [
    ("Jobless rate, per cent: 6.3", [("6.3", 6.3, "%")]),
    ("Turnout in percent of 4,200 registered was not published.", [("4,200", 4200, "%")]),
    ("Turnout rose 12 percent of 4,200 seats.", [("12 percent", 12, "%"), ("4,200", 4200, "")]),
    ("Prices rose 4 per cent, 30 shops shut.", [("4 per cent", 4, "%"), ("30", 30, "")]),
])
def test_a_percent_word_without_a_figure_labels_the_bare_figure_after_it(text: str, expected: list) -> None:
    assert [(c.text, c.value, c.unit) for c in claims_in(text)] == expected


def test_a_header_in_local_currency_units_gives_no_currency_to_its_figures() -> None:
    # '(LCU per US$)' names the dollar only as the denominator: the figure is in each country's own currency.
    text = ("The official exchange rate (LCU per US$, period average) in Ruritania was 12.5 in 2020. "
            "Over the past 30 years this indicator reached a maximum value of 19.75 in 2003.")
    units = {c.text: c.unit for c in claims_in(text)}
    assert units["12.5"] == "" and units["19.75"] == ""
    assert one_claim("Exports (current US$, billions) reached 4.2 last year.").unit == "USD"


@pytest.mark.parametrize("text, periods", [
    # the year right after the first figure is its own; a new clause after 'and' does not inherit it
    ("Exports are up from 4.1 million tonnes in 2021 and push the country's total shipments to 9.8 million tonnes.",
     {"4.1 million tonnes": "2021", "9.8 million tonnes": None}),
    # 'and' with a bare second item shares the year
    ("Exports rose 5% in 2022 and imports 3%.", {"5%": "2022", "3%": "2022"}),
    # a year before both figures dates both
    ("In 2022, exports rose 5% and the trade office raised its total forecast to 9.8 million tonnes.",
     {"5%": "2022", "9.8 million tonnes": "2022"}),
    # a year after a figure that is no baseline still reaches the next clause's figure
    ("Grain output hit 21 million tonnes in 2022 and the harvest of the northern farms came to 7.5 million tonnes.",
     {"21 million tonnes": "2022", "7.5 million tonnes": "2022"}),
])
def test_a_year_right_after_an_earlier_figure_is_that_figures(text: str, periods: dict[str, str | None]) -> None:
    found = {c.text: c.period for c in claims_in(text, NOV_2023)}
    assert {k: found.get(k, "missing") for k in periods} == periods


@pytest.mark.parametrize("text, period", [
    ("Wheat yields rose 2 % a year in the 1970s.", "1970/1979"),
    ("Wheat yields rose 2 % a year in the 2000s.", "2000/2009"),
    # 'the 1900s' is usually the century: no decade is read
    ("Wheat yields rose 2 % a year in the 1900s.", None),
    ("Wheat yields rose 2 % a year in the 1800s.", None),
    # a decade still running ends at the draft's year
    ("Wheat yields have risen 2 % a year in the 2020s.", "2020/2023"),
])
def test_a_decade_is_ten_years_up_to_the_drafts_year(text: str, period: str | None) -> None:
    [claim] = claims_in(text, NOV_2023)
    assert claim.period == period


def test_each_row_of_a_table_in_plain_copy_is_its_own_sentence() -> None:
    """A draft with no front matter, emphasis or links still reads a table row by row: a row's figure
    takes its own row's country, never every country of the table."""
    table = ("Harvests by country.\n\n| Rank | Country | Wheat (kt) |\n|---|---|---|\n"
             "| 1 | Ireland | 640 |\n| 2 | Portugal | 90 |\n")
    found = claims_in(table)
    assert [c.sentence for c in found] == ["| 1 | Ireland | 640 |", "| 2 | Portugal | 90 |"]
    assert [c.entities for c in found] == [["Ireland"], ["Portugal"]]


def test_a_table_whose_rows_name_no_place_is_about_the_drafts_places() -> None:
    """A country's own table of years names the country only above it; countries as column headers
    name it only in the header: neither leaves a row's figure with no place."""
    own = ("# Uruguay's harvest\n\nUruguay's farm ministry published its series.\n\n"
           "| Year | Soy (Mt) |\n|---|---|\n| 2019 | 2.8 |\n| 2020 | 1.9 |\n")
    assert [c.entities for c in claims_in(own)] == [["Uruguay"], ["Uruguay"]]
    across = "Soy output by year.\n\n| Year | Uruguay | Paraguay |\n|---|---|---|\n| 2019 | 2.8 | 10.1 |\n"
    assert all("Uruguay" in c.entities for c in claims_in(across))


def test_a_base_year_in_a_column_header_does_not_date_the_column() -> None:
    """'constant 2016 prices', 'since 2012', 'vs 2018' name a base year: the figure's own row (or its
    sentence) dates it, never the base."""
    table = ("Farm output in Ghana.\n\n| Year | Output (constant 2016 US$ bn) | Change vs 2018 (%) |\n"
             "|---|---|---|\n| 2021 | 14.2 | 3.5 |\n")
    found = [(c.text, c.period) for c in claims_in(table) if c.text in ("14.2", "3.5")]
    assert found == [("14.2", "2021"), ("3.5", "2021")]
    since = "| Country | Yield growth since 2012 (%) |\n|---|---|\n| Ghana | 17 |\n"
    assert [c.period for c in claims_in(since)] != ["2012"]


def test_a_header_ending_in_no_or_position_is_no_rank_column() -> None:
    """Only 'rank'/'ranking' mark a rank column by the header's last word; 'Farms no.' counts farms."""
    table = "| Region | Farms no. | World rank |\n|---|---|---|\n| Ghana | 4,100 | 12 |\n"
    assert [c.value for c in claims_in(table)] == [4100]


def test_a_bare_unemployment_column_of_counts_is_no_percent() -> None:
    """'Unemployment' may head people out of work or a rate: a figure above 100 counts people."""
    table = "| Region | Unemployment |\n|---|---|\n| Ghana | 2,315,000 |\n| Togo | 6.1 |\n"
    assert [(c.value, c.unit) for c in claims_in(table)] == [(2315000, ""), (6.1, "%")]


def test_a_pasted_bullet_against_its_text_opens_an_item() -> None:
    """'•Togo 3.9% in 2021' with no space after the bullet is still its own item: its year stays its own."""
    for head in ("", "---\ntitle: Prices\n---\n"):
        found = claims_in(head + "Prices by country:\n\n• Ghana 5.2%\n•Togo 3.9% in 2021\n")
        assert [(c.text, c.period, c.entities) for c in found] == [("5.2%", None, ["Ghana"]),
                                                                   ("3.9%", "2021", ["Togo"])]


def test_an_escaped_pipe_stays_inside_its_cell() -> None:
    r"""'Ghana \| Accra' is one cell: the figure after it is still in the column headed 'Cocoa (kt)'."""
    table = "| Place | Cocoa (kt) |\n|---|---|\n| Ghana \\| Accra | 650 |\n"
    assert [(c.value, c.unit) for c in claims_in(table)] == [(650000.0, "t")]


def test_a_column_subject_drops_a_base_year_and_its_parenthesis() -> None:
    table = ("| Country | Yield growth since 2012 (%) | Output (constant 2016 US$ bn) |\n|---|---|---|\n"
             "| Ghana | 17 | 14.2 |\n")
    assert [c.subject for c in claims_in(table) if c.text in ("17", "14.2")] == ["Yield growth", "Output"]


def test_the_cached_tables_of_a_text_cannot_be_changed_by_a_caller() -> None:
    from workbench import structure

    text = "| A | B |\n|---|---|\n| x | 1 |\n| y | 2 |\n"
    _, tables = structure._tables(text)
    assert all(isinstance(rows, tuple) for _, _, rows in tables)


def test_a_table_header_is_read_once_for_every_row_of_its_column() -> None:
    """Each figure of a column asks its header for a year, a subject, a rank and a unit: the header cell is
    read once per table, and every row's figures get the same reading."""
    from workbench.extraction.headers import TableHeaders

    table = ("| Region | Harvest, 2021 (thousand tonnes) | Rank |\n|---|---|---|\n"
             "| North | 410 | 2 |\n| South | 385 | 3 |\n| East | 96 | 7 |\n")
    tables = TableHeaders(table)
    headers = [tables.column_at(table.index(figure)) for figure in ("410", "385", "96")]
    assert headers[0] is not None and all(h is headers[0] for h in headers)
    assert (headers[0].year, headers[0].subject, headers[0].is_rank) == ("2021", "Harvest", False)
    assert tables.rank_cell(table.index("| 3 |") + 2) and not tables.rank_cell(table.index("385"))
    assert [(c.text, c.value, c.unit, c.period) for c in claims_in(table)] == [
        ("410", 410000.0, "t", "2021"), ("385", 385000.0, "t", "2021"), ("96", 96000.0, "t", "2021")]
