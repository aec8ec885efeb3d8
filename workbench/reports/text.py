"""`text`: one line per problem, `path:line:col: verdict [rule] message`, like a compiler."""

from __future__ import annotations

from pathlib import Path

from ..models import CheckReport
from .common import items, summary_line
from .escaping import one_line


def render(report: CheckReport, root: Path | None = None) -> str:
    lines = [one_line(f"{i.path}:{i.line}:{i.column}: {i.verdict.value} [{i.rule}] {i.message}")
             + (" (reviewed)" if i.reviewed else "")
             for i in items(report, root)]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
