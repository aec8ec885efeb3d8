"""`workbench extract DRAFT`: list the numeric claims of a draft."""

from __future__ import annotations

import argparse

from .common import EXIT_OK, cli_path, iso_date, write


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="list the numeric claims in a draft")
    p.add_argument("draft", type=cli_path)
    p.add_argument("--format", choices=["json", "jsonl", "csv", "table"], default="table")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="date the draft speaks from")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..drafts import load_draft
    from ..extraction import extract, extract_report
    from ..glossed import claims_as_read
    from ..reports.claims import render_claims

    draft = load_draft(args.draft)
    report = extract_report(draft, as_of=args.as_of)
    claims = claims_as_read(draft, report.claims, lambda glossed: extract(glossed, as_of=args.as_of))
    report = report.model_copy(update={"claims": claims})
    write(render_claims(report, args.format))
    return EXIT_OK
