"""A year named right after a word — a change's base ('since 2010', 'compared with 2021', 'over the level of 2007'),
a 'since' opening a sentence, a year preposition after a figure — is read by one pattern
(verify/periods/base_words.py ``year_after_words``): 'the year' may stand before the year, and a year that opens a
range ('since 2010 until 2015', 'since 2010 to May', a fiscal year 'since 2010/11') is no base. Invented sentences."""

from __future__ import annotations

import pytest

from workbench.extraction import extract_text
from workbench.verify.periods.base_words import base_year_after, compared_base_year


def _change(text: str, figure: str = "12 %"):
    claims = {c.text: c for c in extract_text(text)}
    assert figure in claims, list(claims)
    return claims[figure]


@pytest.mark.parametrize(("text", "base"), [
    ("Uganda's coffee exports rose 12 % since 2010.", 2010),
    ("Uganda's coffee exports rose 12 % over the level of 2007.", 2007),
    ("Uganda's coffee exports rose 12 % compared with 2021.", 2021),
    ("Uganda's coffee exports rose 12 % compared with the year 2021.", 2021),
])
def test_the_base_year_after_a_change(text: str, base: int) -> None:
    assert base_year_after(_change(text)) == base


@pytest.mark.parametrize("text", [
    "Uganda's coffee exports rose 12 % since 2010 until 2015.",
    "Uganda's coffee exports rose 12 % since 2010 to May.",
    "Uganda's coffee exports rose 12 % since 2010/11.",
])
def test_a_year_opening_a_range_is_no_base(text: str) -> None:
    assert base_year_after(_change(text)) is None


def test_a_comparison_with_the_year_is_one_year_against_another() -> None:
    assert compared_base_year(_change("Uganda's coffee exports rose 12 % compared with the year 2021.")) == 2021
    assert compared_base_year(_change("Uganda's coffee exports rose 12 % since 2021.")) is None
