"""Files named in another encoding — a folder zipped on a Windows desk ('Население-2023.csv' in cp1251 or
cp866) and unzipped here: Python keeps the bytes that are not UTF-8 as lone surrogates, which no report, ledger,
hash or JSON can write. A draft so named is one line saying to rename it; a CSV so named in a folder of CSVs
is left out with a warning naming it; a resource path so written is one problem; a package folder so named is
read. Every such name was an internal error. The names are kept, escaped, in tests/corpus/file-names/."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import run_workbench

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.reference import clear_cache

CORPUS = Path(__file__).parent / "corpus" / "file-names" / "names.txt"
NAMES = [line.encode("ascii").decode("unicode_escape").encode("latin-1")
         for line in CORPUS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
DRAFT = "---\ndate: 2023-05-01\n---\n\nAlmaty had 2.2 million residents in 2023, and Astana 1.4 million.\n"
CSV = "period,value,unit,city\n2023,2200000,,Almaty\n2023,1400000,,Astana\n"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _named(folder: Path, raw: bytes) -> Path:
    """A path in ``folder`` whose last part is the raw bytes ``raw``, as the file system keeps them."""
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + raw))
    try:
        path.touch()
        path.unlink()
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def _one_line_or_result(run, what: str) -> None:  # type: ignore[no-untyped-def]
    assert run.returncode in (0, 1, 2), (what, run.stderr)
    if run.returncode == 2:
        errors = [line for line in run.stderr.splitlines() if line.strip() and ": warning:" not in line]
        assert len(errors) >= 1 and all(":" in line for line in errors), (what, run.stderr)


def test_the_file_name_corpus_is_there() -> None:
    assert len(NAMES) >= 5 and all(not _utf8(name) for name in NAMES)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_a_draft_named_in_cp1251_is_one_line_saying_to_rename_it(tmp_path: Path) -> None:
    draft = _named(tmp_path, "Выборы".encode("cp1251") + b".md")
    draft.write_text(DRAFT, encoding="utf-8")
    (tmp_path / "cities").mkdir()
    (tmp_path / "cities" / "cities.csv").write_text(CSV, encoding="utf-8")
    for args in (["check", draft.name], ["extract", draft.name], ["review", draft.name], ["export", draft.name]):
        run = run_workbench(*args, *(["--reference", "cities"] if args[0] != "extract" else []), cwd=tmp_path)
        assert run.returncode == 2, run.stderr
        [line] = [x for x in run.stderr.strip().splitlines() if ": warning:" not in x]  # cities has no descriptor
        assert line == (r"workbench: \udcc2\udcfb\udce1\udcee\udcf0\udcfb.md: the file name is not UTF-8 text "
                        "(rename the file; its name was written in another encoding)"), line


def test_a_csv_named_in_another_encoding_is_left_out_with_a_warning_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "cities"
    folder.mkdir()
    (folder / "cities.csv").write_text(CSV, encoding="utf-8")
    _named(folder, "Население-2023".encode("cp1251") + b".csv").write_text(CSV, encoding="utf-8")
    run = run_workbench("reference", "list", "--reference", "cities", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert ("cities/\\udccd\\udce0\\udcf1\\udce5\\udceb\\udce5\\udced\\udce8\\udce5-2023.csv: warning: is not UTF-8 "
            "text (a file name written in another encoding); rename the file; left out") in run.stderr, run.stderr
    assert "cities" in run.stdout


def test_a_package_folder_named_in_latin1_is_read_as_if_named_in_utf8(tmp_path: Path) -> None:
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    reports = []
    for folder in (tmp_path / "Régions", _named(tmp_path, "Régions".encode("latin-1"))):
        folder.mkdir()
        (folder / "city-population.csv").write_text(CSV, encoding="utf-8")
        clear_cache()
        run = run_workbench("check", "d.md", "--reference", folder.name, "--format", "json", "--no-progress",
                            cwd=tmp_path)
        assert run.returncode in (0, 1), run.stderr
        reports.append([(r["claim"]["text"], r["verdict"]) for r in json.loads(run.stdout)["drafts"][0]["results"]])
    assert reports[0] == reports[1] and len(reports[1]) == 2, reports


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(raw=st.sampled_from(NAMES) | st.binary(min_size=1, max_size=12).filter(
           lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..") and not _utf8(b)),
       where=st.sampled_from(["draft", "bare csv", "package folder", "resource path", "drafts folder"]))
def test_a_name_in_any_encoding_is_read_or_one_line(tmp_path_factory: pytest.TempPathFactory, raw: bytes,
                                                    where: str) -> None:
    root = tmp_path_factory.mktemp("names")
    package = root / "cities"
    package.mkdir()
    (package / "cities.csv").write_text(CSV, encoding="utf-8")
    drafts = root / "drafts"
    drafts.mkdir()
    draft = drafts / "almaty.md"
    if where == "draft":
        draft = _named(drafts, raw + b".md")
    elif where == "drafts folder":
        drafts = _named(root, raw)
        drafts.mkdir()
        draft = drafts / "almaty.md"
    elif where == "bare csv":
        _named(package, raw + b".csv").write_text(CSV, encoding="utf-8")
    elif where == "package folder":
        package = Path(shutil.move(package, _named(root, raw)))
    elif where == "resource path":
        target = _named(package, raw + b".csv")
        shutil.move(package / "cities.csv", target)
        (package / "datapackage.json").write_text(json.dumps({"name": "cities", "resources": [{
            "name": "cities", "path": target.name, "schema": {"fields": [
                {"name": "period", "type": "string"}, {"name": "value", "type": "number"},
                {"name": "unit", "type": "string"}, {"name": "city", "type": "string"}]},
            "workbench": {"metric": "population"}}]}, ensure_ascii=False), encoding="utf-8",
            errors="surrogateescape")
    draft.write_text(DRAFT, encoding="utf-8")
    shown = os.path.relpath(draft, root)
    reference = ["--reference", os.path.relpath(package, root)]
    for args in (["check", shown, *reference, "--format", "json", "--no-progress"],
                 ["check", os.path.relpath(drafts, root), *reference, "--format", "sarif", "--no-progress"],
                 ["extract", shown, "--format", "csv"], ["review", shown, *reference],
                 ["export", shown, *reference, "--format", "markdown"], ["reference", "validate", reference[1]]):
        clear_cache()
        _one_line_or_result(run_workbench(*args, cwd=root), " ".join(args))


def test_the_app_leaves_a_draft_so_named_out_of_its_picker_and_says_so_in_the_log(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Its name in the drafts picker failed Streamlit's encoding: the page showed 'This draft cannot be opened'
    and no draft could be picked."""
    from browser import app_workspace
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT

    workspace = app_workspace(tmp_path, monkeypatch)
    _named(workspace / "drafts", "Выборы".encode("cp1251") + b".md").write_text(DRAFT, encoding="utf-8")
    app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=120)
    app.run()
    assert not app.exception and not app.error, ([e.value for e in app.exception], [e.value for e in app.error])
    assert app.selectbox(key="draft_choice").options == ["drafts/kazakhstan-russia-visit.md"]
    assert any("the file name is not UTF-8 text; left out of the drafts" in r.getMessage() for r in caplog.records)


def test_a_fetch_into_a_new_package_folder_named_in_latin1_writes_a_valid_package(tmp_path: Path) -> None:
    """The new descriptor's title named the folder, and writing it failed (UnicodeEncodeError)."""
    from conftest import SHARED, skip_or_fail_in_ci

    sample = SHARED / "reference-sources" / "sdmx-samples" / "v3" / "csv" / "example-01.csv"
    if not sample.is_file():
        skip_or_fail_in_ci(f"{sample} is missing", " (the SDMX samples must be present in CI)")
    package = _named(tmp_path, "Données".encode("latin-1"))
    run = run_workbench("fetch", "sdmx", sample, "--package", package.name, "--unit", "EUR", "--name", "na",
                        cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    title = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["title"]
    assert title == "Reference data (Donn\\udce9es)"
    assert run_workbench("reference", "validate", package.name, cwd=tmp_path).returncode == 0
