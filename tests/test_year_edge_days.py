"""'the first day of 2022', '2022's last day', Turkish '2022'nin ilk günü': one day at a year's edge,
not the whole year a figure beside it would otherwise be read against."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.extraction.periods import PERIOD, PeriodReader
from workbench.models import Verdict

# Invented yearly averages.
RATES = {("Turkiye", 2021): 19.6, ("Turkiye", 2022): 72.3}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


@pytest.mark.parametrize(("words", "day"), [
    ("the first day of 2022", "2022-01-01"), ("The last day of 2021", "2021-12-31"),
    ("2022's first day", "2022-01-01"), ("2021’in son günü", "2021-12-31"), ("2022’nin ilk günü", "2022-01-01"),
])
def test_the_edge_of_a_year_is_one_day(words: str, day: str) -> None:
    text = f"Prices changed on {words} again."
    found = PeriodReader(text, text[::-1], None).periods_in(0, len(text))
    assert [p[2] for p in found] == [day]
    assert PERIOD.search(text) is not None


@pytest.mark.parametrize("text", [
    "In Turkey annual inflation of 36.1 percent trailed the wage rise that took effect on the first day of 2022.",
    "Türkiye'de açıklanan yüzde 36.1 enflasyon, 2022’nin ilk günü yürürlüğe giren zammın gerisinde kaldı.",
])
def test_a_figure_beside_a_years_first_day_is_not_that_years_average(package: Path, text: str) -> None:
    result = next(iter(claim_results(text, [package], date=None).values()))
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.claim.period == "2022-01-01"


def test_a_plain_year_still_dates_its_figure(package: Path) -> None:
    result = claim_results("In Turkey annual inflation was 36.1 percent in 2022.", [package])["36.1 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2022"
