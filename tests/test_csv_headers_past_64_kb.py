"""A CSV whose header row is longer than 64 kB (a publisher's table of a few thousand labelled columns: a note
column per survey edition, a column per day) is read whole. The table reader took its header from the file's
first 64 kB, so the label the cut fell in became a phantom column ('Footnote on the surve') and every column
after it 'has no column in the file': the package was refused, though every label was declared. The package
that showed it is kept in tests/corpus/wide-headers/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_workbench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "wide-headers"
DRAFT = "---\ndate: 2023-06-01\n---\n\nConsumer prices in Chile rose 11.6% in 2022.\n"


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_a_package_whose_header_passes_64_kb_is_read_and_checked(tmp_path: Path, name: str) -> None:
    shutil.copytree(CORPUS / name, tmp_path / "ref")
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    assert len((tmp_path / "ref" / "data" / "cpi.csv").read_bytes().split(b"\n", 1)[0]) > 65536
    validated = run_workbench("reference", "validate", "ref", cwd=tmp_path)
    assert validated.returncode == 0, validated.stderr
    assert "has no column" not in validated.stderr and "not declared" not in validated.stderr
    checked = run_workbench("check", "d.md", "--reference", "ref", "--format", "json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    [claim] = json.loads(checked.stdout)["drafts"][0]["results"]
    assert claim["verdict"] == "supported"


def _package(folder: Path, labels: list[str], value_at: int) -> None:
    """A described package: place, code and year, then ``labels`` (text columns, empty) with the value
    column among them at ``value_at``."""
    columns = ["Country", "Country Code", "Year", *labels]
    columns.insert(3 + value_at, "Inflation")
    cells = {"Country": "Chile", "Country Code": "CHL", "Year": "2022", "Inflation": "11.6"}
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "cpi.csv").write_text(
        ",".join(columns) + "\n" + ",".join(cells.get(c, "") for c in columns) + "\n", encoding="utf-8")
    types = {"Year": "year", "Inflation": "number"}
    fields = [{"name": c, "type": types.get(c, "string")} for c in columns]
    fields[columns.index("Inflation")]["description"] = "Inflation, consumer prices (annual %)"
    (folder / "datapackage.json").write_text(json.dumps({"name": "cpi", "title": "Consumer prices", "sources": [
        {"name": "Statistics Office", "path": "https://stats.example.org", "title": "Statistics Office"}], "resources": [
        {"name": "cpi", "path": "data/cpi.csv", "schema": {"fields": fields}}]}), encoding="utf-8")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(width=st.integers(40, 120), count=st.integers(500, 900), value_at=st.integers(0, 900),
       letter=st.sampled_from("aéж中"))
def test_any_header_that_passes_64_kb_is_read_whole(tmp_path_factory: pytest.TempPathFactory, width: int,
                                                    count: int, value_at: int, letter: str) -> None:
    """Labels of 50–130 characters (their letter 1–3 bytes in UTF-8) × 500–900 columns: headers of 25 kB to
    350 kB, the cut of 64 kB anywhere in a label (or inside a character), the value column before or after it."""
    root = tmp_path_factory.mktemp("wide")
    labels = [f"note {i:05d} " + letter * width for i in range(count)]
    _package(root / "ref", labels, min(value_at, count))
    (root / "d.md").write_text(DRAFT, encoding="utf-8")
    run = run_workbench("check", "d.md", "--reference", "ref", "--format", "json", cwd=root)
    assert run.returncode == 0, run.stderr[:600]
    [claim] = json.loads(run.stdout)["drafts"][0]["results"]
    assert claim["verdict"] == "supported"


def test_a_wide_tables_value_column_keeps_its_own_missing_values(tmp_path: Path) -> None:
    """Each column's missing values are now looked up once for the whole schema (asked column by column, a schema
    of thousands of fields was read in quadratic time): the value column's own missingValues ('n/a') still mark an
    observation missing, not a cell that is no number, among 1,500 columns of notes."""
    _package(tmp_path / "ref", [f"note {i:04d} on the method" for i in range(1500)], 1500)
    package = tmp_path / "ref"
    described = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    fields = described["resources"][0]["schema"]["fields"]
    next(f for f in fields if f["name"] == "Inflation")["missingValues"] = ["n/a"]
    (package / "datapackage.json").write_text(json.dumps(described), encoding="utf-8")
    with (package / "data" / "cpi.csv").open("a", encoding="utf-8") as csv_file:
        csv_file.write("Peru,PER,2022," + "," * 1500 + "n/a\n")
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    validated = run_workbench("reference", "validate", "ref", cwd=tmp_path)
    assert validated.returncode == 0 and "is not a number" not in validated.stderr, validated.stderr[:600]
    checked = run_workbench("check", "d.md", "--reference", "ref", "--format", "json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr[:600]
    [claim] = json.loads(checked.stdout)["drafts"][0]["results"]
    assert claim["verdict"] == "supported"
