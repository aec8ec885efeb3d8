"""`workbench review` on the shipped sample draft: real extraction, real check, real reference data."""

from __future__ import annotations

import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import REFERENCE, SAMPLE_DRAFT, run_workbench

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import load_draft
from workbench.ledger import load_ledger, refresh_ledger, save_ledger, set_decision
from workbench.models import Verdict
from workbench.reference import load_reference

DRAFT = Path("drafts") / SAMPLE_DRAFT.name
LEDGER = Path("claims") / f"{SAMPLE_DRAFT.stem}.json"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the sample draft and the reference package, with no ledger yet."""
    (tmp_path / "drafts").mkdir()
    shutil.copy(SAMPLE_DRAFT, tmp_path / DRAFT)
    shutil.copytree(REFERENCE, tmp_path / "reference_data")
    return tmp_path


def review(project: Path, *args: str):
    return run_workbench("review", DRAFT, "--reference", "reference_data", "--claims", "claims", *args, cwd=project)


def _claim_id(project: Path, surface: str) -> str:
    ledger = load_ledger(project / LEDGER)
    return next(cid for cid, e in ledger.claims.items() if e.claim.text == surface)


def test_review_writes_the_check_into_the_ledger_and_keeps_decisions(project: Path) -> None:
    first = review(project)
    assert first.returncode == 0, first.stderr
    extracted = json.loads(run_workbench("extract", DRAFT, "--format", "json", cwd=project).stdout)
    ledger = load_ledger(project / LEDGER)
    assert ledger.revision == 1 and list(ledger.claims) == [c["id"] for c in extracted["claims"]]
    assert first.stdout.strip() == f"{LEDGER}: revision 1: {len(ledger.claims)} claims, 0 reviewed, 0 to re-confirm, 0 orphaned"
    assert all(e.auto_verdict is not None and e.explanation for e in ledger.claims.values())

    target = _claim_id(project, "28.2 billion dollars")
    was = ledger.claims[target].auto_verdict
    decided = review(project, "--set", f"{target}=contradicted", "--note", "wrong year", "--reviewer", "Ann")
    assert decided.returncode == 0, decided.stderr
    assert decided.stdout.strip() == f"{LEDGER}: revision 2: {target} → contradicted (Ann)"

    again = review(project)  # nothing changed: no new revision (evidence order is total, see test_evidence_order)
    assert again.returncode == 0 and "revision 2:" in again.stdout and "1 reviewed" in again.stdout
    entry = load_ledger(project / LEDGER).claims[target]
    assert (entry.verdict, entry.auto_verdict, entry.note, entry.reviewer) == (Verdict.contradicted, was, "wrong year", "Ann")

    # `workbench check` honours the decision: the reviewer's verdict, marked reviewed.
    checked = run_workbench("check", DRAFT, "--reference", "reference_data", "--claims", "claims",
                            "--format", "json", "--exit-zero", "--no-progress", cwd=project)
    result = next(r for r in json.loads(checked.stdout)["drafts"][0]["results"] if r["claim"]["id"] == target)
    assert (result["verdict"], result["auto_verdict"], result["reviewed"]) == ("contradicted", was.value, True)


def test_edited_sentence_and_corrected_figure_are_reattached_and_a_dropped_figure_orphaned(project: Path) -> None:
    assert review(project).returncode == 0
    trade = _claim_id(project, "28.2 billion dollars")
    firms = _claim_id(project, "42 thousand")
    russian = _claim_id(project, "17 billion dollars")
    assert review(project, "--set", f"{trade}=supported", "--set", f"{firms}=needs_review",
                  "--set", f"{russian}=unsupported", "--reviewer", "Ben").returncode == 0
    draft = project / DRAFT
    text = draft.read_text(encoding="utf-8")
    text = text.replace("28.2 billion dollars, officials said", "28.2 billion dollars, according to officials", 1)
    text = text.replace("42 thousand", "45 thousand", 1)  # a corrected figure
    text = text.replace("Russia's direct investment in the Kazakh economy now exceeds 17 billion dollars. ", "", 1)
    draft.write_text(text, encoding="utf-8")

    stale = review(project, "--set", f"{trade}=supported", "--reviewer", "Ben")
    assert stale.returncode == 2 and "run `workbench review" in stale.stderr

    refreshed = review(project)
    assert refreshed.returncode == 0, refreshed.stderr
    assert "2 reviewed, 2 to re-confirm, 1 orphaned" in refreshed.stdout
    assert f"  orphaned {russian}: '17 billion dollars' is no longer in the draft" in refreshed.stdout
    exported = run_workbench("export", DRAFT, "--claims", "claims", "--format", "markdown", cwd=project).stdout
    assert "1 review(s) of claims no longer in the draft are kept" in exported
    ledger = load_ledger(project / LEDGER)
    [moved, corrected] = [e for e in ledger.claims.values() if e.verdict is not None]
    assert moved.claim.text == "28.2 billion dollars" and moved.claim.id != trade
    assert (corrected.claim.text, corrected.verdict, corrected.needs_reconfirmation) == ("45 thousand", Verdict.needs_review, True)
    assert "the figure changed from “42 thousand” to “45 thousand”" in corrected.history[-1].note
    assert "according to officials" in moved.claim.sentence and moved.needs_reconfirmation
    assert f"  re-confirm {moved.claim.id} (line {moved.claim.line}): '28.2 billion dollars' kept as supported" \
        in refreshed.stdout
    [orphan] = ledger.orphans
    assert orphan.entry.claim.id == russian and orphan.entry.verdict == Verdict.unsupported

    checked = run_workbench("check", DRAFT, "--reference", "reference_data", "--claims", "claims",
                            "--format", "json", "--exit-zero", "--no-progress", cwd=project)
    result = next(r for r in json.loads(checked.stdout)["drafts"][0]["results"] if r["claim"]["id"] == moved.claim.id)
    assert result["reviewed"] and "reconfirm" in result["flags"]


def test_export_without_a_ledger_runs_the_check(project: Path) -> None:
    result = run_workbench("export", DRAFT, "--reference", "reference_data", "--claims", "claims",
                           "--format", "markdown", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Verdicts from the automatic check" in result.stdout
    assert not (project / LEDGER).exists()
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and "**" in line]
    extracted = json.loads(run_workbench("extract", DRAFT, "--format", "json", cwd=project).stdout)["claims"]
    assert len(rows) == len(extracted)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _random_edit(rng: random.Random, text: str, surfaces: list[str]) -> str:
    body = text.index("\n---", 3) + 4  # never touch the front matter
    head, body_text = text[:body], text[body:]
    kind = rng.choice(["reword", "renumber", "delete", "insert", "move"])
    surface = rng.choice(surfaces)
    at = body_text.find(surface)
    if at < 0:
        return text
    if kind == "reword":
        end = body_text.find(".", at + len(surface))
        if end > 0:
            body_text = body_text[:end] + ", the report added" + body_text[end:]
    elif kind == "renumber":
        digit = next((i for i in range(at, at + len(surface)) if body_text[i].isdigit()), None)
        if digit is not None:
            body_text = body_text[:digit] + str((int(body_text[digit]) + 1) % 10) + body_text[digit + 1:]
    elif kind == "delete":
        start = max(body_text.rfind(". ", 0, at), body_text.rfind("\n", 0, at)) + 1
        end = body_text.find(". ", at)
        if end > 0:
            body_text = body_text[:start] + body_text[end + 2:]
    elif kind == "insert":
        body_text = body_text.replace("\n\n", f"\n\nAnalysts counted {rng.randint(2, 900)} new projects.\n\n", 1)
    else:  # move a paragraph to the end
        paragraphs = body_text.split("\n\n")
        if len(paragraphs) > 3:
            paragraphs.append(paragraphs.pop(rng.randrange(1, len(paragraphs) - 1)))
            body_text = "\n\n".join(paragraphs)
    return head + body_text


def test_random_edits_of_the_sample_draft_never_lose_a_review(project: Path) -> None:
    reference = load_reference([project / "reference_data"])
    config = Config(root=project)
    draft_path, path = project / DRAFT, project / LEDGER
    outcomes: Counter[str] = Counter()
    for seed in range(6):
        shutil.copy(SAMPLE_DRAFT, draft_path)
        path.unlink(missing_ok=True)
        rng = random.Random(seed)
        made: list[str] = []
        for round_no in range(5):
            draft = load_draft(draft_path)
            current = load_ledger(path)
            ledger = save_ledger(refresh_ledger(draft, check_draft(draft, reference, config), current), path,
                                 current.revision if current else 0)
            kept = [e for e in ledger.claims.values() if e.reviewed] + [o.entry for o in ledger.orphans]
            decisions = [h.note for e in kept for h in e.history if h.event == "decision"]
            assert sorted(decisions) == sorted(made), f"seed {seed} round {round_no}: a decision was lost"
            outcomes.update(h.event for e in kept for h in e.history if h.revision == ledger.revision)
            if round_no == 4:
                break
            for claim_id in rng.sample(list(ledger.claims), k=3):
                note = f"seed {seed} round {round_no} {claim_id}"
                set_decision(path, claim_id, rng.choice(list(Verdict)), "random", note=note)
                made.append(note)
            surfaces = [e.claim.text for e in ledger.claims.values()]
            text = draft_path.read_text(encoding="utf-8")
            for _ in range(rng.randint(1, 4)):
                text = _random_edit(rng, text, surfaces)
            draft_path.write_text(text, encoding="utf-8")
    assert outcomes["reattached"] > 0 and outcomes["orphaned"] > 0, outcomes


def test_workflow_status_assignee_and_comments_are_kept_with_their_history(project: Path) -> None:
    assert review(project).returncode == 0
    firms = _claim_id(project, "42 thousand")
    assigned = review(project, "--claim", firms, "--assign", "Dana", "--status", "in progress",
                      "--comment", "ask the statistics office", "--reviewer", "Ed")
    assert assigned.returncode == 0, assigned.stderr
    assert f"{firms}: in progress, assigned to Dana, 1 comment(s)" in assigned.stdout
    early = review(project, "--claim", firms, "--status", "signed_off", "--reviewer", "Ed")
    assert early.returncode == 2 and "cannot be signed off: it has no reviewer verdict" in early.stderr
    assert review(project, "--set", f"{firms}=supported", "--reviewer", "Dana").returncode == 0
    assert review(project, "--claim", firms, "--status", "signed_off", "--reviewer", "Ed").returncode == 0

    entry = load_ledger(project / LEDGER).claims[firms]
    assert (entry.status.value, entry.assignee, entry.verdict) == ("signed_off", "Dana", Verdict.supported)
    assert [(c.author, c.text) for c in entry.comments] == [("Ed", "ask the statistics office")]
    assert [(h.event, h.reviewer) for h in entry.history] == [
        ("status", "Ed"), ("assigned", "Ed"), ("comment", "Ed"), ("decision", "Dana"), ("status", "Ed")]
    assert entry.history[3].to_status.value == "checked" and entry.history[4].to_status.value == "signed_off"
    # A new decision needs a new sign-off.
    assert review(project, "--set", f"{firms}=contradicted", "--reviewer", "Dana").returncode == 0
    assert load_ledger(project / LEDGER).claims[firms].status.value == "checked"


def test_reviewer_evidence_is_kept_and_published_like_data_evidence(project: Path) -> None:
    assert review(project).returncode == 0
    firms = _claim_id(project, "42 thousand")
    url = "https://stat.example.org/registry/2023"
    added = review(project, "--set", f"{firms}=supported", "--add-evidence", url, "--value", "42118",
                   "--quote", "Registered legal entities with foreign participation: 42,118", "--period", "2023",
                   "--source-title", "Statistics office registry", "--reviewer", "Dana")
    assert added.returncode == 0, added.stderr
    entry = load_ledger(project / LEDGER).claims[firms]
    [evidence] = entry.reviewer_evidence
    assert (evidence.url, evidence.value, evidence.added_by) == (url, 42118, "Dana")

    checked = run_workbench("check", DRAFT, "--reference", "reference_data", "--claims", "claims",
                            "--format", "json", "--exit-zero", "--no-progress", cwd=project)
    result = next(r for r in json.loads(checked.stdout)["drafts"][0]["results"] if r["claim"]["id"] == firms)
    assert (result["evidence"][0]["url"], result["evidence"][0]["source"]) == (url, "Statistics office registry")

    reviews = json.loads(run_workbench("export", DRAFT, "--claims", "claims", "--format", "claimreview",
                                       "--author", "Example Fact Desk", cwd=project).stdout)
    [mine] = [r for r in reviews if r["identifier"] == firms]
    assert mine["isBasedOn"][0] == {"@type": "CreativeWork", "name": "Statistics office registry", "url": url,
                                    "text": "Registered legal entities with foreign participation: 42,118",
                                    "temporalCoverage": "2023"}
    csv_text = run_workbench("export", DRAFT, "--claims", "claims", "--format", "csv", cwd=project).stdout
    assert "Registered legal entities with foreign participation: 42,118" in csv_text
    markdown = run_workbench("export", DRAFT, "--claims", "claims", "--format", "markdown", cwd=project).stdout
    assert f"[Statistics office registry]({url}), 2023: 42,118 (quoted by Dana: “Registered legal entities" in markdown


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "https://exa mple.org", "/local/file"])
def test_reviewer_evidence_without_a_web_address_is_refused(project: Path, url: str) -> None:
    assert review(project).returncode == 0
    firms = _claim_id(project, "42 thousand")
    before = (project / LEDGER).read_bytes()
    refused = review(project, "--claim", firms, "--add-evidence", url, "--value", "1", "--reviewer", "Dana")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert "http(s) URL" in refused.stderr
    assert (project / LEDGER).read_bytes() == before
