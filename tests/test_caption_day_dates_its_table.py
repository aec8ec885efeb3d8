"""A table's caption that names a day ('Residents by district as of 1 April 2032', 'Stand: 30.06.2032') dates
every figure of the table or lines below it, as a heading would: a count of 1 April is not the register's
count of 1 January, agreeing or not, so it is for a person (``different_period``) — never `supported` by the
January row because the draft is dated later, nor `unsupported` because no row is of that very day. So too
a count in the paragraph after one that dates its counts 'at the start of the year' in a dated draft.

Invented figures: a register of districts dated by its file name, as statistics offices publish it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

# the register counts 1 January 2032; Lunaria's urban share is 1,254,000 / 1,810,000 = 69.28 %
REGISTER = ("District,Total,Urban\n"
            "Lunaria,1810000,1254000\n"
            "Solvania,2420000,968000\n")


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("register")
    (folder / "district_population_2032-01-01.csv").write_text(REGISTER, encoding="utf-8")
    return [folder]


TABLE = "| District | Residents |\n|---|---|\n| Lunaria | 1,810,000 |\n| Solvania | 2,420,000 |"


@pytest.mark.parametrize("caption", [
    "Resident population by district as of 1 April 2032",
    "Resident population by district as of April 1, 2032:",
    "Resident population by district, Stand: 01.04.2032",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_tables_caption_day_is_its_figures_day(register: list[Path], caption: str, gap: str) -> None:
    results = claim_results(f"{caption}{gap}{TABLE}", register, date="2032-06-20")
    for figure in ("1,810,000", "2,420,000"):
        result = results[figure]
        assert result.verdict is Verdict.needs_review, result.explanation
        assert result.reason == "different_period", result.reason
        assert "1 April 2032" in result.explanation, result.explanation


def test_a_caption_day_dates_the_shares_in_the_lines_below_it(register: list[Path]) -> None:
    text = ("Resident population by district as of 1 April 2032\n\n"
            "The share of urban population is highest in Lunaria (69.3%) and lowest in Solvania (40.0%).")
    results = claim_results(text, register, date="2032-06-20")
    for figure in ("69.3%", "40.0%"):
        assert results[figure].verdict is Verdict.needs_review, results[figure].explanation
        assert results[figure].reason == "different_period", results[figure].reason


def test_a_caption_without_a_day_leaves_the_table_to_the_rows(register: list[Path]) -> None:
    results = claim_results(f"Resident population by district\n\n{TABLE}", register, date="2032-06-20")
    assert results["1,810,000"].verdict is Verdict.supported, results["1,810,000"].explanation
    text = "Resident population by district\n\nThe share of urban population is highest in Lunaria (69.3%)."
    assert claim_results(text, register, date="2032-06-20")["69.3%"].verdict is Verdict.supported


def test_a_sentence_with_a_stop_above_the_table_is_no_caption(register: list[Path]) -> None:
    # prose that mentions a day is an event's day, not the day the lines below count
    text = ("The district council met on 1 April 2032 and approved the budget.\n\n"
            "Lunaria has 1,810,000 residents.")
    result = claim_results(text, register, date="2032-06-20")["1,810,000"]
    assert result.verdict is Verdict.supported, result.explanation


def test_the_start_of_the_year_before_dates_the_paragraphs_counts(register: list[Path]) -> None:
    # a draft of March 2033: 'the start of this year' is 1 January 2033, a year after the register's count
    text = ("At the start of this year the country had 4.3 million residents. "
            "The population of Lunaria was 1.8 million.")
    result = claim_results(text, register, date="2033-03-10")["1.8 million"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.reason
    assert "1 January 2033" in result.explanation, result.explanation


def test_a_year_carried_from_a_day_before_leaves_a_flow_to_the_years_row(tmp_path: Path) -> None:
    # 'by the end of 2031' carries the year to the GDP of the next sentence; a year's output has no day
    packages = population_and_gdp(tmp_path, {("Chile", 2031): 19_810_000}, {("Chile", 2031): 2_266_000_000_000})
    text = ("By the end of 2031, Chile had returned to the top ten economies, the bank calculated. "
            "The volume of its GDP amounted to $2.3 trillion.")
    result = claim_results(text, packages, date="2032-05-01")["$2.3 trillion"]
    assert result.verdict is Verdict.supported, result.explanation
