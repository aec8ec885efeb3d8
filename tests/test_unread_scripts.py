"""A figure of a paragraph written mostly in a script no language of languages.json (nor English) is
written in — Tibetan, Thaana … — is for review: its words were never read, so 'no measure found'
says nothing about the draft. Sentences written here; invented figures (package_support)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import unread_script
from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi")]


@pytest.mark.parametrize(("sentence", "figure", "script"), [
    ("ལོ་འདིར་རིན་གོང་ 7.3% ཡར་འཕར་བྱུང་།", "7.3%", "Tibetan"),
    ("މިއަހަރު އަގުތައް 4.1% އިތުރުވެއްޖެ", "4.1%", "Thaana"),
])
def test_a_figure_in_an_unread_script_is_for_review(packages: list[Path], sentence: str, figure: str,
                                                    script: str) -> None:
    result = claim_results(sentence, packages)[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "unknown_language_words"
    assert f"{script} script" in result.explanation


def test_english_and_listed_languages_scripts_are_read(packages: list[Path]) -> None:
    # an English paragraph beside one in Amharic keeps its own verdict
    text = ("የሀገሪቱ የዋጋ ግሽበት ባለፈው ዓመት 7.3% ደርሷል።\n\n"
            "Chile's inflation rate rose to 11.6% in 2022, the statistics office said.\n")
    results = claim_results(text, packages)
    assert results["7.3%"].verdict is Verdict.needs_review
    assert results["11.6%"].verdict is Verdict.supported, results["11.6%"].explanation
    # a few letters of another script in English words do not make a paragraph unread
    assert unread_script("The ΔT index of Chile rose by 3.5 percent in 2022") is None
    assert unread_script("Инфляция в Чили в 2022 году составила 11,6%") is None  # Russian is listed
