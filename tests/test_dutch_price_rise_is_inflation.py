"""Dutch copy and Statistics Netherlands call consumer-price inflation 'de prijsstijging' ('de prijsstijging van
goederen en diensten': the rise in the prices of goods and services), as German copy says 'Preisauftrieb':
the glossary reads it as price inflation, so such a figure is judged by the inflation rows as firmly as
'inflatie' is, not left as a weak match. Invented figures, World Bank layout; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Netherlands", 2030): 2.6, ("Netherlands", 2029): 3.9, ("World", 2030): 4.0})


def test_the_word_reads_as_inflation() -> None:
    text = "de prijsstijging van goederen en diensten"
    assert "price inflation" in gloss_paragraphs(text, [(0, len(text), "nl")]).text


@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    ("In Nederland kwam de prijsstijging van goederen en diensten in 2030 uit op 2,6 procent.", "2,6 procent",
     Verdict.supported),
    ("In Nederland kwam de prijsstijging van goederen en diensten in 2030 uit op 2,7 procent.", "2,7 procent",
     Verdict.contradicted),
])
def test_a_price_rise_figure_is_judged_by_the_inflation_row(cpi: Path, sentence: str, figure: str,
                                                           verdict: Verdict) -> None:
    result = claim_results(sentence, [cpi], date="2031-03-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.reason != "weak_match", result.explanation
