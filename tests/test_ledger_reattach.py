"""Reviews survive draft edits: re-attached to the same quantity in a similar sentence, or orphaned."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from ledger_support import make_ledger, report_for

from workbench.drafts import load_draft
from workbench.ledger import (
    Ledger,
    Status,
    claim_status,
    load_ledger,
    refresh_file,
    refresh_ledger,
    save_ledger,
    set_decision,
)
from workbench.models import Verdict
from workbench.reattach import sentence_similarity


def _refresh(draft: Path, path: Path) -> Ledger:
    current = load_ledger(path)
    return save_ledger(refresh_ledger(load_draft(draft), report_for(draft), current), path, current.revision)


def _lines(draft: Path) -> list[str]:
    return draft.read_text(encoding="utf-8").splitlines()


def _write(draft: Path, lines: list[str]) -> None:
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _claim_line(lines: list[str], surface: str) -> int:
    return next(i for i, line in enumerate(lines) if f"reached {surface} units" in line)


def test_similarity_is_word_set_jaccard_without_the_figure() -> None:
    a = "In 2022 bilateral trade grew by 10% to 28.2 billion dollars."
    b = "Bilateral trade rose 10% in 2022 to reach 28.2 billion dollars."
    # shared: in 2022 bilateral trade 10% to (6); all: 6 + grew by + rose reach (10)
    assert sentence_similarity(a, b, "28.2 billion dollars", "28.2 billion dollars") == 0.6
    assert sentence_similarity(a, a) == 1.0
    assert sentence_similarity(a, "The weather was fine.") == 0.0


def test_reworded_sentence_keeps_the_review_for_reconfirmation(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=6)
    target = ledger.claims[list(ledger.claims)[2]]
    set_decision(path, target.claim.id, Verdict.contradicted, "alice", note="wrong year")
    lines = _lines(draft)
    i = _claim_line(lines, target.claim.text)
    lines[i] = lines[i].replace(" units.", " units, officials said.")
    lines.insert(6, "A new opening paragraph without figures.")
    _write(draft, lines)

    refreshed = _refresh(draft, path)
    [moved] = [e for e in refreshed.claims.values() if e.verdict is not None]
    assert moved.claim.id != target.claim.id and moved.claim.text == target.claim.text
    assert (moved.verdict, moved.note, moved.reviewer) == (Verdict.contradicted, "wrong year", "alice")
    assert moved.needs_reconfirmation
    assert moved.history[-1].event == "reattached" and moved.history[-1].claim_id == target.claim.id
    assert refreshed.orphans == []

    # Confirming it clears the mark; history keeps the whole story.
    confirmed = set_decision(path, moved.claim.id, Verdict.contradicted, "alice")
    entry = confirmed.claims[moved.claim.id]
    assert not entry.needs_reconfirmation
    assert [h.event for h in entry.history] == ["decision", "reattached", "decision"]


def test_a_corrected_figure_keeps_the_review_for_reconfirmation(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=6)
    target = ledger.claims[list(ledger.claims)[1]]
    set_decision(path, target.claim.id, Verdict.supported, "bob", note="matches the 2023 row")
    lines = _lines(draft)
    i = _claim_line(lines, target.claim.text)
    lines[i] = lines[i].replace(f"reached {target.claim.text} units", "reached 999.5 units")
    _write(draft, lines)

    refreshed = _refresh(draft, path)
    assert refreshed.orphans == []
    [moved] = [e for e in refreshed.claims.values() if e.verdict is not None]
    assert moved.claim.text == "999.5" and moved.claim.id != target.claim.id
    assert (moved.verdict, moved.note, moved.needs_reconfirmation) == (Verdict.supported, "matches the 2023 row", True)
    event = moved.history[-1]
    assert (event.event, event.claim_id) == ("reattached", target.claim.id)
    assert f"the figure changed from “{target.claim.text}” to “999.5”" in event.note
    assert claim_status(refreshed, moved.claim.id) == Status.to_check  # back in the queue until re-confirmed


def test_a_figure_in_another_sentence_is_not_taken_for_a_correction(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=6)
    target = ledger.claims[list(ledger.claims)[1]]
    set_decision(path, target.claim.id, Verdict.supported, "bob")
    lines = _lines(draft)
    i = _claim_line(lines, target.claim.text)
    lines[i] = "Officials at the ministry of trade said the harvest reached 999.5 units."
    _write(draft, lines)
    refreshed = _refresh(draft, path)
    assert [o.entry.claim.id for o in refreshed.orphans] == [target.claim.id]
    assert all(e.verdict is None for e in refreshed.claims.values())


def test_a_deleted_sentence_orphans_the_review_and_restores_it_when_it_returns(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=6)
    target = ledger.claims[list(ledger.claims)[1]]
    set_decision(path, target.claim.id, Verdict.supported, "bob", note="matches the 2023 row")
    original = _lines(draft)
    _write(draft, [line for line in original if f"reached {target.claim.text} units" not in line])

    refreshed = _refresh(draft, path)
    assert all(e.verdict is None for e in refreshed.claims.values())
    [orphan] = refreshed.orphans
    assert orphan.entry.claim.id == target.claim.id and orphan.entry.note == "matches the 2023 row"
    assert orphan.draft_sha256 == load_draft(draft).sha256

    _write(draft, original)  # the editor reverts
    restored = _refresh(draft, path)
    assert restored.orphans == []
    entry = restored.claims[target.claim.id]
    assert entry.verdict == Verdict.supported and entry.history[-1].event == "restored"


def test_unchanged_claims_keep_their_review_without_reconfirmation(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=6)
    ids = list(ledger.claims)
    set_decision(path, ids[0], Verdict.supported, "carol")
    lines = _lines(draft)
    lines.append("In 2030 the coal output of region 99 reached 55.5 units.")
    lines[6], lines[7] = lines[7], lines[6]  # move two sentences around
    _write(draft, lines)
    refreshed = _refresh(draft, path)
    entry = refreshed.claims[ids[0]]
    assert entry.verdict == Verdict.supported and not entry.needs_reconfirmation
    assert len(refreshed.claims) == 7


def _edit(rng: random.Random, lines: list[str], body_start: int) -> str:
    """One random edit of a claim line; returns what kind of edit it was."""
    i = rng.randrange(body_start, len(lines))
    kind = rng.choice(["insert", "delete", "reword", "renumber", "rewrite", "swap", "duplicate"])
    if kind == "insert":
        lines.insert(i, f"In 2031 the rail freight of region {rng.randrange(1000, 2000)} reached "
                        f"{rng.randrange(1, 99)}.{rng.randrange(10)} units.")
    elif kind == "delete" and len(lines) > body_start + 1:
        del lines[i]
    elif kind == "reword":
        lines[i] = lines[i].replace(" units.", " units, the ministry said.", 1)
    elif kind == "renumber" and "reached " in lines[i]:
        lines[i] = lines[i].replace("reached ", f"reached {rng.randrange(1, 9)}", 1)
    elif kind == "rewrite" and "reached " in lines[i]:
        surface = lines[i].split("reached ")[1].split(" units")[0]
        lines[i] = f"In short, nobody expected {surface} units of anything at all this spring."
    elif kind == "swap":
        j = rng.randrange(body_start, len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[rng.randrange(body_start, len(lines))])
    return kind


def test_random_edits_never_lose_a_review(tmp_path: Path) -> None:
    outcomes: Counter[str] = Counter()
    for seed in range(12):
        project = tmp_path / f"seed-{seed}"
        draft, path, _ledger = make_ledger(project, sentences=15)
        rng = random.Random(seed)
        made: set[str] = set()
        for round_no in range(4):
            current = load_ledger(path)
            for claim_id in rng.sample(list(current.claims), k=min(4, len(current.claims))):
                note = f"seed {seed} round {round_no} {claim_id}"
                set_decision(path, claim_id, rng.choice(list(Verdict)), f"r{seed}", note=note)
                made.add(note)
            lines = _lines(draft)
            before = {line for line in lines if line.startswith("In ")}
            for _ in range(rng.randint(1, 5)):
                _edit(rng, lines, body_start=6)
            _write(draft, lines)
            refreshed = _refresh(draft, path)

            kept = [e for e in refreshed.claims.values() if e.reviewed] + [o.entry for o in refreshed.orphans]
            decisions = [h.note for e in kept for h in e.history if h.event == "decision"]
            assert sorted(decisions) == sorted(made), f"seed {seed} round {round_no}: a decision was lost or duplicated"
            for entry in refreshed.claims.values():
                if not entry.reviewed:
                    continue
                if entry.needs_reconfirmation:
                    assert entry.history[-1].event in ("reattached", "restored")
                else:
                    # Not re-attached: its sentence is still in the draft word for word.
                    assert entry.claim.sentence in before
            for orphan in refreshed.orphans:
                assert any(h.event == "orphaned" for h in orphan.entry.history)
            outcomes.update(h.event for e in kept for h in e.history if h.revision == refreshed.revision)
    # The edits exercised every path: re-attached, orphaned and (after a revert or duplicate) restored.
    assert outcomes["reattached"] > 0 and outcomes["orphaned"] > 0, outcomes


def test_refresh_without_changes_writes_no_new_revision(tmp_path: Path) -> None:
    draft, path, ledger = make_ledger(tmp_path, sentences=5)
    set_decision(path, next(iter(ledger.claims)), Verdict.supported, "ann")
    before = path.read_bytes()
    again = refresh_file(path, load_draft(draft), report_for(draft))
    assert again.revision == 2 and path.read_bytes() == before
    draft.write_text(draft.read_text(encoding="utf-8") + "In 2031 the car sales of region 77 reached 5.5 units.\n",
                     encoding="utf-8")
    assert refresh_file(path, load_draft(draft), report_for(draft)).revision == 3
