"""`workbench fetch sdmx`: real SDMX messages (ECB, Eurostat, IMF, the standard's SDMX-CSV examples),
read from ../shared and served by a loopback HTTP server, written into a package that then loads."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SHARED, skip_or_fail_in_ci
from fetch_support import FAST, cli, loopback, snapshot
from workbench.reference import clear_cache, load_reference

SAMPLES = SHARED / "reference-sources" / "sdmx-samples"
ESTAT = "/ESTAT/demography-xs.xml"


def _serve(path: Path, transform=lambda b: b):
    return lambda handler: (200, {"Content-Type": "application/xml"}, transform(path.read_bytes()))


@pytest.fixture(scope="module")
def agency() -> Iterator[str]:
    """Every sample at its own path, plus one Eurostat message with a UNIT_MULT of 3 on one series."""
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    routes = {"/" + str(p.relative_to(SAMPLES)): _serve(p) for p in SAMPLES.rglob("*") if p.is_file()}
    routes["/ESTAT/thousands.xml"] = _serve(SAMPLES / ESTAT.lstrip("/"), lambda b: b.replace(
        b'OBS_VALUE="124095" OBS_STATUS="A" UNIT_MEASURE="PERS" UNIT_MULT="0"',
        b'OBS_VALUE="124.095" OBS_STATUS="E" UNIT_MEASURE="PERS" UNIT_MULT="3"'))
    with loopback(routes) as url:
        yield url


def fetch(monkeypatch, capsys, package: Path, source: str, *extra: str):
    return cli(monkeypatch, capsys, "fetch", "sdmx", source, "--package", package, *extra, env=FAST)


def rows(package: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((package / f"{name}.csv").read_text())))


def entry_of(package: Path, name: str) -> dict:
    return next(r for r in json.loads((package / "datapackage.json").read_text())["resources"] if r["name"] == name)


def loads(package: Path, name: str):
    clear_cache()
    return load_reference([package]).resources[name]


def test_ecb_generic_xml_with_its_structure(monkeypatch, capsys, tmp_path: Path, agency: str) -> None:
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", f"{agency}/ECB_EXR/1/M.USD.EUR.SP00.A.xml",
                "--structure", f"{agency}/ECB_EXR/1/structure.xml", "--name", "usd_eur")
    assert run.returncode == 0, run.stderr
    assert "252 observation(s) from SDMX-ML" in run.stdout
    entry = entry_of(tmp_path / "pkg", "usd_eur")
    fetched = entry["workbench"]["fetched"]
    assert fetched["released"] == "2020-01-16T08:16:20.341000+01:00" and fetched["retrieved"].endswith("Z")
    assert fetched["fetcher"] == "sdmx" and fetched["url"].endswith("M.USD.EUR.SP00.A.xml")
    assert entry["workbench"]["metric"] == "US dollar/Euro"  # the series' TITLE attribute
    first = rows(tmp_path / "pkg", "usd_eur")[0]
    assert first == {"period": "1999-01", "value": "1.16078", "unit": "USD", "note": ""}
    assert len(loads(tmp_path / "pkg", "usd_eur").frame) == 252


def test_eurostat_labels_status_flags_and_unit_mult(monkeypatch, capsys, tmp_path: Path, agency: str) -> None:
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", f"{agency}/ESTAT/thousands.xml",
                "--structure", f"{agency}/ESTAT/demography-structure.xml", "--name", "demography")
    assert run.returncode == 0, run.stderr
    table = rows(tmp_path / "pkg", "demography")
    assert set(table[0]) == {"period", "value", "unit", "note", "country", "sex", "demo"}
    births = [r for r in table if r["demo"].startswith("Births") and r["country"] == "Belgium"
              and r["sex"] == "Total"]
    assert {r["period"]: r["value"] for r in births}["2007"] == "124095"  # 124.095 × 10^3
    assert {r["period"]: r["note"] for r in births} == {
        "2007": "estimated (OBS_STATUS E)", "2008": "provisional (OBS_STATUS P)",
        "2009": "provisional (OBS_STATUS P)"}
    assert {r["unit"] for r in table} == {"", "years"}  # PERS and CPW are plain numbers, YRS years
    aliases = entry_of(tmp_path / "pkg", "demography")["workbench"]["dimension_aliases"]
    assert aliases["country"]["Belgium"] == ["BE"] and aliases["sex"]["Female"] == ["F"]
    assert "flagged" in run.stdout


def test_imf_structure_specific_without_its_structure(monkeypatch, capsys, tmp_path: Path, agency: str) -> None:
    url = f"{agency}/IMF_RES/WEO-data.xml"
    refused = fetch(monkeypatch, capsys, tmp_path / "pkg", url)
    assert refused.returncode == 2 and "UNIT 'XDC'" in refused.stderr and "--unit" in refused.stderr
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", url, "--unit", "EUR", "--name", "weo")
    assert run.returncode == 0, run.stderr
    assert rows(tmp_path / "pkg", "weo") == [{"period": "2018", "value": "94669000000", "unit": "EUR", "note": ""}]
    entry = entry_of(tmp_path / "pkg", "weo")
    assert entry["workbench"]["metric"].startswith("Gross domestic product (GDP), Constant prices")
    assert "COUNTRY: SVK" in entry["description"]  # a one-value dimension describes the series
    assert entry["workbench"]["fetched"]["released"] == "2026-04-02T16:53:31+00:00"


def test_imf_commodity_prices_unit_from_unit_measure(monkeypatch, capsys, tmp_path: Path, agency: str) -> None:
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", f"{agency}/IMF/PCPS.xml", "--metric", "zinc price")
    assert run.returncode == 0, run.stderr
    assert rows(tmp_path / "pkg", "sdmx_pcps") == [{"period": "2021-01", "value": "2705.345", "unit": "USD",
                                                    "note": ""}]


def test_sdmx_json_labels_from_the_message(monkeypatch, capsys, tmp_path: Path, agency: str) -> None:
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", f"{agency}/ECB_EXR/flat.json", "--unit", "x",
                "--kind", "ratio", "--name", "exr")
    assert run.returncode == 0, run.stderr
    table = rows(tmp_path / "pkg", "exr")
    assert {r["currency"] for r in table} >= {"New Zealand dollar"}
    aliases = entry_of(tmp_path / "pkg", "exr")["workbench"]["dimension_aliases"]["currency"]
    assert aliases["New Zealand dollar"] == ["NZD"]
    assert loads(tmp_path / "pkg", "exr").frame["value"].notna().all()


@pytest.mark.parametrize(("example", "extra", "expected"), [
    ("example-01.csv", (), [("2014-01", "12.4"), ("2014-02", "10.8")]),
    ("example-04.csv", (), [("2014-01", "12.4"), ("2014-02", "10.8")]),  # ';' and decimal commas, labels
    ("example-05.csv", (), [("2014-01-01", "12.4"), ("2014-02-01", "10.8")]),
    ("example-06.csv", (), [("2014-01", "12.4"), ("2014-02", "10.8")]),  # label columns
])
def test_sdmx_csv_examples_of_the_standard(monkeypatch, capsys, tmp_path: Path, agency: str, example: str,
                                           extra: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", f"{agency}/v3/csv/{example}", "--unit", "EUR",
                "--name", "na_main", *extra)
    assert run.returncode == 0, run.stderr
    assert [(r["period"], r["value"]) for r in rows(tmp_path / "pkg", "na_main")] == expected


def test_sdmx_csv_labels_become_values_and_aliases(monkeypatch, capsys, tmp_path: Path, agency: str) -> None:
    # example-05 has one value per dimension; a two-row variant of it with two DIM_1 values:
    assert fetch(monkeypatch, capsys, tmp_path / "pkg", f"{agency}/v3/csv/example-04.csv", "--unit", "EUR",
                 "--name", "na").returncode == 0
    entry = entry_of(tmp_path / "pkg", "na")
    assert entry["workbench"]["metric"] == "Principaux agrégats des comptes nationaux"
    assert "DIM_1: Value A" in entry["description"]


@pytest.mark.parametrize(("example", "extra", "expected"), [
    ("example-02.csv", (), "no measure column (OBS_VALUE); it has OBS_VALUE1, OBS_VALUE2"),
    ("example-16.csv", (), "the message has no observations"),  # deletions only
    ("example-19A.csv", (), "no measure column"),
])
def test_sdmx_csv_that_cannot_be_read_is_one_line(monkeypatch, capsys, package_copy: Path, agency: str,
                                                  example: str, extra: tuple[str, ...], expected: str) -> None:
    before = snapshot(package_copy)
    run = fetch(monkeypatch, capsys, package_copy, f"{agency}/v3/csv/{example}", "--unit", "EUR", *extra)
    assert run.returncode == 2 and expected in run.stderr and run.stderr.count("\n") == 1
    assert snapshot(package_copy) == before


def test_a_local_file_is_read_like_a_url(monkeypatch, capsys, tmp_path: Path) -> None:
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(SAMPLES / "IMF" / "PCPS.xml"), "--name", "zinc")
    assert run.returncode == 0, run.stderr
    assert entry_of(tmp_path / "pkg", "zinc")["workbench"]["fetched"]["url"].startswith("file:///")


@pytest.mark.parametrize("kind", ["fifo", "html", "missing"])
def test_what_is_not_an_sdmx_message_is_one_line(monkeypatch, capsys, tmp_path: Path, kind: str) -> None:
    source = tmp_path / "message"
    if kind == "fifo":
        os.mkfifo(source)  # reading it would wait for a writer forever
    elif kind == "html":
        source.write_text("<html><body>Service unavailable</body></html>")
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source))
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert not (tmp_path / "pkg").exists() or not any((tmp_path / "pkg").iterdir())


@pytest.mark.parametrize("damage", ["data cut short", "structure missing a concept"])
def test_sdmx_ml_that_cannot_be_parsed_prints_one_line_and_nothing_else(monkeypatch, capsys, tmp_path: Path,
                                                                       damage: str) -> None:
    """sdmx1 prints its reader's whole state to stdout when SDMX-ML fails to parse (a screenful before our line,
    or into whatever reads the command's output) and logs an unresolved concept as an error line of its own."""
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    data = tmp_path / "data.xml"
    extra: list[str] = []
    if damage == "data cut short":
        full = (SAMPLES / "ECB_EXR" / "1" / "M.USD.EUR.SP00.A.xml").read_bytes()
        data.write_bytes(full[:len(full) // 2])
    else:
        structure = (SAMPLES / "ESTAT" / "demography-structure.xml").read_text(encoding="utf-8")
        concept = structure.index('<structure:Concept id="DEMO">')
        end = structure.index("</structure:Concept>", concept) + len("</structure:Concept>")
        (tmp_path / "structure.xml").write_text(structure[:concept] + structure[end:], encoding="utf-8")
        data.write_bytes((SAMPLES / "ESTAT" / "demography-xs.xml").read_bytes())
        extra = ["--structure", str(tmp_path / "structure.xml")]
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(data), *extra)
    assert run.returncode == 2 and run.stdout == ""
    [line] = run.stderr.splitlines()
    assert line.startswith(f"workbench: {data}") and "left unchanged" in line


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    import shutil

    from conftest import REFERENCE

    target = tmp_path / "pkg"
    shutil.copytree(REFERENCE, target)
    return target


@pytest.mark.parametrize("odd", ["id a list", "values a number", "component a string", "dimensions a list"])
def test_an_sdmx_json_message_of_odd_shape_is_fetched_or_one_line(monkeypatch, capsys, tmp_path: Path,
                                                                 odd: str) -> None:
    """A code id that was a list made the label reader's dict raise TypeError ('internal error') after the SDMX
    reader had read the message: labels are a courtesy of the message, so an odd one is left out."""
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    message = json.loads((SAMPLES / "ECB_EXR" / "flat.json").read_text(encoding="utf-8"))
    series = message["structure"]["dimensions"]["dataSet"]
    rate_type = next(c for c in series if c["id"] == "EXR_TYPE")
    if odd == "id a list":
        rate_type["values"][0]["id"] = [None]
    elif odd == "values a number":
        rate_type["values"] = 5
    elif odd == "component a string":
        series.append("EXR_SUFFIX")
    else:
        message["structure"]["attributes"] = ["TITLE"]
    source = tmp_path / "message.json"
    source.write_text(json.dumps(message), encoding="utf-8")
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "x", "--kind", "ratio", "--name", "exr")
    if odd == "id a list":  # the SDMX reader reads the message: only its labels were odd
        assert run.returncode == 0, run.stderr
        assert {r["currency"] for r in rows(tmp_path / "pkg", "exr")} >= {"New Zealand dollar"}
    else:  # the SDMX reader itself refuses these shapes, in one line naming the file
        assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
        assert "message.json: not an SDMX data message SDMX-JSON can read" in run.stderr, run.stderr


@pytest.mark.parametrize("sample", ["ECB_EXR/flat.json", "ECB_EXR/1/M.USD.EUR.SP00.A.xml"])
def test_a_message_cut_short_is_refused_at_its_line_and_column(monkeypatch, capsys, tmp_path: Path,
                                                               sample: str) -> None:
    """The JSON and XML parsers' positions were words inside the message ('line 87 column 27'), not the
    `path:line:col` every other refusal opens with, so an editor could not jump to the cut."""
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    full = (SAMPLES / sample).read_bytes()
    cut = full[:len(full) * 2 // 3]
    source = tmp_path / Path(sample).name
    source.write_bytes(cut)
    line = cut.count(b"\n") + 1
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "x", "--kind", "ratio")
    assert run.returncode == 2 and run.stdout == "" and run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith(f"workbench: {source}:{line}:"), run.stderr
    assert "cut short" in run.stderr and not (tmp_path / "pkg").exists()


@pytest.mark.parametrize("mark", ["utf-8 byte-order mark", "utf-16"])
@pytest.mark.parametrize("sample", ["ECB_EXR/flat.json", "ECB_EXR/1/M.USD.EUR.SP00.A.xml"])
def test_a_message_behind_a_byte_order_mark_is_read(monkeypatch, capsys, tmp_path: Path, sample: str,
                                                    mark: str) -> None:
    """A BOM before '<' or '{' sent the message to the SDMX-CSV reader ('row has 3 cell(s) but the header
    has 1'): Windows tools save UTF-8 with a mark, and UTF-16 with one always."""
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    source = tmp_path / Path(sample).name
    source.write_bytes(b"\xef\xbb\xbf" + text.encode() if mark.startswith("utf-8") else text.encode("utf-16"))
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "x", "--kind", "ratio", "--name", "exr")
    assert run.returncode == 0, run.stderr
    plain = tmp_path / "plain"
    (tmp_path / Path(sample).name).write_text(text, encoding="utf-8")
    assert fetch(monkeypatch, capsys, plain, str(source), "--unit", "x", "--kind", "ratio",
                 "--name", "exr").returncode == 0
    assert rows(tmp_path / "pkg", "exr") == rows(plain, "exr") and rows(plain, "exr")


def test_an_sdmx_json_message_opening_with_blank_lines_is_read(monkeypatch, capsys, tmp_path: Path) -> None:
    """JSON may open with white space; sdmx1 tells a format by the first byte and refused it ('cannot infer SDMX
    message format')."""
    if not SAMPLES.is_dir():
        skip_or_fail_in_ci(f"the SDMX samples are not in {SAMPLES}", " (they must be present in CI)")
    source = tmp_path / "ts.json"
    source.write_bytes(b"\r\n  \n\t" + (SAMPLES / "ECB_EXR" / "ts.json").read_bytes())
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "x", "--kind", "ratio", "--name", "exr")
    assert run.returncode == 0, run.stderr
    assert rows(tmp_path / "pkg", "exr")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_an_sdmx_csv_byte_that_does_not_decode_is_refused_at_its_line_and_column(monkeypatch, capsys,
                                                                                tmp_path: Path, encoding: str) -> None:
    """'not UTF-8 text (byte 107)' named a byte offset only; a message cut inside a UTF-16 character too."""
    text = ("STRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,OBS_VALUE\n"
            "dataflow,AGENCY:FLOW(1.0),I,2014-01,1.5\ndataflow,AGENCY:FLOW(1.0),I,2014-02,2.5\n")
    source = tmp_path / "message.csv"
    if encoding == "utf-8":
        source.write_bytes(text.encode().replace(b"2014-02", b"2014-\xff02"))
        where = f"{source}:3:34:"
    else:
        source.write_bytes(text.encode(encoding)[:-1])
        where = f"{source}:3:"
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "x", "--kind", "ratio")
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith(f"workbench: {where}") and f"not {encoding.upper()} text" in run.stderr, run.stderr


def test_a_refused_fetch_into_a_new_package_leaves_no_empty_folder(monkeypatch, capsys, tmp_path: Path) -> None:
    """The package folder was made before the fetched data was validated, so a refusal left it empty."""
    source = tmp_path / "message.csv"
    source.write_text("STRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,OBS_VALUE\n"
                      "dataflow,AGENCY:FLOW(1.0),I,2014-02,1.5\ndataflow,AGENCY:FLOW(1.0),I,2014-02,1.5\n")
    run = fetch(monkeypatch, capsys, tmp_path / "new" / "pkg", str(source), "--unit", "x", "--kind", "ratio")
    assert run.returncode == 2 and "duplicate observation" in run.stderr, run.stderr
    assert not (tmp_path / "new" / "pkg").exists()


@pytest.mark.parametrize("header, twice", [
    ("DATAFLOW,REF_AREA,REF_AREA,TIME_PERIOD,OBS_VALUE", "'REF_AREA' twice (columns 2 and 3)"),
    ("DATAFLOW,TIME_PERIOD,TIME_PERIOD,OBS_VALUE", "'TIME_PERIOD' twice (columns 2 and 3)"),
])
def test_an_sdmx_csv_header_naming_a_column_twice_is_refused_at_line_1(monkeypatch, capsys, tmp_path: Path,
                                                                       header: str, twice: str) -> None:
    """Each row's cell of the second column overwrote the first's in silence: the areas or periods of one
    column were lost and the package written as if the message held only the other."""
    source = tmp_path / "message.csv"
    cells = header.count(",") - 1
    source.write_text(header + "\n" + "".join(f"AG:FLOW(1.0),{','.join(f'x{row}{c}' for c in range(cells - 1))},"
                                              f"{2000 + row},{row}.5\n" for row in range(3)))
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "EUR", "--name", "flow")
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith(f"workbench: {source}:1:") and twice in run.stderr, run.stderr
    assert not (tmp_path / "pkg").exists()


def test_dimensions_whose_ids_read_as_one_column_keep_a_column_each(monkeypatch, capsys, tmp_path: Path) -> None:
    """'REF AREA', 'Ref_Area' and 'REF_AREA' all made the column 'ref_area': the package written was refused as
    declaring it twice, a line naming our own description that no reader of the message could act on."""
    source = tmp_path / "message.csv"
    source.write_text("DATAFLOW,REF AREA,Ref_Area,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
                      + "".join(f"AG:FLOW(1.0),a{row},b{row},c{row},{2000 + row},{row}.5\n" for row in range(3)))
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "EUR", "--name", "flow")
    assert run.returncode == 0, run.stderr
    assert [(r["ref_area"], r["ref_area_2"], r["ref_area_3"]) for r in rows(tmp_path / "pkg", "flow")] == [
        ("a0", "b0", "c0"), ("a1", "b1", "c1"), ("a2", "b2", "c2")]
    assert [f["title"] for f in entry_of(tmp_path / "pkg", "flow")["schema"]["fields"][4:]] == [
        "REF AREA", "Ref_Area", "REF_AREA"]
    assert len(loads(tmp_path / "pkg", "flow").frame) == 3


@pytest.mark.parametrize("separator", ["\t", "|", ";"])
def test_an_sdmx_csv_separated_otherwise_than_by_commas_is_read_by_its_opening_cell(
        monkeypatch, capsys, tmp_path: Path, separator: str) -> None:
    """SDMX-CSV 2.0 leaves the separator to the writer: a file saved with tabs or '|' was refused as 'not an SDMX
    message … its first column is DATAFLOW or STRUCTURE' though it was, and a ';' file whose labels hold more
    commas than the header has separators was split at the commas. The character after STRUCTURE tells."""
    area = "REF_AREA: Area, as an agency, a bureau, an office, a desk, a ministry, a city, or a state, names it"
    header = ["STRUCTURE", "STRUCTURE_ID", "ACTION", area, "TIME_PERIOD", "OBS_VALUE"]
    lines = [["dataflow", "AG:FLOW(1.0)", "I", f"A{row}", str(2000 + row), f"{row}.5"] for row in range(3)]
    source = tmp_path / "message.csv"
    source.write_text("".join(separator.join(cells) + "\n" for cells in [header, *lines]))
    run = fetch(monkeypatch, capsys, tmp_path / "pkg", str(source), "--unit", "EUR", "--name", "flow")
    assert run.returncode == 0, run.stderr
    assert [(r["ref_area"], r["period"], r["value"]) for r in rows(tmp_path / "pkg", "flow")] == [
        ("A0", "2000", "0.5"), ("A1", "2001", "1.5"), ("A2", "2002", "2.5")]
