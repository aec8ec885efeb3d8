"""A date field's declared ``format`` that cannot give a date — a pattern Python cannot read, or one without
the year — is one problem on that field, never a crash and never rows dated 1900."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench



pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _rain_package(folder: Path, day_format: str, days: tuple[str, str]) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "rain.csv").write_text(f"Day,Rain\n{days[0]},12.5\n{days[1]},3.0\n", encoding="utf-8")
    descriptor = {"name": "rain", "resources": [{
        "name": "rain", "path": "data/rain.csv", "title": "Rainfall in Bergen (mm)",
        "schema": {"fields": [{"name": "Day", "type": "date", "format": day_format},
                              {"name": "Rain", "type": "number"}]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


@pytest.mark.parametrize("day_format", ["%-m/%-d/%Y", "%Q-%Y", "%d/%m/%Y %"])
def test_a_format_python_cannot_read_is_a_problem_on_its_field(tmp_path: Path, day_format: str) -> None:
    _rain_package(tmp_path / "rain", day_format, ("3/4/2021", "3/5/2021"))
    run = run_workbench("reference", "validate", "rain", "--format", "json", cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    problems = json.loads(run.stdout)
    assert [p["resource"] for p in problems] == ["rain"]
    assert "fields.0" in problems[0]["message"] and f"format {day_format!r} is not a date pattern" in problems[0]["message"]


def test_a_format_without_a_year_is_refused_not_dated_1900(tmp_path: Path) -> None:
    _rain_package(tmp_path / "rain", "%d %b", ("04 Mar", "05 Mar"))
    run = run_workbench("reference", "list", "--reference", "rain", cwd=tmp_path)
    assert "1900" not in run.stdout
    run = run_workbench("reference", "validate", "rain", "--format", "json", cwd=tmp_path)
    assert run.returncode == 2
    (problem,) = json.loads(run.stdout)
    assert "format '%d %b' has no year" in problem["message"]


def test_a_readable_pattern_with_year_and_month_still_reads_as_iso(tmp_path: Path) -> None:
    _rain_package(tmp_path / "rain", "%d %b %Y", ("04 Mar 2021", "05 Mar 2021"))
    run = run_workbench("reference", "validate", "rain", "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
