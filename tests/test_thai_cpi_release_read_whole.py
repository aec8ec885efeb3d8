"""A Thai price-index release is read whole: its ministry, its verbs and its comparison with the same month of the
past year are glossed, so a figure the packages do not hold (the index's level) is 'unsupported', not a sentence
left for a person to read. The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.languages import unknown_words
from workbench.models import Verdict

RELEASE = ("กระทรวงพาณิชย์รายงานดัชนีราคาผู้บริโภคเดือนมีนาคม ๒๕๗๔ เท่ากับ ๑๑๒.๔๐ "
           "โดยเพิ่มสูงขึ้นจากเดือนเดียวกันของปีที่ผ่านมาร้อยละ ๑.๕ ถือได้ว่าอยู่ในระดับที่เหมาะสม")


def test_every_word_of_a_thai_cpi_release_is_read() -> None:
    assert unknown_words(RELEASE, "th") == []


def test_a_thai_index_level_the_packages_lack_is_unsupported(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Thailand", 2030): 2.7, ("Thailand", 2031): 1.5})
    result = claim_results(RELEASE, [cpi], "2031-04-05")["๑๑๒.๔๐"]
    assert result.verdict is Verdict.unsupported, result.explanation
