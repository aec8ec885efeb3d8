"""Hostile and broken reference packages: no hangs, no tracebacks, no code run, one line each."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.reference import clear_cache, validate_packages

FIELDS = [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
          {"name": "unit", "type": "string"}, {"name": "country", "type": "string"}]


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def package(folder: Path, resource: dict | None = None, csv: str | None = "period,value,unit,country\n2022,1,USD,KZ\n",
            **package_keys: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    entry = {"name": "r", "path": "r.csv", "title": "R", "sources": [{"title": "S", "path": "https://s.example"}],
             "schema": {"fields": FIELDS}, "workbench": {"metric": "trade", "aliases": ["t"], "kind": "level"}}
    entry.update(resource or {})
    (folder / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [entry], **package_keys}))
    if csv is not None:
        (folder / "r.csv").write_text(csv)
    return folder


def test_a_catastrophic_pattern_runs_in_linear_time(tmp_path: Path) -> None:
    fields = [*FIELDS[:3], {"name": "country", "type": "string", "constraints": {"pattern": "(a+)+$"}}]
    rows = "".join(f"{2000 + i},1,USD,{'a' * 40}!\n" for i in range(20))
    folder = package(tmp_path / "p", {"schema": {"fields": fields}}, "period,value,unit,country\n" + rows)
    started = time.monotonic()
    problems = validate_packages([folder])
    assert time.monotonic() - started < 5
    assert any("does not match '(a+)+$'" in p.message for p in problems)


def test_a_pattern_re2_cannot_run_is_a_schema_problem(tmp_path: Path) -> None:
    fields = [*FIELDS[:3], {"name": "country", "type": "string", "constraints": {"pattern": r"(a)\1"}}]
    folder = package(tmp_path / "p", {"schema": {"fields": fields}})
    assert any(p.code == "schema-error" and "RE2" in p.message for p in validate_packages([folder]))


@pytest.mark.parametrize(("pattern", "reason"), [("((", "missing ): (("), (r"(?<=a)b", "invalid perl operator: (?<="),
                                                  ("a{1001}", "invalid repetition size: {1001}")])
def test_a_pattern_re2_refuses_is_one_line_of_text_on_the_process_stderr(pattern: str, reason: str,
                                                                         tmp_path: Path) -> None:
    """A real process, because RE2 logged each refusal itself on file descriptor 2 ('E0000 … re2.cc:242] Error
    parsing …', twice per field), beside the problem lines, and the reason was shown as bytes (b'missing ): (()."""
    from conftest import run_workbench_process

    fields = [*FIELDS[:3], {"name": "country", "type": "string", "constraints": {"pattern": pattern}}]
    package(tmp_path / "p", {"schema": {"fields": fields}})
    run = run_workbench_process("reference", "validate", "p", cwd=tmp_path)
    assert run.returncode == 2
    problem, summary = run.stderr.strip().splitlines()
    assert problem.startswith(f"p/r.csv:1:4: field 'country': constraint pattern cannot be used: {reason} (patterns "
                              "run on RE2"), run.stderr
    assert summary.startswith("workbench: 1 problem(s)"), run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_as_resource_is_refused_without_hanging(tmp_path: Path) -> None:
    folder = package(tmp_path / "p", csv=None)
    os.mkfifo(folder / "r.csv")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(validate_packages([folder])), daemon=True)
    worker.start()
    worker.join(10)
    assert result, "validation hung on a FIFO"
    assert [p.code for p in result[0] if p.is_error] == ["missing-file"]
    assert "not a regular file" in result[0][0].message


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from workbench.reference.files import MAX_FILE_BYTES

    folder = package(tmp_path / "p", csv=None)
    with open(folder / "r.csv", "wb") as fh:  # sparse: no disk, no memory
        fh.truncate(MAX_FILE_BYTES + 1)
    problems = validate_packages([folder])
    assert len(problems) == 1 and "larger than 512 MB" in problems[0].message


@pytest.mark.parametrize("path", ["r\x00.csv", "r\n.csv"])
def test_control_characters_in_a_resource_path_are_one_line(tmp_path: Path, path: str, capsys) -> None:
    folder = package(tmp_path / "p", {"path": path})
    assert main(["reference", "validate", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "control characters" in err and "Traceback" not in err and err.count("\n") == 2


def test_deeply_nested_json_is_one_line(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"name": "p", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert main(["reference", "validate", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "nested too deeply" in err and err.count("\n") == 2


def test_an_unclosed_quote_is_reported_not_swallowed(tmp_path: Path) -> None:
    folder = package(tmp_path / "p", csv='period,value,unit,country\n2022,1,USD,"KZ\n2023,2,USD,KZ\n')
    problems = [p for p in validate_packages([folder]) if p.is_error]
    assert problems and "never closed" in problems[0].message


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "JAVASCRIPT:x"])
def test_only_http_links_pass(tmp_path: Path, url: str) -> None:
    source = package(tmp_path / "a", {"sources": [{"title": "S", "path": url}]})
    assert any("only http(s) URLs" in p.message for p in validate_packages([source]))
    fields = [*FIELDS, {"name": "source_url", "type": "string"}]
    row = package(tmp_path / "b", {"schema": {"fields": fields}},
                  f"period,value,unit,country,source_url\n2022,1,USD,KZ,\"{url}\"\n")
    assert any("is not an http(s) URL" in p.message for p in validate_packages([row]))
    home = package(tmp_path / "c", homepage=url)
    assert any("only http(s) URLs" in p.message for p in validate_packages([home]))


def test_any_csv_text_gives_problems_or_a_frame_never_an_exception(tmp_path_factory) -> None:
    import csv
    import io

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
    row = st.lists(cell, min_size=0, max_size=6)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(rows=st.lists(row, max_size=8), raw_tail=st.binary(max_size=16))
    def check(rows: list[list[str]], raw_tail: bytes) -> None:
        out = io.StringIO()
        csv.writer(out).writerows([["period", "value", "unit", "country"], *rows])
        folder = package(tmp_path_factory.mktemp("h"), csv=None)
        (folder / "r.csv").write_bytes(out.getvalue().encode("utf-8") + raw_tail)
        clear_cache()
        problems = validate_packages([folder])
        assert all(p.path and p.message for p in problems)

    check()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_folder_without_a_descriptor_reads_only_its_own_regular_csvs(tmp_path: Path, capsys) -> None:
    outside = tmp_path / "secret.csv"
    outside.write_text("Year,Value\n2020,424242\n")
    folder = tmp_path / "bare"
    folder.mkdir()
    os.mkfifo(folder / "pipe.csv")
    (folder / "link.csv").symlink_to(outside)
    (folder / "good.csv").write_text("Year,Country,Value\n2021,Kenya,5.7\n")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(validate_packages([folder])), daemon=True)
    worker.start()
    worker.join(10)
    assert result, "describing the folder hung on a FIFO"
    problems = result[0]
    assert not [p for p in problems if p.is_error]
    assert any(p.code == "missing-file" and p.path.endswith("pipe.csv") and "not a regular file" in p.message
               for p in problems)
    assert not any("link" in (p.path or "") or "link.csv" in p.message for p in problems if p.code != "no-descriptor")
    assert "(good.csv, pipe.csv)" not in str(problems) and "(good.csv)" in str(problems)
    (folder / "good.csv").unlink()
    assert main(["reference", "validate", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "pipe.csv" in err and err.count("\n") == 2


@pytest.mark.parametrize("cell", ["1e999", "-1e999", "inf"])
def test_an_infinite_value_typed_integer_is_one_problem_and_no_numpy_warning(cell: str, tmp_path: Path) -> None:
    """numpy's 'RuntimeWarning: invalid value encountered in remainder' was printed on the process's stderr
    beside the problem lines, and the cell was reported twice (no finite number, no integer)."""
    from conftest import run_workbench_process

    fields = [FIELDS[0], {"name": "value", "type": "integer"}, *FIELDS[2:]]
    package(tmp_path / "p", {"schema": {"fields": fields}}, f"period,value,unit,country\n2021,5,,KZ\n2022,{cell},,KZ\n")
    run = run_workbench_process("reference", "validate", "p", cwd=tmp_path)
    assert run.returncode == 2
    problem, summary = [line for line in run.stderr.strip().splitlines() if ": warning:" not in line]
    assert problem.startswith(f"p/r.csv:3:2: column 'value': '{cell}' is not a finite number"), run.stderr
    assert summary.startswith("workbench: 1 problem(s)"), run.stderr
