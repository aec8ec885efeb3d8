"""One claim in detail: verdict, flags, ranked evidence, chart, the reviewer's decision and history.

Saving goes through ``ledger.set_decision`` with the revision this session read. A refused
save (``ConflictError``) keeps the decision in the session and shows what changed meanwhile,
with a button to re-apply it on top — nothing a reviewer typed is lost.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from collections.abc import Callable
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from ..drafts import Draft
from ..errors import ConflictError, WorkbenchError
from ..ledger import REVIEWER_RESOURCE, ClaimEntry, HistoryEntry, Ledger, load_ledger, refresh_file, set_decision
from ..models import ClaimResult, DraftReport, Evidence, Flag, Verdict
from ..check import UNCHECKED_PREFIX, UNCHECKED_REASON
from ..reference import ReferenceData
from ..text import surface_at
from . import state
from .charts import COMPARISON_POINTS, Bar, claim_chart, comparison_chart, in_unit, other_units, select_series
from ..presentation import format_deviation, format_quantity
from .highlight import verdict_label, verdict_style

BadgeColour = Literal["red", "orange", "yellow", "blue", "green", "violet", "gray"]
FLAG_LABELS: dict[Flag, tuple[str, str, BadgeColour]] = {  # label, icon, badge colour
    Flag.stale: ("Stale figure", ":material/history:", "orange"),
    Flag.sources_disagree: ("Sources disagree", ":material/balance:", "violet"),
    Flag.needs_review: ("Weak match", ":material/help:", "yellow"),
    Flag.derived: ("Derived evidence", ":material/calculate:", "blue"),
    Flag.reconfirm: ("Re-confirm after edit", ":material/replay:", "red"),
}
AUTOMATIC = "automatic"
_log = logging.getLogger(__name__)
# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them
# leaves no emphasis, link, image, autolink (``https\:``, ``www\.``), HTML, maths or directive.
_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
WEB_SCHEMES = ("http", "https")


# Streamlit's Markdown turns URLs and e-mail addresses in the *rendered text* into links (GFM autolink
# literals are found after escapes are resolved), so escaping cannot stop them: an invisible word joiner
# after "://", "www" and "@" does, and the text still reads the same.
_AUTOLINK_SEAMS = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def md(text: str) -> str:
    """Text shown through Markdown exactly as written: anything a person or a file supplied
    (names, notes, titles, error messages quoting input) goes through here before st.markdown,
    st.error, st.caption, st.toast…, so it can never become a link, an image or markup."""
    plain = _AUTOLINK_SEAMS.sub(WORD_JOINER, _CONTROL.sub(" ", str(text)))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address without spaces or control characters, else None:
    the only addresses the app turns into links."""
    if not url:
        return None
    text = str(url).strip()
    if _CONTROL.search(text) or any(ch.isspace() for ch in text):
        return None
    parts = urlsplit(text)
    return text if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def link_html(title: str, url: str | None) -> str:
    """An escaped ``<a href>`` (new tab, no referrer) for http(s) URLs; the escaped title otherwise."""
    target = safe_url(url)
    if target is None:
        return html.escape(title)
    return (f'<a href="{html.escape(target, quote=True)}" target="_blank" rel="noopener noreferrer nofollow">'
            f'{html.escape(title)}</a>')


def unchecked_reason(result: ClaimResult) -> str | None:
    """Why the check could not verify this claim (``check.unchecked_result``), or None."""
    if result.reason != UNCHECKED_REASON:
        return None
    return result.explanation.removeprefix(UNCHECKED_PREFIX)


# ---------------------------------------------------------------- read-only parts

def _sentence_html(result: ClaimResult, draft: Draft) -> str:
    claim = result.claim
    sentence = claim.sentence
    at = surface_at(sentence, claim.text)
    if at < 0:
        body = html.escape(sentence)
    else:
        style = verdict_style(result.verdict)
        body = (html.escape(sentence[:at])
                + f'<mark style="background:{style.background};border-bottom:3px solid {style.border};'
                  f'color:inherit;padding:0 2px">{html.escape(claim.text)}</mark>'
                + html.escape(sentence[at + len(claim.text):]))
    return (f'<blockquote style="margin:0 0 .5rem 0;padding:.4rem .8rem;border-left:4px solid #8c959f;'
            f'font-family:Georgia,serif;color:#1f2328">{body}</blockquote>')


def _comparison_html(result: ClaimResult, top: Evidence | None) -> str:
    """Claimed vs observed vs deviation, side by side (escaped; values can be long, so no st.metric)."""
    claim = result.claim
    unit = top.unit if top else claim.unit
    claimed = format_quantity(top.claimed if top and top.claimed is not None else claim.value, unit)
    observed = format_quantity(top.value, top.unit) if top else "no match"
    where = f"{top.source or top.resource}, {top.period}" if top else "no reference observation"
    deviation = format_deviation(top.deviation) if top else "—"
    cells = [("Claimed", claimed, claim.period or "period not stated"), ("Observed", observed, where),
             ("Deviation", deviation, "(claimed − observed) / observed")]
    body = "".join(
        f'<div style="flex:1 1 0;min-width:0"><div style="font-size:.8rem;color:#57606a">{html.escape(label)}</div>'
        f'<div style="font-size:1.35rem;font-weight:600;color:#1f2328;overflow-wrap:anywhere">{html.escape(value)}</div>'
        f'<div style="font-size:.75rem;color:#57606a;overflow-wrap:anywhere">{html.escape(note)}</div></div>'
        for label, value, note in cells)
    return f'<div style="display:flex;gap:1rem;margin:.25rem 0 .5rem 0">{body}</div>'


def _reading_html(result: ClaimResult) -> str:
    """The claim's reading under its sentence, styled as a caption (escaped: part of one HTML block)."""
    return (f'<p style="font-size:.875rem;color:#5f5e5b;margin:0 0 .5rem 0">'
            f"{html.escape(plain_reading(result))}</p>")


def plain_reading(result: ClaimResult) -> str:
    c = result.claim
    parts = [f"line {c.line}", f"{c.kind.value}", f"qualifier {c.qualifier.value}"]
    if c.direction:
        parts.append(f"direction {c.direction.value}")
    parts.append(f"period {c.period or 'not stated'}")
    if c.subject:
        parts.append(f"about “{c.subject}”")
    if c.entities:
        parts.append("entities " + ", ".join(c.entities))
    return " · ".join(parts)


def _value_column(reference: ReferenceData, resource: str) -> str:
    """The CSV column the resource's values are read from (a mapped publisher column, else ``value``)."""
    loaded = reference.resources.get(resource)
    fields = getattr(getattr(loaded.meta, "workbench", None), "fields", None) if loaded is not None else None
    mapped = fields.get("value") if isinstance(fields, dict) else getattr(fields, "value", None)
    return str(mapped or "value")


def cell_location(reference: ReferenceData, resource: str, row: int | None) -> str:
    """Where a figure stands in the data: ``bilateral_trade.csv · row 12 · column value``."""
    loaded = reference.resources.get(resource)
    file = loaded.csv_path.name if loaded is not None else resource
    if row is None:
        return f"{file} (computed)"
    return f"{file} · row {row} · column {_value_column(reference, resource)}"


def evidence_cells(reference: ReferenceData, e: Evidence) -> list[str]:
    """The table cells a piece of evidence rests on: its own row, or every cell a derived figure used;
    for a reviewer's own evidence, the quote and who added it."""
    if e.resource == REVIEWER_RESOURCE:
        return [e.context or "added by a reviewer"]
    if e.formula and e.cells:
        return [f"{cell_location(reference, c.resource, c.row)} ({c.period}: {format_quantity(c.value, c.unit)})"
                for c in e.cells]
    return [cell_location(reference, e.resource, e.row)]


def source_line_html(e: Evidence, reference: ReferenceData) -> str:
    """The top source beside the verdict: a real link, the period and the exact cell."""
    title = e.source or e.resource
    cells = "; ".join(evidence_cells(reference, e))
    return (f'<div class="cw-source" style="font-size:.9rem;color:#1f2328;margin:.1rem 0 .4rem 0">'
            f'<span style="color:#57606a">Source:</span> {link_html(title, e.url)} · {html.escape(e.period)}'
            f' · <span style="color:#57606a">{html.escape(cells)}</span></div>')


def evidence_html(evidence: list[Evidence], reference: ReferenceData) -> str:
    """The ranked evidence as an HTML table: selectable text, links reachable with Tab."""
    head = ("<tr><th>#</th><th>Agrees?</th><th>Source</th><th>Period</th><th>Observed</th><th>Claimed</th>"
            "<th>Deviation</th><th>Table cell</th><th>Series</th><th>Match</th></tr>")
    rows = []
    for rank, e in enumerate(evidence, 1):
        cells = "<br>".join(html.escape(c) for c in evidence_cells(reference, e))
        series = " · ".join(f"{k}={v}" for k, v in e.dimensions.items())
        claimed = format_quantity(e.claimed, e.unit) if e.claimed is not None else "—"
        rows.append(
            f"<tr><td>{rank}</td><td>{'✔ yes' if e.supports else '✘ no'}</td>"
            f"<td>{link_html(e.source or e.resource, e.url)}</td><td>{html.escape(e.period)}</td>"
            f"<td>{html.escape(format_quantity(e.value, e.unit))}</td><td>{html.escape(claimed)}</td>"
            f"<td>{html.escape(format_deviation(e.deviation))}</td><td>{cells}</td>"
            f"<td>{html.escape(series)}</td><td>{e.score:.2f}</td></tr>")
    style = ("<style>.cw-evidence{border-collapse:collapse;font-size:.85rem;width:100%}"
             ".cw-evidence th,.cw-evidence td{border-bottom:1px solid #d0d7de;padding:.25rem .4rem;"
             "text-align:left;vertical-align:top;color:#1f2328}.cw-evidence th{color:#424a53}"
             ".cw-evidence a{color:#0550ae}</style>")
    return (f'{style}<div style="overflow-x:auto"><table class="cw-evidence" aria-label="Evidence">'
            f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>")


def _chart(result: ClaimResult, evidence: Evidence, reference: ReferenceData) -> None:
    """The compared observation's series in the claim's unit (every source of it), the claim over it;
    a side-by-side comparison when the series has only one or two points."""
    derived = bool(evidence.formula)
    name = evidence.cells[0].resource if derived and evidence.cells else evidence.resource
    resource = reference.resources.get(name)
    if resource is None:
        return
    same_series = {k: v for k, v in evidence.dimensions.items() if k != "source"}
    series = select_series(resource.frame, same_series)
    unit = evidence.cells[0].unit if derived and evidence.cells else evidence.unit
    drawn = in_unit(series, unit)
    others = other_units(series, unit)
    if drawn.empty:
        return
    claimed = evidence.claimed if evidence.claimed is not None else result.claim.value
    on_axis = not derived and resource.name == evidence.resource
    if on_axis and drawn["period"].nunique() <= COMPARISON_POINTS:
        _comparison(result, claimed, unit, resource.meta.title)
    else:
        agreeing = [(e.period, e.value) for e in result.evidence
                    if e.supports and e.resource == resource.name and not e.formula and e.unit == unit
                    and all(e.dimensions.get(k) == v for k, v in same_series.items())]
        chart = claim_chart(drawn, claimed=claimed if on_axis else None, unit=unit,
                            claimed_label=f"claimed {format_quantity(claimed, unit)}",
                            compared=(evidence.period, evidence.value) if on_axis else None,
                            agreeing=agreeing if on_axis else [],
                            claim_period=result.claim.period, title=resource.meta.title)
        st.altair_chart(chart, width="stretch")
        if on_axis:
            st.caption("Lines: the reference series, one colour per source (hover a point for its source). Red "
                       "dashed line: the claimed value (◆ at the period the claim speaks of). Black ring: the "
                       "observation compared with the claim; green rings: observations that agree with it — a "
                       "green ring only at an older period means a stale figure.")
        else:
            st.caption("The compared figure is computed from this series (see the formula under Evidence); the "
                       "claim's own value is not on this axis.")
    if others:
        listed = ", ".join(f"{n} in {u or 'plain numbers'}" for u, n in others.items())
        st.caption(md(f"Not drawn (one unit per chart, this one in {unit or 'plain numbers'}): "
                      f"observations of this series in other units — {listed}. See Evidence."))


def _comparison(result: ClaimResult, claimed: float | None, unit: str, title: str) -> None:
    """Claimed vs each observation of the claim's evidence in ``unit``, deviations written out."""
    bars = [] if claimed is None else [Bar(f"claimed ({result.claim.period or 'period not stated'})", claimed,
                                           format_quantity(claimed, unit), claimed=True)]
    seen: set[tuple[str, str, float]] = set()
    for e in result.evidence:
        key = (e.source or e.resource, e.period, e.value)
        if e.formula or e.unit != unit or key in seen or len(bars) > 4:
            continue
        seen.add(key)
        bars.append(Bar(f"{e.source or e.resource}, {e.period}", e.value,
                        f"{format_quantity(e.value, unit)} (claim {format_deviation(e.deviation)})"))
    st.altair_chart(comparison_chart(bars, unit=unit, title=title), width="stretch")
    st.caption("Too few observations for a line over time: the claimed value (red) beside each observed one, "
               "with the deviation (claimed − observed) / observed written out.")


def _history_change(h: HistoryEntry) -> str:
    """What one history entry changed, in words."""
    if h.event == "assigned":
        return f"assigned to {h.assignee or 'nobody'}"
    if h.event in ("comment", "evidence_added"):
        return ""
    verdicts = f"{h.from_verdict.value if h.from_verdict else AUTOMATIC} → {h.to_verdict.value if h.to_verdict else AUTOMATIC}"
    if h.to_status is not None:
        status = f"{h.from_status.label if h.from_status else '?'} → {h.to_status.label}"
        return status if h.event == "status" else f"{verdicts}; {status}"
    return verdicts


def _history(entry: ClaimEntry | None) -> None:
    if entry is None or not entry.history:
        st.caption("No reviewer has decided this claim yet.")
        return
    rows = [{"when": h.at.strftime("%Y-%m-%d %H:%M UTC"), "who": h.reviewer, "event": h.event.replace("_", " "),
             "change": _history_change(h), "evidence": h.evidence or "", "note": h.note or "",
             "revision": h.revision}
            for h in reversed(entry.history)]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


# ---------------------------------------------------------------- deciding and saving

@dataclass(frozen=True)
class SaveOutcome:
    """What the last save of a claim did, shown beside its Save button and as a toast."""

    claim_id: str
    saved: bool
    message: str


def _outcome(claim_id: str, saved: bool, message: str) -> None:
    st.session_state["save_outcome"] = SaveOutcome(claim_id, saved, message)
    st.session_state["toast"] = (message, saved)


def show_toast() -> None:
    """The last save's outcome as a toast (once): seen wherever the reviewer is looking."""
    if toast := st.session_state.pop("toast", None):
        message, saved = toast
        st.toast(md(message), icon=":material/check_circle:" if saved else ":material/block:",
                 duration="short" if saved else "long")


def write_ledger(ledger_file: Path, draft: Draft, report: DraftReport, read_revision: int | None,
                 write: Callable[[int], Ledger]) -> Ledger:
    """The one way the page writes the ledger: ``write(expected_revision)`` against the revision this page
    read (the ledger is created from the check first when there is none, as `workbench review` would);
    the session then reads what was written. Raises what ``write`` raises (ConflictError, WorkbenchError)."""
    if read_revision is None:
        created = refresh_file(ledger_file, draft, report)
        state.remember_ledger(ledger_file, created)
        read_revision = created.revision
    saved = write(read_revision)
    state.remember_ledger(ledger_file, saved)
    return saved


def _save(pending: state.PendingDecision, ledger_file: Path, draft: Draft, report: DraftReport,
          expected: int | None) -> None:
    """Write the decision against the revision read; on conflict keep it for re-applying."""
    try:
        saved = write_ledger(ledger_file, draft, report, expected, lambda revision: set_decision(
            ledger_file, pending.claim_id, pending.verdict, pending.reviewer, pending.note, pending.evidence,
            expected_revision=revision))
    except ConflictError as exc:
        on_disk = load_ledger(ledger_file)
        st.session_state["conflict"] = state.Conflict(str(exc), pending, on_disk)
        _outcome(pending.claim_id, False, "Not saved — a colleague changed this claim after you loaded it. "
                 "Your decision is kept below: look at what they changed, then re-apply yours or discard it.")
        return
    st.session_state.pop("conflict", None)
    word = pending.verdict.value.replace("_", " ") if pending.verdict else "the automatic verdict"
    _outcome(pending.claim_id, True, f"Saved: {word} for “{pending_claim_text(saved, pending.claim_id)}” "
                                     f"(ledger revision {saved.revision}).")


def pending_claim_text(ledger: Ledger, claim_id: str) -> str:
    entry = ledger.claims.get(claim_id)
    return entry.claim.text if entry else claim_id


def render_conflict(ledger_file: Path | None, draft: Draft, report: DraftReport,
                    claim_id: str | None = None) -> None:
    """The refused save: what the other reviewer changed, and re-apply or discard.

    With ``claim_id``, only a conflict about that claim (shown under its form); without, any."""
    conflict: state.Conflict | None = st.session_state.get("conflict")
    if conflict is None or ledger_file is None or (claim_id is not None and conflict.pending.claim_id != claim_id):
        return
    _, seen = state.seen_ledger(ledger_file)
    on_disk = conflict.on_disk  # read when the save was refused; a colleague's later save is a new conflict
    with st.container(border=True):
        st.error(f"Not saved — another reviewer saved first. {md(conflict.message)}", icon=":material/warning:")
        if on_disk is not None:
            changes = [c for c in state.changes_since(on_disk, seen.revision if seen else 0)
                       if c.claim_id == conflict.pending.claim_id]
            if changes:
                st.markdown("**What they changed on this claim since you loaded the ledger**")
                st.dataframe(pd.DataFrame([{
                    "revision": c.revision, "who": c.reviewer, "claim": c.claim_text, "event": c.event,
                    "change": f"{c.before} → {c.after}", "note": c.note} for c in changes]),
                    hide_index=True, width="stretch")
        p = conflict.pending
        mine = p.verdict.value if p.verdict else AUTOMATIC
        known = on_disk or seen
        text = pending_claim_text(known, p.claim_id) if known is not None else p.claim_id
        st.markdown(md(f"Your decision, kept: “{text}” → {mine}" + (f", note “{p.note}”" if p.note else "")
                       + f", evidence {p.evidence}."))
        left, right = st.columns(2)
        left.button("Re-apply my decision", type="primary", key="reapply", width="stretch", on_click=_save,
                    args=(p, ledger_file, draft, report, on_disk.revision if on_disk else None))
        right.button("Discard mine, show theirs", key="discard", width="stretch", on_click=_discard,
                     args=(ledger_file, on_disk, p.claim_id))


def _discard(ledger_file: Path, on_disk: Ledger | None, claim_id: str) -> None:
    state.remember_ledger(ledger_file, on_disk)
    st.session_state.pop("conflict", None)
    st.session_state.pop("save_outcome", None)
    forget_form(claim_id)


def forget_form(claim_id: str) -> None:
    """Drop the form's widget values so it shows the ledger's decision again."""
    for prefix in ("verdict-", "note-", "evidence-"):
        st.session_state.pop(prefix + claim_id, None)


def _evidence_options(entry_evidence: list[Evidence]) -> dict[str, str]:
    options = {"auto": "Automatic: the ranked evidence", "none": "None of it applies"}
    for rank, e in enumerate(entry_evidence, 1):
        options[str(rank)] = (f"#{rank}: {e.source or e.resource}, {e.period}: "
                              f"{format_quantity(e.value, e.unit)}")
    return options


def _current_choice(entry: ClaimEntry | None) -> str:
    if entry is None or entry.evidence_choice == "auto":
        return "auto"
    if entry.evidence_choice == "none" or entry.chosen_evidence is None:
        return "none"
    for rank, e in enumerate(entry.evidence, 1):
        if e == entry.chosen_evidence:
            return str(rank)
    return "auto"


def _on_save(claim_id: str, ledger_file: Path, draft: Draft, report: DraftReport, read_revision: int | None) -> None:
    """Form callback: runs before the rerun, so one script run shows the saved state everywhere."""
    reviewer = str(st.session_state.get("reviewer", "")).strip()
    if not reviewer:
        _outcome(claim_id, False, "Not saved — enter your name in the sidebar first: every decision records "
                                  "who made it.")
        return
    verdict = st.session_state[f"verdict-{claim_id}"]
    pending = state.PendingDecision(claim_id=claim_id, verdict=None if verdict == AUTOMATIC else Verdict(verdict),
                                    note=str(st.session_state.get(f"note-{claim_id}", "")).strip(),
                                    evidence=st.session_state.get(f"evidence-{claim_id}"), reviewer=reviewer)
    try:
        _save(pending, ledger_file, draft, report, read_revision)
    except WorkbenchError as exc:
        _outcome(claim_id, False, f"Not saved — {exc}")
    except Exception as exc:  # noqa: BLE001 — an unexpected failure is a refusal, logged, never a traceback
        _log.exception("saving the decision on %s failed", claim_id)
        _outcome(claim_id, False, f"Not saved — an internal error ({type(exc).__name__}); it was logged. "
                                  "Your decision is still in the form: try again, or tell the maintainers.")


def _save_status(claim_id: str) -> None:
    """The outcome of this claim's last save, beside the button: success, or a refusal that looks like one."""
    outcome: SaveOutcome | None = st.session_state.get("save_outcome")
    if outcome is None or outcome.claim_id != claim_id:
        return
    show_outcome(outcome.saved, outcome.message)


def show_outcome(saved: bool, message: str) -> None:
    """A save's outcome beside its button, the one look for every form: success, or a refusal that looks like one."""
    if saved:
        st.success(md(message), icon=":material/check_circle:")
    else:
        st.error(md(message), icon=":material/block:")


def _decision_form(result: ClaimResult, auto_evidence: list[Evidence], entry: ClaimEntry | None,
                   ledger_file: Path | None, draft: Draft, report: DraftReport, ledger: Ledger | None,
                   reviewer: str, can_save: bool) -> None:
    claim_id = result.claim.id
    verdict_options: list[str] = [v.value for v in Verdict] + [AUTOMATIC]
    current = entry.verdict.value if entry is not None and entry.verdict is not None else result.auto_verdict.value
    evidence_options = _evidence_options(auto_evidence)
    # A form: choosing a verdict or typing a note reruns nothing until "Save decision".
    with st.form(key=f"decision-{claim_id}", border=True):
        st.markdown("**Your decision**")
        if entry is not None and entry.needs_reconfirmation:
            st.warning("This decision was carried over from before the draft was edited; check it still "
                       "holds and save it to confirm.", icon=":material/replay:")
        st.radio("Verdict", verdict_options, index=verdict_options.index(current), horizontal=True,
                 key=f"verdict-{claim_id}",
                 format_func=lambda v: "↺ Automatic (clear mine)" if v == AUTOMATIC else verdict_label(v))
        st.selectbox("Evidence to use", list(evidence_options), key=f"evidence-{claim_id}",
                     index=list(evidence_options).index(_current_choice(entry)),
                     format_func=evidence_options.__getitem__)
        st.text_area("Note", value=(entry.note or "") if entry else "", key=f"note-{claim_id}",
                     placeholder="Why — e.g. the figure is for January–October, not the full year")
        st.caption(f"Saved as **{md(reviewer or '—')}** to the ledger you loaded "
                   f"(revision {ledger.revision if ledger else 0}).")
        button, status = st.columns([2, 3], vertical_alignment="center")
        button.form_submit_button(
            "Save decision", icon=":material/save:", type="primary", disabled=not can_save,
            on_click=_on_save if can_save else None,
            kwargs={"claim_id": claim_id, "ledger_file": ledger_file, "draft": draft, "report": report,
                    "read_revision": ledger.revision if ledger else None} if can_save else None)
        with status:
            _save_status(claim_id)
    if not can_save:
        st.caption("Decisions are saved for drafts in the configured drafts folders whose ledger is current; "
                   "an uploaded draft can be saved into the drafts folder from the sidebar.")
    render_conflict(ledger_file, draft, report, claim_id=claim_id)


def _unchecked_card(reason: str) -> None:
    st.error("**This claim could not be checked.** " + md(reason[:1].upper() + reason[1:])
             + " Read the sentence and record your verdict below; the rest of the draft is unaffected.",
             icon=":material/report:")


TAB_KEY = "claim_tabs"
TAB_STATE = "claim_tab_kind"  # which tab (Chart, Evidence, History) stays open from claim to claim


def _remember_tab(tabs: dict[str, str]) -> None:
    """The tab's labels carry counts that differ per claim, so the kind chosen is kept, not the label."""
    chosen = st.session_state.get(TAB_KEY)
    st.session_state[TAB_STATE] = next((kind for kind, label in tabs.items() if label == chosen), "Chart")


def _evidence_tab(result: ClaimResult, entry: ClaimEntry | None, reference: ReferenceData) -> None:
    from . import workflow  # imports this module's helpers

    if added := workflow.reviewer_evidence_html(entry):
        st.html(added)
    if not result.evidence:
        st.caption("No reference observation matched this claim.")
        return
    st.html(evidence_html(result.evidence, reference))
    for e in result.evidence[:3]:
        if e.formula:
            st.markdown(f"**Derived** from {len(e.cells)} reference cell(s):")
            st.code(e.formula, language=None)
            if e.cells:
                st.dataframe(pd.DataFrame([c.model_dump() for c in e.cells]), hide_index=True, width="stretch")
            break


def render_claim_details(result: ClaimResult, *, reference: ReferenceData, draft: Draft, report: DraftReport,
                         ledger: Ledger | None, ledger_file: Path | None, reviewer: str, can_save: bool) -> None:
    from . import workflow  # imports this module's helpers

    claim = result.claim
    entry = ledger.claims.get(claim.id) if ledger is not None else None
    auto = next((r for r in report.results if r.claim.id == claim.id), result)
    st.markdown(f"### {md(claim.text)} — {verdict_label(result.verdict)}")
    top = result.evidence[0] if result.evidence else None
    if top is not None:
        st.html(source_line_html(top, reference))
    if result.reviewed:
        by = f" by {md(entry.reviewer)}" if entry and entry.reviewer else ""
        who = f"✎ Reviewed{by}; the automatic verdict was {verdict_label(result.auto_verdict)}."
    else:
        who = f"Automatic verdict (rule {result.rule}); not reviewed yet."
    st.caption(f"{who}  \n{workflow.status_caption(ledger, claim.id)}")
    if (reason := unchecked_reason(auto)) is not None:
        _unchecked_card(reason)
    if result.flags:
        with st.container(horizontal=True):
            for flag in result.flags:
                label, icon, colour = FLAG_LABELS.get(flag, (flag.value, ":material/label:", "gray"))
                st.badge(label, icon=icon, color=colour)
    st.html(_sentence_html(result, draft) + _reading_html(result) + _comparison_html(result, top))
    if unchecked_reason(result) is None:  # else the error card above already says it
        st.info(md(result.explanation) or "No explanation.", icon=":material/chat:")

    tabs = {"Chart": "Chart", "Evidence": f"Evidence ({len(result.evidence)})",
            "History": f"History ({len(entry.history) if entry else 0})"}
    # Only the open tab is drawn (one run when another is chosen): a hidden chart or evidence table
    # would cost the browser as much as a shown one on every move between claims.
    wanted = st.session_state.get(TAB_STATE, "Chart")
    tab_chart, tab_evidence, tab_history = st.tabs(list(tabs.values()), key=TAB_KEY, on_change=_remember_tab,
                                                   default=tabs.get(wanted, tabs["Chart"]), args=(tabs,))
    data_top = next((e for e in result.evidence if e.resource != REVIEWER_RESOURCE), None)
    if tab_chart.open is not False:
        with tab_chart:
            if data_top is not None:
                _chart(result, data_top, reference)
            else:
                st.caption("No reference series to draw.")
    if tab_evidence.open is not False:
        with tab_evidence:
            _evidence_tab(result, entry, reference)
    if tab_history.open is not False:
        with tab_history:
            _history(entry)
    _decision_form(result, auto.evidence, entry, ledger_file, draft, report, ledger, reviewer, can_save)
    # Outside the tabs: a tab set whose labels change (counts) opens on its first tab after a save.
    workflow.render_workflow(result, entry, ledger, ledger_file, draft, report, can_save)
    # Its form is drawn only while the expander is open: seven fields the browser need not build for every claim.
    adding = st.expander("Add evidence the reference data lacks", icon=":material/add_link:", key="add_evidence",
                         on_change="rerun")
    if adding.open:
        with adding:
            workflow.render_add_evidence(result, ledger, ledger_file, draft, report, can_save)
