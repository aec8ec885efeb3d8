"""A figure about a city or province of the country its paragraph or heading names ('with 4.6
million in the capital') is not the country's figure: the country's row cannot judge it.

Invented figures in a publisher-shaped population package; the sentences are written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict
from workbench.verify.measures.place_part import part_near


@pytest.fixture
def population(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "population", "population", "Population, total", "Population",
                             {("Kenya", 2021): 53_005_614, ("Kenya", 2022): 54_027_487})


@pytest.fixture
def inflation(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "inflation", "inflation", "Inflation, consumer prices (annual %)",
                             "Inflation", {("Kenya", 2022): 7.66})


def test_the_words_naming_a_part_are_read_after_the_figure_or_opening_its_clause() -> None:
    line = "It has 54 million people, 4.6 million of them in the capital, Nairobi, and 1.3 million in the port city of Mombasa."
    assert part_near(line, line.index("4.6 million"), "4.6 million") == "the capital, Nairobi"
    assert part_near(line, line.index("1.3 million"), "1.3 million") == "the port city, Mombasa"
    assert part_near(line, line.index("54 million"), "54 million") is None
    opening = "Its largest city, Mombasa, has 1.3 million residents."
    assert part_near(opening, opening.index("1.3"), "1.3 million") == "Its largest city, Mombasa"
    spread = "The country has 54 million people, most of them in small towns."
    assert part_near(spread, spread.index("54"), "54 million") is None  # the whole, spread over its towns
    said = "The minister, speaking in the capital, said the economy grew 5.2 % last year."
    assert part_near(said, said.index("5.2"), "5.2 %") is None  # where it was said, not what the figure counts
    prices = "In 2022 consumer prices in the capital, Nairobi, rose 7.7 %."
    assert part_near(prices, prices.index("7.7"), "7.7 %") == "the capital, Nairobi"


def test_a_city_figure_is_not_judged_by_the_countrys_row(population: Path) -> None:
    text = ("## Kenya\n\nKenya had a population of 54 million in 2022, with 4.6 million in the capital, Nairobi. "
            "Its largest port city, Mombasa, has 9.5 million residents.")
    results = claim_results(text, [population], date="2023-09-01")
    assert results["54 million"].verdict is Verdict.supported  # the country's own figure
    for figure, part in (("4.6 million", "the capital, Nairobi"), ("9.5 million", "Mombasa")):
        result = results[figure]
        assert result.verdict is Verdict.unsupported and not result.evidence, result.explanation
        assert part in result.explanation and "Kenya" in result.explanation, result.explanation


def test_the_urban_or_rural_people_of_a_country_are_not_judged_by_its_row(population: Path) -> None:
    """'live in urban areas', 'in the countryside': the urban and the rural population are parts of the
    country, with or without a determiner; the country's total neither confirms nor refutes them."""
    text = ("## Kenya\n\nIn 2022 some 15.2 million Kenyans lived in urban areas and about 38.8 million "
            "in the countryside.")
    results = claim_results(text, [population], date="2023-09-01")
    for figure in ("15.2 million", "38.8 million"):
        result = results[figure]
        assert result.verdict is Verdict.unsupported and not result.evidence, result.explanation
    line = "Some 4.1 million people live in rural areas."
    assert part_near(line, line.index("4.1 million"), "4.1 million") == "rural areas"
    spread = "The country has 54 million people, most of them in rural areas."
    assert part_near(spread, spread.index("54"), "54 million") is None  # the whole, most of it rural


def test_a_part_counted_above_its_whole_stays_contradicted(population: Path) -> None:
    text = "## Kenya\n\nThe population reached 54 million in 2022, with 60 million in the capital."
    result = claim_results(text, [population], date="2023-09-01")["60 million"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_rate_in_a_city_is_not_the_countrys_rate(inflation: Path) -> None:
    text = "## Kenya\n\nIn 2022 consumer prices in the capital rose 7.7 %, the statistics office said."
    result = claim_results(text, [inflation], date="2023-09-01")["7.7 %"]
    assert result.verdict is Verdict.unsupported and "the capital" in result.explanation, result.explanation


def test_a_named_region_or_metropolitan_area_is_read_as_the_figures_part() -> None:
    opening = "The Rift Valley region recorded the steepest rise, at 9.4 percent, and the Coast region the mildest, at 5.1 percent."
    assert part_near(opening, opening.index("9.4"), "9.4 percent") == "Rift Valley region"
    assert part_near(opening, opening.index("5.1"), "5.1 percent") == "Coast region"
    after = "Prices climbed 8.2 % in Metropolitan Nairobi over the year."
    assert part_near(after, after.index("8.2"), "8.2 %") == "Metropolitan Nairobi"
    county = "In Kisumu County consumer prices rose 6.9 % last year."
    assert part_near(county, county.index("6.9"), "6.9 %") == "Kisumu County"
    capital = "Mexico City's annual inflation slowed to 4.3 % in May."
    assert part_near(capital, capital.index("4.3"), "4.3 %") == "Mexico City"  # a city may take its country's name
    local = "Transport costs drove an annual increase of 8.8 % for the area."
    assert part_near(local, local.index("8.8"), "8.8 %") == "the area"


def test_a_country_or_a_group_named_like_a_region_is_no_part() -> None:
    group = "Consumer prices in the euro area rose 5.4 % in 2023."
    assert part_near(group, group.index("5.4"), "5.4 %") is None
    wide = "Growth in the East Asia and Pacific region slowed to 4.1 % last year."
    assert part_near(wide, wide.index("4.1"), "4.1 %") is None
    continent = "Prices in the Asia region rose 3.8 % on average."
    assert part_near(continent, continent.index("3.8"), "3.8 %") is None
    greater = "Exports from Greater China grew 3.5 % in the first half."
    assert part_near(greater, greater.index("3.5"), "3.5 %") is None
    firm = "Brokerage Sterling Capital expects inflation of 6.5 % next year."
    assert part_near(firm, firm.index("6.5"), "6.5 %") is None
    whole = "Annual inflation in Kenya eased to 7.7 % in 2022, while the Rift Valley region recorded 9.4 %."
    assert part_near(whole, whole.index("7.7"), "7.7 %") is None  # the country's figure beside a region's


def test_a_named_region_opening_its_clause_behind_a_short_phrase_is_the_figures_part() -> None:
    level = "At county level, the Coast Region posted the steepest yearly rise of 11.2 % in 2022."
    assert part_near(level, level.index("11.2"), "11.2 %") == "Coast Region"
    dated = "In 2022, the Nyanza region recorded inflation of 8.8 %."
    assert part_near(dated, dated.index("8.8"), "8.8 %") == "Nyanza region"
    country = "In 2022, Kenya recorded inflation of 7.7 %."
    assert part_near(country, country.index("7.7"), "7.7 %") is None
    wide = "Over the year, the East Asia and Pacific region grew 4.1 %."
    assert part_near(wide, wide.index("4.1"), "4.1 %") is None


def test_a_regions_rate_is_not_judged_by_the_countrys_row(inflation: Path) -> None:
    text = ("## Kenya\n\nAnnual inflation in Kenya reached 7.66 % in 2022, while the Rift Valley region "
            "recorded 12.9 %, the statistics office said.")
    results = claim_results(text, [inflation], date="2023-09-01")
    assert results["7.66 %"].verdict is Verdict.supported  # the country keeps its own row
    region = results["12.9 %"]
    assert region.verdict is Verdict.unsupported and not region.evidence, region.explanation
    assert "Rift Valley region" in region.explanation, region.explanation


def test_a_metropolitan_figure_carried_as_the_area_is_not_left_for_review_by_the_countrys_row(inflation: Path) -> None:
    text = ("## Kenya\n\nFor Metropolitan Nairobi, consumer prices rose 0.6 % in December 2022. "
            "That took the annual increase to 9.1 % for the area.")
    results = claim_results(text, [inflation], date="2023-01-05")
    for figure in ("0.6 %", "9.1 %"):
        result = results[figure]
        assert result.verdict is Verdict.unsupported and not result.evidence, (figure, result.explanation)


def test_a_part_named_behind_of_after_its_country_and_noun_is_not_the_countrys(inflation: Path) -> None:
    # 'the Kenyan county of Nakuru': the country's name stands in the part's words, but its row is not the county's
    found = claim_results("Inflation in the Kenya county of Nakuru was 9.4% in 2022.", [inflation], "2023-03-01")
    assert found["9.4%"].verdict is Verdict.unsupported
    line = "Inflation in the Kenya county of Nakuru was 9.4% in 2022."
    assert part_near(line, line.index("9.4%"), "9.4%") == "the Kenya county, Nakuru"
    whole = claim_results("Inflation in Kenya was 7.7% in 2022.", [inflation], "2023-03-01")
    assert whole["7.7%"].verdict is Verdict.supported


@pytest.mark.parametrize("text, figure", [
    ("## Kenya\n\nIn 2022 the consumer price index of the Nairobi metropolitan area rose 7.7 %, the statistics office said.", "7.7 %"),
    # Spanish puts the adjective after the name: 'Nairobi Metropolitana' reads 'Nairobi metropolitan area' glossed
    ("## Kenia\n\nEn el año 2022, el índice de precios al consumidor de Nairobi Metropolitana subió 7,7 %, según la oficina de estadística.", "7,7 %"),
])
def test_an_index_of_a_named_metropolitan_area_is_not_the_countrys(inflation: Path, text: str, figure: str) -> None:
    result = claim_results(text, [inflation], date="2023-09-01")[figure]
    assert result.verdict is Verdict.unsupported and not result.evidence, result.explanation
    assert "Nairobi" in result.explanation, result.explanation


def test_an_index_of_the_country_itself_is_still_judged(inflation: Path) -> None:
    text = "In 2022 the consumer price index of Kenya rose 7.7 %, the statistics office said."
    assert claim_results(text, [inflation], date="2023-09-01")["7.7 %"].verdict is Verdict.supported


def test_a_capital_named_by_its_countrys_adjective_is_not_the_countrys_figure(population: Path) -> None:
    # 'Kenyan' holds the row's code 'KEN': only a whole word of the part names a row of it
    text = "## Kenya\n\nThe Kenyan capital was home to 4.4 million people in 2022, a census estimate showed."
    result = claim_results(text, [population], date="2023-09-01")["4.4 million"]
    assert result.verdict is not Verdict.contradicted and not result.evidence, result.explanation
    assert "Kenyan capital" in result.explanation, result.explanation


def _county_package(folder: Path) -> Path:
    """A census office's table of the country and its counties, one 'Region' column."""
    (folder / "data").mkdir(parents=True)
    rows = ["Region,Date,Population", "Republic of Kenya,2022-08-01,54027487", "Nairobi City,2022-08-01,4397073",
            "Mombasa County,2022-08-01,1208333", "Kisumu County,2022-08-01,1155574"]
    (folder / "data" / "county_population.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    fields = [{"name": "Region", "type": "string"}, {"name": "Date", "type": "date"},
              {"name": "Population", "type": "integer", "description": "Resident population, persons"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "county-population", "title": "Population by county",
        "sources": [{"title": "Census office", "path": "https://census.example.org"}],
        "resources": [{"name": "county_population", "path": "data/county_population.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


def test_a_capital_named_by_its_noun_alone_beside_a_table_of_the_countrys_parts_is_for_review(
        population: Path, tmp_path: Path) -> None:
    # the county table may hold the capital's row, and the text names none of its rows: a person decides
    text = "## Kenya\n\nThe Kenyan capital was home to 4.4 million people in 2022, a census estimate showed."
    result = claim_results(text, [population, _county_package(tmp_path / "counties")], date="2023-09-01")["4.4 million"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "part_unnamed"), result.explanation
    # with no table of its parts the part is simply not covered
    alone = claim_results(text, [population], date="2023-09-01")["4.4 million"]
    assert alone.verdict is Verdict.unsupported, alone.explanation


def _units_package(folder: Path) -> Path:
    """A statistics office's wide table of a country's regions and cities: one name column, a column per count."""
    (folder / "data").mkdir(parents=True)
    rows = ["unit_name,level,total,male,female", "Republic of Kazakhstan,country,19800000,9650000,10150000",
            "Pavlodar,city,361000,170500,190500", "Kostanay,city,262000,121000,141000", "Semey,city,327000,157000,170000"]
    (folder / "data" / "units_population_2023-01-01.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    fields = [{"name": "unit_name", "type": "string"}, {"name": "level", "type": "string"},
              *({"name": c, "type": "integer"} for c in ("total", "male", "female"))]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "units-population", "title": "Population of regions and cities",
        "sources": [{"title": "Statistics office", "path": "https://stat.example.org"}],
        "resources": [{"name": "units_population_2023-01-01", "path": "data/units_population_2023-01-01.csv",
                       "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


def test_a_city_the_countrys_series_lacks_but_a_table_of_its_cities_holds_is_for_review(tmp_path: Path) -> None:
    # the country's rows lack the city; the table of regions and cities holds its rows, which the words
    # 'its population' do not reach: not 'nothing can confirm or refute it', a person decides
    countries = publisher_package(tmp_path / "population", "population", "Population, total", "Population",
                                  {("Kazakhstan", 2022): 19_600_000, ("Russian Federation", 2022): 144_200_000})
    units = _units_package(tmp_path / "units")
    text = "Pavlodar lies on the Irtysh river. Its population is 340 thousand people."
    result = claim_results(text, [countries, units], date=None)["340 thousand"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_in_other_table"), result.explanation
    assert "Pavlodar" in result.explanation and "Population of regions and cities" in result.explanation
    # a city no table holds is simply not covered
    elsewhere = "Aktau lies on the Caspian Sea. Its population is 270 thousand people."
    result = claim_results(elsewhere, [countries, units], date=None)["270 thousand"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
    # with no table of cities the city is not covered either
    alone = claim_results(text, [countries], date=None)["340 thousand"]
    assert (alone.verdict, alone.reason) == (Verdict.unsupported, "place_not_covered"), alone.explanation
