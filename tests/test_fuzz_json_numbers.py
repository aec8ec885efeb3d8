"""A JSON number of any length, anywhere in a JSON file the workbench reads — a package's datapackage.json,
a reviewer's ledger, a baseline — is read or refused in one line. Python refuses to convert a whole number
of more than 4,300 digits with a ValueError no reader's `except json.JSONDecodeError` caught: every such
file was 'internal error'. The files that crashed are kept in tests/corpus/json/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import run_workbench

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.readfile import parse_json
from workbench.reference import clear_cache

CORPUS = Path(__file__).parent / "corpus" / "json"
GDP = Path(__file__).parent / "corpus" / "packages" / "gdp"
DRAFT = "---\ndate: 2023-03-01\n---\n\nThe Arab World's GDP was $25.8 billion in 1968.\n"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _one_line_or_result(run, what: str) -> None:  # type: ignore[no-untyped-def]
    assert run.returncode in (0, 1, 2), run.stderr
    if run.returncode == 2:
        errors = [line for line in run.stderr.splitlines() if ": warning:" not in line and line.strip()]
        assert errors and all(":" in line for line in errors), (what, run.stderr)


def test_a_whole_number_longer_than_python_converts_is_the_float_it_is() -> None:
    assert parse_json('{"a": 1' + "0" * 5000 + "}") == {"a": float("inf")}
    assert parse_json("[-" + "9" * 5000 + ", 12]") == [float("-inf"), 12]
    assert parse_json(b'{"n": 4300}') == {"n": 4300} and isinstance(parse_json("7"), int)


def test_a_descriptor_with_a_version_of_5001_digits_is_one_problem_on_its_line(tmp_path: Path) -> None:
    package = tmp_path / "gdp"
    shutil.copytree(GDP, package)
    shutil.copy(CORPUS / "datapackage-version-of-5001-digits.json", package / "datapackage.json")
    validated = run_workbench("reference", "validate", "gdp", cwd=tmp_path)
    assert validated.returncode == 2
    says = "gdp/datapackage.json: version: Input should be a valid string"
    assert validated.stderr.startswith(says), validated.stderr
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    checked = run_workbench("check", "d.md", "--reference", "gdp", "--no-progress", cwd=tmp_path)
    assert checked.returncode == 2 and "gdp/datapackage.json" in checked.stderr, checked.stderr
    assert run_workbench("reference", "init", "gdp", cwd=tmp_path).returncode in (0, 2)


def test_a_baseline_with_a_schema_version_of_5001_digits_says_to_write_it_again(tmp_path: Path) -> None:
    shutil.copytree(GDP, tmp_path / "gdp")
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    shutil.copy(CORPUS / "baseline-schema-version-of-5001-digits.json", tmp_path / "baseline.json")
    run = run_workbench("check", "d.md", "--reference", "gdp", "--baseline", "baseline.json", "--no-progress",
                        cwd=tmp_path)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert "baseline.json: baseline schema_version inf is not 1 (write it again with --write-baseline)" in line, line


def _paths(value: Any, at: tuple = ()) -> list[tuple]:
    """Every place in a JSON document a value sits, as a path of keys and indexes."""
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*at, index))
    return found


def _replaced(document: Any, path: tuple, new: str) -> str:
    """The document's JSON text with the value at ``path`` written as ``new`` (a raw JSON number)."""
    marker = "\u0000long-number\u0000"
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    holder = copy
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = marker
    return json.dumps(copy, indent=2, ensure_ascii=False).replace(json.dumps(marker), new)


@pytest.fixture(scope="module")
def reviewed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose one draft has a reviewer's ledger (copied for each example)."""
    root = tmp_path_factory.mktemp("reviewed")
    shutil.copytree(GDP, root / "reference_data")
    (root / "drafts").mkdir()
    (root / "drafts" / "gdp.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/gdp.md", cwd=root).returncode == 0
    checked = run_workbench("check", "drafts/gdp.md", "--format", "json", "--no-progress", "--exit-zero", cwd=root)
    claim = json.loads(checked.stdout)["drafts"][0]["results"][0]["claim"]["id"]
    reviewed = run_workbench("review", "drafts/gdp.md", "--set", f"{claim}=supported", "--reviewer", "Amina",
                             "--note", "matches the World Bank row", cwd=root)
    assert reviewed.returncode == 0, reviewed.stderr
    return root


NUMBERS = st.builds(lambda sign, digits, tail: sign + "1" + "0" * digits + tail, st.sampled_from(["", "-"]),
                    st.integers(4300, 6000), st.sampled_from(["", ".5", "e3"]))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data(), number=NUMBERS)
def test_a_long_number_anywhere_in_a_ledger_or_descriptor_is_read_or_one_line(
        reviewed_project: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, number: str) -> None:
    root = tmp_path_factory.mktemp("project") / "p"
    shutil.copytree(reviewed_project, root)
    [ledger] = (root / "claims").rglob("*.json")
    target = data.draw(st.sampled_from([ledger, root / "reference_data" / "datapackage.json"]), label="file")
    document = json.loads(target.read_text(encoding="utf-8"))
    at = data.draw(st.sampled_from(_paths(document)), label="replaced value")
    target.write_text(_replaced(document, at, number), encoding="utf-8")
    clear_cache()
    for args in (["check", "drafts/gdp.md", "--format", "json", "--no-progress"],
                 ["review", "drafts/gdp.md"], ["export", "drafts/gdp.md", "--format", "claimreview"]):
        _one_line_or_result(run_workbench(*args, cwd=root), " ".join(args))


def test_a_whole_number_beyond_float_range_is_inf_not_an_int_that_float_refuses() -> None:
    from workbench.fetch.worldbank import _number_text
    big = parse_json('{"value": ' + "7" * 400 + "}")["value"]
    assert big == float("inf")
    assert _number_text(big) == "inf"
    assert _number_text(int("7" * 400)) == "7" * 400
    assert isinstance(parse_json("1" + "0" * 300), int)


def test_reference_init_of_a_zip_whose_descriptor_holds_a_5001_digit_number_is_no_internal_error(
        tmp_path: Path) -> None:
    import zipfile
    text = (GDP / "datapackage.json").read_text(encoding="utf-8").replace("{", '{"x_tally": 9' + "1" * 5000 + ", ", 1)
    with zipfile.ZipFile(tmp_path / "gdp.zip", "w") as archive:
        archive.writestr("datapackage.json", text)
        for path in sorted(GDP.rglob("*")):
            if path.is_file() and path.name != "datapackage.json":
                archive.write(path, path.relative_to(GDP).as_posix())
    run = run_workbench("reference", "init", "gdp.zip", cwd=tmp_path)
    assert "internal error" not in run.stderr, run.stderr
    assert run.returncode in (0, 2), run.stderr


@pytest.mark.parametrize("number", ["1e999", "-" + "9" * 400])
def test_reference_init_never_writes_infinity_into_json(tmp_path: Path, number: str) -> None:
    """A number beyond float range is read as inf; written back it would be `Infinity`, which no JSON reader
    accepts: init says where it is and leaves the file as it was."""
    package = tmp_path / "gdp"
    shutil.copytree(GDP, package)
    descriptor = package / "datapackage.json"
    before = descriptor.read_text(encoding="utf-8").replace("{", '{"x_ceiling": ' + number + ", ", 1)
    descriptor.write_text(before, encoding="utf-8")
    run = run_workbench("reference", "init", "gdp", "--force", cwd=tmp_path)
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert "gdp/datapackage.json" in run.stderr and "x_ceiling" in run.stderr, run.stderr
    assert descriptor.read_text(encoding="utf-8") == before
