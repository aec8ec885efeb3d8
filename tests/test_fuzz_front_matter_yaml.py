"""Front matter as editors and attackers write it (the twenty-first crash hunt): the keys the product reads
(`about`, `places`, `date`, `title`, `url`, `lang`) with values YAML reads as datetimes, lists, mappings,
tagged objects (`!!python/object`, `!!binary`, `!!set`), keys that are lists or mappings, anchors, block
nesting past the limit — each draft is read (exit 0, its claims within their schema) or refused in one
line at a place inside the front matter, exit 2, and never a traceback.

The hunt's one finding: a key written twice (an editor's paste, a hand merge keeping both sides) was read
as the last in silence, so a draft with two `date:` lines was checked against the second while the page
showed the first, and a datapackage.yaml with two `path:` lines of one resource read the other file. The
JSON readers refused a name twice already; the YAML loader (`safe_yaml`) now refuses it at the second."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_workbench
from package_support import cpi_package

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "hostile"
CLAIMS_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))
BODY = "\nInflation in Norway was 3.5% in 2021, the bureau said.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data")
    (tmp_path / "drafts").mkdir()
    return tmp_path


@pytest.mark.parametrize("command", ["extract", "check", "review", "export"])
def test_a_front_matter_key_written_twice_is_one_line_at_the_second(project: Path, command: str) -> None:
    draft = project / "drafts" / "twice.md"
    draft.write_bytes((CORPUS / "front-matter-key-twice.md").read_bytes())
    run = run_workbench(command, "drafts/twice.md", cwd=project)
    assert run.returncode == 2
    assert run.stderr == ("workbench: drafts/twice.md:5:1: front matter is not valid YAML: the key 'date' appears "
                          "twice in one mapping; keep one of them (fix the block between the --- lines)\n")
    assert not (project / "claims").exists()  # no ledger started from a date nobody chose


@pytest.mark.parametrize("front", ["about: Chile\ntitle: Prices", "date: 2021-06-01\nurl: https://example.org/a",
                                   "<<: {about: Chile}\nabout: Norway"])
def test_front_matter_of_distinct_keys_and_merge_defaults_still_reads(project: Path, front: str) -> None:
    """YAML's merge key brings defaults the mapping's own keys override: no key is written twice."""
    (project / "drafts" / "once.md").write_text(f"---\n{front}\n---\n{BODY}", encoding="utf-8")
    assert run_workbench("extract", "drafts/once.md", cwd=project).returncode == 0


def test_a_package_description_key_written_twice_is_one_problem_at_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "ferries"
    folder.mkdir()
    (folder / "ferries.csv").write_text("Year,Country,Passengers\n2022,Norway,5100\n", encoding="utf-8")
    (folder / "ferries-old.csv").write_text("Year,Country,Passengers\n2022,Norway,1\n", encoding="utf-8")
    (folder / "datapackage.yaml").write_text(
        "name: ferries\nresources:\n  - name: ferries\n    path: ferries.csv\n    path: ferries-old.csv\n",
        encoding="utf-8")
    run = run_workbench("reference", "validate", str(folder), cwd=tmp_path)
    assert run.returncode == 2
    assert "datapackage.yaml:5:5" in run.stdout + run.stderr
    assert "the key 'path' appears twice in one mapping" in run.stdout + run.stderr


# -- generated front matter ----------------------------------------------------------------------------

_KEYS = ["about", "places", "date", "title", "url", "lang"]
_SCALARS = ["Chile", "Norway", "2023-06-01", "2023-06-01 10:00:00", "2023-06-01T10:00:00Z", "2001-12-14t21:59:43.10-05:00",
            "2023-13-45", "2023-02-29", "2023-06", "0000-01-01", "9999-12-31", "20230601", "1e400", ".nan", "~", "''",
            "yes", "NO", "0x1F", "'2023-06-01'", "!!timestamp 2023-06-01", "!!timestamp 2023-06-01T25:00:00",
            "!!python/object:os.system x", "!!python/object/apply:os.system [ls]", "!!python/name:os.system",
            "!!binary aGVsbG8=", "!!set {Chile}", "!!omap [{a: 1}]", "!!int 12abc", "!!float x", "!!str 2023-06-01",
            "&anchor Chile", "!local Chile", "\"\\ud800\"", "\"\\U0001F600\"", "|\n  Chile\n  Norway", ">-\n  Chile"]


@st.composite
def _value(draw: st.DrawFn, depth: int = 0) -> str:
    """One YAML value as written after `key: `: a scalar, or a flow/block list or mapping of values."""
    shape = draw(st.sampled_from(["scalar", "flow list", "flow map", "block list"] if depth < 3 else ["scalar"]))
    if shape == "scalar":
        return draw(st.sampled_from(_SCALARS))
    items = draw(st.lists(_value(depth + 1).filter(lambda v: "\n" not in v), min_size=0, max_size=3))
    if shape == "flow list":
        return "[" + ", ".join(items) + "]"
    if shape == "flow map":
        return "{" + ", ".join(f"k{i}: {v}" for i, v in enumerate(items)) + "}"
    return "".join(f"\n{'  ' * (depth + 1)}- {v}" for v in items) or "[]"


@st.composite
def _front_matter(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        key = draw(st.sampled_from([*_KEYS, "? [about, places]\n", "[date]", "{a: 1}", "2023-06-01", "~", "1",
                                    "!!python/str about", "!!binary aGVsbG8="]))
        lines.append(f"{key}: {draw(_value())}")
    if draw(st.booleans()):  # block nesting past the limit, as a generator or a prank writes it
        lines.append("places:" + "".join(f"\n{'  ' * i}-" for i in range(1, draw(st.integers(2, 40)))) + " Chile")
    return "\n".join(lines)


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                                     HealthCheck.function_scoped_fixture])
@given(front=_front_matter())
def test_any_front_matter_is_read_or_refused_in_one_line_inside_it(project: Path, front: str) -> None:
    draft = project / "drafts" / "generated.md"
    draft.write_text(f"---\n{front}\n---\n{BODY}", encoding="utf-8")
    run = run_workbench("extract", "drafts/generated.md", "--format", "json", cwd=project)
    if run.returncode == 0:
        jsonschema.validate(json.loads(run.stdout), CLAIMS_SCHEMA)
        return
    assert run.returncode == 2, run.stderr
    [line] = run.stderr.splitlines()
    where = line.removeprefix("workbench: drafts/generated.md:").split(":")
    assert where[0].isdigit() and 1 <= int(where[0]) <= front.count("\n") + 3, line  # the fence lines included
