"""Descriptor forms Frictionless allows that the workbench does not read — inline rows (`data`), a schema or a
dialect given as the path or URL of a file of its own — are one line naming the form and what to write instead,
not a validator's 'Field required' or 'should be a valid dictionary', and a dialect file is never ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import publisher_package

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _package(tmp_path: Path, change) -> Path:
    folder = publisher_package(tmp_path / "harvest", "harvest", "Maize harvest of Zambia", "Harvest",
                               {("Zambia", 2021): 3.6, ("Zambia", 2022): 2.7})
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    change(folder, descriptor["resources"][0])
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def _schema_in_a_file(folder: Path, resource: dict) -> None:
    (folder / "schema.json").write_text(json.dumps(resource["schema"]), encoding="utf-8")
    resource["schema"] = "schema.json"


def _dialect_in_a_file(folder: Path, resource: dict) -> None:
    csv = folder / resource["path"]
    csv.write_text(csv.read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8")
    (folder / "dialect.json").write_text('{"delimiter": ";"}', encoding="utf-8")
    resource["dialect"] = "dialect.json"


def _inline_rows(folder: Path, resource: dict) -> None:
    del resource["path"]
    resource["data"] = [["Country", "Country Code", "Year", "Harvest"], ["Zambia", "ZMB", 2021, 3.6]]


@pytest.mark.parametrize(("change", "words"), [
    (_schema_in_a_file, ['"schema": \'schema.json\'', "a file of its own", 'put its JSON object in the descriptor']),
    (_dialect_in_a_file, ['"dialect": \'dialect.json\'', "a file of its own"]),
    (_inline_rows, ['inline rows ("data") are not read', 'give its "path"']),
])
def test_a_form_not_read_is_named_for_what_it_is(tmp_path: Path, change, words: list[str]) -> None:
    folder = _package(tmp_path, change)
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2023-05-01\n---\n\nZambia harvested 3.6 million tonnes of maize in 2021.\n")
    for command in (["check", draft, "--reference", folder], ["reference", "list", "--reference", folder],
                    ["reference", "init", folder]):
        run = run_workbench(*command, cwd=tmp_path)
        assert run.returncode == 2, run.stderr
        [line] = run.stderr.strip().splitlines()
        assert "harvest/datapackage.json" in line and ("resources[0] (harvest):" in line or "resources[0]:" in line), line
        assert all(word in line for word in words), line
        assert "Field required" not in line and "valid dictionary" not in line and ").:" not in line, line
