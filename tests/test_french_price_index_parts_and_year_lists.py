"""French statistics copy names a part of the consumer price index as 'l'indice des produits alimentaires' (the food
price index): its rate is another series than the headline one (unsupported), whatever the headline's row says. And
it pairs a list of years with a list of rates through 'respectivement' (respectively), each rate its own year's.
Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Tunisia", 2019): 6.7, ("Tunisia", 2020): 5.6,
                                                         ("Tunisia", 2021): 5.7, ("Tunisia", 2022): 8.3})


def test_the_food_and_non_food_indices_are_other_series(cpi: Path) -> None:
    text = ("En Tunisie, les prix à la consommation ont augmenté de 8,3 % en 2022. Cette hausse provient de celle de "
            "l'indice des produits alimentaires de 12,4 % et de celui des produits non alimentaires de 6,2 %.")
    results = claim_results(text, [cpi], "2023-02-10")
    assert results["8,3 %"].verdict is Verdict.supported, results["8,3 %"].explanation
    for part in ("12,4 %", "6,2 %"):
        assert results[part].verdict is Verdict.unsupported, results[part].explanation


def test_years_and_rates_paired_respectively(cpi: Path) -> None:
    text = ("En Tunisie, l'inflation est restée au-dessus de 5 % : pour les années 2019, 2020 et 2021 "
            "respectivement de 6,7 %, 5,6 % et 6,4 %.")
    results = claim_results(text, [cpi], "2023-02-10")
    assert results["6,7 %"].verdict is Verdict.supported, results["6,7 %"].explanation
    assert results["6,7 %"].evidence[0].period == "2019"
    assert results["5,6 %"].verdict is Verdict.supported, results["5,6 %"].explanation
    assert results["6,4 %"].verdict is not Verdict.supported, results["6,4 %"].explanation
    assert results["6,4 %"].evidence[0].period == "2021"
