"""An output file named by mistake after an input — `check --format json:FILE`, `--write-baseline FILE`,
`export --output FILE` — used to replace the draft being checked (or a ledger, or a package's descriptor)
with a report. Now the run is refused in one line before anything is written, and every file on disk is as
it was; a report to a file of its own is written as before."""

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


def test_reports_to_files_of_their_own_are_written(project: Path) -> None:
    """Beside the ledgers or anywhere else: a new file loses nothing."""
    run = run_workbench("check", "drafts/prices.md", "--no-progress", "--format", "json:claims/report.json",
                        "--format", "sarif:out.sarif", cwd=project)
    assert run.returncode in (0, 1), run.stderr
    assert (project / "claims" / "report.json").read_text(encoding="utf-8").startswith("{")
    assert "7.7%" in (project / "out.sarif").read_text(encoding="utf-8")
    assert (project / "drafts" / "prices.md").read_text(encoding="utf-8") == DRAFT


_TARGETS = ["drafts/prices.md", "./drafts/prices.md", "claims/prices.json", "reference_data/datapackage.json",
            "reference_data/data/cpi.csv", "out.json", "claims/out.json", "reference_data/new.json", "out.sarif"]
_OUTPUTS = st.lists(st.tuples(st.sampled_from(["--format json:", "--format sarif:", "--format junit:",
                                               "--write-baseline ", "--output "]),
                              st.sampled_from(_TARGETS)), min_size=1, max_size=3)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(outputs=_OUTPUTS)
def test_whatever_outputs_are_named_no_file_that_was_there_changes(tmp_path_factory: pytest.TempPathFactory,
                                                                  outputs: list[tuple[str, str]]) -> None:
    """Any mix of report files, baselines and export outputs: either the run is refused and nothing is
    written, or it writes only files that were not there before."""
    root = tmp_path_factory.mktemp("outputs")
    cpi_package(root / "reference_data")
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=root).returncode == 0
    before = _files(root)
    exported = [target for option, target in outputs if option == "--output "]
    if exported:  # export writes one file
        run = run_workbench("export", "drafts/prices.md", "--format", "csv", "--output", exported[0], cwd=root)
    else:
        flags = [arg for option, target in outputs
                 for arg in [*option.split(" ", 1)[:1], option.split(" ", 1)[1] + target]]
        run = run_workbench("check", "drafts/prices.md", "--no-progress", *flags, cwd=root)
    after = _files(root)
    assert {p: after.get(p) for p in before} == before, run.stderr  # nothing that was there is changed or gone
    if run.returncode == 2:
        assert len(run.stderr.strip().splitlines()) == 1 and after == before, run.stderr
        assert "would write over" in run.stderr, run.stderr  # refused for what it would clobber, not misread
