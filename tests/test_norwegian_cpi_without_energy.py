"""Norwegian copy names the CPI without energy 'uten energivarer' (glossed 'excluding energy', as English
copy writes it): another series than the headline CPI the packages hold (unsupported: other_series), not
the headline row contradicting it; the headline figure itself is still judged. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("text", "figure", "verdict"), [
    ("KPI uten energivarer i Norge gikk opp 3,1 prosent fra 2021 til 2022.", "3,1 prosent", Verdict.unsupported),
    ("Konsumprisindeksen i Norge gikk opp 5,8 prosent fra 2021 til 2022.", "5,8 prosent", Verdict.supported),
])
def test_the_cpi_without_energy_is_another_series(cpi: Path, text: str, figure: str, verdict: Verdict) -> None:
    result = claim_results(text, [cpi], date="2023-03-01")[figure]
    assert result.verdict is verdict, result.explanation
