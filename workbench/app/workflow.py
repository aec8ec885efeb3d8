"""The desk's workflow on one claim: status, assignee, comments, and evidence a reviewer adds.

Everything is saved through ``ledger.update_claims`` with the revision this page read, so it merges
with colleagues' saves on other claims and is refused only when this claim changed meanwhile.
The claim table's workflow columns and filters are here too (``workflow_columns``,
``filter_workflow``, ``workflow_filters``); the status itself is ``ledger.claim_status``.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from ..drafts import Draft
from ..errors import ConflictError, WorkbenchError
from ..ledger import (
    STATUS_LABELS,
    ClaimChange,
    ClaimEntry,
    Ledger,
    NewEvidence,
    Status,
    claim_status,
    update_claims,
)
from ..models import ClaimResult, DraftReport
from ..urls import safe_url
from ..presentation import format_quantity
from .claim_panel import link_html, md, show_outcome, write_ledger

_log = logging.getLogger(__name__)
UNASSIGNED = "(nobody)"
# The claim table's filters: each widget's key in session state, which the URL mirrors (views.review)
VERDICT_FILTER, FLAG_FILTER, REVIEW_FILTER = "filter_verdict", "filter_flag", "filter_review"
STATUS_FILTER, ASSIGNEE_FILTER = "filter_status", "filter_assignee"
FILTER_KEYS = (VERDICT_FILTER, FLAG_FILTER, REVIEW_FILTER, STATUS_FILTER, ASSIGNEE_FILTER)
STATUS_ORDER = list(Status)


@dataclass(frozen=True)
class WorkflowOutcome:
    claim_id: str
    form: str  # "workflow" or "evidence": the outcome is shown beside that form's button
    saved: bool
    message: str


# ---------------------------------------------------------------- the claim table

def workflow_columns(results: Sequence[ClaimResult], ledger: Ledger | None) -> dict[str, list[str]]:
    """The claim table's status and assignee columns (a claim without an entry is to check)."""
    statuses = [claim_status(ledger, r.claim.id) for r in results]
    entries = [ledger.claims.get(r.claim.id) if ledger is not None else None for r in results]
    return {"status": [STATUS_LABELS[s] for s in statuses],
            "assignee": [(e.assignee or "") if e is not None else "" for e in entries],
            "comments": [str(len(e.comments)) if e is not None and e.comments else "" for e in entries]}


def filter_workflow(frame: pd.DataFrame, statuses: Sequence[str], assignees: Sequence[str]) -> pd.DataFrame:
    """Rows whose status is one of ``statuses`` (labels) and assignee one of ``assignees`` (any when empty)."""
    mask = pd.Series(True, index=frame.index)
    if statuses:
        mask &= frame["status"].isin(list(statuses))
    if assignees:
        wanted = {"" if a == UNASSIGNED else a for a in assignees}
        mask &= frame["assignee"].isin(wanted)
    return frame[mask]


def workflow_filters(frame: pd.DataFrame, row: DeltaGenerator) -> tuple[list[str], list[str]]:
    """The status and assignee filters above the claim table, drawn in ``row``."""
    statuses = row.multiselect("Status", [STATUS_LABELS[s] for s in STATUS_ORDER], key=STATUS_FILTER,
                                placeholder="any status")
    people = sorted({a for a in frame["assignee"] if a})
    if chosen := st.session_state.get(ASSIGNEE_FILTER):  # a link may name someone no claim is assigned to
        st.session_state[ASSIGNEE_FILTER] = [a for a in chosen if a in people or a == UNASSIGNED]
    assignees = row.multiselect("Assigned to", [UNASSIGNED, *people], key=ASSIGNEE_FILTER,
                                  placeholder="anyone")
    return list(statuses), list(assignees)


# ---------------------------------------------------------------- saving

def _save_change(change: ClaimChange, form: str, ledger_file: Path, draft: Draft, report: DraftReport,
                 read_revision: int | None) -> None:
    """Save one workflow change against the revision read; say what happened beside the form."""
    reviewer = str(st.session_state.get("reviewer", "")).strip()
    _outcome = _outcome_for(form)
    if change == ClaimChange(change.claim_id):
        _outcome(change.claim_id, False, "Nothing to save: the status and assignee are as they were and the "
                                         "comment is empty.")
        return
    if not reviewer:
        _outcome(change.claim_id, False, "Not saved — enter your name in the sidebar first: every change "
                                         "records who made it.")
        return
    try:
        saved = write_ledger(ledger_file, draft, report, read_revision,
                             lambda revision: update_claims(ledger_file, [change], reviewer, expected_revision=revision))
    except ConflictError as exc:
        _outcome(change.claim_id, False, f"Not saved — a colleague changed this claim after you loaded it: "
                                         f"{exc}. Load the latest ledger (above) and apply your change again.")
        return
    except WorkbenchError as exc:
        _outcome(change.claim_id, False, f"Not saved — {exc}")
        return
    except Exception as exc:  # noqa: BLE001 — a failure is a refusal, logged, never a traceback
        _log.exception("saving the workflow of %s failed", change.claim_id)
        _outcome(change.claim_id, False, f"Not saved — an internal error ({type(exc).__name__}); it was logged.")
        return
    _outcome(change.claim_id, True, f"Saved (ledger revision {saved.revision}).")
    for key in (f"wf-comment-{change.claim_id}", *(f"ev-{f}-{change.claim_id}" for f in EVIDENCE_FIELDS)):
        st.session_state.pop(key, None)  # a saved comment or evidence leaves its form empty


def _outcome_for(form: str) -> Callable[[str, bool, str], None]:
    def record(claim_id: str, saved: bool, message: str) -> None:
        st.session_state["workflow_outcome"] = WorkflowOutcome(claim_id, form, saved, message)
        st.session_state["toast"] = (message, saved)
    return record


def _show_outcome(claim_id: str, form: str) -> None:
    outcome: WorkflowOutcome | None = st.session_state.get("workflow_outcome")
    if outcome is None or outcome.claim_id != claim_id or outcome.form != form:
        return
    show_outcome(outcome.saved, outcome.message)


def _on_workflow(claim_id: str, ledger_file: Path, draft: Draft, report: DraftReport,
                 read_revision: int | None, entry: ClaimEntry | None) -> None:
    status = Status(st.session_state[f"wf-status-{claim_id}"])
    assignee = str(st.session_state.get(f"wf-assignee-{claim_id}", "")).strip() or None
    comment = str(st.session_state.get(f"wf-comment-{claim_id}", "")).strip() or None
    current = entry.assignee if entry is not None else None
    change = ClaimChange(claim_id, status=status if status != (entry.status if entry else Status.to_check) else None,
                         assign=assignee != current, assignee=assignee, comment=comment)
    _save_change(change, "workflow", ledger_file, draft, report, read_revision)


EVIDENCE_FIELDS = ("url", "title", "quote", "value", "unit", "period")


def _on_evidence(claim_id: str, ledger_file: Path, draft: Draft, report: DraftReport,
                 read_revision: int | None) -> None:
    raw = {f: str(st.session_state.get(f"ev-{f}-{claim_id}", "")).strip() for f in EVIDENCE_FIELDS}
    _outcome = _outcome_for("evidence")
    if safe_url(raw["url"]) is None:
        _outcome(claim_id, False, "Not saved — give the evidence's web address (http:// or https://).")
        return
    try:
        value = float(raw["value"].replace(",", "").replace("\u202f", "").replace(" ", ""))
    except ValueError:
        _outcome(claim_id, False, f"Not saved — the value “{raw['value']}” is not a number (write e.g. 42118 or 7.5).")
        return
    new = NewEvidence(url=raw["url"], value=value, quote=raw["quote"], unit=raw["unit"], period=raw["period"],
                      title=raw["title"])
    _save_change(ClaimChange(claim_id, add_evidence=new), "evidence", ledger_file, draft, report, read_revision)


# ---------------------------------------------------------------- the claim panel's parts

def status_caption(ledger: Ledger | None, claim_id: str) -> str:
    """The claim's status and assignee in words (Markdown-escaped), for the panel's caption."""
    entry = ledger.claims.get(claim_id) if ledger is not None else None
    status = claim_status(ledger, claim_id)
    who = entry.assignee if entry is not None and entry.assignee else "nobody"
    return md(f"Status: {STATUS_LABELS[status]} · assigned to {who}")


def render_workflow(result: ClaimResult, entry: ClaimEntry | None, ledger: Ledger | None, ledger_file: Path | None,
                    draft: Draft, report: DraftReport, can_save: bool) -> None:
    """Status, assignee and a new comment, in one form; the discussion so far above it."""
    claim_id = result.claim.id
    st.markdown("**Status and comments**")
    for c in entry.comments if entry is not None else []:
        st.markdown(f"**{md(c.author)}** · {c.at.strftime('%Y-%m-%d %H:%M UTC')}  \n{md(c.text)}")
    read = ledger.revision if ledger is not None else None
    with st.form(key=f"workflow-{claim_id}", border=True):
        current = entry.status if entry is not None else Status.to_check
        left, right = st.columns(2)
        left.selectbox("Status", [s.value for s in STATUS_ORDER], index=STATUS_ORDER.index(current),
                       key=f"wf-status-{claim_id}", format_func=lambda v: STATUS_LABELS[Status(v)],
                       help="Signing off needs a reviewer's verdict; a new verdict needs a new sign-off.")
        right.text_input("Assigned to", value=(entry.assignee or "") if entry is not None else "",
                         key=f"wf-assignee-{claim_id}", placeholder="a colleague's name")
        st.text_area("Add a comment", key=f"wf-comment-{claim_id}", placeholder="e.g. asked the ministry for the 2023 table")
        button, status = st.columns([2, 3], vertical_alignment="center")
        button.form_submit_button("Save status and comment", icon=":material/assignment:", disabled=not can_save,
                                  on_click=_on_workflow if can_save else None,
                                  kwargs={"claim_id": claim_id, "ledger_file": ledger_file, "draft": draft,
                                          "report": report, "read_revision": read, "entry": entry}
                                  if can_save else None)
        with status:
            _show_outcome(claim_id, "workflow")


def reviewer_evidence_html(entry: ClaimEntry | None) -> str:
    """The evidence reviewers added: source link, period, value, the quote and who added it."""
    if entry is None or not entry.reviewer_evidence:
        return ""

    rows = "".join(
        f"<li>{link_html(r.title or r.url, r.url)} · {html.escape(r.period or 'period not stated')} · "
        f"<strong>{html.escape(format_quantity(r.value, r.unit))}</strong>"
        + (f" — <q>{html.escape(r.quote)}</q>" if r.quote else "")
        + f' <span style="color:#57606a">(added by {html.escape(r.added_by)}, '
          f'{r.added_at.strftime("%Y-%m-%d")})</span></li>'
        for r in reversed(entry.reviewer_evidence))
    return (f'<div class="cw-reviewer-evidence" style="font-size:.9rem;color:#1f2328">'
            f"<strong>Evidence added by reviewers</strong><ul>{rows}</ul></div>")


def render_add_evidence(result: ClaimResult, ledger: Ledger | None, ledger_file: Path | None, draft: Draft,
                        report: DraftReport, can_save: bool) -> None:
    """A form to add evidence the reference data lacks (kept in the ledger, shown and exported like the data's)."""
    claim_id = result.claim.id
    read = ledger.revision if ledger is not None else None
    with st.form(key=f"evidence-add-{claim_id}", border=True):
        st.caption("Kept in the ledger as reviewer evidence, shown first under Evidence and exported like the "
                   "data's (ClaimReview, CSV, Markdown).")
        left, right = st.columns(2)
        left.text_input("Web address (URL)", key=f"ev-url-{claim_id}", placeholder="https://…")
        right.text_input("Source name", key=f"ev-title-{claim_id}", placeholder="e.g. Statistics office, table 3")
        st.text_area("Exact quote or table cell", key=f"ev-quote-{claim_id}", height=68)
        a, b, c = st.columns(3)
        a.text_input("Value", key=f"ev-value-{claim_id}", placeholder="e.g. 7.5")
        b.text_input("Unit", key=f"ev-unit-{claim_id}", placeholder=result.claim.unit or "e.g. %, USD")
        c.text_input("Period", key=f"ev-period-{claim_id}", placeholder=result.claim.period or "e.g. 2023")
        button, status = st.columns([2, 3], vertical_alignment="center")
        button.form_submit_button("Add evidence", icon=":material/add_link:", disabled=not can_save,
                                  on_click=_on_evidence if can_save else None,
                                  kwargs={"claim_id": claim_id, "ledger_file": ledger_file, "draft": draft,
                                          "report": report, "read_revision": read} if can_save else None)
        with status:
            _show_outcome(claim_id, "evidence")
