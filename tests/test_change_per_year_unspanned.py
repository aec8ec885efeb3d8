"""A change said to happen by so much per year with no span said with it ('its population fell by about
0.5 % per year') is the average yearly change of years nobody counted: one year's change neither confirms nor
refutes it, so a person decides (run_unsaid). A span said with it is judged; a comparison's 'a year' ('from a
year earlier') is no per-year rate.

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_starting, claim_results, population_package

from workbench.models import Verdict

# Peru grows 1.0 % a year from 2020 to 2022, then 2.0 % in 2023
ROWS = {("Peru", 2020): 33_000_000, ("Peru", 2021): 33_330_000, ("Peru", 2022): 33_663_300,
        ("Peru", 2023): 34_336_566}


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    return population_package(tmp_path / "pop", ROWS)


@pytest.mark.parametrize("text", [
    "Peru's population reached 33.7 million in 2022, and then grew by about 1.5 % per year.",
    "Peru's population grew by about 1.5 % a year, the census office said.",
])
def test_a_yearly_change_over_years_unsaid_is_for_a_person(package: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [package], "2024-03-01"), "1.5 %")
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "run_unsaid"


def test_a_change_from_a_year_earlier_is_judged(package: Path) -> None:
    text = "Peru's population grew by 3.5 % from a year earlier in 2023."
    result = claim_starting(claim_results(text, [package], "2024-03-01"), "3.5 %")
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_yearly_change_over_a_span_said_is_judged(package: Path) -> None:
    text = "Peru's population grew by 1 % a year from 2020 to 2022."
    result = claim_starting(claim_results(text, [package], "2024-03-01"), "1 %")
    assert result.verdict is Verdict.supported, result.explanation


def test_a_yearly_percent_no_row_matched_is_for_a_person(package: Path) -> None:
    # the reading takes the sentence's 2026 for the figure, a year past the rows: its years are unsaid
    text = "Peru's population peaked at 35.1 million in 2026; a decline followed, a fall of about 0.5 % per year."
    result = claim_starting(claim_results(text, [package], "2030-03-01"), "0.5 %")
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "run_unsaid"
