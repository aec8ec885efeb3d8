"""A snapshot table with no period column: its period is stated in its workbench block, its file's
name or its title/description, and every row holds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED, run_workbench, skip_or_fail_in_ci

from workbench.reference import load_reference

KZ_REGIONS = SHARED / "reference-sources" / "kz-bns-region-population-2023"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _snapshot(folder: Path, file_name: str, descriptor: dict | None = None) -> Path:
    folder.mkdir()
    (folder / file_name).write_text("Province,Residents\nNorth Vale,412500\nSouth Vale,389200\n")
    if descriptor is not None:
        (folder / "datapackage.json").write_text(json.dumps(descriptor))
    return folder


def _resource(path: str, **extra) -> dict:
    return {"name": "provinces", "path": path, "title": "Residents by province",
            "schema": {"fields": [{"name": "Province", "type": "string"},
                                  {"name": "Residents", "type": "integer"}]}, **extra}


def test_a_dated_file_name_is_every_rows_period(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path / "vale", "provinces_2024-01-01.csv")
    loaded = load_reference([folder])
    frame = next(iter(loaded.resources.values())).frame
    assert set(frame["period"].astype(str)) == {"2024-01-01"}
    run = run_workbench("reference", "validate", folder)
    assert run.returncode == 0
    assert "every row is read as 2024-01-01, the date in its file name" in run.stdout + run.stderr


def test_a_period_set_in_the_block_needs_no_date_in_the_name(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path / "vale", "provinces.csv", {
        "name": "vale", "resources": [_resource("provinces.csv", workbench={"period": "2023-07", "unit": ""})]})
    loaded = load_reference([folder])
    assert set(next(iter(loaded.resources.values())).frame["period"].astype(str)) == {"2023-07"}


def test_two_dates_in_the_title_are_refused_naming_the_setting(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path / "vale", "provinces.csv", {
        "name": "vale", "resources": [_resource("provinces.csv", title="Residents, 2022 and 2023")]})
    run = run_workbench("reference", "validate", folder)
    assert run.returncode != 0
    out = run.stdout + run.stderr
    assert "no period column" in out and "workbench.period" in out and "2022, 2023" in out


def test_the_shared_kazakhstan_region_snapshot_loads_on_1_january_2023() -> None:
    if not KZ_REGIONS.is_dir():
        skip_or_fail_in_ci(f"{KZ_REGIONS} is missing", " (it must be present in CI)")
    loaded = load_reference([KZ_REGIONS])
    regions = [r for r in loaded.resources.values() if r.meta.resource == "region_population_2023-01-01"]
    assert regions and all(set(r.frame["period"].astype(str)) == {"2023-01-01"} for r in regions)


def _early_years_package(folder: Path, title: str, description: str) -> Path:
    folder.mkdir()
    (folder / "rain.csv").write_text("Station,Rainfall\nBergen,2250\nVoss,1480\n", encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({"name": "rain", "resources": [{
        "name": "rain", "path": "rain.csv", "title": title, "description": description,
        "schema": {"fields": [{"name": "Station", "type": "string"}, {"name": "Rainfall", "type": "number"}]}}]}),
        encoding="utf-8")
    return folder


def test_an_early_number_in_prose_is_a_count_not_the_period(tmp_path: Path) -> None:
    _early_years_package(tmp_path / "rain", "Yearly rainfall (mm)", "Readings from 1650 weather stations.")
    run = run_workbench("reference", "validate", "rain", "--format", "json", cwd=tmp_path)
    assert "1650" not in run.stdout


@pytest.mark.parametrize("title, period", [("Rainfall of western Norway in 1780 (mm)", "1780"),
                                           ("Rainfall, 1780-1781 average (mm)", None)])
def test_an_early_year_after_a_cue_is_still_the_period(tmp_path: Path, title: str, period: str | None) -> None:
    _early_years_package(tmp_path / "rain", title, "Readings from 1650 weather stations.")
    run = run_workbench("reference", "validate", "rain", "--format", "json", cwd=tmp_path)
    said = [p["message"] for p in json.loads(run.stdout) if "no period column" in p["message"]]
    if period:
        assert said and f"every row is read as {period}, the date in its title" in said[0]
    else:
        assert "1780, 1781" in run.stdout  # a range states two years: no one period
