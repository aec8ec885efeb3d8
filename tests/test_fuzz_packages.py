"""The five packages of ../shared/reference-sources/wild as publishers ship them, mutated the ways files
get saved, edited and described wrong (copied to tmp_path, never into the repository). Whatever the
mutation, every command ends with a result or one line per problem and exit 2, never an internal error;
what a publisher's tools save unambiguously (a UTF-16 file with its byte-order mark) is read."""

from __future__ import annotations

import codecs
import csv
import io
import json
import random
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import ROOT, SHARED, run_workbench, skip_or_fail_in_ci

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.reference import clear_cache

WILD = SHARED / "reference-sources" / "wild"
DRAFT = ("---\ntitle: Carbon\ndate: 2023-05-01\n---\n\nThe global mean concentration of carbon dioxide was 414.7 ppm "
         "in 2021. It rose by 2.4 ppm in 2020. Inflation in Kenya was 6.1% in 2021.\n")


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _copy(package: str, to: Path, rows: int = 400) -> Path:
    """A writable copy of a wild package, each CSV cut to its first rows (the shapes, not the volume)."""
    if not (WILD / package).is_dir():
        skip_or_fail_in_ci(f"{WILD / package} is missing", " (the wild packages must be present in CI)")
    shutil.copytree(WILD / package, to)
    for path in to.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    for path in to.rglob("*.csv"):
        path.write_bytes(b"\n".join(path.read_bytes().split(b"\n")[:rows]) + b"\n")
    return to


def _verdicts(report: dict) -> list[tuple[str, str]]:
    return [(r["claim"]["text"], r["verdict"]) for d in report["drafts"] for r in d["results"]]


def _check(folder: Path, cwd: Path) -> tuple[int, dict, str]:
    draft = cwd / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    run = run_workbench("check", draft, "--reference", folder, "--format", "json", "--no-progress", cwd=cwd)
    return run.returncode, json.loads(run.stdout) if run.stdout else {}, run.stderr


@pytest.mark.parametrize("package", ["co2-ppm", "inflation"])
@pytest.mark.parametrize("mark", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_utf16_csv_with_its_byte_order_mark_reads_as_its_utf8_original(package: str, mark: str,
                                                                         tmp_path: Path) -> None:
    """Excel's "Unicode text" and many Windows exports are UTF-16 with a byte-order mark, rarely declared:
    every such file was 'not UTF-8 text (byte 0)' and the package was refused. UTF-32's little-endian mark
    opens with UTF-16's, so such a file was read as UTF-16 text full of NULs."""
    original = _copy(package, tmp_path / "original")
    saved = _copy(package, tmp_path / "saved")
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[mark]
    for path in saved.rglob("*.csv"):
        path.write_bytes(bom + path.read_text(encoding="utf-8").encode(mark))
    assert run_workbench("reference", "validate", saved, cwd=tmp_path).returncode == 0
    code, report, stderr = _check(saved, tmp_path)
    assert code in (0, 1), stderr
    clear_cache()
    _, expected, _ = _check(original, tmp_path)
    assert _verdicts(report) == _verdicts(expected) and _verdicts(report)


def test_a_folder_of_utf16_csvs_without_a_descriptor_is_described_as_its_utf8_original(tmp_path: Path) -> None:
    """Described from its text, not from mojibake: the same resources, columns and rows as in UTF-8."""
    listings = []
    for codec in ("utf-8", "utf-16"):
        folder = _copy("co2-ppm", tmp_path / codec)
        (folder / "datapackage.json").unlink()
        for path in (folder / "data").glob("*.csv"):
            (folder / path.name).write_bytes(path.read_text(encoding="utf-8").encode(codec))
        shutil.rmtree(folder / "data")
        clear_cache()
        listed = run_workbench("reference", "list", "--reference", folder.name, cwd=tmp_path)
        assert listed.returncode == 0, listed.stderr
        listings.append(listed.stdout)
    assert listings[0] == listings[1] and "Average (Co2 mm gl)" in listings[1], listings


def test_a_csv_in_another_encoding_is_pointed_at_its_first_foreign_byte(tmp_path: Path) -> None:
    """Latin-1 text was 'not UTF-8 text (byte 59245)' at line 1, column 1 — of a 2,000-line file."""
    folder = _copy("inflation", tmp_path / "p", rows=60)
    data = folder / "data" / "inflation-consumer.csv"
    lines = data.read_text(encoding="utf-8").splitlines()
    lines[41] = lines[41].replace(lines[41].split(",")[0], "Côte d'Ivoire", 1)
    data.write_bytes("\n".join(lines).encode("latin-1") + b"\n")
    run = run_workbench("reference", "validate", folder, cwd=tmp_path)
    assert run.returncode == 2
    [line] = [x for x in run.stderr.splitlines() if "inflation-consumer.csv" in x]
    assert "inflation-consumer.csv:42:2: not UTF-8 text (byte 1391: 0xf4)" in line and '"encoding"' in line, line


def _zipped(folder: Path) -> Path:
    archive = folder.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in folder.rglob("*"):
            zipped.write(path, path.relative_to(folder))
    return archive


def _yaml_descriptor(folder: Path) -> Path:
    raw = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    (folder / "datapackage.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    (folder / "datapackage.json").unlink()
    for path in (folder / "data").glob("*.csv"):  # CSVs beside it: no bare folder of CSVs either
        shutil.copy(path, folder / path.name)
    return folder


# What a newsroom is handed instead of a package folder, and the one line that says what to give.
NOT_A_FOLDER: dict[str, tuple[Callable[[Path], Path], str]] = {
    "its datapackage.json": (lambda f: f / "datapackage.json",
                             "co2-ppm/datapackage.json: is a file, not a package folder (give the folder that "
                             "holds it"),
    "a zip that is no archive": (lambda f: _not_really_zipped(f), "co2-ppm.zip: not a readable zip archive"),
}


def _not_really_zipped(folder: Path) -> Path:
    fake = folder.with_suffix(".zip")
    fake.write_bytes((folder / "datapackage.json").read_bytes())  # a download that saved an error page, say
    return fake


@pytest.mark.parametrize("case", NOT_A_FOLDER)
def test_what_is_no_package_folder_says_what_to_give_instead(case: str, tmp_path: Path) -> None:
    """Each was 'no such reference data folder' (of a path that exists)."""
    make, says = NOT_A_FOLDER[case]
    given = make(_copy("co2-ppm", tmp_path / "co2-ppm"))
    validated = run_workbench("reference", "validate", given.relative_to(tmp_path), cwd=tmp_path)
    assert validated.returncode == 2 and validated.stderr.startswith(says), validated.stderr
    code, _, stderr = _check(given.relative_to(tmp_path), tmp_path)
    assert code == 2, stderr
    [line] = stderr.strip().splitlines()
    assert says.split(" (")[0] in line, line


# A package as publishers also ship it: the same verdicts as its folder with datapackage.json.
SHIPPED_OTHERWISE: dict[str, Callable[[Path], Path]] = {"a zipped package": _zipped,
                                                         "a YAML descriptor": _yaml_descriptor}


@pytest.mark.parametrize("case", SHIPPED_OTHERWISE)
def test_a_zipped_package_or_a_yaml_descriptor_checks_as_its_folder(case: str, tmp_path: Path) -> None:
    """Both were one error ('a zipped package is not read', 'a YAML package descriptor is not read')."""
    original = _copy("co2-ppm", tmp_path / "original")
    given = SHIPPED_OTHERWISE[case](_copy("co2-ppm", tmp_path / "co2-ppm"))
    assert run_workbench("reference", "validate", given.relative_to(tmp_path), cwd=tmp_path).returncode == 0
    code, report, stderr = _check(given.relative_to(tmp_path), tmp_path)
    assert code in (0, 1), stderr
    clear_cache()
    _, expected, _ = _check(original.relative_to(tmp_path), tmp_path)
    assert _verdicts(report) == _verdicts(expected) and _verdicts(report)


def _rewrite_cells(folder: Path, change: Callable[[str, random.Random], str], rnd: random.Random) -> None:
    for path in folder.rglob("*.csv"):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8", errors="replace"))))
        if not rows:
            continue
        out = io.StringIO()
        csv.writer(out).writerows([rows[0], *[[change(cell, rnd) for cell in row] for row in rows[1:]]])
        path.write_text(out.getvalue(), encoding="utf-8")


def _number_as_news_writes_it(cell: str, rnd: random.Random) -> str:
    try:
        value = float(cell)
    except ValueError:
        return cell
    return rnd.choice([cell, f"{value:,.1f}", f"{value:,.1f}".translate(str.maketrans(",.", ".,")), "—", "n/a", "..",
                       "", f"{cell}%", f" {cell} ", "1e999", "nan", "\u2212" + cell, f"({cell})"])


def _date_in_another_shape(cell: str, rnd: random.Random) -> str:
    if not (cell[:4].isdigit() and len(cell) in (4, 7, 10)):
        return cell
    year = int(cell[:4])
    return rnd.choice([cell, f"{year}-{(year + 1) % 100:02d}", f"FY{year}", f"{year}Q3", f"Jan {year}", f"01/02/{year}",
                       f"{year}M01", f"{year}/{year + 1}", f"{year}.0", f"{year}-13-01", f"{year}-02-30", "0000"])


def _descriptor(folder: Path, change: Callable[[dict], None]) -> None:
    raw = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in raw.get("resources", []):
        change(resource)
    (folder / "datapackage.json").write_text(json.dumps(raw), encoding="utf-8")


def _fields(change: Callable[[dict], None]) -> Callable[[dict], None]:
    return lambda resource: [change(f) for f in resource.get("schema", {}).get("fields", []) if isinstance(f, dict)]


def _lines(folder: Path, change: Callable[[bytes], bytes]) -> None:
    for path in folder.rglob("*.csv"):
        path.write_bytes(change(path.read_bytes()))


# Applied in this order, the ones on the text before the one that saves it in another encoding.
MUTATIONS: dict[str, Callable[[Path, random.Random], None]] = {
    "numbers as news writes them": lambda f, r: _rewrite_cells(f, _number_as_news_writes_it, r),
    "dates in other shapes": lambda f, r: _rewrite_cells(f, _date_in_another_shape, r),
    "old Mac line ends": lambda f, r: _lines(f, lambda b: b.replace(b"\n", b"\r")),
    "Windows line ends": lambda f, r: _lines(f, lambda b: b.replace(b"\n", b"\r\n")),
    "semicolons": lambda f, r: _lines(f, lambda b: b.replace(b",", b";")),
    "truncated": lambda f, r: _lines(f, lambda b: b[: len(b) * 2 // 3 + 1]),
    "header only": lambda f, r: _lines(f, lambda b: b.split(b"\n")[0] + b"\n"),
    "empty": lambda f, r: _lines(f, lambda b: b""),
    "a blank header": lambda f, r: _lines(f, lambda b: b"," + b.split(b",", 1)[-1]),
    "a duplicate header": lambda f, r: _lines(f, lambda b: b.split(b",", 1)[0] + b"," + b),
    "a quoted newline": lambda f, r: _lines(f, lambda b: b.replace(b"\n", b'\n"a\nb",', 3)),
    "missing files": lambda f, r: [p.unlink() for p in f.rglob("*.csv")],
    "numbers typed as dates": lambda f, r: _descriptor(f, _fields(lambda x: x.update(type="date"))),
    "every field a year": lambda f, r: _descriptor(f, _fields(lambda x: x.update(type="year"))),
    "decimal commas declared": lambda f, r: _descriptor(f, _fields(lambda x: x.update(decimalChar=",", groupChar="."))),
    "path as a list": lambda f, r: _descriptor(f, lambda x: x.update(path=[x.get("path"), x.get("path")])),
    "a remote path": lambda f, r: _descriptor(f, lambda x: x.update(path="https://data.example/x.csv")),
    "a declared UTF-16": lambda f, r: _descriptor(f, lambda x: x.update(encoding="utf-16")),
    "a declared Latin-1": lambda f, r: _descriptor(f, lambda x: x.update(encoding="latin-1")),
    "a schema of names": lambda f, r: _descriptor(f, lambda x: x.update(schema={"fields": ["Year", "Value"]})),
    "odd missing values": lambda f, r: _descriptor(f, lambda x: x.setdefault("schema", {}).update(
        missingValues=["n/a", "—", 0, None])),
    # last: the bytes as saved
    "UTF-8 with a BOM": lambda f, r: _lines(f, lambda b: codecs.BOM_UTF8 + b),
    "UTF-16": lambda f, r: _lines(f, lambda b: b.decode("utf-8", errors="replace").encode("utf-16")),
}
PACKAGES = ["co2-ppm", "exchange-rates", "cpi"]
REPORT_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "check-report.schema.json").read_text(encoding="utf-8"))


@pytest.mark.filterwarnings("error::RuntimeWarning")
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(package=st.sampled_from(PACKAGES),
       names=st.lists(st.sampled_from(list(MUTATIONS)), min_size=1, max_size=3, unique=True),
       seed=st.integers(0, 2**16))
def test_a_mutated_wild_package_loads_or_is_one_line_per_problem(tmp_path_factory: pytest.TempPathFactory,
                                                                 package: str, names: list[str], seed: int) -> None:
    work = tmp_path_factory.mktemp("wild")
    folder = _copy(package, work / package, rows=150)
    rnd = random.Random(seed)
    for name in sorted(names, key=list(MUTATIONS).index):
        MUTATIONS[name](folder, rnd)
    clear_cache()
    validated = run_workbench("reference", "validate", folder, cwd=work)
    assert validated.returncode in (0, 2), validated.stderr
    assert "internal error" not in validated.stderr
    for line in validated.stderr.splitlines():
        assert line.startswith((f"{package}/", str(folder), "workbench: ")), line  # path:line:col: …, a summary
    for args in (["--skip-invalid"], []):
        clear_cache()
        draft = work / "d.md"
        draft.write_text(DRAFT, encoding="utf-8")
        run = run_workbench("check", draft, "--reference", folder, *args, "--format", "json", "--no-progress", cwd=work)
        if run.returncode == 2:
            [line] = run.stderr.strip().splitlines()
            assert "internal error" not in line, line
            continue
        assert run.returncode in (0, 1), run.stderr
        report = json.loads(run.stdout)
        jsonschema.validate(report, REPORT_SCHEMA)
        assert all(r["reason"] != "unchecked" for d in report["drafts"] for r in d["results"]), run.stderr


def test_an_sdmx_csv_saved_as_utf16_is_fetched_as_its_utf8_original(tmp_path: Path) -> None:
    """SDMX-CSV downloaded through Excel or a Windows tool arrives as UTF-16: it was 'not UTF-8 text (byte 0)'."""
    example = SHARED / "reference-sources" / "sdmx-samples" / "v3" / "csv" / "example-01.csv"
    if not example.is_file():
        skip_or_fail_in_ci(f"{example} is missing", " (the SDMX samples must be present in CI)")
    written = []
    for codec in ("utf-8", "utf-16"):
        source = tmp_path / f"{codec}.csv"
        source.write_bytes(example.read_text(encoding="utf-8").encode(codec))
        run = run_workbench("fetch", "sdmx", source, "--package", tmp_path / codec, "--unit", "EUR", "--name", "na",
                            cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        written.append((tmp_path / codec / "na.csv").read_text(encoding="utf-8"))
    assert written[0] == written[1] and "12.4" in written[1]


def test_a_resource_in_parts_says_it_is_not_read_and_what_to_do(tmp_path: Path) -> None:
    """Frictionless lets `path` list a table's parts; it was 'path: Input should be a valid string'."""
    folder = _copy("co2-ppm", tmp_path / "co2-ppm")
    _descriptor(folder, lambda resource: resource.update(path=[resource["path"], resource["path"]]))
    run = run_workbench("reference", "validate", "co2-ppm", cwd=tmp_path)
    assert run.returncode == 2
    errors = [line for line in run.stderr.splitlines() if "multipart" in line]
    assert len(errors) == 6 and errors[0].startswith("co2-ppm/datapackage.json:"), run.stderr
    assert "a list of 2 files (a multipart resource) is not read; join the parts into one CSV" in errors[0]


@pytest.mark.parametrize("placeholder", ["n/a", "—", "..", "-", "NA"])
def test_a_column_of_figures_with_placeholders_is_typed_as_figures(placeholder: str, tmp_path: Path) -> None:
    """Statistics tables write a missing figure as 'n/a', '—' or '..': one such cell typed the whole column
    as text, and the package was refused ('value field must be of type number')."""
    folder = tmp_path / "wages"
    folder.mkdir()
    rows = [f"{year},Kenya,{year - 1900}.5" for year in range(2000, 2020)]
    rows[7] = f"2007,Kenya,{placeholder}"
    (folder / "wages.csv").write_text("Year,Country,Value\n" + "\n".join(rows) + "\n", encoding="utf-8")
    validated = run_workbench("reference", "validate", "wages", cwd=tmp_path)
    assert validated.returncode == 0, validated.stderr
    assert "19 observation(s)" in validated.stderr + validated.stdout
    assert run_workbench("reference", "init", "wages", cwd=tmp_path).returncode == 0
    schema = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"][0]["schema"]
    assert schema["fields"][2]["missingValues"] == ["", placeholder] and "missingValues" not in schema
    assert [f["type"] for f in schema["fields"]] == ["year", "string", "number"]
    assert run_workbench("reference", "validate", "wages", cwd=tmp_path).returncode == 0


def test_a_placeholder_in_a_column_of_words_stays_a_word(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "p.csv").write_text("Year,Country,Note,Value\n2020,Kenya,-,1.5\n2021,Kenya,revised,2.5\n",
                                  encoding="utf-8")
    assert run_workbench("reference", "init", "p", cwd=tmp_path).returncode == 0
    schema = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"][0]["schema"]
    assert "missingValues" not in schema and schema["fields"][2] == {"name": "Note", "type": "string"}


@pytest.mark.parametrize(("cells", "read", "missing"), [
    (['"1,234.5"', "7.5", '"12,000"'], [1234.5, 7.5, 12000.0], {}),
    (['"1,234,567"', "n/a", "42"], [1234567.0, 42.0], {"missingValues": ["", "n/a"]}),
])
def test_figures_grouped_in_thousands_are_typed_as_figures(cells: list[str], read: list[float], missing: dict,
                                                           tmp_path: Path) -> None:
    """'1,234.5' in a column of figures typed it as text, and the package was refused."""
    folder = tmp_path / "p"
    folder.mkdir()
    body = "".join(f"{2020 + i},Kenya,{cell}\n" for i, cell in enumerate(cells))
    (folder / "p.csv").write_text("Year,Country,Value\n" + body, encoding="utf-8")
    assert run_workbench("reference", "init", "p", cwd=tmp_path).returncode == 0
    field = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"][0]["schema"]["fields"][2]
    assert field == {"name": "Value", "type": "number", "groupChar": ",", **missing}
    from workbench.reference import load_reference

    [resource] = load_reference([folder]).resources.values()
    assert sorted(resource.frame["value"]) == sorted(read)


def test_a_value_column_typed_as_text_says_how_to_find_its_cells(tmp_path: Path) -> None:
    """'value field must be of type number or integer' named no cell and no way to find one. Commas in
    groups of three with no decimal point anywhere may be a decimal comma ('1,500' is 1.5 in German): text."""
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "p.csv").write_text('Year,Country,Value\n2020,Kenya,"1,234"\n2021,Kenya,"1,500"\n', encoding="utf-8")
    assert run_workbench("reference", "init", "p", cwd=tmp_path).returncode == 0
    first = run_workbench("reference", "validate", "p", cwd=tmp_path)
    assert first.returncode == 2
    assert "value field 'Value' is typed string, not number or integer (type it number" in first.stderr, first.stderr
    _descriptor(folder, lambda resource: resource["schema"]["fields"][2].update(type="number"))
    second = run_workbench("reference", "validate", "p", cwd=tmp_path)
    assert second.returncode == 2 and "p/p.csv:2:3: column 'Value': '1,234' is not a number" in second.stderr


# ---------------------------------------------------------------------------------------------
# The publishers' packages of tests/corpus/packages (pre-1.0 descriptors, wide tables, dates that stand for
# periods, units in words), with their descriptors edited the ways hand-edited descriptors go wrong

PUBLISHED = ROOT / "tests" / "corpus" / "packages"
PUBLISHERS = sorted(p.name for p in PUBLISHED.iterdir() if (p / "datapackage.json").is_file())


def _each_field(change: Callable[[dict], None]) -> Callable[[dict], None]:
    """``change`` applied to every field of a resource whose schema is a table of fields (an earlier edit may
    have made it a path)."""
    def edit(resource: dict) -> None:
        schema = resource.get("schema")
        if isinstance(schema, dict) and isinstance(schema.get("fields"), list):
            for field in schema["fields"]:
                if isinstance(field, dict):
                    change(field)
    return edit


DESCRIPTOR_EDITS: dict[str, Callable[[dict], None]] = {
    "pre-1.0 ids for names": _each_field(lambda f: f.__setitem__("id", f.pop("name", "x"))),
    "types of other tools": _each_field(lambda f: f.update(type=random.Random(len(str(f))).choice(
        ["float", "decimal", "double", "int", "datetime", "gyear", None, ["number"]]))),
    "formats of other tools": _each_field(lambda f: f.update(format=random.Random(len(str(f))).choice(
        ["%d/%m/%Y", "%Q", "any", "fmt:%Y", 5, "%Y-%m-%d %H"]))),
    "constraints RE2 refuses": _each_field(lambda f: f.update(constraints={"pattern": "((", "minimum": "abc"})),
    "one decimal and group char": _each_field(lambda f: f.update(decimalChar=".", groupChar=".")),
    "a schema named by path": lambda r: r.update(schema="schema.json"),
    "dialects of other tools": lambda r: r.update(dialect={"delimiter": ";;", "quoteChar": "", "header": False,
                                                           "commentChar": "1", "headerRows": [2, 3]}),
    "an encoding no codec has": lambda r: r.update(encoding="klingon"),
    "an encoding that is no text": lambda r: r.update(encoding="base64"),
    "dates in the title": lambda r: r.update(title="Prices 2020-03-31 to 2021-02-29", description="As of 2021-06"),
    "a stated period of the wrong type": lambda r: r.update(workbench={"period": 2020}),
    "units in words": _each_field(lambda f: f.update(description="thousands of barrels per day, US cents per gallon")),
}


@pytest.mark.filterwarnings("error::RuntimeWarning")  # numpy's warnings print beside the one line a real run gives
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(package=st.sampled_from(PUBLISHERS),
       edits=st.lists(st.sampled_from(list(DESCRIPTOR_EDITS)), min_size=1, max_size=2, unique=True),
       data=st.lists(st.sampled_from(["numbers as news writes them", "dates in other shapes", "Windows line ends",
                                      "truncated", "a duplicate header", "UTF-16"]), max_size=2, unique=True),
       seed=st.integers(0, 2**16))
def test_an_edited_publisher_package_loads_or_is_one_line_per_problem(tmp_path_factory: pytest.TempPathFactory,
                                                                      package: str, edits: list[str],
                                                                      data: list[str], seed: int) -> None:
    work = tmp_path_factory.mktemp("published")
    folder = work / package
    shutil.copytree(PUBLISHED / package, folder)
    for name in edits:
        _descriptor(folder, DESCRIPTOR_EDITS[name])
    rnd = random.Random(seed)
    for name in sorted(data, key=list(MUTATIONS).index):
        MUTATIONS[name](folder, rnd)
    clear_cache()
    validated = run_workbench("reference", "validate", package, cwd=work)
    assert validated.returncode in (0, 2), validated.stderr
    assert all(line.startswith((f"{package}/", "workbench: ")) for line in validated.stderr.splitlines()), \
        validated.stderr
    (work / "d.md").write_text(DRAFT, encoding="utf-8")
    clear_cache()
    run = run_workbench("check", "d.md", "--reference", package, "--skip-invalid", "--format", "json", "--no-progress",
                        cwd=work)
    if run.returncode == 2:
        assert len([x for x in run.stderr.splitlines() if ": warning:" not in x]) == 1, run.stderr
        return
    assert run.returncode in (0, 1), run.stderr
    jsonschema.validate(json.loads(run.stdout), REPORT_SCHEMA)
