"""Money words glued to their figure, as hurried copy and scraped tables write them: a word several currencies
share ('17.8311pesos', '5,600shillings') is read as it is spaced — the currency of the country its sentence names
— and an Indian scale glued to money ('₹12cr', 'Rs 5crore', '1.2lakh rupees') multiplies it, where a glued
scale with no money near ('18Cr' steel, '3hundred') is no scale. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_languages import _extracted as _figures


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("In Mexico a kilo of tortillas rose to 27.50pesos last month.", 27.5, "MXN"),
    ("The Mexican peso ended the week at 17.8311pesos per dollar.", 17.8311, "MXN"),
    ("In Kenya a bag of maize now sells at 5,600shillings in Eldoret.", 5600, "KES"),
    ("In Tunisia a litre of milk costs 1.350dinars at the corner shop.", 1.35, "TND"),
])
def test_a_shared_currency_word_glued_to_its_figure_is_the_countrys_money(
        tmp_path: Path, text: str, value: float, unit: str) -> None:
    assert [(read, read_unit) for _, read, read_unit in _figures(tmp_path, text)] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(("text", "value"), [
    ("The company's net profit rose to ₹12cr in the June quarter.", 12e7),
    ("The civic body approved works worth Rs 5crore on Monday.", 5e7),
    ("Each family receives 1.2lakh rupees under the housing scheme.", 1.2e5),
])
def test_an_indian_scale_glued_to_money_multiplies_it(tmp_path: Path, text: str, value: float) -> None:
    assert [(read, unit) for _, read, unit in _figures(tmp_path, text)] == [(pytest.approx(value), "INR")]


@pytest.mark.parametrize("text", [
    "The plant rolls 18Cr stainless sheet for kitchens.",
    "The studio lists 3hundred as its working title.",
])
def test_a_glued_scale_with_no_money_is_no_scale(tmp_path: Path, text: str) -> None:
    assert _figures(tmp_path, text) == []
