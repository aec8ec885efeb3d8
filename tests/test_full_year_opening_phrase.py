"""'Over the whole year 2030, consumer prices rose 2.5 %': a sentence that opens with a
phrase calling its year the whole year (``full_year_words``; French 'Sur l'ensemble de l'année', Spanish 'En el conjunto del año', Portuguese
'No conjunto do ano' as glossed)
speaks of the year's rate, so a 12-month wording in the sentence before it ('year on year' of a quarter) does
not make its figure a month's rate: the annual rows judge them. Without the opening phrase the quarter's
basis carries over and a figure the annual row misses is for a person. Invented figures, World Bank layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict

QUARTER = "In the fourth quarter of 2030, consumer prices in Norway rose 1.1% year on year."


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Norway", 2030): 2.4, ("Norway", 2029): 1.2, ("Norway", 2028): 3.3})


@pytest.mark.parametrize("sentence", [
    "Over the whole year 2030, consumer prices rose 2.5%.",
    "Sur l'ensemble de l'année 2030, les prix à la consommation ont progressé de 2,5%.",
    "En el conjunto del año 2030, los precios al consumo subieron un 2,5%.",
])
def test_an_opening_whole_year_phrase_makes_the_rates_annual(cpi: Path, sentence: str) -> None:
    results = claim_results(f"{QUARTER} {sentence}", [cpi], date="2031-02-01")
    [wrong] = [r for text, r in results.items() if text.lstrip("+").startswith(("2,5", "2.5"))]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence and wrong.evidence[0].period == "2030"


def test_without_it_the_quarters_basis_carries_over(cpi: Path) -> None:
    results = claim_results(f"{QUARTER} Consumer prices rose 2.5% in 2030.", [cpi], date="2031-02-01")
    result = next(r for text, r in results.items() if text.startswith("2.5"))
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize(("code", "text"), [
    ("pt", "No conjunto do ano de 2030, os preços subiram"),
    ("it", "Nell'intero anno 2030 i prezzi sono saliti"),
    ("es", "En todo el año 2030, los precios subieron"),
])
def test_the_whole_year_phrase_is_read_in_other_languages(code: str, text: str) -> None:
    assert "over the whole year" in gloss_paragraphs(text, [(0, len(text), code)]).text.lower()
