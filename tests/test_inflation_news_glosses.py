"""Inflation news in French and Portuguese read through the gloss: the words wire copy uses for a
rate ('une évolution de 1,4 %', 'os níveis de preços deverão permanecer elevados, acelerando de …')
name the measure, so the figure is judged by the place's row instead of left unread.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Portugal", 2021): 1.3, ("Portugal", 2022): 7.8, ("Portugal", 2023): 4.3,
        ("Cote d'Ivoire", 2021): 4.1, ("Cote d'Ivoire", 2022): 5.3, ("Cote d'Ivoire", 2023): 4.4}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_a_french_change_of_prices_names_the_rate(cpi: Path) -> None:
    found = claim_results("Dans la région, le taux annuel moyen s'est établi à 6,9% en 2022. Tous les pays ont "
                          "connu une forte hausse du niveau général des prix, y compris la Côte d'Ivoire qui a "
                          "enregistré une évolution de 5,3%.", [cpi], "2023-03-01")
    assert found["5,3%"].verdict is Verdict.supported


def test_portuguese_price_levels_accelerating_name_the_rate(cpi: Path) -> None:
    found = claim_results("O Governo de Portugal admite que os níveis de preços deverão permanecer elevados, "
                          "acelerando de 1,3 por cento em 2021 para 7,2 por cento em 2022.", [cpi], "2023-03-01")
    assert found["1,3 por cento"].verdict is Verdict.supported
    # the prices named pin the CPI series; in a draft dated after 2022 was over, the 2022 figure is
    # reported as the value, and the row refutes it
    assert found["7,2 por cento"].verdict is Verdict.contradicted, found["7,2 por cento"].explanation
