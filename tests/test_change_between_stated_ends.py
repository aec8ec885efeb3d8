"""A change the sentence defines between two levels it writes ('went from 421.08 ppm in 2023 to 424.61 ppm
in 2024, an annual growth of 3.53 ppm'; its figures read as the extractor reads them, decimal commas too) is
the difference of those rows: the growth-rate file's figure for the year (another reading, January to
December) is no rival the sentence leaves open. Judged by NOAA's ppm package as ../shared ships it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wild_package
from package_support import claim_results

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _ppm() -> Path:
    return wild_package("co2-ppm")


def test_a_change_between_the_sentences_own_ends_is_their_difference() -> None:
    text = ("At Mauna Loa the yearly mean of carbon dioxide went from 421.08 ppm in 2023 to 424.61 ppm in 2024, "
            "an annual growth of 3.53 ppm.")
    result = claim_results(text, [_ppm()], date="2025-03-01")["3.53 ppm"]
    assert result.verdict.value == "supported", result.explanation


def test_a_growth_without_its_ends_is_the_growth_rate_files() -> None:
    text = "At Mauna Loa the annual growth of carbon dioxide was 3.53 ppm in 2024, the highest on record."
    result = claim_results(text, [_ppm()], date="2025-03-01")["3.53 ppm"]
    assert result.verdict.value != "supported", result.explanation


def test_ends_written_with_decimal_commas_define_the_change_too() -> None:
    text = ("At Mauna Loa the yearly mean of carbon dioxide went from 421,08 ppm in 2023 to 424,61 ppm in 2024, "
            "an annual growth of 3,53 ppm.")
    result = claim_results(text, [_ppm()], date="2025-03-01")["3,53 ppm"]
    assert result.verdict.value == "supported", result.explanation
