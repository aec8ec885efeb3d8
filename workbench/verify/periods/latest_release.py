"""'According to Rosstat's first estimate, the economy reached 213.5 trillion rubles': a figure the
text calls the first (preliminary, flash) release names no year, yet its period is certain — the
latest one published by the draft's date. Where the data ends years before that (the figure that
``other_year.undated_behind`` sends to review because its year is unknown), nothing can judge it:
unsupported, the nearest row shown."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Verdict
from ..decision import Decision, Reason
from .other_year import UNDATED
from ..wording import find_any


def latest_release(decision: Decision, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """An undated-behind figure (see ``undated_behind``) its sentence calls a first release → unsupported; one
    unsupported for the latest period already says why."""
    basis = decision.basis
    behind = decision.reason is Reason.DIFFERENT_PERIOD and basis is not None and basis.kind == UNDATED
    latest = decision.reason is Reason.NEAREST_OTHER_PERIOD and decision.verdict is Verdict.unsupported
    found = find_any(ctx.sentence_text, tol.latest_release_words) if behind or latest else []
    if not found:
        return decision
    return decision.judged(Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, release=found[0].group())
