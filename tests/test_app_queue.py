"""The review queue ("next claim that needs me") and stepping through claims: the pure functions on the
sample's real check results, and the page's buttons through AppTest."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from browser import app_workspace, draft_results
from conftest import ROOT, SAMPLE_DRAFT
from streamlit.testing.v1 import AppTest

from workbench.app.queue import PRIORITY, needs_me, next_in_queue, review_queue, step
from workbench.check import check_draft
from workbench.config import load_config
from workbench.drafts import load_draft
from workbench.ledger import (
    ClaimChange,
    Ledger,
    Status,
    ledger_path_for,
    load_ledger,
    refresh_file,
    set_decision,
    update_claims,
)
from workbench.models import DraftReport, Verdict
from workbench.reference import load_reference

SCRIPT = str(ROOT / "streamlit_app.py")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return app_workspace(tmp_path, monkeypatch)


def _checked(workspace: Path) -> tuple[DraftReport, Path, Ledger]:
    """The sample draft checked in the workspace, and its fresh ledger."""
    config = load_config(workspace, workspace / "workbench.toml")
    draft = load_draft(workspace / "drafts" / SAMPLE_DRAFT.name)
    report = check_draft(draft, load_reference(config.reference_dirs), config)
    path = ledger_path_for(workspace / "drafts" / SAMPLE_DRAFT.name, config)
    return report, path, refresh_file(path, draft, report)


def test_the_queue_puts_undecided_contradicted_and_unsupported_first(workspace: Path) -> None:
    results = draft_results(workspace, SAMPLE_DRAFT.name)
    queue = review_queue(results, None)
    assert sorted(queue) == sorted(r.claim.id for r in results)  # nothing decided: every claim waits
    by_id = {r.claim.id: r for r in results}
    ranks = [PRIORITY[by_id[c].verdict] for c in queue]
    assert ranks == sorted(ranks)
    assert {by_id[queue[0]].verdict} <= {Verdict.contradicted, Verdict.unsupported}
    position = {r.claim.id: i for i, r in enumerate(results)}
    for a, b in pairwise(queue):  # draft order within one verdict
        if by_id[a].verdict == by_id[b].verdict:
            assert position[a] < position[b]


def test_a_decided_claim_leaves_the_queue_until_an_edit_asks_to_reconfirm_it(workspace: Path) -> None:
    report, path, ledger = _checked(workspace)
    head = review_queue(report.results, ledger)[0]
    ledger = set_decision(path, head, Verdict.supported, "Ann", expected_revision=ledger.revision)
    results = [ledger.apply(r) for r in report.results]
    queue = review_queue(results, ledger)
    assert head not in queue and len(queue) == len(results) - 1
    carried = ledger.model_copy(update={"claims": {**ledger.claims, head: ledger.claims[head].model_copy(
        update={"needs_reconfirmation": True})}})
    decided = next(r for r in results if r.claim.id == head)
    assert decided.reviewed and needs_me(decided, carried)
    in_progress = carried.model_copy(update={"claims": {**carried.claims, head: carried.claims[head].model_copy(
        update={"status": Status.in_progress})}})
    assert needs_me(decided, in_progress)  # a carried-over decision waits whatever the status short of sign-off


def test_a_claim_signed_off_or_assigned_to_a_colleague_leaves_my_queue(workspace: Path) -> None:
    report, path, ledger = _checked(workspace)
    first, second, third = review_queue(report.results, ledger, "Ann")[:3]
    ledger = update_claims(path, [ClaimChange(first, decide=True, verdict=Verdict.supported),
                                  ClaimChange(second, assign=True, assignee="Bob"),
                                  ClaimChange(third, assign=True, assignee="ann")], "Ed")
    ledger = update_claims(path, [ClaimChange(first, status=Status.signed_off)], "Ed")
    results = [ledger.apply(r) for r in report.results]
    mine, bobs = review_queue(results, ledger, "Ann"), review_queue(results, ledger, "Bob")
    assert first not in mine and second not in mine and third in mine  # names compare without case
    assert second in bobs and third not in bobs


def test_next_in_queue_skips_forward_and_returns_to_the_head_after_a_decision() -> None:
    queue = ["a", "b", "c"]
    assert next_in_queue(queue, None) == "a"
    assert next_in_queue(queue, "a") == "b"
    assert next_in_queue(queue, "c") == "a"  # skipping past the end comes round
    assert next_in_queue(queue, "z") == "a"  # the current claim was just decided: the head
    assert next_in_queue(["a"], "a") is None and next_in_queue([], "a") is None


def test_step_stops_at_the_ends() -> None:
    order = ["a", "b", "c"]
    assert step(order, "b", 1) == "c" and step(order, "c", 1) == "c"
    assert step(order, "b", -1) == "a" and step(order, "a", -1) == "a"
    assert step(order, "z", 1) == "a" and step([], "a", 1) is None


def _button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_the_page_walks_the_queue_and_the_table(workspace: Path) -> None:
    results = draft_results(workspace, SAMPLE_DRAFT.name)
    queue = review_queue(results, None)
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.run()
    assert not at.exception and not at.error
    first = at.session_state["claim_id"]
    assert first == results[0].claim.id
    assert any("**n** next claim that needs you" in c.value for c in at.caption)  # the keys are listed
    _button(at, "nav_queue").click().run()
    expected = next_in_queue(queue, first)
    assert at.session_state["claim_id"] == expected
    _button(at, "nav_next").click().run()
    order = [r.claim.id for r in results]
    assert at.session_state["claim_id"] == order[order.index(expected) + 1]
    _button(at, "nav_previous").click().run()
    assert at.session_state["claim_id"] == expected
    # Deciding the claim takes it out of the queue; "next that needs me" then opens the new head.
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    at.radio(key=f"verdict-{expected}").set_value("supported")
    next(b for b in at.button if b.label == "Save decision").click().run()
    assert load_ledger(workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json").claims[expected].verdict == Verdict.supported
    _button(at, "nav_queue").click().run()
    assert at.session_state["claim_id"] == next(c for c in queue if c != expected)
    assert not at.exception and not at.error
