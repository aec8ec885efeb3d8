"""`workbench export DRAFT --format claimreview|csv|markdown`: publishable results.

Results come from the draft's ledger when it exists; without a ledger the automatic check is
run. A ledger written for another version of the draft is refused (run ``workbench review
DRAFT`` first), so nothing stale is ever published.
"""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, add_common, cli_path, config_from_args

FORMATS = ("claimreview", "csv", "markdown")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="publishable results: ClaimReview JSON-LD, CSV, Markdown")
    p.add_argument("draft", type=cli_path)
    add_common(p)
    p.add_argument("--format", choices=FORMATS, default="markdown")
    p.add_argument("--output", "-o", type=cli_path, help="write here instead of stdout (atomically)")
    p.add_argument("--author", metavar="NAME", help="organisation named as ClaimReview author (default: Claim Workbench)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..atomic import write_atomic
    from ..drafts import load_draft
    from ..ledger import load_ledger_of
    from ..reports import render_export
    from ..reports.published import DEFAULT_AUTHOR, from_ledger, from_results
    from .review import automatic_check

    config = config_from_args(args)
    draft = load_draft(args.draft)
    ledger = load_ledger_of(args.draft, draft, config)
    author = args.author or DEFAULT_AUTHOR
    if ledger is not None:
        publication = from_ledger(draft, ledger, author)
    else:
        publication = from_results(draft, automatic_check(draft, config).results, author)
    text = render_export(publication, args.format)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK
