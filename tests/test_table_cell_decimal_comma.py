"""A figure that is all a table's cell holds, written with a decimal comma ('| 4,2 |'), as tables of
copy in French, Spanish, German or Russian print them: a decimal, for a lone cell's comma is no list's
and groups no thousands. A comma before three digits still groups thousands, and a comma in running
text still needs a unit or scale after it. In a table of years across and measures down, a row's label
naming a rate ('Inflation rate') makes its cells percents, as a column's header does. The rows are
written here."""

from __future__ import annotations

import pytest

from workbench.extraction import extract_text


def _values(text: str) -> dict[str, float]:
    return {c.text: c.value for c in extract_text(text)}


@pytest.mark.parametrize("row", [
    "| Taux de chômage | 7,3 | 7,1 | 6,9 |",
    "Tasa de desempleo | 7,3 | 7,1 | 6,9 |",
    "| Arbeitslosenquote | 7,3 | 7,1 | 6,9",
    "| Уровень безработицы | 7,3 | 7,1 | 6,9 |",
])
def test_a_cells_decimal_comma_is_read_in_any_language(row: str) -> None:
    assert _values(row) == {"7,3": 7.3, "7,1": 7.1, "6,9": 6.9}


def test_a_cells_comma_before_three_digits_still_groups_thousands() -> None:
    assert _values("| Visitors | 12,500 | 13,100 |") == {"12,500": 12500.0, "13,100": 13100.0}


def test_a_comma_between_figures_in_running_text_is_no_decimal() -> None:
    assert "1,2" not in _values("Chapters 1,2 and 3 were read aloud.")


def test_a_cell_holding_more_than_the_figure_keeps_the_running_text_rule() -> None:
    assert "7,3" not in _values("| Scores 7,3 and 9 | total |")


def _units_and_periods(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.unit, c.period) for c in extract_text(text)}


def test_a_rows_label_naming_a_rate_makes_its_cells_percents_under_years_across() -> None:
    table = ("| Year | 2019 | 2020 | 2021 |\n|---|---|---|---|\n"
             "| Unemployment rate | 5,2 | 6,8 | 6,1 |\n| Inflation rate | 3.1 | 2.2 | 4.7 |\n")
    read = _units_and_periods(table)
    assert read["6,8"] == ("%", "2020")
    assert read["4.7"] == ("%", "2021")


def test_a_rows_label_naming_a_count_leaves_its_cells_bare() -> None:
    table = "| Year | 2019 | 2020 |\n|---|---|---|\n| Visitors | 5200 | 6800 |\n"
    assert _units_and_periods(table)["6800"][0] in (None, "")
