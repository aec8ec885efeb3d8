"""How fast the review app is in a real browser, on a generated draft with about 300 claims.

Measures, with the app served by `streamlit run` and driven by headless Debian Chromium:

- time to interactive: from `page.goto` until every claim is marked in the article and the
  script run has finished — cold (first visit: the draft is checked) and warm (a new browser
  session; the check and the reference data come from the server's cache);
- a save in the page: click "Save decision" until the confirmation beside the button is shown
  (a run of the claim panel, which sends the article, table rows and summary it changed);
- claim switching: click another claim in the article until its panel shows it and the run is over;
- queue navigation: "Next that needs me" and "Next" (what the keys n and j run), from the click
  until another claim is open and the run is over;
- a save in the library: `ledger.set_decision` on the same 300-claim ledger (what the click does);
- peer: time to interactive of a bare Streamlit page (one `st.write`) on the same server set-up —
  the framework's floor.

    .venv/bin/python benchmarks/app.py [--claims 300] [--runs 5]
"""

from __future__ import annotations

import argparse
import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests/browser.py: one way to start the app and Chromium

from browser import (
    CHROMIUM,
    claim_form,
    launch_chromium,
    make_workspace,
    running_app,
    sign_in,
    wait_for_app,
    wait_for_selected,
)
from machine import cpu_model  # benchmarks/ is on sys.path when a script runs

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.ledger import ledger_path, refresh_file, set_decision
from workbench.models import Verdict

# Sentences in our own words; the numbers vary per paragraph so claims are distinct.
TEMPLATES = [
    "Bilateral trade grew by {p}% in {y} to {b} billion dollars, officials said.",
    "About {k} thousand students from the neighbouring country studied at its universities in {y}.",
    "The two governments signed {n} agreements worth {b2} billion dollars at the regional forum.",
    "Investment from the partner country exceeded {b3} billion dollars, roughly a third of the total.",
    "Some {k2} thousand companies with foreign capital were registered, {m} thousand of them from the partner.",
    "Exports of grain rose {p2}% to {t} million tonnes, while imports fell by {p3}%.",
]


def generate_draft(target_claims: int) -> str:
    paragraphs: list[str] = []
    i = 0
    while True:
        values = {"p": 3 + i % 17, "y": 2015 + i % 9, "b": 10 + (i * 7) % 30 + 0.1 * (i % 9), "k": 20 + i % 70,
                  "n": 5 + i % 40, "b2": 2 + i % 20, "b3": 5 + i % 25, "k2": 10 + i % 60, "m": 1 + i % 9,
                  "p2": 2 + i % 13, "t": 1 + i % 12, "p3": 1 + i % 11}
        paragraphs.append(" ".join(t.format(**values) for t in TEMPLATES))
        i += 1
        text = "---\ntitle: A generated draft for the app benchmark\ndate: 2023-11-10\n---\n\n" + "\n\n".join(paragraphs)
        if i % 5 == 0 and len(extract(parse_draft(text.encode(), "bench.md"))) >= target_claims:
            return text + "\n"


def time_to_interactive(page, url: str, marks: int) -> float:
    started = time.perf_counter()
    page.goto(url)
    # Marks live in the article component's shadow root; Playwright's locators pierce it.
    page.locator("mark[data-claim-id]").nth(marks - 1).wait_for(timeout=120_000)
    wait_for_app(page)
    return time.perf_counter() - started


def bare_page_time(browser, tmp: Path) -> float:
    """A one-line Streamlit page served the same way: the floor any Streamlit app pays."""
    import subprocess

    from browser import free_port, wait_healthy

    from workbench.app.launch import streamlit_command

    script = tmp / "bare.py"
    script.write_text("import streamlit as st\nst.write('hello')\n", encoding="utf-8")
    port = free_port()
    log = tmp / "bare.log"
    with log.open("wb") as handle:
        process = subprocess.Popen(streamlit_command(port, headless=True, address="127.0.0.1", script=script),
                                   stdout=handle, stderr=subprocess.STDOUT)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process, log)
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/")
        page.get_by_text("hello").wait_for()
        wait_for_app(page)
        elapsed = time.perf_counter() - started
        page.close()
        return elapsed
    finally:
        process.terminate()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description="time the review app in headless Chromium")
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default=str(CHROMIUM))
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        draft_file = tmp / "bench.md"
        draft_file.write_text(generate_draft(args.claims), encoding="utf-8")
        draft = parse_draft(draft_file.read_bytes(), "drafts/bench.md")
        n_claims = len(extract(draft))
        workspace = make_workspace(tmp / "workspace", drafts=[draft_file], with_claims=False)
        cold: list[float] = []
        warm: list[float] = []
        page_saves: list[float] = []
        switches: list[float] = []
        with running_app(workspace, tmp / "streamlit.log") as server, sync_playwright() as playwright:
            browser = launch_chromium(playwright, args.chromium)
            for run in range(args.runs):
                # A changed draft each run makes the first visit a cold check.
                text = draft_file.read_text(encoding="utf-8") + f"\nRun {run} adds no figures.\n"
                (workspace / "drafts" / "bench.md").write_text(text, encoding="utf-8")
                for bucket in (cold, warm):
                    context = browser.new_context(viewport={"width": 1600, "height": 1000})
                    page = context.new_page()
                    bucket.append(time_to_interactive(page, server.url + "/", n_claims))
                    context.close()
            context = browser.new_context(viewport={"width": 1600, "height": 1000})
            page = context.new_page()
            time_to_interactive(page, server.url + "/", n_claims)
            sign_in(page, "Benchmark")
            form = claim_form(page)
            for run in range(args.runs + 1):
                form.get_by_text("Not a claim" if run % 2 else "Needs review", exact=False).first.click()
                form.locator("textarea").fill(f"save {run}")
                started = time.perf_counter()
                form.get_by_role("button", name="Save decision").click()
                form.locator('[data-testid="stAlertContentSuccess"]').get_by_text(
                    f"revision {run + 2})", exact=False).first.wait_for(timeout=60_000)
                wait_for_app(page)
                if run:  # the first save also creates the ledger
                    page_saves.append(time.perf_counter() - started)
            claim_ids = _claim_ids(workspace)
            switches = switch_times(page, claim_ids, args.runs * 4)
            queue_moves = navigation_times(page, r"Next that needs me", args.runs * 4)
            switch_times(page, claim_ids[:1] * 2, 1)  # 'Next' stops at the table's last row: start at the first
            next_moves = navigation_times(page, r"\bNext$", args.runs * 4)
            baseline = bare_page_time(browser, tmp)
            browser.close()

        path = ledger_path("drafts/bench.md", workspace / "claims")
        ledger = refresh_file(path, parse_draft((workspace / "drafts" / "bench.md").read_bytes(), "drafts/bench.md"),
                              _report(workspace))
        ids = list(ledger.claims)
        library_saves = []
        for run in range(max(args.runs * 4, 20)):
            started = time.perf_counter()
            saved = set_decision(path, ids[run % len(ids)], Verdict.supported if run % 2 else None, "bench",
                                 note=f"n{run}", expected_revision=ledger.revision)
            library_saves.append(time.perf_counter() - started)
            ledger = saved

    def med(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"

    print(f"machine: {platform.node()} · nproc {__import__('os').cpu_count()} · {cpu_model()} · Python {platform.python_version()}")
    print(f"draft: {n_claims} claims, {len(draft.text):,} characters; {args.runs} runs each")
    print(f"time to interactive, cold (check runs): {med(cold)}")
    print(f"time to interactive, warm (cached check): {med(warm)}")
    print(f"save in the page (click → confirmation beside the button, the panel's run): {med(page_saves)}")
    print(f"claim switching (click a claim in the article → its panel, full rerun): {med(switches)}")
    print(f"queue navigation (“Next that needs me” / key n → that claim open, the panel's run): {med(queue_moves)}")
    print(f"next claim (“Next” / key j → the next row's claim open, the panel's run): {med(next_moves)}")
    print(f"save in the library (set_decision, {len(ids)}-claim ledger): "
          f"{statistics.median(library_saves) * 1000:.1f} ms median (max {max(library_saves) * 1000:.1f} ms)")
    print(f"peer: bare Streamlit page to interactive: {baseline:.2f} s")
    return 0


def switch_times(page, ids: list[str], count: int) -> list[float]:
    """Click claims spread over the draft, one after another; time each until its panel is shown."""
    times = []
    step = max(1, len(ids) // (count + 1))
    for i in range(1, count + 1):
        claim_id = ids[(i * step) % len(ids)]
        mark = page.locator(f'mark[data-claim-id="{claim_id}"]')
        mark.scroll_into_view_if_needed()
        started = time.perf_counter()
        mark.click()
        wait_for_selected(page, claim_id)
        page.locator('.cw-source, [data-testid="stForm"]').first.wait_for()
        times.append(time.perf_counter() - started)
    return times


def navigation_times(page, name: str, count: int) -> list[float]:
    """Click a navigation button (the keys n and j run the same callback), ``count`` times; time each
    until another claim is open and the run is over."""
    times = []
    for _ in range(count):
        before = page.locator("mark.cw-selected").first.get_attribute("data-claim-id")
        started = time.perf_counter()
        page.get_by_role("button", name=re.compile(name)).first.click()
        page.locator(f'mark.cw-selected:not([data-claim-id="{before}"])').wait_for(timeout=120_000)
        wait_for_app(page)
        page.locator('[data-testid="stForm"]').first.wait_for()
        times.append(time.perf_counter() - started)
    return times


def _claim_ids(workspace: Path) -> list[str]:
    return [r.claim.id for r in _report(workspace).results]


def _report(workspace: Path):
    from workbench.check import check_draft
    from workbench.config import load_config
    from workbench.reference import load_reference

    config = load_config(workspace, workspace / "workbench.toml")
    draft = parse_draft((workspace / "drafts" / "bench.md").read_bytes(), "drafts/bench.md")
    return check_draft(draft, load_reference(config.reference_dirs), config)


if __name__ == "__main__":
    sys.exit(main())
