"""What fuzzing `workbench check` end to end found: a draft, a package, a ledger and a configuration file
together, each mutated the way people and publishers get them wrong. Each test is one class of input that
ended in a traceback (or in a claim that "could not be checked"), reduced to its shape."""

from __future__ import annotations

import csv
import json
import math
import time
from pathlib import Path

import pytest
from conftest import REFERENCE, run_workbench

from workbench.reference import clear_cache

DRAFT = "---\ntitle: Trade\ndate: 2023-05-01\n---\n\nIn 2022, bilateral trade reached 28.2 billion dollars.\n"
REFERENCE_ONLY = f'reference = ["{REFERENCE.as_posix()}"]\n'
SETTINGS = REFERENCE_ONLY + 'drafts = ["drafts/*.md"]\n'


def _project(tmp_path: Path, name: str, config: str | bytes) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    data = config if isinstance(config, bytes) else config.encode("utf-8")
    (tmp_path / name).write_bytes(data)
    return tmp_path


# Each once raised out of load_config (TypeError, AttributeError) or deep in the check (ValueError on a
# NUL byte in a path, OverflowError on a date moved past year 9999).
BAD_CONFIGS = {
    "a 'root' key": ("workbench.toml", SETTINGS + 'root = "/etc"\n', "root: not a setting"),
    "tool is a string": ("pyproject.toml", 'tool = "[tool.workbench]"\n' + SETTINGS, None),
    "tool.workbench is a number": ("pyproject.toml", "[tool]\nworkbench = 5\n# [tool.workbench]\n",
                                   "tool.workbench: should be a table"),
    "a NUL in a reference folder": ("workbench.toml", 'reference = ["data\\u0000x"]\n', "NUL byte"),
    "a NUL in a drafts glob": ("workbench.toml", REFERENCE_ONLY + 'drafts = ["d\\u0000"]\n', "NUL byte"),
    "a NUL in the claims folder": ("workbench.toml", SETTINGS + 'claims = "c\\u0000"\n', "NUL byte"),
    "a publication lag past the calendar": ("workbench.toml", SETTINGS + "[tolerances]\n"
                                            "publication_lag_by_length = {year = 100000000000}\n", "publication lag"),
    "a lag in days past the calendar": ("workbench.toml", SETTINGS + "[tolerances]\npublication_lag_days = 3000000\n",
                                        "publication_lag_days"),
    "a window of a billion years": ("workbench.toml", SETTINGS + "[tolerances]\nstale_window_years = 1000000000\n",
                                    "stale_window_years"),
    # each slip factor is divided by: 0 was a ZeroDivisionError on every claim ("could not be checked")
    "a slip factor of zero": ("workbench.toml", SETTINGS + "[tolerances]\nslip_factors = [1000.0, 0.0]\n",
                              "slip_factors.1: Input should be greater than 1"),
    "a slip factor of nan": ("workbench.toml", SETTINGS + "[tolerances]\nslip_factors = [nan]\n", "finite number"),
}


@pytest.mark.parametrize("case", BAD_CONFIGS)
def test_a_configuration_of_odd_shape_is_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    name, text, says = BAD_CONFIGS[case]
    root = _project(tmp_path, name, text)
    run = run_workbench("check", "--format", "text", cwd=root)
    if says is None:  # a pyproject.toml without a workbench table is no configuration: the defaults apply
        assert run.returncode in (0, 1, 2) and "Traceback" not in run.stderr
        return
    assert run.returncode == 2, (run.returncode, run.stderr)
    [line] = run.stderr.strip().splitlines()
    assert name in line and says in line, line


def test_a_configuration_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Windows editors save UTF-8 with a BOM; tomllib takes it for a stray character on line 1."""
    root = _project(tmp_path, "workbench.toml", SETTINGS.encode("utf-8-sig"))
    run = run_workbench("check", "--format", "text", cwd=root)
    assert run.returncode in (0, 1), run.stderr
    assert "1 draft" in run.stdout


FIELDS = [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
          {"name": "unit", "type": "string"}, {"name": "country", "type": "string"}]


def _inflation_package(folder: Path, rows: list[tuple[str, str]]) -> Path:
    """A tidy package of one country's inflation, with the rows given."""
    folder.mkdir(parents=True)
    entry = {"name": "inflation", "path": "inflation.csv", "title": "Inflation",
             "sources": [{"title": "Statistics office", "path": "https://stats.example/cpi"}],
             "schema": {"fields": FIELDS}, "workbench": {"metric": "inflation", "aliases": ["consumer prices"],
                                                         "kind": "level"}}
    (folder / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [entry]}), encoding="utf-8")
    body = "".join(f"{period},{value},%,Kazakhstan\n" for period, value in rows)
    (folder / "inflation.csv").write_text("period,value,unit,country\n" + body, encoding="utf-8")
    return folder


def _check_against(tmp_path: Path, rows: list[tuple[str, str]], body: str) -> tuple[int, dict, str]:
    _inflation_package(tmp_path / "data", rows)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(f"---\ntitle: Prices\ndate: 2023-05-01\n---\n\n{body}\n",
                                              encoding="utf-8")
    (tmp_path / "workbench.toml").write_text('reference = ["data"]\ndrafts = ["drafts/*.md"]\n', encoding="utf-8")
    run = run_workbench("check", "--format", "json", cwd=tmp_path)
    return run.returncode, json.loads(run.stdout) if run.stdout else {}, run.stderr


def _unchecked(report: dict) -> list[str]:
    return [r["explanation"] for d in report["drafts"] for r in d["results"] if r["reason"] == "unchecked"]


# Rows at the calendar's ends: a period reaching 9999-12-31 was moved a day (or a publication lag) past it,
# and one in year 1 a year before it — OverflowError and ValueError inside the verdicts.
CALENDAR_EDGES = [("2021/9999", "7.0"), ("0001/2020", "5.0"), ("9999-12-31", "4.4"), ("0001-01", "3.0"),
                  ("0001", "2.0"), ("9999", "6.0")]
EDGE_SENTENCES = ("Inflation in Kazakhstan was 7.4% year-to-date in the first half of 2021. Inflation in "
                  "Kazakhstan was 4.0% in 2017. Inflation in Kazakhstan rose 2% in 2021. Inflation in Kazakhstan "
                  "was 3% in January. Inflation in Kazakhstan rose 1 percentage point.")


def test_rows_at_the_ends_of_the_calendar_are_judged_not_unchecked(tmp_path: Path) -> None:
    code, report, stderr = _check_against(tmp_path, CALENDAR_EDGES, EDGE_SENTENCES)
    assert code in (0, 1), stderr
    assert "could not be checked" not in stderr and not _unchecked(report), stderr
    assert len(report["drafts"][0]["results"]) == 5


@pytest.mark.filterwarnings("error::RuntimeWarning")  # numpy's overflow warnings are no lines for stderr
def test_figures_computed_past_what_a_float_holds_are_no_evidence(tmp_path: Path) -> None:
    """Rows near 1e308 are finite, but their mean is not: it was evidence, and an explanation that could not
    be worded (OverflowError) — now it is left out, and numpy's warning is no line on stderr."""
    rows = [(str(year), "1.7e308") for year in range(2000, 2023)]
    code, report, stderr = _check_against(
        tmp_path, rows, "Kazakhstan's inflation compounded at 7% annually from 2000 to 2020. Inflation in Kazakhstan "
                        "averaged 6% a year between 2010 and 2020.")
    assert code in (0, 1), stderr
    assert "could not be checked" not in stderr and not _unchecked(report), stderr
    assert "RuntimeWarning" not in stderr
    assert all(e["value"] is not None for d in report["drafts"] for r in d["results"] for e in r["evidence"])


@pytest.mark.filterwarnings("error::RuntimeWarning")  # numpy's overflow warnings are no lines for stderr
def test_a_change_near_the_largest_float_is_shown_as_computed(tmp_path: Path) -> None:
    """numpy's round of a change of -1e308 to 6 places is -inf: the evidence had no value (null in the JSON
    report, against its schema) and its sentence could not be worded (OverflowError)."""
    rows = [("2017", "2.0"), ("2018", "-1e-300"), ("2019", "-1e308"), ("2020", "3.0")]
    code, report, stderr = _check_against(tmp_path, rows, "Inflation in Kazakhstan rose 0.9 percentage points in 2019.")
    assert code in (0, 1), stderr
    assert "could not be checked" not in stderr and not _unchecked(report), stderr
    values = [e["value"] for d in report["drafts"] for r in d["results"] for e in r["evidence"]]
    assert values and all(isinstance(v, float) and math.isfinite(v) for v in values), values


def test_a_cell_past_the_csv_field_limit_is_one_problem_on_its_line(tmp_path: Path,
                                                                   request: pytest.FixtureRequest) -> None:
    """pyarrow refuses the file and the csv module, which looks for ragged rows, stops at 128 KiB a cell:
    `_csv.Error` escaped as an internal error."""
    rows = [("2020", "1.0"), ("2021", "9" * 200_000 + " ,"), ("2022", "2.0")]  # the stray comma: a ragged row too
    folder = _inflation_package(tmp_path / "data", rows)
    limit = csv.field_size_limit(131_072)  # the module's default, which another test may have raised
    request.addfinalizer(lambda: csv.field_size_limit(limit))
    for args in (["reference", "validate", folder], ["check", "--reference", folder, "--format", "text"]):
        draft = tmp_path / "a.md"
        draft.write_text("Inflation in Kazakhstan was 2% in 2022.\n", encoding="utf-8")
        run = run_workbench(*args, *([draft] if args[0] == "check" else []), cwd=tmp_path)
        assert run.returncode == 2, run.stderr
        assert "inflation.csv:3: cannot be read as CSV: field larger than field limit" in run.stderr, run.stderr


def test_a_cell_past_the_csv_field_limit_in_a_file_pyarrow_reads_is_no_internal_error(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """pyarrow reads a long quoted cell; with a blank line in the file, the rows' line numbers were then counted
    with the csv module, which stops at 128 KiB a cell: `_csv.Error` escaped as an internal error."""
    folder = _inflation_package(tmp_path / "data", [("2020", "1.0"), ("2021", "2.0")])
    with (folder / "inflation.csv").open("a", encoding="utf-8") as csv_file:
        csv_file.write(f'\n2022,3.0,%,"{"Kazakhstan " * 20_000}"\n')
    limit = csv.field_size_limit(131_072)  # the module's default, which another test may have raised
    request.addfinalizer(lambda: csv.field_size_limit(limit))
    validated = run_workbench("reference", "validate", folder, cwd=tmp_path)
    assert validated.returncode in (0, 2) and "inflation.csv" in validated.stdout + validated.stderr, validated.stderr
    draft = tmp_path / "a.md"
    draft.write_text("Inflation in Kazakhstan was 2% in 2021.\n", encoding="utf-8")
    checked = run_workbench("check", "--reference", folder, "--format", "text", draft, cwd=tmp_path)
    assert checked.returncode in (0, 1), checked.stderr


def test_a_long_cell_in_a_place_column_is_indexed_in_linear_time(tmp_path: Path) -> None:
    """country_converter's patterns, tried on every place cell, backtrack on a long one: an 11,000-character
    cell took over two minutes to index. No place is named by a cell that long."""
    from workbench.matching.index import reference_index
    from workbench.reference import load_reference

    def seconds(repeat: int) -> float:
        clear_cache()
        folder = _inflation_package(tmp_path / f"data{repeat}", [("2020", "1.0"), ("2021", "2.0")])
        with (folder / "inflation.csv").open("a", encoding="utf-8") as csv_file:
            csv_file.write(f'2022,3.0,%,"{"Kazakhstan and Russia " * repeat}"\n')
        data = load_reference([folder])
        start = time.process_time()
        reference_index(data)
        return time.process_time() - start

    small, large = seconds(50), seconds(2000)
    assert large < max(20 * small, 1.0), (small, large)


@pytest.mark.parametrize("year", ["0001", "0999"])
def test_a_draft_dated_before_the_year_1000_is_checked(year: str, tmp_path: Path) -> None:
    """Periods written from the draft's date as str(year) ('1', '999') are no period the parser reads
    ('0001'): 'ValueError: not a period' made the claim unchecked."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(f"---\ndate: {year}-11-02\n---\n\nKazakhstan's population was 19.6 "
                                              "million on 1 July. Inflation was 5% at the beginning of the year.\n",
                                              encoding="utf-8")
    run = run_workbench("check", "drafts/a.md", "--reference", REFERENCE, "--format", "json", cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr
    assert "could not be checked" not in run.stderr and not _unchecked(json.loads(run.stdout)), run.stderr


@pytest.mark.parametrize("total", ["0", "-1"])
def test_listed_parts_below_zero_are_no_share_of_a_total_of_zero(total: str, tmp_path: Path) -> None:
    """A stated total of 0 above negative parts: 'X % short of the total' divided by it (ZeroDivisionError out of
    the whole check, exit 2 'internal error'). A net figure of zero or less is no total its parts fall short of."""
    draft = tmp_path / "a.md"
    draft.write_text(f"Net migration was {total} people: -500 people in Almaty, -300 people in Astana and -200 "
                     "people in Shymkent. Trade reached 100 tonnes in 2022: 50 tonnes in the north and 20 tonnes in "
                     "the south.\n", encoding="utf-8")
    run = run_workbench("check", draft, "--reference", REFERENCE, "--format", "json", cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr
    findings = json.loads(run.stdout)["drafts"][0]["findings"]  # the positive total is still read with its parts
    assert [(f["rule"], f["message"].split(" add up")[0]) for f in findings] == [
        ("CW201", "The listed parts 50 tonnes and 20 tonnes")], findings
