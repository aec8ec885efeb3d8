"""Download buttons for the publishable results — the same renderers as `workbench export`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from ..config import Organisation
from ..drafts import Draft
from ..ledger import Ledger
from ..models import ClaimResult, DraftReport
from ..reports import render_export
from ..reports.published import AUTOMATIC_SOURCE, Publication, from_ledger, from_results, ledger_source


def _current(draft: Draft, ledger: Ledger | None) -> Ledger | None:
    return ledger if ledger is not None and ledger.draft.sha256 == draft.sha256 else None


def publication(draft: Draft, results: list[ClaimResult], ledger: Ledger | None,
                organisation: Organisation | None) -> Publication:
    """What `workbench export` publishes: the ledger when it is current, else the automatic check."""
    current = _current(draft, ledger)
    if current is not None:
        return from_ledger(draft, current, organisation)
    return from_results(draft, results, organisation)


def render_downloads(draft: Draft, results: list[ClaimResult], report: DraftReport, ledger: Ledger | None,
                     organisation: Organisation | None,
                     ledger_now: Callable[[], Ledger | None] | None = None) -> None:
    """Three download buttons; each file is built only when its button is clicked, from ``ledger_now()``
    then (the claim panel saves without redrawing the sidebar), else from ``ledger``."""
    stem = Path(draft.path).stem

    def export(fmt: str) -> str:
        return render_export(publication(draft, results, ledger_now() if ledger_now else ledger, organisation), fmt)

    st.markdown("**Download the results**")
    current = _current(draft, ledger)
    st.caption(f"From {ledger_source(current) if current is not None else AUTOMATIC_SOURCE}.")
    st.download_button("ClaimReview JSON-LD", lambda: export("claimreview"), file_name=f"{stem}.claimreview.json",
                       mime="application/ld+json", icon=":material/data_object:",
                       width="stretch", on_click="ignore", key="dl_claimreview")
    st.download_button("CSV", lambda: export("csv"), file_name=f"{stem}.claims.csv", mime="text/csv",
                       icon=":material/table:", width="stretch", on_click="ignore", key="dl_csv")
    st.download_button("Markdown report", lambda: export("markdown"), file_name=f"{stem}.report.md",
                       mime="text/markdown", icon=":material/description:", width="stretch", on_click="ignore",
                       key="dl_markdown")
