"""An output file named after a file the run reads — `check --format json:FILE`, `--write-baseline FILE`,
`export --output FILE` naming the draft, its ledger or a package's descriptor or data — is refused in one
line before anything is written, and every file on disk stays as it was. Any other file is the user's to
write, again and again: last run's report is replaced by this run's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import cpi_package

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Prices\ndate: 2023-06-01\n---\n\n"
         "Consumer prices in Kenya rose 7.7% in 2022, the statistics office said.\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=tmp_path).returncode == 0  # writes claims/prices.json
    return tmp_path


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("args", "says"), [
    (["check", "drafts/prices.md", "--format", "json:drafts/prices.md"], "--format json would write over a draft"),
    (["check", "drafts", "--format", "text", "--format", "sarif:./drafts/prices.md"], "--format sarif would write over a draft"),
    (["check", "drafts/*.md", "--write-baseline", "drafts/prices.md"], "--write-baseline would write over a draft"),
    (["check", "drafts/prices.md", "--format", "json:claims/prices.json"], "ledgers' folder"),
    (["check", "drafts/prices.md", "--format", "json:reference_data/datapackage.json"], "a reference package"),
    (["check", "drafts/prices.md", "--format", "json:reference_data/data/cpi.csv"], "a reference package"),
    (["check", "drafts/prices.md", "--format", "json:out.json", "--format", "sarif:./out.json"],
     "--format sarif would write over the output of --format json"),
    (["export", "drafts/prices.md", "--format", "markdown", "--output", "drafts/prices.md"], "--output would write over a draft"),
    (["export", "drafts/prices.md", "--format", "csv", "--output", "claims/prices.json"], "ledgers' folder"),
])
def test_an_output_named_after_an_input_is_refused_and_nothing_is_written(project: Path, args: list[str],
                                                                          says: str) -> None:
    before = _files(project)
    run = run_workbench(*args, "--no-progress" if args[0] == "check" else "--reference=reference_data", cwd=project)
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1 and says in run.stderr, run.stderr
    assert _files(project) == before


@pytest.mark.parametrize("config_file", ["workbench.toml", "pyproject.toml"])
@pytest.mark.parametrize("args", [
    ["check", "drafts/prices.md", "--no-progress", "--format", "json:CONFIG"],
    ["check", "drafts/prices.md", "--no-progress", "--write-baseline", "CONFIG"],
    ["export", "drafts/prices.md", "--format", "markdown", "--output", "CONFIG"],
], ids=["check-format", "write-baseline", "export"])
def test_the_configuration_found_upwards_is_never_written_over(project: Path, config_file: str,
                                                               args: list[str]) -> None:
    """Only a configuration named by --config was spared: the one found upwards, as it usually is, was replaced
    by the report, and the project's settings (or its whole pyproject.toml) lost."""
    table = "[tool.workbench]\n" if config_file == "pyproject.toml" else ""
    (project / config_file).write_text(f'{table}claims = "claims"\nreference = ["reference_data"]\n', encoding="utf-8")
    before = _files(project)
    run = run_workbench(*[a.replace("CONFIG", config_file) for a in args], cwd=project)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert line.startswith(f"workbench: {config_file}: ") and "would write over the configuration this run reads" in line
    assert _files(project) == before


@pytest.mark.parametrize("args", [
    ["check", "drafts/prices.md", "--no-progress", "--format", "json:claims"],
    ["check", "drafts/prices.md", "--no-progress", "--write-baseline", "drafts"],
    ["export", "drafts/prices.md", "--format", "csv", "--output", "claims"],
])
def test_an_output_naming_a_folder_is_refused_before_the_run(project: Path, args: list[str]) -> None:
    """The line named the temporary file beside the folder ('.claims.x1y2.tmp: Is a directory'), after the whole run."""
    before = _files(project)
    run = run_workbench(*args, cwd=project)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert "names a folder, not a file" in line and ".tmp" not in line, line
    assert _files(project) == before


def test_reports_to_files_of_their_own_are_written(project: Path) -> None:
    """Beside the ledgers or anywhere else: a new file loses nothing."""
    run = run_workbench("check", "drafts/prices.md", "--no-progress", "--format", "json:claims/report.json",
                        "--format", "sarif:out.sarif", cwd=project)
    assert run.returncode in (0, 1), run.stderr
    assert (project / "claims" / "report.json").read_text(encoding="utf-8").startswith("{")
    assert "7.7%" in (project / "out.sarif").read_text(encoding="utf-8")
    assert (project / "drafts" / "prices.md").read_text(encoding="utf-8") == DRAFT


def test_the_same_report_is_written_again_on_the_next_run(project: Path) -> None:
    """A report beside the ledgers, in a package's folder or at the project root is rewritten each run."""
    (project / "notes.txt").write_text("kept\n", encoding="utf-8")
    reports = ["json:claims/report.json", "sarif:reference_data/report.sarif", "junit:report.xml"]
    flags = [arg for report in reports for arg in ("--format", report)]
    for _ in range(2):
        run = run_workbench("check", "drafts/prices.md", "--no-progress", *flags, cwd=project)
        assert run.returncode in (0, 1), run.stderr
        assert run.stderr == ""
    assert "7.7%" in (project / "claims" / "report.json").read_text(encoding="utf-8")
    assert "7.7%" in (project / "reference_data" / "report.sarif").read_text(encoding="utf-8")
    assert (project / "report.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert (project / "notes.txt").read_text(encoding="utf-8") == "kept\n"


def test_a_project_whose_ledgers_and_package_sit_at_its_root_rewrites_its_report(tmp_path: Path) -> None:
    cpi_package(tmp_path)
    (tmp_path / "workbench.toml").write_text('claims = "."\nreference = ["."]\n', encoding="utf-8")
    (tmp_path / "prices.md").write_text(DRAFT, encoding="utf-8")
    for _ in range(2):
        run = run_workbench("check", "prices.md", "--no-progress", "--format", "json:report.json", cwd=tmp_path)
        assert run.returncode in (0, 1), run.stderr
    assert "7.7%" in (tmp_path / "report.json").read_text(encoding="utf-8")
    refused = run_workbench("check", "prices.md", "--no-progress", "--format", "json:datapackage.json", cwd=tmp_path)
    assert refused.returncode == 2 and "a reference package" in refused.stderr, refused.stderr


def test_reports_sent_to_the_null_device_are_discarded(project: Path) -> None:
    before = _files(project)
    run = run_workbench("check", "drafts/prices.md", "--no-progress", "--format", "json:/dev/null",
                        "--format", "sarif:/dev/null", "--write-baseline", "/dev/null", cwd=project)
    assert run.returncode == 0, run.stderr
    assert Path("/dev/null").read_bytes() == b""
    assert _files(project) == before


_INPUTS = {"drafts/prices.md", "./drafts/prices.md", "claims/prices.json", "reference_data/datapackage.json",
           "reference_data/data/cpi.csv"}
_OTHERS = ["out.json", "claims/out.json", "reference_data/new.json", "out.sarif", "reference_data/old.json",
           "claims/last.json"]
_OUTPUTS = st.lists(st.tuples(st.sampled_from(["--format json:", "--format sarif:", "--format junit:",
                                               "--write-baseline ", "--output "]),
                              st.sampled_from([*sorted(_INPUTS), *_OTHERS])), min_size=1, max_size=3) \
    .filter(lambda outputs: sum(option == "--write-baseline " for option, _ in outputs) <= 1)  # one baseline: a second replaces the first


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(outputs=_OUTPUTS)
def test_whatever_outputs_are_named_no_file_that_was_read_changes(tmp_path_factory: pytest.TempPathFactory,
                                                                 outputs: list[tuple[str, str]]) -> None:
    """Any mix of report files, baselines and export outputs, some of them left by an earlier run: the
    run is refused, with nothing written, exactly when an output names a file it reads or another
    output; otherwise it writes its outputs and leaves every other file as it was."""
    root = tmp_path_factory.mktemp("outputs")
    cpi_package(root / "reference_data")
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=root).returncode == 0
    for earlier in ("reference_data/old.json", "claims/last.json", "out.sarif"):
        (root / earlier).write_text("an earlier run's report\n", encoding="utf-8")
    before = _files(root)
    exported = [target for option, target in outputs if option == "--output "]
    if exported:  # export writes one file
        targets = exported[:1]
        run = run_workbench("export", "drafts/prices.md", "--format", "csv", "--output", exported[0], cwd=root)
    else:
        targets = [target for _, target in outputs]
        flags = [arg for option, target in outputs
                 for arg in [*option.split(" ", 1)[:1], option.split(" ", 1)[1] + target]]
        run = run_workbench("check", "drafts/prices.md", "--no-progress", *flags, cwd=root)
    after = _files(root)
    written = {(root / target).resolve() for target in targets}
    clashing = len(written) < len(targets) or any(target in _INPUTS for target in targets)
    if clashing:
        assert run.returncode == 2, run.stderr
        assert len(run.stderr.strip().splitlines()) == 1 and after == before, run.stderr
        assert "would write over" in run.stderr, run.stderr
    else:
        assert run.returncode in (0, 1), run.stderr
        assert {p: after.get(p) for p in before if p.resolve() not in written} == \
            {p: b for p, b in before.items() if p.resolve() not in written}
        assert all(after[path] != b"an earlier run's report\n" for path in written)


@pytest.mark.parametrize("args", [
    ["check", "drafts/prices.md", "--no-progress", "--format", "text", "--format", "sarif:reports/ci/prices.sarif"],
    ["check", "drafts/prices.md", "--no-progress", "--write-baseline", "reports/ci/prices.sarif"],
    ["export", "drafts/prices.md", "--format", "csv", "--output", "reports/ci/prices.sarif"],
])
def test_every_command_makes_the_missing_folder_of_its_output(project: Path, args: list[str]) -> None:
    """`export --output` made a missing folder while `check --format FORMAT:FILE` refused one: a CI job's
    `reports/` in a fresh checkout now works with either, and nothing else is added."""
    before = set(_files(project))
    run = run_workbench(*args, cwd=project)
    assert run.returncode in (0, 1), run.stderr
    assert set(_files(project)) - before == {project / "reports" / "ci" / "prices.sarif"}


@pytest.mark.parametrize("args", [
    ["check", "drafts/prices.md", "--no-progress", "--format", "sarif:drafts/prices.md/out/prices.sarif"],
    ["check", "drafts/prices.md", "--no-progress", "--write-baseline", "drafts/prices.md/out/base.json"],
    ["export", "drafts/prices.md", "--format", "csv", "--output", "drafts/prices.md/out/prices.csv"],
])
def test_an_output_behind_a_file_is_one_line_before_any_work(project: Path, args: list[str]) -> None:
    """A path where no folder can be made (a file stands in its way) is refused naming that file, before the
    drafts are checked; before, check said the folder 'does not exist' and export 'File exists'."""
    before = _files(project)
    run = run_workbench(*args, cwd=project)
    assert run.returncode == 2 and run.stdout == "", run.stdout
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "prices.md is a file, so no folder can be made" in run.stderr, run.stderr
    assert _files(project) == before
