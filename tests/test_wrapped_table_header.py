"""A pipe table's header row that a page's copy wrapped onto a second line ('| Year | GDP, local currency |'
over 'GDP at constant prices | GDP in current US dollars, billion | Note |'), pasted without a separator row:
the two lines are one header as wide as the rows under it, and each figure is read under its own column.
Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, publisher_package

from workbench.structure import header_line_cells, table_start

GDP = {("Argentina", 2017): 6.43e11, ("Argentina", 2018): 5.25e11}
HEADER = ("| Year | GDP at current prices, billion pesos |\n"
          "GDP at constant prices | GDP in current US dollars, billion | Note |\n")
TABLE = f"# Argentina\n\n{HEADER}\n| 2017 | 10,660 | - | 643.0 | [1] |\n"


def test_the_wrapped_lines_are_one_header_as_wide_as_the_row() -> None:
    row = TABLE.index("| 2017")
    header = table_start(TABLE, row)
    assert header == TABLE.index("| Year")
    assert header_line_cells(TABLE, header, 5)[3] == "GDP in current US dollars, billion"


def test_a_figure_under_the_wrapped_part_reads_its_column(tmp_path: Path) -> None:
    gdp = publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "GDP (current US$)", GDP)
    assert claim_results(TABLE, [gdp], date="2019-06-01")["643.0"].verdict.value == "supported"


def test_two_header_lines_that_do_not_make_the_row_s_width_head_no_table() -> None:
    text = f"{HEADER}\n| 2017 | 10,660 | 5.1 | 643.0 |\n"  # four cells: neither line's width, nor both
    assert table_start(text, text.index("| 2017")) is None
