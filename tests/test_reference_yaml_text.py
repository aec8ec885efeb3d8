"""A datapackage.yaml is the publisher's text: read as YAML 1.2 reads it (Norway's code NO stays 'NO'), and
`reference init` only ever adds its blocks to it — never dumps the file again whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench


FERRIES_CSV = "Year,Country,Passengers\n2022,NO,5100\n2022,SE,4200\n2023,NO,5350\n2023,SE,4410\n"

DESCRIPTOR = """\
# Kept by the ferry desk: do not reorder.
name: ferry-traffic
codes: {NO: Norway, SE: Sweden, 2020: census year}
resources:
  - name: ferries
    path: ferries.csv
    title: Ferry passengers (thousands)
    schema:
      fields:
        - name: Year
          type: year
        - name: Country
          type: string
          constraints: {enum: [NO, SE]}
        - name: Passengers
          type: integer
"""


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _package(folder: Path, descriptor: str = DESCRIPTOR) -> Path:
    folder.mkdir(parents=True)
    (folder / "ferries.csv").write_text(FERRIES_CSV, encoding="utf-8")
    (folder / "datapackage.yaml").write_text(descriptor, encoding="utf-8")
    return folder


def test_no_in_yaml_stays_the_country_code_not_false(tmp_path: Path) -> None:
    _package(tmp_path / "ferries")
    run = run_workbench("reference", "validate", "ferries", "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert not [p for p in json.loads(run.stdout) if "enum" in p["message"] or "False" in p["message"]]


def test_init_adds_its_block_and_leaves_every_other_line_as_written(tmp_path: Path) -> None:
    folder = _package(tmp_path / "ferries")
    run = run_workbench("reference", "init", "ferries", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    written = (folder / "datapackage.yaml").read_text(encoding="utf-8")
    assert written.startswith(DESCRIPTOR)  # comment, flow mapping, NO and 2020 exactly as the publisher wrote them
    assert written[len(DESCRIPTOR):].startswith("    workbench:\n      fields:\n        period: Year\n")


def test_init_prints_a_diff_when_its_blocks_cannot_be_placed_and_leaves_the_file(tmp_path: Path) -> None:
    flow = ("# Kept by the ferry desk.\nname: ferry-traffic\nresources:\n"
            "  - {name: ferries, path: ferries.csv, title: Ferry passengers (thousands), schema: {fields: "
            "[{name: Year, type: year}, {name: Country, type: string}, {name: Passengers, type: integer}]}}\n")
    folder = _package(tmp_path / "ferries", flow)
    run = run_workbench("reference", "init", "ferries", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (folder / "datapackage.yaml").read_text(encoding="utf-8") == flow
    assert "+    workbench:" in run.stdout or "+  workbench:" in run.stdout
    assert "cannot be placed into this file's own layout" in run.stderr


TOWNS_YAML = """\
name: towns
version: 1.10
resources:
  - name: towns
    path: {path}
    title: Residents of harbour towns
    schema:
      fields:
        - {{name: Town, type: string}}
        - {{name: Residents, type: integer}}
{block}"""


def test_an_unquoted_year_pins_the_period_as_its_text(tmp_path: Path) -> None:
    folder = tmp_path / "towns"
    folder.mkdir()
    (folder / "towns.csv").write_text("Town,Residents\nPort Avery,48300\n", encoding="utf-8")
    (folder / "datapackage.yaml").write_text(
        TOWNS_YAML.format(path="towns.csv", block="    workbench:\n      period: 2019\n"), encoding="utf-8")
    run = run_workbench("reference", "validate", "towns", "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stdout
    assert not [p for p in json.loads(run.stdout) if "valid string" in p["message"]]
    from workbench.reference import load_reference
    assert set(load_reference([folder]).resources["towns"].frame["period"]) == {"2019"}


def test_the_pin_hint_of_a_yaml_package_is_written_in_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "towns"
    folder.mkdir()
    (folder / "towns_2019.csv").write_text("Town,Residents\nPort Avery,48300\n", encoding="utf-8")
    (folder / "datapackage.yaml").write_text(TOWNS_YAML.format(path="towns_2019.csv", block=""), encoding="utf-8")
    run = run_workbench("reference", "validate", "towns", "--format", "json", cwd=tmp_path)
    hints = [p["hint"] for p in json.loads(run.stdout) if "no period column" in p["message"]]
    assert hints == ["set period: '2019' in its workbench block to pin it"]


def test_an_unquoted_version_keeps_its_text() -> None:
    from workbench.reference.yaml_descriptor import yaml_as_json
    converted, _, problems = yaml_as_json(TOWNS_YAML.format(path="towns.csv", block="").encode(), "datapackage.yaml")
    assert not problems and converted is not None
    assert json.loads(converted)["version"] == "1.10"


def test_init_on_a_crlf_yaml_writes_crlf_lines_only(tmp_path: Path) -> None:
    crlf = DESCRIPTOR.replace("\n", "\r\n")
    folder = _package(tmp_path / "ferries", crlf)
    (folder / "datapackage.yaml").write_bytes(crlf.encode())  # write_text would translate nothing here; be exact
    run = run_workbench("reference", "init", "ferries", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    written = (folder / "datapackage.yaml").read_bytes()
    assert written.startswith(crlf.encode()) and b"workbench:" in written
    assert written.count(b"\n") == written.count(b"\r\n")
