"""A draft whose page shows only the month it was published in says so in its front matter
(``date: 2023-05``): it speaks from that month's last day — relative years count from the month's year, and
what was published by the month's end counts as published — and reports show the month, not a made-up day.
An impossible month is bad input, told on one line. Invented figures and sentences."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.cli import main
from workbench.drafts import DraftError, parse_draft
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


def test_a_month_date_is_the_month_last_day_and_shown_as_the_month() -> None:
    draft = parse_draft(b"---\ndate: 2024-02\n---\nTrade grew by 10%.\n", "month.md")
    assert draft.date == dt.date(2024, 2, 29)
    assert draft.month_only and draft.date_shown == "2024-02"
    day = parse_draft(b"---\ndate: 2024-02-03\n---\nTrade grew by 10%.\n", "day.md")
    assert day.date_shown == "2024-02-03" and not day.month_only


@pytest.mark.parametrize("value", ["2023-13", "2023-00", "23-05"])
def test_an_impossible_month_is_bad_input(value: str) -> None:
    with pytest.raises(DraftError, match="ISO date"):
        parse_draft(f"---\ndate: {value}\n---\nTrade grew by 10%.\n".encode(), "bad.md")


def test_relative_years_count_from_the_month(cpi: Path) -> None:
    result = claim_results("Norway's inflation was 5.8% last year.", [cpi], date="2023-05")["5.8%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022", result.explanation


def test_a_year_published_within_the_month_counts_as_published(cpi: Path) -> None:
    # the yearly rates are out two weeks after the year ends: by the end of January, not on 2 January
    month = claim_results("Norway's inflation in 2022 was 5.8%.", [cpi], date="2023-01")["5.8%"]
    assert month.verdict is Verdict.supported, month.explanation
    assert "published after" not in month.explanation, month.explanation
    early_day = claim_results("Norway's inflation in 2022 was 5.8%.", [cpi], date="2023-01-02")["5.8%"]
    assert "published after the draft's date" in early_day.explanation, early_day.explanation


def test_the_report_gives_the_month(cpi: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "month.md"
    draft.write_text("---\ndate: 2023-05\n---\n\nNorway's inflation was 5.8% last year.\n", encoding="utf-8")
    assert main(["check", str(draft), "--reference", str(cpi), "--format", "json", "--exit-zero"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["drafts"][0]["draft"]["date"] == "2023-05"


def test_an_explanation_gives_the_month_not_a_made_up_day(cpi: Path) -> None:
    result = claim_results("Norway's inflation in 2022 was 5.8%.", [cpi], date="2022-12")["5.8%"]
    assert "2022-12" in result.explanation, result.explanation
    assert "2022-12-31" not in result.explanation and "31 December" not in result.explanation, result.explanation


def test_extract_gives_the_month_as_check_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "month.md"
    draft.write_text("---\ndate: 2023-05\n---\n\nExports rose 4% last year.\n", encoding="utf-8")
    assert main(["extract", str(draft), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["draft"]["date"] == "2023-05"
    # a date given for the reading is no month of the draft's: the day is shown
    assert main(["extract", str(draft), "--format", "json", "--as-of", "2023-06-15"]) == 0
    assert json.loads(capsys.readouterr().out)["draft"]["date"] == "2023-06-15"
