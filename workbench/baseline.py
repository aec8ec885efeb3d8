"""A baseline: the findings an old archive already has, so `workbench check` fails only on new ones.

Each finding is keyed by what it is about, not where: the draft's path (relative to the
configuration's folder, with '/'), the rule, the claim's text and a digest of its sentence
(whitespace-insensitive). Moving a paragraph, adding lines above it or re-wrapping it keeps the
key; editing the sentence or the number makes the finding new. Keys are counted, so a second
identical finding in the same draft is new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import UsageError
from .models import CheckReport, Verdict
from .ledger.reading import MAX_LEDGER_BYTES
from .readfile import parse_json, read_regular

BASELINE_VERSION = 1
# A finding a person could be asked to fix; supported claims and reviewer "not a claim" never are.
_RECORDED = {Verdict.contradicted, Verdict.unsupported, Verdict.needs_review}


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    draft: str = Field(description="The draft's path relative to the configuration's folder, with '/'.")
    rule: str = Field(description="The rule id (CW…).")
    verdict: Verdict
    text: str = Field(description="The claim's text, or the message of a draft-level finding.")
    sentence_sha256: str = Field("", description="SHA-256 of the claim's sentence with whitespace collapsed.")


class Baseline(BaseModel):
    """``workbench check --write-baseline FILE`` writes it; ``--baseline FILE`` reads it."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = BASELINE_VERSION
    entries: list[BaselineEntry] = Field(default_factory=list)

    def keys(self) -> Counter[tuple[str, str, str, str]]:
        return Counter((e.draft, e.rule, e.text, e.sentence_sha256) for e in self.entries)


def sentence_digest(sentence: str) -> str:
    return hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()


def _draft_key(path: str, root: Path) -> str:
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def entries_of(report: CheckReport, root: Path) -> Iterator[tuple[BaselineEntry, bool]]:
    """Every recordable finding of the report, with whether it is suppressed in the prose."""
    for draft in report.drafts:
        key = _draft_key(draft.path, root)
        for result in draft.results:
            if result.verdict in _RECORDED:
                yield BaselineEntry(draft=key, rule=result.rule, verdict=result.verdict, text=result.claim.text,
                                    sentence_sha256=sentence_digest(result.claim.sentence)), result.suppressed
        for finding in draft.findings:
            if finding.verdict in _RECORDED:
                yield BaselineEntry(draft=key, rule=finding.rule, verdict=finding.verdict,
                                    text=finding.message), False


def baseline_of(report: CheckReport, root: Path) -> Baseline:
    entries = [e for e, suppressed in entries_of(report, root) if not suppressed]
    return Baseline(entries=sorted(entries, key=lambda e: (e.draft, e.rule, e.text, e.sentence_sha256)))


def serialise(baseline: Baseline) -> str:
    return baseline.model_dump_json(indent=2) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; a missing or broken file is one error line (exit 2)."""
    # Read as ledgers are: a FIFO or device named by --baseline is refused, not waited on.
    data = read_regular(path, MAX_LEDGER_BYTES, UsageError, "baseline")
    if data is None:
        raise UsageError.at("the baseline file does not exist", str(path),
                            hint="write one with `workbench check --write-baseline FILE`")
    try:  # a byte-order mark first, as Notepad saves a file edited by hand, is read past, as a ledger's is
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UsageError.at(f"the baseline is not UTF-8 (byte 0x{data[exc.start]:02x})", str(path), line,
                            hint="save it as UTF-8, or write it again with --write-baseline") from None
    try:
        raw = parse_json(text, unique_names=True)
    except json.JSONDecodeError as exc:
        raise UsageError.at(f"not valid JSON: {exc.msg}", str(path), exc.lineno, exc.colno) from None
    if isinstance(raw, dict) and raw.get("schema_version", BASELINE_VERSION) != BASELINE_VERSION:
        raise UsageError.at(f"baseline schema_version {raw.get('schema_version')!r} is not "
                            f"{BASELINE_VERSION}", str(path), hint="write it again with --write-baseline")
    try:
        return Baseline.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError.at(f"not a baseline: {where or 'the file'}: {first['msg']}", str(path),
                            hint="write it again with --write-baseline") from None


def new_findings(report: CheckReport, baseline: Baseline, root: Path) -> list[BaselineEntry]:
    """The report's unsuppressed findings the baseline does not hold (each baseline entry absorbs one)."""
    left = baseline.keys()
    new = []
    for entry, suppressed in entries_of(report, root):
        if suppressed:
            continue
        key = (entry.draft, entry.rule, entry.text, entry.sentence_sha256)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(entry)
    return new
