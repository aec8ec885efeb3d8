"""Download buttons for the publishable results — the same export functions as `workbench export`."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

from ..drafts import Draft
from ..export import (
    Row,
    claim_review,
    rows_from_ledger,
    rows_from_results,
    to_csv,
    to_markdown,
)
from ..ledger import Ledger
from ..models import ClaimResult, DraftReport


def _current(draft: Draft, ledger: Ledger | None) -> bool:
    return ledger is not None and ledger.draft.sha256 == draft.sha256


def export_source(draft: Draft, ledger: Ledger | None) -> str:
    if ledger is not None and _current(draft, ledger):
        return f"the ledger (revision {ledger.revision})"
    return "the automatic check (no reviewer ledger yet)"


def export_rows(draft: Draft, results: list[ClaimResult], ledger: Ledger | None) -> list[Row]:
    """What `workbench export` publishes: the ledger when it is current, else the automatic check."""
    if ledger is not None and _current(draft, ledger):
        return rows_from_ledger(list(ledger.claims.values()))
    return rows_from_results(results)


def render_downloads(draft: Draft, results: list[ClaimResult], report: DraftReport, ledger: Ledger | None) -> None:
    """Three download buttons; each file is built only when its button is clicked."""
    source = export_source(draft, ledger)
    stem = Path(draft.path).stem

    def rows() -> list[Row]:
        return export_rows(draft, results, ledger)

    st.markdown("**Download the results**")
    st.caption(f"From {source}.")
    st.download_button("ClaimReview JSON-LD", lambda: json.dumps(claim_review(draft, rows()), indent=2, ensure_ascii=False),
                       file_name=f"{stem}.claimreview.json", mime="application/ld+json", icon=":material/data_object:",
                       width="stretch", on_click="ignore", key="dl_claimreview")
    st.download_button("CSV", lambda: to_csv(rows()), file_name=f"{stem}.claims.csv", mime="text/csv",
                       icon=":material/table:", width="stretch", on_click="ignore", key="dl_csv")
    st.download_button("Markdown report", lambda: to_markdown(draft, rows(), source), file_name=f"{stem}.report.md",
                       mime="text/markdown", icon=":material/description:", width="stretch", on_click="ignore",
                       key="dl_markdown")
