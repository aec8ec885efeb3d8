"""A multiple over a span the text counts back or names as an era ('grew 6 times in the past 20 years',
'has grown 9 times since the start of the century') is the span's last year over its first, as 'from
2003 to 2023' reads it: never one year's change, which no economy's 6-fold growth is. A span of N past
years runs from the row N years before its last. Figures and sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

GDP = {("Kazakhstan", year): 20e9 * 1.12 ** (year - 2000) for year in range(2000, 2024)}
POPULATION = {("Kazakhstan", year): 15e6 + 0.2e6 * (year - 2000) for year in range(2000, 2024)}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), POPULATION, GDP)


def _ratio(first: int, last: int) -> float:
    return GDP[("Kazakhstan", last)] / GDP[("Kazakhstan", first)]


def test_a_multiple_since_the_start_of_the_century_is_the_ratio_to_2000(packages: list[Path]) -> None:
    ratio = _ratio(2000, 2023)  # 13.55
    text = f"Kazakhstan's GDP has grown {ratio:.1f} times since the start of the century."
    result = next(iter(claim_results(text, packages, date="2024-05-01").values()))
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period.startswith("2000")


def test_a_multiple_over_the_past_years_counts_the_years_between_rows(packages: list[Path]) -> None:
    ratio = _ratio(2003, 2023)  # twenty years of growth: 2003 → 2023
    text = f"Kazakhstan's GDP grew {ratio:.1f} times in the past 20 years."
    result = next(iter(claim_results(text, packages, date="2024-05-01").values()))
    assert result.verdict is Verdict.supported, result.explanation


def test_a_wrong_multiple_over_the_era_is_contradicted_by_that_span(packages: list[Path]) -> None:
    text = "Kazakhstan's GDP has grown 30 times since the start of the century."
    result = next(iter(claim_results(text, packages, date="2024-05-01").values()))
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "2000" in result.explanation


def test_a_multiple_with_no_span_stays_for_review(packages: list[Path]) -> None:
    text = "Kazakhstan's GDP has grown 9 times."
    result = next(iter(claim_results(text, packages, date="2024-05-01").values()))
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_multiple_continuing_the_list_of_the_sentence_before_takes_its_era(packages: list[Path]) -> None:
    ratio = _ratio(2000, 2023)
    text = (f"Since the start of the century, the fastest-growing economy grew 19 times. "
            f"The third was Kazakhstan, whose economy expanded {ratio:.1f} times.")
    result = claim_results(text, packages, date="2024-05-01")[f"{ratio:.1f} times"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "from the sentence before" in result.explanation


def test_a_sentence_before_with_no_multiple_lends_no_era(packages: list[Path]) -> None:
    text = "Since the start of the century, the country has changed a lot. Its economy expanded 9 times."
    result = claim_results(text, packages, date="2024-05-01")["9 times"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "2000" not in result.explanation


def test_over_the_past_years_is_the_span_of_the_multiple_not_a_comparison(packages: list[Path]) -> None:
    ratio = _ratio(2003, 2023)
    text = f"Kazakhstan's GDP grew {ratio:.1f} times over the past 20 years."
    result = next(iter(claim_results(text, packages, date="2024-05-01").values()))
    assert result.verdict is Verdict.supported, result.explanation
