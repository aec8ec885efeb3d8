"""A fact box's line ('GDP: $310 billion' as its own paragraph under a country's heading) has no tense, as a
table's cell has none: the page's date says when it was shown, not which year its figure counts — a
projection for next year as often as last year's outturn. A latest row that disagrees is for a person to
read; a line that names its year is judged as usual."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


def test_an_undated_fact_line_is_not_contradicted_by_the_latest_row(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Chile", 2022): 19.6e6}, {("Chile", 2022): 301e9})
    result = claim_results("# Chile\n\nGDP: $330 billion", packages, date="2023-09-01")["$330 billion"]
    assert result.verdict is Verdict.needs_review
    assert "fact box" in result.explanation


def test_a_fact_line_that_names_its_year_is_judged(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Chile", 2022): 19.6e6}, {("Chile", 2022): 301e9})
    result = claim_results("# Chile\n\nGDP in 2022: $330 billion", packages, date="2023-09-01")["$330 billion"]
    assert result.verdict is Verdict.contradicted


def test_a_sentence_of_a_dated_draft_is_still_read_by_its_date(tmp_path: Path) -> None:
    # prose, not a fact line: a dated draft's 'last year' is the year before its date
    packages = population_and_gdp(tmp_path, {("Chile", 2022): 19.6e6}, {("Chile", 2022): 301e9})
    result = claim_results("Chile's GDP stood at $330 billion last year, the statistics office said.", packages,
                           date="2023-09-01")["$330 billion"]
    assert result.verdict is Verdict.contradicted
