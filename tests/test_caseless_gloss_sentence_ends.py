"""A sentence of a script without case (Korean, Arabic) ends at its '.' in the English gloss too: its first word's
English opens with a capital, so the English reading does not run the sentence before on into it. Otherwise a year
the sentence before names (a plan's target year) seems written in the figure's own sentence, and an undated draft's
'last year' (지난해) counted from the day of the check looks dated by the text: a guessed year judged as if written.
Invented figures; sentences written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("caseless") / "cpi")


def test_a_korean_sentence_after_a_full_stop_opens_with_a_capital_in_english() -> None:
    text = "정부는 물가상승률을 낮출 계획이다. 지난해 칠레의 물가상승률은 6%였다."
    glossed = gloss_paragraphs(text, [(0, len(text), "ko")]).text
    assert ". Last year" in glossed, glossed


def test_last_year_of_an_undated_korean_page_is_no_year_of_the_sentence_before(cpi: Path) -> None:
    # the sentence before names the very year 'last year' counts to from the day of the check
    counted = dt.date.today().year - 1
    text = f"관광산업 규모는 GDP의 1%에 불과하지만 {counted}년 5%로 올린다는 계획이다. 지난해 칠레의 물가상승률은 6%였다."
    result = next(r for surface, r in claim_results(text, [cpi], None).items() if surface.startswith("6%"))
    assert result.verdict is Verdict.needs_review, result.explanation
