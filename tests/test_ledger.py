"""The ledger file: atomic saves, revision conflicts, corruption, migration, crashes, concurrency."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_workbench
from ledger_support import make_ledger

from workbench.drafts import load_draft
from workbench.errors import ConflictError, LedgerError
from workbench.ledger import (
    SCHEMA_VERSION,
    Ledger,
    load_ledger,
    save_ledger,
    set_decision,
)
from workbench.models import Verdict


def test_decision_is_saved_with_history_and_revision(tmp_path: Path) -> None:
    _, path, ledger = make_ledger(tmp_path)
    claim_id = next(iter(ledger.claims))
    saved = set_decision(path, claim_id, Verdict.contradicted, "alice", note="the row is for 2021", evidence=2)
    assert saved.revision == 2
    on_disk = load_ledger(path)
    assert on_disk == saved
    entry = on_disk.claims[claim_id]
    assert (entry.verdict, entry.reviewer, entry.note) == (Verdict.contradicted, "alice", "the row is for 2021")
    assert entry.evidence_choice == "picked" and entry.chosen_evidence == entry.evidence[1]
    assert entry.effective_evidence()[0] == entry.evidence[1]
    [event] = entry.history
    assert (event.reviewer, event.from_verdict, event.to_verdict, event.revision) == ("alice", None, Verdict.contradicted, 2)

    again = set_decision(path, claim_id, Verdict.supported, "bob", evidence="none")
    entry = again.claims[claim_id]
    assert [h.to_verdict for h in entry.history] == [Verdict.contradicted, Verdict.supported]
    assert entry.history[1].from_verdict == Verdict.contradicted
    assert entry.effective_evidence() == [] and entry.note == "the row is for 2021"


def test_two_writers_on_different_claims_both_saves_are_kept(tmp_path: Path) -> None:
    # Both read revision 1; concurrency is per claim, so the second save merges with the first.
    _, path, ledger = make_ledger(tmp_path)
    ids = list(ledger.claims)
    set_decision(path, ids[0], Verdict.supported, "alice", note="alice's", expected_revision=1)
    merged = set_decision(path, ids[1], Verdict.contradicted, "bob", note="bob's", expected_revision=1)
    assert merged.revision == 3
    on_disk = load_ledger(path)
    assert (on_disk.claims[ids[0]].verdict, on_disk.claims[ids[0]].note) == (Verdict.supported, "alice's")
    assert (on_disk.claims[ids[1]].verdict, on_disk.claims[ids[1]].note) == (Verdict.contradicted, "bob's")
    assert (on_disk.claims[ids[0]].revision, on_disk.claims[ids[1]].revision) == (2, 3)


def test_two_writers_on_the_same_claim_second_is_refused_and_nothing_is_lost(tmp_path: Path) -> None:
    _, path, ledger = make_ledger(tmp_path)
    ids = list(ledger.claims)
    set_decision(path, ids[0], Verdict.supported, "alice", note="alice's", expected_revision=1)
    before = path.read_bytes()
    with pytest.raises(ConflictError) as caught:
        set_decision(path, ids[0], Verdict.contradicted, "bob", note="bob's", expected_revision=1)
    message = str(caught.value)
    assert f"{ids[0]} was changed at revision 2, after revision 1 you read" in message
    assert "alice set it to supported" in message and "nothing was saved" in message
    assert path.read_bytes() == before
    # Having seen revision 2, bob's save lands on top of alice's, both in the history.
    again = set_decision(path, ids[0], Verdict.contradicted, "bob", note="bob's", expected_revision=2)
    assert [h.note for h in again.claims[ids[0]].history] == ["alice's", "bob's"]


def test_whole_ledger_saves_still_check_the_file_revision(tmp_path: Path) -> None:
    _, path, ledger = make_ledger(tmp_path)
    a = ledger.model_copy(update={"change": "first"})
    b = ledger.model_copy(update={"change": "second"})
    assert save_ledger(a, path, expected_revision=1).revision == 2
    after_first = path.read_bytes()
    with pytest.raises(ConflictError, match="revision 2 on disk is newer than revision 1"):
        save_ledger(b, path, expected_revision=1)
    assert path.read_bytes() == after_first
    assert load_ledger(path).change == "first"


def test_rerunning_the_check_refuses_no_save_but_a_pick_by_a_stale_rank(tmp_path: Path) -> None:
    from ledger_support import report_for

    from workbench.ledger import refresh_file

    draft, path, ledger = make_ledger(tmp_path)
    ids = list(ledger.claims)
    report = report_for(draft)
    reranked = report.model_copy(update={"results": [
        r.model_copy(update={"evidence": list(reversed(r.evidence))}) if r.claim.id in ids[1:3] else r
        for r in report.results]})
    assert refresh_file(path, load_draft(draft), reranked).revision == 2
    # A reviewer who read revision 1 still saves: verdict, note, and evidence of an unchanged ranking.
    set_decision(path, ids[0], Verdict.supported, "carol", evidence=2, expected_revision=1)
    set_decision(path, ids[1], Verdict.supported, "carol", evidence="none", expected_revision=1)
    before = path.read_bytes()
    with pytest.raises(ConflictError, match="re-ranked its evidence"):
        set_decision(path, ids[2], Verdict.supported, "carol", evidence=1, expected_revision=1)
    assert path.read_bytes() == before


def test_creating_a_ledger_that_already_exists_conflicts(tmp_path: Path) -> None:
    _, path, ledger = make_ledger(tmp_path)
    with pytest.raises(ConflictError, match="already exists at revision 1"):
        save_ledger(ledger, path, expected_revision=0)


def _break(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` by ``new`` in the file; return the 1-based line it was on."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return text.count("\n", 0, at) + 1


CORRUPTIONS = {
    # name: (old text, new text, expected words in the message)
    "bad-json": ('"revision": 1,', '"revision": 1', "not valid JSON"),
    "schema-error": ('"auto_verdict": "needs_review"', '"auto_verdict": "probably"', "auto_verdict"),
    "newer-schema": (f'"schema_version": {SCHEMA_VERSION}', '"schema_version": 99', "newer workbench"),
    # a newer workbench may add a field or a value under the same schema_version: the line says to upgrade
    "newer-field": ('"auto_verdict":', '"priority": "high", "auto_verdict":',
                    "priority: a field this workbench does not know (a newer workbench may have written it: upgrade"),
    "newer-status": ('"status": "to_check"', '"status": "escalated"', "a newer workbench may have written it"),
    "bad-sha": ('"sha256": "', '"sha256": "zz', "sha256"),
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_corrupt_ledger_is_one_line_exit_2_and_left_byte_identical(tmp_path: Path, name: str) -> None:
    draft, path, ledger = make_ledger(tmp_path)
    old, new, words = CORRUPTIONS[name]
    line = _break(path, old, new)
    if name == "bad-json":
        line += 1  # JSON notices the missing comma at the next key
    broken = path.read_bytes()
    claim_id = next(iter(ledger.claims))
    for args in (["review", draft, "--claims", path.parent, "--set", f"{claim_id}=supported", "--reviewer", "a"],
                 ["review", draft, "--claims", path.parent],
                 ["export", draft, "--claims", path.parent, "--format", "csv"]):
        result = run_workbench(*args, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr
        assert lines[0].startswith(f"workbench: {path}:{line}:"), lines[0]
        assert words in lines[0]
        assert result.stdout == ""
        assert path.read_bytes() == broken


def test_edited_draft_is_refused_until_the_ledger_is_refreshed(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path)
    draft.write_text(draft.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    before = path.read_bytes()
    claim_id = next(iter(ledger.claims))
    result = run_workbench("review", draft, "--claims", path.parent, "--set", f"{claim_id}=supported",
                           "--reviewer", "a", cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    sha_line = before.decode().splitlines().index(next(x for x in before.decode().splitlines() if '"sha256"' in x)) + 1
    assert line.startswith(f"workbench: {path}:{sha_line}:") and "another version" in line
    assert f"workbench review {draft}" in line
    assert path.read_bytes() == before
    with pytest.raises(LedgerError):
        load_ledger(path, load_draft(draft))


def test_bad_claim_id_or_verdict_is_one_line_exit_2(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path)
    claim_id = next(iter(ledger.claims))
    before = path.read_bytes()
    cases = [([f"{claim_id[:-1]}x=supported"], f"no claim '{claim_id[:-1]}x'"),
             ([f"{claim_id}=maybe"], "unknown verdict 'maybe'"),
             (["no-equals-sign"], "write CLAIM_ID=VERDICT")]
    for sets, words in cases:
        result = run_workbench("review", draft, "--claims", path.parent, *[a for s in sets for a in ("--set", s)],
                               "--reviewer", "a", cwd=tmp_path)
        assert result.returncode == 2
        [line] = result.stderr.strip().splitlines()
        assert words in line, line
    assert "did you mean " + claim_id in run_workbench(
        "review", draft, "--claims", path.parent, "--set", f"{claim_id[:-1]}x=supported", "--reviewer", "a",
        cwd=tmp_path).stderr
    result = run_workbench("review", draft, "--claims", path.parent, "--set", f"{claim_id}=supported", cwd=tmp_path)
    assert result.returncode == 2 and "--reviewer" in result.stderr
    result = run_workbench("review", draft, "--claims", path.parent, "--set", f"{claim_id}=supported",
                           "--reviewer", "a", "--evidence", "7", cwd=tmp_path)
    assert result.returncode == 2 and "2 ranked evidence rows" in result.stderr
    assert path.read_bytes() == before


def test_older_schema_is_migrated_and_a_backup_kept(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path)
    first, second = list(ledger.claims.values())[:2]
    v1 = {"schema_version": 1, "draft": ledger.draft.model_dump(), "revision": 4, "claims": [
        {"claim": first.claim.model_dump(mode="json"), "auto_verdict": "needs_review", "verdict": "contradicted",
         "note": "checked by phone", "reviewer": "carol", "reviewed_at": "2024-03-02T10:00:00Z",
         "history": [{"reviewer": "carol", "at": "2024-03-02T10:00:00Z", "from": None, "to": "contradicted",
                      "note": "checked by phone"}]},
        {"claim": second.claim.model_dump(mode="json"), "auto_verdict": "needs_review", "verdict": None,
         "history": []}]}
    path.write_text(json.dumps(v1, indent=2), encoding="utf-8")
    old_bytes = path.read_bytes()

    migrated = load_ledger(path, load_draft(draft))
    assert migrated.schema_version == SCHEMA_VERSION and migrated.revision == 4
    assert migrated.claims[first.claim.id].verdict == Verdict.contradicted
    assert migrated.claims[first.claim.id].history[0].reviewer == "carol"
    assert path.read_bytes() == old_bytes  # reading never rewrites

    saved = set_decision(path, second.claim.id, Verdict.supported, "dave")
    assert saved.revision == 5
    backup = path.with_name(path.name + ".schema-v1.bak")
    assert backup.read_bytes() == old_bytes
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["schema_version"] == SCHEMA_VERSION
    assert on_disk["claims"][first.claim.id]["note"] == "checked by phone"
    assert on_disk["claims"][second.claim.id]["verdict"] == "supported"
    assert on_disk["claims"][first.claim.id]["status"] == "checked"


_V3_FIELDS = ("status", "assignee", "comments", "reviewer_evidence", "revision", "checked_revision")


def test_schema_version_2_gets_per_claim_revisions_and_a_status(tmp_path: Path) -> None:
    draft, path, _ = make_ledger(tmp_path)
    ids = list(load_ledger(path).claims)
    set_decision(path, ids[0], Verdict.contradicted, "carol")  # revision 2
    set_decision(path, ids[1], Verdict.supported, "dave")  # revision 3
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["schema_version"] = 2
    for entry in raw["claims"].values():
        for field in _V3_FIELDS:
            entry.pop(field)
        for h in entry["history"]:
            for field in ("from_status", "to_status", "assignee"):
                h.pop(field)
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    old_bytes = path.read_bytes()

    migrated = load_ledger(path, load_draft(draft))
    assert [migrated.claims[i].revision for i in ids[:3]] == [2, 3, 0]
    assert [migrated.claims[i].status.value for i in ids[:3]] == ["checked", "checked", "to_check"]
    # Per-claim concurrency works on the migrated file: a save that read revision 2 lands on another claim.
    set_decision(path, ids[2], Verdict.supported, "erin", expected_revision=2)
    assert path.with_name(path.name + ".schema-v2.bak").read_bytes() == old_bytes
    with pytest.raises(ConflictError):
        set_decision(path, ids[1], Verdict.contradicted, "erin", expected_revision=2)


# ---------------------------------------------------------------- real processes

_WORKER = """
import sys
from workbench.cli import main
draft, claims, worker, count, ids = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split(",")
verdicts = ["supported", "contradicted", "unsupported", "needs_review", "not_a_claim"]
failures = 0
for j in range(count):
    claim_id = ids[(worker * 7 + j) % len(ids)]
    code = main(["review", draft, "--claims", claims, "--set", f"{claim_id}={verdicts[j % 5]}",
                 "--reviewer", f"worker-{worker}", "--note", f"w{worker}-{j}"])
    failures += code != 0
sys.exit(1 if failures else 0)
"""


def test_eight_processes_fifty_sets_each_every_decision_recorded(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=12)
    ids = ",".join(ledger.claims)
    workers, count = 8, 50
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, str(draft), str(path.parent), str(w), str(count), ids],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
             for w in range(workers)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
        assert out.count("→") == count
    final = load_ledger(path)
    assert final.revision == 1 + workers * count
    notes = [h.note for e in final.claims.values() for h in e.history]
    expected = {f"w{w}-{j}" for w in range(workers) for j in range(count)}
    assert len(notes) == len(expected) and set(notes) == expected
    assert sorted(h.revision for e in final.claims.values() for h in e.history) == list(range(2, 2 + workers * count))
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def _two_processes(tmp_path: Path, draft: Path, path: Path, first: str, second: str) -> list[subprocess.CompletedProcess]:
    """Two `workbench review --set … --revision 1` processes started together."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "workbench", "review", str(draft), "--claims", str(path.parent),
                               "--set", f"{claim_id}=contradicted", "--reviewer", who, "--note", f"{who}'s",
                               "--revision", "1"],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for claim_id, who in ((first, "ann"), (second, "ben"))]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=120), *p.communicate()) for p in procs]


def test_two_processes_on_different_claims_both_land(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path)
    ids = list(ledger.claims)
    results = _two_processes(tmp_path, draft, path, ids[0], ids[1])
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    final = load_ledger(path)
    assert final.revision == 3
    assert (final.claims[ids[0]].note, final.claims[ids[1]].note) == ("ann's", "ben's")


def test_two_processes_on_the_same_claim_one_is_refused_and_the_other_kept(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path)
    claim_id = next(iter(ledger.claims))
    results = _two_processes(tmp_path, draft, path, claim_id, claim_id)
    assert sorted(r.returncode for r in results) == [0, 2], [r.stderr for r in results]
    [refused] = [r for r in results if r.returncode == 2]
    [line] = refused.stderr.strip().splitlines()
    assert f"{claim_id} was changed at revision 2, after revision 1 you read" in line and "nothing was saved" in line
    final = load_ledger(path)
    [event] = final.claims[claim_id].history
    winner = "ann" if results[0].returncode == 0 else "ben"
    assert final.revision == 2 and (event.reviewer, final.claims[claim_id].note) == (winner, f"{winner}'s")


def _save_forever(path: str, ids: list[str], seed: int) -> None:
    rng = random.Random(seed)
    verdicts = list(Verdict)
    while True:
        set_decision(path, rng.choice(ids), rng.choice(verdicts), f"writer-{seed}", note=f"s{seed}")


def _temp_files(folder: Path) -> set[str]:
    return {name for name in os.listdir(folder) if name.endswith(".tmp")}


def test_writer_killed_mid_save_200_times_leaves_old_or_new_revision(tmp_path: Path) -> None:
    _, path, ledger = make_ledger(tmp_path, sentences=200)
    ids = list(ledger.claims)
    fork = multiprocessing.get_context("fork")
    rng = random.Random(20240301)
    last_revision, mid_save_kills = 1, 0
    for round_no in range(200):
        before = _temp_files(path.parent)
        writer = fork.Process(target=_save_forever, args=(str(path), ids, round_no), daemon=True)
        writer.start()
        deadline = time.monotonic() + 5.0
        if round_no % 2:  # let it complete one save, then kill it anywhere in its loop
            inode = path.stat().st_ino
            while path.stat().st_ino == inode and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, 0.03))
        else:  # aim at the save itself: wait for this writer's temp file, then kill within ~1 ms
            while not (_temp_files(path.parent) - before) and time.monotonic() < deadline:
                time.sleep(0.0002)
            time.sleep(rng.uniform(0.0, 0.001))
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()
        assert writer.exitcode == -signal.SIGKILL
        mid_save_kills += bool(_temp_files(path.parent) - before)
        ledger = Ledger.model_validate_json(path.read_bytes())  # parses: a whole revision, old or new
        assert ledger.revision >= last_revision
        decisions = sum(len(e.history) for e in ledger.claims.values())
        assert decisions == ledger.revision - 1  # every revision on disk is complete
        last_revision = ledger.revision
    print(f"{last_revision - 1} saves completed, {mid_save_kills} of 200 kills inside a save")
    assert last_revision > 100, "the writers hardly ever managed a save"
    assert mid_save_kills >= 50, f"only {mid_save_kills} kills landed inside a save"
    # The next writer cleans up what the dead ones left and saves normally.
    saved = set_decision(path, ids[0], Verdict.supported, "after")
    assert saved.revision == last_revision + 1
    assert not _temp_files(path.parent)


def test_threads_of_one_process_do_not_lose_decisions(tmp_path: Path) -> None:
    # The Streamlit app serves every browser session from a thread of one process.
    from concurrent.futures import ThreadPoolExecutor

    _, path, ledger = make_ledger(tmp_path, sentences=8)
    ids = list(ledger.claims)

    def decide(worker: int) -> None:
        for j in range(25):
            set_decision(path, ids[(worker + j) % len(ids)], Verdict.supported, f"t{worker}", note=f"t{worker}-{j}")

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(decide, range(4)))
    final = load_ledger(path)
    assert final.revision == 1 + 100
    assert {h.note for e in final.claims.values() for h in e.history} == {f"t{w}-{j}" for w in range(4) for j in range(25)}


def test_apply_puts_the_reviewer_decision_on_a_check_result(tmp_path: Path) -> None:
    # What `workbench check` does with the ledger: reviewer verdict wins, automatic one kept beside it.
    from ledger_support import report_for

    draft, path, ledger = make_ledger(tmp_path, sentences=4)
    ids = list(ledger.claims)
    set_decision(path, ids[0], Verdict.contradicted, "ann", evidence=2)
    set_decision(path, ids[1], Verdict.supported, "ann", evidence="none")
    ledger = set_decision(path, ids[2], None, "ann", note="only a note")
    results = {r.claim.id: r for r in report_for(draft).results}

    picked = ledger.apply(results[ids[0]])
    assert (picked.verdict, picked.auto_verdict, picked.reviewed) == (Verdict.contradicted, Verdict.needs_review, True)
    assert picked.evidence[0] == results[ids[0]].evidence[1] and len(picked.evidence) == 2
    assert ledger.apply(results[ids[1]]).evidence == []
    noted = ledger.apply(results[ids[2]])
    assert noted.verdict == Verdict.needs_review and not noted.reviewed
    assert ledger.apply(results[ids[3]]) == results[ids[3]]
    assert ledger.decision_for(ids[0]).verdict == Verdict.contradicted and ledger.decision_for(ids[2]) is None
