"""Two different figures of one sentence read against one row.

'Consumer prices rose 9 %, which lifted the year's inflation rate to 8.9 %': the sentence sets its two
figures apart, so they are two quantities — a price rise of its own period or basis, and the year's rate.
When both are supported by the same row (the same series, place and period), only one of them can be
that row's figure: the one nearer it keeps its support, and the other, which meets the row only inside
its rounding band, is for a person to check (another measure or period the text names; support would be
a silent pass). A figure written twice alike ('8.9 % … 8.9 %') is one quantity and keeps its support.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable
from typing import TypeVar

from ..models import ClaimResult, Verdict
from ..rules import sent_to_review
from .decision import Reason

Key = TypeVar("Key", bound=Hashable)


def indices_by_row(results: list[ClaimResult], row_key: Callable[[ClaimResult], Key | None]) -> dict[Key, list[int]]:
    """Each ``row_key`` the results give → the indices of the results read against it; a result keyed None is
    in no group."""
    groups: dict[Key, list[int]] = defaultdict(list)
    for i, result in enumerate(results):
        key = row_key(result)
        if key is not None:
            groups[key].append(i)
    return groups


def _row_key(result: ClaimResult) -> tuple[object, ...] | None:
    """The sentence and row a supported figure was read against, when it was read against a row as it stands
    (no change computed from rows, no conversion); None otherwise."""
    if result.verdict is not Verdict.supported or not result.evidence or result.reviewed:
        return None
    lead = result.evidence[0]
    if not lead.supports or lead.formula is not None or lead.claimed is None or result.claim.value_high is not None:
        return None
    return result.claim.sentence, lead.resource, lead.metric, lead.period, tuple(sorted(lead.dimensions.items()))


def review_farther_figure_on_shared_row(results: list[ClaimResult]) -> list[ClaimResult]:
    """``results`` (of one draft) with each supported figure that shares its sentence and row with a different
    supported figure nearer that row turned to needs_review (``nearer_figure_on_row``)."""
    changed = list(results)
    for members in indices_by_row(results, _row_key).values():
        if len(members) < 2:
            continue
        nearest = min(members, key=lambda i: (abs(_claimed(results[i]) - results[i].evidence[0].value), i))
        for i in members:
            if not math.isclose(_claimed(results[i]), _claimed(results[nearest]), rel_tol=1e-9, abs_tol=1e-12):
                changed[i] = _to_review(results[i], results[nearest])
    return changed


def _claimed(result: ClaimResult) -> float:
    return float(result.evidence[0].claimed)  # type: ignore[arg-type]  # _row_key keeps only figures with one


def _to_review(result: ClaimResult, nearer: ClaimResult) -> ClaimResult:
    lead = result.evidence[0]
    said = (f" But the same sentence gives {nearer.claim.text!r}, nearer this row ({lead.period}): the text sets its "
            f"two figures apart, so {result.claim.text!r} is likely another measure or period (a rise of some "
            f"prices, another month or base), which meets the row only within its rounding: a person should "
            f"check what it measures.")
    return sent_to_review(result, Reason.NEARER_FIGURE_ON_ROW.value, said)
