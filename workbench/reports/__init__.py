"""Renderers: one small module per output format of `workbench check`.

``render(report, fmt, root)`` turns a ``CheckReport`` into the text of one format. ``root`` is
the folder paths are made relative to (the repository root), so SARIF and GitHub annotations
point at repo-relative files. Modules are imported on demand to keep the CLI fast.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import CheckReport

# format → module in this package exposing ``render(report, root) -> str``
RENDERERS: dict[str, str] = {
    "text": "text",
    "json": "json",
    "junit": "junit",
    "sarif": "sarif",
    "github": "github",
    "markdown": "markdown",
}


def render(report: CheckReport, fmt: str, root: Path | None = None) -> str:
    """The report in format ``fmt`` (one of ``RENDERERS``)."""
    if fmt not in RENDERERS:
        from ..errors import UsageError

        raise UsageError.at(f"unknown report format {fmt!r}; choose one of {', '.join(RENDERERS)}")
    module = importlib.import_module(f"{__name__}.{RENDERERS[fmt]}")
    return module.render(report, root)
