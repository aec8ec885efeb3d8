"""An output named through a symlink whose target is not made yet (a link kept in a checkout, pointing where each
machine keeps its reports, schemas, packages or ledgers) is written where the link points, folders made, as every
file output already was; before, the outputs that are folders (`schemas --out`, `fetch --package`, `--claims`)
stopped with 'File exists', which names nothing a user can see. A link that loops is one line naming the loop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from conftest import SHARED, reviewed_project, run_workbench, skip_or_fail_in_ci

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Tea\ndate: 2024-03-01\n---\n\n"
         "Tea exports from the coast rose 3.2% in 2023, the board said.\n")


def _link_to_nowhere(folder: Path, name: str, target: str) -> Path:
    link = folder / name
    link.symlink_to(target)
    assert not link.exists() and link.is_symlink()
    return link


def test_schemas_out_through_a_link_to_nowhere_writes_where_it_points(tmp_path: Path) -> None:
    _link_to_nowhere(tmp_path, "schemas", "made/later")
    run = run_workbench("schemas", "--out", "schemas", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    written = sorted(p.name for p in (tmp_path / "made" / "later").iterdir())
    assert "claims.schema.json" in written and (tmp_path / "schemas").is_symlink()


def test_fetch_into_a_package_that_is_a_link_to_nowhere_writes_the_package_there(tmp_path: Path) -> None:
    sample = SHARED / "reference-sources" / "sdmx-samples" / "v3" / "csv" / "example-01.csv"
    if not sample.is_file():
        skip_or_fail_in_ci(f"{sample} is missing", " (the SDMX samples must be present in CI)")
    _link_to_nowhere(tmp_path, "data", "packages/sdmx")
    run = run_workbench("fetch", "sdmx", sample, "--package", "data", "--unit", "EUR", "--name", "na",
                        cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "File exists" not in run.stderr
    assert json.loads((tmp_path / "packages" / "sdmx" / "datapackage.json").read_text(encoding="utf-8"))
    assert run_workbench("reference", "validate", "data", cwd=tmp_path).returncode == 0


def test_a_ledger_folder_that_is_a_link_to_nowhere_gets_the_ledger(tmp_path: Path) -> None:
    reviewed_project(tmp_path, DRAFT)
    _link_to_nowhere(tmp_path, "desk-claims", "shared/claims")
    run = run_workbench("review", "drafts/prices.md", "--claims", "desk-claims", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    ledger = json.loads((tmp_path / "shared" / "claims" / "prices.json").read_text(encoding="utf-8"))
    assert ledger["claims"]


@pytest.mark.parametrize("option", ["--format", "--write-baseline"])
def test_a_report_through_a_link_to_nowhere_is_written_where_it_points(tmp_path: Path, option: str) -> None:
    reviewed_project(tmp_path, DRAFT)
    _link_to_nowhere(tmp_path, "out.json", "reports/ci/out.json")
    value = "json:out.json" if option == "--format" else "out.json"
    run = run_workbench("check", "drafts/prices.md", "--no-progress", option, value, cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr
    assert json.loads((tmp_path / "reports" / "ci" / "out.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", [["schemas", "--out", "loop"],
                                     ["review", "drafts/prices.md", "--claims", "loop"],
                                     ["export", "drafts/prices.md", "--format", "csv", "--output", "loop/x.csv"]])
def test_an_output_through_a_looping_link_is_one_line_naming_the_loop(tmp_path: Path, command: list[str]) -> None:
    reviewed_project(tmp_path, DRAFT)
    (tmp_path / "loop").symlink_to("round")
    (tmp_path / "round").symlink_to("loop")
    run = run_workbench(*command, cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == "", run.stdout
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "loop" in lines[0] and "symbolic links" in lines[0], run.stderr
    assert "File exists" not in lines[0]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hops=st.lists(st.tuples(st.booleans(), st.integers(0, 2)), min_size=1, max_size=3), loops=st.booleans(),
       output=st.sampled_from(["--format", "--write-baseline", "schemas"]))
def test_any_chain_of_links_is_followed_to_its_end_or_named_as_a_loop(tmp_path_factory: pytest.TempPathFactory,
                                                                       hops: list[tuple[bool, int]], loops: bool,
                                                                       output: str) -> None:
    """An output named through links to links (each relative or absolute, to folders made or not) lands where the
    last link points; a chain that comes back to its start is one line naming the loop, nothing written."""
    root = tmp_path_factory.mktemp("chain")
    reviewed_project(root, DRAFT)
    links = [root / f"hop{n}" for n in range(len(hops))]
    end = root / "made" / "here"
    for n, (absolute, depth) in enumerate(hops):
        after = links[n + 1] if n + 1 < len(hops) else (links[0] if loops else end)
        if after is end:
            after = end.parent.joinpath(*["deeper"] * depth, end.name)
            end = after
        links[n].symlink_to(after if absolute else after.relative_to(root))
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    if output == "schemas":
        run = run_workbench("schemas", "--out", links[0].name, cwd=root)
    else:
        value = f"json:{links[0].name}" if output == "--format" else links[0].name
        run = run_workbench("check", "drafts/prices.md", "--no-progress", output, value, cwd=root)
    if loops:
        assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr
        assert "symbolic links" in run.stderr and "File exists" not in run.stderr
        assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
    elif output == "schemas":
        assert run.returncode == 0, run.stderr
        assert (end / "claims.schema.json").is_file()
    else:
        assert run.returncode in (0, 1), run.stderr
        assert json.loads(end.read_text(encoding="utf-8"))
