"""An encyclopedia infobox's trend icon, pasted as its alt text before a figure ('Increase', 'Neutral increase',
'Aumento$'), is layout: the figure is the level the row states, read with its own scale and currency, and the icon's
words are no subject. A title-case headline's verb before a figure stays a change. Sentences written for these tests."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from extraction_helpers import extracted

from workbench.numbers import data_json


@pytest.mark.parametrize("text, surface, unit, value", [
    ("Increase $2.340 trillion[7] (9th)", "$2.340 trillion", "USD", 2.34e12),
    ("• Total Decrease $412.5 billion (30th)", "$412.5 billion", "USD", 412.5e9),
    ("• Totale Aumento$ 231,118 miliardi ( 41° )", "$ 231,118 miliardi", "USD", 231.118e9),
    ("• PIB total Disminución$ 88,4 millones", "$ 88,4 millones", "USD", 88.4e6),
    ("Increase ₹2.340 trillion[7] (9th)", "₹2.340 trillion", "INR", 2.34e12),  # any currency sign, not only '$'
    ("• Total Decrease ₸412.5 billion (30th)", "₸412.5 billion", "KZT", 412.5e9),
])
def test_a_trend_icon_before_money_leaves_a_level_with_its_scale(tmp_path: Path, text: str, surface: str, unit: str,
                                                                  value: float) -> None:
    money = [c for c in extracted(tmp_path, text) if c["unit"] == unit]
    assert [(c["text"], c["value"], c["kind"]) for c in money] == [(surface, pytest.approx(value), "level")]


@pytest.mark.parametrize("text, surface", [
    ("•  2020 estimate Neutral increase 7,204,118[2] (88th)", "7,204,118"),
    ("•  2019 census Positive decrease 7,204,118", "7,204,118"),
    ("Steady 0.781 (52nd)", "0.781"),
])
def test_a_trend_icon_before_a_count_is_no_change_and_no_subject(tmp_path: Path, text: str, surface: str) -> None:
    claim = next(c for c in extracted(tmp_path, text) if c["text"] == surface)
    assert not claim["kind"].startswith("change")
    subject = (claim.get("subject") or "").lower()
    assert "increase" not in subject and "neutral" not in subject and "steady" not in subject


def test_a_headline_verb_before_a_figure_stays_a_change(tmp_path: Path) -> None:
    claim = next(c for c in extracted(tmp_path, "Ruritanian Exports Increase 6% in March") if c["unit"] == "%")
    assert claim["kind"] == "change"


def test_the_table_of_currency_signs_holds_every_sign_unicode_has() -> None:
    """The trend mark reads its signs from currencies.json (no scan of every code point at start-up): a newer
    Unicode's signs must be added there, which this says."""
    table = data_json("currencies.json")["currency_signs"]["signs"]
    unicode = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Sc")
    assert sorted(set(table)) == sorted(table) == sorted(unicode), sorted(set(unicode) ^ set(table))
