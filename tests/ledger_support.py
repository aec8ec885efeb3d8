"""Ledgers on disk for the storage tests (locking, crashes, corruption, conflicts).

Those tests are about the file, not about extraction: they need a draft and a ledger whose
sha256 and claim offsets agree, with many claims so that saves take real time. The claims are
the numbers of a generated draft, located by their surface text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from workbench.drafts import load_draft
from workbench.ledger import Ledger, ledger_path, refresh_ledger, save_ledger
from workbench.models import Claim, ClaimResult, DraftReport, Evidence, Verdict

TOPICS = ["wheat exports", "coal output", "rail freight", "tourist arrivals", "steel imports",
          "electricity use", "bank lending", "car sales", "oil shipments", "grain harvest"]


def write_draft(folder: Path, sentences: int, name: str = "storage-draft.md") -> Path:
    """A draft of ``sentences`` sentences, each stating one distinct figure."""
    lines = ["---", "title: Storage test draft", "date: 2024-03-01", "url: https://example.org/storage", "---", ""]
    for i in range(sentences):
        lines.append(f"In {2000 + i % 24} the {TOPICS[i % len(TOPICS)]} of region {i} reached {100 + i}.{i % 10} units.")
    path = folder / "drafts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def claims_of(draft_path: Path) -> list[Claim]:
    """Each "… reached N units …" line states one claim; ids hash the line (and its repeat count)."""
    draft = load_draft(draft_path)
    claims, seen, offset = [], Counter[str](), 0
    for line_no, line in enumerate(draft.text.splitlines(keepends=True), start=1):
        line_start, offset = offset, offset + len(line)
        if not line.startswith("In ") or "reached " not in line or " units" not in line:
            continue
        surface = line.split("reached ", 1)[1].split(" units", 1)[0]
        seen[line] += 1
        digest = hashlib.sha256(f"{line}#{seen[line]}".encode()).hexdigest()[:8]
        column = line.index("reached ") + len("reached ")
        claims.append(Claim(id=f"c-{digest}", text=surface, start=line_start + column,
                            end=line_start + column + len(surface), line=line_no, column=column + 1,
                            sentence=line.strip(), value=float(surface), unit="", decimals=1))
    return claims


def report_for(draft_path: Path) -> DraftReport:
    """A check report whose every claim has two ranked evidence rows and verdict needs_review."""
    results = []
    for c in claims_of(draft_path):
        evidence = [Evidence(resource="storage", row=r, period="2023", value=c.value + r, unit="",
                             source=f"Source {r}", url=f"https://example.org/{r}", score=1.0 / r) for r in (1, 2)]
        results.append(ClaimResult(claim=c, verdict=Verdict.needs_review, auto_verdict=Verdict.needs_review,
                                   rule="CW103", explanation="two candidate rows fit", evidence=evidence))
    return DraftReport(path=str(draft_path), results=results)


def make_ledger(project: Path, sentences: int = 20) -> tuple[Path, Path, Ledger]:
    """(draft path, ledger path, saved ledger at revision 1) inside ``project``."""
    draft_path = write_draft(project, sentences)
    path = ledger_path(draft_path, project / "claims")
    ledger = refresh_ledger(load_draft(draft_path), report_for(draft_path), None)
    return draft_path, path, save_ledger(ledger, path, expected_revision=0)
