"""A figure written the same way twice in one sentence of another language ('… yüzde 5 arttı, … yüzde 5 arttı'):
each claim the English reading gives it keeps the whole sentence as written, and its own id, numbered '-2' after the
first as the draft's own reading numbers equal figures. The sentence's start was found by the first such surface,
so every later one's sentence began mid-sentence, at the first figure's offset back from it (a new id, the words
before it never read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.reference import load_reference

SENTENCES = {
    "tr": "Norveç'te enflasyon Ocak ayında yüzde 3,5 arttı, Şubat ayında da yüzde 3,5 arttı.",
    "kk": "Норвегияда инфляция қаңтарда 3,5 пайызға өсті, ақпанда тағы 3,5 пайызға өсті.",
}


@pytest.mark.parametrize("code", SENTENCES)
def test_each_of_equal_figures_keeps_the_whole_sentence_and_its_own_id(code: str, tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi")
    sentence = SENTENCES[code]
    draft = parse_draft(f"---\ndate: 2023-03-01\n---\n\n{sentence}\n".encode(), "draft.md")
    results = check_draft(draft, load_reference([package]), Config(root=tmp_path, reference=[package])).results
    equal = [r.claim for r in results if "3,5" in r.claim.text]
    assert len(equal) == 2
    assert [c.sentence for c in equal] == [sentence, sentence]
    assert equal[1].id == f"{equal[0].id}-2"
