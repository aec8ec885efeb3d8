"""The CIS statistics offices' 'индекс физического объема' (ИФО) of GDP is real growth as an index (104.5 %
of the year before): the packages' GDP in current dollars cannot judge it (unsupported), while a GDP level in
dollars in the same language is judged as usual.

Packages World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), {("Kazakhstan", 2019): 18.5e6},
                              {("Kazakhstan", 2018): 179.3e9, ("Kazakhstan", 2019): 181.7e9})


@pytest.mark.parametrize("text", [
    "Индекс физического объема ВВП Казахстана в 2019 году составил 104,5%.",
    "В 2019 году ИФО валового внутреннего продукта Казахстана по отношению к 2018 году составил 104,5%.",
])
def test_a_volume_index_of_gdp_is_not_judged_by_current_dollars(packages: list[Path], text: str) -> None:
    found = claim_results(text, packages, "2024-03-01")["104,5%"]
    assert found.verdict is Verdict.unsupported, found.explanation


def test_a_gdp_level_in_dollars_is_judged(packages: list[Path]) -> None:
    found = claim_results("ВВП Казахстана в 2019 году составил 181,7 млрд долларов.", packages, "2024-03-01")
    assert found["181,7 млрд долларов"].verdict is Verdict.supported, found["181,7 млрд долларов"].explanation
