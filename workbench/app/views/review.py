"""The review page: the article with every claim marked, the claims table, one claim's evidence,
and the reviewer's decision saved to the ledger with its revision check."""

from __future__ import annotations

import html
import logging
import os
import re
from fnmatch import fnmatch
from glob import has_magic
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from ...config import Config
from ...drafts import Draft
from ...errors import DraftError, WorkbenchError
from ...ledger import STATUS_LABELS, Ledger, Status, ledger_path_for, load_ledger, refresh_file
from ...models import ClaimResult, DraftReport, Flag, Verdict
from ...reference import ReferenceData
from .. import state
from ..article import show_article
from ..catalog import (
    UPLOAD_LIMIT_BYTES,
    UPLOAD_SUFFIXES,
    app_config,
    display_name,
    list_drafts,
    open_draft,
    read_upload,
)
from ..claim_panel import (
    md,
    render_claim_details,
    render_conflict,
    show_toast,
    unchecked_reason,
)
from ..claims_table import chosen_row, show_claims_table, table_rows
from .. import page_sync
from ..downloads import render_downloads
from ..workflow import (ASSIGNEE_FILTER, FILTER_KEYS, FLAG_FILTER, REVIEW_FILTER, STATUS_FILTER, VERDICT_FILTER,
                        filter_workflow, workflow_columns, workflow_filters)
from ..highlight import render_article, verdict_label
from ..identity import current_identity
from ..keys import action_of, keyboard_shortcuts, shortcuts_caption
from ..queue import next_in_queue, review_queue, step

UPLOAD_PREFIX = "⬆ "
REVIEW_STATES = ("All", "Not reviewed", "Reviewed")
_log = logging.getLogger(__name__)


# ---------------------------------------------------------------- choosing the draft

def _upload_choice(draft: Draft) -> str:
    return UPLOAD_PREFIX + Path(draft.path).name


def _handle_upload() -> None:
    """Uploader callback: parse the file; on success it becomes the open draft, else say why."""
    st.session_state.pop("upload_error", None)
    uploaded = st.session_state.get("upload")
    if uploaded is None:
        return
    try:
        draft = read_upload(uploaded.name, uploaded.getvalue())
    except WorkbenchError as exc:
        st.session_state["upload_error"] = str(exc)
        return
    st.session_state["uploaded_draft"] = draft
    st.session_state["uploaded_bytes"] = uploaded.getvalue()
    st.session_state["keep_name"] = safe_draft_name(draft.path)
    st.session_state.pop("keep_error", None)
    st.session_state["draft_choice"] = _upload_choice(draft)
    st.session_state.pop("claim_id", None)


def _choose_draft(config: Config) -> Draft | None:
    names = [display_name(config, p) for p in list_drafts(config)]
    uploaded: Draft | None = st.session_state.get("uploaded_draft")
    options = names + ([_upload_choice(uploaded)] if uploaded else [])
    wanted = st.query_params.get("draft")
    first_run = not st.session_state.get("query_draft_done")
    st.session_state["query_draft_done"] = True  # the URL names the draft on a session's first run only
    if wanted and first_run:
        try:
            draft = open_draft(config, wanted)
            st.session_state["draft_choice"] = draft.path
        except WorkbenchError as exc:
            st.session_state["draft_refused"] = str(exc)
    picker = st.sidebar.container()
    # Drawn only while open: the uploader is a costly element the browser need not build on every load.
    upload = st.sidebar.expander("Upload a draft", expanded=not names or uploaded is not None, key="upload_open",
                                 on_change="rerun")
    if upload.open:
        _upload_form(config, upload, uploaded)
    if refused := st.session_state.get("draft_refused"):
        picker.error(f"Cannot open that draft — {md(refused)}", icon=":material/block:")
    if not options:
        st.info(md(f"No drafts found in the configured folders ({', '.join(config.drafts)}). "
                   "Upload one in the sidebar."), icon=":material/description:")
        return None
    if st.session_state.get("draft_choice") not in options:
        st.session_state["draft_choice"] = options[0]
    choice = picker.selectbox("Draft", options, key="draft_choice", on_change=_forget_claim)
    if uploaded is not None and choice == _upload_choice(uploaded):
        return uploaded
    return open_draft(config, choice)


def _upload_form(config: Config, upload: DeltaGenerator, uploaded: Draft | None) -> None:
    with upload:
        # The MIME types make the browser's file picker offer drafts first while leaving the
        # refusal of other files to `read_upload`, which says clearly why.
        st.file_uploader("Markdown or text, UTF-8", type=[".md", ".markdown", ".txt", "text/markdown", "text/plain"],
                         key="upload", on_change=_handle_upload,
                         max_upload_size=UPLOAD_LIMIT_BYTES // (1024 * 1024),
                         help="An uploaded draft is checked and exported here; save it into the drafts "
                              "folder to keep decisions in its ledger.")
        if error := st.session_state.get("upload_error"):
            st.error(f"Upload refused — {md(error)}", icon=":material/block:")
        if uploaded is not None:
            _offer_to_keep(config, uploaded)


# ---------------------------------------------------------------- keeping an upload

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def drafts_folder(config: Config) -> Path | None:
    """Where uploads are saved: the folder of the first configured ``drafts`` glob (its part before
    any wildcard), when that folder exists."""
    for pattern in config.drafts:
        full = Path(pattern) if os.path.isabs(pattern) else config.root / pattern
        parts: list[str] = []
        for part in full.parts:
            if has_magic(part):
                break
            parts.append(part)
        folder = Path(*parts) if parts else config.root
        if folder == full:  # a pattern naming one file
            folder = folder.parent
        if folder.is_dir():
            return folder
    return None


def safe_draft_name(name: str) -> str:
    """A file name for an upload: its last path part, letters, digits, ``._-`` only, no leading dot,
    ending in .md when it had no draft suffix."""
    stem = _UNSAFE_NAME.sub("-", Path(name.replace("\\", "/")).name).strip(".-") or "upload"
    return stem if stem.lower().endswith(UPLOAD_SUFFIXES) else stem + ".md"


def keep_upload(config: Config, data: bytes, wanted: str) -> Path:
    """Write the uploaded draft's bytes into the drafts folder under a sanitised name; never overwrite.

    Raises DraftError when there is no drafts folder, the name exists, or the configured globs would not
    list the file (it could not be opened afterwards)."""
    folder = drafts_folder(config)
    if folder is None:
        raise DraftError.at("no drafts folder to save into", hint="create the folder of the first `drafts` glob")
    name = safe_draft_name(wanted)
    target = folder.resolve() / name
    if target.parent != folder.resolve():
        raise DraftError.at("the name must stay inside the drafts folder", name)
    patterns = [p if os.path.isabs(p) else str(config.root.resolve() / p) for p in config.drafts]
    if not any(fnmatch(str(target), p) for p in patterns):
        raise DraftError.at("the configured drafts globs would not list this name", name,
                            hint="use a name ending as the `drafts` globs expect, e.g. .md")
    staging = folder / f".{name}.upload-{os.getpid()}"
    staging.write_bytes(data)
    try:
        os.link(staging, target)  # atomic, and fails if the name exists: never overwrites
    except FileExistsError:
        raise DraftError.at("a draft with this name already exists; nothing was overwritten", name,
                            hint="choose another name") from None
    finally:
        staging.unlink(missing_ok=True)
    return target


def _keep_upload_clicked(config: Config) -> None:
    try:
        target = keep_upload(config, st.session_state["uploaded_bytes"], str(st.session_state.get("keep_name", "")))
    except (WorkbenchError, OSError) as exc:
        st.session_state["keep_error"] = str(exc)
        return
    st.session_state.pop("keep_error", None)
    st.session_state.pop("uploaded_draft", None)
    st.session_state.pop("uploaded_bytes", None)
    st.session_state["draft_choice"] = display_name(config, target)
    st.session_state["toast"] = (f"Saved the upload as {display_name(config, target)}; decisions on it are "
                                 "now kept in its ledger.", True)
    _forget_claim()


def _offer_to_keep(config: Config, draft: Draft) -> None:
    folder = drafts_folder(config)
    if folder is None:
        st.caption("Decisions on an upload are not kept: there is no drafts folder to save it into.")
        return
    st.caption(md(f"To keep decisions on this upload, save it into {display_name(config, folder)}/ "
                  "(an existing draft is never overwritten)."))
    st.session_state.setdefault("keep_name", safe_draft_name(draft.path))
    st.text_input("File name", key="keep_name")
    st.button("Save into the drafts folder", icon=":material/save:", key="keep_upload",
              on_click=_keep_upload_clicked, args=(config,), width="stretch")
    if error := st.session_state.get("keep_error"):
        st.error(f"Not saved — {md(error)}", icon=":material/block:")


def _forget_claim() -> None:
    st.session_state.pop("claim_id", None)
    st.session_state.pop("conflict", None)


# ---------------------------------------------------------------- the ledger the page shows

def _ledger_for(draft: Draft, config: Config) -> tuple[Path | None, Ledger | None]:
    """The ledger path (None for uploads) and the snapshot this session reads."""
    if draft is st.session_state.get("uploaded_draft"):
        return None, None
    path = ledger_path_for(config.resolve(Path(draft.path)), config)
    known, ledger = state.seen_ledger(path)
    if not known:
        ledger = load_ledger(path)
        state.remember_ledger(path, ledger)
    return path, ledger


def _reload_ledger(path: Path) -> None:
    state.remember_ledger(path, load_ledger(path))
    st.session_state.pop("conflict", None)
    for key in [k for k in st.session_state if str(k).startswith(("verdict-", "note-", "evidence-", "wf-status-", "wf-assignee-"))]:
        del st.session_state[key]  # the forms show the loaded decisions, not stale widget values


def _results(report: DraftReport, ledger: Ledger | None, draft: Draft) -> list[ClaimResult]:
    """The report's results with the ledger's decisions applied, once per (report, ledger): a full run asks
    for them in the page, the claim panel and the table. A save replaces the session's ledger object."""
    memo = st.session_state.get("results_memo")
    if memo is not None and memo[0] is report and memo[1] is ledger:  # a report is of one text of the draft
        return memo[2]
    current = _current(ledger, draft)
    results = [current.apply(r) for r in report.results] if current else list(report.results)
    st.session_state["results_memo"] = (report, ledger, results)
    return results


def _session_ledger(ledger_file: Path | None) -> Ledger | None:
    """The ledger this session shows now. Fragments read it here rather than take it as an argument: a
    fragment's run gets the arguments of the last full run, and a save since then changed the ledger."""
    return state.seen_ledger(ledger_file)[1] if ledger_file is not None else None


# ---------------------------------------------------------------- summary and table

def summary_html(results: list[ClaimResult], revision: int | None = None) -> str:
    """Claims per verdict, how many a reviewer decided and the ledger's revision, as one HTML row: one
    element for the browser to draw instead of seven metrics (it wraps on a phone)."""
    counts = {v: sum(1 for r in results if r.verdict == v) for v in Verdict}
    reviewed = sum(1 for r in results if r.reviewed)
    cells = [("Claims", str(len(results))), *((verdict_label(v), str(counts[v])) for v in Verdict),
             ("✎ Reviewed", f"{reviewed} / {len(results)}")]
    if revision is not None:
        cells.append(("Ledger revision", str(revision)))
    items = "".join(f'<li data-label="{html.escape(label, quote=True)}"><span>{html.escape(label)}</span>'
                    f"<strong>{html.escape(value)}</strong></li>" for label, value in cells)
    return ('<ul class="cw-summary" aria-label="Summary">' + items + "</ul>")


def claims_frame(results: list[ClaimResult], ledger: Ledger | None = None) -> pd.DataFrame:
    return pd.DataFrame({
        **workflow_columns(results, ledger),
        "id": [r.claim.id for r in results],
        "#": list(range(1, len(results) + 1)),
        "line": [r.claim.line for r in results],
        "claim": [r.claim.text for r in results],
        "subject": [r.claim.subject or "" for r in results],
        "period": [r.claim.period or "" for r in results],
        "verdict": [verdict_label(r.verdict) for r in results],
        "automatic": [verdict_label(r.auto_verdict) for r in results],
        "flags": [[f.value for f in r.flags] + (["suppressed"] if r.suppressed else []) for r in results],
        "reviewed": [r.reviewed for r in results],
        "explanation": [r.explanation for r in results],
    })


def filter_claims(frame: pd.DataFrame, verdicts: list[str], flags: list[str], review_state: str) -> pd.DataFrame:
    mask = pd.Series(True, index=frame.index)
    if verdicts:
        mask &= frame["verdict"].isin(verdicts)
    if flags:
        mask &= frame["flags"].apply(lambda fs: any(f in fs for f in flags))
    if review_state == "Reviewed":
        mask &= frame["reviewed"]
    elif review_state == "Not reviewed":
        mask &= ~frame["reviewed"]
    return frame[mask]


def _select_from_table() -> None:
    chosen = chosen_row("claims_table")
    if chosen and chosen in st.session_state.get("table_ids", []):
        _select(chosen)
        st.session_state["table_chose_claim"] = True  # the fragment then asks for a full rerun


def _select_from_text() -> None:
    value = st.session_state.get("article")
    chosen = getattr(value, "selected", None) if value is not None else None
    if chosen:
        _select(str(chosen))


def _select_from_list() -> None:
    _select(st.session_state["claim_pick"])


def _select(claim_id: str) -> None:
    st.session_state["claim_id"] = claim_id
    st.session_state["claim_pick"] = claim_id


@st.fragment
def _claims_table(report: DraftReport, draft: Draft, ledger_file: Path | None) -> None:
    """Filters rerun only this fragment; choosing a row reruns the whole page to open the claim."""
    if st.session_state.pop("table_chose_claim", False):
        st.rerun()
    ledger = _session_ledger(ledger_file)
    frame = claims_frame(_results(report, ledger, draft), _current(ledger, draft))
    st.subheader("All claims")
    row = st.container(horizontal=True)  # one block for the five filters; wraps on a narrow screen
    verdicts = row.multiselect("Verdict", [verdict_label(v) for v in Verdict], key=VERDICT_FILTER,
                                placeholder="any verdict")
    flags = row.multiselect("Flag", [f.value for f in Flag] + ["suppressed"], key=FLAG_FILTER,
                               placeholder="any flag")
    review_state = row.radio("Review state", REVIEW_STATES, key=REVIEW_FILTER, horizontal=True)
    shown = filter_workflow(filter_claims(frame, verdicts, flags, review_state), *workflow_filters(frame, row))
    st.session_state["table_ids"] = list(shown["id"])
    st.caption(f"{len(shown)} of {len(frame)} claims shown. Select a row to open the claim.")
    rows = table_rows(shown)
    page_sync.drawn().draw_rows(rows)
    show_claims_table(rows, key="claims_table", on_select=_select_from_table,
                      selected=st.session_state.get("claim_id"))
    write_url(draft)  # a filter change reruns only this fragment


# ---------------------------------------------------------------- the URL: draft, claim and filters

# Filters are written to the URL as verdict and flag *values* ("contradicted"), not the labels.
_LABELS = {v.value: verdict_label(v) for v in Verdict}
_FILTER_FLAGS = [f.value for f in Flag] + ["suppressed"]


def read_url_once() -> None:
    """On a session's first run, take the claim and the filters from the URL (the draft is read by
    ``_choose_draft``, which refuses drafts outside the configured ones). Unknown values are ignored."""
    if st.session_state.get("url_read"):
        return
    st.session_state["url_read"] = True
    params = st.query_params
    if claim := params.get("claim"):
        st.session_state["claim_id"] = claim[:64]
        st.session_state["url_claim"] = claim[:64]
    verdicts = [_LABELS[v] for v in params.get_all("verdict") if v in _LABELS]
    if verdicts:
        st.session_state[VERDICT_FILTER] = list(dict.fromkeys(verdicts))
    flags = [f for f in params.get_all("flag") if f in _FILTER_FLAGS]
    if flags:
        st.session_state[FLAG_FILTER] = list(dict.fromkeys(flags))
    review = params.get("review")
    wanted = {r.lower().replace(" ", "-"): r for r in REVIEW_STATES}.get(review or "")
    if wanted:
        st.session_state[REVIEW_FILTER] = wanted
    statuses = [STATUS_LABELS[Status(s)] for s in params.get_all("status") if s in Status._value2member_map_]
    if statuses:
        st.session_state[STATUS_FILTER] = list(dict.fromkeys(statuses))
    # Names are checked against the table's assignees when the filter is drawn (``workflow_filters``).
    if people := [p[:state.NAME_LIMIT] for p in params.get_all("assignee") if p.strip()]:
        st.session_state[ASSIGNEE_FILTER] = list(dict.fromkeys(people))


def url_state(draft: Draft) -> dict[str, str | list[str]]:
    """The query that reopens this view: draft (not for uploads: nobody else could open them), claim
    and filters — never the reviewer's name."""
    wanted: dict[str, str | list[str]] = {}
    if draft is not st.session_state.get("uploaded_draft"):
        wanted["draft"] = draft.path
    if claim := st.session_state.get("claim_id"):
        wanted["claim"] = claim
    by_label = {label: value for value, label in _LABELS.items()}
    if verdicts := [by_label[v] for v in st.session_state.get(VERDICT_FILTER, []) if v in by_label]:
        wanted["verdict"] = verdicts
    if flags := list(st.session_state.get(FLAG_FILTER, [])):
        wanted["flag"] = flags
    review = st.session_state.get(REVIEW_FILTER, REVIEW_STATES[0])
    if review != REVIEW_STATES[0]:
        wanted["review"] = review.lower().replace(" ", "-")
    by_status_label = {label: status.value for status, label in STATUS_LABELS.items()}
    if statuses := [by_status_label[s] for s in st.session_state.get(STATUS_FILTER, []) if s in by_status_label]:
        wanted["status"] = statuses
    if people := list(st.session_state.get(ASSIGNEE_FILTER, [])):
        wanted["assignee"] = people
    return wanted


def write_url(draft: Draft) -> None:
    """Mirror the open draft, the chosen claim and the filters in the URL: a reload keeps them and the
    address is a link to this claim."""
    wanted = url_state(draft)
    current = {k: (st.query_params.get_all(k) if isinstance(v, list) else st.query_params.get(k))
               for k, v in wanted.items()}
    if current != wanted or set(st.query_params.keys()) != set(wanted):
        st.query_params.from_dict(wanted)


# ---------------------------------------------------------------- the page

def _sidebar_reviewer() -> str:
    """The reviewer's name: the signed-in identity when the deployment has a sign-in (no field to type
    another name into), else typed in the sidebar and kept in this browser."""
    if (identity := current_identity()) is not None:
        st.session_state["reviewer"] = identity.name  # what a save records; no widget can change it
        st.sidebar.caption(f"Signed in as **{md(identity.name)}** (from {md(identity.source)}); your decisions "
                           "are saved under this name.")
        if identity.can_sign_out:
            st.sidebar.button("Sign out", icon=":material/logout:", key="sign_out", on_click=st.logout)
        return identity.name
    state.keep_reviewer_name()
    st.sidebar.text_input("Your name (saved with each decision)", key="reviewer", max_chars=state.NAME_LIMIT,
                          placeholder="e.g. A. Reviewer",
                          help="Kept in this browser, so a reload keeps it; never put in shared links.")
    return str(st.session_state.get("reviewer", "")).strip()


def _rerun_check(draft: Draft, config: Config, ledger_file: Path | None) -> None:
    """Re-read draft and data; record the fresh automatic verdicts in the ledger, keeping decisions."""
    state.clear_caches()
    if ledger_file is None:
        return
    reference = state.reference_data(config)
    fresh = open_draft(config, draft.path)
    report = state.automatic_report(fresh, reference, config)
    state.remember_ledger(ledger_file, refresh_file(ledger_file, fresh, report))
    st.session_state.pop("conflict", None)
    st.session_state["flash"] = "Check re-run; the ledger now holds the fresh automatic verdicts."
    st.session_state["toast"] = (st.session_state["flash"], True)


def _draft_failed(draft: Draft, exc: Exception) -> None:
    """A draft the check cannot read at all: one clear box; the sidebar (picker, upload) still works."""
    _log.error("checking %s failed", draft.path, exc_info=exc)
    st.header(md(draft.title or Path(draft.path).name), anchor=False)
    st.error(md(f"This draft cannot be checked: an internal error ({type(exc).__name__}: {exc}) stopped the "
                "check. It was logged for the maintainers. Pick another draft in the sidebar, or edit this "
                "one around the sentence it stopped at and reload."), icon=":material/report:")


def _where(draft: Draft, config: Config, ledger_file: Path | None, ledger: Ledger | None) -> None:
    day, source = state.reading_date(draft, config)
    where = md(draft.path) + (f" · dated {draft.date_shown}" if draft.date else " · undated")
    if ledger_file is not None:
        where += f" · ledger {md(display_name(config, ledger_file))}"
        where += "" if ledger else " (created at the first save)"  # its revision is in the summary row
    st.caption(f"{where}  \nRelative periods (“last year”, “this month”) are read from **{day.isoformat()}** — "
               f"{md(source)}.")


def keep_filters() -> None:
    """Set each filter's value again (``FILTER_KEYS``). Streamlit forgets a widget's value after a run
    that did not draw it (a full run cut short by a click that starts the claim panel's fragment run):
    the filters and the URL that mirrors them would lose it. A value set through session state is kept."""
    for key in FILTER_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def render() -> None:
    read_url_once()
    keep_filters()
    show_toast()
    try:
        config = app_config()
    except WorkbenchError as exc:
        st.error(f"The configuration cannot be used — {md(str(exc))}", icon=":material/block:")
        return
    reviewer = _sidebar_reviewer()
    try:
        draft = _choose_draft(config)
    except WorkbenchError as exc:
        st.error(f"This draft cannot be opened — {md(str(exc))}", icon=":material/block:")
        return
    except Exception as exc:  # noqa: BLE001 — a reader bug on odd input: one box, the picker still works
        _log.error("opening %s failed", st.session_state.get("draft_choice"), exc_info=exc)
        st.error(md(f"This draft cannot be opened: reading it failed ({type(exc).__name__}: {exc}). It was "
                    "logged; pick another draft in the sidebar."), icon=":material/block:")
        return
    if draft is None:
        return
    try:
        reference: ReferenceData = state.reference_data(config)
    except WorkbenchError as exc:
        st.error(f"The reference data cannot be used — {md(str(exc))}", icon=":material/block:")
        return
    try:
        ledger_file, ledger = _ledger_for(draft, config)
    except WorkbenchError as exc:  # a corrupt ledger is shown, never rewritten: review is read-only
        st.error(f"The ledger cannot be read, so decisions cannot be saved — {md(str(exc))}", icon=":material/block:")
        ledger_file, ledger = None, None
    try:
        report = state.automatic_report(draft, reference, config)
    except WorkbenchError as exc:
        st.error(f"This draft cannot be checked — {md(str(exc))}", icon=":material/block:")
        return
    except Exception as exc:  # noqa: BLE001 — a bug in extraction: one box, never a traceback
        _draft_failed(draft, exc)
        write_url(draft)
        return
    _review_page(draft, config, reference, report, ledger_file, ledger, reviewer)
    write_url(draft)


def _notices(draft: Draft, config: Config, report: DraftReport, ledger_file: Path | None,
             ledger: Ledger | None) -> None:
    """What the reviewer must know before reading: where the files are, the last save, a stale
    ledger, claims that could not be checked, a colleague's conflicting save, newer data on disk."""
    _where(draft, config, ledger_file, ledger)
    if flash := st.session_state.pop("flash", None):
        st.success(md(flash), icon=":material/check_circle:")
    if ledger is not None and ledger.draft.sha256 != draft.sha256:
        st.warning("The draft changed since its ledger was written. Re-run the check to re-attach the "
                   "reviews to the edited text; saving decisions waits until then.", icon=":material/edit_note:")
    unchecked = [r for r in report.results if unchecked_reason(r) is not None]
    if unchecked:
        st.error(f"{len(unchecked)} claim(s) could not be checked (the error was logged); each shows why in its "
                 "panel and is listed as ⚠ Needs review. Every other claim was checked.", icon=":material/report:")
    conflict = st.session_state.get("conflict")
    if conflict is not None and conflict.pending.claim_id != st.session_state.get("claim_id"):
        render_conflict(ledger_file, draft, report)  # about another claim than the open one: shown here
    _newer_on_disk_notice(ledger_file, ledger)


def _review_page(draft: Draft, config: Config, reference: ReferenceData, report: DraftReport,
                 ledger_file: Path | None, ledger: Ledger | None, reviewer: str) -> None:
    results = _results(report, ledger, draft)
    by_id = {r.claim.id: r for r in results}

    with st.sidebar:
        st.divider()
        if st.button("Re-run the check", icon=":material/refresh:", help="Re-read the draft and the reference data, re-check every "
                     "claim and refresh the ledger (reviewer decisions are kept)", width="stretch"):
            _rerun_check(draft, config, ledger_file)
            st.rerun()
        render_downloads(draft, results, report, ledger, config.organisation,
                         ledger_now=(lambda: state.seen_ledger(ledger_file)[1]) if ledger_file is not None else None)

    st.header(md(draft.title or Path(draft.path).name), anchor=False)
    _notices(draft, config, report, ledger_file, ledger)
    st.html(summary_html(results, ledger.revision if ledger else None))
    _orphans_and_findings(ledger, report)

    if results and st.session_state.get("claim_id") not in by_id:
        if missing := st.session_state.get("url_claim"):
            st.info(md(f"The linked claim {missing} is not in this version of the draft; showing the first claim."),
                    icon=":material/link_off:")
        _select(results[0].claim.id)
    st.session_state.pop("url_claim", None)
    selected: str | None = st.session_state.get("claim_id")

    article, details = st.columns([3, 2], gap="large")
    with article:
        st.subheader("Article")
        st.caption("Every claim is marked with its verdict; click one to open it.")
        with st.container(height=780, key="article_box"):
            article_html = _article_html(draft, results)
            page_sync.drawn().draw_article(article_html)
            show_article(article_html, key="article", on_select=_select_from_text, selected=selected)
    with details:
        st.session_state["desk_full_run"] = True
        _desk(draft, reference, report, ledger_file, reviewer)
    _claims_table(report, draft, ledger_file)


def _current(ledger: Ledger | None, draft: Draft) -> Ledger | None:
    """The ledger when it was written for this text of the draft (its decisions apply), else None."""
    return ledger if ledger is not None and ledger.draft.sha256 == draft.sha256 else None


def _article_html(draft: Draft, results: list[ClaimResult]) -> str:
    return render_article(draft.text, [r.claim for r in results], {r.claim.id: r.verdict for r in results},
                          reviewed={r.claim.id for r in results if r.reviewed},
                          start=draft.body_start, display=draft.prose)


@st.fragment
def _desk(draft: Draft, reference: ReferenceData, report: DraftReport, ledger_file: Path | None,
          reviewer: str) -> None:
    """The claim panel: moving between claims, saving a decision, a status or evidence reruns only this
    (the browser redraws one panel, not the page); such a run sends the article, the table rows and the
    summary it changed to the components on the page (``page_sync``)."""
    full_run = st.session_state.pop("desk_full_run", False)
    show_toast()
    ledger = _session_ledger(ledger_file)
    results = _results(report, ledger, draft)
    by_id = {r.claim.id: r for r in results}
    selected: str | None = st.session_state.get("claim_id")
    if not results or selected not in by_id:
        st.info("No numeric claims were found in this draft.", icon=":material/search:")
        return
    _navigation(results, ledger, reviewer, selected)
    labels = {r.claim.id: f"#{i} · {r.claim.text} · {verdict_label(r.verdict)}" for i, r in enumerate(results, 1)}
    st.session_state["claim_pick"] = selected
    st.selectbox("Claim", list(labels), key="claim_pick", format_func=labels.__getitem__, on_change=_select_from_list)
    can_save = ledger_file is not None and (ledger is None or _current(ledger, draft) is not None)
    try:
        render_claim_details(by_id[selected], reference=reference, draft=draft, report=report,
                             ledger=ledger, ledger_file=ledger_file, reviewer=reviewer, can_save=can_save)
        _share(draft)
    except Exception as exc:  # noqa: BLE001 — one claim's panel must not take the page down
        _log.error("showing claim %s of %s failed", selected, draft.path, exc_info=exc)
        st.error(md(f"This claim's details cannot be shown: an internal error ({type(exc).__name__}) "
                    "stopped them. It was logged; the rest of the draft works — pick another claim."),
                 icon=":material/report:")
    if not full_run:
        _sync_page(draft, results, ledger, selected)
        write_url(draft)


def _sync_page(draft: Draft, results: list[ClaimResult], ledger: Ledger | None, selected: str) -> None:
    """After a panel-only run: send the marks and table rows that differ from the page's last full draw.
    The update is made once per results list (``_results`` keeps one per ledger object): moving to
    another claim sends the last one again with the new selection."""
    drawn = page_sync.drawn()
    if drawn.last is None or drawn.last[0] is not results:
        article, marks = drawn.article_update(_article_html(draft, results))
        rows = drawn.row_update(table_rows(claims_frame(results, _current(ledger, draft))))
        drawn.last = (results, (article, marks, rows))
    article, marks, rows = drawn.last[1]
    page_sync.sync_page(key="page_sync", article=article, marks=marks, selected=selected, rows=rows,
                        summary=summary_html(results, ledger.revision if ledger else None))


# ---------------------------------------------------------------- moving between claims: queue and keys

def _table_order(results: list[ClaimResult]) -> list[str]:
    """The claims in the table's order as last shown (its filters applied), else the draft's."""
    shown: list[str] = st.session_state.get("table_ids") or []
    return shown if st.session_state.get("claim_id") in shown else [r.claim.id for r in results]


def _go(action: str, results: list[ClaimResult], queue: list[str]) -> None:
    """Open the claim a navigation button or key asks for; say so when the queue is empty."""
    current = st.session_state.get("claim_id")
    if action == "queue":
        target = next_in_queue(queue, current)
        if target is None:
            st.session_state["toast"] = ("No claim needs you: every claim has a reviewer's decision.", True)
            return
    else:
        target = step(_table_order(results), current, 1 if action == "next" else -1)
    if target is not None:
        _select(target)


def _on_key(results: list[ClaimResult], queue: list[str]) -> None:
    if action := action_of("keys"):
        _go(action, results, queue)


def _navigation(results: list[ClaimResult], ledger: Ledger | None, reviewer: str, selected: str) -> None:
    """Previous / next in the table, the next claim that needs the reviewer, and the keyboard shortcuts."""
    queue = review_queue(results, ledger, reviewer)
    keyboard_shortcuts(key="keys", on_action=lambda: _on_key(results, queue))
    row = st.container(horizontal=True, vertical_alignment="center")  # one row on a phone too
    row.button("Previous", icon=":material/arrow_upward:", key="nav_previous",
               on_click=_go, args=("previous", results, queue), help="Previous claim in the table (k)")
    row.button("Next", icon=":material/arrow_downward:", key="nav_next",
               on_click=_go, args=("next", results, queue), help="Next claim in the table (j)")
    waiting = len([c for c in queue if c != selected])
    row.button(f"Next that needs me ({waiting} left)" if waiting else "Nothing else needs me",
               icon=":material/assignment_late:", key="nav_queue", type="primary" if waiting else "secondary",
               on_click=_go, args=("queue", results, queue),
               help="Undecided claims, contradicted and unsupported first (n)")
    with st.container(key="shortcuts"):
        st.caption(shortcuts_caption())


def _share(draft: Draft) -> None:
    """The link to this claim with the filters, to copy (the address bar holds the same)."""
    base = getattr(st.context, "url", None)
    if not base:
        return
    share = st.popover("Link to this claim", icon=":material/link:", key="share_link", on_change="rerun")
    if share.open:  # drawn when opened, not for every claim the reviewer passes
        with share:
            st.caption("Opens this draft, this claim and these filters; your name is not in it.")
            st.code(f"{base}?{urlencode(url_state(draft), doseq=True)}", language=None, wrap_lines=True)


def _orphans_and_findings(ledger: Ledger | None, report: DraftReport) -> None:
    if ledger is not None and ledger.orphans:
        with st.expander(f"Reviews whose claim is no longer in the draft ({len(ledger.orphans)})"):
            st.caption("Kept in the ledger so no decision is lost; re-running the check re-attaches them "
                       "if the same quantity comes back.")
            st.dataframe(pd.DataFrame([{
                "claim": o.entry.claim.text, "sentence": o.entry.claim.sentence,
                "verdict": verdict_label(o.entry.verdict) if o.entry.verdict else "automatic",
                "reviewer": o.entry.reviewer or "", "note": o.entry.note or "",
                "orphaned": o.orphaned_at.strftime("%Y-%m-%d %H:%M UTC")} for o in ledger.orphans]),
                hide_index=True, width="stretch")
    if report.findings:
        with st.expander(f"Draft-level findings ({len(report.findings)})"):
            for finding in report.findings:
                st.markdown(f"- {verdict_label(finding.verdict)} line {finding.line}: {md(finding.message)}")


def _newer_on_disk_notice(ledger_file: Path | None, ledger: Ledger | None) -> None:
    """Tell the reviewer when a colleague saved since this page read the ledger."""
    if ledger_file is None or st.session_state.get("conflict"):
        return
    try:
        on_disk = state.ledger_on_disk(ledger_file)
    except WorkbenchError as exc:
        st.error(f"The ledger on disk cannot be read — {md(str(exc))}", icon=":material/block:")
        return
    seen = ledger.revision if ledger else 0
    if on_disk is not None and on_disk.revision > seen:
        changes = state.changes_since(on_disk, seen)
        who = sorted({c.reviewer for c in changes}) or [on_disk.updated_by or "someone"]
        col_text, col_button = st.columns([4, 1])
        col_text.info(f"The ledger moved on to revision {on_disk.revision} ({md(', '.join(who))}). "
                      "Load it to see their decisions.", icon=":material/group:")
        col_button.button("Load the latest", on_click=_reload_ledger, args=(ledger_file,), key="load_latest")
