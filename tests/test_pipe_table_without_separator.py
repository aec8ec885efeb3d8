"""A table pasted as pipe-separated lines with no Markdown separator row ('Nation | Emissions (1000
tons of C) | Per capita (tons/capita) | Per capita (rank) |' over '3. Chile | 150,210 | 8.16 | (12) |'),
perhaps with blank lines between: each cell takes its column's unit, scale ('1000 tons'), substance
('of C') and the period the paragraph above gives; a column of ranks holds no claims. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, population_package

from workbench.extraction.headers import TableHeaders, header_unit
from workbench.models import Verdict
from workbench.structure import table_start

PER_CAPITA = {"CHILE": 8.16, "PERU": 5.0}  # tonnes of carbon per person
TOTALS = {"CHILE": 150_000, "PERU": 160_000}  # thousand tonnes of carbon

TITLE = "National CO2 emissions from fossil fuels and cement"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    totals = {(country, year): TOTALS[country] - (2016 - year) * 9000 for country in TOTALS for year in (2015, 2016)}
    per_capita = {(country, year): PER_CAPITA[country] - (2016 - year) * 0.4 for country in TOTALS for year in (2015, 2016)}
    return carbon_package(tmp_path_factory.mktemp("pipes") / "carbon-by-nation", totals, per_capita, TITLE)


TABLE = ("Our ranking of the biggest emitters of the region (figures are for 2016).\n"
         "Nation | Emissions (1000 tons of C) | Per capita (tons of C/capita) | Per capita (rank) |\n"
         "{gap}3. Chile | 150,210 | 8.16 | (12) |\n"
         "{gap}4. Peru | 171,000 | 4.2 | (30) |")


@pytest.mark.parametrize("gap", ["", "\n"])
def test_each_cell_takes_its_columns_unit_scale_and_substance(package: Path, gap: str) -> None:
    results = claim_results(TABLE.format(gap=gap), [package], date="2018-03-01")
    chile_total, peru_total = results["150,210"], results["171,000"]
    assert chile_total.verdict is Verdict.supported, chile_total.explanation
    assert chile_total.evidence[0].period == "2016"
    assert chile_total.evidence[0].value == pytest.approx(TOTALS["CHILE"] * 1000), chile_total.explanation
    assert peru_total.verdict is Verdict.contradicted, peru_total.explanation
    assert results["8.16"].verdict is Verdict.supported, results["8.16"].explanation
    assert results["8.16"].evidence[0].value == pytest.approx(PER_CAPITA["CHILE"])
    assert results["4.2"].verdict is Verdict.contradicted, results["4.2"].explanation


def test_a_rank_column_holds_no_claims(package: Path) -> None:
    results = claim_results(TABLE.format(gap=""), [package], date="2018-03-01")
    assert not {"12", "30", "(12)", "(30)"} & set(results)


def test_only_a_header_of_words_as_wide_heads_the_rows() -> None:
    crumbs = "Home | Climate |\nChile | 150,210 | 8.16 |"
    prose = "Nation | Emissions (1000 tons of C) |\nThe ministry gave the ranking below.\n3. Chile | 150,210 |"
    header = "Nation | Emissions (1000 tons of C) |\n\n3. Chile | 150,210 |\n4. Peru | 171,000 |"
    assert TableHeaders(crumbs).column_at(crumbs.index("150,210")) is None  # three cells over two
    assert TableHeaders(prose).column_at(prose.index("150,210")) is None  # prose between: no header of the row
    column = TableHeaders(header).column_at(header.index("171,000"))
    assert column is not None and column.text == "Emissions (1000 tons of C)"


def test_a_number_of_units_in_a_header_is_its_scale_but_a_rate_base_is_not() -> None:
    assert header_unit("1000 tons of C")[:2] == ("t", 1000)
    assert header_unit("1,000 tonnes")[:2] == ("t", 1000)
    assert header_unit("tons/capita")[0] == "t"
    assert header_unit("deaths per 1,000 people")[1] is None


def test_a_row_of_words_inside_a_markdown_table_heads_no_table_of_its_own() -> None:
    text = "| Region | Total |\n|---|---|\n| Asia | |\n| China | 12 |\n\nNation | Emissions (t) |\nChile | 150 |\n"
    assert table_start(text, text.index("China")) == 0
    assert table_start(text, text.index("Chile")) == text.index("Nation")


SCALED_ROWS = ("Chile at a glance (2015 vs 2016)\n"
               "Indicator | 2015 (actual) | 2016 (actual) |\n\n"
               "Residents | 17.9 million | 18.4 million |\n")


def test_cells_that_write_their_scale_or_unit_are_rows_under_a_header_of_years(tmp_path: Path) -> None:
    package = population_package(tmp_path / "population", {("Chile", 2015): 17_900_000, ("Chile", 2016): 18_100_000})
    results = claim_results(SCALED_ROWS, [package], date="2018-03-01")
    second = results["18.4 million"]  # the second column's figure is 2016's, not the first column's year
    assert second.claim.period == "2016"
    assert second.verdict is Verdict.contradicted, second.explanation
    assert results["17.9 million"].claim.period == "2015"
    row = "Residents | 1,790万人 | $2,250億 | €10,373.79 |"
    text = "Indicator | 2015年 (実績値) | 2016年 | 2017年 |\n\n" + row
    assert table_start(text, text.index("1,790")) == 0  # figures with their unit or scale are a row's cells
    assert TableHeaders(text).column_year(text.index("$2,250")) == "2016"
    years = "Indicator | 3 yrs | 12 months |\nChile | 4.5 | 6.1 |"
    assert TableHeaders(years).column_at(years.index("6.1")).text == "12 months"  # spans head their columns
