"""Renderers: one small module per output format of `workbench check` and `workbench export`.

``render(report, fmt, root)`` turns a ``CheckReport`` into the text of one format. ``root`` is
the folder paths are made relative to (the repository root), so SARIF and GitHub annotations
point at repo-relative files. ``render_export(publication, fmt)`` turns the published results of
one draft (``published.Publication``) into ClaimReview JSON-LD, CSV or Markdown. Modules are
imported on demand to keep the CLI fast.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import CheckReport
    from .published import Publication

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


# export format → module in this package exposing ``render(publication) -> str``
EXPORTS: dict[str, str] = {
    "claimreview": "claimreview",
    "csv": "published_csv",
    "markdown": "published_markdown",
}


def render_export(publication: Publication, fmt: str) -> str:
    """The published results in export format ``fmt`` (one of ``EXPORTS``)."""
    if fmt not in EXPORTS:
        from ..errors import UsageError

        raise UsageError.at(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTS)}")
    module = importlib.import_module(f"{__name__}.{EXPORTS[fmt]}")
    return module.render(publication)
