"""A change 'between 2023 and 2024' in a unit of its own (ppm) is the difference of the two years'
annual means: when the agency's series of January-to-December increases disagrees but that difference
agrees in every level series of the same source, the claim is supported; when the level series disagree
among themselves (a station against the globe), which record the writer read is for a person
(needs_review), not a false alarm. Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-annual-mean", "metric": "mean mole fraction", "unit": "ppm",
         "rows": [{"period": "2022", "value": 417.1}, {"period": "2023", "value": 419.3},
                  {"period": "2024", "value": 422.9}]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 concentration growth"],
         "rows": [{"period": "2023", "value": 2.2}, {"period": "2024", "value": 3.2}]}])


def _one(body: str, package: Path, figure: str):
    return check_text(f"---\ndate: 2025-03-20\n---\n\n{body}\n", package)[0][figure]


SENTENCE = ("Carbon dioxide concentrations at the observatory climbed by {} ppm between 2023 and 2024, "
            "the steepest annual increase on record.")


def test_a_change_the_difference_of_annual_means_gives_is_supported(package: Path) -> None:
    result = _one(SENTENCE.format("3.6"), package, "3.6 ppm")  # 422.9 − 419.3 = 3.6; the increase series says 3.2
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annual-mean", result.explanation
    assert result.evidence[0].period in ("2023/2024", "2024"), result.explanation


@pytest.fixture(scope="module")
def two_records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("ppm2") / "reference", [
        {"name": "co2-annual-mean", "metric": "mean mole fraction", "unit": "ppm",
         "rows": [{"period": "2023", "value": 419.3}, {"period": "2024", "value": 422.9}]},
        {"name": "co2-annual-mean-station", "metric": "mean mole fraction at the summit station", "unit": "ppm",
         "rows": [{"period": "2023", "value": 421.0}, {"period": "2024", "value": 423.9}]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 concentration growth"],
         "rows": [{"period": "2023", "value": 2.2}, {"period": "2024", "value": 3.2}]}])


def test_a_change_one_record_of_annual_means_gives_and_another_does_not_is_for_review(two_records: Path) -> None:
    # the first record's means give 3.6, the station's 2.9, the increase series 3.2
    result = _one(SENTENCE.format("3.6"), two_records, "3.6 ppm")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_change_neither_reading_gives_is_contradicted(package: Path) -> None:
    result = _one(SENTENCE.format("4.5"), package, "4.5 ppm")
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_change_the_increase_series_gives_is_supported(package: Path) -> None:
    result = _one(SENTENCE.format("3.2"), package, "3.2 ppm")
    assert result.verdict is Verdict.supported, result.explanation
