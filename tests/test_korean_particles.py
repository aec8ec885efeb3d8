"""Korean particles are glued to the end of a spaced word ('물가가'): read only there, never as a syllable
inside another word, and the words that bound a figure ('이상', '미만') and 'about' ('약') are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


def _gloss(text: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), "ko")]).text


def test_a_particle_inside_a_word_is_no_particle() -> None:
    glossed = _gloss("올해 에너지 가격이 크게 올랐다.")
    assert "에너지" in glossed  # '에' (in) and '가' (subject) are syllables of these words here
    assert "가격" in glossed


@pytest.mark.parametrize("text, qualifier", [
    ("올해 전기 요금은 10% 이상 오를 전망이다.", "ge"),
    ("올해 택시 요금 인상 폭은 10% 미만으로 묶였다.", "le"),
    ("올해 전기 요금은 약 10% 오를 전망이다.", "approx"),
])
def test_bound_and_about_words_qualify_the_figure(tmp_path: Path, text: str, qualifier: str) -> None:
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["qualifier"]) for c in claims] == [(pytest.approx(10), qualifier)]


def test_a_lower_bound_is_not_contradicted_by_a_higher_row(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("South Korea", 2022): 6.8})
    results = claim_results("2022년 한국의 소비자물가 상승률은 4% 이상이었다.", [cpi], "2023-03-01")
    assert results["4%"].verdict is Verdict.supported, results["4%"].explanation
    assert results["4%"].evidence[0].period == "2022"
