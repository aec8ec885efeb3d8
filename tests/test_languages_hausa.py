"""Hausa news read through the gloss: its language told by its own words, its percentages written around the figure.

Hausa copy writes a percentage with a word before the figure and a per-hundred phrase after it ('kashi 12.5 cikin
100': 12.5 in 100), or with the phrase alone ('daga 9.1 cikin 100'): one percent figure each, whose '100' is no
figure of its own. Its scale words stand before the figure ('mutum miliyan 61.2'), as Swahili's do. Months and
country names are CLDR's ('Janairu', 'Nijeriya'). The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect, gloss_paragraphs, unknown_words
from workbench.models import Verdict

INFLATION = {("Nigeria", 2030): 9.1, ("Nigeria", 2031): 12.5}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", INFLATION)


def gloss(text: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), "ha")]).text


def test_a_hausa_sentence_is_told_hausa_not_a_language_sharing_its_short_words() -> None:
    text = "Hukumar ta ce hauhawar farashi ta ƙaru zuwa kashi 12.5 cikin 100 a shekarar 2031."
    assert detect(text) == "ha"
    assert unknown_words(text, "ha") == []


def test_a_percent_written_around_its_figure_is_one_percent_figure() -> None:
    assert "12.5%" in gloss("hauhawar farashi ta koma kashi 12.5 cikin 100 daga 9.1 cikin 100")
    assert "from 9.1%" in gloss("hauhawar farashi ta koma kashi 12.5 cikin 100 daga 9.1 cikin 100")
    assert "100" not in gloss("farashi ya tashi da kaso 4.2 cikin ɗari")


def test_a_hausa_inflation_rate_is_checked_against_its_year(cpi: Path) -> None:
    text = ("Hukumar Ƙididdiga ta Nijeriya ta ce hauhawar farashi ya ƙaru zuwa kashi 12.5 cikin 100 a shekarar 2031, "
            "daga kashi 9.1 cikin 100 a shekarar 2030.")
    results = claim_results(text, [cpi], "2032-02-01")
    assert "100" not in results
    right = next(r for surface, r in results.items() if "12.5" in surface)
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2031"
    wrong = next(r for surface, r in claim_results(text.replace("12.5", "21.3"), [cpi], "2032-02-01").items()
                 if "21.3" in surface)
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_hausa_population_written_after_its_scale_word(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Nigeria", 2031): 61_200_000.0}, {("Kazakhstan", 2031): 3.1e11})
    text = "Yawan jama'a a Nijeriya ya kai mutum miliyan 61.2 a shekarar 2031, in ji hukumar ƙididdiga."
    result = next(r for surface, r in claim_results(text, packages, "2032-02-01").items() if "61.2" in surface)
    assert result.claim.value == 61_200_000, result.claim
    assert result.verdict is Verdict.supported, result.explanation
