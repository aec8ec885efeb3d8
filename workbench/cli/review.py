"""`workbench review DRAFT [--set ID=VERDICT …]`: create or refresh a ledger, record decisions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..errors import UsageError
from .common import EXIT_OK, add_common, cli_path, cli_text, config_from_args, reference_cache_dir

if TYPE_CHECKING:
    from ..config import Config
    from ..drafts import Draft
    from ..ledger import ClaimChange, Ledger
    from ..models import DraftReport, Verdict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="create or refresh a draft's ledger, or record a decision")
    p.add_argument("draft", type=cli_path)
    add_common(p)
    p.add_argument("--set", type=cli_text, action="append", metavar="CLAIM_ID=VERDICT", help="record a reviewer verdict")
    p.add_argument("--note", type=cli_text, help="note to store with --set")
    p.add_argument("--evidence", type=cli_text, metavar="N", help="rank of the evidence to use (1-based) or 'none'")
    p.add_argument("--reviewer", type=cli_text, help="who decides (required with --set and the options below)")
    p.add_argument("--claim", type=cli_text, action="append", metavar="CLAIM_ID", help="the claim the options below apply to "
                   "without a new verdict (repeatable); with --set they apply to the --set claims")
    p.add_argument("--status", type=cli_text, help="workflow status: to_check, in_progress, checked, signed_off")
    p.add_argument("--assign", type=cli_text, metavar="NAME", help="assign the claim to NAME ('' to unassign)")
    p.add_argument("--comment", type=cli_text, help="add a comment to the claim's discussion")
    p.add_argument("--add-evidence", type=cli_text, metavar="URL", help="add reviewer evidence published at URL (with --value)")
    p.add_argument("--value", type=float, help="the figure the added evidence states")
    p.add_argument("--quote", type=cli_text, default="", help="the exact words or table cell of the added evidence")
    p.add_argument("--unit", type=cli_text, default="", help="the unit of --value")
    p.add_argument("--period", type=cli_text, default="", help="the period the added evidence is about")
    p.add_argument("--source-title", type=cli_text, default="", help="the name of the added evidence's source")
    p.add_argument("--revision", type=int, metavar="N", help="the ledger revision you read: refuse (exit 2) "
                   "when a claim you change was changed after it")
    p.set_defaults(handler=run)


_WORKFLOW = ("status", "assign", "comment", "add_evidence")
# What describes the source --add-evidence adds: given without it, each would be dropped while the run succeeds.
_ADDED_EVIDENCE_DETAILS = ("value", "quote", "unit", "period", "source_title")


def run(args: argparse.Namespace) -> int:
    if args.add_evidence is None and any(getattr(args, name) not in (None, "") for name in _ADDED_EVIDENCE_DETAILS):
        raise UsageError.at("--value, --quote, --unit, --period and --source-title go with --add-evidence URL")
    from ..drafts import load_draft
    from ..ledger import load_ledger, load_ledger_of, refresh_file, relocate, update_claims
    from ..reports.escaping import one_line
    from ..presentation import shown_path

    config = config_from_args(args)
    draft = load_draft(args.draft)
    load_ledger_of(args.draft, None, config)  # refuses a namesake's old ledger before anything moves
    path, moved_from = relocate(args.draft, config)
    shown = one_line(shown_path(path.resolve()))
    if moved_from is not None:
        print(f"{one_line(shown_path(moved_from.resolve()))}: moved to {shown} (ledgers are now kept by the "
              "draft's path under the drafts folder)")
    if args.set or args.claim:
        ledger = update_claims(path, _changes(args), _reviewer(args), args.revision, draft=draft)
        for line in _describe_changes(args, ledger):
            print(f"{shown}: revision {ledger.revision}: {line}")
        return EXIT_OK
    if args.note is not None or args.evidence is not None:
        raise UsageError.at("--note and --evidence go with --set CLAIM_ID=VERDICT")
    if any(getattr(args, name) is not None for name in _WORKFLOW) or args.revision is not None:
        raise UsageError.at("--status, --assign, --comment, --add-evidence and --revision go with --set or --claim")
    load_ledger(path)  # a broken ledger stops us before the (slower) check runs
    ledger = refresh_file(path, draft, automatic_check(draft, config))
    _print_refresh(shown, ledger, draft)
    return EXIT_OK


def _reviewer(args: argparse.Namespace) -> str:
    if args.reviewer is None:
        raise UsageError.at("--set and --claim need --reviewer NAME (who decides)")
    return str(args.reviewer)


def _changes(args: argparse.Namespace) -> list[ClaimChange]:
    """One change per --set and --claim claim, each carrying the note, evidence and workflow options."""
    from ..ledger import ClaimChange, NewEvidence, parse_status

    if args.claim and (args.note is not None or args.evidence is not None) and not args.set:
        raise UsageError.at("--note and --evidence go with --set CLAIM_ID=VERDICT")
    added = None
    if args.add_evidence is not None:
        if args.value is None:
            raise UsageError.at("--add-evidence URL needs --value (the figure the source states)")
        added = NewEvidence(url=args.add_evidence, value=args.value, quote=args.quote, unit=args.unit,
                            period=args.period, title=args.source_title)
    common = {"status": parse_status(args.status) if args.status is not None else None,
              "assign": args.assign is not None, "assignee": (args.assign or "").strip() or None,
              "comment": args.comment, "add_evidence": added}
    decided = [_parse_set(item) for item in args.set or []]
    set_ids = [claim_id for claim_id, _ in decided]
    twice = next((claim_id for claim_id in set_ids if set_ids.count(claim_id) > 1), None)
    if twice is not None:
        raise UsageError.at(f"--set names {twice} more than once", hint="give each claim one verdict")
    changes = [ClaimChange(claim_id, decide=True, verdict=verdict, note=args.note, evidence=args.evidence, **common)
               for claim_id, verdict in decided]
    # A claim named by --claim as well as --set, or by --claim twice, is one change: each change adds the comment
    # and the evidence again, so naming it twice recorded them twice.
    named = dict.fromkeys(claim_id.strip() for claim_id in args.claim or [])
    changes += [ClaimChange(claim_id, **common) for claim_id in named if claim_id not in set_ids]
    return changes


def _describe_changes(args: argparse.Namespace, ledger: Ledger) -> list[str]:
    lines = []
    for claim_id, verdict in (_parse_set(item) for item in args.set or []):
        lines.append(f"{claim_id} → {verdict.value if verdict else 'automatic'} ({args.reviewer})")
    named = [c for c, _ in (_parse_set(i) for i in args.set or [])] + [c.strip() for c in args.claim or []]
    for claim_id in dict.fromkeys(named):
        entry = ledger.claims.get(claim_id)
        if entry is not None and (args.claim or any(getattr(args, n) is not None for n in _WORKFLOW)):
            lines.append(f"{claim_id}: {entry.status.label}, assigned to {entry.assignee or 'nobody'}, "
                         f"{len(entry.comments)} comment(s), {len(entry.reviewer_evidence)} added evidence")
    return lines


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
