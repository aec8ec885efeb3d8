"""The app in a real browser: `streamlit run` as a subprocess, Debian Chromium driven by Playwright.

Each test works on a temporary copy of the drafts, ledgers and reference data. Without
/usr/bin/chromium these tests skip locally and fail under CI.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import browser
import pytest
from browser import (
    AppServer,
    assert_no_errors,
    click_claim,
    draft_results,
    sign_in,
    wait_for_app,
    wait_for_selected,
)
from conftest import SAMPLE_DRAFT

from workbench.reports.published_csv import CSV_COLUMNS
from workbench.ledger import load_ledger
from workbench.models import Verdict
from workbench.reference import load_reference

pytestmark = pytest.mark.browser
app_server = browser.app_server  # fixtures shared with other browser tests
browser_page = browser.browser_page


def sample_results(ws: Path):
    return draft_results(ws, SAMPLE_DRAFT.name)


def open_review(page, server: AppServer) -> None:
    page.goto(f"{server.url}/")  # the review page is the default page
    wait_for_app(page, "All claims")
    page.locator("mark[data-claim-id]").first.wait_for()
    assert_no_errors(page)


def test_a_reviewer_changes_a_verdict_through_the_page(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = sample_results(app_server.workspace)
    target = results[2]
    open_review(page, app_server)
    assert page.locator("mark[data-claim-id]").count() == len(results)

    sign_in(page, "Playwright Reviewer")
    click_claim(page, target.claim.id)  # choose the claim by clicking it in the article
    form = page.locator('[data-testid="stForm"]')
    new_verdict = Verdict.not_a_claim if target.verdict != Verdict.not_a_claim else Verdict.supported
    form.get_by_text("Not a claim" if new_verdict == Verdict.not_a_claim else "Supported", exact=False).first.click()
    form.locator("textarea").fill("decided in the browser")
    form.get_by_role("button", name="Save decision").click()
    page.get_by_text("Saved:", exact=False).first.wait_for()
    wait_for_app(page)
    assert_no_errors(page)

    ledger = load_ledger(app_server.workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json")
    assert ledger is not None
    entry = ledger.claims[target.claim.id]
    assert entry.verdict == new_verdict
    assert entry.reviewer == "Playwright Reviewer" and entry.note == "decided in the browser"
    # The article now labels the claim with the reviewer's verdict, in words.
    mark = page.locator(f'mark[data-claim-id="{target.claim.id}"]')
    assert "Not a claim" in mark.inner_text() or "Supported" in mark.inner_text()


def test_every_page_renders_without_an_error(app_server: AppServer, browser_page) -> None:
    page = browser_page
    open_review(page, app_server)
    page.get_by_role("tab", name="Chart").click()
    page.locator('[data-testid="stVegaLiteChart"], .vega-embed').first.wait_for()
    assert_no_errors(page)
    page.get_by_role("link", name="Reference data").click()
    wait_for_app(page, "Filter resources")
    page.locator(".vega-embed").first.wait_for()
    assert_no_errors(page)
    reference = load_reference([app_server.workspace / "reference_data"])
    assert page.get_by_text(f"{len(reference.resources)} resources", exact=False).count() == 1


def test_the_csv_download_is_the_export(app_server: AppServer, browser_page) -> None:
    page = browser_page
    open_review(page, app_server)
    with page.expect_download() as info:
        page.locator('[data-testid="stSidebar"]').get_by_role("button", name="CSV").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == CSV_COLUMNS
    assert [r["id"] for r in rows] == [r.claim.id for r in sample_results(app_server.workspace)]


def test_choosing_a_claim_from_the_table_and_the_keyboard(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = sample_results(app_server.workspace)
    open_review(page, app_server)
    table = page.locator('[data-testid="stDataFrame"]').last
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    row = 4  # the fifth claim; rows (and the header) are 35 px high in Streamlit's data grid
    page.mouse.click(box["x"] + 15, box["y"] + 35 * (row + 1) + 17)
    wait_for_selected(page, results[row].claim.id)
    assert_no_errors(page)
    # …and from the keyboard: a focused claim opens with Enter.
    other = results[1].claim.id
    page.locator(f'mark[data-claim-id="{other}"]').focus()
    page.keyboard.press("Enter")
    wait_for_selected(page, other)
    assert_no_errors(page)
