"""Shapes of pasted plain-text tables: a Markdown table without outer pipes is no plain table, a list
of whole numbers under a dated header is a table, and only a line of years dates its columns."""

from __future__ import annotations

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.structure import plain_header_cells, plain_tables, table_row_starts


def test_a_markdown_table_without_outer_pipes_is_read_once_with_clean_subjects() -> None:
    text = "Inflation in 2022:\n\nCountry | Rate (%)\n--- | ---\nKenya | 7.6\nPeru | 7.9\nChile | 11.6\n"
    assert plain_tables(text) == ()
    starts = table_row_starts(text)
    assert len(starts) == len(set(starts)) == 3
    subjects = {c.text: c.subject for c in extract(parse_draft(text.encode(), "d.md"))}
    assert subjects and all(s is None or "|" not in s for s in subjects.values()), subjects


def test_whole_numbers_under_a_dated_header_are_a_table() -> None:
    text = "Residents counted in the 2021 census\nLagos 15388000\nKano 4219000\nIbadan 3649000\n"
    claims = {c.text: c for c in extract(parse_draft(text.encode(), "d.md"))}
    assert {"15388000", "4219000", "3649000"} <= set(claims), claims
    assert claims["4219000"].subject == "Kano"


def test_a_boeing_list_without_a_header_stays_names() -> None:
    assert plain_tables("The fleet:\n\nBoeing 737\nAirbus 320\nEmbraer 190\n") == ()


def test_only_a_line_of_years_dates_a_tables_columns() -> None:
    assert plain_header_cells("Population, 2010-2020", 2) is None
    assert plain_header_cells("Residents 1990 vs 2020", 2) is None
    assert plain_header_cells("COUNTRY 2020 2010", 2) == ["2020", "2010"]
    assert plain_header_cells("2020 2010", 2) == ["2020", "2010"]
