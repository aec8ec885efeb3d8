"""A figure that is all a table's cell holds, written with a decimal comma ('| 4,2 |'), as tables of
copy in French, Spanish, German or Russian print them: a decimal, for a lone cell's comma is no list's
and groups no thousands. A comma before three digits still groups thousands, and a comma in running
text still needs a unit or scale after it. The rows are written here."""

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
