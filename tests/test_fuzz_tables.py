"""Tables as people paste them, then broken: ragged rows, huge and empty cells, odd year headers, pipes and
tabs mixed, CRLF, direction and zero-width marks, Arabic-Indic digits, rows of thousands of figures. Every
draft extracts with exact offsets, and the cost of a table grows with its size, never with its size squared
(fourth crash hunt, benchmarks/README.md)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.drafts import parse_draft
from workbench.extraction import extract, extract_text
from workbench.structure import plain_row_at, plain_tables

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_ARABIC_INDIC = str.maketrans("0123456789.", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u066b")
_ODD = st.sampled_from(["\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00a0", "\t", "\r", ""])
_FIGURE = st.one_of(
    st.integers(-10**12, 10**12).map(str),
    st.decimals(-10**6, 10**6, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.integers(0, 100).map(lambda n: f"{n}.{n % 7}%"),
    st.integers(1000, 99999).map(lambda n: f"{n:,}"),
    st.integers(0, 9999).map(lambda n: str(n).translate(_ARABIC_INDIC)),
    st.sampled_from(["—", "-", "n/a", "", "Jul / 2022", "9" * 400, "12,3", "\u22121.2"]))
_LABEL = st.sampled_from(["Romania", "ROMANIA LEU", "Turkey lira", "México", "Россия", "السعودية", "*Chile", "", "Total",
                          "Bucharest region", "x" * 5000, "Euro area (19)", "A|B"])
_HEADER = st.one_of(
    st.lists(st.sampled_from(["2023", "2022", "202", "20233", "1899", "2199", "\u0662\u0660\u0662\u0663", ""]),
             min_size=0, max_size=6).map(lambda years: "COUNTRY CURRENCY " + " ".join(years)),
    st.sampled_from(["Exchange rates, lei per unit of currency", "CO2 (kt)[2] Per capita (t)", "", "| Country | 2023 |",
                     "Population (millions)", "Country\t2023\t2022"]))
_SEPARATOR = st.sampled_from([" ", "  ", "\t", " | ", "|", " \t "])
_EOL = st.sampled_from(["\n", "\r\n"])


@st.composite
def _tables(draw: st.DrawFn) -> str:
    eol = draw(_EOL)
    lines = [draw(st.sampled_from(["The table shows exchange rates against the dollar:", "Inflation in 2023:", ""])),
             draw(_HEADER)]
    if draw(st.booleans()):
        lines.append("|" + "|".join(["---"] * draw(st.integers(1, 5))) + "|")
    for _ in range(draw(st.integers(0, 8))):
        row = [draw(_LABEL), *draw(st.lists(_FIGURE, max_size=8))]
        line = draw(_SEPARATOR).join(row)
        if draw(st.booleans()):
            line = draw(st.sampled_from(["| ", ""])) + line + draw(st.sampled_from([" |", ""]))
        at = draw(st.integers(0, len(line)))
        lines.append(line[:at] + draw(_ODD) + line[at:])
    return eol.join(lines) + eol


@SETTINGS
@given(st.lists(_tables(), min_size=1, max_size=3), st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
def test_any_table_extracts_with_exact_offsets(tables: list[str], between: str) -> None:
    draft = parse_draft(between.join(tables).encode("utf-8"), "d.md")
    for claim in extract(draft):
        assert draft.text[claim.start:claim.end] == claim.text
    for _, _, body_end, rows in plain_tables(draft.prose):
        for row in rows:
            found = plain_row_at(draft.prose, row)
            assert found is not None and found.start == row and found.end <= body_end
            assert all(0 <= a < b <= found.end - found.start for a, b in found.cells)


def _row_of(figures: int) -> str:
    """An exchange-rate table whose second row holds ``figures`` figures."""
    return ("Average exchange rates against the dollar:\nCOUNTRY CURRENCY 2023 2022\nROMANIA LEU "
            + " ".join(f"4.{i % 90 + 10}" for i in range(figures)) + "\nTURKEY LIRA 23.7 16.5\nCHILE PESO 840.1 873.3\n")


def _cpu(text: str) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(2):
        start = time.process_time()
        count = len(extract_text(text))
        best = min(best, time.process_time() - start)
    return best, count


def test_a_row_of_thousands_of_figures_costs_linear_time() -> None:
    """Each figure of a plain-text row used to split its whole row again (and the numeral pattern's look-ahead
    for 'threefold' ran to the row's end): 1,000 figures took 3 s, 2,000 took 12 s. Ten times the
    figures may now cost about ten times as much, not a hundred."""
    _cpu(_row_of(50))  # warm-up: modules and patterns
    small, small_count = _cpu(_row_of(250))
    large, large_count = _cpu(_row_of(2500))
    assert small_count >= 250 and large_count >= 2500
    assert large < 20 * max(small, 0.01), (small, large)


def test_each_figure_of_a_long_row_keeps_its_column_and_its_currency() -> None:
    claims = extract_text(_row_of(1000))
    romanian = [c for c in claims if c.subject and "ROMANIA" in c.subject.upper()]
    assert len(romanian) >= 1000
    assert {c.unit for c in romanian} == {"RON"}, {c.unit for c in romanian}
    # the rows after the long one are read as their own records
    assert [(c.value, c.unit) for c in claims[-2:]] == [(840.1, "CLP"), (873.3, "CLP")]
