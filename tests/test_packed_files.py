"""Files publishers ship beside CSV — a resource saved gzip-, bzip2- or xz-compressed, zipped, an Excel workbook,
a PDF — named where text is expected (a package's resource, a fetched CSV or SDMX message, a draft): one line
saying what the file is and how to get the text, never 'not UTF-8 … declare its encoding', which no
declaration would cure. A published CSV served gzip-compressed with no Content-Encoding is read, under the caps a
package's compressed resource has."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import REFERENCE, run_workbench
from package_support import publisher_package
from test_fuzz_fetch_server import CORPUS, _fetched_or_one_line, package  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CSV = b"Country,Country Code,Year,Exports\nMalawi,MWI,2021,41.5\nMalawi,MWI,2022,44.0\n"


def _zipped(data: bytes, member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(member, data)
    return out.getvalue()


PACKED = {
    "gzip": (gzip.compress(CSV), "gzip-compressed", "gunzip"),
    "bzip2": (bz2.compress(CSV), "bzip2-compressed", "bunzip2"),
    "xz": (lzma.compress(CSV), "xz-compressed", "unxz"),
    "zip": (_zipped(CSV, "exports.csv"), "zip archive", "extract the CSV"),
    "xlsx": (_zipped(b"<workbook/>", "xl/workbook.xml"), "Excel", "save the sheet as CSV"),
    "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Excel 97-2003", "save the sheet as CSV"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF", "CSV"),
}


def _package(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "exports", "exports", "Exports of Malawi", "Exports", {("Malawi", 2021): 41.5})


def _one_line(run, *words: str) -> str:
    assert run.returncode == 2, (run.returncode, run.stderr)
    [line] = run.stderr.strip().splitlines()
    assert all(w in line for w in words) and "declare its" not in line, line
    return line


@pytest.mark.parametrize("kind", sorted(PACKED))
def test_a_resource_shipped_packed_is_named_for_what_it_is(tmp_path: Path, kind: str) -> None:
    data, what, todo = PACKED[kind]
    folder = _package(tmp_path)
    (folder / "data" / "exports.csv").write_bytes(data)
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2023-05-01\n---\n\nMalawi exported goods worth 41.5 billion in 2021.\n")
    for command in (["check", draft], ["reference", "list"]):
        line = _one_line(run_workbench(*command, "--reference", folder, cwd=tmp_path), what, todo)
        assert "exports/data/exports.csv:1:1:" in line
    validated = run_workbench("reference", "validate", folder, cwd=tmp_path)
    assert validated.returncode == 2 and what in validated.stderr


@pytest.mark.parametrize("kind", ["gzip", "zip", "pdf"])
def test_a_draft_saved_packed_is_named_for_what_it_is(tmp_path: Path, kind: str) -> None:
    data, what, _ = PACKED[kind]
    draft = tmp_path / "story.md"
    draft.write_bytes(data)
    for command in (["extract", draft], ["check", draft, "--reference", _package(tmp_path)]):
        line = _one_line(run_workbench(*command, cwd=tmp_path), what, "save the draft as UTF-8 text")
        assert "story.md:1:1:" in line


@pytest.mark.parametrize("kind", ["gzip", "xz", "zip"])
def test_an_sdmx_message_saved_packed_is_named_for_what_it_is(tmp_path: Path, kind: str) -> None:
    data, what, todo = PACKED[kind]
    message = tmp_path / "message.xml"
    message.write_bytes(data)
    _one_line(run_workbench("fetch", "sdmx", message, "--package", tmp_path / "pkg", "--name", "na", "--unit", "EUR",
                            cwd=tmp_path), what, "not an SDMX message")


def _answer(body: bytes) -> bytes:
    """An HTTP answer of ``body`` that names no Content-Encoding, as a server handing out a `.csv.gz` does."""
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: %d\r\n\r\n" % len(body) + body


def test_a_published_csv_served_gzipped_without_saying_so_is_read_as_its_csv(package: Path,  # noqa: F811
                                                                             tmp_path: Path) -> None:
    answer = (CORPUS / "csv-gzipped-without-content-encoding.http").read_bytes()
    code, stderr = _fetched_or_one_line("csv", answer, package)
    assert code == 0, stderr
    plain = tmp_path / "plain" / package.name
    plain.parent.mkdir()
    package_copy = Path(shutil.copytree(REFERENCE, plain))
    _, body = answer.split(b"\r\n\r\n", 1)
    assert _fetched_or_one_line("csv", _answer(gzip.decompress(body)), package_copy)[0] == 0
    fetched = (package / "trade.csv").read_text(encoding="utf-8")
    assert "Kenya" in fetched and "12.5" in fetched and "13.1" in fetched
    assert fetched == (package_copy / "trade.csv").read_text(encoding="utf-8")  # the same rows as the plain CSV


@pytest.mark.parametrize("body, says", [
    (gzip.compress(b"0" * (3 * 1024 * 1024)), "expands to more than 1 MB"),  # 500 times its 3 kB and more
    (gzip.compress(CSV * 50)[:-30], "is not a readable gzip file"),  # cut short
], ids=["bomb", "cut-short"])
def test_a_gzipped_answer_that_cannot_be_expanded_is_one_line(package: Path, body: bytes,  # noqa: F811
                                                              says: str) -> None:
    code, stderr = _fetched_or_one_line("csv", _answer(body), package)
    assert code == 2 and says in stderr, stderr
