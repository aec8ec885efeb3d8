"""Dutch copy calls the harmonised index (HICP) 'de Europese meetmethode' (glossed 'the HICP', as
'geharmoniseerde consumentenprijsindex' is): a series the packages do not hold (unsupported: other_series),
not the national CPI row contradicting it. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("text", "verdict"), [
    ("Volgens de Europese meetmethode kwam de inflatie in Noorwegen in 2022 uit op 6,2 procent.", Verdict.unsupported),
    ("Gemeten met de geharmoniseerde consumentenprijsindex kwam de inflatie in Noorwegen in 2022 uit op 6,2 procent.",
     Verdict.unsupported),
    ("De inflatie in Noorwegen kwam in 2022 uit op 6,2 procent.", Verdict.contradicted),
])
def test_the_european_measure_is_another_series(cpi: Path, text: str, verdict: Verdict) -> None:
    result = claim_results(text, [cpi], date="2023-03-01")["6,2 procent"]
    assert result.verdict is verdict, result.explanation


def test_inflation_calculated_by_european_methods_is_the_harmonised_index(cpi: Path) -> None:
    # the English of Dutch copy: the European method is the harmonised index, which the package lacks
    result = claim_results("Measured by the European method, inflation in Norway averaged 7.9% last year.",
                           [cpi], date="2023-02-01")["7.9%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "HICP" in result.explanation or "European method" in result.explanation, result.explanation


@pytest.mark.parametrize("text", [
    "Sipas indeksin e harmonizuar të çmimeve të konsumit, inflacioni në Norvegji ishte 6,2 për qind në 2022.",
    "Rata anuala calculata pe baza indicelui armonizat al preturilor de consum (IAPC) in Norvegia a fost de 6,2% in 2022.",
])
def test_the_harmonised_index_named_in_albanian_or_romanian_is_another_series(cpi: Path, text: str) -> None:
    # the harmonised index in the sentence's own words, its inflected forms and unaccented spelling included
    result = next(found for claim, found in claim_results(text, [cpi], date="2023-03-01").items()
                  if claim.startswith("6,2"))
    assert result.verdict is Verdict.unsupported, result.explanation
