"""A news dateline opening a story in another language ('KOTA BHARU: …', 'SANTA CRUZ (AP) — …'): the place in
capitals where the story was filed is no word of the language the gloss failed to read, so a sentence read whole
otherwise is judged as its English reading is (an index's level the packages do not hold: unsupported), not sent
to a person for unknown words. A label in capitals before a colon with no story after it stays unread. Invented
figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Malaysia", 2023): 2.5, ("Bolivia", 2023): 2.6})


@pytest.mark.parametrize(("text", "figure"), [
    ("KOTA BHARU: Inflasi Malaysia pada Oktober 2023 meningkat 1.9 peratus, dengan mata indeks mencatatkan 131.4 "
     "berbanding 129.0 pada bulan yang sama tahun sebelumnya.", "131.4"),
    ("KOTA BHARU (Bernama) – Inflasi Malaysia pada Oktober 2023 meningkat 1.9 peratus, dengan mata indeks "
     "mencatatkan 131.4 berbanding 129.0 pada bulan yang sama tahun sebelumnya.", "131.4"),
])
def test_a_dateline_is_no_unread_word(annual: Path, text: str, figure: str) -> None:
    result = claim_results(text, [annual], date="2023-11-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words", result.explanation


def test_capitals_before_a_colon_with_no_story_after_are_still_unread(annual: Path) -> None:
    result = claim_results("KADAR ZORBLAT: 131.4 mata indeks", [annual], date="2023-11-10")
    assert all(r.reason == "unknown_language_words" for r in result.values() if r.verdict is not Verdict.supported), \
        [r.explanation for r in result.values()]
