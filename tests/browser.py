"""Real-browser helpers: the app served by `streamlit run` on a free port, driven by Debian Chromium.

One home for how the app is started (`running_app`), how Chromium is launched (`chromium_page`,
`launch_chromium`, `CHROMIUM_ARGS`) and the page steps every caller repeats (`sign_in`,
`click_claim`, `wait_for_app`). The browser tests import the fixtures
(``from browser import app_server, browser_page``); scripts/screenshot.py and benchmarks/app.py
import the same helpers after putting tests/ on sys.path.

Why tests/ and not the workbench package: these helpers need Playwright and pytest, which are
test extras (`.[test]`), and the installed package must not depend on them at run time. A
scripts/ module would serve the script but make every test reach out of tests/; the tests are
the main user, so the one path insert goes in the script and the benchmark instead.

Without /usr/bin/chromium the tests skip locally and FAIL under CI (env CI set), so CI can
never pass by silently skipping them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT, skip_or_fail_in_ci

from workbench.check import check_draft
from workbench.config import load_config
from workbench.drafts import load_draft
from workbench.models import ClaimResult
from workbench.reference import load_reference

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("WORKBENCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run"]
ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def require_chromium() -> Path:
    if not CHROMIUM.exists():
        skip_or_fail_in_ci(f"{CHROMIUM} is missing (apt-get install chromium)", " — browser tests must run in CI")
    return CHROMIUM


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_workspace(target: Path, *, drafts: list[Path] | None = None, with_claims: bool = True) -> Path:
    """A copy of the repo's drafts, ledgers and reference data plus a workbench.toml, so tests
    never touch the repository's own files."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "reference_data", target / "reference_data")
    (target / "drafts").mkdir()
    for draft in drafts if drafts is not None else sorted((ROOT / "drafts").glob("*.md")):
        shutil.copy2(draft, target / "drafts" / draft.name)
    (target / "claims").mkdir()
    if with_claims:
        for ledger in (ROOT / "claims").glob("*.json"):
            shutil.copy2(ledger, target / "claims" / ledger.name)
    (target / "workbench.toml").write_text(
        'reference = ["reference_data"]\nclaims = "claims"\ndrafts = ["drafts/*.md", "drafts/*.txt"]\n',
        encoding="utf-8")
    return target


@dataclass
class AppServer:
    url: str
    workspace: Path
    process: subprocess.Popen[bytes]
    log: Path


def app_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace with the sample draft and no ledger yet, which the app (AppTest) in this
    process opens: its config and root in the environment the launcher would set."""
    ws = make_workspace(tmp_path / "ws", drafts=[SAMPLE_DRAFT], with_claims=False)
    monkeypatch.setenv("WORKBENCH_CONFIG", str(ws / "workbench.toml"))
    monkeypatch.setenv("WORKBENCH_ROOT", str(ws))
    return ws


def wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"streamlit not healthy after {timeout} s:\n{log.read_text(errors='replace')}")


def start_app(workspace: Path, log: Path, env_extra: dict[str, str] | None = None) -> AppServer:
    """`streamlit run` the workbench script against ``workspace``, as `workbench app` does (``env_extra``:
    more of the app's environment, e.g. its sign-in mode)."""
    from workbench.app.launch import app_environment, streamlit_command

    port = free_port()
    command = streamlit_command(port, headless=True, address="127.0.0.1")
    env = app_environment(workspace / "workbench.toml", workspace) | (env_extra or {})
    handle = log.open("wb")
    process = subprocess.Popen(command, cwd=workspace, env=env, stdout=handle, stderr=subprocess.STDOUT)
    server = AppServer(f"http://127.0.0.1:{port}", workspace, process, log)
    try:
        wait_healthy(server.url, process, log)
    except BaseException:
        stop_app(server)
        raise
    return server


def stop_app(server: AppServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@contextmanager
def running_app(workspace: Path, log: Path, env_extra: dict[str, str] | None = None) -> Iterator[AppServer]:
    """The app served on ``workspace`` for the length of the block, stopped however it ends."""
    server = start_app(workspace, log, env_extra)
    try:
        yield server
    finally:
        stop_app(server)


def launch_chromium(playwright, executable: Path | str = CHROMIUM):
    """Debian Chromium (not a Playwright download), headless, with the flags every caller uses."""
    return playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)


@contextmanager
def chromium_page(width: int, height: int, executable: Path | str = CHROMIUM, **context_options) -> Iterator:
    """A fresh page of ``width``×``height`` in its own Chromium, closed with the block (``context_options``:
    Playwright's, e.g. ``has_touch=True, is_mobile=True`` for a phone; a sign-in proxy's header needs
    ``sign_in_proxy``: Chromium leaves ``extra_http_headers`` off the WebSocket handshake)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright, executable)
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,
                                      **context_options)
        page = context.new_page()
        page.set_default_timeout(30_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


@pytest.fixture
def app_server(tmp_path: Path) -> Iterator[AppServer]:
    require_chromium()
    with running_app(make_workspace(tmp_path / "workspace"), tmp_path / "streamlit.log") as server:
        yield server


@pytest.fixture
def browser_page(tmp_path: Path):
    """A fresh Chromium page (1600×1000) from Playwright's sync API."""
    with chromium_page(1600, 1000, require_chromium()) as page:
        yield page


def wait_for_app(page, text: str | None = None, timeout: float = 60_000) -> None:
    """Wait until the script run finished (no running indicator) and ``text`` is on the page."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    if text is not None:
        page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"] [data-testid=\"stStatusWidgetRunningIcon\"]')"
        " && document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') !== 'running'",
        timeout=timeout)


def sign_in(page, reviewer: str) -> None:
    """Type the reviewer's name into the sidebar, as a person does before deciding anything."""
    name = page.locator('[data-testid="stSidebar"] input[type="text"]').first
    name.fill(reviewer)
    name.press("Enter")
    wait_for_app(page)


def wait_for_selected(page, claim_id: str) -> None:
    """Wait until ``claim_id`` is the chosen claim (marked in the article) and the rerun is over."""
    page.locator(f'mark.cw-selected[data-claim-id="{claim_id}"]').wait_for()
    wait_for_app(page)


def claim_form(page, button: str = "Save decision"):
    """The claim panel's form with ``button``: the decision form by default (the panel has others)."""
    return page.locator('[data-testid="stForm"]').filter(has=page.get_by_role("button", name=button))


def claims_table(page):
    """The claims table (the claim panel has tables of its own, some in hidden tabs)."""
    return page.locator('.st-key-claims_table [role="table"]')


def claims_table_rows(page):
    """The claims table's rows, in the order shown (the header row excluded)."""
    return claims_table(page).locator('.cw-body [role="row"]')


def click_claim(page, claim_id: str) -> None:
    """Choose a claim by clicking it in the article."""
    page.locator(f'mark[data-claim-id="{claim_id}"]').click()
    wait_for_selected(page, claim_id)


def boxes_together(first, second) -> tuple[dict[str, float], dict[str, float]]:
    """Both elements' boxes (x, y, width, height, in the viewport) read in one step: Streamlit may scroll
    or redraw between two separate ``bounding_box()`` reads, which would compare two different pages."""
    return first.evaluate("""(a, b) => [a, b].map(e => {
        const r = e.getBoundingClientRect();
        return {x: r.x, y: r.y, width: r.width, height: r.height};
    })""", second.element_handle())


def draft_results(workspace: Path, draft_name: str) -> list[ClaimResult]:
    """The checked claims of ``drafts/draft_name`` in ``workspace``: what the review page lists."""
    config = load_config(workspace, workspace / "workbench.toml")
    draft = load_draft(workspace / "drafts" / draft_name)
    return check_draft(draft, load_reference(config.reference_dirs), config).results


# axe-core from the npm registry, installed by `make test` (and so by .ci/run) from tests/axe/package-lock.json.
AXE_SCRIPT = ROOT / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = ("serious", "critical")


def axe_violations(page, impacts: tuple[str, ...] = BLOCKING_IMPACTS) -> list[str]:
    """Run axe-core (WCAG 2.x A and AA rules, and axe's best practices) on the page as it is now; one
    line per violation of the given impacts, naming the rule and the first elements it failed on."""
    if not AXE_SCRIPT.is_file():
        skip_or_fail_in_ci(f"{AXE_SCRIPT} is missing (npm ci --prefix tests/axe)", " — the accessibility check must run in CI")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_SCRIPT.read_text(encoding="utf-8"))
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ['violations']});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(' '))}));
    }""")
    return [f"{v['impact']} {v['id']}: {v['help']} — " + " | ".join(v["nodes"]) for v in found if v["impact"] in impacts]


def assert_no_errors(page) -> None:
    errors = page.locator(ERROR_SELECTOR)
    if errors.count():
        raise AssertionError("error shown on the page: " + " | ".join(errors.all_inner_texts()))


__all__ = [
    "AXE_SCRIPT",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "AppServer",
    "app_server",
    "assert_no_errors",
    "axe_violations",
    "browser_page",
    "chromium_page",
    "click_claim",
    "draft_results",
    "free_port",
    "launch_chromium",
    "make_workspace",
    "require_chromium",
    "running_app",
    "sign_in",
    "start_app",
    "stop_app",
    "wait_for_app",
    "wait_for_selected",
]
