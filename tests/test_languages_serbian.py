"""Serbian sentences, in Cyrillic and Latin script, read through their measure words: GDP named as
'БДП'/'BDP' is judged against the GDP rows, not flagged as naming no measure."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp
from test_languages_kazakh_ukrainian import GDP, POPULATION

from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("text", "claim"), [
    ("Русија је 2022. године била међу највећим економијама света, с БДП од 2,2 билиона долара, што је рекорд.",
     "2,2 билиона долара"),
    ("Rusija je 2023. godine bila među najvećim ekonomijama sveta, sa BDP od 2 biliona dolara, što je manje nego ranije.",
     "2 biliona dolara"),
])
def test_serbian_gdp_is_read_in_either_script(packages: list[Path], text: str, claim: str) -> None:
    results = claim_results(text, packages, date="2024-07-10")
    [result] = [r for t, r in results.items() if t.startswith(claim)]
    assert result.verdict is Verdict.supported, result.explanation
