"""`workbench export`: ClaimReview JSON-LD, formula-safe CSV and a Markdown report from the ledger."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import run_workbench
from ledger_support import make_ledger

from workbench.reports.common import spreadsheet_safe as safe_cell


def _reviewed_project(tmp_path: Path, note: str = "checked against the 2023 yearbook") -> tuple[Path, Path, list[str]]:
    draft, path, ledger = make_ledger(tmp_path, sentences=5)
    ids = list(ledger.claims)
    for claim_id, verdict, who, extra in [(ids[0], "contradicted", "Ann Editor", ["--note", note, "--evidence", "2"]),
                                          (ids[1], "not_a_claim", "Ann Editor", []),
                                          (ids[2], "supported", "@mallory", ["--note", "=HYPERLINK(\"http://x\")"])]:
        result = run_workbench("review", draft, "--claims", path.parent, "--set", f"{claim_id}={verdict}",
                               "--reviewer", who, *extra, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    return draft, path, ids


def _export(draft: Path, claims: Path, fmt: str, *extra: str) -> str:
    result = run_workbench("export", draft, "--claims", claims, "--format", fmt, *extra, cwd=draft.parent.parent)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_claimreview_json_ld_carries_reviewer_verdicts(tmp_path: Path) -> None:
    draft, path, ids = _reviewed_project(tmp_path)
    reviews = json.loads(_export(draft, path.parent, "claimreview", "--author", "Example Fact Desk"))
    # Only human-confirmed ratings: not_a_claim and the automatic "needs review" are left out.
    assert [r["identifier"] for r in reviews] == [ids[0], ids[2]]
    by_id = {r["identifier"]: r for r in reviews}
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk"}
        assert review["url"] == f"https://example.org/storage#{review['identifier']}"
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2024-03-01"
        assert "author" not in item  # the draft names no publisher; we never invent one
        assert item["appearance"]["url"] == "https://example.org/storage"
        assert item["appearance"]["headline"] == "Storage test draft"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and (rating["worstRating"], rating["bestRating"]) == (1, 5)
    contradicted = by_id[ids[0]]
    assert contradicted["claimReviewed"].startswith("In 2000 the wheat exports of region 0 reached 100.0 units")
    assert contradicted["reviewRating"]["ratingValue"] == 1
    assert contradicted["reviewRating"]["alternateName"] == "Contradicted by the reference data"
    assert contradicted["reviewRating"]["ratingExplanation"] == "checked against the 2023 yearbook"
    assert contradicted["creator"] == {"@type": "Person", "name": "Ann Editor",
                                       "worksFor": {"@type": "Organization", "name": "Example Fact Desk"}}
    assert "checked against the 2023 yearbook" in contradicted["reviewBody"]
    assert contradicted["isBasedOn"][0] == {"@type": "Dataset", "name": "Source 2", "url": "https://example.org/2"}
    assert by_id[ids[2]]["reviewRating"]["alternateName"] == "Supported by the reference data"
    # needs_review is never a rating, even when automatic verdicts are asked for
    with_automatic = json.loads(_export(draft, path.parent, "claimreview", "--author", "D", "--include-automatic"))
    assert [r["identifier"] for r in with_automatic] == [ids[0], ids[2]]


def test_claimreview_organisation_comes_from_the_configuration(tmp_path: Path) -> None:
    draft, path, _ = _reviewed_project(tmp_path)
    (tmp_path / "workbench.toml").write_text(
        '[organisation]\nname = "Config Desk"\nurl = "https://desk.example.org/"\n', encoding="utf-8")
    reviews = json.loads(_export(draft, path.parent, "claimreview"))
    assert {json.dumps(r["author"], sort_keys=True) for r in reviews} == {
        json.dumps({"@type": "Organization", "name": "Config Desk", "url": "https://desk.example.org/"}, sort_keys=True)}
    assert json.loads(_export(draft, path.parent, "claimreview", "--author", "Other"))[0]["author"]["name"] == "Other"


def test_claimreview_without_an_organisation_is_refused_in_one_line(tmp_path: Path) -> None:
    draft, path, _ = _reviewed_project(tmp_path)
    result = run_workbench("export", draft, "--claims", path.parent, "--format", "claimreview", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "--author" in result.stderr
    assert "organisation" in result.stderr
    # the other formats name no organisation and need none
    assert _export(draft, path.parent, "csv").startswith("id,")


def test_a_non_http_organisation_url_is_a_configuration_error(tmp_path: Path) -> None:
    draft, path, _ = _reviewed_project(tmp_path)
    (tmp_path / "workbench.toml").write_text(
        '[organisation]\nname = "Desk"\nurl = "javascript:alert(1)"\n', encoding="utf-8")
    result = run_workbench("export", draft, "--claims", path.parent, "--format", "claimreview", cwd=tmp_path)
    assert result.returncode == 2 and "organisation.url" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_csv_cells_that_look_like_formulas_are_escaped(tmp_path: Path) -> None:
    draft, path, ids = _reviewed_project(tmp_path, note="-2+3 is what the ministry said")
    rows = list(csv.DictReader(io.StringIO(_export(draft, path.parent, "csv"))))
    assert [r["id"] for r in rows] == ids
    first, third = rows[0], rows[2]
    assert first["verdict"] == "contradicted" and first["auto_verdict"] == "needs_review"
    assert first["note"] == "'-2+3 is what the ministry said"
    assert first["evidence_source"] == "Source 2" and first["reviewed"] == "yes"
    assert third["reviewer"] == "'@mallory" and third["note"] == "'=HYPERLINK(\"http://x\")"
    assert float(first["value"]) == 100.0
    assert rows[3]["reviewed"] == "no" and rows[3]["reviewer"] == ""
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_safe_cell_escapes_every_formula_prefix_and_leaves_numbers() -> None:
    for prefix in ("=", "+", "-", "@", "\t", "\n", " =", "  @"):
        assert safe_cell(prefix + "1") == "'" + prefix + "1"
    assert safe_cell("\r1") == "\\x0d1"  # a carriage return is made visible, as in every format
    assert safe_cell("plain") == "plain" and safe_cell(-5.0) == -5.0


def test_markdown_report_lists_every_claim_and_who_decided(tmp_path: Path) -> None:
    draft, path, ids = _reviewed_project(tmp_path, note="a | pipe")
    text = _export(draft, path.parent, "markdown")
    assert text.startswith("# Fact-check: Storage test draft\n")
    assert "Verdicts from the ledger (revision 4)" in text
    assert "| contradicted | 1 |" in text and "| needs review | 2 |" in text
    table = [line for line in text.splitlines() if line.startswith("| ") and "**" in line]
    assert len(table) == len(ids)
    assert "Ann Editor" in table[0] and "Reviewer's note: a \\| pipe" in table[0]
    assert "| contradicted (automatic: needs review) |" in table[0]
    assert "[Source 2](https://example.org/2)" in table[0]
    assert "automatic" in table[3]


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    draft, path, _ = _reviewed_project(tmp_path)
    out = tmp_path / "out" / "review.jsonld"
    result = run_workbench("export", draft, "--claims", path.parent, "--format", "claimreview", "-o", out,
                           "--author", "Desk", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        _export(draft, path.parent, "claimreview", "--author", "Desk"))
    assert [p.name for p in out.parent.iterdir()] == ["review.jsonld"]
