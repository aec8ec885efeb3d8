"""A folder of CSVs without a datapackage.json is described from each CSV's first rows (in memory by every
command, on disk by `reference init`). A cell past the csv module's 128 KiB field limit in those rows escaped
as 'internal error: Error: field larger than field limit (131072); please report' from `check`, `reference
validate` and `reference init`; a described package's own reading already said 'cannot be read as CSV' at the
line. The CSVs are kept in tests/corpus/bare-csvs/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import run_workbench

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "bare-csvs"


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and ": warning:" not in line
            and "problem(s) in" not in line]


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.csv")))
def test_a_bare_csv_whose_first_rows_cannot_be_read_is_one_line_naming_the_line(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copy(CORPUS / name, folder / name)
    (tmp_path / "d.md").write_text("---\ndate: 2023-05-01\n---\n\nMalawi exported 5.25 in 2022.\n", encoding="utf-8")
    before = (folder / name).read_bytes()
    for command in (["check", "d.md", "--reference", "exports"], ["reference", "validate", "exports"],
                    ["reference", "init", "exports", "--diff"], ["reference", "init", f"exports/{name}", "--diff"]):
        run = run_workbench(*command, cwd=tmp_path)
        assert run.returncode == 2 and run.stdout == "", (command, run.stderr)
        [line] = _errors(run.stderr)
        assert "internal error" not in line and "cannot be read as CSV" in line and "line 2" in line \
            or line.startswith("workbench: exports/") and ":2: cannot be read as CSV" in line, (command, line)
    assert sorted(p.name for p in folder.iterdir()) == [name] and (folder / name).read_bytes() == before
