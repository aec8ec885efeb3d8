"""A city a national statistics office publishes its own consumer-price index for (Morocco's HCP: eighteen cities)
is a place of its own: a sentence giving a city's rate is not judged by the national row (a silent pass when it
happens to fit), and says the data has no row for the city; the country's own rate is still judged. Invented
figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", {("Morocco", 2022): 6.6, ("Morocco", 2021): 1.4})]


@pytest.mark.parametrize(("sentence", "city"), [
    ("Annual consumer prices rose fastest in Kénitra, by 6.6%, in 2022.", "Kenitra"),
    ("In 2022 the annual consumer price index rose 6.6% in Al-Hoceima and 6.1% in Oujda.", "Al Hoceima"),
    ("Consumer prices in Béni Mellal rose 6.6% on average in 2022.", "Beni Mellal"),
])
def test_a_citys_rate_is_not_judged_by_the_national_row(cpi: list[Path], sentence: str, city: str) -> None:
    result = claim_results(f"# Morocco: prices in 2022\n\n{sentence}", cpi, date="2023-03-01")["6.6%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered", result.explanation
    assert city in result.explanation


def test_the_countrys_rate_is_still_judged(cpi: list[Path]) -> None:
    result = claim_results("# Prices in Marrakech and Fez\n\nMorocco's consumer prices rose 6.6% on average in 2022.",
                           cpi, date="2023-03-01")["6.6%"]
    assert result.verdict is Verdict.supported, result.explanation
