"""What every generated draft must satisfy, whatever the strategy that wrote it: checked whole (no claim ends
'could not be checked', each claim's span is its text) within a CPU bound, and its JSON report valid against the
published schema. Shared by the property-based test files that generate drafts."""

from __future__ import annotations

import json
import os
import time
from functools import lru_cache
from pathlib import Path

import jsonschema
from conftest import ROOT, run_workbench
from hypothesis import HealthCheck, settings

from workbench.check import UNCHECKED_REASON, check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.reference import load_reference

REPORT_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "check-report.schema.json").read_text(encoding="utf-8"))
DRAFT_BOUND = 10.0  # CPU seconds to check one draft of a few hundred words: it takes a fraction of one


def fuzz_examples(default: int) -> int:
    """Hypothesis examples per test: ``default``, or more for a campaign (WORKBENCH_FUZZ_EXAMPLES)."""
    return int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", default))


def draft_settings(default_examples: int) -> settings:
    """Hypothesis settings for a test that checks whole generated drafts: no deadline (a draft takes a fraction of
    ``DRAFT_BOUND``, asserted inside), ``fuzz_examples(default_examples)`` of them."""
    return settings(max_examples=fuzz_examples(default_examples), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


@lru_cache(maxsize=4)
def _reference(folders: tuple[Path, ...]) -> object:
    return load_reference(list(folders))


def assert_checked_whole(text: str, packages: list[Path], name: str) -> None:
    """``text``, checked in-process against ``packages``, gives every claim a verdict in bounded CPU time."""
    draft = parse_draft(text.encode("utf-8"), name)
    config = Config(root=packages[0].parent, reference=packages)
    started = time.process_time()
    report = check_draft(draft, _reference(tuple(packages)), config)  # type: ignore[arg-type]
    assert time.process_time() - started < DRAFT_BOUND
    unchecked = [(r.claim.text, r.explanation) for r in report.results if r.reason == UNCHECKED_REASON]
    assert not unchecked, unchecked
    for result in report.results:
        assert draft.text[result.claim.start:result.claim.end] == result.claim.text


def assert_json_report_validates(text: str, packages: list[Path], folder: Path, name: str) -> None:
    """``workbench check --format json`` on ``text`` exits 0 or 1 and prints a report the schema accepts."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    run = run_workbench("check", path, *(a for p in packages for a in ("--reference", p)), "--format", "json",
                        cwd=folder)
    assert run.returncode in (0, 1), run.stderr
    assert "could not be checked" not in run.stderr, run.stderr
    jsonschema.validate(json.loads(run.stdout), REPORT_SCHEMA)
