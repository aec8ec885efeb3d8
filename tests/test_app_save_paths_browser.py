"""The app's save paths when the files under the page change between the reviewer's reading and their save: the
draft edited or deleted, the ledger broken or deleted by another hand. Each save is either saved or a refusal
on the page (never a traceback), and a file another writer left is not overwritten blindly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import browser
import pytest
from browser import AppServer, click_claim, sign_in, wait_for_app
from conftest import SAMPLE_DRAFT
from test_app_browser import open_review, sample_results

pytestmark = pytest.mark.browser
app_server = browser.app_server
browser_page = browser.browser_page


def _decide_after(page, server: AppServer, meanwhile: Callable[[Path], None]) -> str:
    """Open the draft, choose a claim and fill in a decision; then ``meanwhile`` changes the files; then save."""
    results = sample_results(server.workspace)
    open_review(page, server)
    sign_in(page, "Page Reviewer")
    click_claim(page, results[1].claim.id)
    form = browser.claim_form(page)
    form.get_by_text("Not a claim", exact=False).first.click()
    form.locator("textarea").fill("decided while the files changed")
    meanwhile(server.workspace)
    form.get_by_role("button", name="Save decision").click()
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    outcome = page.locator('[data-testid="stAlertContentSuccess"], [data-testid="stAlertContentError"], '
                           '[data-testid="stException"]').first
    outcome.wait_for()
    text = main.inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0, text[:2000]
    assert "Traceback" not in text
    return next(line for line in text.splitlines() if line.startswith(("Saved:", "Not saved")))


def _ledger(ws: Path) -> Path:
    return ws / "claims" / f"{SAMPLE_DRAFT.stem}.json"


def _noted(ws: Path) -> bool:
    return "decided while the files changed" in _ledger(ws).read_text(encoding="utf-8")


def test_a_draft_deleted_before_the_save(app_server: AppServer, browser_page) -> None:
    said = _decide_after(browser_page, app_server, lambda ws: (ws / "drafts" / SAMPLE_DRAFT.name).unlink())
    assert said.startswith("Saved:") and _noted(app_server.workspace)  # the decision is kept in the ledger


def test_a_draft_edited_before_the_save(app_server: AppServer, browser_page) -> None:
    def edit(ws: Path) -> None:
        draft = ws / "drafts" / SAMPLE_DRAFT.name
        text = draft.read_text(encoding="utf-8")
        body = text.index("\n---", 3) + 4
        draft.write_text(text[:body] + "\nA new opening paragraph without figures.\n" + text[body:], encoding="utf-8")
    said = _decide_after(browser_page, app_server, edit)
    assert said.startswith("Saved:") and _noted(app_server.workspace)


def test_a_ledger_broken_before_the_save(app_server: AppServer, browser_page) -> None:
    broken = b'{"schema_version": 3, "claims": {<<<<<<< HEAD\n'
    said = _decide_after(browser_page, app_server, lambda ws: _ledger(ws).write_bytes(broken))
    assert said.startswith("Not saved") and "not valid JSON" in said and "it was not changed" in said
    assert _ledger(app_server.workspace).read_bytes() == broken


def test_a_ledger_deleted_before_the_save(app_server: AppServer, browser_page) -> None:
    said = _decide_after(browser_page, app_server, lambda ws: _ledger(ws).unlink(missing_ok=True))
    assert said.startswith("Not saved") and "no ledger" in said  # not a ledger of one decision in its place
    assert not _ledger(app_server.workspace).exists()
