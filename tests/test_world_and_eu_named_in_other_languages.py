"""The world and the EU named in a draft's own language ('в света', '전 세계', 'στην ΕΕ', 'världen') are places the
text names, as 'global' and 'the EU' are in English: a figure of world or EU emissions, where the data holds
countries only, is a place the data does not cover (unsupported), not a figure whose place the text leaves unsaid.
Figures and sentences invented; CDIAC-shaped package (``package_support.carbon_package``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("През 2015 година емисиите на въглероден диоксид в света бяха 35 100 милиона тона.", "35 100 милиона тона"),
    ("2015년 전 세계 이산화탄소 배출량은 351억t이다.", "351억t"),
    ("Οι εκπομπές διοξειδίου του άνθρακα στην ΕΕ μειώθηκαν κατά 1,8% το 2015.", "1,8%"),
    ("Utsläppen av koldioxid i världen var 35 100 miljoner ton år 2015.", "35 100 miljoner ton"),
    ("欧盟的二氧化碳排放量在2015年下降了1.8%。", "1.8%"),
    ("A szén-dioxid-kibocsátás a világon 2015-ben 35 100 millió tonna volt.", "35 100 millió tonna"),
    ("Hiilidioksidipäästöt maailmassa olivat 35 100 miljoonaa tonnia vuonna 2015.", "35 100 miljoonaa tonnia"),
    ("Udledningen af kuldioxid i verden var 35 100 millioner ton i 2015.", "35 100 millioner ton"),
])
def test_world_or_eu_emissions_are_a_place_not_covered(tmp_path: Path, text: str, figure: str) -> None:
    carbon = carbon_package(tmp_path / "carbon", {("GERMANY", 2014): 196000, ("GERMANY", 2015): 197000,
                                                  ("JAPAN", 2014): 330000, ("JAPAN", 2015): 325000})
    result = claim_results(text, [carbon], date="2016-06-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered", result.explanation
