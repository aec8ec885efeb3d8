"""Helpers shared by the language tests: gloss a text written in one language, as the checker reads it, and
read the figures `workbench extract` finds in it."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_workbench

from workbench.languages import gloss_paragraphs


def glossed(text: str, code: str) -> str:
    """``text`` glossed into English as one paragraph in the language ``code``."""
    return gloss_paragraphs(text, [(0, len(text), code)]).text


def extracted_claims(folder: Path, text: str) -> dict[str, tuple[float, str, str]]:
    """The claims ``workbench extract`` finds in a one-paragraph draft of ``text``: surface → (value, unit, kind)."""
    draft = folder / "d.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json")
    assert run.returncode == 0, run.stderr
    return {c["text"]: (c["value"], c["unit"], c["kind"]) for c in json.loads(run.stdout)["claims"]}
