"""Packages as publishers ship them: a datapackage.yaml, a zip (descriptor at its root or in one top
folder), and snapshot tables whose one period comes from the file's name or the title — said by
`reference init`, `reference list` and the evidence of every verdict resting on it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_workbench

from workbench.reference import clear_cache, load_reference

DRAFT = ("---\ntitle: Harbour towns\ndate: 2024-03-02\n---\n\n"
         "Port Avery had 48,300 residents at the start of 2024, the statistics office says.\n\n"
         "Diesel cost 1.62 dollars per litre in Norway in 2022.\n")

PRICES_CSV = "Year,Country,Price\n2021,Norway,1.48\n2022,Norway,1.62\n"
TOWNS_CSV = "Town,Residents\nPort Avery,48300\nLake Marden,17950\n"

YAML_DESCRIPTOR = """\
# Maintained by hand by the statistics office: keep this comment.
name: harbour-stats
title: Harbour statistics
resources:
  - name: fuel
    path: data/fuel.csv
    title: Diesel price (USD per litre)
    schema:
      fields:
        - {name: Year, type: year}
        - {name: Country, type: string}
        - {name: Price, type: number}
  - name: towns
    path: data/towns_2024-01-01.csv
    title: Residents of harbour towns
    schema:
      fields:
        - name: Town
          type: string
        - name: Residents
          type: integer
"""


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def _yaml_package(folder: Path, descriptor: str = YAML_DESCRIPTOR) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "fuel.csv").write_text(PRICES_CSV, encoding="utf-8")
    (folder / "data" / "towns_2024-01-01.csv").write_text(TOWNS_CSV, encoding="utf-8")
    (folder / "datapackage.yaml").write_text(descriptor, encoding="utf-8")
    return folder


def _zip(archive: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, text in members.items():
            zipped.writestr(name, text)
    return archive


def _zipped_folder(folder: Path, archive: Path, top: str | None) -> Path:
    members = {(f"{top}/" if top else "") + p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
               for p in sorted(folder.rglob("*")) if p.is_file()}
    return _zip(archive, members)


def _verdicts(stdout: str) -> dict[str, tuple[str, dict]]:
    report = json.loads(stdout)
    return {r["claim"]["text"]: (r["verdict"], r["evidence"][0] if r["evidence"] else {})
            for d in report["drafts"] for r in d["results"]}


def _check(package: Path, cwd: Path) -> dict[str, tuple[str, dict]]:
    (cwd / "towns.md").write_text(DRAFT, encoding="utf-8")
    run = run_workbench("check", "towns.md", "--reference", package, "--format", "json", "--no-progress", cwd=cwd)
    assert run.returncode in (0, 1), run.stderr
    return _verdicts(run.stdout)


def test_a_yaml_descriptor_loads_and_points_problems_at_its_own_lines(tmp_path: Path) -> None:
    folder = _yaml_package(tmp_path / "harbour")
    verdicts = _check(folder, tmp_path)
    assert verdicts["48,300"][0] == "supported"
    assert verdicts["1.62 dollars per litre"][0] == "supported"
    run = run_workbench("reference", "validate", "harbour", "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    towns = [p for p in json.loads(run.stdout) if p["resource"] == "towns"]
    assert towns and {p["path"] for p in towns} == {"harbour/datapackage.yaml"}
    assert {p["line"] for p in towns} == {13}  # '- name: towns' in the YAML, not a line of some JSON


def test_init_writes_the_blocks_into_the_yaml_and_keeps_the_publishers_text(tmp_path: Path) -> None:
    folder = _yaml_package(tmp_path / "harbour")
    run = run_workbench("reference", "init", "harbour", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    written = (folder / "datapackage.yaml").read_text(encoding="utf-8")
    assert written.startswith(YAML_DESCRIPTOR.splitlines()[0])  # the comment stays
    assert "        - {name: Year, type: year}\n" in written  # and the publisher's layout
    assert not (folder / "datapackage.json").exists()
    clear_cache()
    towns = load_reference([folder]).resources["towns"]
    assert towns.meta.workbench.period_from == "workbench.period"
    assert set(towns.frame["period"]) == {"2024-01-01"}


def test_init_says_where_each_resources_period_comes_from(tmp_path: Path) -> None:
    _yaml_package(tmp_path / "harbour")
    run = run_workbench("reference", "init", "harbour", cwd=tmp_path)
    assert "resources[0] (fuel): periods from column 'Year'" in run.stdout
    assert ("resources[1] (towns): one period for every row, 2024-01-01, read from the file name "
            "towns_2024-01-01.csv; written as workbench.period") in run.stdout
    diff = run_workbench("reference", "init", "harbour", "--force", "--diff", cwd=tmp_path)
    assert diff.returncode == 0
    assert "(towns): one period for every row, 2024-01-01, from workbench.period" in diff.stderr  # a diff stays a diff
    changed = [line for line in diff.stdout.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert not [line for line in changed if "period" in line]  # --force infers the same periods again


@pytest.mark.parametrize("top", [None, "harbour-stats-v2"])
def test_a_zipped_package_checks_as_its_folder_and_is_never_unpacked(tmp_path: Path, top: str | None) -> None:
    folder = _yaml_package(tmp_path / "src" / "harbour")
    expected = _check(folder, tmp_path / "src")
    work = tmp_path / "work"
    work.mkdir()
    archive = _zipped_folder(folder, work / "harbour.zip", top)
    before = archive.read_bytes()
    clear_cache()
    got = _check(archive, work)
    assert {k: v[0] for k, v in got.items()} == {k: v[0] for k, v in expected.items()}
    listed = run_workbench("reference", "list", "--reference", "harbour.zip", cwd=work)
    assert listed.returncode == 0 and "towns" in listed.stdout, listed.stderr
    init = run_workbench("reference", "init", "harbour.zip", cwd=work)
    assert init.returncode == 0, init.stderr
    assert init.stdout.startswith(f"--- a/harbour.zip/{top + '/' if top else ''}datapackage.yaml")
    assert "never rewritten" in init.stderr
    assert archive.read_bytes() == before
    assert sorted(p.name for p in work.iterdir()) == ["harbour.zip", "towns.md"]  # nothing extracted beside it


def test_archivers_junk_beside_the_top_folder_is_no_second_package(tmp_path: Path) -> None:
    """macOS 'Compress' adds __MACOSX/ and ._ files; the package is still the one top folder."""
    archive = _zip(tmp_path / "towns.zip", {
        "towns/datapackage.json": json.dumps({"name": "towns", "resources": [
            {"name": "towns", "path": "towns_2024-01-01.csv", "title": "Residents of harbour towns"}]}),
        "towns/towns_2024-01-01.csv": TOWNS_CSV, "__MACOSX/towns/._towns_2024-01-01.csv": "\x00\x05",
        "towns/.DS_Store": "\x00"})
    loaded = load_reference([archive])
    assert list(loaded.resources) == ["towns"]


def test_a_zip_of_bare_csvs_is_described_like_a_folder_of_them(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "export.zip", {"fuel.csv": PRICES_CSV, "notes.txt": "exported by hand"})
    run = run_workbench("reference", "validate", "export.zip", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "no datapackage.json: 1 CSV file(s) described" in run.stderr
    assert load_reference([archive]).resources["fuel"].frame["value"].tolist() == [1.48, 1.62]


@pytest.mark.parametrize("member, why", [
    ("../fuel.csv", "climbs out of the archive with '..'"),
    ("/tmp/fuel.csv", "is an absolute path"),
    ("data/../../fuel.csv", "climbs out of the archive with '..'"),
])
def test_an_archive_with_a_member_that_would_land_outside_is_refused_in_one_line(
        tmp_path: Path, member: str, why: str) -> None:
    _zip(tmp_path / "evil.zip", {"datapackage.json": json.dumps({"name": "x", "resources": [
        {"name": "fuel", "path": "fuel.csv"}]}), "fuel.csv": PRICES_CSV, member: PRICES_CSV})
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    for args in (["reference", "list", "--reference", "evil.zip"], ["reference", "init", "evil.zip"],
                 ["check", "d.md", "--reference", "evil.zip", "--no-progress"]):
        run = run_workbench(*args, cwd=tmp_path)
        assert run.returncode == 2, (args, run.stdout)
        [line] = run.stderr.strip().splitlines()
        assert f"evil.zip: member {member!r} {why}: the archive is not read" in line, line
    problems = json.loads(run_workbench("reference", "validate", "evil.zip", "--format", "json", cwd=tmp_path).stdout)
    assert [p["code"] for p in problems] == ["unsafe-member"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.md", "evil.zip"]


def test_a_symbolic_link_inside_an_archive_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "linked.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("datapackage.json", json.dumps({"name": "x", "resources": [{"name": "f", "path": "f.csv"}]}))
        link = zipfile.ZipInfo("f.csv")
        link.external_attr = (0o120777 << 16)
        zipped.writestr(link, "/etc/passwd")
    run = run_workbench("reference", "validate", "linked.zip", cwd=tmp_path)
    assert run.returncode == 2 and "member 'f.csv' is a symbolic link" in run.stderr


@pytest.mark.parametrize("descriptor, code, says", [
    ("name: x\nresources: [\n", "yaml-error", "harbour/datapackage.yaml:3:1: not valid YAML"),
    ("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nresources: [*b]\n", "yaml-error", "aliases (*name) are not allowed"),
    ("- just\n- a list\n", "descriptor-error", "must be a YAML mapping with a 'resources' list"),
    ("name: x\nresources:" + " [" * 200 + "\n", "yaml-error", "nested more than 64 levels deep"),
])
def test_a_broken_yaml_descriptor_is_one_line_with_its_place(tmp_path: Path, descriptor: str, code: str,
                                                             says: str) -> None:
    _yaml_package(tmp_path / "harbour", descriptor)
    run = run_workbench("reference", "validate", "harbour", cwd=tmp_path)
    assert run.returncode == 2
    assert says in run.stderr.splitlines()[0], run.stderr
    problems = json.loads(run_workbench("reference", "validate", "harbour", "--format", "json", cwd=tmp_path).stdout)
    assert [p["code"] for p in problems] == [code]


def test_list_says_where_each_resources_period_comes_from(tmp_path: Path) -> None:
    folder = _yaml_package(tmp_path / "harbour")
    (folder / "data" / "ferries.csv").write_text("Route,Crossings\nAvery-Marden,5120\n", encoding="utf-8")
    descriptor = YAML_DESCRIPTOR + """\
  - name: ferries
    path: data/ferries.csv
    title: Ferry crossings in 2023
    schema:
      fields:
        - {name: Route, type: string}
        - {name: Crossings, type: integer}
"""
    (folder / "datapackage.yaml").write_text(descriptor, encoding="utf-8")
    run = run_workbench("reference", "list", "--reference", "harbour", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    rows = {line.split()[0]: line for line in run.stdout.splitlines()[2:]}
    assert "period from" in run.stdout.splitlines()[0]
    assert "column 'Year'" in rows["fuel"]
    assert "the file name towns_2024-01-01.csv" in rows["towns"]
    assert "the title" in rows["ferries"] and "2023" in rows["ferries"]


def test_evidence_resting_on_a_period_read_from_a_file_name_names_it(tmp_path: Path) -> None:
    folder = _yaml_package(tmp_path / "harbour")
    _, evidence = _check(folder, tmp_path)["48,300"]
    assert (evidence["period_from"], evidence["period_file"]) == ("file name", "towns_2024-01-01.csv")
    run = run_workbench("check", "towns.md", "--reference", "harbour", "--format", "json", "--no-progress",
                        cwd=tmp_path)
    [result] = [r for d in json.loads(run.stdout)["drafts"] for r in d["results"]
                if r["claim"]["text"] == "48,300"]
    assert "2024-01-01 was read from the file name towns_2024-01-01.csv" in result["explanation"]
    _, fuel = _check(folder, tmp_path)["1.62 dollars per litre"]
    assert fuel["period_from"] is None  # a column gives the year: nothing to say


def test_a_period_pinned_by_init_is_no_longer_called_inferred(tmp_path: Path) -> None:
    folder = _yaml_package(tmp_path / "harbour")
    assert run_workbench("reference", "init", "harbour", cwd=tmp_path).returncode == 0
    clear_cache()
    _, evidence = _check(folder, tmp_path)["48,300"]
    assert evidence["period"] == "2024-01-01" and evidence["period_from"] is None


def test_the_apps_data_is_reloaded_when_a_zipped_package_changes(tmp_path: Path) -> None:
    """The app keys its parsed reference data by the sources' files: a zip is a file, not a folder."""
    from workbench.app.state import reference_content_key

    archive = _zip(tmp_path / "export.zip", {"fuel.csv": PRICES_CSV})
    first = reference_content_key([archive])
    archive.unlink()
    _zip(archive, {"fuel.csv": PRICES_CSV.replace("1.62", "1.66")})
    assert reference_content_key([archive]) != first


@pytest.mark.parametrize("members, says", [
    ({}, "holds no datapackage.json (or .yaml, .yml) or CSV file at its root or in one top folder"),
    ({"notes/readme.txt": "see the website"}, "holds no datapackage.json"),
    ({"fuel/datapackage.json": "{}", "towns/datapackage.json": "{}"}, "holds several packages (fuel/, towns/), not one"),
])
def test_an_archive_without_one_package_says_what_it_holds(tmp_path: Path, members: dict, says: str) -> None:
    _zip(tmp_path / "download.zip", members)
    run = run_workbench("reference", "list", "--reference", "download.zip", cwd=tmp_path)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert f"download.zip: {says}" in line, line


def test_a_file_named_zip_that_is_no_archive_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "fuel.zip").write_text(PRICES_CSV, encoding="utf-8")  # a CSV saved under the wrong name
    run = run_workbench("reference", "validate", "fuel.zip", "--format", "json", cwd=tmp_path)
    assert run.returncode == 2
    assert [p["code"] for p in json.loads(run.stdout)] == ["archive-error"]


def test_a_period_pinned_by_init_still_says_where_it_was_read(tmp_path: Path) -> None:
    folder = _yaml_package(tmp_path / "harbour")
    assert run_workbench("reference", "init", "harbour", cwd=tmp_path).returncode == 0
    assert "period_read_from: file name" in (folder / "datapackage.yaml").read_text(encoding="utf-8")
    clear_cache()
    listed = run_workbench("reference", "list", "--reference", "harbour", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "workbench.period (read from the file name towns_2024-01-01" in listed.stdout


def test_a_ledger_evidence_written_with_period_from_as_prose_still_reads() -> None:
    """Ledgers written before ``period_from`` was typed hold its prose; they read as the typed fields."""
    from workbench.models import Evidence, PeriodOrigin

    old = {"resource": "towns", "period": "2024-01-01", "value": 48300.0, "unit": "persons"}
    named = Evidence.model_validate({**old, "period_from": "the file name towns_2024-01-01.csv"})
    assert (named.period_from, named.period_file) == (PeriodOrigin.FILE_NAME, "towns_2024-01-01.csv")
    titled = Evidence.model_validate({**old, "period_from": "the title"})
    assert (titled.period_from, titled.period_file) == (PeriodOrigin.TITLE, None)
    assert Evidence.model_validate(named.model_dump(mode="json")) == named


def test_where_a_loaded_metrics_periods_come_from_is_one_typed_origin(tmp_path: Path) -> None:
    """The loaded metric names the origin of its periods with the type its evidence uses (PeriodOrigin):
    a snapshot's file name, a column; anything else is refused where the metric is built."""
    from pydantic import ValidationError

    from workbench.datapackage import ResolvedBlock
    from workbench.models import PeriodOrigin

    folder = _yaml_package(tmp_path / "harbour")
    clear_cache()
    loaded = load_reference([folder]).resources
    assert loaded["towns"].meta.workbench.period_from is PeriodOrigin.FILE_NAME
    assert loaded["fuel"].meta.workbench.period_from is PeriodOrigin.COLUMN
    with pytest.raises(ValidationError):
        ResolvedBlock(metric="Residents", period_from="the file name towns.csv")
