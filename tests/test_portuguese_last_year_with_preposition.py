"""Portuguese 'no ano passado' is 'last year', the calendar year before the draft's, not 'in the last year'
(the twelve months before it), an average over a span whose end an undated draft cannot tell."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package


def test_no_ano_passado_is_last_year_not_a_span(tmp_path: Path) -> None:
    text = "No ano passado, a taxa média de inflação no Chile foi de 11,6%."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)["11,6%"]
    assert result.reason != "span_end_unknown", result.explanation
    assert "in the last year" not in result.explanation.lower(), result.explanation


def test_no_ano_passado_in_a_dated_draft_is_the_year_before(tmp_path: Path) -> None:
    text = "No ano passado, a taxa média de inflação no Chile foi de 11,6%."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-03-01")["11,6%"]
    assert result.verdict.value == "supported" and "2022" in result.explanation, result.explanation
