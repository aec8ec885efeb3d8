"""Packages as publishers ship them: role mapping, wide tables, inherited sources, `reference init`,
upstream defects reported once, `--skip-invalid`, and the five real packages of ../shared/reference-sources/wild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SHARED, dated_draft, skip_or_fail_in_ci

from workbench.cli import main
from workbench.reference.init import infer_schema
from workbench.reference import (
    ReferenceProblems,
    clear_cache,
    load_reference,
    validate_packages,
)

WILD = SHARED / "reference-sources" / "wild"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def wild(name: str) -> Path:
    folder = WILD / name
    if not (folder / "datapackage.json").is_file():
        skip_or_fail_in_ci(f"{folder} is missing", " (the wild packages must be present in CI)")
    return folder


def copy_of(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copytree(wild(name), target)
    for path in [target, *target.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


def errors(problems):
    return [p for p in problems if p.is_error]


def package(folder: Path, descriptor: dict, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2))
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


# ---------------------------------------------------------------------------------------------
# The real packages, unchanged


def test_a_world_bank_layout_loads_unchanged_with_inherited_sources(tmp_path: Path) -> None:
    data = load_reference([wild("inflation")])
    res = data.resources["inflation-consumer"]
    # No workbench block: read as `reference init` would describe it (metric, unit and kind from
    # the column, the resource's name and the package's words), and a notice says so.
    assert res.meta.title == "inflation-consumer" and res.meta.workbench.metric == "Inflation (inflation consumer)"
    assert res.meta.workbench.unit == "%" and res.meta.workbench.kind.value == "change"
    assert res.dimensions == ("Country", "Country Code")
    frame = res.frame
    assert list(frame.columns) == ["row", "period", "value", "unit", "Country", "Country Code", "note",
                                   "source_title", "source_url"]
    assert frame["source_title"].iloc[0] == "The World Bank"  # the package's sources hold for the resource
    assert frame["source_url"].iloc[0].startswith("http://data.worldbank.org/indicator/")
    assert frame["period"].str.fullmatch(r"\d{4}").all()
    terms = data.gazetteer_terms()
    assert "Kazakhstan" in terms and "KAZ" not in terms  # a code column is not words a text uses
    warnings = [p for p in data.problems if not p.is_error]
    assert len(warnings) == 2 and all("no workbench block: read as `reference init` would describe it ("
                                      in p.message and "unit '%', change" in p.message for p in warnings)
    assert set(res.frame["unit"]) == {"%"}


def test_a_wide_table_is_one_metric_per_value_column_with_units_from_descriptions() -> None:
    data = load_reference([wild("co2-fossil-by-nation")])
    names = sorted(data.resources)
    assert "fossil-fuel-co2-emissions-by-nation:total" in names and len(names) == 8
    total = data.resources["fossil-fuel-co2-emissions-by-nation:total"]
    assert total.meta.resource == "fossil-fuel-co2-emissions-by-nation"
    assert total.meta.workbench.metric.startswith("Total (National CO2 emissions")
    # "(million metric tons of C)": tonnes of carbon; the stated million would make Total ÷ Per Capita
    # a trillion people, so the scale read is a thousand (CDIAC's own unit).
    assert set(total.frame["unit"]) == {"t C"}
    row = total.frame[(total.frame["period"] == "1751") & (total.frame["Country"] == "UNITED KINGDOM")]
    assert row["value"].iloc[0] == 2552 * 1e3
    # The sibling columns state no unit: they take the one their total states.
    solid = data.resources["fossil-fuel-co2-emissions-by-nation:solid-fuel"].frame
    assert set(solid["unit"]) == {"t C"} and solid["value"].iloc[0] == 2552 * 1e3
    per_capita = data.resources["fossil-fuel-co2-emissions-by-nation:per-capita"].frame
    assert per_capita["value"].notna().all() and len(per_capita) < len(total.frame)  # empty cells: no observation


def test_upstream_defects_are_taken_as_frictionless_takes_them_and_reported_once_each() -> None:
    # Cells beyond the header: ignored, one warning per file with the count.
    ppm = load_reference([wild("co2-ppm")])
    extra = [p for p in ppm.problems if p.code == "extra-cell"]
    assert {p.resource for p in extra} == {"co2-mm-mlo", "co2-mm-gl"} and all(not p.is_error for p in extra)
    assert "820 row(s) longer than the header (6 fields)" in next(p.message for p in extra if p.resource == "co2-mm-mlo")
    monthly = ppm.resources["co2-mm-mlo:average"].frame
    assert monthly["period"].iloc[0] == "1958-03" and monthly["value"].iloc[0] == pytest.approx(315.71)
    # A label that drifted from its field: read by position, under the schema's name.
    cpi = load_reference([wild("cpi")])
    [label] = [p for p in cpi.problems if p.code == "incorrect-label"]
    assert (label.line, label.column, label.severity) == (1, 1, "warning")
    assert "'Country' where the schema has 'Country Name'" in label.message
    assert cpi.resources["cpi"].dimensions[0] == "Country Name"
    assert "Kazakhstan" in set(cpi.resources["cpi"].frame["Country Name"])
    # A resource whose file is absent is left out; the package loads with the rest.
    rates = load_reference([wild("exchange-rates")])
    assert [(p.code, p.resource, p.severity) for p in rates.problems if p.code == "missing-file"] == [
        ("missing-file", "daily", "warning")]
    assert {"monthly", "annual"} <= set(rates.resources) and "daily" not in rates.resources


def test_a_missing_file_is_an_error_only_when_nothing_of_the_package_is_left(tmp_path: Path, capsys) -> None:
    fields = [{"name": "Year", "type": "year"}, {"name": "Value", "type": "number"}]
    entries = [{"name": n, "path": f"{n}.csv", "schema": {"fields": fields}} for n in ("kept", "gone")]
    folder = package(tmp_path / "p", {"name": "p", "resources": entries}, {"kept.csv": "Year,Value\n2020,1\n"})
    assert set(load_reference([folder]).resources) == {"kept"}
    alone = package(tmp_path / "q", {"name": "q", "resources": entries[1:]}, {})
    with pytest.raises(ReferenceProblems) as caught:
        load_reference([alone])
    assert [(p.code, p.severity) for p in caught.value.problems] == [("missing-file", "error")]
    assert main(["reference", "validate", str(alone)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "file 'gone.csv' is missing (restore the file" in err[0]


def test_skip_invalid_loads_the_rest_and_keeps_the_errors(tmp_path: Path) -> None:
    folder = copy_of("co2-ppm", tmp_path)
    growth = folder / "data" / "co2-gr-gl.csv"
    lines = growth.read_text().splitlines()
    lines[3] = lines[3].split(",")[0] + ",n/a,0.07"  # a cell no schema type reads: an error, not a shipped quirk
    growth.write_text("\n".join(lines) + "\n")
    with pytest.raises(ReferenceProblems):
        load_reference([folder])
    data = load_reference([folder], skip_invalid=True)
    assert {n.split(":")[0] for n in data.resources} == {"co2-mm-mlo", "co2-annmean-mlo", "co2-gr-mlo", "co2-mm-gl",
                                                         "co2-annmean-gl"}
    assert {p.resource for p in data.problems if p.is_error} == {"co2-gr-gl"}
    alone = package(tmp_path / "one", {"name": "one", "resources": [
        {"name": "r", "path": "r.csv", "schema": {"fields": [{"name": "Year", "type": "year"},
                                                            {"name": "Value", "type": "number"}]}}]},
        {"r.csv": "Year,Value\n2020,x\n"})
    with pytest.raises(ReferenceProblems):  # nothing left to load: still an error
        load_reference([alone], skip_invalid=True)


def test_a_folder_of_csvs_without_a_descriptor_is_described_as_init_would(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "bare"
    folder.mkdir()
    (folder / "gdp-by-country.csv").write_text("Country,Year,GDP (current US$)\nKenya,2021,110.3\nKenya,2022,113.4\n")
    (folder / "codes.csv").write_text("Code,Name\nKE,Kenya\n")  # no period, no value: not observations
    data = load_reference([folder])
    frame = data.resources["gdp-by-country"].frame
    assert frame["unit"].tolist() == ["USD", "USD"] and frame["period"].tolist() == ["2021", "2022"]
    notices = [p for p in data.problems if p.code == "no-descriptor"]
    assert [n.severity for n in notices] == ["warning", "warning"]
    assert "described from their columns, in memory (gdp-by-country.csv)" in notices[0].message
    assert "reference init" in notices[0].hint and notices[1].path.endswith("codes.csv")
    assert main(["reference", "validate", "--format", "json", str(folder)]) == 0
    assert "no-descriptor" in {p["code"] for p in json.loads(capsys.readouterr().out)}
    # `reference init FOLDER` writes down what was inferred: the same resources, pinned.
    assert main(["reference", "init", str(folder)]) == 0
    assert "codes.csv: left out: no period column" in capsys.readouterr().out
    written = json.loads((folder / "datapackage.json").read_text())
    assert [r["name"] for r in written["resources"]] == ["gdp-by-country"]
    clear_cache()
    pinned = load_reference([folder])
    assert pinned.resources["gdp-by-country"].frame.equals(frame)
    assert not [p for p in pinned.problems if p.code == "no-descriptor"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["reference", "validate", str(empty)]) == 2
    assert "holds no CSV file" in capsys.readouterr().err


def test_init_writes_blocks_that_load_with_fewer_warnings(tmp_path: Path, capsys) -> None:
    folder = copy_of("inflation", tmp_path)
    before = json.loads((folder / "datapackage.json").read_text())
    assert main(["reference", "init", str(folder), "--diff"]) == 0
    diff = capsys.readouterr().out
    assert diff.startswith("--- a/") and '+      "workbench": {' in diff
    assert json.loads((folder / "datapackage.json").read_text()) == before  # --diff writes nothing
    assert main(["reference", "init", str(folder)]) == 0
    after = json.loads((folder / "datapackage.json").read_text())
    for key in before:  # the rest of the description is kept
        if key != "resources":
            assert after[key] == before[key]
    block = after["resources"][1]["workbench"]
    assert block["fields"] == {"period": "Year", "value": "Inflation"}
    assert block["unit"] == "%" and block["kind"] == "change" and "Inflation" in block["aliases"]
    data = load_reference([folder])
    assert set(data.resources["inflation-consumer"].frame["unit"]) == {"%"}
    assert not [p for p in data.problems if "no aliases" in p.message or "no unit" in p.message]


def test_init_on_a_wide_table_gives_each_column_its_metric(tmp_path: Path) -> None:
    folder = copy_of("co2-ppm", tmp_path)
    assert main(["reference", "init", str(folder)]) == 0
    entries = json.loads((folder / "datapackage.json").read_text())["resources"]
    metrics = entries[0]["workbench"]["metrics"]
    assert set(metrics) == {"Average", "Interpolated", "Trend", "Number of Days"}
    assert metrics["Average"]["unit"] == "ppm"
    # An 'Uncertainty' column qualifies its neighbour; it is no figure a text would state.
    growth = entries[2]["workbench"]
    assert growth["fields"]["value"] == "Annual Increase" and growth["unit"] == "ppm"
    data = load_reference([folder], skip_invalid=True)
    assert data.resources["co2-gr-mlo"].meta.workbench.unit == "ppm"


def test_init_on_a_bare_csv_writes_a_package(tmp_path: Path) -> None:
    (tmp_path / "gdp-by-country.csv").write_text("Country,Year,GDP (current US$)\nKenya,2021,110.3\nKenya,2022,113.4\n")
    assert main(["reference", "init", str(tmp_path / "gdp-by-country.csv")]) == 0
    data = load_reference([tmp_path])
    res = data.resources["gdp-by-country"]
    assert res.frame["unit"].tolist() == ["USD", "USD"] and res.frame["period"].tolist() == ["2021", "2022"]
    assert res.dimensions == ("Country",)


def test_init_refuses_what_it_cannot_read_with_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("x")
    assert main(["reference", "init", str(tmp_path / "notes.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


# ---------------------------------------------------------------------------------------------
# The mapping, on packages written here


def test_mapped_roles_sdmx_units_and_number_formats(tmp_path: Path) -> None:
    descriptor = {"name": "stats", "title": "Stats", "sources": [{"title": "Statistics Office, annual bulletin",
                                                                  "path": "https://stats.example/bulletin"}],
                  "resources": [{"name": "trade", "path": "trade.csv", "schema": {
                      "missingValues": ["", "..", "n/a"],
                      "fields": [{"name": "TIME_PERIOD", "type": "string"}, {"name": "REF_AREA", "type": "string"},
                                 {"name": "OBS_VALUE", "type": "number", "decimalChar": ",", "groupChar": " "},
                                 {"name": "UNIT_MEASURE", "type": "string"}, {"name": "UNIT_MULT", "type": "integer"},
                                 {"name": "Source", "type": "string"}]}}]}
    csv = ("TIME_PERIOD,REF_AREA,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,Source\n"
           '2022,KZ,"1 234,5",USD,6,Statistics Office\n2023,KZ,..,USD,6,Statistics Office\n'
           "2023-Q1,KZ,7,NGN,0,\n")
    folder = package(tmp_path / "p", descriptor, {"trade.csv": csv})
    problems = validate_packages([folder])
    assert not errors(problems)
    label = [p for p in problems if p.code == "unknown-source"]
    assert len(label) == 1 and label[0].severity == "warning" and label[0].line == 2  # once, not per row
    assert "'Statistics Office' (2 rows) is not a declared source's title" in label[0].message
    frame = load_reference([folder]).resources["trade"].frame
    assert frame["value"].tolist() == [1234.5e6, 7.0] and frame["unit"].tolist() == ["USD", "NGN"]
    assert frame["row"].tolist() == [1, 3]
    assert frame["source_title"].tolist() == ["Statistics Office", "Statistics Office, annual bulletin"]
    assert frame["source_url"].tolist() == ["https://stats.example/bulletin"] * 2


def test_a_declared_encoding_and_delimiter_are_read(tmp_path: Path) -> None:
    descriptor = {"name": "eu", "resources": [{"name": "prices", "path": "p.csv", "encoding": "windows-1252",
                                               "dialect": {"delimiter": ";"}, "sources": [{"title": "Office"}],
                                               "schema": {"fields": [
                                                   {"name": "Jahr", "type": "year"}, {"name": "Région", "type": "string"},
                                                   {"name": "Preis (€)", "type": "number", "decimalChar": ","}]}}]}
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    (folder / "p.csv").write_bytes("Jahr;Région;Preis (€)\n2022;Île-de-France;3,5\n2023;x;oops\n".encode("cp1252"))
    problems = errors(validate_packages([folder]))
    assert [(p.line, p.column, p.field) for p in problems] == [(3, 3, "Preis (€)")]
    (folder / "p.csv").write_bytes("Jahr;Région;Preis (€)\n2022;Île-de-France;3,5\n".encode("cp1252"))
    clear_cache()
    frame = load_reference([folder]).resources["prices"].frame
    assert frame["Région"].tolist() == ["Île-de-France"] and frame["value"].tolist() == [3.5]
    assert frame["unit"].tolist() == ["EUR"]


def test_a_resource_without_a_schema_is_typed_from_its_data(tmp_path: Path) -> None:
    descriptor = {"name": "s", "title": "Unemployment rate", "resources": [{"name": "u", "path": "u.csv"}]}
    folder = package(tmp_path / "p", descriptor, {"u.csv": "Year,Country,Rate\n2021,Kenya,5.7\n2022,Kenya,5.6\n"})
    problems = validate_packages([folder])
    assert not errors(problems) and any("no schema" in p.message for p in problems)
    frame = load_reference([folder]).resources["u"].frame
    assert frame["value"].tolist() == [5.7, 5.6] and frame["period"].tolist() == ["2021", "2022"]


def test_a_resource_without_a_schema_is_typed_in_its_declared_encoding(tmp_path: Path) -> None:
    """A cp1252 header typed from the data as UTF-8 named a column 'R\ufffdgion' the table then lacked."""
    descriptor = {"name": "s", "title": "Unemployment rate",
                  "resources": [{"name": "u", "path": "u.csv", "encoding": "cp1252"}]}
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    (folder / "u.csv").write_bytes("Year,Région,Rate\n2021,Bretagne,5.7\n2022,Bretagne,5.6\n".encode("cp1252"))
    problems = validate_packages([folder])
    assert not errors(problems)
    assert any("Région string" in p.message for p in problems), [p.message for p in problems]
    frame = load_reference([folder]).resources["u"].frame
    assert frame["Région"].tolist() == ["Bretagne", "Bretagne"]


def test_bare_number_false_and_a_mapped_wide_table(tmp_path: Path) -> None:
    descriptor = {"name": "w", "resources": [{"name": "energy", "path": "e.csv", "title": "Energy", "sources": [
        {"title": "Agency", "path": "https://agency.example"}], "schema": {"fields": [
            {"name": "When", "type": "string"}, {"name": "Where", "type": "string"},
            {"name": "Power", "type": "number", "bareNumber": False}, {"name": "Oil", "type": "number"}]},
        "workbench": {"fields": {"period": "When", "value": ["Power", "Oil"], "country": "Where"},
                      "metrics": {"Power": {"metric": "electricity generation", "unit": "TWh", "aliases": ["power"]},
                                  "Oil": {"unit": "bbl", "scale": 1000}},
                      "dimension_aliases": {"country": {"KZ": ["Kazakhstan"]}}}}]}
    folder = package(tmp_path / "p", descriptor, {"e.csv": "When,Where,Power,Oil\n2022,KZ,~115 TWh,5\n"})
    data = load_reference([folder])
    power = data.resources["energy:power"]
    assert power.meta.workbench.metric == "electricity generation" and power.frame["unit"].iloc[0] == "TWh"
    assert power.frame["value"].iloc[0] == 115 and power.dimensions == ("country",)
    assert data.resources["energy:oil"].frame["value"].iloc[0] == 5000
    assert data.gazetteer_terms()["KZ"] == ["Kazakhstan"]


def test_a_unit_validation_accepts_is_one_the_matcher_uses(tmp_path: Path) -> None:
    from workbench.reference.units import read_unit
    from workbench.units import dimension

    for text, unit in [("US$", "USD"), ("ZAR", "ZAR"), ("NGN", "NGN"), ("ppm", "ppm"), ("°C", "°C"),
                       ("tonnes", "t"), ("km²", "km2"), ("barrels", "bbl"), ("TWh", "TWh")]:
        assert read_unit(text).unit == unit, text
    assert (read_unit("kt").unit, read_unit("kt").scale) == ("t", 1000)  # kilotonnes, not knots
    assert (read_unit("Mt").unit, read_unit("Mt").scale) == ("t", 1e6)
    assert dimension(read_unit("naira").unit if read_unit("naira") else "NGN") == "money"
    descriptor = {"name": "u", "resources": [{"name": "bad-units", "path": "u.csv", "sources": [{"title": "x"}],
                                              "schema": {"fields": [{"name": "Year", "type": "year"},
                                                                    {"name": "Value", "type": "number"}]},
                                              "workbench": {"unit": "widgets per fortnight-ish"}}]}
    folder = package(tmp_path / "p", descriptor, {"u.csv": "Year,Value\n2020,1\n"})
    assert any("is not a unit the matcher knows" in p.message for p in errors(validate_packages([folder])))


def test_a_resource_named_like_its_package_is_found_on_its_own_line(tmp_path: Path) -> None:
    descriptor = {"name": "cpi", "title": "CPI", "resources": [{"name": "cpi", "path": "missing.csv", "schema": {
        "fields": [{"name": "Year", "type": "year"}, {"name": "CPI", "type": "number"}]}}]}
    folder = package(tmp_path / "p", descriptor, {})
    missing = [p for p in validate_packages([folder]) if p.code == "missing-file"]
    text = (folder / "datapackage.json").read_text().splitlines()
    assert len(missing) == 1 and text[missing[0].line - 1].strip() == "{"
    assert '"resources"' in text[missing[0].line - 2]


def test_cli_reports_errors_and_warnings_in_one_run(tmp_path: Path, capsys) -> None:
    assert main(["reference", "validate", str(wild("co2-ppm"))]) == 0
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert sum("warning: " in line and "longer than the header" in line for line in err) == 2
    # six resources described, one blank row, two ragged, the station file's day counts under 'Trend' and the
    # column right of them, and the global file's uncertainties under 'Trend'
    assert sum("warning: " in line for line in err) == 12
    assert sum("warning: column 'Trend'" in line and "left out" in line for line in err) == 2
    assert sum("(run `workbench reference init` to write it down, then edit it)" in line for line in err) == 1
    assert captured.out.startswith("ok: 1 package(s), 7 resource(s)") and "12 warning(s)" in captured.out
    folder = copy_of("co2-ppm", tmp_path)
    (folder / "data" / "co2-gr-gl.csv").write_text("Year,Annual Increase,Uncertainty\n1959,x,0.1\n")
    assert main(["reference", "validate", str(folder)]) == 2
    # The broken resource is not described (it does not load): one warning fewer.
    assert capsys.readouterr().err.splitlines()[-1].startswith("workbench: 1 problem(s) in 1 file(s), 11 warning(s)")
    assert main(["reference", "validate", "--skip-invalid", str(folder)]) == 0
    assert "1 left out for errors" in capsys.readouterr().out
    assert main(["reference", "validate", "--format", "json", str(wild("inflation"))]) == 0
    assert {p["severity"] for p in json.loads(capsys.readouterr().out)} == {"warning"}


# ---------------------------------------------------------------------------------------------
# Conformance: where the Frictionless specification and frictionless-py agree, we agree with them


WILD_PACKAGES = ["co2-fossil-by-nation", "co2-ppm", "cpi", "exchange-rates", "inflation"]
# frictionless-py's errors that the specification does not make errors: we warn instead.
NOT_IN_SPEC = {"blank-row"}
# Defects frictionless reads through (labels by position, cells beyond the header dropped):
# we load the resource and warn. A resource it cannot open, we leave out and warn.
READ_THROUGH = {"incorrect-label", "extra-label", "extra-cell"}
SHIPPED_DEFECTS = {"incorrect-label", "extra-cell", "missing-file"}


@pytest.mark.parametrize("name", WILD_PACKAGES)
def test_we_flag_the_resources_frictionless_flags_and_read_what_it_reads(name: str) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(wild(name) / "datapackage.json"))
    flagged = {task.name: {e.type for e in task.errors} - NOT_IN_SPEC for task in report.tasks}
    problems = validate_packages([wild(name)])
    ours = {p.resource for p in problems if p.is_error or p.code in SHIPPED_DEFECTS}
    assert ours == {n for n, types in flagged.items() if types}
    readable = {n for n, types in flagged.items() if types <= READ_THROUGH}
    assert {n.split(":")[0] for n in load_reference([wild(name)]).resources} == readable


def test_check_says_what_it_took_as_shipped_and_checks_with_it(tmp_path: Path, capsys) -> None:
    from conftest import REFERENCE, SAMPLE_DRAFT

    args = ["check", str(SAMPLE_DRAFT), "--reference", str(REFERENCE), "--reference", str(wild("co2-ppm")),
            "--reference", str(wild("exchange-rates")), "--no-progress", "--exit-zero", "--format", "json"]
    assert main(args) == 0
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert sum("warning: " in line and "longer than the header" in line for line in err) == 2
    assert sum("'data/daily.csv' is missing; the resource is left out" in line for line in err) == 1
    assert not any("no workbench block" in line for line in err)  # advice for the data's keeper: `validate`
    assert json.loads(captured.out)["drafts"]


def test_check_skip_invalid_names_what_it_left_out_and_checks_with_the_rest(tmp_path: Path, capsys) -> None:
    from conftest import REFERENCE, SAMPLE_DRAFT

    folder = copy_of("co2-ppm", tmp_path)
    (folder / "data" / "co2-gr-gl.csv").write_text("Year,Annual Increase,Uncertainty\n1959,x,0.1\n")
    args = ["check", str(SAMPLE_DRAFT), "--reference", str(REFERENCE), "--reference", str(folder),
            "--no-progress", "--exit-zero", "--format", "json"]
    assert main(args) == 2  # a cell no type reads blocks the check by default
    assert capsys.readouterr().err.count("\n") == 1
    assert main([*args, "--skip-invalid"]) == 0
    captured = capsys.readouterr()
    left_out = [line for line in captured.err.splitlines() if "left out" in line]
    assert len(left_out) == 1 and "'x' is not a number" in left_out[0] and "'co2-gr-gl'" in left_out[0]
    assert json.loads(captured.out)["drafts"]


# ---------------------------------------------------------------------------------------------
# A publisher's package after `reference init`: a series named only by its file name and title

def _check_one(folder: Path, tmp_path: Path, date: str, text: str, *more: Path) -> dict:
    from conftest import run_workbench

    draft = tmp_path / "draft.md"
    draft.write_text(dated_draft(text, date))
    refs = [arg for ref in [folder, *more] for arg in ("--reference", ref)]
    run = run_workbench("check", draft, *refs, "--skip-invalid", "--format", "json", "--exit-zero", cwd=tmp_path)
    return json.loads(run.stdout)["drafts"][0]["results"][0]


def annual_only(folder: Path) -> Path:
    """The package without its monthly series: these tests are about telling annual series apart by
    name. (Which granularity a year's figure is read against is the matcher's; see docs.)"""
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"] = [r for r in descriptor["resources"] if not r["name"].startswith("co2-mm-")]
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2))
    return folder


def test_init_spells_out_file_name_shorthand_so_news_wording_finds_the_series(tmp_path: Path) -> None:
    # NOAA's co2-ppm package: resources 'co2-annmean-gl' / 'co2-annmean-mlo', each with a 'Mean'
    # column (2019: 410.07 global, 411.65 at Mauna Loa) and a package title
    # 'CO2 PPM - Trends in Atmospheric Carbon Dioxide'. Nothing in it says 'average' or 'global'.
    folder = annual_only(copy_of("co2-ppm", tmp_path))
    assert main(["reference", "init", str(folder)]) == 0
    entries = {e["name"]: e["workbench"] for e in json.loads((folder / "datapackage.json").read_text())["resources"]}
    assert "co2 annual mean global" in entries["co2-annmean-gl"]["aliases"]
    assert "Trends in Atmospheric Carbon Dioxide" in entries["co2-annmean-gl"]["aliases"]

    glob = _check_one(folder, tmp_path, "2021-03-01",
                      "Last year's report put the global average level of carbon dioxide for 2019 at 410.1 ppm.")
    assert glob["verdict"] == "supported"
    assert glob["evidence"][0]["value"] == pytest.approx(410.07) and glob["evidence"][0]["period"] == "2019"

    # The station's series, not the global one, when the text names the observatory.
    station = _check_one(folder, tmp_path, "2021-03-01",
                         "Carbon dioxide at the Mauna Loa Observatory averaged 409.0 ppm in 2019.")
    assert station["verdict"] in ("contradicted", "needs_review")
    assert station["evidence"][0]["value"] == pytest.approx(411.65)


def test_a_series_with_no_place_column_is_the_place_its_name_says(tmp_path: Path) -> None:
    # 'global' in the text names the World (a row of the country packages loaded beside it); the
    # global-mean resource has no country column and its name says 'global': the figure is read
    # against it, not left out as 'no rows for World'.
    folder = annual_only(copy_of("co2-ppm", tmp_path))
    assert main(["reference", "init", str(folder)]) == 0
    source = SHARED / "reference-sources" / "worldbank-population" / "population_KAZ_RUS.csv"
    if not source.is_file():
        skip_or_fail_in_ci(f"{source} is missing", " (the shared packages must be present in CI)")
    countries = tmp_path / "population"
    countries.mkdir()
    shutil.copy(source, countries / source.name)
    assert main(["reference", "init", str(countries / source.name)]) == 0
    result = _check_one(folder, tmp_path, "2014-06-01",
                        "In 2012 the global mean carbon dioxide concentration came to 392.6 parts per million.",
                        countries)
    assert result["reason"] != "place_not_covered"
    assert result["verdict"] == "supported" and result["evidence"][0]["value"] == pytest.approx(392.65)


# ---------------------------------------------------------------------------------------------
# What a publisher's metadata says about periods and units


def test_dates_at_period_starts_are_the_periods_the_resource_names(tmp_path: Path) -> None:
    fields = [{"name": "Date", "type": "date"}, {"name": "Rate", "type": "number"}]

    def entry(name: str, **more: str) -> dict:
        return {"name": name, "path": f"{name}.csv", "schema": {"fields": fields}, **more}

    starts = "Date,Rate\n2020-01-01,1.5\n2021-01-01,1.7\n"
    folder = package(tmp_path / "p", {"name": "p", "resources": [
        entry("annual"), entry("by-month", title="Rate, monthly averages"), entry("levels"), entry("yearly-mixed")]},
        {"annual.csv": starts, "by-month.csv": "Date,Rate\n2020-01-01,1.5\n2020-02-01,1.6\n", "levels.csv": starts,
         "yearly-mixed.csv": "Date,Rate\n2020-01-01,1.5\n2020-06-30,1.6\n"})
    data = load_reference([folder])
    assert data.resources["annual"].frame["period"].tolist() == ["2020", "2021"]
    assert data.resources["by-month"].frame["period"].tolist() == ["2020-01", "2020-02"]
    assert data.resources["levels"].frame["period"].tolist() == ["2020-01-01", "2021-01-01"]  # no frequency named
    assert data.resources["yearly-mixed"].frame["period"].tolist() == ["2020-01-01", "2020-06-30"]  # not all starts
    rates = load_reference([wild("exchange-rates")])
    assert rates.resources["annual"].frame["period"].str.fullmatch(r"\d{4}").all()
    assert rates.resources["monthly"].frame["period"].str.fullmatch(r"\d{4}-\d{2}").all()


def test_a_bare_csv_title_drops_the_words_that_name_its_slice(tmp_path: Path) -> None:
    folder = tmp_path / "bare"
    folder.mkdir()
    (folder / "population_KEN_UGA.csv").write_text("Country Name,Country Code,Year,Value\n"
                                                   "Kenya,KEN,2021,53005614\nUganda,UGA,2021,45853778\n")
    (folder / "gdp_current_usd_KEN_2021.csv").write_text("Country Name,Country Code,Year,Value\n"
                                                         "Kenya,KEN,2021,109703000000\n")
    data = load_reference([folder])
    population = data.resources["population_ken_uga"].meta.workbench
    assert population.metric == "Population" and population.kind.value == "count"
    gdp = data.resources["gdp_current_usd_ken_2021"].meta.workbench
    assert gdp.metric == "Gdp current usd" and gdp.unit == "USD" and "Gdp" in gdp.aliases


def test_a_placeholder_of_a_figures_column_is_a_code_in_a_text_column(tmp_path: Path) -> None:
    """'NA' for a missing figure was declared for the whole table: in a country-code column that must be
    filled, Namibia's 'NA' was then a missing value, and the package refused."""
    text = "iso2,year,exports\nNA,2020,1.5\nKE,2020,NA\nKE,2021,2.5\n"
    schema = infer_schema(text)
    schema["fields"][0]["constraints"] = {"required": True}
    descriptor = {"name": "trade", "resources": [{"name": "exports", "path": "exports.csv", "schema": schema}]}
    folder = package(tmp_path / "trade", descriptor, {"exports.csv": text})
    assert not errors(validate_packages([folder]))
    frame = load_reference([folder]).resources["exports"].frame
    assert frame["iso2"].tolist() == ["NA", "KE"] and frame["value"].tolist() == [1.5, 2.5]


def test_a_word_holding_a_rate_word_gives_a_column_no_percent(tmp_path: Path) -> None:
    """'yield' read inside 'yielded' in a column's description made its tonnes a percentage."""
    descriptor = {"name": "crops", "title": "Maize harvest", "resources": [{"name": "maize", "path": "m.csv", "schema": {
        "fields": [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
                   {"name": "Harvest", "type": "number",
                    "description": "Maize harvested, before losses; irrigated plots yielded most of it"}]}}]}
    folder = package(tmp_path / "p", descriptor, {"m.csv": "Year,Country,Harvest\n2021,Kenya,3600\n2022,Kenya,3300\n"})
    [resource] = load_reference([folder]).resources.values()
    assert resource.meta.workbench.unit != "%" and set(resource.frame["unit"]) != {"%"}


def test_a_file_is_named_alike_described_by_init_or_by_an_early_descriptor(tmp_path: Path) -> None:
    """`reference init` kept a leading '_' an early descriptor's unnamed resource dropped: one file, two names."""
    text = "Year,Country,Rate\n2021,Kenya,5.7\n2022,Kenya,5.6\n"
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "_jobless_.csv").write_text(text)
    early = package(tmp_path / "early", {"name": "e", "title": "Unemployment rate", "resources": [
        {"path": "_jobless_.csv", "schema": {"fields": [{"id": "Year", "type": "year"}, {"id": "Country"},
                                                        {"id": "Rate", "type": "float"}]}}]}, {"_jobless_.csv": text})
    assert list(load_reference([bare]).resources) == list(load_reference([early]).resources) == ["jobless"]
