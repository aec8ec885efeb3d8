"""`workbench export DRAFT --format claimreview|csv|markdown`: publishable results.

Results come from the draft's ledger when it exists; without a ledger the automatic check is
run. A ledger written for another version of the draft is refused (run ``workbench review
DRAFT`` first), so nothing stale is ever published.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .common import (EXIT_OK, add_common, cli_path, cli_text, config_from_args, refuse_overwriting_inputs,
                     refuse_unplaceable_output, write_output)

if TYPE_CHECKING:
    from ..config import Config, Organisation
    from ..reports.published import Publication

FORMATS = ("claimreview", "csv", "markdown")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="publishable results: ClaimReview JSON-LD, CSV, Markdown")
    p.add_argument("draft", type=cli_path)
    add_common(p)
    p.add_argument("--format", choices=FORMATS, default="markdown")
    p.add_argument("--output", "-o", type=cli_path, help="write here instead of stdout (atomically)")
    p.add_argument("--author", type=cli_text, metavar="NAME",
                   help="the fact-checking organisation named as ClaimReview author "
                        "(default: [tool.workbench] organisation in the configuration)")
    p.add_argument("--include-automatic", action="store_true",
                   help="ClaimReview: also rate verdicts no reviewer confirmed (marked as automatic)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..drafts import load_draft
    from ..ledger import load_ledger_of
    from ..reports import render_export
    from ..reports.published import from_ledger, from_results
    from .review import automatic_check

    config = config_from_args(args)
    if args.output:
        refuse_overwriting_inputs([("--output", args.output)], [args.draft], config,
                                  [args.config] if args.config else [])
        refuse_unplaceable_output("--output", args.output)
    organisation = _organisation(args, config)
    draft = load_draft(args.draft)
    ledger = load_ledger_of(args.draft, draft, config)
    if ledger is not None:
        publication = from_ledger(draft, ledger, organisation, args.include_automatic)
    else:
        publication = from_results(draft, automatic_check(draft, config).results, organisation,
                                   args.include_automatic)
    text = render_export(publication, args.format)
    if args.format == "claimreview":
        _warn_if_unpublishable(publication, text)
    if args.output:
        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _organisation(args: argparse.Namespace, config: Config) -> Organisation | None:
    """Who publishes the ClaimReview: ``--author`` or the configured organisation; required for it."""
    from ..config import Organisation
    from ..errors import UsageError

    if args.author is not None and args.author.strip():
        return Organisation(name=args.author.strip())
    if config.organisation is None and args.format == "claimreview":
        raise UsageError.at("a ClaimReview needs the fact-checking organisation that publishes it",
                            hint="set organisation = {name = \"…\", url = \"https://…\"} under [tool.workbench] "
                                 "or pass --author NAME")
    return config.organisation


def _warn_if_unpublishable(publication: Publication, text: str) -> None:
    """Say on stderr why a ClaimReview export is empty or lacks its ``url``; the output stays valid."""
    if not publication.draft.url:
        print(f"{publication.draft.path}:1:1: warning: the draft's front matter has no url, so no ClaimReview "
              "has one (add url: to the front matter)", file=sys.stderr)
    if text.strip() == "[]":
        print(f"{publication.draft.path}:1:1: warning: no verdict confirmed by a reviewer to publish "
              "(record one with `workbench review DRAFT --set ID=VERDICT --reviewer NAME`, "
              "or pass --include-automatic)", file=sys.stderr)
