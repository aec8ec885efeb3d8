"""Offsets index the file's text exactly; BOM, CRLF and Markdown do not shift them; ids are stable."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLE_DRAFT, run_workbench

from extraction_helpers import claims_in
from workbench.drafts import load_draft, parse_draft
from workbench.extraction import extract
from workbench.models import ExtractionReport

MARKDOWN = """---
title: "A *test* draft"
date: 2023-11-10
url: https://example.org/a
---

# Exports rose by 10% in the *first* quarter

Some text with `code 42` and a [link to 77 things](https://example.org/99) in it. ![Figure 8: 12 ports](f8.png)
**Bilateral trade** grew by _7%_ to **$28.2 billion** in 2022.

> More than 60 thousand students studied abroad.

- 14 free economic zones
- 3 new plants

```
a fenced block with 500 numbers in it
```
<!-- an HTML comment with 300 numbers -->
"""


def _assert_offsets(text: str, claims) -> None:
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        line_start = text.rfind("\n", 0, claim.start) + 1
        assert claim.line == text.count("\n", 0, claim.start) + 1
        assert claim.column == claim.start - line_start + 1


def test_offsets_index_the_original_markdown_and_skip_markup(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    draft = load_draft(path)
    claims = extract(draft)
    _assert_offsets(draft.text, claims)
    assert [c.text for c in claims] == ["10%", "77", "7%", "$28.2 billion", "60 thousand", "14", "3"]
    assert all(not c.sentence.startswith(("#", ">", "-", "*")) for c in claims)
    trade = claims[2]
    assert trade.sentence == "Bilateral trade grew by 7% to $28.2 billion in 2022."
    assert trade.subject == "bilateral trade"
    assert [c.sentence for c in claims[-2:]] == ["14 free economic zones", "3 new plants"]  # list items
    assert claims[0].sentence == "Exports rose by 10% in the first quarter"  # the heading, alone


def test_bom_and_crlf_keep_offsets_and_values(tmp_path: Path) -> None:
    plain = MARKDOWN
    crlf = ("\ufeff" + plain.replace("\n", "\r\n")).encode("utf-8")
    draft = parse_draft(crlf, "crlf.md")
    assert not draft.text.startswith("\ufeff")
    claims = extract(draft)
    _assert_offsets(draft.text, claims)
    reference = claims_in(plain)
    assert [(c.text, c.value, c.line, c.column, c.period, c.id) for c in claims] == \
        [(c.text, c.value, c.line, c.column, c.period, c.id) for c in reference]


def test_ids_survive_an_unrelated_paragraph_inserted_before() -> None:
    original = SAMPLE_DRAFT.read_text(encoding="utf-8")
    marker = "## Trade and money\n"
    edited = original.replace(marker, marker + "\nA new paragraph adds that 12 ministers came along.\n", 1)
    before = {c.text: c.id for c in claims_in(original)}
    after = {c.text: c.id for c in claims_in(edited) if c.text != "12"}
    assert before == after


def test_ids_are_unique_even_for_repeated_quantities() -> None:
    text = "The plan adds 3 plants. The plan adds 3 plants."
    ids = [c.id for c in claims_in(text)]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert ids[1] == ids[0] + "-2"


def test_cli_json_is_the_claim_contract_with_offsets_into_the_file() -> None:
    run = run_workbench("extract", SAMPLE_DRAFT, "--format", "json")
    assert run.returncode == 0, run.stderr
    report = ExtractionReport.model_validate_json(run.stdout)
    assert report.draft.date == "2023-11-10" and report.draft.title and report.draft.url
    text = load_draft(SAMPLE_DRAFT).text
    assert len(report.claims) >= 20
    _assert_offsets(text, report.claims)


def test_cli_formats_agree(tmp_path: Path) -> None:
    as_json = json.loads(run_workbench("extract", SAMPLE_DRAFT, "--format", "json").stdout)["claims"]
    lines = run_workbench("extract", SAMPLE_DRAFT, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == as_json
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(run_workbench("extract", SAMPLE_DRAFT, "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == [c["id"] for c in as_json]
    assert [float(r["value"]) for r in rows] == [c["value"] for c in as_json]
    table = run_workbench("extract", SAMPLE_DRAFT).stdout
    assert "28.2 billion dollars" in table and f"{len(as_json)} claims" in table


def test_as_of_flag_overrides_the_front_matter_date() -> None:
    run = run_workbench("extract", SAMPLE_DRAFT, "--format", "json", "--as-of", "2024-03-01")
    report = json.loads(run.stdout)
    assert report["draft"]["date"] == "2024-03-01"
    relative = [c for c in report["claims"] if c["text"] == "7%"]
    assert relative and relative[0]["period"] == "2024-01/2024-10"
