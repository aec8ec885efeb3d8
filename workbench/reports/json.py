"""`json`: the check report as DESIGN specifies it (models.CheckReport)."""

from __future__ import annotations

from pathlib import Path

from ..models import CheckReport


def render(report: CheckReport, root: Path | None = None) -> str:
    return report.model_dump_json(indent=2) + "\n"
