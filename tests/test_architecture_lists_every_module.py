"""docs/architecture.md is the map the next engineer reads first: every module of the engine's packages is on it,
under the folder it lives in, and so is every module of ``workbench/`` itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ("extraction", "reference", "matching", "verify")


def _listed(package: str) -> set[str]:
    """The modules the folder tree names under ``package/`` and its sub-folders: the first column of each
    entry line (4 or 6 spaces in; a description's wrapped lines are indented further)."""
    lines = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {package}/"))
    names: set[str] = set()
    for line in lines[start + 1:]:
        if not line.startswith("    "):
            break
        if re.match(r"^ {4}(?: {2})?\S", line):
            names.update(re.findall(r"(\w+)\.py\b", line.strip().split("  ")[0]))
    return names


@pytest.mark.parametrize("package", ENGINE)
def test_every_module_of_the_engine_is_on_the_map(package: str) -> None:
    modules = {p.stem for p in (ROOT / "workbench" / package).rglob("*.py") if p.stem != "__init__"}
    assert modules - _listed(package) == set(), f"add these to docs/architecture.md under {package}/"


def test_every_module_of_the_package_itself_is_on_the_map() -> None:
    lines = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("workbench/")
    listed = {m.group(1) for line in lines[start + 1:] if (m := re.match(r"^ {2}(\w+)\.py\b", line))}
    modules = {p.stem for p in (ROOT / "workbench").glob("*.py") if p.stem not in ("__init__", "__main__")}
    assert modules - listed == set(), "add these to docs/architecture.md under workbench/"
