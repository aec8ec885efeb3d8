"""'Over the past ten years, Kenya's carbon dioxide emissions have increased from 7.8 million tonnes to 17.0
million tonnes', in a draft with no date: the span ends at the text's present, which nothing gives, so the data's
last year stands for it — the 'to' figure is judged by the last row, the 'from' figure by the row ten years
before it. Wrong for every span ending in the data's ten latest years: contradicted; some year fits: for a
person (``span_at_data_end``). A dated draft counts the span from its date.

Invented CDIAC-shaped rows: Kenya's carbon from 2,000 kt (2000) rising 200 kt a year to 6,000 kt (2020), that is
7.33 to 21.98 million tonnes of CO2 (× 3.664); the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import ClaimResult, Verdict

TOTALS = {("KENYA", year): 2_000.0 + 200.0 * (year - 2000) for year in range(2000, 2021)}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS)]


def results(text: str, packages: list[Path], date: str | None = None) -> dict[str, ClaimResult]:
    return claim_results(text, packages, date)


def move(start: str, end: str) -> str:
    return (f"Over the past ten years, Kenya’s carbon dioxide emissions have increased from {start} million tonnes "
            f"to {end} million tonnes.")


def test_ends_no_recent_span_fits_are_wrong_whichever_span_is_meant(package: list[Path]) -> None:
    found = results(move("7.8", "17.0"), package)
    start, end = found["7.8 million tonnes"], found["17.0 million tonnes"]
    assert (start.verdict, start.reason, start.evidence[0].period) == (Verdict.contradicted, "span_at_data_end", "2010")
    assert (end.verdict, end.reason, end.evidence[0].period) == (Verdict.contradicted, "span_at_data_end", "2020")
    assert "data's last year, 2020" in end.explanation


def test_an_end_a_recent_year_fits_is_for_a_person(package: list[Path]) -> None:
    # 18.3 million tonnes is 2015's 5,000 kt of carbon: a span ending in 2015 fits it
    end = results(move("7.8", "18.3"), package)["18.3 million tonnes"]
    assert (end.verdict, end.reason) == (Verdict.needs_review, "span_at_data_end"), end.explanation
    assert "2011 to 2020" in end.explanation


def test_an_end_the_last_row_meets_is_still_a_guess(package: list[Path]) -> None:
    end = results(move("7.8", "22.0"), package)["22.0 million tonnes"]
    assert (end.verdict, end.reason) == (Verdict.needs_review, "span_at_data_end"), end.explanation


def test_a_dated_draft_counts_the_span_from_its_date(package: list[Path]) -> None:
    found = results(move("7.8", "17.0"), package, "2021-05-01")
    assert all(r.reason != "span_at_data_end" for r in found.values())
