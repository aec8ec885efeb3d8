"""A unit said short after its full name (pass 18): '417.1 parts' after '420 parts per million'
earlier in the paragraph is in parts per million, in English and in the languages glossed into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, expected", [
    ("The observatory measured 421.3 parts per million in June, against 418.9 parts a year before.",
     [("421.3 parts per million", 421.3, "ppm"), ("418.9 parts", 418.9, "ppm")]),
    ("Methane stood at 1,912 parts per billion last month. Ten years ago the reading was 1,810 parts.",
     [("1,912 parts per billion", 1912, "ppb"), ("1,810 parts", 1810, "ppb")]),
    ("A estação registou 419,2 partes por milhão em abril, acima das 416,8 partes de um ano antes.",
     [("419,2 partes por milhão", 419.2, "ppm"), ("416,8 partes", 416.8, "ppm")]),
    ("La estación midió 419,2 partes por millón en abril. Un año antes eran 416,8 partes.",
     [("419,2 partes por millón", 419.2, "ppm"), ("416,8 partes", 416.8, "ppm")]),
    ("В апреле станция зафиксировала 419,2 частей на миллион против 416,8 частей годом ранее.",
     [("419,2 частей на миллион", 419.2, "ppm"), ("416,8 частей", 416.8, "ppm")]),
    ("En avril, la station a mesuré 419,2 parties par million, contre 416,8 parties un an avant.",
     [("419,2 parties par million", 419.2, "ppm"), ("416,8 parties", 416.8, "ppm")]),
    ("Im April maß die Station 419,2 Teile pro Million, nach 416,8 Teilen ein Jahr davor.",
     [("419,2 Teile pro Million", 419.2, "ppm"), ("416,8 Teilen", 416.8, "ppm")]),
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


@pytest.mark.parametrize("text", [
    "The observatory measured 421.3 parts per million in June.\nThe kit ships in 12 parts and costs little.",
    "The observatory measured 421.3 parts per million in June, and its new analyser has 212 parts.",
])
def test_a_count_of_parts_comparing_nothing_stays_a_count(tmp_path: Path, text: str) -> None:
    claims = extracted(tmp_path, text)
    assert [c["unit"] for c in claims if c["value"] in (12, 212)] == [""]


@pytest.mark.parametrize(("text", "claim"), [
    ("The hilltop station logged carbon dioxide at 2.8 parts per million more this June than the 441.2 parts "
     "it logged in June 2030.", "441.2 parts"),
    ("A estação da colina registou dióxido de carbono 2,8 partes por milhão acima das 441,2 partes "
     "que tinha registado em junho de 2030.", "441,2 partes"),
])
def test_the_short_unit_is_checked_as_the_full_one(tmp_path: Path, text: str, claim: str) -> None:
    ppm = ppm_package(tmp_path / "gas", {"co2-mm-mlo": ("Date", "date", "Average", [("2030-06", 441.1),
                                                                                    ("2031-06", 443.9)])})
    result = claim_results(text, [ppm], "2031-07-10")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2030-06")
