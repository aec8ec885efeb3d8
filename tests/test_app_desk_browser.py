"""The desk in a real browser: the review queue and its keyboard shortcuts, the phone layout, and
axe-core's accessibility check. `streamlit run` as a subprocess, Debian Chromium through Playwright,
each test on a temporary copy of the drafts, ledgers and reference data."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import browser
import pytest
from browser import (
    AppServer,
    assert_no_errors,
    axe_violations,
    claims_table,
    draft_results,
    sign_in,
    wait_for_app,
    wait_for_selected,
)
from conftest import SAMPLE_DRAFT
from playwright.sync_api import expect
from sign_in_proxy import sign_in_proxy

from workbench.app.highlight import verdict_label
from workbench.app.queue import next_in_queue, review_queue
from workbench.ledger import load_ledger
from workbench.models import Verdict

pytestmark = pytest.mark.browser
app_server = browser.app_server
browser_page = browser.browser_page

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def fresh_server(tmp_path: Path):
    """The sample draft without a ledger: every claim waits for a reviewer."""
    browser.require_chromium()
    ws = browser.make_workspace(tmp_path / "workspace", drafts=[SAMPLE_DRAFT], with_claims=False)
    with browser.running_app(ws, tmp_path / "streamlit.log") as server:
        yield server


def open_review(page, server: AppServer, query: str = "") -> None:
    page.goto(f"{server.url}/{query}")
    wait_for_app(page, "All claims")
    page.locator("mark[data-claim-id]").first.wait_for()
    assert_no_errors(page)


def leave_fields(page) -> None:
    """Take the focus out of any text field, as a reviewer does by clicking the page: keys are
    shortcuts only outside fields."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")


def test_keys_walk_the_queue_choose_a_verdict_and_save(fresh_server: AppServer, browser_page) -> None:
    page = browser_page
    results = draft_results(fresh_server.workspace, SAMPLE_DRAFT.name)
    queue = review_queue(results, None)
    order = [r.claim.id for r in results]
    open_review(page, fresh_server)
    page.get_by_text("next claim that needs you", exact=False).first.wait_for()  # the keys are listed
    sign_in(page, "Key Reviewer")
    wait_for_selected(page, order[0])
    leave_fields(page)
    page.keyboard.press("n")
    head = next_in_queue(queue, order[0])
    wait_for_selected(page, head)
    page.keyboard.press("j")
    wait_for_selected(page, order[order.index(head) + 1])
    page.keyboard.press("k")
    wait_for_selected(page, head)
    # Typing in a field is typing, not a shortcut.
    browser.claim_form(page).locator("textarea").fill("keyboard only")
    browser.claim_form(page).locator("textarea").press("n")
    assert browser.claim_form(page).locator("textarea").input_value() == "keyboard onlyn"
    page.wait_for_timeout(500)
    assert page.locator(f'mark.cw-selected[data-claim-id="{head}"]').count() == 1
    leave_fields(page)
    page.keyboard.press("2")  # contradicted
    page.keyboard.press("s")
    browser.claim_form(page).locator('[data-testid="stAlertContentSuccess"]').wait_for()
    wait_for_app(page)
    entry = load_ledger(fresh_server.workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json").claims[head]
    assert (entry.verdict, entry.reviewer, entry.note) == (Verdict.contradicted, "Key Reviewer", "keyboard onlyn")
    leave_fields(page)
    page.keyboard.press("n")  # the decided claim left the queue: the next is the new head
    wait_for_selected(page, next(c for c in queue if c != head))
    assert_no_errors(page)


def test_the_next_claim_button_names_what_is_left(fresh_server: AppServer, browser_page) -> None:
    page = browser_page
    results = draft_results(fresh_server.workspace, SAMPLE_DRAFT.name)
    queue = review_queue(results, None)
    open_review(page, fresh_server)
    button = page.get_by_role("button", name="Next that needs me")
    assert f"({len(queue) - 1} left)" in button.inner_text()
    button.click()
    wait_for_selected(page, next_in_queue(queue, results[0].claim.id))


def test_a_save_in_the_panel_updates_the_article_the_table_and_the_summary(fresh_server: AppServer,
                                                                           browser_page) -> None:
    """The panel reruns on its own (a fragment): what the save changed elsewhere on the page is sent to
    the article, the table and the summary, and a reload shows the same."""
    page = browser_page
    results = draft_results(fresh_server.workspace, SAMPLE_DRAFT.name)
    target = next(r for r in results if r.verdict != Verdict.not_a_claim)
    open_review(page, fresh_server)
    sign_in(page, "Sync Reviewer")
    browser.click_claim(page, target.claim.id)
    form = browser.claim_form(page)
    form.get_by_text(verdict_label(Verdict.not_a_claim), exact=True).click()
    form.get_by_role("button", name="Save decision").click()
    form.locator('[data-testid="stAlertContentSuccess"]').wait_for()
    wait_for_app(page)
    # the article, the table and the summary are patched one after another: wait for the summary's
    page.wait_for_function("want => [...document.querySelectorAll('.cw-summary li')]"
                           ".some(li => li.innerText.split(/\\s+/).join(' ').includes(want))",
                           arg=f"Reviewed 1 / {len(results)}")

    def shown() -> tuple[str | None, str, str, str]:
        mark = page.locator(f'mark[data-claim-id="{target.claim.id}"]')
        row = claims_table(page).locator(f'[role="row"][data-claim-id="{target.claim.id}"] [role="cell"]')
        summary = page.locator(".cw-summary li", has_text="Reviewed").inner_text()
        return mark.get_attribute("class"), mark.locator(".cw-tag").inner_text(), row.nth(1).text_content(), \
            " ".join(summary.split())

    mark_class, tag, row_verdict, summary = shown()
    assert "cw-not-a-claim" in mark_class and "cw-reviewed" in mark_class and "cw-selected" in mark_class
    assert tag == verdict_label(Verdict.not_a_claim) and row_verdict == verdict_label(Verdict.not_a_claim)
    assert summary == f"✎ Reviewed 1 / {len(results)}"
    assert "Ledger revision 2" in " ".join(page.locator(".cw-summary").inner_text().split())
    page.reload()
    open_review(page, fresh_server)
    wait_for_selected(page, target.claim.id)
    assert shown() == (mark_class, tag, row_verdict, summary)
    # Two saves without a full run, the second undoing the first: the mark and the row are back to what the
    # page was drawn with (each panel run sends every mark and row changed since that draw).
    for verdict, revision in ((Verdict.contradicted, 3), (Verdict.not_a_claim, 4)):
        form.get_by_text(verdict_label(verdict), exact=True).click()
        form.get_by_role("button", name="Save decision").click()
        form.locator('[data-testid="stAlertContentSuccess"]').get_by_text(f"revision {revision}", exact=False).wait_for()
        wait_for_app(page)
        assert tuple(shown()[1:3]) == (verdict_label(verdict),) * 2
    assert shown() == (mark_class, tag, row_verdict, summary)
    assert_no_errors(page)


@pytest.fixture
def phone_page():
    with browser.chromium_page(PHONE["width"], PHONE["height"], browser.require_chromium(),
                               has_touch=True, is_mobile=True) as page:
        yield page


def test_the_phone_layout(app_server: AppServer, phone_page) -> None:
    page = phone_page
    results = draft_results(app_server.workspace, SAMPLE_DRAFT.name)
    open_review(page, app_server)
    sidebar = page.locator('[data-testid="stSidebar"]').bounding_box()
    assert sidebar is None or sidebar["width"] == 0 or sidebar["x"] + sidebar["width"] <= 0  # collapsed
    target = results[3]
    mark = page.locator(f'mark[data-claim-id="{target.claim.id}"]')
    mark.scroll_into_view_if_needed()
    mark.tap()
    wait_for_selected(page, target.claim.id)
    # The claim panel follows right under the tapped claim: its heading below the mark, within a screen.
    tapped, panel = browser.boxes_together(
        mark, page.locator('[data-testid="stMain"] h3').filter(has_text=target.claim.text).first)
    assert 0 < panel["y"] - (tapped["y"] + tapped["height"]) < PHONE["height"], (tapped, panel)
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= PHONE["width"]  # nothing off to the side
    # The table shows each claim's verdict without scrolling sideways: it is the second column.
    grid = claims_table(page)
    grid.scroll_into_view_if_needed()
    verdict_cell = grid.locator('.cw-body [role="row"]').first.locator('[role="cell"]').nth(1)
    expect(verdict_cell).to_have_text(verdict_label(results[0].verdict))  # drawn once on screen
    cell = verdict_cell.bounding_box()
    assert cell is not None and cell["x"] >= 0 and cell["x"] + cell["width"] <= PHONE["width"], cell
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width  # the page itself never scrolls sideways
    assert_no_errors(page)


def _assert_accessible(page, where: str) -> None:
    problems = axe_violations(page)
    assert not problems, f"{where}:\n" + "\n".join(problems)


def test_axe_finds_no_serious_or_critical_violation(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = draft_results(app_server.workspace, SAMPLE_DRAFT.name)
    open_review(page, app_server)
    page.wait_for_timeout(1000)  # let Streamlit's transitions settle before colours are read
    _assert_accessible(page, "review page")
    target = next(r for r in results if r.evidence)
    page.locator(f'mark[data-claim-id="{target.claim.id}"]').click()
    wait_for_selected(page, target.claim.id)
    page.get_by_role("tab", name="Evidence").click()
    page.locator('table[aria-label="Evidence"]').wait_for()
    _assert_accessible(page, "evidence tab")
    browser.claim_form(page).get_by_role("button", name="Save decision").click()  # no name: refused
    browser.claim_form(page).locator('[data-testid="stAlertContentError"]').wait_for()
    page.wait_for_timeout(500)
    _assert_accessible(page, "a refused save")
    page.get_by_role("link", name="Reference data").click()
    wait_for_app(page, "Filter resources")
    page.wait_for_timeout(1000)
    _assert_accessible(page, "reference data page")


def test_axe_on_a_phone(app_server: AppServer, phone_page) -> None:
    open_review(phone_page, app_server)
    phone_page.wait_for_timeout(1000)
    _assert_accessible(phone_page, "review page on a phone")


# ---------------------------------------------------------------- identity from a sign-in proxy

HEADER = "X-Remote-User"


@pytest.fixture
def proxied_server(tmp_path: Path):
    """The app as a team deploys it behind a sign-in proxy that names the person in ``HEADER``."""
    browser.require_chromium()
    ws = browser.make_workspace(tmp_path / "workspace", drafts=[SAMPLE_DRAFT], with_claims=False)
    env = {"WORKBENCH_SIGN_IN": "proxy", "WORKBENCH_IDENTITY_HEADER": HEADER}
    with browser.running_app(ws, tmp_path / "streamlit.log", env) as server:
        yield server


def test_behind_a_sign_in_proxy_the_author_is_the_signed_in_person(proxied_server: AppServer) -> None:
    results = draft_results(proxied_server.workspace, SAMPLE_DRAFT.name)
    target = results[1].claim.id
    with sign_in_proxy(proxied_server.url, HEADER, "ann.editor@desk.example") as proxy_url, \
            browser.chromium_page(1600, 1000, browser.require_chromium()) as page:
        open_review(page, dataclasses.replace(proxied_server, url=proxy_url))
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text("Signed in as", exact=False).wait_for()
        assert "ann.editor@desk.example" in sidebar.inner_text().replace("\u2060", "")
        assert sidebar.get_by_label("Your name", exact=False).count() == 0  # no name to type
        browser.click_claim(page, target)
        form = browser.claim_form(page)
        form.get_by_text("Not a claim", exact=False).first.click()
        form.get_by_role("button", name="Save decision").click()
        form.locator('[data-testid="stAlertContentSuccess"]').wait_for()
    entry = load_ledger(proxied_server.workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json").claims[target]
    assert (entry.verdict, entry.reviewer) == (Verdict.not_a_claim, "ann.editor@desk.example")
    # Without the proxy's header (someone reaching the server around the proxy) nothing is shown.
    with browser.chromium_page(1600, 1000, browser.require_chromium()) as page:
        page.goto(f"{proxied_server.url}/")
        wait_for_app(page, "Sign-in required")
        assert page.locator("mark[data-claim-id]").count() == 0
        assert page.get_by_role("button", name="Save decision").count() == 0
