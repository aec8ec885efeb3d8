"""Packages as publishers ship them, damaged or declared oddly, are refused in one line naming the file, exit 2.
Each was 'internal error': a zipped package whose member is compressed with LZMA and its stream corrupt
(lzma.LZMAError), whose member header points before the archive's start (ValueError 'negative seek value'), or
of a zip version zipfile does not know (NotImplementedError, raised while `check` sized the archive for its
cache); a ';'-separated CSV with a cell past the csv module's 128 KiB field limit (csv.Error); a resource whose
declared "encoding" is a codec of Python's but no file's encoding ('undefined', 'idna', 'punycode', a name with
a NUL byte). The damaged archives are kept in tests/corpus/archives/."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import cpi_package

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.readfile import marked_encoding

CORPUS = Path(__file__).parent / "corpus" / "archives"
DRAFT = "---\ntitle: Prices\ndate: 2023-06-01\n---\n\nConsumer prices in Chile rose 11.6% in 2022, the office said.\n"
COMMANDS = (("reference", "validate", "pkg.zip"), ("reference", "list", "--reference", "pkg.zip"),
            ("check", "d.md", "--reference", "pkg.zip", "--no-progress"))

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and ": warning:" not in line
            and "problem(s) in" not in line]  # `reference validate` ends with a count of what it listed


def _zipped_cpi(folder: Path, compression: int) -> bytes:
    package = cpi_package(folder / "cpi")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as zipped:
        for path in sorted(package.rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(folder))
    return buffer.getvalue()


def test_the_archive_corpus_is_there() -> None:
    assert len(list(CORPUS.glob("*.zip"))) == 3


@pytest.mark.parametrize("archive", sorted(p.name for p in CORPUS.glob("*.zip")))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_damaged_archive_is_one_line_naming_it(archive: str, command: tuple[str, ...], tmp_path: Path) -> None:
    (tmp_path / "pkg.zip").write_bytes((CORPUS / archive).read_bytes())
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    run = run_workbench(*command, cwd=tmp_path)
    assert run.returncode == 2
    [line] = _errors(run.stderr)
    assert "pkg.zip" in line and ("damaged in the archive" in line or "not a readable zip archive" in line), line


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(compression=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]),
       damage=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=6),
       cut=st.none() | st.floats(0, 1))
def test_any_damage_to_a_zipped_package_is_a_result_or_one_line(tmp_path_factory: pytest.TempPathFactory,
                                                                 compression: int,
                                                                 damage: list[tuple[float, int]],
                                                                 cut: float | None) -> None:
    root = tmp_path_factory.mktemp("zipped")
    data = bytearray(_zipped_cpi(root / "source", compression))
    for where, byte in damage:
        data[int(where * len(data))] = byte
    if cut is not None:
        data = data[:int(cut * len(data))]
    (root / "pkg.zip").write_bytes(bytes(data))
    (root / "d.md").write_text(DRAFT, encoding="utf-8")
    for command in COMMANDS:
        run = run_workbench(*command, cwd=root)  # an internal error fails here
        assert run.returncode in (0, 1, 2), run.stderr
        if run.returncode == 2 and command[1] != "validate":  # validate lists every problem, one line each
            assert len(_errors(run.stderr)) == 1, run.stderr


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_delimited_cell_past_the_csv_field_limit_is_one_problem_on_its_line(delimiter: str,
                                                                               tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["dialect"] = {"delimiter": delimiter}
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    table = package / descriptor["resources"][0]["path"]
    rows = table.read_text(encoding="utf-8").replace(",", delimiter).splitlines()
    rows.insert(3, delimiter.join(["Chile", "CHL", "2019", "4" * 200_000]))
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    validated = run_workbench("reference", "validate", "cpi", cwd=tmp_path)
    assert validated.returncode == 2
    [line] = _errors(validated.stderr)
    assert line.startswith("cpi/data/cpi.csv:4: cannot be read as CSV: field larger than field limit"), line
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    checked = run_workbench("check", "d.md", "--reference", "cpi", "--no-progress", cwd=tmp_path)
    assert checked.returncode == 2
    [line] = _errors(checked.stderr)
    assert "cpi/data/cpi.csv:4" in line, line


# Codecs Python's registry holds that read no file: each refuses bytes whatever the error handler, takes none,
# reads ASCII only, turns bytes into bytes, or is no name at all (a NUL byte).
NO_FILE_ENCODINGS = ["undefined", "idna", "punycode", "base64", "rot13", "utf-8\x00"]


@pytest.mark.parametrize("encoding", NO_FILE_ENCODINGS)
def test_a_declared_encoding_no_file_is_written_in_is_one_problem_naming_it(encoding: str, tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["encoding"] = encoding
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    table = package / descriptor["resources"][0]["path"]
    table.write_bytes(table.read_bytes().replace(b"Chile", b"Ch\xe9le"))  # a byte only the declared encoding would read
    validated = run_workbench("reference", "validate", "cpi", cwd=tmp_path)
    assert validated.returncode == 2
    [line] = _errors(validated.stderr)
    assert line.startswith("cpi/data/cpi.csv:1:1: cannot be read as") and "no encoding a text file is written in" in line
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    checked = run_workbench("check", "d.md", "--reference", "cpi", "--no-progress", cwd=tmp_path)
    assert checked.returncode == 2
    [line] = _errors(checked.stderr)
    assert "cpi/data/cpi.csv:1:1" in line and "no encoding a text file is written in" in line, line


def test_a_file_encoding_is_read_as_declared() -> None:
    assert marked_encoding(b"a", "Latin_1") == "latin-1" and marked_encoding(b"a", "cp1252") == "cp1252"
    assert marked_encoding(b"\xff\xfea\x00", "utf-8") == "utf-16" and marked_encoding(b"a") == "utf-8-sig"
    for encoding in NO_FILE_ENCODINGS:
        with pytest.raises(LookupError):
            marked_encoding(b"a", encoding)
