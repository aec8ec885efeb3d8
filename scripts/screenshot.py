"""Regenerate docs/screenshot.png: the review page on the shipped sample, in headless Chromium.

Runs the app with `streamlit run` on a temporary copy of the drafts, ledgers and reference
data (the repository's files are not touched), opens the sample, picks a claim whose figure
is contradicted or stale, shows its chart, and saves a PNG.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM_ARGS, make_workspace, start_app, stop_app, wait_for_app

from workbench.check import check_draft
from workbench.config import load_config
from workbench.drafts import load_draft
from workbench.models import Flag, Verdict
from workbench.reference import load_reference

SAMPLE = ROOT / "drafts" / "kazakhstan-russia-visit.md"


def showcase_claim(workspace: Path) -> str:
    """A claim worth showing: stale first, then contradicted with evidence, else the first."""
    config = load_config(workspace, workspace / "workbench.toml")
    draft = load_draft(workspace / "drafts" / SAMPLE.name)
    results = check_draft(draft, load_reference(config.reference_dirs), config).results
    for wanted in (lambda r: Flag.stale in r.flags and r.evidence and not r.evidence[0].formula,
                   lambda r: r.verdict == Verdict.contradicted and r.evidence and not r.evidence[0].formula,
                   lambda r: True):
        for result in results:
            if wanted(result):
                return result.claim.id
    raise SystemExit("the sample draft has no claims")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1450)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        workspace = make_workspace(Path(tmp) / "workspace", drafts=[SAMPLE])
        claim_id = showcase_claim(workspace)
        server = start_app(workspace, Path(tmp) / "streamlit.log")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                page.goto(server.url + "/")
                wait_for_app(page, "All claims")
                name = page.locator('[data-testid="stSidebar"] input[type="text"]').first
                name.fill("A. Reviewer")
                name.press("Enter")
                wait_for_app(page)
                page.locator(f'mark[data-claim-id="{claim_id}"]').click()
                page.locator(f'mark.cw-selected[data-claim-id="{claim_id}"]').wait_for()
                wait_for_app(page)
                page.get_by_role("tab", name="Chart").click()
                page.locator(".vega-embed").first.wait_for()
                page.wait_for_timeout(800)  # let the chart finish drawing
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            stop_app(server)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
