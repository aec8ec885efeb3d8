"""Shapes of pasted plain-text tables: a Markdown table without outer pipes is no plain table, a list
of whole numbers under a dated header is a table, and only a line of years dates its columns."""

from __future__ import annotations

from extraction_helpers import claims_in
from workbench.structure import plain_header_cells, plain_tables, table_row_starts


def test_a_markdown_table_without_outer_pipes_is_read_once_with_clean_subjects() -> None:
    text = "Inflation in 2022:\n\nCountry | Rate (%)\n--- | ---\nKenya | 7.6\nPeru | 7.9\nChile | 11.6\n"
    assert plain_tables(text) == ()
    starts = table_row_starts(text)
    assert len(starts) == len(set(starts)) == 3
    subjects = {c.text: c.subject for c in claims_in(text)}
    assert subjects and all(s is None or "|" not in s for s in subjects.values()), subjects


def test_whole_numbers_under_a_dated_header_are_a_table() -> None:
    text = "Residents counted in the 2021 census\nLagos 15388000\nKano 4219000\nIbadan 3649000\n"
    claims = {c.text: c for c in claims_in(text)}
    assert {"15388000", "4219000", "3649000"} <= set(claims), claims
    assert claims["4219000"].subject == "Kano"


def test_a_boeing_list_without_a_header_stays_names() -> None:
    assert plain_tables("The fleet:\n\nBoeing 737\nAirbus 320\nEmbraer 190\n") == ()


def test_only_a_line_of_years_dates_a_tables_columns() -> None:
    assert plain_header_cells("Population, 2010-2020", 2) is None
    assert plain_header_cells("Residents 1990 vs 2020", 2) is None
    assert plain_header_cells("COUNTRY 2020 2010", 2) == ["2020", "2010"]
    assert plain_header_cells("2020 2010", 2) == ["2020", "2010"]


def test_a_plain_tables_rows_are_tokenised_once_however_many_figures_they_hold(monkeypatch, pure_python) -> None:
    """Each line is read into cells once when its table is found; asking for every figure's row, cell,
    label and column afterwards reuses those cells (a wide table no longer costs rows × figures)."""
    from workbench import structure

    years = " ".join(str(year) for year in range(2024, 2004, -1))
    rows = [f"Region {name} " + " ".join(f"{i}.{j}" for j in range(20)) for i, name in enumerate("ABCDEFGH")]
    text = "Output by region (tonnes)\n\nZONE " + years + "\n" + "\n".join(rows) + "\n"
    tokenised: list[str] = []
    real = structure.plain_row_cells

    def counting(line: str) -> list[tuple[int, int]] | None:
        tokenised.append(line)
        return real(line)

    structure.clear_table_cache()
    monkeypatch.setattr(structure, "plain_row_cells", counting)
    claims = claims_in(text)
    assert len([c for c in claims if c.subject and c.subject.startswith("Region")]) >= 8 * 20 - 8
    row_lines = [line for line in tokenised if line.startswith("Region")]
    assert sorted(row_lines) == sorted(rows), "a row was tokenised more than once"
    # and the cells handed out are the cells of the line
    for start in structure.table_row_starts(text):
        row = structure.plain_row_at(text, start)
        assert row is not None and list(row.cells) == real(text[row.start:row.end])


def test_a_rows_line_end_is_found_as_the_multiline_pattern_finds_it() -> None:
    """Which lines may be a table's row is read at each line's end (not by a regex search over every
    character): the same lines as ``(?:\\d(?: ?%)?|[-–—])[ \\t]*\\r?$`` in multi-line mode ('7 %': a percent set
    apart from its figure), on text made of the
    characters that decide it (digits of two scripts, '%', dashes, blanks, carriage returns, letters)."""
    import random
    import re

    from workbench.structure import _lines_ending_in_a_cell

    pattern = re.compile(r"(?:\d(?: ?%)?|[-\u2013\u2014])[ \t]*\r?$", re.M)
    alphabet = ["7", "٣", "%", "-", "\u2013", "\u2014", " ", "\t", "\r", "\n", "\n", "a", "Z", ".", "x%"]
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        expected = [(text.rfind("\n", 0, m.start()) + 1, m.end()) for m in pattern.finditer(text)]
        assert _lines_ending_in_a_cell(text) == expected, repr(text)


def test_a_table_with_windows_line_ends_and_trailing_blanks_is_a_table() -> None:
    text = ("Harbour tonnage, 2023\r\nRiverport 4.2% \r\nSaltbay 3.9%\t\r\nNorthquay 5.1%\r\n"
            "Eastdock 2.0 \r\n")
    tables = plain_tables(text)
    assert len(tables) == 1 and len(tables[0][3]) == 4, tables
