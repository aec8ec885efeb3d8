"""`github`: workflow commands that GitHub Actions shows as annotations on the pull request.

Escaping follows GitHub's runner: in the message `%`, CR and LF are percent-encoded; in
properties (file, title…) also `:` and `,`. Control characters (terminal escapes) are made
visible first, so a draft or fetched data can neither start a second command nor recolour the log.
"""

from __future__ import annotations

from pathlib import Path

from ..models import CheckReport
from ..rules import RULES
from .common import items
from .escaping import printable

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: CheckReport, root: Path | None = None) -> str:
    lines = []
    for i in items(report, root):
        props = {"file": i.path, "line": str(i.line), "col": str(i.column)}
        if i.end_column is not None:
            props["endColumn"] = str(i.end_column)
        props["title"] = f"{i.verdict.value} [{i.rule}] {RULES[i.rule].name}"
        rendered = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
        lines.append(f"::{_COMMAND[i.level]} {rendered}::{escape_data(i.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
