"""A year's inflation its words call the year's end or December on December — Italian 'a fine anno', Turkish
'yılı sonunda', Portuguese 'de dezembro a dezembro', Spanish 'de diciembre a diciembre', Ukrainian 'на кінець
… року', German 'am Jahresende', glossed into the English year_end_words of periods.json — is December's
12-month rate: against the annual average a different period for a person, never a contradiction. The plain
year's rate of an office that states the year as its average (Austria) still is one. Invented figures in a
package shaped as the World Bank's."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

PLACES = ["Austria", "Italy", "Turkey", "Portugal", "Spain", "Ukraine"]


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {(place, 2030): 6.2 for place in PLACES})


@pytest.mark.parametrize(("text", "figure"), [
    ("L'inflazione in Italia a fine anno 2030 è stata del 7,9 %.", "7,9 %"),
    ("Türkiye'de enflasyon 2030 yılı sonunda yüzde 7,9 oldu.", "yüzde 7,9"),
    ("Em Portugal, a inflação de dezembro a dezembro foi de 7,9 % em 2030.", "7,9 %"),
    ("En España, la inflación de diciembre a diciembre fue del 7,9 % en 2030.", "7,9 %"),
    ("Інфляція в Україні на кінець 2030 року становила 7,9 %.", "7,9 %"),
    ("In Österreich lag die Inflation am Jahresende 2030 bei 7,9 %.", "7,9 %"),
])
def test_a_year_end_rate_is_decembers(prices: Path, text: str, figure: str) -> None:
    result = claim_results(text, [prices], "2031-02-10")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "December 2030" in result.explanation, result.explanation


def test_a_plain_years_average_office_rate_is_still_contradicted(prices: Path) -> None:
    result = claim_results("In Österreich lag die Inflation 2030 bei 7,9 %.", [prices], "2031-02-10")["7,9 %"]
    assert result.verdict is Verdict.contradicted, result.explanation
