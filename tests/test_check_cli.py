"""`workbench check` as a user runs it: the real CLI, the shipped sample draft and reference data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import REFERENCE, ROOT, SAMPLE_DRAFT, dated_draft, run_workbench, run_workbench_process

SAMPLE = SAMPLE_DRAFT.relative_to(ROOT).as_posix()


def results_by_text(report: dict) -> dict[str, dict]:
    return {r["claim"]["text"]: r for d in report["drafts"] for r in d["results"]}


@pytest.fixture(scope="module")
def no_ledgers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty claims folder: automatic verdicts, whatever reviewers decided in claims/."""
    return tmp_path_factory.mktemp("no-ledgers")


@pytest.fixture(scope="module")
def sample_report(no_ledgers: Path) -> tuple[int, dict]:
    run = run_workbench("check", SAMPLE, "--format", "json", "--claims", no_ledgers)
    assert run.stderr == ""
    return run.returncode, json.loads(run.stdout)


def test_sample_draft_verdicts(sample_report: tuple[int, dict]) -> None:
    code, report = sample_report
    assert code == 1  # contradicted and unsupported claims fail by default
    results = results_by_text(report)

    trade = results["28.2 billion dollars"]
    assert trade["verdict"] == "supported" and trade["flags"] == ["sources_disagree"]
    assert trade["rule"] == "CW105"
    assert {e["value"] for e in trade["evidence"][:2]} == {28.2e9, 26.1e9}
    assert trade["evidence"][0]["supports"] and trade["evidence"][0]["period"] == "2022"

    assert results["76"]["verdict"] == "supported"
    assert results["76"]["evidence"][0]["resource"] == "russian_regions_partnerships"
    assert results["14"]["verdict"] == "supported"
    assert results["14"]["evidence"][0]["resource"] == "special_economic_zones"

    forum = results["100 billion dollars"]
    assert forum["verdict"] == "contradicted" and forum["rule"] == "CW101"
    assert forum["evidence"][0]["value"] == 1e8 and "1000 times" in forum["explanation"]

    share = results["19%"]
    assert share["verdict"] == "contradicted" and "stale" in share["flags"] and share["rule"] == "CW104"
    periods = [e["period"] for e in share["evidence"][:2]]
    # the draft is dated 10 Nov 2023: the 2023 annual row had not ended, the 2021 census is the latest
    assert periods[0] == "2021" and periods[1] in ("2019-01-01", "2020")
    assert "out of date" in share["explanation"]

    # A list of cities, one figure each: each figure is read for its own city's Russians only.
    # Almaty's count is 2 % over the register's of 1 January 2022, nearly two years before the draft: a count
    # of another day, which people's numbers outgrow, goes to a person rather than failing the draft
    almaty = results["468 thousand"]
    assert almaty["verdict"] == "needs_review" and "different period" in almaty["explanation"]
    assert {e["dimensions"]["city"] for e in almaty["evidence"]} == {"Almaty"}
    aktobe = results["74 thousand"]
    assert aktobe["verdict"] == "supported" and aktobe["flags"] == ["stale"]
    assert aktobe["evidence"][0]["resource"] == "ethnic_population_by_city"
    for figure, city in (("138 thousand", "Astana"), ("93.6 thousand", "Shymkent"), ("202 thousand", "Karaganda")):
        assert results[figure]["verdict"] == "unsupported" and results[figure]["evidence"] == []
        assert f"none for {city}" in results[figure]["explanation"]

    nothing = [t for t, r in results.items() if r["verdict"] == "unsupported" and r["evidence"] == []]
    assert "three" in nothing  # three combined heat and power plants: no series counts plants
    assert {"53", "30", "77"} <= set(nothing)  # parts of a total are not matched to the total

    for result in results.values():
        assert result["explanation"].endswith(".")
        assert result["auto_verdict"] == result["verdict"] and result["reviewed"] is False
    summary = report["summary"]
    assert sum(summary[v] for v in ("supported", "contradicted", "unsupported", "needs_review")) == len(results)
    assert {f["rule"] for f in report["drafts"][0]["findings"]} >= {"CW201", "CW202"}


def test_sample_draft_with_the_shipped_ledger(sample_report: tuple[int, dict]) -> None:
    ledger = ROOT / "claims" / f"{SAMPLE_DRAFT.stem}.json"
    if not ledger.exists():
        pytest.skip("no reviewer ledger is shipped for the sample draft")
    decisions = {cid: entry["verdict"] for cid, entry in json.loads(ledger.read_text())["claims"].items()
                 if entry.get("verdict")}
    automatic = {r["claim"]["id"]: r["verdict"] for d in sample_report[1]["drafts"] for r in d["results"]}
    run = run_workbench("check", SAMPLE, "--format", "json")
    for result in json.loads(run.stdout)["drafts"][0]["results"]:
        cid = result["claim"]["id"]
        assert result["auto_verdict"] == automatic[cid]
        if cid in decisions:
            assert (result["verdict"], result["reviewed"]) == (decisions[cid], True)
        else:
            assert (result["verdict"], result["reviewed"]) == (automatic[cid], False)


def test_text_format_and_several_formats_in_one_run(tmp_path: Path, no_ledgers: Path) -> None:
    sarif, junit, github = tmp_path / "out.sarif", tmp_path / "out.xml", tmp_path / "gh.txt"
    run = run_workbench("check", SAMPLE, "--claims", no_ledgers, "--format", "text", "--format", f"sarif:{sarif}",
                        "--format", f"junit:{junit}", "--format", f"github:{github}")
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    forum = next(line for line in lines if "100 billion" in line)
    assert forum.startswith(f"{SAMPLE}:") and ": contradicted [CW101] " in forum
    assert lines[-1].startswith("1 draft, ")
    log = json.loads(sarif.read_text())
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {SAMPLE}
    assert ET.parse(junit).getroot().get("failures") != "0"
    assert any(line.startswith(f"::error file={SAMPLE},line=") for line in github.read_text().splitlines())
    assert not list(tmp_path.glob(".*.tmp"))


def write_draft(folder: Path, name: str, body: str, date: str = "2023-11-10") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(dated_draft(body, date), encoding="utf-8")
    return path


def test_exit_codes_fail_on_and_exit_zero(tmp_path: Path) -> None:
    clean = write_draft(tmp_path, "clean.md", "In 2022, bilateral trade reached 28.2 billion dollars.")
    wrong = write_draft(tmp_path, "wrong.md", "In 2022, bilateral trade reached 40 billion dollars.")
    ref = ["--reference", str(REFERENCE)]
    # real processes: these are the exit codes a CI job sees
    assert run_workbench_process("check", clean, *ref).returncode == 0
    assert run_workbench_process("check", wrong, *ref).returncode == 1
    assert run_workbench_process("check", wrong, *ref, "--exit-zero").returncode == 0
    assert run_workbench_process("check", wrong, *ref, "--fail-on", "unsupported").returncode == 0
    assert run_workbench_process("check", clean, *ref, "--fail-on", "supported").returncode == 1


@pytest.mark.parametrize("args, message", [
    (["drafts/no-such-draft.md"], "no such file"),
    ([SAMPLE, "--format", "yaml"], "unknown format 'yaml'"),
    ([SAMPLE, "--fail-on", "wrong"], "'wrong' is not a verdict"),
    ([SAMPLE, "--reference", "no-such-folder"], "no such reference data folder"),
    ([SAMPLE, "--format", "json", "--format", "text"], "only one --format may go to stdout"),
])
def test_bad_input_exits_2_with_one_line(args: list[str], message: str) -> None:
    run = run_workbench("check", *args)
    assert run.returncode == 2
    assert message in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr and run.stdout == ""


def test_bad_draft_and_bad_config_exit_2_and_write_no_report(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "report.json"
    run = run_workbench("check", empty, "--reference", REFERENCE, "--format", f"json:{out}")
    assert run.returncode == 2 and "empty" in run.stderr and not out.exists()
    (tmp_path / "workbench.toml").write_text('fail-on = "contradicted,nonsense"\n', encoding="utf-8")
    run = run_workbench("check", cwd=tmp_path)
    assert run.returncode == 2 and "workbench.toml" in run.stderr and "Traceback" not in run.stderr


def test_configuration_file_and_flags_override_it(tmp_path: Path) -> None:
    shutil.copytree(REFERENCE, tmp_path / "data")
    write_draft(tmp_path / "texts", "a.md", "In 2022, bilateral trade reached 28.2 billion dollars.")
    write_draft(tmp_path / "texts", "b.md", "The forum produced deals worth 100 billion dollars.")
    (tmp_path / "workbench.toml").write_text(
        'reference = ["data"]\ndrafts = ["texts/*.md"]\nfail-on = "unsupported"\n'
        "[tolerances]\nexact_slack = 0.0\n", encoding="utf-8")
    run = run_workbench("check", "--format", "json", cwd=tmp_path)
    report = json.loads(run.stdout)
    assert [d["path"] for d in report["drafts"]] == ["texts/a.md", "texts/b.md"]
    assert run.returncode == 0  # b.md is contradicted, but only unsupported fails here
    assert run_workbench("check", "--fail-on", "contradicted", cwd=tmp_path).returncode == 1


def test_reviewer_decision_overrides_the_automatic_verdict(tmp_path: Path) -> None:
    shutil.copytree(REFERENCE, tmp_path / "reference_data")
    write_draft(tmp_path / "drafts", "forum.md", "The forum produced deals worth 100 billion dollars.")
    first = run_workbench("check", "drafts/forum.md", "--format", "json", cwd=tmp_path)
    assert first.returncode == 1
    [result] = json.loads(first.stdout)["drafts"][0]["results"]
    assert result["verdict"] == "contradicted"
    assert run_workbench("review", "drafts/forum.md", cwd=tmp_path).returncode == 0  # creates the ledger
    review = run_workbench("review", "drafts/forum.md", "--set", f"{result['claim']['id']}=supported",
                           "--reviewer", "Ann", "--note", "confirmed with the organisers", cwd=tmp_path)
    assert review.returncode == 0, review.stderr
    second = run_workbench("check", "drafts/forum.md", "--format", "json", cwd=tmp_path)
    [after] = json.loads(second.stdout)["drafts"][0]["results"]
    assert (after["verdict"], after["auto_verdict"], after["reviewed"]) == ("supported", "contradicted", True)
    assert after["rule"] == "CW100"
    assert after["explanation"].startswith("Reviewed by Ann: supported (automatic: contradicted; "
                                           "note: confirmed with the organisers).")
    assert second.returncode == 0


def test_many_drafts_in_a_folder_use_worker_processes(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    for i in range(12):
        body = ("In 2022, bilateral trade reached 28.2 billion dollars." if i % 3
                else "The forum produced deals worth 100 billion dollars.")
        write_draft(folder / ("nested" if i % 2 else ""), f"d{i:02}.md", body)
    (folder / "notes.csv").write_text("not a draft", encoding="utf-8")
    run = run_workbench("check", folder, "--reference", REFERENCE, "--jobs", "2", "--format", "json")
    assert run.returncode == 1 and run.stderr == ""  # no progress bar: stderr is not a terminal
    report = json.loads(run.stdout)
    assert len(report["drafts"]) == 12
    assert report["summary"]["contradicted"] == 4 and report["summary"]["supported"] == 8
    glob_run = run_workbench("check", str(folder / "nested" / "*.md"), "--reference", REFERENCE,
                             "--format", "json")
    assert len(json.loads(glob_run.stdout)["drafts"]) == 6


def test_pre_commit_hook_runs_the_check_on_markdown_and_text(no_ledgers: Path) -> None:
    import re

    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert (hook["id"], hook["language"]) == ("workbench-check", "python")
    assert hook["entry"].startswith("workbench check ")
    pattern = re.compile(hook["files"])
    assert pattern.search("drafts/a.md") and pattern.search("notes/b.txt") and not pattern.search("x.py")
    # pre-commit appends the changed file names to the entry
    run = run_workbench(*hook["entry"].split()[1:], "--claims", no_ledgers, SAMPLE)
    assert run.returncode == 1 and "[CW101]" in run.stdout


def test_documented_github_workflow_uses_valid_formats_and_uploads_its_sarif() -> None:
    import shlex

    import yaml

    from workbench.cli.check import parse_formats

    workflow = yaml.safe_load((ROOT / "docs" / "github-actions.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    command = next(s["run"] for s in steps if "workbench check" in s.get("run", ""))
    words = shlex.split(command)
    formats = parse_formats([words[i + 1] for i, w in enumerate(words) if w == "--format"])
    sarif_file = next(str(f) for fmt, f in formats if fmt == "sarif")
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == sarif_file and upload["if"].startswith("always()")
    assert workflow["permissions"]["security-events"] == "write"


def test_docs_list_every_rule() -> None:
    from workbench.rules import RULES

    text = (ROOT / "docs" / "check.md").read_text()
    for rule in RULES.values():
        assert f"| {rule.id} | {rule.name}" in text


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    for i in range(3):
        write_draft(tmp_path, f"d{i}.md", "In 2022, bilateral trade reached 28.2 billion dollars.")
    leader, follower = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "workbench", "check", str(tmp_path), "--reference", str(REFERENCE)],
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, timeout=120, check=False)
    os.close(follower)
    seen = b""
    try:
        while chunk := os.read(leader, 4096):
            seen += chunk
    except OSError:
        pass
    os.close(leader)
    assert proc.returncode == 0
    assert b"checking [" in seen and b"3/3" in seen
    assert b"checking" not in proc.stdout


def test_a_bad_draft_among_many_and_a_corrupt_ledger_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    for i in range(10):
        write_draft(folder, f"d{i:02}.md", "In 2022, bilateral trade reached 28.2 billion dollars.")
    (folder / "d05.md").write_bytes(b"\xff\xfe not utf-8")
    run = run_workbench("check", folder, "--reference", REFERENCE, "--jobs", "2")
    assert run.returncode == 2 and "d05.md:1:1: the draft is not UTF-8" in run.stderr
    assert "Traceback" not in run.stderr
    (folder / "d05.md").unlink()
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "d03.json").write_text("{not json", encoding="utf-8")
    run = run_workbench("check", folder, "--reference", REFERENCE, "--claims", tmp_path / "claims")
    assert run.returncode == 2 and "d03.json" in run.stderr and "Traceback" not in run.stderr


def test_parsed_reference_is_cached_on_disk_by_content(tmp_path: Path) -> None:
    shutil.copytree(REFERENCE, tmp_path / "ref")
    draft = write_draft(tmp_path, "d.md", "In 2022, bilateral trade reached 28.2 billion dollars.")
    # real processes: the disk cache serves fresh ones; within one process the memory cache answers first
    env = {"WORKBENCH_CACHE_DIR": str(tmp_path / "cache")}
    args = ["check", draft, "--reference", tmp_path / "ref", "--format", "json", "--claims", tmp_path]
    first = run_workbench_process(*args, env=env)
    [cached] = (tmp_path / "cache").glob("reference-*/manifest.json")
    second = run_workbench_process(*args, env=env)
    assert first.returncode == second.returncode == 0 and first.stdout == second.stdout
    # an edit to the data misses the cache: the new value is used, and validated
    csv_path = tmp_path / "ref" / "bilateral_trade.csv"
    csv_path.write_text(csv_path.read_text().replace("28200000000", "30100000000"), encoding="utf-8")
    third = run_workbench_process(*args, env=env)
    assert third.returncode == 1
    assert json.loads(third.stdout)["drafts"][0]["results"][0]["verdict"] == "contradicted"
    assert len(list((tmp_path / "cache").glob("reference-*/manifest.json"))) == 2
    no_cache = run_workbench_process(*args, env={"WORKBENCH_NO_CACHE": "1", "WORKBENCH_CACHE_DIR": "",
                                                 "XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert no_cache.stdout == third.stdout and not (tmp_path / "xdg").exists()
    default = run_workbench_process(*args, env={"WORKBENCH_CACHE_DIR": "",
                                                "XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert default.stdout == third.stdout  # the CLI's default cache folder is used when none is set
    assert list((tmp_path / "xdg" / "claim-workbench").glob("reference-*/manifest.json"))
    csv_path.write_text(csv_path.read_text().replace("30100000000", "not a number"), encoding="utf-8")
    broken = run_workbench_process(*args, env=env)
    assert broken.returncode == 2 and "bilateral_trade.csv" in broken.stderr
    assert cached.exists()


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_fresh_worker_processes_give_the_same_report(tmp_path: Path, method: str) -> None:
    for i in range(9):
        write_draft(tmp_path, f"d{i}.md", "In 2022, bilateral trade reached 28.2 billion dollars." if i % 2
                    else "The forum produced deals worth 100 billion dollars.")
    args = ("check", tmp_path, "--reference", REFERENCE, "--jobs", "2", "--format", "json")
    forked = run_workbench(*args)
    fresh = run_workbench(*args, env={"WORKBENCH_START_METHOD": method})
    assert fresh.returncode == forked.returncode == 1
    assert json.loads(fresh.stdout) == json.loads(forked.stdout)
    bad = run_workbench(*args, env={"WORKBENCH_START_METHOD": "teleport"})
    assert bad.returncode == 2 and "WORKBENCH_START_METHOD" in bad.stderr


def test_the_check_path_imports_no_web_or_ui_library() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom workbench.cli import main\n"
            f"main(['check', {SAMPLE!r}, '--format', 'json'])\n"
            "print(sorted(m for m in ('streamlit', 'altair', 'requests', 'playwright') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_a_ledger_for_an_older_draft_is_refused_not_applied(tmp_path: Path) -> None:
    """After an edit, reviewer decisions must be re-attached (`workbench review`) before CI trusts them."""
    from conftest import REFERENCE, SAMPLE_DRAFT, run_workbench

    draft = tmp_path / SAMPLE_DRAFT.name
    draft.write_text(SAMPLE_DRAFT.read_text(encoding="utf-8") + "\nA paragraph added after the review.\n",
                     encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    ledger = SAMPLE_DRAFT.parent.parent / "claims" / f"{SAMPLE_DRAFT.stem}.json"
    (claims / ledger.name).write_bytes(ledger.read_bytes())
    before = (claims / ledger.name).read_bytes()
    result = run_workbench("check", draft, "--reference", REFERENCE, "--claims", claims, "--no-progress")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "workbench review" in lines[0] and ledger.name in lines[0]
    assert (claims / ledger.name).read_bytes() == before


def test_a_check_process_of_its_own_freezes_its_startup_state_and_collects_again() -> None:
    """The console script builds its long-lived state with the collector off (cli.common.long_lived):
    afterwards the collector must be on again, or a long run would keep every draft's garbage, and
    the state frozen; a caller's process (here: main with arguments) keeps its collector untouched."""
    import subprocess
    import sys

    code = ("import gc, sys\nfrom workbench.cli import main\n"
            "mode = sys.argv.pop(1)\n"
            f"sys.argv = ['workbench', 'check', {SAMPLE!r}, '--format', 'json']\n"
            "main() if mode == 'own' else main(sys.argv[1:])\n"
            "print(gc.isenabled(), gc.get_freeze_count())")
    counts = {}
    for mode in ("own", "caller"):
        proc = subprocess.run([sys.executable, "-c", code, mode], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, check=True)
        enabled, frozen = proc.stdout.split()[-2:]
        assert enabled == "True"
        counts[mode] = int(frozen)
    assert counts["caller"] == 0
    assert counts["own"] > 10_000  # pandas, the engine's modules and the index


# What a cold `workbench check` of an English draft against a cached package never needs: units and
# country tables of libraries (read into cached tables or used by other commands), other languages'
# names (babel), fetchers, the descriptor and CSV readers (a cache hit), workers (one draft), RE2
# (long texts only), the app.
_NOT_FOR_ONE_ENGLISH_DRAFT = (
    "pint", "babel", "pycountry", "country_converter", "frictionless", "sdmx", "quantulum3", "re2", "requests",
    "streamlit", "multiprocessing", "filelock", "pyarrow.parquet", "pyarrow.dataset",
    "workbench.reference.descriptor", "workbench.reference.table", "workbench.reference.init", "workbench.fetch",
    "workbench.app", "workbench.baseline", "workbench.reports.sarif")


def test_a_cold_check_of_an_english_draft_imports_nothing_it_does_not_need(tmp_path: Path) -> None:
    """The console script's own process (main() with no arguments: its caches installed), run twice
    on the sample with a cache folder of its own: the second run, as every later one, reads the
    package from the cache and imports none of the modules above."""
    import subprocess
    import sys

    code = ("import sys\nfrom workbench.cli import main\n"
            f"sys.argv = ['workbench', 'check', {SAMPLE!r}, '--format', 'json']\nmain()\n"
            f"print('\\nIMPORTED', sorted(m for m in {_NOT_FOR_ONE_ENGLISH_DRAFT!r} if m in sys.modules))")
    import os

    env = {**os.environ, "WORKBENCH_CACHE_DIR": str(tmp_path)}
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180,
                              check=True, env=env)
    assert proc.stdout.strip().splitlines()[-1] == "IMPORTED []"
    assert json.loads(proc.stdout.rsplit("\nIMPORTED", 1)[0])["summary"]  # the check ran to its report


def test_a_people_s_name_beside_its_cities_is_no_country_of_the_figures(tmp_path: Path, no_ledgers: Path) -> None:
    """'Russian communities' names a people living in the cities, not Russia: the city the ethnic table
    lacks is what the explanation names, not a country the national tables lack."""
    draft = write_draft(tmp_path, "communities.md", "# Neighbours\n\nSeveral towns keep sizeable Russian "
                        "communities, such as Almaty (455 thousand residents), Astana (131 thousand) and "
                        "Shymkent (97 thousand).")
    run = run_workbench("check", draft, "--format", "json", "--claims", no_ledgers)
    by_text = results_by_text(json.loads(run.stdout))
    for figure, city in (("131 thousand", "Astana"), ("97 thousand", "Shymkent")):
        result = by_text[figure]
        assert result["verdict"] == "unsupported", result["explanation"]
        assert f"none for {city}" in result["explanation"], result["explanation"]
