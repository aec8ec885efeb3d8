"""A zipped package read as its folder reads: member names as the archiver wrote them, a README beside the one
package folder, resource paths written './data/…', and an archive that would expand past any package refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_workbench


FERRIES_CSV = "Year,Passengers\n2022,5100\n2023,5350\n"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _descriptor(path: str) -> str:
    return json.dumps({"name": "ferries", "resources": [{
        "name": "ferries", "path": path, "title": "Ferry passengers in Bergen (thousands)",
        "schema": {"fields": [{"name": "Year", "type": "year"}, {"name": "Passengers", "type": "integer"}]}}]})


def _zip(archive: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, content in members.items():
            zipped.writestr(name, content)
    return archive


def _validate(archive: Path) -> tuple[int, list[dict]]:
    run = run_workbench("reference", "validate", archive.name, "--format", "json", cwd=archive.parent)
    return run.returncode, json.loads(run.stdout or "[]")


def test_a_utf8_member_name_without_the_utf8_flag_is_found(tmp_path: Path) -> None:
    # Info-ZIP on Linux writes the name's UTF-8 bytes without setting the flag that says so.
    placeholder, name = "donnXXes.csv", "données.csv"
    assert len(placeholder.encode()) == len(name.encode())
    archive = _zip(tmp_path / "ferries.zip", {"datapackage.json": _descriptor(name), placeholder: FERRIES_CSV})
    raw = archive.read_bytes().replace(placeholder.encode(), name.encode())
    archive.write_bytes(raw)
    assert not zipfile.ZipFile(archive).infolist()[1].flag_bits & 0x800
    code, problems = _validate(archive)
    assert code == 0, problems
    assert not [p for p in problems if "missing" in p["message"]]


def test_a_readme_beside_the_one_package_folder_does_not_refuse_the_zip(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "ferries.zip", {"README.md": "Ferry counts from the harbour office.\n",
                                               "ferries/datapackage.json": _descriptor("data/ferries.csv"),
                                               "ferries/data/ferries.csv": FERRIES_CSV})
    code, problems = _validate(archive)
    assert code == 0, problems
    run = run_workbench("reference", "list", "--reference", "ferries.zip", cwd=tmp_path)
    assert run.returncode == 0 and "ferries" in run.stdout, run.stderr


@pytest.mark.parametrize("written", ["./data/ferries.csv", "data//ferries.csv"])
def test_a_resource_path_written_with_dot_slash_reads_in_a_zip_as_in_a_folder(tmp_path: Path, written: str) -> None:
    archive = _zip(tmp_path / "ferries.zip", {"datapackage.json": _descriptor(written),
                                               "data/ferries.csv": FERRIES_CSV})
    code, problems = _validate(archive)
    assert code == 0, problems


def test_a_member_that_expands_a_thousandfold_refuses_the_archive_in_one_problem(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "ferries.zip", {"datapackage.json": _descriptor("ferries.csv"),
                                               "ferries.csv": FERRIES_CSV, "padding.csv": b"0" * (24 * 1024 * 1024)})
    code, problems = _validate(archive)
    assert code == 2
    assert [p["code"] for p in problems] == ["archive-error"]
    assert "member 'padding.csv' expands" in problems[0]["message"]


def test_a_workbook_given_as_reference_is_a_file_not_a_broken_zipped_package(tmp_path: Path) -> None:
    _zip(tmp_path / "ferries.xlsx", {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
    (tmp_path / "d.md").write_text("Ferries carried 5,350 passengers in 2023.\n", encoding="utf-8")
    for args in (["check", "d.md", "--reference", "ferries.xlsx", "--no-progress"],
                 ["reference", "init", "ferries.xlsx"]):
        run = run_workbench(*args, cwd=tmp_path)
        assert run.returncode == 2, (args, run.stdout)
        assert "zip one package folder" not in run.stderr and "holds no datapackage.json" not in run.stderr
        assert "ferries.xlsx" in run.stderr and "not a package folder" in run.stderr, run.stderr


def test_a_zipped_package_too_big_to_cache_is_measured_by_what_it_expands_to(tmp_path: Path, monkeypatch) -> None:
    from workbench.cli.common import DEFAULT_CACHE_MAX_BYTES, reference_cache_dir

    rows = "2023,5350\n" * (DEFAULT_CACHE_MAX_BYTES // 10 + 1)
    archive = _zip(tmp_path / "ferries.zip", {"datapackage.json": _descriptor("ferries.csv"),
                                               "ferries.csv": "Year,Passengers\n" + rows})
    assert archive.stat().st_size < DEFAULT_CACHE_MAX_BYTES  # compressed, it would pass for small
    monkeypatch.delenv("WORKBENCH_CACHE_DIR", raising=False)
    monkeypatch.delenv("WORKBENCH_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert reference_cache_dir([archive]) is None
    assert reference_cache_dir([tmp_path]) is not None  # the folder beside it is small
