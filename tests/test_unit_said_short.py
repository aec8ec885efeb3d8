"""A unit said short after its full name (pass 18): '417.1 parts' after '420 parts per million'
earlier in the paragraph is in parts per million, in English and in the languages glossed into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


@pytest.mark.parametrize("text, expected", [
    ("The observatory measured 421.3 parts per million in June, against 418.9 parts a year before.",
     [("421.3 parts per million", 421.3, "ppm"), ("418.9 parts", 418.9, "ppm")]),
    ("Methane stood at 1,912 parts per billion last month. Ten years ago the reading was 1,810 parts.",
     [("1,912 parts per billion", 1912, "ppb"), ("1,810 parts", 1810, "ppb")]),
    ("A estação registou 419,2 partes por milhão em abril, acima das 416,8 partes de um ano antes.",
     [("419,2 partes por milhão", 419.2, "ppm"), ("416,8 partes", 416.8, "ppm")]),
    ("La estación midió 419,2 partes por millón en abril. Un año antes eran 416,8 partes.",
     [("419,2 partes por millón", 419.2, "ppm"), ("416,8 partes", 416.8, "ppm")]),
])
def test_head_word_takes_the_full_unit_named_before(tmp_path: Path, text: str,
                                                    expected: list[tuple[str, float, str]]) -> None:
    claims = extracted(tmp_path, text)
    assert [(c["text"], c["value"], c["unit"]) for c in claims] == [
        (t, pytest.approx(v), u) for t, v, u in expected]


def test_no_full_name_in_the_paragraph_leaves_the_figure_bare(tmp_path: Path) -> None:
    text = "The observatory measured 421.3 parts per million in June.\n\nThe kit ships in 12 parts and costs little."
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims if c["value"] == 12] == [(12, "")]


def test_partes_away_from_a_figure_stays_a_word(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "As partes assinaram o acordo em 2021, com uma inflação de 4,5% no ano.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(4.5), "%")]
