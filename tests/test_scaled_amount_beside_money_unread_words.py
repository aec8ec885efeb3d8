"""A scaled amount that counts nothing, after money of the same scale word, joined to it by words the gloss left in
their own script (a participle such as 'planned' or 'foreseen' that the glossary lacks): the linking word may be
among them, so the amount is a second sum of that money. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_languages import _extracted as _figures


@pytest.mark.parametrize(("text", "values", "unit"), [
    ("Видатки міста становитимуть 4,2 млрд гривень при запланованих 3,9 млрд.", (4.2e9, 3.9e9), "UAH"),
    ("Разходите на фонда ще достигнат 2,6 млрд. лв. срещу предвидени 2,4 млрд.", (2.6e9, 2.4e9), "BGN"),
    ("Приходите на общината ще са 12,4 млн. лв. при планирани 11,8 млн.", (12.4e6, 11.8e6), "BGN"),
])
def test_a_scaled_amount_after_money_across_unread_words_is_that_money(
        tmp_path: Path, text: str, values: tuple[float, float], unit: str) -> None:
    assert [(value, read_unit) for _, value, read_unit in _figures(tmp_path, text)] == [
        (pytest.approx(values[0]), unit), (pytest.approx(values[1]), unit)]
