"""A monthly-published rate stated as one end of a move ('fell from 12.8 % to 11.9 %') with no year,
in a draft with no date, is a month's 12-month rate of an unknown year: the latest annual average
cannot contradict it. A dated draft, or a year named, keeps the contradiction."""

from __future__ import annotations

from pathlib import Path

from test_matching import check_text, write_package

from workbench.models import Verdict

INFLATION = [{"name": "inflation", "metric": "inflation, consumer prices", "aliases": ["inflation"],
              "dims": ["country"], "unit": "%",
              "rows": [{"period": "2022", "value": 11.6, "country": "Chile"},
                       {"period": "2023", "value": 7.6, "country": "Chile"}]}]


def verdicts(text: str, tmp_path: Path) -> dict[str, tuple[Verdict, str | None]]:
    results, _ = check_text(text + "\n", write_package(tmp_path / "pkg", INFLATION))
    return {claim: (r.verdict, r.reason) for claim, r in results.items()}


def test_a_move_between_two_readings_with_no_year_in_an_undated_draft_is_for_review(tmp_path: Path) -> None:
    found = verdicts("Inflation in Chile lately eased from 12.8% to 11.9%, the central bank said.", tmp_path)
    assert found["12.8%"] == (Verdict.needs_review, "different_period")
    assert found["11.9%"] == (Verdict.needs_review, "different_period")


def test_a_named_year_or_a_date_keeps_the_contradiction(tmp_path: Path) -> None:
    named = verdicts("Inflation in Chile eased from 12.8% in 2022 to 11.9% in 2023.", tmp_path)
    assert named["11.9%"] == (Verdict.contradicted, "contradicted")
    dated = verdicts("---\ndate: 2024-06-01\n---\n\nInflation in Chile lately eased from 12.8% to 11.9%.", tmp_path)
    assert dated["12.8%"] == (Verdict.contradicted, "contradicted")
    assert dated["11.9%"] == (Verdict.contradicted, "contradicted")
