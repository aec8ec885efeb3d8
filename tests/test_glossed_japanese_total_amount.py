"""Japanese '総額' (total amount) is read: 'GDP総額' is the economy's GDP as a total, as economic-data tables and
copy write it, so a sentence or a table's row naming it leaves no word unread and the English reading's verdict
stands instead of a review for an unknown word.

Packages are World Bank-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.fixture()
def chile_gdp(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Chile", 2030): 20e6}, {("Chile", 2030): 310.4e9})


def test_total_amount_is_a_known_word() -> None:
    assert unknown_words("チリのGDP総額は2030年に$3,100億となった。", "ja", capitals=True) == []


@pytest.mark.parametrize(("figure", "verdict"), [("$3,100億", Verdict.supported), ("$3,900億", Verdict.contradicted)])
def test_a_gdp_total_in_a_japanese_sentence_is_judged(chile_gdp: list[Path], figure: str, verdict: Verdict) -> None:
    text = f"チリのGDP総額は2030年に{figure}となった。"
    assert claim_results(text, chile_gdp, "2031-06-01")[figure].verdict is verdict


def test_a_gdp_total_row_under_a_year_header_is_judged(chile_gdp: list[Path]) -> None:
    text = "チリ経済の概要\n\n項目 | 2030年 |\n\nGDP総額 | $3,100億 |"
    assert claim_results(text, chile_gdp, "2031-06-01")["$3,100億"].verdict is Verdict.supported
