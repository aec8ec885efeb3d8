"""The app in a real browser: `streamlit run` as a subprocess, Debian Chromium driven by Playwright.

Each test works on a temporary copy of the drafts, ledgers and reference data. Without
/usr/bin/chromium these tests skip locally and fail under CI.
"""

from __future__ import annotations

import csv
import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import browser
import pytest
from browser import (
    AppServer,
    assert_no_errors,
    claims_table,
    claims_table_rows,
    click_claim,
    draft_results,
    sign_in,
    wait_for_app,
    wait_for_selected,
)
from conftest import SAMPLE_DRAFT, run_workbench

from workbench.ledger import load_ledger
from workbench.models import Verdict
from workbench.reference import load_reference
from workbench.reports.published_csv import CSV_COLUMNS

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
    form = browser.claim_form(page)
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
    row = claims_table_rows(page).nth(4)  # the fifth claim: a click anywhere on its row opens it
    row.scroll_into_view_if_needed()
    assert row.get_attribute("data-claim-id") == results[4].claim.id
    row.locator('[role="cell"]').nth(5).click()
    wait_for_selected(page, results[4].claim.id)
    assert claims_table(page).locator('[aria-current="true"]').get_attribute("data-claim-id") == results[4].claim.id
    assert_no_errors(page)
    # The claim in a row is a button: Tab reaches it and Enter opens the claim.
    claims_table_rows(page).nth(2).get_by_role("button").press("Enter")
    wait_for_selected(page, results[2].claim.id)
    # A column header sorts the rows in the browser; again for the other direction, a third time for the draft's order.
    header = claims_table(page).get_by_role("columnheader", name="Line")
    header.click()
    header.click()
    lines = _lines_once_drawn(page, descending=True)
    assert lines == sorted(lines, reverse=True) and lines != sorted(lines)
    header.click()
    assert claims_table_rows(page).first.get_attribute("data-claim-id") == results[0].claim.id
    # …and from the keyboard: a focused claim opens with Enter.
    other = results[1].claim.id
    page.locator(f'mark[data-claim-id="{other}"]').focus()
    page.keyboard.press("Enter")
    wait_for_selected(page, other)
    assert_no_errors(page)


# ---------------------------------------------------------------- issue 14/15: what misled or blocked

# A draft whose sentence once ended the page in a traceback (kept in the crash corpus).
CRASH_DRAFT = (Path(__file__).parent / "corpus" / "crashes" / "census-notes-page.md").read_text(encoding="utf-8")


@pytest.fixture
def census_server(tmp_path: Path):
    browser.require_chromium()
    ws = browser.make_workspace(tmp_path / "workspace", drafts=[SAMPLE_DRAFT])
    (ws / "drafts" / "census.md").write_text(CRASH_DRAFT, encoding="utf-8")
    with browser.running_app(ws, tmp_path / "streamlit.log") as server:
        yield server


def test_a_draft_with_the_sentence_that_crashed_has_no_traceback(census_server: AppServer, browser_page) -> None:
    page = browser_page
    results = draft_results(census_server.workspace, "census.md")
    page.goto(f"{census_server.url}/?draft=drafts/census.md")
    wait_for_app(page, "All claims")
    assert page.locator("mark[data-claim-id]").count() == len(results)
    for r in results:
        click_claim(page, r.claim.id)
        assert page.locator('[data-testid="stException"]').count() == 0
        card = page.get_by_text("This claim could not be checked", exact=False)
        assert (card.count() > 0) == r.explanation.startswith("Could not be checked: ")
    assert "Traceback" not in page.locator('[data-testid="stMain"]').inner_text()


def test_the_save_outcome_is_beside_the_button_and_a_refusal_is_red(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = sample_results(app_server.workspace)
    open_review(page, app_server)
    click_claim(page, results[1].claim.id)
    save = browser.claim_form(page).get_by_role("button", name="Save decision")
    save.click()  # no name yet: refused
    refusal = browser.claim_form(page).locator('[data-testid="stAlertContentError"]')
    refusal.wait_for()
    assert "Not saved" in refusal.inner_text() and "name" in refusal.inner_text()
    _assert_beside(save, refusal)
    page.locator('[data-testid="stToast"]').filter(has_text="Not saved").first.wait_for()

    sign_in(page, "Playwright Reviewer")
    browser.claim_form(page).get_by_text("Not a claim", exact=False).first.click()
    save.click()
    saved = browser.claim_form(page).locator('[data-testid="stAlertContentSuccess"]')
    saved.wait_for()
    assert "Saved: not a claim" in saved.inner_text()
    assert browser.claim_form(page).locator('[data-testid="stAlertContentError"]').count() == 0
    _assert_beside(save, saved)
    page.locator('[data-testid="stToast"]').filter(has_text="Saved").first.wait_for()


def _lines_once_drawn(page, descending: bool) -> list[int]:
    """The Line column as shown, read once every cell is drawn and the sort has settled: a click on a
    header redraws the rows, and a read in between sees empty cells or the previous order."""
    texts: list[str] = []
    for _ in range(50):
        texts = claims_table_rows(page).locator('[role="cell"]:nth-child(9)').all_inner_texts()
        if texts and all(t.strip().isdigit() for t in texts):
            lines = [int(t) for t in texts]
            if lines == sorted(lines, reverse=descending):
                return lines
        page.wait_for_timeout(100)
    raise AssertionError(f"the Line column never settled in {'descending' if descending else 'ascending'} order: {texts}")


def _assert_beside(button, message) -> None:
    """The message sits on the button's row (or just below it) once the page has settled, not hundreds of
    pixels away."""
    gaps: list[float] = []
    for _ in range(40):
        b, m = browser.boxes_together(button, message)
        gaps.append(abs((m["y"] + m["height"] / 2) - (b["y"] + b["height"] / 2)))
        if gaps[-1] < 120:
            return
        message.page.wait_for_timeout(100)
    raise AssertionError(f"the message stays {gaps[-1]:.0f} px from the button's row (first read {gaps[0]:.0f} px)")


def test_reload_keeps_the_name_the_claim_and_the_filters(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = sample_results(app_server.workspace)
    target = results[4]
    verdict = target.verdict.value
    page.goto(f"{app_server.url}/?verdict={verdict}")
    wait_for_app(page, "All claims")
    sign_in(page, "Reloading Reviewer")
    click_claim(page, target.claim.id)
    # the address is rewritten by the page's script run, which may land after the claim is marked
    page.wait_for_function(f"() => location.search.includes('claim={target.claim.id}')"
                           f" && location.search.includes('verdict={verdict}')")
    link = page.url
    assert f"verdict={verdict}" in link and f"draft=drafts%2F{SAMPLE_DRAFT.name}" in link.replace("/", "%2F")
    shown = page.get_by_text("claims shown", exact=False).first.inner_text().split(".")[0]  # "N of M claims shown"
    assert not shown.startswith(f"{len(results)} of")  # the filter is on
    page.reload()
    wait_for_app(page, "All claims")
    wait_for_selected(page, target.claim.id)
    name = page.locator('[data-testid="stSidebar"] input[type="text"]').first
    page.wait_for_function("() => document.querySelector('[data-testid=\"stSidebar\"] input[type=\"text\"]')"
                           ".value === 'Reloading Reviewer'")
    assert name.input_value() == "Reloading Reviewer"
    page.get_by_text(shown, exact=False).wait_for()
    # The link opens the same claim and filters for a colleague, but never with my name.
    colleague = page.context.browser.new_context(viewport={"width": 1600, "height": 1000})  # own storage
    try:
        other = colleague.new_page()
        other.goto(link)
        wait_for_app(other, "All claims")
        wait_for_selected(other, target.claim.id)
        other.get_by_text(shown, exact=False).wait_for()
        assert other.locator('[data-testid="stSidebar"] input[type="text"]').first.input_value() == ""
    finally:
        colleague.close()


def test_the_source_is_a_real_link_beside_the_verdict(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = sample_results(app_server.workspace)
    target = next(r for r in results if r.evidence and r.evidence[0].url.startswith("http"))
    open_review(page, app_server)
    click_claim(page, target.claim.id)
    link = page.locator(".cw-source a").first
    assert link.get_attribute("href") == target.evidence[0].url
    assert link.inner_text() == (target.evidence[0].source or target.evidence[0].resource)
    link.focus()  # a plain link: reachable with Tab, its text selectable and copyable
    assert page.evaluate("() => { const a = document.activeElement; return a.tagName === 'A' && a.tabIndex === 0 }"
                         ) or link.evaluate("a => a.tabIndex === 0 && a.matches(':focus')")
    page.get_by_role("tab", name="Evidence").click()  # only the open tab is drawn: one run brings it
    rows = page.locator('table[aria-label="Evidence"] tbody tr')
    rows.first.wait_for()
    wait_for_app(page)
    assert rows.count() == len(target.evidence)
    first = rows.first.inner_text()
    assert target.evidence[0].period in first and f"row {target.evidence[0].row}" in first


def as_read(text: str) -> str:
    """Text as a person reads it: without the invisible word joiners that keep URLs from becoming links."""
    return text.replace("\u2060", "")


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_a_name_or_note_is_text_for_a_colleague_never_an_image_or_link(app_server: AppServer, browser_page) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    trap = f"http://127.0.0.1:{server.server_port}"
    _Recorder.hits = []
    try:
        results = sample_results(app_server.workspace)
        target = results[0].claim.id
        page = browser_page
        open_review(page, app_server)  # the colleague's page, open before the save
        name = f"![pixel]({trap}/name.png)"
        note = f"[sign in here]({trap}/phish) <img src='{trap}/raw.png'> {trap}/bare"
        run = run_workbench("review", app_server.workspace / "drafts" / SAMPLE_DRAFT.name, "--set",
                            f"{target}=contradicted", "--reviewer", name, "--note", note,
                            cwd=app_server.workspace)
        assert run.returncode == 0, run.stderr
        click_claim(page, target)  # any rerun announces the colleague's save, naming them
        page.get_by_text("The ledger moved on", exact=False).first.wait_for()
        assert name in as_read(page.locator('[data-testid="stAlertContentInfo"]').first.inner_text())
        page.get_by_role("button", name="Load the latest").click()
        wait_for_app(page)
        page.get_by_text("Reviewed by", exact=False).first.wait_for()
        caption = as_read(page.get_by_text("Reviewed by", exact=False).first.inner_text())
        assert f"Reviewed by {name}" in caption  # the name, as written
        page.wait_for_timeout(500)
        anchors = page.evaluate(f"() => [...document.querySelectorAll('a[href]')]"
                                f".filter(a => a.href.includes('127.0.0.1:{server.server_port}'))"
                                ".map(a => a.href + ' in ' + a.parentElement.parentElement.outerHTML.slice(0, 600))")
        images = page.evaluate(f"() => [...document.querySelectorAll('img')]"
                               f".filter(i => i.src.includes('127.0.0.1:{server.server_port}'))"
                               ".map(i => i.src + ' in ' + i.parentElement.parentElement.parentElement.outerHTML.slice(0, 400))")
        assert anchors == [] and images == []
        assert _Recorder.hits == []  # nothing was fetched by the colleague's browser
    finally:
        server.shutdown()


def _decide_in(page, claim_id: str, verdict_label: str, note: str) -> None:
    click_claim(page, claim_id)
    form = browser.claim_form(page)
    form.get_by_text(verdict_label, exact=False).first.click()
    form.locator("textarea").fill(note)
    form.get_by_role("button", name="Save decision").click()
    wait_for_app(page)


def test_two_reviewers_in_two_browsers_merge_on_different_claims_and_conflict_on_the_same(
        app_server: AppServer, browser_page) -> None:
    ann = browser_page
    results = sample_results(app_server.workspace)
    first, second = results[1].claim.id, results[3].claim.id
    path = app_server.workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json"
    colleague = ann.context.browser.new_context(viewport={"width": 1600, "height": 1000})  # a session of its own
    try:
        ben = colleague.new_page()
        ben.set_default_timeout(30_000)
        for page, name in ((ann, "Ann Browser"), (ben, "Ben Browser")):
            open_review(page, app_server)
            sign_in(page, name)
        read = load_ledger(path).revision  # both pages show this revision

        _decide_in(ann, first, "Not a claim", "ann on the first claim")
        browser.claim_form(ann).locator('[data-testid="stAlertContentSuccess"]').wait_for()
        _decide_in(ben, second, "Not a claim", "ben on another claim")  # Ben's page still shows `read`
        saved = browser.claim_form(ben).locator('[data-testid="stAlertContentSuccess"]')
        saved.wait_for()
        assert "Saved" in saved.inner_text()
        merged = load_ledger(path)
        assert merged.revision == read + 2
        assert (merged.claims[first].note, merged.claims[second].note) == ("ann on the first claim",
                                                                           "ben on another claim")

        # Now both have seen the first claim at different revisions: Ben's page read it before Ann's save.
        ben.reload()
        wait_for_app(ben, "All claims")
        ann_again = "ann changes her mind"
        _decide_in(ann, second, "Supported", ann_again)  # Ann read `second` before Ben's save
        refusal = browser.claim_form(ann).locator('[data-testid="stAlertContentError"]')
        refusal.wait_for()
        assert "Not saved" in refusal.inner_text() and "changed this claim" in refusal.inner_text()
        final = load_ledger(path)
        assert final.revision == read + 2 and final.claims[second].note == "ben on another claim"
        ann.get_by_role("button", name="Re-apply my decision").click()
        browser.claim_form(ann).locator('[data-testid="stAlertContentSuccess"]').wait_for()  # the outcome shown
        wait_for_app(ann)
        final = load_ledger(path)
        assert final.revision == read + 3 and final.claims[second].note == ann_again
        assert [h.reviewer for h in final.claims[second].history][-2:] == ["Ben Browser", "Ann Browser"]
        assert_no_errors(ben)
    finally:
        colleague.close()


def test_status_assignee_comment_and_reviewer_evidence_through_the_page(app_server: AppServer, browser_page) -> None:
    page = browser_page
    results = sample_results(app_server.workspace)
    target = results[2].claim.id
    open_review(page, app_server)
    sign_in(page, "Desk Editor")
    click_claim(page, target)

    form = browser.claim_form(page, "Save status and comment")
    form.locator('[data-testid="stSelectbox"]').click()
    page.keyboard.type("in progress")
    page.keyboard.press("Enter")
    form.get_by_label("Assigned to").fill("Dana")
    form.get_by_label("Add a comment").fill("waiting for the ministry's table")
    form.get_by_role("button", name="Save status and comment").click()
    wait_for_app(page)
    form.locator('[data-testid="stAlertContentSuccess"]').wait_for()
    page.get_by_text("waiting for the ministry's table").first.wait_for()

    page.get_by_text("Add evidence the reference data lacks").click()
    form = browser.claim_form(page, "Add evidence")
    form.get_by_label("Web address (URL)").fill("https://stat.example.org/t/9")
    form.get_by_label("Source name").fill("Statistics office, table 9")
    form.get_by_label("Exact quote or table cell").fill("Annual total: 7.5")
    form.get_by_label("Value").fill("7.5")
    form.get_by_label("Period").fill("2023")
    form.get_by_role("button", name="Add evidence").click()
    wait_for_app(page)
    form.locator('[data-testid="stAlertContentSuccess"]').wait_for()
    page.get_by_role("tab", name="Evidence").click()
    link = page.locator('.cw-reviewer-evidence a[href="https://stat.example.org/t/9"]')
    link.wait_for()
    assert link.inner_text() == "Statistics office, table 9"
    assert_no_errors(page)

    entry = load_ledger(app_server.workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json").claims[target]
    assert (entry.status.value, entry.assignee, [c.text for c in entry.comments]) == (
        "in_progress", "Dana", ["waiting for the ministry's table"])
    assert [(e.url, e.value, e.quote) for e in entry.reviewer_evidence] == [
        ("https://stat.example.org/t/9", 7.5, "Annual total: 7.5")]
