"""`workbench review DRAFT [--set ID=VERDICT …]`: create or refresh a ledger, record decisions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..errors import UsageError
from .common import EXIT_OK, add_common, cli_path, config_from_args, reference_cache_dir

if TYPE_CHECKING:
    from ..config import Config
    from ..drafts import Draft
    from ..ledger import Ledger
    from ..models import DraftReport, Verdict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="create or refresh a draft's ledger, or record a decision")
    p.add_argument("draft", type=cli_path)
    add_common(p)
    p.add_argument("--set", action="append", metavar="CLAIM_ID=VERDICT", help="record a reviewer verdict")
    p.add_argument("--note", help="note to store with --set")
    p.add_argument("--evidence", metavar="N", help="rank of the evidence to use (1-based) or 'none'")
    p.add_argument("--reviewer", help="who decides (required with --set)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..drafts import load_draft
    from ..ledger import load_ledger, load_ledger_of, refresh_file, relocate, set_decisions
    from ..reports.escaping import one_line
    from ..wording import shown_path

    config = config_from_args(args)
    draft = load_draft(args.draft)
    load_ledger_of(args.draft, None, config)  # refuses a namesake's old ledger before anything moves
    path, moved_from = relocate(args.draft, config)
    shown = one_line(shown_path(path.resolve()))
    if moved_from is not None:
        print(f"{one_line(shown_path(moved_from.resolve()))}: moved to {shown} (ledgers are now kept by the "
              "draft's path under the drafts folder)")
    if args.set:
        if args.reviewer is None:
            raise UsageError.at("--set needs --reviewer NAME (who decides)")
        decisions = [_parse_set(item) for item in args.set]
        ledger = set_decisions(path, decisions, args.reviewer, args.note, args.evidence, draft=draft)
        for claim_id, verdict in decisions:
            print(f"{shown}: revision {ledger.revision}: {claim_id} → "
                  f"{verdict.value if verdict else 'automatic'} ({args.reviewer})")
        return EXIT_OK
    if args.note is not None or args.evidence is not None:
        raise UsageError.at("--note and --evidence go with --set CLAIM_ID=VERDICT")
    load_ledger(path)  # a broken ledger stops us before the (slower) check runs
    ledger = refresh_file(path, draft, automatic_check(draft, config))
    _print_refresh(shown, ledger, draft)
    return EXIT_OK


def _parse_set(item: str) -> tuple[str, Verdict | None]:
    from ..ledger import parse_verdict

    claim_id, sep, verdict = item.partition("=")
    if not sep or not claim_id.strip() or not verdict.strip():
        raise UsageError.at(f"--set {item!r}: write CLAIM_ID=VERDICT, e.g. --set c-1a2b3c4d=supported")
    return claim_id.strip(), parse_verdict(verdict)


def automatic_check(draft: Draft, config: Config) -> DraftReport:
    """The automatic check of one draft, without the ledger applied."""
    from ..check import check_draft
    from ..reference import load_reference

    return check_draft(draft, load_reference(config.reference_dirs, cache_dir=reference_cache_dir(config.reference_dirs)), config)


def _print_refresh(shown: str, ledger: Ledger, draft: Draft) -> None:
    n = ledger.counts()
    print(f"{shown}: revision {ledger.revision}: {n['claims']} claims, {n['reviewed']} reviewed, "
          f"{n['reconfirm']} to re-confirm, {n['orphans']} orphaned")
    for entry in ledger.claims.values():
        if entry.needs_reconfirmation:
            print(f"  re-confirm {entry.claim.id} (line {entry.claim.line}): {entry.claim.text!r} "
                  f"kept as {entry.verdict.value if entry.verdict else 'automatic'}")
    for orphan in ledger.orphans:
        if orphan.draft_sha256 == draft.sha256:  # orphaned by this edit
            print(f"  orphaned {orphan.entry.claim.id}: {orphan.entry.claim.text!r} is no longer in the draft")
