"""Regenerate docs/screenshot.png: the review page on the shipped sample, in headless Chromium.

Runs the app with `streamlit run` on a temporary copy of the drafts, ledgers and reference
data (the repository's files are not touched), opens the sample, picks a claim whose figure
is contradicted or stale, shows its chart, and saves a PNG; then the same claim tapped on a
phone (390×844), the panel under the article (docs/screenshot-phone.png).

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--phone-out docs/screenshot-phone.png]
                                           [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests/browser.py: one way to start the app and Chromium

from browser import (
    CHROMIUM,
    chromium_page,
    click_claim,
    draft_results,
    make_workspace,
    running_app,
    sign_in,
    wait_for_app,
)

from workbench.models import Flag, Verdict

SAMPLE = ROOT / "drafts" / "kazakhstan-russia-visit.md"


def showcase_claim(workspace: Path) -> str:
    """A claim worth showing: stale first, then contradicted with evidence, else the first."""
    results = draft_results(workspace, SAMPLE.name)
    for wanted in (lambda r: Flag.stale in r.flags and r.evidence and not r.evidence[0].formula,
                   lambda r: r.verdict == Verdict.contradicted and r.evidence and not r.evidence[0].formula,
                   lambda r: True):
        for result in results:
            if wanted(result):
                return result.claim.id
    raise SystemExit("the sample draft has no claims")


def phone_screenshot(page, url: str, claim_id: str, out: Path) -> None:
    """The claim tapped on a phone: the bottom of the article box with the claim, and its panel under it."""
    page.goto(url + "/")
    wait_for_app(page, "All claims")
    mark = page.locator(f'mark[data-claim-id="{claim_id}"]')
    mark.scroll_into_view_if_needed()
    mark.tap()
    page.locator(f'mark.cw-selected[data-claim-id="{claim_id}"]').wait_for()
    wait_for_app(page)
    # The panel's heading at the bottom of the screen: above it, the article box with the tapped claim.
    page.locator('[data-testid="stMain"] h3').filter(has_not_text="Article").first.evaluate(
        "h => h.scrollIntoView({block: 'end'})")
    page.wait_for_timeout(800)
    page.screenshot(path=str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--phone-out", type=Path, default=ROOT / "docs" / "screenshot-phone.png")
    parser.add_argument("--chromium", default=str(CHROMIUM))
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1450)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        workspace = make_workspace(Path(tmp) / "workspace", drafts=[SAMPLE])
        claim_id = showcase_claim(workspace)
        with (running_app(workspace, Path(tmp) / "streamlit.log") as server,
              chromium_page(args.width, args.height, args.chromium) as page):
            page.goto(server.url + "/")
            wait_for_app(page, "All claims")
            sign_in(page, "A. Reviewer")
            click_claim(page, claim_id)
            page.get_by_role("tab", name="Chart").click()
            page.locator(".vega-embed").first.wait_for()
            page.wait_for_timeout(800)  # let the chart finish drawing
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
        with (running_app(workspace, Path(tmp) / "streamlit-phone.log") as server,
              chromium_page(390, 844, args.chromium, has_touch=True, is_mobile=True) as phone):
            phone_screenshot(phone, server.url, claim_id, args.phone_out)
    print(args.out, args.phone_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
