"""CSV rows ended the way other tools end lines: an EBCDIC conversion's NEL (U+0085), Unicode's line and paragraph
separators (U+2028, U+2029), ASCII's record separator. The header was cut at the first of them (str.splitlines
breaks there) while pandas read the whole file as one row, so a column the header named was missing from the
table: 'internal error: KeyError' from `check`, `reference list` and `reference validate`. Now the header row
is one line at its column saying to save the file with ordinary line ends, described or bare; a blank label in a
bare CSV's header is said at its column too, where it was 'String should have at least 1 character'. The CSVs are
kept in tests/corpus/line-ends/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_workbench

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "line-ends"
DRAFT = "---\ndate: 2023-05-01\n---\n\nMalawi emitted 1,510 thousand tonnes in 2021.\n"
FIELDS = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
          {"name": "Total", "type": "number"}, {"name": "Per Capita", "type": "number"}]


def _described(folder: Path, csv_text: bytes) -> Path:
    """A package of one resource, described as its publisher described it, holding ``csv_text``."""
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "emissions.csv").write_bytes(csv_text)
    (folder / "datapackage.json").write_text(json.dumps({"name": "emissions", "resources": [
        {"name": "emissions", "path": "data/emissions.csv", "schema": {"fields": FIELDS}}]}), encoding="utf-8")
    return folder


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and ": warning:" not in line
            and "problem(s) in" not in line]


def _commands(package: str) -> list[list[str]]:
    return [["check", "d.md", "--reference", package, "--no-progress"], ["reference", "validate", package],
            ["reference", "list", "--reference", package]]


@pytest.mark.parametrize(("name", "mark"), [("rows-ended-by-line-separator.csv", "U+2028"),
                                            ("rows-ended-by-next-line.csv", "U+0085")])
def test_a_described_csv_whose_rows_end_with_another_tools_line_end_is_one_line(tmp_path: Path, name: str,
                                                                                 mark: str) -> None:
    _described(tmp_path / "pkg", (CORPUS / name).read_bytes())
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    for command in _commands("pkg"):
        run = run_workbench(*command, cwd=tmp_path)
        assert run.returncode == 2 and run.stdout == "", (command, run.stderr)
        [line] = _errors(run.stderr)
        assert "pkg/data/emissions.csv:1:30: the header row holds " + mark in line, (command, line)
        assert "line feed or carriage return" in line, line


@pytest.mark.parametrize(("name", "says"), [
    ("rows-ended-by-line-separator.csv", "line 1 holds U+2028 where a row seems to end"),
    ("rows-ended-by-next-line.csv", "line 1 holds U+0085 where a row seems to end"),
    ("header-with-a-blank-label.csv", "line 1 column 3 has no label in the header row")])
def test_a_bare_csv_with_such_a_header_is_left_out_saying_why(tmp_path: Path, name: str, says: str) -> None:
    (tmp_path / "exports").mkdir()
    shutil.copy(CORPUS / name, tmp_path / "exports" / name)
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    for command in [*_commands("exports"), ["reference", "init", "exports", "--diff"]]:
        run = run_workbench(*command, cwd=tmp_path)
        assert run.returncode == 2 and says in run.stderr, (command, run.stderr)
        assert "at least 1 character" not in run.stderr, run.stderr
    assert [p.name for p in (tmp_path / "exports").iterdir()] == [name]


def test_a_label_holding_a_line_separator_in_a_file_of_ordinary_rows_is_still_refused_at_it(tmp_path: Path) -> None:
    """The header is read to its line feed, whatever it holds: never cut short at the separator."""
    rows = "Year,Country,Total\u2028(kt),Per Capita\n2021,Malawi,1510,0.08\n"
    _described(tmp_path / "pkg", rows.encode())
    run = run_workbench("reference", "validate", "pkg", cwd=tmp_path)
    assert run.returncode == 2 and "emissions.csv:1:19: the header row holds U+2028" in run.stderr, run.stderr


_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\x85", "\u2028", "\u2029", "\x1e", "\x0b", "\x0c", "\x1c"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ends=st.lists(_ENDS, min_size=4, max_size=4), bare=st.booleans(),
       command=st.sampled_from(["check", "validate", "list"]))
def test_any_line_ends_between_rows_give_a_result_or_one_line_per_problem(tmp_path_factory: pytest.TempPathFactory,
                                                                          ends: list[str], bare: bool,
                                                                          command: str) -> None:
    root = tmp_path_factory.mktemp("ends")
    rows = ["Year,Country,Total,Per Capita", "2019,Malawi,1450,0.08", "2020,Malawi,1390,0.07", "2021,Malawi,1510,0.08"]
    text = "".join(row + end for row, end in zip(rows, ends, strict=True)).encode()
    if bare:
        (root / "pkg").mkdir()
        (root / "pkg" / "emissions.csv").write_bytes(text)
    else:
        _described(root / "pkg", text)
    (root / "d.md").write_text(DRAFT, encoding="utf-8")
    args = {"check": ["check", "d.md", "--reference", "pkg", "--no-progress"], "validate": ["reference", "validate", "pkg"],
            "list": ["reference", "list", "--reference", "pkg"]}[command]
    run = run_workbench(*args, cwd=root)  # an internal error fails the test inside run_workbench
    assert run.returncode in (0, 1, 2), run.stderr
    if run.returncode == 2:
        assert _errors(run.stderr) and all("pkg" in line for line in _errors(run.stderr)), run.stderr
