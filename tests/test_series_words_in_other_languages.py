"""Food, non-food and core price series and month-on-month changes named in other languages ('inflatie
voor voeding', 'bazis inflyasiyası', 'τιμές στα τρόφιμα', 'cijene hrane', 'en términos mensuales') are
glossed into the English words the other-series and month-on-month rules already read: another series
than the headline CPI the packages hold (unsupported), not the headline row contradicting it or another
period of it; the headline figure itself is still judged. Invented sentences and figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Belgium", 2023): 4.1, ("Azerbaijan", 2023): 8.8, ("Greece", 2023): 3.5, ("Serbia", 2023): 12.1,
        ("Spain", 2023): 3.5}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), ROWS)


@pytest.mark.parametrize(("text", "figure"), [
    ("In België daalde de inflatie voor voeding in 2023 tot 9,7 procent.", "9,7 procent"),
    ("Azərbaycanda bazis inflyasiyası 2023-cü ildə 5,6 faiz olub.", "5,6 faiz"),
    ("Στην Ελλάδα οι τιμές στα τρόφιμα αυξήθηκαν 11,2% το 2023.", "11,2%"),
    ("U Srbiji su cijene hrane u 2023. porasle za 19,4 odsto.", "19,4 odsto"),
])
def test_a_component_series_in_another_language_is_unsupported(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi], date="2024-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_headline_rate_in_the_same_language_is_still_judged(cpi: Path) -> None:
    result = claim_results("In België steeg de inflatie in 2023 tot 4,1 procent.", [cpi], date="2024-03-01")["4,1 procent"]
    assert result.verdict is Verdict.supported, result.explanation
