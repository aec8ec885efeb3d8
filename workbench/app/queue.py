"""The review queue: which claim needs the reviewer next, and stepping through the claims.

Pure functions over the page's results and the ledger snapshot, so they are tested without
Streamlit. A claim *needs the reviewer* while no person has decided it, or when a decision
carried over from an edit waits to be confirmed. The queue puts those first by how much harm a
wrong number does if it is printed: contradicted, then unsupported, then the ones the check
could not settle, then the rest; in draft order within each.

``needs_me`` is the one place that says what "needs me" means; it reads the claim's workflow
status from the ledger (``ledger.claim_status``): a claim signed off, or assigned to a colleague,
no longer needs me.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..ledger import ClaimEntry, Ledger, Status, claim_status
from ..models import ClaimResult, Verdict

# Lower comes first. Verdicts a wrong number hides behind come before those that confirm one.
PRIORITY: dict[Verdict, int] = {
    Verdict.contradicted: 0,
    Verdict.unsupported: 1,
    Verdict.needs_review: 2,
    Verdict.supported: 3,
    Verdict.not_a_claim: 4,
}


def needs_me(result: ClaimResult, ledger: Ledger | None, reviewer: str = "") -> bool:
    """Whether this claim still waits for this reviewer: not decided, or a carried-over decision to
    confirm — unless an editor signed it off or it is assigned to someone else."""
    entry: ClaimEntry | None = ledger.claims.get(result.claim.id) if ledger is not None else None
    status = claim_status(ledger, result.claim.id)
    if status is Status.signed_off:
        return False
    if entry is not None and entry.assignee and reviewer and entry.assignee.casefold() != reviewer.casefold():
        return False
    if entry is not None and entry.needs_reconfirmation:  # whatever the status, short of a sign-off
        return True
    return not result.reviewed


def review_queue(results: Sequence[ClaimResult], ledger: Ledger | None, reviewer: str = "") -> list[str]:
    """The ids of the claims that need the reviewer, most urgent first, then in draft order."""
    waiting = [(PRIORITY.get(r.verdict, len(PRIORITY)), position, r.claim.id)
               for position, r in enumerate(results)
               if needs_me(r, ledger, reviewer)]
    return [claim_id for _, _, claim_id in sorted(waiting)]


def next_in_queue(queue: Sequence[str], current: str | None) -> str | None:
    """The claim to open after ``current``: the one behind it in the queue while it is still queued
    (the reviewer skips it), else the head of the queue (the reviewer has just decided it).
    None when nothing needs the reviewer but, perhaps, the current claim."""
    if current in queue:
        at = queue.index(current)
        rest = list(queue[at + 1:]) + list(queue[:at])
        return rest[0] if rest else None
    return queue[0] if queue else None


def step(order: Sequence[str], current: str | None, delta: int) -> str | None:
    """The claim ``delta`` places from ``current`` in ``order`` (the table's rows), stopping at the
    ends; the first row when ``current`` is not among them. None when ``order`` is empty."""
    if not order:
        return None
    if current not in order:
        return order[0]
    at = order.index(current) + delta
    return order[max(0, min(at, len(order) - 1))]
