"""A CSV header whose label holds a line break inside its quotes (Excel writes one for Alt+Enter in a cell:
"Country<CRLF>Code") is one row, as the csv module and pandas read it. The header was split at the first line end
whatever the quotes, so the row was cut inside the label: 'Country,"Country' read as 'Country' twice ("column
'Country' appears twice in the header") and the package was refused, though `reference init` had described the same
file. The file that showed it is kept in tests/corpus/quoted-breaks/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "quoted-breaks"
DRAFT = "---\ndate: 2023-06-01\n---\n\nConsumer prices in Chile rose 11.6% in 2022.\n"
FIELDS = [("Country", "string"), ("Country Code", "string"), ("Year", "year"), ("Inflation", "number")]


def _described(folder: Path, data: bytes) -> None:
    """A package describing the CSV by the labels as they read without their line breaks."""
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "cpi.csv").write_bytes(data)
    fields = [{"name": name, "type": kind} for name, kind in FIELDS]
    fields[3]["description"] = "Inflation, consumer prices (annual %)"
    (folder / "datapackage.json").write_text(json.dumps({"name": "cpi", "title": "Consumer prices", "sources": [
        {"name": "Statistics Office", "path": "https://stats.example.org", "title": "Statistics Office"}],
        "resources": [{"name": "cpi", "path": "data/cpi.csv", "schema": {"fields": fields}}]}), encoding="utf-8")


def _read_and_checked(root: Path, data: bytes) -> None:
    _described(root / "ref", data)
    (root / "bare").mkdir()
    (root / "bare" / "cpi.csv").write_bytes(data)
    (root / "d.md").write_text(DRAFT, encoding="utf-8")
    for folder in ("ref", "bare"):
        run = run_workbench("reference", "validate", folder, cwd=root)
        assert run.returncode == 0, run.stderr[:600]
        assert "appears twice" not in run.stderr
    run = run_workbench("check", "d.md", "--reference", "ref", "--format", "json", cwd=root)
    assert run.returncode == 0, run.stderr[:600]
    [claim] = json.loads(run.stdout)["drafts"][0]["results"]
    assert claim["verdict"] == "supported"
    assert "where the schema has 'Country Code'" in run.stderr and "read by position" in run.stderr  # a warning


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.csv")))
def test_a_header_label_broken_inside_its_quotes_is_one_row(tmp_path: Path, name: str) -> None:
    _read_and_checked(tmp_path, (CORPUS / name).read_bytes())


LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(break_=LINE_ENDS, row_end=LINE_ENDS, quoted_plain=st.lists(st.booleans(), min_size=4, max_size=4))
def test_a_label_with_any_line_break_inside_quotes_is_read(tmp_path_factory: pytest.TempPathFactory, break_: str,
                                                           row_end: str, quoted_plain: list[bool]) -> None:
    """'Country Code' broken by LF, CRLF or CR inside its quotes, rows ended by any of the three, the other labels
    quoted or not."""
    labels = [f'"{name}"' if quoted else name for (name, _), quoted in zip(FIELDS, quoted_plain)]
    labels[1] = f'"Country{break_}Code"'
    rows = [",".join(labels), "Uruguay,URY,2022,4.1", "Chile,CHL,2022,11.6"]
    _read_and_checked(tmp_path_factory.mktemp("breaks"), (row_end.join(rows) + row_end).encode("utf-8"))
